"""Training commands for eventwire's learned components (``python -m eventwire.training.X``)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EventwireError

if TYPE_CHECKING:
    from ..records import Event


#: the folder of the shared data that holds the dev and test gold: never trained on
EVAL_DIR = "eval"


def under_eval(path: Path, shared: Path | None = None) -> bool:
    """Whether a file lies in the shared dev and test gold (``shared/eval``), by its path
    or by a folder named ``eval`` above it: a file no trainer may read."""
    resolved = Path(path).resolve()
    if shared is not None and resolved.is_relative_to((Path(shared) / EVAL_DIR).resolve()):
        return True
    return EVAL_DIR in resolved.parts


def weight_options(ap: argparse.ArgumentParser, options: dict[str, tuple[float, str]]) -> None:
    """Add a training command's numeric knobs (a cost, a loss, a weight, a margin): each
    ``--flag`` to its default and what it sets, the default shown in the help."""
    for flag, (default, what) in options.items():
        ap.add_argument(flag, type=float, default=default, help=f"{what} (default {default})")


def _inputs(paths: Sequence[Path | None], key: str = "") -> list[str]:
    """The names a rows cache is keyed by: the training files' names, then ``key`` (a
    setting that changes what is read from them, e.g. the half of the label files)."""
    return [Path(p).name for p in paths if p is not None] + ([key] if key else [])


def read_cache(cache: Path | None, inputs: Sequence[Path | None], key: str = "") -> Any | None:
    """The rows a ``--rows`` cache holds for these training files (None: no cache, or none
    yet). A cache collected from other files is an ``EventwireError`` naming both lists: a
    model fitted on it would name files it never saw."""
    if cache is None or not cache.is_file():
        return None
    data = json.loads(cache.read_text(encoding="utf-8"))
    want = _inputs(inputs, key)
    if not isinstance(data, dict) or data.get("inputs") != want:
        have = data.get("inputs") if isinstance(data, dict) else None
        raise EventwireError(
            f"{cache}: a rows cache of {have!r}, not of {want!r}; expected the cache of the "
            "same training files (delete it to collect again)"
        )
    return data["rows"]


def write_cache(
    cache: Path | None, inputs: Sequence[Path | None], rows: Any, key: str = ""
) -> None:
    """Write ``rows`` to the ``--rows`` cache with the names of the files they come from
    (and ``key``, as ``read_cache``)."""
    if cache is not None:
        data = {"inputs": _inputs(inputs, key), "rows": rows}
        cache.write_text(json.dumps(data), encoding="utf-8")


def matching_gold(article: dict[str, Any], ev: Event) -> list[dict[str, Any]]:
    """The gold events of the labelled sentence that holds ``ev``'s trigger whose type (or
    alternative) is ``ev``'s type: what a coded event is judged by (``eval news``); empty
    where no labelled sentence holds it or none matches."""
    from ..evaluation.news import gold_types

    home = next(
        (s for s in article["sentences"] if s["start"] <= ev.trigger.start < s["end"]), None
    )
    if home is None:
        return []
    return [g for g in home["events"] if isinstance(g, dict) and ev.event in gold_types(g)]
