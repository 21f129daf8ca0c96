"""ACCUSE recall by general constructions (branch accuse19): a politician's campaign
"targeting" another (``event_political_targets``), shame wished on a party ("should be
ashamed", ``event_shame``), a harm a party's act is said to have caused (the evaluation's
``harm_cause_verb`` reading), a party's conduct judged through its "of" phrase ("the
conduct of the officers was disgraceful", ``conduct_noun``), and an allegation told as a
noun whose maker and target are named ("the union's allegation that the board hid the
losses", ``event_claimed_wrongs``), and idioms of blunt criticism in the negative ("did not
mince words", ``event_unsparing``); with the near misses each guards against. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


def _accused(coder, text: str) -> list[tuple[str, str]]:
    """(actor, recipient) of each ACCUSE coded in ``text``."""
    return [
        (" ".join(a.text for a in e.actor), " ".join(r.text for r in e.recipient))
        for e in events_of(coder, text)
        if e.event == "ACCUSE"
    ]


def _types(coder, text: str) -> set[str]:
    return {e.event for e in events_of(coder, text)}


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # a politician's campaign aimed at another
        ("The Republican senator targets the governor in a new ad.", "senator", "governor"),
        # shame wished on a party is a rebuke
        ('"He should be ashamed of his record," the mayor said.', "mayor", "He"),
        ("The mayor said the governor should be ashamed of his remarks.", "mayor", "governor"),
        ('"They ought to be embarrassed," the mayor said.', "mayor", "They"),
        # a harm a party's act caused
        ("The senator said the governor's policies caused the crisis.", "senator", "governor"),
        ("The governor said the union's strike fueled the unrest.", "governor", "union"),
        # a party's conduct judged through its "of" phrase
        (
            '"The conduct of the officers was disgraceful," the minister said.',
            "minister",
            "officers",
        ),
        ("The senator said the actions of the governor were reckless.", "senator", "governor"),
        # blunt criticism in the negative
        (
            "The senator did not mince words in his opposition to the governor.",
            "senator",
            "governor",
        ),
        # an allegation told as a noun
        (
            "The court dismissed the union's allegation that the board had hidden the losses.",
            "union",
            "board",
        ),
    ],
)
def test_accuse19_found(rules, text: str, actor: str, recipient: str) -> None:
    found = _accused(rules, text)
    assert any(actor in a and recipient in r for a, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        # force, or a target that is no party of political life: no criticism
        "The militants targeted a police station.",
        "Airstrikes targeted the rebels near the city.",
        "The campaign targeted young voters in Ohio.",
        # shame the speaker's own side feels, or a guess at a feeling
        '"We should be ashamed," the mayor said.',
        "The mayor said the council must be embarrassed by the result.",
        # a harm with no party as its cause, or the speaker's own side's
        "The mayor said the storm caused widespread damage.",
        "The senator said his own party's mistakes caused the loss.",
        "The report said the fire caused the deaths of four people.",
        # the "of" phrase of a noun that is no conduct is what is done to
        '"The treatment of the prisoners was disgraceful," the minister said.',
        # a claim that accuses no party, or one the maker makes of itself
        "Analysts made claims that the price will rise.",
        "The senator's claim that he had won the vote was disputed.",
        # the idiom without its negation, or another sense of the verb
        "She minced her words when asked about the governor.",
        "The chef minced the garlic.",
    ],
)
def test_accuse19_not_found(rules, text: str) -> None:
    assert "ACCUSE" not in _types(rules, text)


def test_accuse19_shame_is_no_demand(rules) -> None:
    assert "REQUEST" not in _types(rules, '"He should be ashamed of his record," the mayor said.')


def test_accuse19_target_of_force_stays_an_attack(rules) -> None:
    types = _types(rules, "The rebels targeted government troops with rockets.")
    assert "ASSAULT" in types and "ACCUSE" not in types


def test_accuse19_allegation_beside_the_denial(rules) -> None:
    text = "The ministry rejected the opposition's accusations that it had rigged the vote."
    assert {"REJECT", "ACCUSE"} <= _types(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator did not mince words in his opposition to the governor.",
        "The columnist pulled no punches in her review of the agency.",
    ],
)
def test_accuse19_unsparing_is_asserted(rules, text: str) -> None:
    found = [e for e in events_of(rules, text) if e.event == "ACCUSE"]
    assert found and all("negation" not in e.aux for e in found)


def test_shame_negated_is_no_rebuke(rules) -> None:
    """ "should never be ashamed" wishes no shame on anyone: no ACCUSE (sentence invented)."""
    text = '"You should never be ashamed of asking for help," the mayor told the council.'
    assert "ACCUSE" not in _types(rules, text)
