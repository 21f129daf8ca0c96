"""event_time linking: background acts, bounds, the governing clause and the story day."""

from __future__ import annotations

import pytest
from helpers import dated_events

from eventwire.annotators.event_time import (
    aux_modes,
    read_background,
    shift_value,
)
from eventwire.errors import ConfigError

DATE = "2023-03-08"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "trigger", "cue"),
    [
        ("The general had signed the accord with the rebels.", "signed", "perfect"),
        ("The two states disputed the border for decades.", "disputed", "span"),
        ("As foreign minister, she negotiated the treaty.", "negotiated", "office"),
        ("The then-president signed the decree.", "signed", "past office"),
        # an adverb of frequency: repeated over an open span, on no one day
        ("The ministry has often blamed the rebels for the blackouts.", "blamed", "adverb"),
    ],
)
def test_event_time_linking_background_acts_stay_undated(tagger, nlp, text, trigger, cue):
    (ev,) = dated_events(tagger, nlp, text, [trigger], DATE, "CONSULT")
    assert (ev.date, ev.date_origin) == (None, "none")
    assert ev.date_rule is not None and ev.date_rule.startswith(f"background: {cue}")


@pytest.mark.parametrize(
    ("text", "trigger", "date", "origin", "cue"),
    [
        # a plain present perfect: the recent past, told as the news of the day
        (
            "The regime has chosen a confrontation with its neighbours.",
            "chosen",
            "2023-03-08",
            "article",
            "present perfect",
        ),
        # a passive present perfect: the news of the day too
        (
            "Two suspects have been detained by the border police.",
            "detained",
            "2023-03-08",
            "article",
            "present perfect",
        ),
        # "has long": no period at all
        ("The party has long opposed the dam.", "opposed", None, "none", "adverb"),
    ],
)
def test_event_time_linking_present_perfect(tagger, nlp, text, trigger, date, origin, cue):
    (ev,) = dated_events(tagger, nlp, text, [trigger], DATE, "CONSULT")
    assert (ev.date, ev.date_origin) == (date, origin)
    assert ev.date_rule is not None and ev.date_rule.startswith(f"background: {cue}")


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        ("The governor invited the envoy to visit the camp in January 2021.", "invited", "2021-01"),
        (
            "Those were the cuts the council promised to make at a hearing last December.",
            "promised",
            "2022-12",
        ),
    ],
)
def test_event_time_linking_past_complement_dates_its_act(tagger, nlp, text, trigger, date):
    (ev,) = dated_events(tagger, nlp, text, [trigger], DATE, "CONSULT")
    assert (ev.date, ev.date_origin) == (date, "anchor")
    assert ev.date_rule is not None and ev.date_rule.startswith("complement")


def test_event_time_linking_future_complement_does_not_date_its_act(tagger, nlp):
    (ev,) = dated_events(
        tagger,
        nlp,
        "The minister promised to visit the camp next month.",
        ["promised"],
        DATE,
        "CONSULT",
    )
    assert (ev.date, ev.date_origin) == (DATE, "article")


def test_event_time_linking_light_verb_in_a_dated_clause(tagger, nlp):
    text = "Rebels shelled the port on Monday while the leaders held a summit abroad."
    (ev,) = dated_events(tagger, nlp, text, ["summit"], DATE, "CONSULT")
    assert (ev.date, ev.date_origin) == ("2023-03-06", "anchor")


def test_event_time_linking_background_act_with_its_own_date(tagger, nlp):
    (ev,) = dated_events(
        tagger, nlp, "The general had signed the accord in 2019.", ["signed"], DATE, "CONSULT"
    )
    assert (ev.date, ev.date_origin, ev.aux) == ("2019", "text", ["historical"])
    assert ev.date_rule == "clause: '2019'"


@pytest.mark.parametrize(
    ("text", "date", "origin"),
    [
        # a deadline still to come: the act is told on the article's day
        ("The ministers must finish the talks before Friday.", DATE, "article"),
        # a past end point: the act's day is before it, one the text leaves open
        ("The rebels held the town until Monday.", None, "none"),
    ],
)
def test_event_time_linking_a_bound_is_not_the_date(tagger, nlp, text, date, origin):
    trigger = "talks" if "talks" in text else "held"
    (ev,) = dated_events(tagger, nlp, text, [trigger], DATE, "CONSULT")
    assert (ev.date, ev.date_origin) == (date, origin)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The council met on Monday and pledged to act.", "pledged"),
        ("Envoys met on Monday to discuss the truce.", "discuss"),
    ],
)
def test_event_time_linking_governing_clause(tagger, nlp, text, trigger):
    (ev,) = dated_events(tagger, nlp, text, [trigger], DATE, "CONSULT")
    assert (ev.date, ev.date_origin) == ("2023-03-06", "anchor")
    assert ev.date_rule is not None and ev.date_rule.startswith("governing clause")


def test_event_time_linking_before_clause_is_not_governed(tagger, nlp):
    text = "The envoy met the rebels on Monday before visiting the camp."
    (ev,) = dated_events(tagger, nlp, text, ["visiting"], DATE, "CONSULT")
    assert not (ev.date_rule or "").startswith("governing")


