"""Parquet: one flat row per event (first actor and recipient flattened; full lists kept)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..records import Analysis, Event
from . import global_id


def row(analysis: Analysis, ev: Event) -> dict[str, Any]:
    """The flat row of one event."""
    art = analysis.article
    loc = ev.location
    a = ev.actor[0] if ev.actor else None
    r = ev.recipient[0] if ev.recipient else None
    return {
        "id": global_id(art.id, ev.id),
        "article_id": art.id,
        "event_id": ev.id,
        "date": ev.date or art.date,
        "date_origin": ev.date_origin,
        "date_precision": ev.date_precision,
        "date_start": ev.date_start,
        "date_end": ev.date_end,
        "date_rule": ev.date_rule,
        "event": ev.event,
        "mode": ev.mode,
        "context": list(ev.context),
        "aux": list(ev.aux),
        "cameo": ev.cameo,
        "goldstein": ev.goldstein,
        "actor_code": a.code if a else None,
        "actor_sectors": list(a.sectors) if a else [],
        "actor_text": a.text if a else None,
        "actor_codes": [(x.code or "") + "".join(x.sectors) for x in ev.actor],
        "recipient_code": r.code if r else None,
        "recipient_sectors": list(r.sectors) if r else [],
        "recipient_text": r.text if r else None,
        "recipient_codes": [(x.code or "") + "".join(x.sectors) for x in ev.recipient],
        "location_name": loc.name if loc else None,
        "location_lat": loc.lat if loc else None,
        "location_lon": loc.lon if loc else None,
        "location_country": loc.country if loc else None,
        "location_basis": loc.basis if loc else None,
        "place_rule": ev.place_rule,
        "trigger": ev.trigger.text,
        "trigger_start": ev.trigger.start,
        "trigger_end": ev.trigger.end,
        "sentence": ev.sentence.text,
        "sentence_start": ev.sentence.start,
        "sentence_end": ev.sentence.end,
        "confidence": ev.confidence,
        "rule": ev.rule,
        "article_date": art.date,
        "source": art.source,
        "url": art.url,
        "title": art.title,
    }


def write(rows: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write event rows to one Parquet file; returns the row count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = list(rows)
    schema = pa.schema([
        ("id", pa.string()), ("article_id", pa.string()), ("event_id", pa.string()),
        ("date", pa.string()), ("date_origin", pa.string()),
        ("date_precision", pa.string()), ("date_start", pa.string()),
        ("date_end", pa.string()), ("date_rule", pa.string()), ("event", pa.string()),
        ("mode", pa.string()), ("context", pa.list_(pa.string())),
        ("aux", pa.list_(pa.string())), ("cameo", pa.string()), ("goldstein", pa.float64()),
        ("actor_code", pa.string()), ("actor_sectors", pa.list_(pa.string())),
        ("actor_text", pa.string()), ("actor_codes", pa.list_(pa.string())),
        ("recipient_code", pa.string()), ("recipient_sectors", pa.list_(pa.string())),
        ("recipient_text", pa.string()), ("recipient_codes", pa.list_(pa.string())),
        ("location_name", pa.string()), ("location_lat", pa.float64()),
        ("location_lon", pa.float64()), ("location_country", pa.string()),
        ("location_basis", pa.string()), ("place_rule", pa.string()),
        ("trigger", pa.string()), ("trigger_start", pa.int64()), ("trigger_end", pa.int64()),
        ("sentence", pa.string()), ("sentence_start", pa.int64()),
        ("sentence_end", pa.int64()), ("confidence", pa.float64()), ("rule", pa.string()),
        ("article_date", pa.string()), ("source", pa.string()), ("url", pa.string()),
        ("title", pa.string()),
    ])  # fmt: skip
    table = pa.Table.from_pylist(data, schema=schema)
    pq.write_table(table, str(path))
    return len(data)
