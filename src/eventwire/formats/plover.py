"""PLOVER JSON: one record per event, with the field names of the PLOVER manual's
Data Fields chapter (``id``, ``date``, ``actor``, ``recipient``, ``event``, ``mode``,
``context``, ``event_loc``, ``event_text``, ``quad_code``, ``text``, ``text_info``,
``cite_info``, ``coder``, ``coded_date``) plus ``cameo``, ``goldstein``, ``aux`` and ``confidence``.

``event``, ``mode`` and ``context`` are lists, as the manual prescribes.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ..records import ActorRef, Analysis, Event, pick
from . import PLOVER_QUAD, global_id

CODER = "eventwire"


def _entity(ref: ActorRef) -> dict[str, Any]:
    return {
        "code": ref.code,
        "sector": ref.sectors[0] if ref.sectors else None,
        "sectors": list(ref.sectors),
        "entity_text": ref.text,
        "identifier_id": ref.entity,
        "start": ref.start,
        "end": ref.end,
    }


def event_record(analysis: Analysis, ev: Event, coded_date: str | None = None) -> dict[str, Any]:
    """The PLOVER JSON record of one event."""
    art = analysis.article
    loc = ev.location
    return {
        "id": global_id(art.id, ev.id),
        "date": ev.date or art.date,
        "actor": [_entity(a) for a in ev.actor],
        "recipient": [_entity(r) for r in ev.recipient],
        "event": [ev.event],
        "mode": [ev.mode] if ev.mode else [],
        "context": list(ev.context),
        "aux": list(ev.aux),
        "event_loc": (
            pick(loc, ("name", "text", "lat", "lon", "country", "geonameid", "feature"))
            if loc
            else None
        ),
        "event_text": [ev.trigger.text],
        "quad_code": PLOVER_QUAD.get(ev.event),
        "cameo": ev.cameo,
        "goldstein": ev.goldstein,
        "confidence": ev.confidence,
        "text": ev.sentence.text,
        "text_info": {
            "start": ev.sentence.start,
            "end": ev.sentence.end,
            "trigger_start": ev.trigger.start,
            "trigger_end": ev.trigger.end,
        },
        "cite_info": {
            "article_id": art.id,
            "title": art.title,
            "source": art.source,
            "url": art.url,
            "date": art.date,
        },
        "coder": CODER,
        "coded_date": coded_date or _dt.date.today().isoformat(),
    }


def records(analysis: Analysis, coded_date: str | None = None) -> list[dict[str, Any]]:
    """The PLOVER JSON records of every event of an analysis."""
    return [event_record(analysis, ev, coded_date) for ev in analysis.events]