@pytest.mark.parametrize(
    ("text", "trigger", "date", "origin"),
    [
        # the day a main clause names carries to the undated reactions that follow
        (
            "The council condemned the missile test on Monday. The minister urged restraint.",
            "urged",
            "2023-03-06",
            "anchor",
        ),
        # the headline takes the day the lead names
        (
            "Leaders denounce the missile test. The council on Monday condemned the launch.",
            "denounce",
            "2023-03-06",
            "anchor",
        ),
        # a day in a subordinate clause does not set the story day
        (
            "Officials said that rebels fired rockets on Monday. The minister urged restraint.",
            "urged",
            DATE,
            "article",
        ),
    ],
)
def test_event_time_linking_story_day(tagger, nlp, text, trigger, date, origin):
    (ev,) = dated_events(tagger, nlp, text, [trigger], DATE, "CONSULT")
    assert (ev.date, ev.date_origin) == (date, origin)
    if origin == "anchor":
        assert ev.date_rule is not None and ev.date_rule.startswith("story day: 'Monday'")


def test_event_time_linking_offset_from_a_story_day(tagger, nlp):
    text = "The council met on Monday. The vote came three days after the council condemned it."
    met, condemned = dated_events(tagger, nlp, text, ["met", "condemned"], DATE, "CONSULT")
    assert met.date == "2023-03-06"
    assert (condemned.date, condemned.date_origin) == ("2023-03-03", "anchor")
    assert condemned.date_rule is not None and condemned.date_rule.startswith("offset")


def test_event_time_linking_future_weekday(tagger, nlp):
    (ev,) = dated_events(
        tagger, nlp, "The minister will visit Cairo on Friday.", ["visit"], DATE, "CONSULT"
    )
    assert (ev.date, ev.date_origin, ev.aux) == ("2023-03-10", "text", ["future"])


def test_event_time_linking_every_event_says_why(tagger, nlp):
    text = "Protesters marched through the capital. The police had arrested a leader."
    marched, arrested = dated_events(tagger, nlp, text, ["marched", "arrested"], DATE, "CONSULT")
    assert marched.date_rule is not None and marched.date_rule.startswith("article date")
    assert arrested.date_rule is not None and arrested.date_rule.startswith("background")


@pytest.mark.parametrize(
    ("value", "amount", "sign", "expected"),
    [
        ("2016-09-14", "P6Y", -1, "2010"),  # "six years after": a year, not a day
        ("2016-09-14", "P3M", -1, "2016-06"),
        ("2016-09-14", "P1Y", -1, "2015-09-14"),  # "a year after" stays exact
        ("2016-09-14", "P2D", -1, "2016-09-12"),
    ],
)
def test_event_time_linking_offset_precision(value, amount, sign, expected):
    assert shift_value(value, amount, sign) == expected


def test_event_time_linking_background_file():
    cues = read_background()
    assert "have" in cues["aspect"] and "for" in cues["duration"] and "minister" in cues["office"]
    with pytest.raises(ConfigError, match="background.tsv, line 2"):
        read_background("# kind\tword\nsomething\tlong\n")


def test_event_time_linking_hours_earlier_is_the_story_day(tagger, nlp):
    text = "The panel met on Monday. Its members had asked for the files a few hours earlier."
    (ev,) = dated_events(tagger, nlp, text, ["asked"], DATE, "CONSULT")
    assert (ev.date, ev.date_origin) == ("2023-03-06", "anchor")
    assert ev.date_rule is not None and ev.date_rule.endswith("'a few hours earlier'")


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # a plain past act after a sentence set in the past continues its time
        (
            "In June 2019, the rebels seized the hill town. Army units recaptured it.",
            "recaptured",
            "2019-06",
        ),
        # the time set may be at the end of its sentence; a passive past continues it too
        (
            "The envoy was invited to the talks in October 2018. He was received by the king.",
            "received",
            "2018-10",
        ),
        # a day weeks before the article is history, not the story's day: the act after it
        # continues that past time, no finer than its month
        ("The treaty was signed on February 1. The minister urged restraint.", "urged", "2023-02"),
        # a day in the past is kept to its month: the acts follow it, not on its day
        (
            "On 3 May 2021 the militia stormed the depot. The guards surrendered.",
            "surrendered",
            "2021-05",
        ),
    ],
)
def test_event_time_linking_narrative_time_carries(tagger, nlp, text, trigger, date):
    (ev,) = dated_events(tagger, nlp, text, [trigger], DATE, "CONSULT")
    assert (ev.date, ev.date_origin) == (date, "anchor")
    assert ev.date_rule is not None and ev.date_rule.startswith("narrative time")
    assert ev.aux == aux_modes(date, DATE)  # historical where the month is long past


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a sentence between in the present perfect returns the story to the present
        (
            "In June 2019, the rebels seized the hill town. The army has promised to act. "
            "Its units recaptured the town.",
            "recaptured",
        ),
        # too far from the sentence that set the time
        (
            "In June 2019, the rebels seized the hill town. They looted it. They burned it. "
            "They left it. Army units recaptured it.",
            "recaptured",
        ),
        # not told in the simple past
        ("In June 2019, the rebels seized the hill town. The army will retake it.", "retake"),
        # the time set is the article's own week: no narrative of the past
        ("On Monday the rebels seized the hill town. Army units recaptured it.", "recaptured"),
    ],
)
def test_event_time_linking_narrative_time_stops(tagger, nlp, text, trigger):
    (ev,) = dated_events(tagger, nlp, text, [trigger], DATE, "CONSULT")
    assert not (ev.date_rule or "").startswith("narrative time")


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # a past perfect told inside a clause dated in the past: before it, in its year
        (
            "The mayor faulted the judge for issuing an order in 2015 against activists who had "
            "occupied the square.",
            "occupied",
            "2015",
        ),
    ],
)
def test_event_time_linking_background_inside_a_dated_clause(tagger, nlp, text, trigger, date):
    (ev,) = dated_events(tagger, nlp, text, [trigger], DATE, "CONSULT")
    assert (ev.date, ev.date_origin) == (date, "anchor")
    assert ev.date_rule is not None and "within a dated clause" in ev.date_rule


