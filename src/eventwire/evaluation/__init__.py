"""Evaluation against gold data, one module per task.

Each task module exposes::

    evaluate(gold: pathlib.Path, coder: Coder, limit: int | None = None) -> dict
    render(report: dict) -> str        # a readable report for the terminal

``eventwire eval TASK --gold PATH [--json] [--limit N]`` calls them.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from ..errors import ConfigError

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


def task(name: str) -> ModuleType:
    """The evaluation module for ``name``."""
    if name not in TASKS:
        raise ConfigError(f"unknown evaluation task {name!r}; expected one of {sorted(TASKS)}")
    return importlib.import_module(TASKS[name])
