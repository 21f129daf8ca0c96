"""Verbal conflict as lexicon rows (issue 24 items 5 and 6): words thrown as missiles,
courts discarding claims, unwillingness stated, and vows of reprisal; with the senses of
the same verbs that are no such act. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


def _types(coder, text: str) -> list[str]:
    return [e.event for e in events_of(coder, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words thrown as missiles
        ("The candidate fired off a string of attacks on his rivals.", "ACCUSE"),
        ("The senator fired off insults at the mayor.", "ACCUSE"),
        ("Both sides lobbed accusations at each other over the weekend.", "ACCUSE"),
        ("The mayor dished out online attacks on the council.", "ACCUSE"),
        ("The minister leveled allegations of fraud against the opposition.", "ACCUSE"),
        # legal action and inquiry
        ("Federal prosecutors opened an investigation into the governor's campaign.", "ACCUSE"),
        ("The prosecution against the senator will be led by the attorney general.", "ACCUSE"),
        # courts and officials discarding a claim or a ruling
        ("The court threw out the lawsuit against the governor.", "REJECT"),
        ("The appeals court quashed the conviction of the activist.", "REJECT"),
        ("The Senate overrode the governor's veto.", "REJECT"),
        # unwillingness stated
        ("The governor said she was unwilling to lend state police to the operation.", "REJECT"),
        # vows of reprisal
        ("Beijing vowed to retaliate against the new duties.", "THREATEN"),
        ("The president promised swift retaliation against the militia.", "THREATEN"),
        ("The prime minister of Kenya swore to punish those responsible.", "THREATEN"),
    ],
)
def test_event_lexicon_verbal_conflict_coded(coder, text: str, expected: str) -> None:
    assert expected in _types(coder, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # force launched, not words
        ("The rebels unleashed a wave of attacks on army posts.", "ACCUSE"),
        # things thrown away or kept, not claims
        ("The cook threw out the old vegetables.", "REJECT"),
        ("The board set aside funds for the new school.", "REJECT"),
        # a case for or against a course of action, not a party
        ("The case against raising taxes is weak.", "ACCUSE"),
        ("The store opened a new branch downtown.", "ACCUSE"),
        # a vow to do good, not harm
        ("The company vowed to improve its service.", "THREATEN"),
        # retaliation done, not vowed, is no threat
        ("The ministry said it had no plans for retaliation.", "THREATEN"),
    ],
)
def test_event_lexicon_verbal_conflict_other_senses(coder, text: str, absent: str) -> None:
    assert absent not in _types(coder, text)
