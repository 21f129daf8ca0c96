"""Evaluation against gold data, one module per task.

Each task module exposes::

    evaluate(gold: pathlib.Path, coder: Coder, limit: int | None = None) -> dict
    render(report: dict) -> str        # a readable report for the terminal

``eventwire eval TASK --gold PATH [--json] [--limit N]`` calls them.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from ..errors import ConfigError, EvaluationError

TASKS: dict[str, str] = {
    "events": "eventwire.evaluation.events",
    "case": "eventwire.evaluation.case",
    "news": "eventwire.evaluation.news",
    "actors": "eventwire.evaluation.actors",
    "time": "eventwire.evaluation.time",
    "geo": "eventwire.evaluation.geo",
    "quotes": "eventwire.evaluation.quotes",
    "sources": "eventwire.evaluation.sources",
}


def ratio(num: int, den: int) -> float:
    """``num / den`` to four places; 0.0 when there is nothing to divide by."""
    return round(num / den, 4) if den else 0.0


def json_records(path: Path, what: str, expected: str) -> list[Any]:
    """The JSON list in the gold file ``path``; an ``EvaluationError`` naming the file,
    ``what`` it should hold and the ``expected`` form where it cannot be read or is no list."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationError(f"{path}: cannot read {what} ({exc}); expected {expected}") from exc
    if not isinstance(data, list):
        raise EvaluationError(f"{path}: expected a JSON list of records, got {type(data).__name__}")
    return data


def task(name: str) -> ModuleType:
    """The evaluation module for ``name``."""
    if name not in TASKS:
        raise ConfigError(f"unknown evaluation task {name!r}; expected one of {sorted(TASKS)}")
    return importlib.import_module(TASKS[name])
