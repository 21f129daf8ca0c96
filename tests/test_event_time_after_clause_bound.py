"""event_time: an act told in an "after" clause of a clause dated before the story's day
("called for a ban in December after gunmen killed …") is not given the story's day."""

from __future__ import annotations

import pytest
from helpers import dated


@pytest.mark.parametrize(
    ("text", "trigger", "article"),
    [
        (
            "The governor on Monday vetoed the bill. "
            "He had urged a tougher law in March after a gunman killed nine people at a school.",
            "killed",
            "2016-07-20",
        ),
        (
            "The mayor on Thursday criticized the council. "
            "She called for an inquiry in January after protesters clashed with police downtown.",
            "clashed",
            "2016-05-13",
        ),
        (
            "The union on Tuesday rejected the offer. "
            "Its members voted to strike last year after managers cut their wages.",
            "cut",
            "2016-09-14",
        ),
    ],
)
def test_event_time_after_clause_bound_not_story_day(tagger, nlp, text, trigger, article):
    ev = dated(tagger, nlp, text, trigger, article, "ASSAULT", last=True)
    assert ev.date is None
    assert ev.date_rule is not None and "after-clause" in ev.date_rule


@pytest.mark.parametrize(
    ("text", "trigger", "article", "date"),
    [
        # the clause it hangs on is on the story's day: that day may be the act's too
        (
            "The council on Friday condemned the raid. "
            "It acted on Friday after soldiers detained two reporters.",
            "detained",
            "2016-03-07",
            "2016-03-04",
        ),
        # no "after": the story's day stands
        (
            "The council on Friday condemned the raid. Soldiers detained two reporters.",
            "detained",
            "2016-03-07",
            "2016-03-04",
        ),
    ],
)
def test_event_time_after_clause_bound_keeps_possible_day(
    tagger, nlp, text, trigger, article, date
):
    ev = dated(tagger, nlp, text, trigger, article, "ASSAULT", last=True)
    assert ev.date == date
