"""A participle before its noun describes a thing ("a negotiated outcome"), and a verb of
habit or liking tells what someone is like ("loves to disparage"): neither reports an act;
the same verbs reporting an act still code (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The envoy, who has tried to calm both sides, said on Monday that a negotiated "
            "solution remained possible.",
            "negotiated",
        ),
        (
            "The group lost its capacity to launch coordinated deadly attacks last year.",
            "coordinated",
        ),
        (
            "Sheriffs voiced alarm over a string of murdered women and a rising number of "
            "unsolved cases.",
            "murdered",
        ),
        (
            "The army has weakened the insurgents by cutting their ability to mount "
            "coordinated large raids.",
            "coordinated",
        ),
    ],
)
def test_event_precision_attributive_participle_codes_no_event(rules_only, text, trigger) -> None:
    assert all(t != trigger for _, t in _events(rules_only, text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The senator loves to disparage the press as dishonest.", "disparage"),
        ("The governor tends to attack his critics on television.", "attack"),
        ("The mayor likes to criticize the council in his weekly column.", "criticize"),
    ],
)
def test_event_precision_habit_codes_no_event(rules_only, text, trigger) -> None:
    assert all(t != trigger for _, t in _events(rules_only, text))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The two governments negotiated a settlement in Geneva.", "CONSULT"),
        ("Gunmen murdered three villagers in the valley.", "ASSAULT"),
        ("The senator disparaged the press as dishonest on Monday.", "ACCUSE"),
        ("The governor attacked his critics on television.", "ACCUSE"),
        # a wish told as intent, not a habit
        ("The senator said he would love to meet the pope in Rome.", "CONSULT"),
    ],
)
def test_event_precision_attribute_and_habit_event_still_codes(rules_only, text, event) -> None:
    assert event in [e for e, _ in _events(rules_only, text)]
