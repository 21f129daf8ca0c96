"""event_time: acts the story's day cannot be (an intention, a habit) stay undated."""

from __future__ import annotations

import pytest
from helpers import dated

from eventwire.annotators.event_time import read_intents
from eventwire.errors import ConfigError

DATE = "2023-03-08"  # a Wednesday; "on Monday" is 2023-03-06


LEAD = "The trade minister arrived in the capital on Monday. "


@pytest.mark.parametrize(
    ("text", "trigger", "why"),
    [
        (LEAD + "She planned to visit the new port with local officials.", "visit", "intended"),
        (LEAD + "He hopes to sign a grain deal with the farmers' union.", "sign", "intended"),
        (
            LEAD + "The delegation intends to travel north to discuss the pipeline.",
            "discuss",
            "intended",
        ),
        (
            LEAD + "Officials discussed the gangs that attack convoys on the coast road.",
            "attack",
            "relative clause in the present",
        ),
    ],
)
def test_event_time_story_day_limits_acts_not_on_the_day(tagger, nlp, text, trigger, why):
    ev = dated(tagger, nlp, text, trigger, DATE, "CONSULT")
    assert (ev.date, ev.date_origin) == (None, "none")
    assert ev.date_rule is not None and why in ev.date_rule


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # a plain past act, a promise and a future seen from that day still take it
        (LEAD + "Aides said she would meet the rebels' envoy.", "meet", "2023-03-06"),
        (LEAD + "She criticised the customs officers at the border.", "criticised", "2023-03-06"),
        (LEAD + "She promised to lift the export ban.", "lift", "2023-03-06"),
        (LEAD + "She decided to endorse the mayor.", "endorse", "2023-03-06"),
    ],
)
def test_event_time_story_day_limits_past_acts_keep_the_day(tagger, nlp, text, trigger, date):
    ev = dated(tagger, nlp, text, trigger, DATE, "CONSULT")
    assert ev.date == date


#: a headline line with a relative clause in the present, then the story's lead
HEADLINE = "Law that bans night flights upsets airlines"
BODY = "The assembly passed the law on Monday."


def test_event_time_story_day_limits_a_headline_tells_the_news_in_the_present(tagger, nlp):
    """A relative clause in the present is the news on a headline line ("Law that bans
    …"), not a habit: it takes the story's day the lead names."""
    ev = dated(tagger, nlp, f"{HEADLINE}\n{BODY}", "bans", DATE, "COERCE")
    assert (ev.date, ev.date_origin) == ("2023-03-06", "anchor")


@pytest.mark.parametrize(
    "text",
    [
        f"{HEADLINE}. {BODY}",  # one paragraph: no headline line, its first sentence is prose
        f"{HEADLINE}.\n{BODY}",  # a first line ending in a full stop is the lead paragraph
    ],
)
def test_event_time_story_day_limits_no_headline_line_keeps_the_habit(tagger, nlp, text):
    ev = dated(tagger, nlp, text, "bans", DATE, "COERCE")
    assert (ev.date, ev.date_origin) == (None, "none")
    assert "relative clause in the present" in (ev.date_rule or "")


def test_event_time_story_day_limits_intent_words_are_read():
    assert {"plan", "hope", "intend"} <= read_intents()
    assert "promise" not in read_intents()
    assert read_intents("intent\tplan\nintent\twish\n") == frozenset({"plan", "wish"})
    with pytest.raises(ConfigError, match="intent<TAB>WORD"):
        read_intents("intent\n")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "Gunmen ambushed the convoy before Sunday.", "ambushed"),
        (LEAD + "The guards detained the two reporters until Saturday.", "detained"),
        (LEAD + "Donors had pledged aid to the province by Monday.", "pledged"),
        ("Rebels shelled the border town prior to Tuesday.", "shelled"),
    ],
)
def test_event_time_story_day_limits_bounded_acts_stay_undated(tagger, nlp, text, trigger):
    ev = dated(tagger, nlp, text, trigger, DATE, "CONSULT")
    assert ev.date is None
    assert ev.date_rule is not None and ("bounded" in ev.date_rule or "background" in ev.date_rule)


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # a bound after the article is a deadline, not a past limit; a date of its own wins
        (LEAD + "She urged the council to vote before Friday.", "urged", "2023-03-06"),
        ("The guards detained two reporters on Monday until Tuesday.", "detained", "2023-03-06"),
    ],
)
def test_event_time_story_day_limits_bounds_keep_other_days(tagger, nlp, text, trigger, date):
    ev = dated(tagger, nlp, text, trigger, DATE, "CONSULT")
    assert ev.date == date


def test_event_time_story_day_limits_upper_bound_words_are_read():
    from eventwire.annotators.event_time import read_upper_bounds

    assert {"before", "until", "by"} <= read_upper_bounds()
    assert "after" not in read_upper_bounds()
    assert read_upper_bounds("upper\tbefore\n") == frozenset({"before"})


#: a day of the story named first, then the day of telling ("today") in a later main clause
TOLD_TODAY = (
    "Gunmen attacked a border post on Monday. "
    "The interior minister said today that the troops will stay. "
)


@pytest.mark.parametrize(
    "text",
    [
        TOLD_TODAY + "The opposition condemned the raid on the post.",
        TOLD_TODAY + "Local leaders accused the army of leaving the post unguarded.",
        "Gunmen attacked a border post on Monday. The minister is now in the capital. "
        "The opposition condemned the raid on the post.",
    ],
)
def test_event_time_story_day_limits_the_day_of_telling_is_no_story_day(tagger, nlp, text):
    # "today" (or "now") names the article's own day, the day the story is told: an act told
    # after it with no date of its own stays on the story's day named before it
    trigger = "condemned" if "condemned" in text else "accused"
    ev = dated(tagger, nlp, text, trigger, DATE)
    assert ev.date == "2023-03-06"
    assert ev.date_rule is not None and ev.date_rule.startswith("story day: 'Monday'")


def test_event_time_story_day_limits_today_alone_leaves_the_article_date(tagger, nlp):
    text = "The minister visited the border post today. The opposition condemned the visit."
    ev = dated(tagger, nlp, text, "condemned", DATE)
    assert (ev.date, ev.date_origin) == (DATE, "article")


def test_event_time_story_day_limits_the_article_day_named_is_the_day_of_telling(tagger, nlp):
    # the article's day (a Wednesday) named as a weekday is the day of telling too: the act
    # told after it keeps the story's day named before it (measured on our label files: the
    # news reports of the day go on the story's day more often than on the article's)
    text = (
        "Gunmen attacked a border post on Monday. The council on Wednesday said it would "
        "meet. Local leaders accused the army of leaving the post unguarded."
    )
    ev = dated(tagger, nlp, text, "accused", DATE)
    assert ev.date == "2023-03-06"
