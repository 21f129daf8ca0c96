"""An attack in an article that names no weapon, armed force, violence or harm anywhere
(grammar classes attack_cue and harm_cue) is one in words, ACCUSE (NEWS-GUIDELINES: a
candidate attacking another verbally is ACCUSE): "her attacks on the budget" in a campaign
story. The near misses stay ASSAULT: an attack in an article that tells of weapons
elsewhere, and a verb whose attacker is a common noun ("a man attacked a woman").
Sentences written for these tests (assault13)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    "text",
    [
        "She did not limit her attacks to the budget, also calling on voters to reject it.",
        "The challenger renewed his attacks at a town hall in the capital on Monday.",
    ],
)
def test_attack_in_an_article_without_force_is_accuse(rules_only: Coder, text: str) -> None:
    types = [e for e, t in _events(rules_only, text) if t.startswith("attack")]
    assert types == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Masked men stormed the bank with rifles. Their attack on the guards lasted ten minutes.",
        "A man attacked a woman in the park on Sunday.",
    ],
)
def test_attack_with_force_or_a_common_attacker_stays_assault(rules_only: Coder, text: str) -> None:
    types = [e for e, t in _events(rules_only, text) if t.startswith("attack")]
    assert types == ["ASSAULT"]
