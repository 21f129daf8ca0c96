"""Downloads: events and quotes streamed as CSV, JSON Lines or GDELT files."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from fastapi.responses import StreamingResponse

from ..formats import csvsafe


def attachment(body: Iterator[str], media: str, name: str) -> StreamingResponse:
    """A streamed file download of ``body`` as ``media`` (UTF-8), saved as ``name``."""
    return StreamingResponse(
        body,
        media_type=f"{media}; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row made CSV-ready: lists joined with ';'."""
    return {k: ";".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}


def csv_chunks(
    rows: Iterator[dict[str, Any]], columns: list[str] | None, delim: str
) -> Iterator[str]:
    """Stream rows as CSV text in chunks, header first."""
    buf = io.StringIO()
    writer: csv.DictWriter[str] | None = None
    n = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(
                buf, fieldnames=columns or list(row), delimiter=delim, lineterminator="\n"
            )
            writer.writeheader()
        writer.writerow(csvsafe.row(row))  # no cell a spreadsheet would run as a formula
        n += 1
        if n % 500 == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    if writer is None and columns:
        csv.writer(buf, delimiter=delim, lineterminator="\n").writerow(columns)
    yield buf.getvalue()
