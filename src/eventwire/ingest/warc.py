"""WARC and WARC.gz web archives in, Articles out, streaming (warcio).

Only ``response`` records of HTML pages with HTTP status 200 are read (requests,
metadata, images, scripts and redirects are passed over, counted as skipped, not
reported one by one). Records are read one at a time, so memory stays flat however
large the archive. The record's ``WARC-Date`` (the crawl date) is the reference
that gives a year to a dateline that has none.

A record that cannot be extracted (no article text) is reported as a ``SourceError``
naming the archive, the record's URL and its offset; a truncated or corrupt archive
is reported at the offset where reading stopped, and the articles read before it
are kept.
"""

from __future__ import annotations

import datetime as _dt
import zlib
from collections.abc import Iterator
from typing import Any

from ..errors import SourceError
from ..records import Article
from .html import extract, url_id

HTML_TYPES = ("text/html", "application/xhtml+xml")
# A single page larger than this is not a news article; skip it rather than hold it.
MAX_RECORD_BYTES = 10 * 1024 * 1024


def _crawl_date(value: str | None) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_warc(path: str, opts: dict[str, Any]) -> Iterator[Article | SourceError]:
    """Articles from the HTML responses of a WARC or WARC.gz file, one record at a time."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    boiler = tuple(opts.get("boilerplate_patterns") or ())
    stats = opts.get("stats")
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed in the finally below
    except OSError as exc:
        yield SourceError.unreadable(path, exc)
        return
    offset = 0
    count = 0
    # warcio reads any text as an old-style ARC record; only a file named .arc may be one.
    arc_ok = path.lower().endswith((".arc", ".arc.gz"))
    if not arc_ok and not _looks_like_warc(stream):
        stream.close()
        yield SourceError(f"{path}: not a WARC archive (it does not start with a WARC/1.x header)")
        return
    try:
        records = ArchiveIterator(stream, arc2warc=True)
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            offset = records.offset  # get_record_offset() would read the record through
            count += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            where = f"{path}: record at byte {offset} ({uri or 'no URL'})"
            if record.rec_type != "response" or record.http_headers is None:
                _count(stats, "warc: not an HTTP response")
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            status = record.http_headers.get_statuscode()
            if not ctype.startswith(HTML_TYPES):
                _count(stats, "warc: not an HTML page")
                continue
            if status != "200":
                _count(stats, f"warc: HTTP status {status}")
                continue
            body = record.content_stream().read(MAX_RECORD_BYTES + 1)
            if len(body) > MAX_RECORD_BYTES:
                yield SourceError(f"{where}: larger than {MAX_RECORD_BYTES:,} bytes; skipped")
                continue
            missing = getattr(record.raw_stream, "limit", 0)
            if missing:
                # The record says it is longer than what the file holds: a cut-off download.
                yield SourceError(
                    f"{where}: truncated record ({missing:,} of {record.length:,} bytes missing)"
                )
                continue
            ref = _crawl_date(record.rec_headers.get_header("WARC-Date"))
            try:
                art = extract(body, where, url=uri or None, reference=ref, boilerplate=boiler)
            except SourceError as exc:
                yield exc
                continue
            if uri:
                art.id = url_id(uri)
            yield art
    except ArchiveLoadFailed as exc:
        yield SourceError(f"{path}: the archive is corrupt after byte {offset} ({exc}); stopped")
    except (EOFError, OSError, ValueError) as exc:
        yield SourceError(
            f"{path}: the archive is truncated or corrupt after byte {offset} "
            f"({type(exc).__name__}: {exc}); stopped"
        )
    else:
        if count == 0:
            yield SourceError(f"{path}: no WARC records found; expected a WARC or WARC.gz file")
    finally:
        stream.close()


def _looks_like_warc(stream: Any) -> bool:
    """True when the file (gzipped or not) starts with a WARC record header; rewinds it."""
    head = stream.read(4096)
    stream.seek(0)
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip().startswith(b"WARC/") or not head


def _count(stats: Any, reason: str) -> None:
    if stats is not None:
        stats[reason] += 1
