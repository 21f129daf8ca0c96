"""Train the sentence type classifier (``resources/events/sentence_types.json``) of the
learned proposer (``annotators.event_learned``) on labelled news.

    python -m eventwire.training.event_types \
        --train ../shared/train/news-events/news-sentences-train.jsonl \
        [--labels training-data/news-events/FILE.jsonl ... [--labels-half tune]] \
        --out src/eventwire/resources/events/sentence_types.json

Of the label files only the ``tune`` half is read unless ``--labels-half check|all`` says
otherwise (``training.events.training_articles``), so that the check half stays held out.
The packaged ``sentence_types.json`` predates this option: its ``trained_on`` names the
nine label files with no half, read whole (the proposer it serves is off by default).

Codes every training article whole with the coder's default settings (the learned
proposer off) and keeps one row per parsed sentence that overlaps a labelled one: its
features (``event_learned.type_features``), the types of its gold events (with their
``alt`` types, or the main type only: ``--strict``), whether the rules' final events
include one in it, and the sentence decision's probability. One logistic regression per
PLOVER type ("an event of this type", fitted on the sentences that hold a gold event, so
it is P(type | an event)) is fitted out of fold (five folds by article, as
``training.events.out_of_fold``) and on every row. A sentence's score for a type is the
decision's probability times the type's. The threshold is chosen on the rows where the
proposer would act (no rules' event, the decision at or above its threshold): for each
score on a 0.05 grid, the proposer's event (the best type) is added to the rules' own
counts of the whole training set, and the lowest score is kept at which type recall
rises while type precision falls by at most half the recall gain and the no-event
sentences' clean rate by at most 0.01 (the table is written beside the weights). The
confidence is a logistic regression of "the added event is right" on the type's and the
decision's log-odds, out of fold. Deterministic: fixed folds, full-batch descent from
zero weights. The training news' sentence decision is scored on the text it was fitted
on, so its rows are kinder to the proposer than unread news; our own label files
(``training-data/news-events``) are not.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from ..annotators.event_learned import confidence_inputs
from ..evaluation.news import article_counts, gold_types
from ..records import PLOVER_TYPES
from . import read_cache, write_cache
from .events import (
    _labelled_sentence,
    fit_all,
    fit_confidence,
    labels_half_option,
    out_of_fold,
    training_articles,
)

# article id, features, gold events' type sets, rules' final event in it, decision probability
TypeRow = tuple[str, list[str], list[list[str]], int, float]
FOLDS = 5
#: the counts of the rules' own output that the threshold's simulation adds to
BASE_KEYS = ("coded_events", "type_right", "gold_events", "gold_found", "empty_sent", "clean")


def collect(articles: list[dict[str, Any]], limit: int | None = None) -> dict[str, Any]:
    """The rows of every parsed sentence that overlaps a labelled one, and the rules' own
    counts (``evaluation.news``) over the labelled sentences."""
    from ..annotators.event_learned import type_features
    from ..coder import Coder, make_article

    coder = Coder({"event_learned": False, "event_criticism": False})
    rows: list[TypeRow] = []
    base: Counter[str] = Counter()
    t0 = time.perf_counter()
    articles = articles[:limit]
    for n, art in enumerate(articles, 1):
        aid = str(art.get("id") or n)
        arti = make_article(art["text"], date=art.get("date"), id=aid, title=art.get("title"))
        ctx = coder.context(arti, coder.nlp(arti.text))
        coder.finish(ctx.analysis)
        base.update(article_counts(art, ctx.analysis.events))
        starts = sorted(ev.trigger.start for ev in ctx.analysis.events)
        for sent in ctx.doc.sents:
            gold = _labelled_sentence(sent, art["sentences"])
            if gold is None:
                continue
            types = [_type_list(g) for g in gold["events"] if isinstance(g, dict)]
            coded = int(any(sent.start_char <= s < sent.end_char for s in starts))
            presence = float(ctx.event_presence.get(sent.start_char, 1.0))
            rows.append((aid, type_features(sent), types, coded, presence))
        if n % 20 == 0:
            print(
                f"  {n}/{len(articles)} articles, {time.perf_counter() - t0:.0f} s", file=sys.stderr
            )
    return {"rows": rows, "base": {k: base[k] for k in BASE_KEYS}}


def _type_list(gold_event: dict[str, Any]) -> list[str]:
    """A gold event's type first, then its alternatives."""
    main = str(gold_event.get("type", "")).upper()
    return [main] + sorted(gold_types(gold_event) - {main})


