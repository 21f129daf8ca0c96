"""Spreadsheet exports in, Articles out: CSV, TSV and Parquet with a column mapping.

A media monitor's export names its columns its own way; ``map`` says which column
holds each article field, as ``"text=body,date=published"`` or a dict. Fields not
mapped are read from a column of the same name when there is one (any case):
``id``, ``text``, ``date``, ``title``, ``source``, ``url``, ``language``, ``author``.
Only ``text`` is required.

Dates may be ISO, RFC 822, or written out (``Mar 7, 2023``, ``03/07/2023``: month
first unless ``dayfirst`` is set). Rows are read one at a time (Parquet in record
batches), so a large export streams. A mapped column the file lacks stops that file
with a ``SourceError`` listing its columns; a bad row is reported and skipped.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..coder import article_id_for
from ..errors import SourceError
from ..records import Article
from . import dateline as _dateline
from . import sniff_encoding

FIELDS = ("id", "text", "date", "title", "source", "url", "language", "author")


def parse_mapping(spec: str | Mapping[str, str] | None) -> dict[str, str]:
    """``"text=body,date=published"`` (or a dict) as {field: column}; checks the field names."""
    if not spec:
        return {}
    if isinstance(spec, Mapping):
        pairs = list(spec.items())
    else:
        pairs = []
        for part in str(spec).split(","):
            if not part.strip():
                continue
            field, sep, column = part.partition("=")
            if not sep or not field.strip() or not column.strip():
                raise SourceError(
                    f"column mapping {part.strip()!r} is not FIELD=COLUMN; "
                    "expected e.g. text=body,date=published"
                )
            pairs.append((field.strip(), column.strip()))
    out: dict[str, str] = {}
    for field, column in pairs:
        if field not in FIELDS:
            raise SourceError(
                f"column mapping names {field!r}, not an article field; expected one of {FIELDS}"
            )
        out[field] = column
    return out


def _resolve(where: str, columns: list[str], mapping: dict[str, str]) -> dict[str, str]:
    """{field: column} for this file; a SourceError when a mapped or required column is absent."""
    by_lower = {c.lower(): c for c in columns}
    shown = ", ".join(repr(c) for c in columns) or "none"
    resolved: dict[str, str] = {}
    for field, column in mapping.items():
        if column not in columns:
            raise SourceError(
                f"{where}: no column {column!r} (mapped to {field}); the columns are: {shown}"
            )
        resolved[field] = column
    for field in FIELDS:
        if field not in resolved and field in by_lower:
            resolved[field] = by_lower[field]
    if "text" not in resolved:
        raise SourceError(
            f"{where}: no 'text' column; name the column that holds the article text with "
            f"a mapping such as text=body; the columns are: {shown}"
        )
    return resolved


def _row_article(row: Mapping[str, Any], cols: dict[str, str], loc: str, opts: dict) -> Article:
    def get(field: str) -> Any:
        value = row.get(cols[field]) if field in cols else None
        return value.strip() if isinstance(value, str) else value

    text = get("text")
    if text is None or (isinstance(text, str) and not text):
        raise SourceError(f"{loc}: the text column {cols['text']!r} is empty")
    text = str(text)
    raw_date = get("date")
    art = Article(
        id=str(get("id")) if get("id") not in (None, "") else article_id_for(text),
        text=text,
        title=get("title") or None,
        source=get("source") or None,
        url=get("url") or None,
        language=get("language") or "en",
        author=get("author") or None,
    )
    dl = _dateline.parse(text)
    art.dateline = dl.place if dl else None
    if raw_date not in (None, ""):
        date = _dateline.parse_date(raw_date, dayfirst=bool(opts.get("dayfirst")))
        if date is None:
            raise SourceError(
                f"{loc}: {raw_date!r} in column {cols['date']!r} is not a date; expected e.g. "
                "2023-03-07, Mar 7, 2023 or 03/07/2023"
            )
        art.date, art.date_origin = date, "metadata"
    elif dl is not None and (d := dl.resolve(None)):
        art.date, art.date_origin = d, "dateline"
    elif opts.get("date"):
        art.date, art.date_origin = _dateline.parse_date(opts["date"]), "given"
    else:
        art.date_origin = "none"
    return art


def _rows_to_articles(
    where: str, columns: list[str], rows: Iterable[tuple[int, Mapping[str, Any]]], opts: dict
) -> Iterator[Article | SourceError]:
    try:
        cols = _resolve(where, columns, parse_mapping(opts.get("map")))
    except SourceError as exc:
        yield exc
        return
    for n, row in rows:
        try:
            yield _row_article(row, cols, f"{where}:{n}", opts)
        except SourceError as exc:
            yield exc


def read_csv(path: str, opts: dict[str, Any]) -> Iterator[Article | SourceError]:
    """Articles from a CSV file (a TSV when the name ends in .tsv/.tab or ``delimiter`` says)."""
    delimiter = opts.get("delimiter") or ("\t" if path.lower().endswith((".tsv", ".tab")) else ",")
    yield from _read_delimited(path, delimiter, opts)


def read_tsv(path: str, opts: dict[str, Any]) -> Iterator[Article | SourceError]:
    """Articles from a tab-separated file."""
    yield from _read_delimited(path, "\t", opts)


def _read_delimited(path: str, delimiter: str, opts: dict) -> Iterator[Article | SourceError]:
    # News texts are long; the csv module's default field limit (128 KiB) is not enough.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        with open(path, "rb") as probe:
            encoding, _bom = sniff_encoding(probe.read(4))
        # these codecs read the byte-order mark themselves (and drop it)
        encoding = {"utf-8": "utf-8-sig"}.get(encoding, encoding.rsplit("-", 1)[0])
        handle = open(path, encoding=encoding, newline="")  # noqa: SIM115 - closed below
    except OSError as exc:
        yield SourceError.unreadable(path, exc)
        return
    with handle:
        try:
            reader = csv.DictReader(handle, delimiter=delimiter)
            columns = list(reader.fieldnames or [])
            if not columns:
                yield SourceError(f"{path}: the file is empty; expected a header row of columns")
                return

            def rows() -> Iterator[tuple[int, Mapping[str, Any]]]:
                for row in reader:
                    # line_num is the physical line where the row ended (texts span lines)
                    yield reader.line_num, row

            yield from _rows_to_articles(path, columns, rows(), opts)
        except UnicodeDecodeError as exc:
            yield SourceError(
                f"{path}: not {encoding.upper()} text (encoding tried: {encoding.upper()}; "
                f"invalid byte 0x{exc.object[exc.start]:02x}); expected UTF-8, or UTF-16 with a "
                "byte-order mark; convert it, e.g. iconv -f latin1 -t utf-8; stopped"
            )
        except csv.Error as exc:
            yield SourceError(f"{path}:{reader.line_num}: malformed CSV ({exc}); stopped")


def read_parquet(path: str, opts: dict[str, Any]) -> Iterator[Article | SourceError]:
    """Articles from a Parquet file, read in record batches."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not Path(path).exists():
        yield SourceError(f"{path}: no such file")
        return
    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        yield SourceError(f"{path}: not a readable Parquet file ({exc})")
        return
    columns = list(pf.schema_arrow.names)

    def rows() -> Iterator[tuple[int, Mapping[str, Any]]]:
        n = 0
        for batch in pf.iter_batches(batch_size=512):
            for row in batch.to_pylist():
                n += 1
                yield n, row

    try:
        yield from _rows_to_articles(path, columns, rows(), opts)
    except (pa.ArrowException, OSError) as exc:
        yield SourceError(f"{path}: the Parquet file is corrupt ({exc}); stopped")
