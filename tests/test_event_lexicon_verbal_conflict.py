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
        # disputing what another says or decided
        ("The senator disputed the agency's account of the raid.", "REJECT"),
        ("The state attorney general challenged the ruling.", "REJECT"),
        # contested in court it is legal action, as an appeal is (ACCUSE allege, CAMEO 115)
        ("The state attorney general challenged the ruling in federal court.", "ACCUSE"),
        ("Several unions objected to the appointment of the new director.", "REJECT"),
        ("The treasurer disagreed with Governor Ellen Marsh on the budget.", "ACCUSE"),
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
        # a contest of strength or of a seat, not of a claim
        ("The young boxer challenged the champion to a rematch.", "REJECT"),
        ("Three candidates contested the seat in 2019.", "REJECT"),
        ("The new figures disagree with the earlier estimate.", "ACCUSE"),
        # a vow to do good, not harm
        ("The company vowed to improve its service.", "THREATEN"),
        # retaliation done, not vowed, is no threat
        ("The ministry said it had no plans for retaliation.", "THREATEN"),
    ],
)
def test_event_lexicon_verbal_conflict_other_senses(coder, text: str, absent: str) -> None:
    assert absent not in _types(coder, text)
