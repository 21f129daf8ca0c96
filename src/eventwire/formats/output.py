"""Writing records to a text stream or a file in each output format.

The ``code``, ``events`` and ``export`` commands, and any Python caller, write through
these functions: analyses (``write_analyses``), stored events (``write_events``),
corpus-level events (``write_corpus_events``) and whole exports to a file
(``export_events``, ``export_corpus_events``). Each returns how many records it wrote.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from ..records import Analysis, Event
from . import gdelt, parquet, plover, table

CODE_FORMATS = ("json", "jsonl", "plover", "table")
EVENT_FORMATS = ("json", "jsonl", "plover", "table", "gdelt-csv")
EXPORT_FORMATS = ("plover-jsonl", "gdelt-csv", "parquet")


def _json_line(record: Any) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def write_analyses(analyses: Iterable[Analysis], fmt: str, explain: bool, out: TextIO) -> int:
    """Write analyses as ``json`` (one object, or a list), ``jsonl``, ``plover`` (one
    record per event) or ``table`` (``explain`` adds each event's rule)."""
    n = 0
    if fmt == "json":
        items = [a.to_dict() for a in analyses]
        n = len(items)
        payload: Any = items[0] if n == 1 else items
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return n
    for a in analyses:
        n += 1
        if fmt == "jsonl":
            out.write(a.to_json() + "\n")
        elif fmt == "plover":
            for rec in plover.records(a):
                out.write(_json_line(rec))
        else:
            out.write("\n".join(table.analysis_lines(a, explain)) + "\n\n")
        out.flush()
    return n


def write_events(
    pairs: Iterable[tuple[Analysis, Event]], fmt: str, out: TextIO, header: bool = False
) -> int:
    """Write events with their articles in one of ``EVENT_FORMATS``."""
    n = 0
    if fmt == "gdelt-csv":
        return gdelt.write((gdelt.row(a, e) for a, e in pairs), out, header)
    if fmt == "json":
        items = [{"article": a.article.meta(), **e.to_dict()} for a, e in pairs]
        out.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
        return len(items)
    for a, e in pairs:
        n += 1
        if fmt == "jsonl":
            out.write(_json_line({"article": a.article.meta(), **e.to_dict()}))
        elif fmt == "plover":
            out.write(_json_line(plover.event_record(a, e)))
        else:
            out.write("\n".join(table.event_lines([(a, e)])) + "\n")
    return n


def export_events(
    pairs: Iterable[tuple[Analysis, Event]], fmt: str, path: str, header: bool = False
) -> int:
    """Write events to the file ``path`` in one of ``EXPORT_FORMATS``."""
    if fmt == "parquet":
        return parquet.write((parquet.row(a, e) for a, e in pairs), path)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        if fmt == "gdelt-csv":
            return gdelt.write((gdelt.row(a, e) for a, e in pairs), fh, header)
        return _write_lines((plover.event_record(a, e) for a, e in pairs), fh)


def _write_lines(records: Iterable[Any], out: TextIO) -> int:
    n = 0
    for rec in records:
        out.write(_json_line(rec))
        n += 1
    return n


# --- corpus-level events (eventwire.corpus.cluster) -------------------------------------


def corpus_line(ce: Any) -> str:
    """One readable line for a corpus event: date, type, dyad, place, counts, first report."""
    loc = ce.location.name if ce.location else "-"
    first = ce.first
    return (
        f"{ce.date or '-':10}  {ce.event:9}  {','.join(ce.actor_codes) or '-'} -> "
        f"{','.join(ce.recipient_codes) or '-'}  @ {loc}  mentions {ce.num_mentions}, "
        f"sources {ce.num_sources}, articles {ce.num_articles}  first: {first.article_id}"
        + (f" ({first.source})" if first.source else "")
    )


def _representative(store: Any, ce: Any) -> tuple[Analysis, Event] | None:
    """The earliest report of a corpus event, as its article's Analysis and Event."""
    for analysis in store.analyses([ce.first.article_id]):
        for ev in analysis.events:
            if ev.id == ce.first.event_id:
                return analysis, ev
    return None


def corpus_records(store: Any, events: Iterable[Any], fmt: str) -> Iterator[Any]:
    """Records of corpus events: their own dict (json, jsonl, parquet), else the earliest
    report's GDELT row or PLOVER record with the corpus-level counts."""
    for ce in events:
        if fmt in ("json", "jsonl", "parquet"):
            yield ce.to_dict()
            continue
        rep = _representative(store, ce)
        if rep is None:
            continue
        counts = (ce.num_mentions, ce.num_sources, ce.num_articles)
        if fmt == "gdelt-csv":
            row = gdelt.row(rep[0], rep[1], counts)
            row["GLOBALEVENTID"] = gdelt.event_number(ce.id)
            yield row
        else:  # plover: the earliest report's record, with the corpus-level fields added
            rec = plover.event_record(*rep)
            rec["id"] = ce.id
            rec.update(
                {
                    "num_mentions": counts[0],
                    "num_sources": counts[1],
                    "num_articles": counts[2],
                    "mentions": [m.to_dict() for m in ce.mentions],
                }
            )
            yield rec


def write_corpus_events(
    store: Any, events: Iterable[Any], fmt: str, out: TextIO, header: bool = False
) -> int:
    """Write corpus events in one of ``EVENT_FORMATS``."""
    if fmt == "table":
        n = 0
        for ce in events:
            out.write(corpus_line(ce) + "\n")
            n += 1
        return n
    if fmt == "gdelt-csv":
        return gdelt.write(corpus_records(store, events, "gdelt-csv"), out, header)
    if fmt == "json":
        items = list(corpus_records(store, events, "json"))
        out.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
        return len(items)
    return _write_lines(corpus_records(store, events, fmt), out)


def export_corpus_events(
    store: Any, events: Iterable[Any], fmt: str, path: str, header: bool = False
) -> int:
    """Write corpus events to the file ``path`` in one of ``EXPORT_FORMATS``."""
    if fmt == "parquet":
        from ..corpus.cluster import write_parquet

        return int(write_parquet(events, path))
    with open(path, "w", encoding="utf-8", newline="") as fh:
        if fmt == "gdelt-csv":
            return gdelt.write(corpus_records(store, events, fmt), fh, header)
        return _write_lines(corpus_records(store, events, "plover"), fh)
