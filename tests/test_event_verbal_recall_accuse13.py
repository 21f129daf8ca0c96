"""Legal action and investigation found by general constructions (issue 24 item 6, branch
accuse13): an appeal lodged against a ruling is legal action (ACCUSE `allege`, where a plea
stays a REQUEST), police seeking a suspect, a warrant issued and a person wanted for
questioning are an investigation (ACCUSE `investigate`, where PETRARCH's dictionary codes a
search for a suspect as a threat); with the near misses each guards against. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


def _types(coder, text: str) -> list[str]:
    return [e.event for e in events_of(coder, text)]


def _modes(coder, text: str) -> list[str | None]:
    return [e.mode for e in events_of(coder, text) if e.event == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # an appeal in court is legal action against the ruling
        ("The union filed an appeal against the tribunal's ruling.", "allege"),
        ("The farmers' cooperative lodged an appeal with the high court.", "allege"),
        ("The mining company appealed the verdict on Monday.", "allege"),
        ("The city council will appeal against the decision, its lawyer said.", "allege"),
        # seeking a suspect, a warrant, wanted for questioning: an investigation
        ("Officers are searching for a suspect after the break-in at the depot.", "investigate"),
        ("Detectives hunted for the gunman through the night.", "investigate"),
        ("Prosecutors issued a warrant for the former treasurer.", "investigate"),
        ("A second driver is wanted for questioning, police said.", "investigate"),
    ],
)
def test_event_verbal_recall_accuse13_found(rules, text: str, mode: str) -> None:
    assert mode in _modes(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # the search for a suspect is no threat
        "Officers are searching for a suspect after the break-in at the depot.",
        # a filed appeal is no plea
        "The union filed an appeal against the tribunal's ruling.",
    ],
)
def test_event_verbal_recall_accuse13_not_other_types(rules, text: str) -> None:
    assert not {"THREATEN", "REQUEST"} & set(_types(rules, text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a plea to people, not a court's ruling
        ("The mayor appealed to residents to stay indoors.", "ACCUSE"),
        ("The charity's appeal for blankets raised thousands.", "ACCUSE"),
        # a search for what is no suspect: a request or nothing
        ("Rescuers searched for survivors in the rubble.", "ACCUSE"),
        ("The party is looking for a new candidate.", "ACCUSE"),
        # a warrant held is no new step; a want of questions no investigation
        ("The sheriff has held a warrant for the landlord since May.", "ACCUSE"),
        ("The minister wanted more time for questions.", "ACCUSE"),
    ],
)
def test_event_verbal_recall_accuse13_near_misses(rules, text: str, absent: str) -> None:
    assert absent not in _types(rules, text)


def test_event_verbal_recall_accuse13_plea_stays_request(rules) -> None:
    text = "The mayor appealed to residents to stay indoors."
    assert "REQUEST" in _types(rules, text)
