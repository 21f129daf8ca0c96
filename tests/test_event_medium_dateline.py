"""event_medium: a statement told as made through a medium (an interview, a post, a station,
an ad) is not placed at the dateline; a medium scene holds for its people's later statements
and for the lead statement it details. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import event_by_trigger

from eventwire import Coder
from eventwire.records import Analysis


def _code(coder: Coder, text: str) -> Analysis:
    return coder.code(text, date="2024-05-06", id="medium")


@pytest.mark.parametrize(
    ("text", "trigger", "why"),
    [
        (
            "DENVER — The governor accused the mining company of fraud in an interview with "
            "a local radio station on Monday.",
            "accused",
            "medium ('interview')",
        ),
        (
            "DENVER — On Twitter, the mayor criticized the city council on Monday.",
            "criticized",
            "medium ('Twitter')",
        ),
        (
            "DENVER — The senator rejected the budget plan on Monday, she told a television "
            "station.",
            "rejected",
            "medium",
        ),
        (
            "DENVER — The senator urged residents to stay calm on Monday:\n\n"
            '<tweet author="senator">Stay home tonight and look after each other.</tweet>.',
            "urged",
            "post",
        ),
        (
            "DENVER — In an interview with a radio host, Senator Maria Lopez criticized the "
            "governor on Monday. She spoke for an hour. Lopez also accused the mayor of lying "
            "on Monday.",
            "accused",
            "medium scene of sentence 1",
        ),
        (
            "DENVER — Senator Maria Lopez criticized the governor on Monday. In an interview "
            "with a radio host, Lopez said the budget was a mess.",
            "criticized",
            "lead statement",
        ),
    ],
)
def test_event_medium_statement_not_at_dateline(
    coder: Coder, text: str, trigger: str, why: str
) -> None:
    event = event_by_trigger(_code(coder, text), trigger)
    assert event.location is None
    assert why in (event.place_rule or "")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("DENVER — The governor accused the mining company of fraud on Monday.", "accused"),
        # the medium is the act's target, not its channel
        ("DENVER — The governor condemned the new television ad on Monday.", "condemned"),
        # the medium is in the words quoted
        (
            '"This is a scripted television show," the governor said on Monday, accusing the '
            "council of lying.",
            "accusing",
        ),
        # another person's interview: the scene is theirs
        (
            "DENVER — In an interview with a radio host, Senator Maria Lopez criticized the "
            "governor on Monday. The mayor accused the council of lying on Monday.",
            "accused",
        ),
    ],
)
def test_event_medium_dateline_kept(coder: Coder, text: str, trigger: str) -> None:
    event = event_by_trigger(_code(coder, text), trigger)
    assert "medium" not in (event.place_rule or "") and "post" not in (event.place_rule or "")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the lead tells no act of the headline's type: the headline's act is not the day's
        # (a deed: a statement takes a dateline only where it is said to be made there)
        (
            "Police arrest protest leader.\n\n"
            "DENVER — The police chief on Monday met the city council to discuss the budget.",
            None,
        ),
        # the lead tells it: the headline sums it up
        (
            "Police arrest protest leader.\n\n"
            "DENVER — Police on Monday arrested the leader of a march against the mine.",
            "DENVER",
        ),
    ],
)
def test_event_medium_headline_act(coder: Coder, text: str, place: str | None) -> None:
    event = event_by_trigger(_code(coder, text), "arrest")
    assert (event.location.text if event.location else None) == place
    if place is None:
        assert "headline act" in (event.place_rule or "")
