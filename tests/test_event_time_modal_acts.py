"""event_time: an act whose main clause has a modal ("will meet", "would allow … to deport")
and no time of its own is neither the story's day nor the article's; a speech act (a threat,
a refusal: made when said), a modal under a verb of saying, an event noun in a modal clause
and an act with its own day keep their dates."""

from __future__ import annotations

import pytest
from helpers import dated

from eventwire.annotators.event_time import read_links

DATE = "2023-03-08"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("The two envoys will meet the rebel commanders.", "meet", "CONSULT"),
        ("The militia could attack the northern towns.", "attack", "ASSAULT"),
        # the infinitive under the modal verb is as far ahead as it
        ("Such a ruling would allow the agency to deport the workers.", "deport", "COERCE"),
    ],
)
def test_event_time_modal_act_is_undated(tagger, nlp, text, trigger, kind):
    ev = dated(tagger, nlp, text, trigger, DATE, kind)
    assert (ev.date, ev.date_origin) == (None, "none")
    assert ev.date_rule is not None and "ahead or conditional" in ev.date_rule


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "date"),
    [
        # a refusal is made when said
        ("The cabinet will not accept the demands.", "accept", "REJECT", DATE),
        # a future seen from the day told
        ("The deputy said the party would expel the mayor.", "expel", "SANCTION", DATE),
        # its own day
        ("The two envoys will meet the commanders on Friday.", "meet", "CONSULT", "2023-03-10"),
    ],
)
def test_event_time_modal_exceptions_keep_their_dates(tagger, nlp, text, trigger, kind, date):
    ev = dated(tagger, nlp, text, trigger, DATE, kind)
    assert ev.date == date


def test_event_time_modals_are_data():
    # every kind of resources/time/event_time.tsv reads without error, "modal" included
    bounds, _ = read_links()
    assert "before" in bounds
    from eventwire.annotators.event_time import _modals

    assert {"will", "would"} <= _modals()
