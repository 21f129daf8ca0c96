"""Readers that turn sources into Articles.

``read(paths)`` yields, for each source item, either an ``Article`` or a
``SourceError`` (never raises for one bad item), so a batch reports the bad item
and goes on. A reader is chosen by file extension (``READERS``) or by ``fmt``.

Readers here: plain text (``.txt`` and anything unrecognised: one file, one
article), JSON Lines (``.jsonl``: one article per line with ``text`` and
optional ``id``, ``date``, ``title``, ``source``, ``url``, ``language``), and
``-`` for standard input (text, or JSONL with ``fmt="jsonl"``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..coder import make_article
from ..errors import EventwireError, SourceError
from ..records import Article

Item = Article | SourceError
Reader = Callable[[str, dict[str, Any]], Iterator[Item]]

BINARY_SNIFF = 8192


def decode(raw: bytes, where: str) -> str:
    """Bytes to text, strictly UTF-8 (a BOM is dropped); a clear error otherwise."""
    if b"\x00" in raw[:BINARY_SNIFF]:
        raise SourceError(f"{where}: looks like a binary file (NUL bytes); expected UTF-8 text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{where}: not UTF-8 text (invalid byte 0x{raw[exc.start]:02x} at byte {exc.start}); "
            "expected UTF-8; convert it, e.g. iconv -f latin1 -t utf-8"
        ) from None
    return text.lstrip("\ufeff")


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{path}: is a directory; expected a file") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot be read ({exc.strerror})") from None


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


READERS: dict[str, Reader] = {
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".txt": read_text,
}
FORMATS: dict[str, Reader] = {"text": read_text, "jsonl": read_jsonl}


def reader_for(path: str, fmt: str | None = None) -> Reader:
    """The reader for ``path``: by ``fmt`` if given, else by extension, else plain text."""
    if fmt:
        if fmt not in FORMATS:
            raise SourceError(f"unknown input format {fmt!r}; expected one of {sorted(FORMATS)}")
        return FORMATS[fmt]
    if path == "-":
        return read_text
    return READERS.get(Path(path).suffix.lower(), read_text)


def read(
    paths: Iterable[str], fmt: str | None = None, date: str | None = None, **opts: Any
) -> Iterator[Item]:
    """Articles (or SourceErrors) from each path in turn; ``-`` is standard input."""
    options = {"date": date, **opts}
    for path in paths:
        yield from reader_for(path, fmt)(path, options)
