"""Score our own labelled checks: label files without article text, scored as news is.

Each FILE holds one article a line, in the layout of ``news-sentences-dev.jsonl`` but with
no ``text``: ``{"id", "source", "date", "publisher", "title", "sentences": [{"sid",
"start", "end", "events": [...]}]}``. ``source`` says where the text is (the articles stay
in ``../shared``; see ``SOURCES``). The text is added, every offset checked against it,
and the articles are written to a temporary dev-format file and scored by the news
evaluator (``eventwire.evaluation.news``): type precision / recall / clean, presence,
dates, places and place-where-none, each with its counts, over the whole set and its two
halves by the ``eventwire.evaluation.split`` hash of the article id.

    python benchmarks/own_checks/score.py benchmarks/own_checks/FILE.jsonl [FILE...]
    python benchmarks/own_checks/score.py FILE --errors tune   # the tune half's errors

``--errors`` takes ``tune`` only: the check half is scored, never read.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError
from eventwire.evaluation.label_files import SOURCES, SPAN_FIELDS, Texts, tbaq_text, with_text

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
__all__ = ["SOURCES", "SPAN_FIELDS", "Texts", "tbaq_text", "with_text"]


#: (label, rate key in ``scores``, numerator and denominator keys in ``support``)
ROWS = (
    ("type precision", "type_precision", "type_right", "coded_events"),
    ("type recall", "type_recall", "gold_found", "gold_events"),
    ("no-event sentences clean", "clean", "clean", "empty_sent"),
    ("event present: precision", "presence_precision", "both_sent", "coded_sent"),
    ("event present: recall", "presence_recall", "both_sent", "gold_sent"),
    ("date right (typed right)", "date_right", "date_ok", "date_n"),
    ("place right (typed right)", "place_right", "place_ok", "place_n"),
    ("place where gold has none", "place_where_none", "place_where_none", "noplace_n"),
)


def score(articles: list[dict[str, Any]], coder: Any) -> dict[str, Any]:
    """The news evaluator's report on the articles (written to a temporary dev-format file)."""
    from eventwire.evaluation import news

    with tempfile.TemporaryDirectory(prefix="own-checks-") as tmp:
        gold = Path(tmp) / "own-checks.jsonl"
        gold.write_text(
            "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8"
        )
        return news.evaluate(gold, coder)


def _cell(scores: dict[str, float], support: dict[str, int], row: tuple[str, ...]) -> str:
    _, rate, num, den = row
    value = f"{scores[rate]:.3f}" if support[den] else "–"  # nothing to score
    return f"{value} ({support[num]}/{support[den]})"


def render(report: dict[str, Any]) -> str:
    """Whole set and halves, each rate beside its counts."""
    cols = [("whole", report)] + [(h, report["halves"][h]) for h in ("tune", "check")]
    titles = [
        f"{name} ({p['articles']} art., {p['support']['sentences']} sent.)" for name, p in cols
    ]
    head = "".join(f"{t:>30}" for t in titles)
    lines = [f"  {'measure':<27}{head}"]
    for row in ROWS:
        cells = "".join(f"{_cell(p['scores'], p['support'], row):>30}" for _, p in cols)
        lines.append(f"  {row[0]:<27}{cells}")
    return "\n".join(lines)


def render_errors(report: dict[str, Any]) -> str:
    """The tune half's errors (the only ones the report keeps)."""
    out = []
    for e in report["tune_errors"]:
        out.append(f"- [{e['article']}] {e['kind']}: coded {e['coded']}; gold {e['gold']}")
        out.append(f"    {e['sentence']}")
    return "\n".join(out) or "(no errors in the tune half)"


def main(argv: Sequence[str] | None = None, coder: Any = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("files", nargs="+", type=Path, help="label files (JSON Lines, no text)")
    ap.add_argument("--errors", metavar="HALF", help="'tune': print the tune half's errors")
    ap.add_argument("--shared", type=Path, default=SHARED, help=f"shared data (default {SHARED})")
    args = ap.parse_args(argv)
    if args.errors is not None and args.errors != "tune":
        print(
            f"score.py: --errors {args.errors} refused: only the tune half's errors are read; "
            "the check half is scored, never read",
            file=sys.stderr,
        )
        return 2
    try:
        texts = Texts(args.shared)
        articles = [a for f in args.files for a in with_text(f, texts)]
        if coder is None:
            from eventwire import Coder

            coder = Coder()
        report = score(articles, coder)
    except EventwireError as exc:
        print(f"score.py: {exc}", file=sys.stderr)
        return 2
    names = ", ".join(str(f) for f in args.files)
    print(f"own checks: {names}: {report['articles']} articles")
    print(render(report))
    if args.errors == "tune":
        print("\ntune half's errors:")
        print(render_errors(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
