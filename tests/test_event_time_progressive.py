"""event_time: the present progressive and the perfect progressive of an undated act.

An act told as going on ("the union is lobbying the council") is an ongoing campaign or
state, not an act of the story's day: it stays undated, as does an infinitive under it
("is pushing to block"); in the headline or the lead it is the news of the article's own
day, not of a day a later sentence names. A perfect progressive ("have been pressing")
is background like any perfect.
"""

from __future__ import annotations

import pytest
from helpers import dated

DATE = "2023-03-08"  # a Wednesday; "on Monday" is 2023-03-06


LEAD = (
    "The harbour board met in closed session on Monday. Its chairman resigned that night. "
    "The port stayed open. "
)


@pytest.mark.parametrize(
    ("text", "trigger", "why"),
    [
        (LEAD + "The dockers' union is lobbying the board for a pay rise.", "lobbying", "ongoing"),
        (LEAD + "Two councillors are urging the mayor to intervene.", "urging", "ongoing"),
        (LEAD + "Fishermen's groups are pressing to block the new quay.", "block", "ongoing"),
        (LEAD + "The opposition is demanding a public inquiry.", "demanding", "ongoing"),
    ],
)
def test_event_time_progressive_ongoing_acts_stay_undated(tagger, nlp, text, trigger, why):
    ev = dated(tagger, nlp, text, trigger, DATE, "REQUEST")
    assert (ev.date, ev.date_origin) == (None, "none")
    assert ev.date_rule is not None and why in ev.date_rule


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The governor is rebuking the harbour board over its accounts. The board's "
            "report had come out on Monday evening. Its chairman resigned on Monday.",
            "rebuking",
        ),
        (
            "Farmers are demanding compensation for the flooded fields. The river burst "
            "its banks on Monday. The minister visited the valley on Monday.",
            "demanding",
        ),
    ],
)
def test_event_time_progressive_in_the_lead_is_the_article_day(tagger, nlp, text, trigger):
    ev = dated(tagger, nlp, text, trigger, DATE, "REQUEST")
    assert ev.date == DATE
    assert ev.date_rule is not None and "news of the day" in ev.date_rule


@pytest.mark.parametrize(
    ("text", "trigger", "date", "cue"),
    [
        (
            LEAD + "Residents have been pressing the board for a new ferry.",
            "pressing",
            "2023-03",
            "present perfect 'have been pressing'",
        ),
        (
            LEAD + "Before the vote, the unions had been urging the board to wait.",
            "urging",
            None,
            "perfect 'had been urging'",
        ),
    ],
)
def test_event_time_progressive_perfect_progressive_is_background(
    tagger, nlp, text, trigger, date, cue
):
    ev = dated(tagger, nlp, text, trigger, DATE, "REQUEST")
    assert ev.date == date
    assert ev.date_rule is not None and cue in ev.date_rule


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # a past act, a past progressive and a progressive with its own day keep their day
        (LEAD + "The union urged the board to wait.", "urged", "2023-03-06"),
        (LEAD + "The union was urging the board to wait.", "urging", "2023-03-06"),
        (LEAD + "The union is meeting the board on Friday.", "meeting", "2023-03-10"),
    ],
)
def test_event_time_progressive_other_tenses_keep_their_day(tagger, nlp, text, trigger, date):
    ev = dated(tagger, nlp, text, trigger, DATE, "REQUEST")
    assert ev.date == date
