"""Train the criticism detector (``resources/events/criticism.json``) of
``annotators.event_criticism`` on labelled news.

    python -m eventwire.training.event_criticism \
        --train ../shared/train/news-events/news-sentences-train.jsonl \
        [--labels training-data/news-events/FILE.jsonl ...] [--rows CACHE] \
        --out src/eventwire/resources/events/criticism.json

Of the label files only the ``tune`` half is read (``training.events.training_articles``),
so that the check half stays held out. Codes every training article whole with the
coder's default settings (the detector off) and keeps one row per parsed sentence that
overlaps a labelled one: its features (``event_criticism.criticism_features``, read
through ``language_features`` again when fitting, so that a cache of raw rows serves), whether a
gold event of the sentence is an ACCUSE (its main type or one of its alternatives), and whether the
rules' final events hold an ACCUSE in it. A logistic regression ("the sentence holds an
ACCUSE") is fitted on the rows where the rules code no ACCUSE, out of fold (five folds by
article, as ``training.events.out_of_fold``) and on all of them. The threshold is the
lowest probability on a 0.05 grid at which the events the detector would add out of fold
are right at least ``--precision`` of the time (0.6) and at least ten are added; the
table is written beside the weights. Deterministic: fixed folds, full-batch descent from
zero weights.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from ..evaluation.news import gold_types
from . import read_cache, write_cache
from .events import _labelled_sentence, fit_all, out_of_fold, training_articles

KIND = "ACCUSE"
FOLDS = 5
# article id, features, the sentence holds a gold ACCUSE, the rules coded an ACCUSE in it
CriticismRow = tuple[str, list[str], int, int]


def collect(articles: list[dict[str, Any]], limit: int | None = None) -> list[CriticismRow]:
    """The rows of every parsed sentence that overlaps a labelled one."""
    from ..annotators.event_criticism import criticism_features
    from ..coder import Coder, make_article

    coder = Coder({"event_criticism": False})
    rows: list[CriticismRow] = []
    t0 = time.perf_counter()
    articles = articles[:limit]
    for n, art in enumerate(articles, 1):
        aid = str(art.get("id") or n)
        arti = make_article(art["text"], date=art.get("date"), id=aid, title=art.get("title"))
        ctx = coder.context(arti, coder.nlp(arti.text))
        coder.finish(ctx.analysis)
        accused = [ev.trigger.start for ev in ctx.analysis.events if ev.event == KIND]
        for sent in ctx.doc.sents:
            gold = _labelled_sentence(sent, art["sentences"])
            if gold is None:
                continue
            label = int(any(KIND in gold_types(g) for g in gold["events"] if isinstance(g, dict)))
            coded = int(any(sent.start_char <= s < sent.end_char for s in accused))
            rows.append((aid, criticism_features(sent, ctx), label, coded))
        if n % 20 == 0:
            print(
                f"  {n}/{len(articles)} articles, {time.perf_counter() - t0:.0f} s", file=sys.stderr
            )
    return rows


def threshold_table(p: np.ndarray, y: np.ndarray) -> list[dict[str, float]]:
    """For each threshold, the events added out of fold and how many are right."""
    table = []
    for th in np.arange(0.3, 0.96, 0.05):
        add = p >= th
        right = int((add & (y == 1)).sum())
        table.append(
            {
                "threshold": round(float(th), 2),
                "added": int(add.sum()),
                "added_right": right,
                "precision": round(right / max(1, int(add.sum())), 4),
                "recall_of_missed": round(right / max(1, int(y.sum())), 4),
            }
        )
    return table


def choose(table: list[dict[str, float]], precision: float, least: int = 10) -> float:
    """The lowest threshold whose added events are right at least ``precision`` of the
    time, with at least ``least`` of them (1.0: none qualifies)."""
    ok = [r["threshold"] for r in table if r["added"] >= least and r["precision"] >= precision]
    return min(ok) if ok else 1.0


def train(
    rows: list[CriticismRow],
    l2: float = 8.0,
    min_count: int = 5,
    precision: float = 0.6,
    prune: float = 1e-3,
    trained_on: str = "news-events train",
) -> dict[str, Any]:
    """The weights, threshold and out-of-fold table."""
    from ..annotators.event_criticism import language_features

    # rows cached with the raw features read as the annotator reads them
    open_rows = [(r[0], language_features(r[1]), r[2]) for r in rows if not r[3]]
    oof = out_of_fold(open_rows, l2, min_count, FOLDS)
    y = np.array([r[2] for r in open_rows])
    table = threshold_table(oof, y)
    weights = fit_all(open_rows, l2, min_count)
    return {
        "model": "logistic regression over "
        "eventwire.annotators.event_criticism.criticism_features (language_features): "
        "P(the sentence holds an "
        "ACCUSE | the rules code none in it)",
        "trained_on": trained_on,
        "sentences": len(open_rows),
        "positives": int(y.sum()),
        "l2": l2,
        "min_count": min_count,
        "precision_wanted": precision,
        "threshold": choose(table, precision),
        "needs_recipient": False,
        "out_of_fold": table,
        "weights": {f: w for f, w in weights.items() if f == "bias" or abs(w) >= prune},
    }


def main(argv: list[str] | None = None) -> int:
    """Command line: collect, train, write the model."""
    ap = argparse.ArgumentParser(prog="python -m eventwire.training.event_criticism")
    ap.add_argument("--train", type=Path, required=True, help="news-sentences JSONL to train on")
    ap.add_argument(
        "--labels", type=Path, action="extend", nargs="+", default=[], help="own label files"
    )
    ap.add_argument("--shared", type=Path, help="the shared data folder the label files point into")
    ap.add_argument("--out", type=Path, required=True, help="where to write the model JSON")
    ap.add_argument("--l2", type=float, default=8.0)
    ap.add_argument("--min-count", type=int, default=5, help="sentences a feature needs")
    ap.add_argument("--precision", type=float, default=0.6, help="of the events added")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--rows", type=Path, help="cache of the collected rows (read if present)")
    args = ap.parse_args(argv)
    inputs = [args.train, *args.labels]
    key = "labels-half=tune" if args.labels else ""
    cached = read_cache(args.rows, inputs, key)
    if cached is not None:
        rows = [tuple(r) for r in cached]
    else:
        articles = training_articles(args.train, args.labels, args.shared, "tune")
        rows = collect(articles, args.limit)
        write_cache(args.rows, inputs, rows, key)
    model = train(
        rows,  # type: ignore[arg-type]
        l2=args.l2,
        min_count=args.min_count,
        precision=args.precision,
        trained_on="; ".join(
            ["news-events train (real news sentences labelled with PLOVER events)"]
            + [f"own labels {p.name} (tune half)" for p in args.labels]
        ),
    )
    args.out.write_text(json.dumps(model, indent=0) + "\n", encoding="utf-8")
    print(
        f"{model['sentences']} sentences, {model['positives']} with an ACCUSE, threshold "
        f"{model['threshold']} -> {args.out} ({args.out.stat().st_size // 1024} KB)",
        file=sys.stderr,
    )
    for row in model["out_of_fold"]:
        print(f"  {row}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
