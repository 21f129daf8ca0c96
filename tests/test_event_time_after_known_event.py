"""event_time: a verb act after a widely known event ("tightened soon after the 9/11 attacks")."""

from __future__ import annotations

import pytest
from helpers import dated

DATE = "2015-11-19"


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # "shortly after": the known event's month
        (
            "Border guards tightened their checks on trucks soon after the 9/11 attacks.",
            "tightened",
            "2001-09",
        ),
        (
            "Customs officers seized the cargo immediately after the 9/11 attacks.",
            "seized",
            "2001-09",
        ),
        # a bare "after": its year only
        ("The coalition disbanded the old army after the invasion of Iraq.", "disbanded", "2003"),
    ],
)
def test_event_time_after_known_event_dates_the_act(tagger, nlp, text, trigger, date):
    ev = dated(tagger, nlp, text, trigger, DATE, "COERCE")
    assert ev.date == date
    assert ev.date_rule is not None and ev.date_rule.startswith("after a known event")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # no widely known event: nothing to date from
        ("Border guards tightened their checks on trucks soon after the elections.", "tightened"),
        # "before" a known event is not "after" it
        ("Customs officers seized the cargo before the 9/11 attacks.", "seized"),
    ],
)
def test_event_time_after_known_event_needs_one(tagger, nlp, text, trigger):
    ev = dated(tagger, nlp, text, trigger, DATE, "COERCE")
    assert not (ev.date_rule or "").startswith("after a known event")
