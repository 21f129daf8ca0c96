"""event_time: a time that dates the object of an end-point word ("before the vote on Friday")
is a bound of the act, not its date, unless the object is a part of the day ("before dawn on
Monday"); a present perfect takes the article's day; the act an attempt in the perfect
aims at shares the attempt's cue; a known event is not read off a noun coordinated with it;
a present participle set off on the subject ("the deputy, speaking Thursday, accused …")
dates the act."""

from __future__ import annotations

import pytest
from helpers import dated

from eventwire.annotators.event_time import read_background

DATE = "2023-03-08"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the day dates the vote; the veto came before it, on a day the text leaves open
        ("The governor vetoed the measure before the vote on Friday.", "vetoed"),
        # the parser may hang the day on the verb; the nearer noun is the one it dates
        ("Police detained the organisers before the rally on Sunday.", "detained"),
    ],
)
def test_event_time_a_day_of_a_bounding_noun_is_no_date(tagger, nlp, text, trigger):
    ev = dated(tagger, nlp, text, trigger, DATE)
    assert (ev.date, ev.date_origin) == (None, "none")
    assert ev.date_rule is not None and ev.date_rule.startswith("bounded")


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # a part of the day bounds the act within the day named
        ("The army shelled the village before dawn on Monday.", "shelled", "2023-03-06"),
        # "after" is no end point: the act on that day stays dated by it
        ("The mayor signed the decree after the vote on Monday.", "signed", "2023-03-06"),
    ],
)
def test_event_time_a_day_within_a_bound_of_the_day_dates_the_act(tagger, nlp, text, trigger, date):
    ev = dated(tagger, nlp, text, trigger, DATE)
    assert (ev.date, ev.date_origin) == (date, "text")


def test_event_time_present_perfect_takes_the_article_day(tagger, nlp):
    ev = dated(tagger, nlp, "The regional council has rejected the proposal.", "rejected", DATE)
    assert (ev.date, ev.date_origin, ev.date_precision) == ("2023-03-08", "article", "day")
    assert ev.date_rule is not None and ev.date_rule.startswith("background: present perfect")


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        (
            "The rival firms have attempted to discredit the auditor in court filings.",
            "discredit",
            "2023-03-08",
        ),
        # the perfect progressive: over a span up to now, no finer than the month
        ("Inspectors have been struggling to reach the stranded crew.", "reach", "2023-03"),
    ],
)
def test_event_time_an_attempt_in_the_perfect_dates_what_it_attempts(
    tagger, nlp, text, trigger, date
):
    ev = dated(tagger, nlp, text, trigger, DATE)
    assert (ev.date, ev.date_origin) == (date, "article")
    assert ev.date_rule is not None and "attempting" in ev.date_rule


def test_event_time_an_intention_in_the_perfect_stays_undated(tagger, nlp):
    ev = dated(tagger, nlp, "The governor has planned to visit the camp.", "visit", DATE)
    assert (ev.date, ev.date_origin) == (None, "none")


def test_event_time_known_event_not_read_off_a_coordinated_noun(tagger, nlp):
    text = "The debate turned after the riots in the port and the Sandy Hook shooting."
    riots = dated(tagger, nlp, text, "riots", "2012-12-20", "ASSAULT")
    assert riots.date_rule is None or "known event" not in riots.date_rule
    shooting = dated(tagger, nlp, text, "shooting", "2012-12-20", "ASSAULT")
    assert shooting.date == "2012-12-14"


def test_event_time_dayparts_are_data():
    # the end-point words and the parts of the day live in resources/time/event_time.tsv
    from eventwire.annotators.event_time import _dayparts, _upper

    assert {"dawn", "noon", "midnight"} <= _dayparts()
    assert {"before", "until"} <= _upper()
    assert "aspect" in read_background()


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a present participle set off on the subject is what the actor did as it acted
        ("The deputy, speaking Thursday, accused the mayor of fraud.", "2023-03-02"),
        # a past participle there is a fact about the actor, not the act's time
        ("The deputy, elected in 2010, accused the mayor of fraud.", DATE),
    ],
)
def test_event_time_participle_on_the_subject(tagger, nlp, text, date):
    ev = dated(tagger, nlp, text, "accused", DATE)
    assert ev.date == date
