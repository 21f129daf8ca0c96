"""event_time: an act told by a relative clause in the plain present of a verb of being or
remaining ("others who *are* angry with the minister") is a state that holds when told, so on the
article's day; a habit in a relative clause ("fighters who *attack* villages") stays undated,
and so do the progressive and the passive (no plain present)."""

from __future__ import annotations

import pytest
from helpers import dated

from eventwire.annotators.event_time_states import read_states

DATE = "2023-03-08"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("There are many delegates who are angry with the minister.", "are"),
        ("The clerk said this is a case where the count is in doubt.", "is"),
        ("Voters who remain furious at the council staged no march.", "remain"),
    ],
)
def test_event_time_state_in_relative_present_is_on_the_article_day(tagger, nlp, text, trigger):
    ev = dated(tagger, nlp, text, trigger, DATE, last=True)
    assert (ev.date, ev.date_origin) == (DATE, "article")
    assert ev.date_rule is not None and ev.date_rule.startswith("a state told in the present")


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        # a habit in the present: on no day the story names
        ("The army hunts fighters who attack the border villages.", "attack", "ASSAULT"),
        ("Ruritania passed a law that bans the opposition party.", "bans", "SANCTION"),
    ],
)
def test_event_time_habit_in_relative_present_stays_undated(tagger, nlp, text, trigger, kind):
    ev = dated(tagger, nlp, text, trigger, DATE, kind)
    assert (ev.date, ev.date_origin) == (None, "none")


def test_event_time_state_in_relative_present_of_a_dated_story(tagger, nlp):
    """Without an article date the state has no day either."""
    ev = dated(
        tagger, nlp, "There are delegates who are angry with the minister.", "are", None, last=True
    )
    assert ev.date is None


def test_event_time_state_verbs_are_data():
    assert {"be", "remain"} <= read_states()
    assert read_states("state\tstay\nbound\tbefore\n") == {"stay"}
