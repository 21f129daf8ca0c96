"""Verbal criticism found by general constructions (issue 24 item 6, branch accuse11): a
party's published work called false or misleading (criticism of its maker, where a claim
called false stays a denial), a party's conduct named by a word of censure ("the
board's deception"), plans and stances censured as a handout or wrong, a wrong charged with
a modal of suspicion ("might have breached the rules", not a counterfactual "would have"),
a party cited for a fault by a party, "attack" aimed at a party's qualities, an act judged
through a dummy "it" ("it is disgraceful for the ministry to …"), and a grant withheld (a
refusal); with the near misses each guards against. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


def _types(coder, text: str) -> list[str]:
    return [e.event for e in events_of(coder, text)]


def _accused(coder, text: str) -> list[str]:
    """The recipients' words of the sentence's ACCUSE events."""
    return [
        r.text.lower() for e in events_of(coder, text) if e.event == "ACCUSE" for r in e.recipient
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's published work discredited: criticism of its maker
        ("The minister said the Courier's editorial was inaccurate.", "ACCUSE"),
        ("An opposition spokesman said the broadcaster's column was misleading.", "ACCUSE"),
        # a party's conduct named by a word of censure, in reported speech
        (
            '"The minister\'s incompetence has cost farmers dearly," an opposition'
            " councillor said.",
            "ACCUSE",
        ),
        ("A farmers' group said the water board's deception over prices must end.", "ACCUSE"),
        # a plan or a stance censured
        ("The union branded the ministry's pension scheme a giveaway to bankers.", "ACCUSE"),
        ("A rival candidate said the mayor's approach to housing was simply wrong.", "ACCUSE"),
        # a wrong charged with a modal of suspicion and a perfect is still charged
        ("An opposition spokesman said the minister might have breached the rules.", "ACCUSE"),
        # cited for a fault by a party
        ("The regulator cited the bank for breaches of its lending rules.", "ACCUSE"),
        # an attack on a party's qualities is made in words
        ("During the debate the mayor attacked the challenger's integrity.", "ACCUSE"),
        # granting withheld is a refusal
        ("The players were never granted permits to train abroad.", "REJECT"),
    ],
)
def test_event_verbal_recall_accuse11_found(rules, text: str, expected: str) -> None:
    assert expected in _types(rules, text)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # an act a dummy "it" judges: its doer is the one criticised
        (
            '"It is disgraceful for the ministry to withhold the figures," an opposition'
            " leader said.",
            "the ministry",
        ),
        (
            "It was foolish of the council to close the library, an opposition councillor said.",
            "the council",
        ),
    ],
)
def test_event_verbal_recall_accuse11_doer_accused(rules, text: str, accused: str) -> None:
    assert accused in _accused(rules, text)


def test_event_verbal_recall_accuse11_cited_party_ends_before_fault(rules) -> None:
    # the fault's "for" phrase, even where a parser hangs it on the object, is no part of
    # the one cited
    text = "The regulator cited the port authority for failures in cargo checks."
    assert _accused(rules, text) == ["the port authority"]


@pytest.mark.parametrize(
    ("text", "wronged"),
    [
        # after a noun the "of" phrase names the wronged, not the doer
        (
            "The minister said it was an insult of the farmers to raise the fuel tax.",
            "the farmers",
        ),
    ],
)
def test_event_verbal_recall_accuse11_wronged_not_accused(rules, text: str, wronged: str) -> None:
    assert wronged not in _accused(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # a counterfactual "would have" charges no wrong
        "An opposition spokesman said the minister would have breached the rules if the speaker"
        " had let him.",
        # a person's story is their account: called false, a denial of the claim
        "The minister said the farmer's story was false.",
        # a document that lists faults makes no charge
        "An audit cited the bank for breaches of its lending rules.",
        "The inquiry detailed the minister's mismanagement.",
        "A new audit details the mayor's corruption.",
        # propaganda describes a side's messaging
        "The government said the separatists' propaganda reached thousands of young people.",
    ],
)
def test_event_verbal_recall_accuse11_review_near_misses(rules, text: str) -> None:
    assert "ACCUSE" not in _types(rules, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a claim called false, no maker named: a denial, not criticism
        ("The senator said the allegations were misleading.", "ACCUSE"),
        ("The senator said the charges were wrong.", "ACCUSE"),
        # one's own conduct
        ('"My own lies were a mistake," the senator said.', "ACCUSE"),
        # an opinion of a policy with no party, and a prediction
        ("The senator said the tax plan was wrong for the economy.", "ACCUSE"),
        ("Analysts said the budget would be a disaster next year.", "ACCUSE"),
        # cited for merit, not a fault; an attack by force
        ("The firefighter was cited for bravery by the council.", "ACCUSE"),
        ("Rebels attacked the army's positions near the border.", "ACCUSE"),
        # an act's risk weighed, not its doer judged; a need, not a judgement
        ('"It is dangerous for children to play near the river," the mayor said.', "ACCUSE"),
        ('"It is important for the council to act quickly," the senator said.', "ACCUSE"),
        # a grant made is no refusal
        ("The ministry granted permits to the players.", "REJECT"),
    ],
)
def test_event_verbal_recall_accuse11_near_misses(rules, text: str, absent: str) -> None:
    assert absent not in _types(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # the same words said of a claim with no maker stay the speaker's REJECT
        "The senator said the allegations were misleading.",
        # a person's story is a claim, not published work
        "The minister said the farmer's story was false.",
    ],
)
def test_event_verbal_recall_accuse11_claim_denied(rules, text: str) -> None:
    assert "REJECT" in _types(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # a judgement of an act, not of a claim; a policy judged with no party
        '"It is wrong to attack civilians," the senator said.',
        "The mayor said the bill was not fair.",
    ],
)
def test_event_verbal_recall_accuse11_no_denial(rules, text: str) -> None:
    assert "REJECT" not in _types(rules, text)
