"""Extraction quality of the HTML reader: body words kept, boilerplate let in.

Gold: a folder of pages ``NAME.html`` each with ``NAME.body.txt``, the article text a
reader should get (one paragraph a line). For each page the reader's text is compared
with the body as bags of words (case-folded):

- ``recall``: the share of the body's words found in the extracted text;
- ``boilerplate``: the share of the extracted words that are not the body's (navigation,
  comments, related links, footers that got in).

``eventwire eval sources --gold tests/fixtures/sources/html`` (the project's own
fixtures: six layouts). The issue's target is recall >= 0.95 and boilerplate <= 0.05 on
every page.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import EvaluationError, SourceError

RECALL_TARGET = 0.95
BOILERPLATE_TARGET = 0.05


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.casefold()))


def score(extracted: str, body: str) -> tuple[float, float]:
    """(recall of the body's words, share of extracted words that are boilerplate)."""
    got, want = _words(extracted), _words(body)
    found = sum((got & want).values())
    extra = sum((got - want).values())
    return found / max(1, sum(want.values())), extra / max(1, sum(got.values()))


def evaluate(gold: Path, coder: Any = None, limit: int | None = None) -> dict[str, Any]:
    """Score the HTML reader on every ``NAME.html`` with a ``NAME.body.txt`` in ``gold``."""
    from ..ingest.html import extract

    bodies = sorted(Path(gold).glob("*.body.txt"))
    if not bodies:
        raise EvaluationError(f"{gold}: no NAME.body.txt files; expected pages with their bodies")
    pages: list[dict[str, Any]] = []
    for body_file in bodies[:limit] if limit else bodies:
        name = body_file.name.removesuffix(".body.txt")
        html_file = body_file.with_name(f"{name}.html")
        if not html_file.exists():
            raise EvaluationError(f"{body_file}: no page {html_file.name} beside it")
        body = body_file.read_text(encoding="utf-8")
        try:
            text = extract(html_file.read_bytes(), str(html_file)).text
            error = None
        except SourceError as exc:
            text, error = "", str(exc)
        recall, boiler = score(text, body)
        pages.append(
            {
                "page": name,
                "recall": round(recall, 4),
                "boilerplate": round(boiler, 4),
                "ok": recall >= RECALL_TARGET and boiler <= BOILERPLATE_TARGET,
                "error": error,
            }
        )
    n = len(pages)
    return {
        "task": "sources",
        "gold": str(gold),
        "pages": n,
        "recall": round(sum(p["recall"] for p in pages) / n, 4),
        "boilerplate": round(sum(p["boilerplate"] for p in pages) / n, 4),
        "min_recall": min(p["recall"] for p in pages),
        "max_boilerplate": max(p["boilerplate"] for p in pages),
        "pages_on_target": sum(p["ok"] for p in pages),
        "detail": pages,
    }


def render(report: dict[str, Any]) -> str:
    """A readable table of the report."""
    lines = [
        f"HTML extraction on {report['pages']} page(s) in {report['gold']}",
        f"{'page':<24} {'recall':>7} {'boilerplate':>12}",
    ]
    for p in report["detail"]:
        flag = "" if p["ok"] else "  (off target)"
        lines.append(f"{p['page']:<24} {p['recall']:>7.3f} {p['boilerplate']:>12.3f}{flag}")
    lines.append(
        f"{'mean':<24} {report['recall']:>7.3f} {report['boilerplate']:>12.3f}   "
        f"({report['pages_on_target']}/{report['pages']} pages with recall >= "
        f"{RECALL_TARGET} and boilerplate <= {BOILERPLATE_TARGET})"
    )
    return "\n".join(lines)
