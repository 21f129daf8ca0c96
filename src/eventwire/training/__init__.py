"""Training commands for eventwire's learned components (``python -m eventwire.training.X``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import EventwireError


def _inputs(paths: Sequence[Path | None]) -> list[str]:
    return [Path(p).name for p in paths if p is not None]


def read_cache(cache: Path | None, inputs: Sequence[Path | None]) -> Any | None:
    """The rows a ``--rows`` cache holds for these training files (None: no cache, or none
    yet). A cache collected from other files is an ``EventwireError`` naming both lists: a
    model fitted on it would name files it never saw."""
    if cache is None or not cache.is_file():
        return None
    data = json.loads(cache.read_text(encoding="utf-8"))
    want = _inputs(inputs)
    if not isinstance(data, dict) or data.get("inputs") != want:
        have = data.get("inputs") if isinstance(data, dict) else None
        raise EventwireError(
            f"{cache}: a rows cache of {have!r}, not of {want!r}; expected the cache of the "
            "same training files (delete it to collect again)"
        )
    return data["rows"]


def write_cache(cache: Path | None, inputs: Sequence[Path | None], rows: Any) -> None:
    """Write ``rows`` to the ``--rows`` cache with the names of the files they come from."""
    if cache is not None:
        cache.write_text(json.dumps({"inputs": _inputs(inputs), "rows": rows}), encoding="utf-8")
