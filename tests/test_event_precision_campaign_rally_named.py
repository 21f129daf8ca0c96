"""A rally owned by a person's name in campaign coverage is a candidate's rally, no
PROTEST (NEWS-GUIDELINES.md: campaign events of a candidate are no PROTEST;
``annotators/event_precision_news.py``, class ``electioneering`` of
``object_classes.txt``); outside campaign coverage a named owner's rally is as often an
opposition leader's march and stays a PROTEST, and so does a rally "against" something or
an organisation's rally (the owner must be a name the parser tags as a person's).
Sentences written for these tests, not taken from any article."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "The governor is running a tight campaign. Thousands packed Maria Lopez's rally in Dayton.",
        # a surname the parser does not tag as a person's, named in full earlier
        "The election for governor is close. John Smith spoke first. Thousands packed Smith's "
        "rally in Dayton.",
        "Both candidates toured the state before the election. At a Jones rally in Akron, "
        "supporters cheered loudly.",
    ],
)
def test_named_rally_in_campaign_is_no_protest(rules_only, text: str) -> None:
    assert "PROTEST" not in [e.event for e in events_of(rules_only, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands joined Novak's rally in the capital on Friday.",
        "Thousands packed Novak's rally in the capital to denounce the government.",
    ],
)
def test_named_rally_elsewhere_stays_protest(rules_only, text: str) -> None:
    assert "PROTEST" in [e.event for e in events_of(rules_only, text)]


@pytest.mark.parametrize(
    "text",
    [
        # an organisation's rally, even in campaign coverage, is a movement's march
        "Turnout in the election was low. Crowds filled the Farmers Union's rally at the depot.",
        # a rally "against" something is a protest whoever owns it
        "Turnout in the election was low. Crowds filled Maria Lopez's rally against the "
        "new tariffs at the depot.",
    ],
)
def test_rally_of_an_organisation_or_against_something_stays_protest(rules_only, text: str) -> None:
    assert "PROTEST" in [e.event for e in events_of(rules_only, text)]
