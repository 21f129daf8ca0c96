"""Verbal criticism found by general constructions (issue 24 item 6, branch accuse11): a
party's published work called false or misleading (criticism of its maker, where a claim
called false stays a denial), a party's conduct named by a word of censure ("the
ministry's lies"), plans and views censured as a handout or wrong, a wrong charged with a
modal of the past ("may have violated the law"), a party cited for a fault, "attack" aimed
at a party's qualities, an act judged through a dummy "it" ("it is shameful for the council
to …"), and a grant withheld (a refusal); with the near misses each guards against.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


def _types(coder, text: str) -> list[str]:
    return [e.event for e in events_of(coder, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's published work discredited: criticism of its maker
        ("The senator said the newspaper's story was false.", "ACCUSE"),
        ("The mayor said the Tribune's report was misleading.", "ACCUSE"),
        # a party's conduct named by a word of censure, in reported speech
        ('"The governor\'s incompetence cost us billions," the senator said.', "ACCUSE"),
        ("The researcher said the ministry's lies about the detentions had to stop.", "ACCUSE"),
        # a plan or a view censured
        ("The senator called the governor's plan a handout to the rich.", "ACCUSE"),
        ("The senator said the governor's view of the world was dangerously wrong.", "ACCUSE"),
        # a wrong charged with a modal of the past is still charged
        ("The senator told reporters that Governor Smith may have violated the law.", "ACCUSE"),
        # cited for a fault
        ("The inspectors cited the company for safety violations.", "ACCUSE"),
        # an attack on a party's qualities is made in words
        ("In a speech, the senator attacked her rival's inexperience.", "ACCUSE"),
        # an act a dummy "it" judges, its doer named
        ('"It is outrageous for the ministry to hide the report," the senator said.', "ACCUSE"),
        ("It was wrong of the governor to veto the bill, the senator said.", "ACCUSE"),
        # granting withheld is a refusal
        ("The delegation was not granted visas.", "REJECT"),
    ],
)
def test_event_verbal_recall_accuse11_found(rules, text: str, expected: str) -> None:
    assert expected in _types(rules, text)


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
        ("The ministry granted visas to the delegation.", "REJECT"),
    ],
)
def test_event_verbal_recall_accuse11_near_misses(rules, text: str, absent: str) -> None:
    assert absent not in _types(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # the same words said of a claim with no maker stay the speaker's REJECT
        "The senator said the allegations were misleading.",
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
