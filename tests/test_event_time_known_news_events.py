"""event_time: a noun naming a widely known event of recent news ("the Sandy Hook shooting",
"the Benghazi attack") takes that event's date, even inside a clause dated otherwise; an
event known only by a large city's name is not in the data (the next one there would take
the old date)."""

from __future__ import annotations

import pytest
from helpers import dated


@pytest.mark.parametrize(
    ("text", "trigger", "article", "date"),
    [
        # the clause's own day ("on Friday") is the blaming's, not the attack's
        (
            "Lawmakers on Friday blamed the agency for the Benghazi attack.",
            "attack",
            "2015-10-23",
            "2012-09-11",
        ),
        # a gerund with a determiner names the event like a noun
        (
            "The candidate on Wednesday recalled the Sandy Hook shooting.",
            "shooting",
            "2016-06-15",
            "2012-12-14",
        ),
        (
            "In the wake of the Srebrenica massacre, the envoys met again.",
            "massacre",
            "1996-01-20",
            "1995-07-11",
        ),
        # a later line of the data names the January attack in the same city
        (
            "Cartoonists marched in silence a week after the Charlie Hebdo attack.",
            "attack",
            "2015-01-20",
            "2015-01-07",
        ),
        (
            "On Monday the sheriff described the San Bernardino shooting to the panel.",
            "shooting",
            "2016-02-10",
            "2015-12-02",
        ),
    ],
)
def test_event_time_known_news_event_dates_the_noun(tagger, nlp, text, trigger, article, date):
    ev = dated(tagger, nlp, text, trigger, article, "ASSAULT")
    assert ev.date == date
    assert ev.date_rule is not None and ev.date_rule.startswith("known event")


@pytest.mark.parametrize(
    ("text", "trigger", "article", "date"),
    [
        # no place the event is known by: the clause's day stands
        (
            "Lawmakers on Friday blamed the agency for the attack.",
            "attack",
            "2015-10-23",
            "2015-10-23",
        ),
        # a large city's name alone names no one event: a new attack there keeps its day
        (
            "Officials on Friday described the Paris attacks to reporters.",
            "attacks",
            "2026-11-14",
            "2026-11-13",
        ),
        # a time inside the noun's own phrase is its date
        (
            "Police said the shooting in Orlando on Tuesday wounded two guards.",
            "shooting",
            "2017-03-09",
            "2017-03-07",
        ),
    ],
)
def test_event_time_known_news_event_needs_its_name(tagger, nlp, text, trigger, article, date):
    ev = dated(tagger, nlp, text, trigger, article, "ASSAULT")
    assert ev.date == date


@pytest.mark.parametrize(
    ("text", "trigger", "article"),
    [
        # an article written before the attack cannot name it: the clause's day stands
        (
            "Lawmakers on Friday blamed the agency for the Benghazi attack.",
            "attack",
            "2010-05-14",
        ),
        (
            "On Monday the envoy renewed her attacks on the Israel trade pact.",
            "attacks",
            "2016-03-22",
        ),
    ],
)
def test_event_time_known_news_event_after_the_article_is_not_named(
    tagger, nlp, text, trigger, article
):
    ev = dated(tagger, nlp, text, trigger, article, "ASSAULT")
    assert ev.date is not None and ev.date <= article
    assert not (ev.date_rule or "").startswith("known event")


def test_known_by_keeps_the_events_begun_by_the_article_date():
    from eventwire.annotators.event_time import known_by
    from eventwire.annotators.timex.lexicon import AnchorEvent

    old = AnchorEvent("2001-09-11", frozenset({"attack"}), ("tower",))
    late = AnchorEvent("2023-10", frozenset({"attack"}), ("border",))
    assert known_by([old, late], "2016-03-22") == [old]
    assert known_by([old, late], "2023-10-01") == [old, late]  # its month holds the day
    assert known_by([old, late], None) == [old, late]


def test_event_time_attacks_on_a_countrys_pact_are_no_known_event(tagger, nlp):
    # after the data's event, a country named only as the target of someone's verbal
    # attacks does not make them the widely known attack on that country
    ev = dated(
        tagger,
        nlp,
        "On Tuesday the senator sharpened his attacks against the Israel visa waiver.",
        "attacks",
        "2025-05-14",
        "ASSAULT",
    )
    assert not (ev.date_rule or "").startswith("known event"), ev.date_rule
