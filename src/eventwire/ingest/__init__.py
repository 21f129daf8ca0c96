"""Readers that turn sources into Articles.

``read(paths)`` yields, for each source item, either an ``Article`` or a
``SourceError`` (never raises for one bad item), so a batch reports the bad item
and goes on. A reader is chosen by file extension (``READERS``) or by ``fmt``.

Readers here: plain text (``.txt`` and anything unrecognised: one file, one
article), JSON Lines (``.jsonl``: one article per line with ``text`` and
optional ``id``, ``date``, ``title``, ``source``, ``url``, ``language``), and
``-`` for standard input (text, or JSONL with ``fmt="jsonl"``).

Source readers (one module each): HTML pages, a folder of them or a URL
(``html.py``, trafilatura), RSS/Atom feeds (``feeds.py``), WARC archives
(``warc.py``), CSV/TSV/Parquet with a column mapping (``tabular.py``). A URL is
read as a feed or a page by what the server sends.

Every article ``read`` yields has passed the language check (``language.py``):
one confidently in a language outside ``languages`` is not yielded; a
``Skipped`` error (a ``SourceError`` with ``reason="language"``) says so instead,
so a batch counts and reports it. Options (``read(..., **opts)``): ``languages``
(default ``("en",)``; empty to code everything), ``map`` (column mapping),
``dayfirst``, ``follow_links``, ``feed_full_text_words``, ``timeout``,
``host_delay``, ``boilerplate_patterns``, ``fetcher`` and ``stats`` (a
``collections.Counter`` that counts what was passed over, by reason).
"""

from __future__ import annotations

import datetime as _dt
import importlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..coder import make_article
from ..errors import EventwireError, Skipped, SourceError
from ..records import Article

Item = Article | SourceError
Reader = Callable[[str, dict[str, Any]], Iterator[Item]]

BINARY_SNIFF = 8192


# Byte-order marks and the encoding each announces, longest first (UTF-32 LE's mark
# begins with UTF-16 LE's).
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def sniff_encoding(head: bytes) -> tuple[str, int]:
    """The encoding a file's first bytes announce by a byte-order mark, and the mark's
    length; UTF-8 and 0 without one."""
    for bom, encoding in BOMS:
        if head.startswith(bom):
            return encoding, len(bom)
    return "utf-8", 0


