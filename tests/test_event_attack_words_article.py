"""An attack in an article that names no weapon, armed force, violence or harm anywhere
(grammar classes attack_cue and harm_cue) is one in words, ACCUSE (NEWS-GUIDELINES: a
candidate attacking another verbally is ACCUSE), where a person's name or pronoun makes it
and the article tells of a campaign or the attack is aimed at a thing said or decided
("widened his attacks on the zoning plan"). The near misses stay ASSAULT: an attack in an
article that tells of weapons elsewhere, one whose attacker is a common noun ("a man
attacked a woman"), a named attacker's assault on a person outside politics with no
campaign in the article, and the same assault (a target of a common noun for a person)
in an article that does tell of a campaign. Sentences written for these tests
(assault13, review13a, review13b)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _attack_types(coder: Coder, text: str) -> list[str]:
    events = coder.code(text, date="2024-03-08").events
    return [e.event for e in events if e.trigger.text.lower().startswith("attack")]


@pytest.mark.parametrize(
    "text",
    [
        "In a radio interview on Tuesday he widened his attacks on the zoning plan.",
        "Days before the primary vote, Okafor stepped up his attacks during a campaign stop.",
    ],
)
def test_attack_in_an_article_without_force_is_accuse(rules_only: Coder, text: str) -> None:
    assert _attack_types(rules_only, text) == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Masked men stormed the bank with rifles. Their attack on the guards lasted ten minutes.",
        "A man attacked a woman in the park on Sunday.",
        "Daniel Reyes attacked a cashier at a petrol station late on Friday.",
        "He attacked the driver and ran off.",
        "She attacked her landlord in the hallway of the building.",
    ],
)
def test_attack_with_force_or_off_politics_stays_assault(rules_only: Coder, text: str) -> None:
    assert _attack_types(rules_only, text) == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Voting in the mayoral election opens next month. Tomas Brandt attacked a waiter "
        "outside a hotel bar on Saturday.",
        "The campaign for the county seat is in its final days. She attacked the bus driver "
        "and fled.",
    ],
)
def test_assault_on_a_common_noun_person_in_a_campaign_article_stays_assault(
    rules_only: Coder, text: str
) -> None:
    assert _attack_types(rules_only, text) == ["ASSAULT"]
