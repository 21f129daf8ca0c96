"""Roles by the event's date: an event's parties take the role they held on its date.

Invented people, dictionary and sentences."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _actor(coder: Coder, text: str, date: str, name: str):
    analysis = coder.code(text, date=date)
    ent = next(e for e in analysis.entities if e.name == name)
    refs = [(ev, r) for ev in analysis.events for r in ev.actor if r.entity == ent.id]
    assert refs, [ev.to_dict() for ev in analysis.events]
    return ent, refs[0][0], refs[0][1]


@pytest.mark.parametrize(
    ("text", "article_date", "name", "entity_code", "event_code"),
    [
        # out of office on the article's date, in office on the event's
        (
            "On May 3, 2012, Tomas Velkaro signed an agreement with Romania.",
            "2016-06-01",
            "Tomas Velkaro",
            ("MDA", ["ELI"]),
            ("MDA", ["GOV"]),
        ),
        # a year: the role held all through it
        (
            "In 2013 Tomas Velkaro signed an agreement with Romania.",
            "2016-06-01",
            "Tomas Velkaro",
            ("MDA", ["ELI"]),
            ("MDA", ["GOV"]),
        ),
        # another country's role on the event's date
        (
            "On March 2, 2010, Irina Basarab signed an agreement with Ukraine.",
            "2016-06-01",
            "Irina Basarab",
            ("MDA", ["LEG"]),
            ("ROU", ["GOV"]),
        ),
    ],
)
def test_actor_dates_event_takes_role_on_its_date(
    invented_coder, text, article_date, name, entity_code, event_code
):
    ent, event, ref = _actor(invented_coder, text, article_date, name)
    assert (ent.code, ent.sectors) == entity_code  # the entity keeps the article's role
    assert (ref.code, ref.sectors) == event_code
    assert "role on" in (event.rule or "") and "actors.txt" in (event.rule or "")


@pytest.mark.parametrize(
    ("text", "article_date", "name"),
    [
        # the event happens on the article's date (or close to it): the article's role
        (
            "Tomas Velkaro signed an agreement with Romania on Monday.",
            "2016-06-01",
            "Tomas Velkaro",
        ),
        # the period spans a change of role (her roles change in 2012): no re-coding
        (
            "From 2010 to 2013 Irina Basarab signed agreements with Ukraine.",
            "2016-06-01",
            "Irina Basarab",
        ),
    ],
)
def test_actor_dates_event_keeps_article_role(invented_coder, text, article_date, name):
    ent, _event, ref = _actor(invented_coder, text, article_date, name)
    assert (ref.code, ref.sectors) == (ent.code, ent.sectors)


def test_actor_dates_undated_names_untouched(invented_coder):
    """A person with no dated role keeps the entity's code whatever the event's date."""
    analysis = invented_coder.code(
        "On May 3, 2012, Grigor Maltsev signed an agreement with Romania.", date="2016-06-01"
    )
    refs = [r for ev in analysis.events for r in ev.actor if "Maltsev" in r.text]
    assert refs and all(r.code is None for r in refs)


def test_actor_dates_runs_after_event_dates():
    """The post-step needs the events' dates: placed before event_time, the Coder says so."""
    from eventwire.errors import AnnotatorOrderError

    order = ("times", "places", "actors", "quotes", "events", "actor_dates", "event_time")
    with pytest.raises(AnnotatorOrderError, match="event_dates"):
        Coder({"annotators": order}, lazy=True)
