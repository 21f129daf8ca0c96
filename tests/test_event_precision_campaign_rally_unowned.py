"""A rally that no one is said to own or to hold as a crowd, in campaign coverage, is the
candidate's rally, no PROTEST (NEWS-GUIDELINES.md: a candidate holding a rally is not
PROTEST; ``annotators/event_precision_rallies.py``, class ``campaign_gathering`` of
``object_classes.txt``). A rally with a cause ("against", a purpose), an owner, or a crowd or
an organisation holding it stays a PROTEST, and so does any rally outside campaign
coverage. Sentences written for these tests, not taken from any article."""

from __future__ import annotations

import pytest
from helpers import events_of

CAMPAIGN = "Senator Tom Baxter won the primary on Tuesday, and his campaign kept going. "


@pytest.mark.parametrize(
    "text",
    [
        CAMPAIGN + "Baxter flew to Dayton for a rally held at the county fairground that night.",
        CAMPAIGN + "Baxter held a rally in Toledo on Friday.",
    ],
)
def test_unowned_rally_in_campaign_is_no_protest(rules_only, text: str) -> None:
    assert "PROTEST" not in [e.event for e in events_of(rules_only, text)]


@pytest.mark.parametrize(
    "text",
    [
        CAMPAIGN + "Nurses held a rally outside the hospital.",
        CAMPAIGN + "The union held a rally against the cuts.",
        CAMPAIGN + "Thousands joined a rally in the capital to demand new elections.",
        # no campaign in the article: a rally held is a demonstration
        "Farmers blocked the main road at dawn. Organisers held a rally at the square on Friday.",
    ],
)
def test_rally_with_cause_crowd_or_outside_campaign_stays_protest(rules_only, text: str) -> None:
    assert "PROTEST" in [e.event for e in events_of(rules_only, text)]
