"""A rally owned by a person's name in campaign coverage is a candidate's rally, no
PROTEST (NEWS-GUIDELINES.md: campaign events of a candidate are no PROTEST;
``annotators/event_precision_news.py``, class ``electioneering`` of
``object_classes.txt``); outside campaign coverage a named owner's rally is as often an
opposition leader's march and stays a PROTEST. Sentences written for these tests, not
taken from any article."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "The governor is running a tight campaign. Thousands packed Smith's rally in Dayton.",
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