def decode(raw: bytes, where: str) -> str:
    """Bytes to text: UTF-8, or UTF-16/32 when a byte-order mark says so (the mark is
    dropped); a clear error naming the encoding tried otherwise."""
    encoding, skip = sniff_encoding(raw[:4])
    if not skip and b"\x00" in raw[:BINARY_SNIFF]:
        raise SourceError(
            f"{where}: looks like a binary file (NUL bytes, no byte-order mark); expected "
            "UTF-8 text, or UTF-16 with a byte-order mark"
        )
    try:
        text = raw[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        at = exc.start + skip
        if skip:
            raise SourceError(
                f"{where}: not {encoding.upper()} text, though its byte-order mark says so "
                f"(encoding tried: {encoding.upper()}; cannot decode byte 0x{raw[at]:02x} at "
                f"byte {at}); re-save it as UTF-8"
            ) from None
        raise SourceError(
            f"{where}: not UTF-8 text (encoding tried: UTF-8, no byte-order mark; invalid "
            f"byte 0x{raw[at]:02x} at byte {at}); expected UTF-8, or UTF-16 with a "
            "byte-order mark; convert it, e.g. iconv -f latin1 -t utf-8"
        ) from None
    return text.lstrip("\ufeff")


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise SourceError.unreadable(path, exc) from None


def read_text(path: str, opts: dict[str, Any]) -> Iterator[Item]:
    """One plain-text file is one article; its id is the file name without extension."""
    where = "<stdin>" if path == "-" else path
    try:
        text = decode(_read_bytes(path), where)
        if not text.strip():
            raise SourceError(f"{where}: the file is empty; expected an article's text")
        art_id = opts.get("id") or ("stdin" if path == "-" else Path(path).stem)
        yield make_article(text, date=opts.get("date"), id=art_id, where=where)
    except EventwireError as exc:
        yield exc if isinstance(exc, SourceError) else SourceError(str(exc))


def read_jsonl(path: str, opts: dict[str, Any]) -> Iterator[Item]:
    """One article per line: a JSON object with ``text`` (and optional metadata)."""
    where = "<stdin>" if path == "-" else path
    try:
        text = decode(_read_bytes(path), where)
    except SourceError as exc:
        yield exc
        return
    if not text.strip():
        yield SourceError(f"{where}: the file is empty; expected JSON lines of articles")
        return
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        loc = f"{where}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SourceError(f"{loc}: not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield SourceError(f"{loc}: a JSON {type(obj).__name__}; expected an object with 'text'")
            continue
        if "text" not in obj:
            yield SourceError(f"{loc}: no 'text' field; expected an object with 'text'")
            continue
        try:
            yield make_article(obj, date=opts.get("date"), where=loc)
        except EventwireError as exc:
            yield SourceError(str(exc))


def _lazy(module: str, name: str) -> Reader:
    """A reader imported on first use, so reading text never loads trafilatura or warcio."""

    def reader(path: str, opts: dict[str, Any]) -> Iterator[Item]:
        mod = importlib.import_module(f"{__name__}.{module}")
        yield from getattr(mod, name)(path, opts)

    reader.__name__ = name
    reader.__doc__ = f"The {module} reader ({__name__}.{module}.{name})."
    return reader


read_html = _lazy("html", "read_html")
read_feed = _lazy("feeds", "read_feed")
read_warc = _lazy("warc", "read_warc")
read_csv = _lazy("tabular", "read_csv")
read_tsv = _lazy("tabular", "read_tsv")
read_parquet = _lazy("tabular", "read_parquet")


def read_url(path: str, opts: dict[str, Any]) -> Iterator[Item]:
    """A URL: a feed when the server sends RSS/Atom, else an HTML page."""
    from .feeds import items_articles, parse_feed
    from .html import extract, fetcher_for

    try:
        resp = fetcher_for(opts).get(path)
    except SourceError as exc:
        yield exc
        return
    ctype = resp.headers.get("content-type", "").lower()
    head = resp.body[:512].lstrip().lower()
    if any(t in ctype for t in ("rss", "atom", "xml")) or head.startswith((b"<?xml", b"<rss")):
        if not head.startswith((b"<!doctype html", b"<html")):
            try:
                items = parse_feed(resp.body, path, int(opts.get("feed_full_text_words") or 150))
            except SourceError as exc:
                yield exc
                return
            yield from items_articles(items, opts)
            return
    try:
        yield extract(
            resp.body,
            path,
            url=resp.url,
            date=opts.get("date"),
            reference=_dt.date.today(),
            boilerplate=tuple(opts.get("boilerplate_patterns") or ()),
        )
    except SourceError as exc:
        yield exc


READERS: dict[str, Reader] = {
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
    ".warc": read_warc,
    ".warc.gz": read_warc,
    ".arc": read_warc,
    ".arc.gz": read_warc,
    ".csv": read_csv,
    ".tsv": read_tsv,
    ".tab": read_tsv,
    ".parquet": read_parquet,
}
FORMATS: dict[str, Reader] = {
    "text": read_text,
    "jsonl": read_jsonl,
    "html": read_html,
    "rss": read_feed,
    "atom": read_feed,
    "feed": read_feed,
    "warc": read_warc,
    "csv": read_csv,
    "tsv": read_tsv,
    "parquet": read_parquet,
}


def reader_for(path: str, fmt: str | None = None) -> Reader:
    """The reader for ``path``: by ``fmt`` if given, else by extension, else plain text.

    A folder is read as a folder of HTML pages; a URL by what the server sends.
    """
    if fmt:
        if fmt not in FORMATS:
            raise SourceError(f"unknown input format {fmt!r}; expected one of {sorted(FORMATS)}")
        return FORMATS[fmt]
    if path == "-":
        return read_text
    if path.startswith(("http://", "https://")):
        return read_url
    name = Path(path).name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):  # .warc.gz before .gz
        if name.endswith(suffix):
            return READERS[suffix]
    if Path(path).is_dir():
        return read_html
    return read_text


def complete(item: Item) -> Item:
    """Fill the dateline and the date's origin of an article a reader left without them.

    Text and JSONL articles come with their date (or none); their dateline is read from
    the text, and a dateline with a full date dates an article that has none.
    """
    if not isinstance(item, Article):
        return item
    from .dateline import parse

    dl = parse(item.text) if item.dateline is None else None
    if dl is not None:
        item.dateline = dl.place
    if item.date_origin is None:
        if item.date:
            item.date_origin = "metadata"
        elif dl is not None and (found := dl.resolve(None)):
            item.date, item.date_origin = found, "dateline"
        else:
            item.date_origin = "none"
    return item


def check_language(item: Item, languages: tuple[str, ...]) -> Item:
    """``item`` with its detected language set, or a ``Skipped`` when it is not to be coded."""
    if not isinstance(item, Article) or not languages:
        return item
    from .language import check

    lang, reason = check(item.text, languages)
    if reason is not None:
        return Skipped(f"article {item.id!r}: skipped: {reason}", "language", item)
    if lang is not None:
        item.language = lang
    return item


def read(
    paths: Iterable[str], fmt: str | None = None, date: str | None = None, **opts: Any
) -> Iterator[Item]:
    """Articles (or SourceErrors) from each path in turn; ``-`` is standard input."""
    options = {"date": date, **opts}
    languages = tuple(options.get("languages", ("en",)) or ())
    stats = options.get("stats")
    for path in paths:
        try:
            reader = reader_for(path, fmt)
        except SourceError as exc:
            yield exc
            continue
        for item in reader(path, options):
            item = check_language(complete(item), languages)
            if stats is not None and isinstance(item, Skipped):
                stats[f"skipped: {item.reason}"] += 1
            yield item