def test_event_time_linking_background_inside_a_current_clause_stays_undated(tagger, nlp):
    text = (
        "The mayor faulted the judge on Monday for sparing activists who had occupied the square."
    )
    (ev,) = dated_events(tagger, nlp, text, ["occupied"], DATE, "CONSULT")
    assert (ev.date, ev.date_origin) == (None, "none")


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # a participle that shares the act's subject dates it ("Speaking on Monday, …")
        ("Speaking on Monday, the senator accused the governor of lying.", "accused", "2023-03-06"),
        # not one that marks another time
        ("After landing on Monday, the envoy praised the talks.", "praised", DATE),
    ],
)
def test_event_time_linking_participle_adjunct(tagger, nlp, text, trigger, date):
    (ev,) = dated_events(tagger, nlp, text, [trigger], DATE, "CONSULT")
    assert ev.date == date
    if date != DATE:
        assert (ev.date_rule or "").startswith("adjunct: ")


@pytest.mark.parametrize(
    ("text", "trigger", "date", "rule"),
    [
        # the main act without a time of its own is on the day of its "when"/"as" clause
        (
            "A toddler was hurt when a stranger attacked the family car on Monday.",
            "hurt",
            "2023-03-06",
            "occasion: 'when' clause 'Monday'",
        ),
        (
            "Guards fired tear gas as the crowd marched to the palace on Sunday.",
            "fired",
            "2023-03-05",
            "occasion: 'as' clause 'Sunday'",
        ),
        # a participle after the act that shares its subject: the same day
        (
            "Officials said nine migrants were detained attempting to cross the river on Monday.",
            "detained",
            "2023-03-06",
            "participle: 'attempting' 'Monday'",
        ),
    ],
)
def test_event_time_linking_occasion_clause(tagger, nlp, text, trigger, date, rule):
    (ev,) = dated_events(tagger, nlp, text, [trigger], DATE, "CONSULT")
    assert (ev.date, ev.date_origin, ev.date_rule) == (date, "anchor", rule)


def test_event_time_linking_after_clause_is_no_occasion(tagger, nlp):
    text = "The envoy protested after the rebels seized the depot on Monday."
    (ev,) = dated_events(tagger, nlp, text, ["protested"], DATE, "CONSULT")
    assert ev.date != "2023-03-06"


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # a definite noun naming a widely known event happened on that event's date
        (
            "Airlines redesigned cockpit doors in the years after the 9/11 attacks.",
            "attacks",
            "2001-09-11",
        ),
        ("Veterans of the invasion of Iraq gathered in Leeds.", "invasion", "2003-03-20"),
        # an indefinite one is not that event
        ("Officials feared an attack like 9/11 on Monday.", "attack", "2023-03-06"),
    ],
)
def test_event_time_linking_known_event(tagger, nlp, text, trigger, date):
    (ev,) = dated_events(tagger, nlp, text, [trigger], DATE, "CONSULT")
    assert ev.date == date
    if date.startswith(("2001", "2003")):
        assert ev.date_rule is not None and ev.date_rule.startswith("known event")
        assert "historical" in ev.aux


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # a "when" clause on a time is on that time, even where it bounds another act
        (
            "The curfew lasted until Sunday, when police detained 40 marchers.",
            "detained",
            "2023-03-05",
        ),
        ("Talks stalled on Monday, when the rebels walked out.", "walked", "2023-03-06"),
        # the weekend: its Saturday and Sunday, in their month
        ("Over the weekend, farmers blocked the motorway.", "blocked", "2023-03"),
    ],
)
def test_event_time_linking_when_clause_and_weekend(tagger, nlp, text, trigger, date):
    (ev,) = dated_events(tagger, nlp, text, [trigger], DATE, "CONSULT")
    assert ev.date == date
