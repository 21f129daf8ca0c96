"""event_time: a day that names the occasion of an act ("in Saturday's debate") or the noun
a "when" clause hangs on ("the marches of early May, when …") dates the act; an "as" phrase
about the verb's person object is no past office of the actor's; a past act is not dated
after the article; a past attempt is on the day of what it attempts."""

from __future__ import annotations

import pytest
from helpers import dated

from eventwire.annotators.event_calendar import year_before
from eventwire.annotators.event_time import read_attempts, read_settings
from eventwire.errors import ConfigError

DATE = "2023-03-08"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "trigger", "start", "end"),
    [
        (
            "In Saturday's debate, the governor attacked her rival over the schools.",
            "attacked",
            "2023-03-04",
            "2023-03-04",
        ),
        (
            "In her Monday speech, the senator again criticized the ministry.",
            "criticized",
            "2023-03-06",
            "2023-03-06",
        ),
        (
            "At Tuesday's meeting in Lyon, the union leaders rejected the offer.",
            "rejected",
            "2023-03-07",
            "2023-03-07",
        ),
        # a week: its days
        (
            "During last week's visit, the envoy condemned the raids.",
            "condemned",
            "2023-02-27",
            "2023-03-05",
        ),
    ],
)
def test_event_time_occasion_nouns_a_dated_setting_dates_the_act(
    tagger, nlp, text, trigger, start, end
):
    ev = dated(tagger, nlp, text, trigger, DATE)
    assert (ev.date_start, ev.date_end) == (start, end)
    assert ev.date_rule is not None and ev.date_rule.startswith("clause:")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a date on the act's object dates only that noun
        ("The minister condemned the 2019 attack on the embassy.", "condemned"),
        ("Protesters rallied against last year's cuts in the budget.", "rallied"),
    ],
)
def test_event_time_occasion_nouns_a_dated_object_does_not_date_the_act(tagger, nlp, text, trigger):
    ev = dated(tagger, nlp, text, trigger, DATE)
    assert ev.date == DATE and ev.date_origin == "article"


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        (
            "The strike marked a return to the huge marches of early December, when "
            "thousands of nurses protested outside the ministry.",
            "protested",
            "2022-12",
        ),
        (
            "The city has changed since 2015, when the army shelled the old town.",
            "shelled",
            "2015",
        ),
    ],
)
def test_event_time_occasion_nouns_when_clause_on_a_dated_noun(tagger, nlp, text, trigger, date):
    ev = dated(tagger, nlp, text, trigger, DATE)
    assert ev.date == date
    assert ev.date_rule is not None and ev.date_rule.startswith("clause:")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Party leaders defended Smith as a candidate.", "defended"),
        ("The unions praised her as a leader who listens.", "praised"),
    ],
)
def test_event_time_occasion_nouns_as_phrase_of_the_object_is_no_past_office(
    tagger, nlp, text, trigger
):
    ev = dated(tagger, nlp, text, trigger, DATE)
    assert ev.date == DATE and not (ev.date_rule or "").startswith("background")


def test_event_time_occasion_nouns_as_phrase_of_the_actor_stays_background(tagger, nlp):
    ev = dated(
        tagger, nlp, "She negotiated the deal with Iran as secretary of state.", "negotiated", DATE
    )
    assert ev.date is None and (ev.date_rule or "").startswith("background: office")


def test_event_time_occasion_nouns_setting_words_are_data():
    assert {"in", "at", "during"} <= read_settings()
    assert read_settings("setting\tamid\nbound\tbefore\n") == {"amid"}
    with pytest.raises(ConfigError, match="setting<TAB>WORD"):
        read_settings("settings\tin\n")


@pytest.mark.parametrize(
    ("text", "trigger", "date", "expected"),
    [
        # a past act on a month or day written without its year, after the article: a year back
        (
            "The nurses protested outside the ministry in February.",
            "protested",
            "2023-01-15",
            "2022-02",
        ),
        (
            "The nurses protested outside the ministry on January 20.",
            "protested",
            "2023-01-15",
            "2022-01-20",
        ),
        # a future act, a written year, a month already past: as the time expression says
        (
            "The nurses will protest outside the ministry in February.",
            "protest",
            "2023-01-15",
            "2023-02",
        ),
        (
            "The nurses protested outside the ministry in February 2023.",
            "protested",
            "2023-01-15",
            "2023-02",
        ),
        (
            "The nurses protested outside the ministry in November.",
            "protested",
            "2023-01-15",
            "2022-11",
        ),
    ],
)
def test_event_time_occasion_nouns_a_past_act_is_not_dated_after_the_article(
    tagger, nlp, text, trigger, date, expected
):
    ev = dated(tagger, nlp, text, trigger, date)
    assert ev.date == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-02", "2022-02"),
        ("2023-01-20", "2022-01-20"),
        ("2024-02-29", "2023-02"),
        ("2023", None),
    ],
)
def test_event_time_occasion_nouns_year_before(value, expected):
    assert year_before(value) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a past attempt on the day of what it attempts; a weekday read ahead is the last one
        ("The two mayors sought to win over farmers on Tuesday.", "sought", "2023-03-07"),
        ("The rebels tried to storm the base on Monday.", "storm", "2023-03-06"),
        # an act in an "as" clause of a past attempt: on the day of what is attempted
        (
            "The council began reviewing the case on Monday, as protesters demanded answers.",
            "demanded",
            "2023-03-06",
        ),
        # a plan, an invitation or a future attempt is not
        ("The rebels will try to storm the base on Friday.", "storm", "2023-03-10"),
        ("The governor invited the envoy to visit on Friday.", "invited", DATE),
    ],
)
def test_event_time_occasion_nouns_a_past_attempt_is_on_its_complement_day(
    tagger, nlp, text, trigger, expected
):
    ev = dated(tagger, nlp, text, trigger, DATE)
    assert ev.date == expected


def test_event_time_occasion_nouns_attempt_words_are_data():
    assert {"try", "seek", "begin"} <= read_attempts()
    assert "invite" not in read_attempts()
    assert read_attempts("attempt\tventure\n") == {"venture"}
