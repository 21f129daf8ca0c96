"""Dates and direct quotes: a saying is not dated by a time inside its own quote (for
``event_date_learned``); a quoted "today" is the day of the saying (for ``event_time``).

An event whose trigger is the cue of a direct quote ("…,” the senator *said*; an accusation
made by saying it) is the act of saying: the day it happened is the day of the saying, which a
time *inside* the quoted words does not give ("“Last night they cut the polling places,”
the senator said" is said today, of last night). The learned date chooser weighs every time
of the sentence, so it may take the quoted "last night" for the saying's day; the times
inside the event's own quote are therefore not among its candidates. The rules' own date
(``event_time``) stays one of them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..records import Event, Quote, TimeValue
from . import token_at
from .event_calendar import aux_modes, calendar_date

__all__ = ["DEICTIC_DAYS", "said_on_its_day", "times_in_own_quote"]


def times_in_own_quote(
    trig: Any, quote_tokens: Any, quotes: list[Quote], times: list[TimeValue], roots: list[Any]
) -> frozenset[str]:
    """The texts of the ``times`` (with their root tokens ``roots``) that lie inside the
    quoted words of the direct quote whose cue is the trigger ``trig``; empty when ``trig``
    is no direct quote's cue. A paraphrase ("accused him of firing on the town on Friday",
    "blasted the panel for failing to say so on Friday") is not one: its content is the
    act's own object, which may well be dated with it."""
    if trig is None or quote_tokens is None:
        return frozenset()
    qid = quote_tokens.cue.get(trig.i)
    if not any(q.id == qid and q.kind == "direct" for q in quotes):
        return frozenset()
    spans = quote_tokens.content.get(qid, []) if qid is not None else []
    if not spans or any(lo <= trig.i < hi for lo, hi in spans):
        return frozenset()
    return frozenset(
        t.text
        for t, root in zip(times, roots, strict=True)
        if root is not None and any(lo <= root.i < hi for lo, hi in spans)
    )


#: the words of a time told from the speaker's own day, with how many days before it
#: ("today" is the day of the saying, "yesterday" the day before it)
DEICTIC_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": 1,
    "last night": 1,
}


def _content(qid: str | None, quote_tokens: Any, quotes: list[Quote]) -> list[tuple[int, int]]:
    """The token ranges of the direct quote ``qid``'s quoted words (empty for any other)."""
    if qid is None or not any(q.id == qid and q.kind == "direct" for q in quotes):
        return []
    return list(quote_tokens.content.get(qid, []))


def said_on_its_day(
    events: list[Event],
    doc: Any,
    quote_tokens: Any,
    quotes: list[Quote],
    times: list[TimeValue],
    article_date: str | None,
) -> None:
    """An act inside a direct quote dated by the speaker's "today" or "last night" is dated
    from the day of the saying, where the saying (an event on the quote's cue) is dated to
    another day than the article's by a time outside the quote: "“In his speech today the
    minister refused …,” the senator said on Sunday", told on Monday, is Sunday's."""
    if not article_date or quote_tokens is None or len(article_date) < 10:
        return
    roots = [token_at(doc, t.start, t.end) for t in times]
    by_trigger = {
        token_at(doc, ev.trigger.start, ev.trigger.end).i: ev for ev in events if ev.trigger
    }
    for ev in events:
        if ev.date_origin != "text" or ev.date_precision != "day" or not ev.trigger:
            continue
        trig = token_at(doc, ev.trigger.start, ev.trigger.end)
        qid = next(
            (
                q
                for q, spans in quote_tokens.content.items()
                if any(lo <= trig.i < hi for lo, hi in spans)
            ),
            None,
        )
        spans = _content(qid, quote_tokens, quotes)
        inside = [
            t
            for t, r in zip(times, roots, strict=True)
            if r is not None and any(lo <= r.i < hi for lo, hi in spans)
        ]
        deictic = next(
            (
                t
                for t in inside
                if t.text.casefold() in DEICTIC_DAYS and f"{t.text!r}" in (ev.date_rule or "")
            ),
            None,
        )
        if deictic is None:
            continue
        cues = [i for i, q in quote_tokens.cue.items() if q == qid]
        saying = next((by_trigger[i] for i in cues if i in by_trigger), None)
        if (
            saying is None
            or saying.date_precision != "day"
            or saying.date_origin not in ("text", "anchor")
            or saying.date == article_date[:10]
            or any(f"{t.text!r}" in (saying.date_rule or "") for t in inside)
        ):
            continue
        day = dt.date.fromisoformat(saying.date) - dt.timedelta(
            days=DEICTIC_DAYS[deictic.text.casefold()]
        )
        ev.date, ev.date_precision, ev.date_start, ev.date_end = calendar_date(day.isoformat())
        ev.aux[:] = [m for m in ev.aux if m not in ("historical", "future")]
        ev.aux += [m for m in aux_modes(ev.date, article_date) if m not in ev.aux]
        ev.date_origin = "anchor"
        ev.date_rule = (
            f"said on its day: {deictic.text!r} of the saying {saying.date} ({ev.date_rule})"
        )
