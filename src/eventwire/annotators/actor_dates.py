"""Roles by the event's date: an event's actors and recipients re-coded on the day it happened.

The actors annotator codes a person with dated roles (``[USAGOV 090120-130201]`` in a
PETRARCH file, ``from``/``to`` in ours) by the role held on the article's date. Events are
dated later (``event_time``); where an event's date is known and differs from the
article's, this post-step gives each of its actor and recipient references the role held
on the event's date instead ("in 2012 the then minister X signed …" in a story of 2016).

The entity itself keeps the article's code (one person, one code per article); only the
event's reference changes, and the event's ``rule`` says which entry and date range gave
it. A reference is left alone where the text, not the dictionary, coded the person (a
title or a country in the text outranks the entry), or where the event's period spans a
change of role (its first and last days fall in different roles).
"""

from __future__ import annotations

from typing import Any

from ..records import Entity, Event
from . import Annotator, Context, register
from .actor_coding.dictionary import ActorEntry, shared_dictionary


@register("actor_dates")
class ActorDatesAnnotator(Annotator):
    """Re-codes event actors and recipients by the role they held on the event's date."""

    assigns = ("event_actor_roles",)
    requires = ("entities", "events", "event_dates")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.dictionary = shared_dictionary(
            settings["actor_dictionaries"], settings["petrarch_dictionaries"], settings["model"]
        )

    def __call__(self, ctx: Context) -> None:
        article_date = ctx.article.date
        for event in ctx.analysis.events:
            days = event_days(event)
            if days is None or days == (article_date, article_date):
                continue
            for ref in (*event.actor, *event.recipient):
                entry = self.role_on(ctx.analysis.entity(ref.entity), article_date, days)
                if entry is None:
                    continue
                ref.code, ref.sectors = entry.code, list(entry.sectors)
                when = days[0] if days[0] == days[1] else f"{days[0]}..{days[1]}"
                note = f"role on {when}: {entry.source}:{entry.name}"
                event.rule = f"{event.rule}; {note}" if event.rule else note

    def role_on(
        self, entity: Entity | None, article_date: str | None, days: tuple[str, str]
    ) -> ActorEntry | None:
        """The entry ``entity`` holds over ``days`` where it differs from the article's one
        and the dictionary (not the text) coded the entity; else None."""
        if entity is None or entity.kind != "person":
            return None
        d = self.dictionary
        key = d.key_of_source(entity.source)
        if key is None or not d.dated(key):
            return None
        on_article = d.entry(key, article_date)
        if on_article is None or (on_article.code, list(on_article.sectors)) != (
            entity.code,
            entity.sectors,
        ):
            return None  # a title or a country in the text coded it: the text says the role
        first, last = d.entry(key, days[0]), d.entry(key, days[1])
        if (
            first is None
            or last is None
            or (first.code, first.sectors)
            != (
                last.code,
                last.sectors,
            )
        ):
            return None  # the event's period spans a change of role
        if (first.code, list(first.sectors)) == (entity.code, entity.sectors):
            return None
        return first


def event_days(event: Event) -> tuple[str, str] | None:
    """The first and last day of an event's date (None where it has no day-fine bounds)."""
    if event.date_start and event.date_end:
        return event.date_start, event.date_end
    if event.date and len(event.date) == 10:
        return event.date, event.date
    return None