def labels(rows: list[TypeRow], kind: str, strict: bool) -> np.ndarray:
    """1 where the row's sentence holds a gold event of type ``kind`` (its main type only
    when ``strict``, else its type or an alternative)."""
    return np.array(
        [int(any((g[0] == kind) if strict else (kind in g) for g in r[2])) for r in rows], float
    )


def _main_types(row: TypeRow) -> set[str]:
    return set().union(*map(set, row[2])) if row[2] else set()


def _best(
    rows: list[TypeRow], probs: dict[str, np.ndarray]
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The types, each row's best type (its index) and that type's score: the decision's
    probability times the type's probability given an event."""
    kinds = sorted(probs)
    mat = np.vstack([probs[k] for k in kinds]).T * np.array([r[4] for r in rows])[:, None]
    return kinds, mat.argmax(axis=1), mat.max(axis=1)


def simulate(
    rows: list[TypeRow],
    probs: dict[str, np.ndarray],
    base: dict[str, int],
    presence_min: float,
) -> list[dict[str, float]]:
    """For each threshold, the whole training set's type precision, recall and clean rate
    when the proposer adds its event (the best type, probability at or above the
    threshold) in the rows without a rules' event where the decision says an act."""
    kinds, best, p_best = _best(rows, probs)
    active = np.array([r[3] == 0 and r[4] >= presence_min for r in rows])
    right = np.array([kinds[b] in _main_types(r) for r, b in zip(rows, best, strict=True)])
    found = np.array(
        [sum(kinds[b] in g for g in r[2]) for r, b in zip(rows, best, strict=True)], float
    )
    empty = np.array([not r[2] for r in rows])
    p0 = base["type_right"] / max(1, base["coded_events"])
    r0 = base["gold_found"] / max(1, base["gold_events"])
    c0 = base["clean"] / max(1, base["empty_sent"])
    table = []
    for th in np.arange(0.1, 0.96, 0.05):
        add = active & (p_best >= th)
        coded = base["coded_events"] + add.sum()
        prec = (base["type_right"] + (add & right).sum()) / max(1, coded)
        rec = (base["gold_found"] + found[add].sum()) / max(1, base["gold_events"])
        clean = (base["clean"] - (add & empty).sum()) / max(1, base["empty_sent"])
        table.append(
            {
                "threshold": round(float(th), 2),
                "added": int(add.sum()),
                "added_right": int((add & right).sum()),
                "precision": round(float(prec), 4),
                "recall": round(float(rec), 4),
                "clean": round(float(clean), 4),
                "d_precision": round(float(prec - p0), 4),
                "d_recall": round(float(rec - r0), 4),
                "d_clean": round(float(clean - c0), 4),
            }
        )
    return table


def choose(table: list[dict[str, float]], least: int = 10) -> float:
    """The lowest threshold at which at least ``least`` events are added, type recall
    rises, type precision falls by at most half the recall gain and the no-event
    sentences' clean rate by at most 0.01, out of fold (1.0: none qualifies)."""
    ok = [
        r["threshold"]
        for r in table
        if r["added"] >= least
        and r["d_recall"] > 0
        and r["d_precision"] >= -r["d_recall"] / 2
        and r["d_clean"] >= -0.01
    ]
    return min(ok) if ok else 1.0


def _pruned(weights: dict[str, float], floor: float) -> dict[str, float]:
    return {f: round(w, 4) for f, w in weights.items() if f == "bias" or abs(w) >= floor}


def train(
    data: dict[str, Any],
    presence_min: float,
    l2: float = 2.0,
    min_count: int = 12,
    min_positives: int = 8,
    strict: bool = False,
    prune: float = 1e-3,
    trained_on: str = "news-events train",
) -> dict[str, Any]:
    """Weights per type, threshold, calibration and out-of-fold report."""
    rows: list[TypeRow] = data["rows"]
    base: dict[str, int] = data["base"]
    with_event = np.array([bool(r[2]) for r in rows])
    probs: dict[str, np.ndarray] = {}
    types: dict[str, Any] = {}
    per_type = []
    for kind in PLOVER_TYPES:
        y = labels(rows, kind, strict)
        if y.sum() < min_positives:
            continue
        typed = [(r[0], r[1], int(v)) for r, v in zip(rows, y, strict=True)]
        probs[kind] = out_of_fold(typed, l2, min_count, FOLDS, fit_on=with_event)
        fitted = [t for t, on in zip(typed, with_event, strict=True) if on]
        types[kind] = _pruned(fit_all(fitted, l2, min_count), prune)
        hit = (probs[kind] >= 0.5) & with_event
        per_type.append(
            {
                "type": kind,
                "positives": int(y.sum()),
                "precision_at_0.5": round(float(y[hit].mean()), 3) if hit.any() else None,
                "recall_at_0.5": round(float(hit[y == 1].mean()), 3),
            }
        )
    table = simulate(rows, probs, base, presence_min)
    threshold = choose(table)
    kinds, best, p_best = _best(rows, probs)
    cand = np.array([r[3] == 0 and r[4] >= presence_min for r in rows]) & (p_best >= 0.1)
    x = np.array([confidence_inputs(p, r[4]) for p, r in zip(p_best, rows, strict=True)])
    y = np.array([kinds[b] in _main_types(r) for r, b in zip(rows, best, strict=True)], float)
    w_conf = fit_confidence(x[cand], y[cand]) if cand.any() else np.zeros(3)
    return {
        "model": "one-vs-rest logistic regression over "
        "eventwire.annotators.event_learned.type_features, fitted on the sentences that hold "
        "an event: P(type | an event); a sentence's score for a type is the sentence "
        "decision's probability times it",
        "trained_on": trained_on,
        "sentences": len(rows),
        "labels": "main type only" if strict else "type or alternative",
        "l2": l2,
        "min_count": min_count,
        "presence_min": presence_min,
        "threshold": threshold,
        "confidence": {
            "inputs": ["bias", "type_logit", "presence_logit"],
            "weights": [round(float(v), 5) for v in w_conf],
        },
        "base": base,
        "out_of_fold": table,
        "per_type": per_type,
        "types": types,
    }


def main(argv: list[str] | None = None) -> int:
    """Command line: collect, train, write the model."""
    from ..annotators.event_filter import load_filter

    ap = argparse.ArgumentParser(prog="python -m eventwire.training.event_types")
    ap.add_argument("--train", type=Path, required=True, help="news-sentences JSONL to train on")
    ap.add_argument(
        "--labels", type=Path, action="extend", nargs="+", default=[], help="own label files"
    )
    labels_half_option(ap)
    ap.add_argument("--shared", type=Path, help="the shared data folder the label files point into")
    ap.add_argument("--out", type=Path, required=True, help="where to write the model JSON")
    ap.add_argument("--l2", type=float, default=2.0)
    ap.add_argument("--min-count", type=int, default=12, help="sentences a feature needs")
    ap.add_argument("--strict", action="store_true", help="label by the main type only")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--rows", type=Path, help="cache of the collected rows (read if present)")
    args = ap.parse_args(argv)
    inputs = [args.train, *args.labels]
    # the half read is part of the cache's key (as ``training.events``)
    key = f"labels-half={args.labels_half}" if args.labels else ""
    data = read_cache(args.rows, inputs, key)
    if data is not None:
        data["rows"] = [tuple(r) for r in data["rows"]]
    else:
        articles = training_articles(args.train, args.labels, args.shared, args.labels_half)
        data = collect(articles, args.limit)
        write_cache(args.rows, inputs, data, key)
    flt = load_filter()
    presence_min = flt.presence.threshold if flt is not None and flt.presence else 0.5
    model = train(
        data,
        presence_min,
        l2=args.l2,
        min_count=args.min_count,
        strict=args.strict,
        trained_on="; ".join(
            ["news-events train (real news sentences labelled with PLOVER events)"]
            + [f"own labels {p.name} ({args.labels_half} half)" for p in args.labels]
        ),
    )
    args.out.write_text(json.dumps(model, indent=0) + "\n", encoding="utf-8")
    print(
        f"{model['sentences']} sentences, {len(model['types'])} types, threshold "
        f"{model['threshold']} -> {args.out} ({args.out.stat().st_size // 1024} KB)",
        file=sys.stderr,
    )
    for row in model["out_of_fold"]:
        print(f"  {row}", file=sys.stderr)
    for row in model["per_type"]:
        print(f"  {row}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
