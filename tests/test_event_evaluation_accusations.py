"""Reported accusations: a speaker who says a named party did wrong ("said the mayor had
manipulated the board") or is to blame for a harm ("said the militia was responsible for
the bombings") accuses that party (ACCUSE, CAMEO 112), with the speaker as actor and the
accused as recipient. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Councilwoman Ada Brill said Mayor Ron Dale had manipulated the zoning board.",
            "Brill",
            "Dale",
        ),
        ("Ankara claimed that Athens was undermining the peace talks.", "Ankara", "Athens"),
        (
            "Governor Ellen Marsh implied that Senator Tom Ward had lied about the meeting.",
            "Marsh",
            "Ward",
        ),
        (
            '"Mayor Ron Dale misled the voters and squandered the budget," Councilwoman Ada'
            " Brill said.",
            "Brill",
            "Dale",
        ),
        (
            "Kenyan police said the Shabaab militia was responsible for the bombings in the"
            " market.",
            "police",
            "Shabaab",
        ),
        (
            "Senator Tom Ward argued that the Pentagon had overstepped its authority.",
            "Ward",
            "Pentagon",
        ),
        ("The regulator said Barclays violated the sanctions rules.", "regulator", "Barclays"),
        # a passive whose agent did the wrong
        (
            "Councilwoman Ada Brill said the voters had been misled by Mayor Ron Dale.",
            "Brill",
            "Dale",
        ),
    ],
)
def test_event_evaluation_reported_accusation(coder, text: str, actor: str, recipient: str) -> None:
    found = [e for e in events_of(coder, text) if e.event == "ACCUSE"]
    assert found, f"no ACCUSE in {text!r}"
    ev = found[0]
    assert any(actor in a.text for a in ev.actor)
    assert any(recipient in r.text for r in ev.recipient)


@pytest.mark.parametrize(
    "text",
    [
        # negated
        "Councilwoman Ada Brill said Mayor Ron Dale had not manipulated the zoning board.",
        # hypothetical
        "Councilwoman Ada Brill said Mayor Ron Dale could manipulate the zoning board.",
        # an open question, not a claim
        "Councilwoman Ada Brill asked whether Mayor Ron Dale had manipulated the board.",
        # "responsible for" a duty, not a harm
        "Governor Ellen Marsh said Senator Tom Ward was responsible for hiring new staff.",
        # the speaker's own side
        '"We misled nobody," Councilwoman Ada Brill said.',
        # the writer's own report, not reported speech
        "Mayor Ron Dale misled the voters about the budget.",
        # a passive with no agent names no one who did the wrong
        "Councilwoman Ada Brill said the voters had been misled.",
    ],
)
def test_event_evaluation_no_reported_accusation(coder, text: str) -> None:
    accused = [e for e in events_of(coder, text) if "accusation" in (e.rule or "")]
    assert accused == []


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Councilwoman Ada Brill argued that the county court wrongly dismissed the appeal.",
            "Brill",
            "court",
        ),
        (
            '"Governor Ellen Marsh shamefully refused to answer our letters," Senator Tom Ward'
            " said.",
            "Ward",
            "Marsh",
        ),
        (
            "Senator Tom Ward said the clinics were arbitrarily closed by the health ministry.",
            "Ward",
            "ministry",
        ),
        (
            "Councilwoman Ada Brill said the port authority had behaved recklessly.",
            "Brill",
            "port authority",
        ),
    ],
)
def test_event_evaluation_censured_act(coder, text: str, actor: str, recipient: str) -> None:
    """An adverb of censure on a party's act ("wrongly dismissed", "arbitrarily closed"),
    in reported speech, is the speaker's accusation of the doer."""
    found = [e for e in events_of(coder, text) if "accusation" in (e.rule or "")]
    assert found, f"no accusation in {text!r}"
    assert any(actor in a.text for a in found[0].actor)
    assert any(recipient in r.text for r in found[0].recipient)


@pytest.mark.parametrize(
    "text",
    [
        # negated
        "Councilwoman Ada Brill said the county court had not wrongly dismissed the appeal.",
        # the speaker's own side, wronged by no named doer
        '"We were unfairly shut out of the hearing," Councilwoman Ada Brill said.',
        # the writer's narration, not reported speech
        "The county court wrongly dismissed the appeal in March.",
        # an adverb of intent, not of censure
        "Senator Tom Ward said the health ministry deliberately closed the clinics.",
        # a verb whose subject undergoes what happens (grammar class suffering_verb): the
        # censure is of whoever caused it, not of the subject
        "Councilwoman Ada Brill said the hikers had needlessly perished on the ridge.",
        "Councilwoman Ada Brill said the tenants had unfairly lost their deposits.",
    ],
)
def test_event_evaluation_no_censured_act(coder, text: str) -> None:
    accused = [e for e in events_of(coder, text) if "accusation" in (e.rule or "")]
    assert accused == []
