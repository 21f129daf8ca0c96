"""Train the event filter (``resources/events/filter.json``) on labelled real news.

    python -m eventwire.training.events \
        --train ../shared/train/news-events/news-sentences-train.jsonl \
        --ngec ../shared/train/ngec/gpt_synthetic_events_2023-10-19_19.csv.zip \
        --out src/eventwire/resources/events/filter.json --threshold 0.25

The events annotator proposes events by rule. This command codes every training article
whole with the filter off, takes each proposed event whose trigger lies in a labelled
sentence, labels it by ``eval news``'s criterion (its sentence holds a gold event whose
type or alternative is the proposed type), and fits a logistic regression over
``event_filter.features``. The threshold is the one that maximises F1 of kept right
events on out-of-fold predictions (five folds by article), so the dropped events are the
ones the rules would most likely get wrong; the packaged model keeps a lower threshold
(0.25, ``--threshold``), chosen on the tuning halves so that no PLOVER dev floor drops
while ordinary news gains precision. Deterministic: fixed folds, full-batch
gradient descent from zero weights. Never train on a set you report on: the training
sentences (``../shared/train/news-events``) are distinct from every ``eval`` set.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from ..annotators.event_filter import features
from ..evaluation.news import gold_types, load_gold
from .quotes import Sparse, fit

Row = tuple[str, list[str], int, float]  # article id, features, label, rules' confidence


def collect(path: Path, limit: int | None = None) -> list[Row]:
    """(article, features, label) of every event the rules propose in a labelled sentence."""
    from ..coder import Coder, make_article

    coder = Coder({"event_filter": False})
    rows: list[Row] = []
    articles = load_gold(path)[:limit]
    t0 = time.perf_counter()
    for n, art in enumerate(articles, 1):
        aid = str(art.get("id") or n)
        arti = make_article(art["text"], date=art.get("date"), id=aid, title=art.get("title"))
        ctx = coder.context(arti, coder.nlp(arti.text))
        for ev in ctx.analysis.events:
            sent = next(
                (s for s in art["sentences"] if s["start"] <= ev.trigger.start < s["end"]), None
            )
            if sent is None:
                continue
            ok = any(ev.event in gold_types(g) for g in sent["events"] if isinstance(g, dict))
            rows.append((aid, features(ev, ctx.doc, ctx.analysis), int(ok), ev.confidence))
        if n % 20 == 0:
            print(
                f"  {n}/{len(articles)} articles, {time.perf_counter() - t0:.0f} s", file=sys.stderr
            )
    return rows


def collect_ngec(path: Path, every: int = 10) -> list[Row]:
    """Positive rows from NGEC's synthetic stories: in each story's lede (its first
    sentence), the proposed events of the story's labelled type. Every ``every``-th story
    is read. The stories are invented, so they teach the filter only that acts of each
    type which the rules propose in a lede are events, not what is a non-event."""
    import csv
    import io
    import zipfile

    from ..coder import Coder, make_article

    coder = Coder({"event_filter": False})
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".csv"))
        stories = list(csv.DictReader(io.TextIOWrapper(zf.open(name), encoding="utf-8")))
    rows: list[Row] = []
    for n, story in enumerate(stories[::every]):
        doc = coder.nlp(story["text"])
        lede = next(iter(doc.sents), None)
        if lede is None:
            continue
        text = lede.text
        arti = make_article(text, id=f"ngec-{n}")
        ctx = coder.context(arti, coder.nlp(text))
        label = str(story.get("label") or "").upper()
        for ev in ctx.analysis.events:
            if ev.event == label:
                rows.append((f"ngec-{n}", features(ev, ctx.doc, ctx.analysis), 1, ev.confidence))
    return rows


def _fold(aid: str, k: int) -> int:
    return hashlib.sha1(aid.encode("utf-8")).digest()[0] % k


def _matrix(rows: list[Row], vocab: dict[str, int]) -> tuple[Sparse, np.ndarray]:
    idx = [sorted({vocab[f] for f in r[1] if f in vocab}) for r in rows]
    return Sparse(idx, len(vocab)), np.array([r[2] for r in rows], dtype=float)


def _vocab(rows: list[Row], min_count: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in rows:
        for f in set(r[1]):
            if f != "bias":
                counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, c in counts.items() if c >= min_count)
    return {f: i for i, f in enumerate(names)}


def _platt(score: np.ndarray, y: np.ndarray, steps: int = 5000) -> tuple[float, float]:
    """A monotone logistic map ``sigmoid(a * score + b)``, fitted by gradient descent."""
    a, b = 1.0, 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(a * score + b)))
        err = p - y
        a -= 1.0 * float((err * score).mean())
        b -= 1.0 * float(err.mean())
    return a, b


def train(
    rows: list[Row],
    l2: float = 4.0,
    min_count: int = 2,
    folds: int = 5,
    filter_weight: float = 0.1,
) -> dict[str, Any]:
    """Weights, threshold and out-of-fold report for the filter."""
    oof = np.zeros(len(rows))
    for k in range(folds):
        tr = [r for r in rows if _fold(r[0], folds) != k]
        te_idx = [i for i, r in enumerate(rows) if _fold(r[0], folds) == k]
        vocab = _vocab(tr, min_count)
        x, y = _matrix(tr, vocab)
        b, w = fit(x, y, l2=l2)
        xt, _ = _matrix([rows[i] for i in te_idx], vocab)
        oof[te_idx] = 1.0 / (1.0 + np.exp(-(xt.dot(w) + b)))
    y_all = np.array([r[2] for r in rows], dtype=float)
    # thresholds and calibration are judged on the real news rows only
    news = np.array([not r[0].startswith("ngec-") for r in rows])
    yn, pn = y_all[news], oof[news]
    table = []
    best = (0.0, 0.5)
    for th in np.arange(0.05, 0.95, 0.05):
        kept = pn >= th
        tp = float((kept & (yn == 1)).sum())
        prec = tp / kept.sum() if kept.sum() else 0.0
        rec = tp / yn.sum() if yn.sum() else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        table.append(
            {
                "threshold": round(float(th), 2),
                "precision": round(prec, 4),
                "kept_right": round(rec, 4),
                "f1": round(f1, 4),
            }
        )
        if f1 > best[0] + 1e-9:
            best = (f1, float(th))
    # the confidence: the rules' confidence (which ranks the events of one sentence) with
    # a little of the filter's probability, mapped to a probability by a monotone logistic
    # fit on the news rows' out-of-fold scores: the ranking stays, the value is calibrated
    score = (1 - filter_weight) * np.array([r[3] for r in rows])[news] + filter_weight * pn
    a, c = _platt(score, yn)
    conf = 1.0 / (1.0 + np.exp(-(a * score + c)))
    calib = []
    for lo in np.arange(0.0, 1.0, 0.2):
        sel = (conf >= lo) & (conf < lo + 0.2)
        if sel.sum():
            calib.append(
                {
                    "bin": f"{lo:.1f}-{lo + 0.2:.1f}",
                    "n": int(sel.sum()),
                    "right": round(float(yn[sel].mean()), 3),
                }
            )
    vocab = _vocab(rows, min_count)
    x, y = _matrix(rows, vocab)
    b, w = fit(x, y, l2=l2)
    weights = {"bias": round(float(b), 5)}
    for f, i in vocab.items():
        if abs(w[i]) >= 1e-4:
            weights[f] = round(float(w[i]), 5)
    return {
        "model": "logistic regression over eventwire.annotators.event_filter.features",
        "trained_on": "news-events train (real news sentences labelled with PLOVER events)",
        "candidates": len(rows),
        "right": int(y_all.sum()),
        "l2": l2,
        "min_count": min_count,
        "threshold": round(best[1], 2),
        "confidence": {
            "filter_weight": filter_weight,
            "a": round(float(a), 5),
            "b": round(float(c), 5),
        },
        "out_of_fold": table,
        "calibration": calib,
        "weights": weights,
    }


def main(argv: list[str] | None = None) -> int:
    """Command line: collect, train, write the model."""
    ap = argparse.ArgumentParser(prog="python -m eventwire.training.events")
    ap.add_argument("--train", type=Path, required=True, help="news-sentences JSONL to train on")
    ap.add_argument("--out", type=Path, required=True, help="where to write the model JSON")
    ap.add_argument("--l2", type=float, default=4.0)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--threshold", type=float, help="override the chosen threshold")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--rows", type=Path, help="cache of the collected rows (read if present)")
    ap.add_argument("--ngec", type=Path, help="NGEC synthetic stories (zip) for extra positives")
    ap.add_argument("--ngec-every", type=int, default=10, help="read every N-th story")
    args = ap.parse_args(argv)
    if args.rows and args.rows.exists():
        rows = [tuple(r) for r in json.loads(args.rows.read_text(encoding="utf-8"))]
    else:
        rows = collect(args.train, args.limit)
        if args.ngec:
            extra = collect_ngec(args.ngec, args.ngec_every)
            print(f"  {len(extra)} positive rows from NGEC ledes", file=sys.stderr)
            rows += extra
        if args.rows:
            args.rows.write_text(json.dumps(rows), encoding="utf-8")
    model = train(rows, l2=args.l2, min_count=args.min_count)  # type: ignore[arg-type]
    if args.threshold is not None:
        model["threshold"] = args.threshold
    args.out.write_text(json.dumps(model, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    print(
        f"{len(rows)} candidates ({model['right']} right); threshold {model['threshold']}; "
        f"{len(model['weights'])} weights -> {args.out}",
        file=sys.stderr,
    )
    for row in model["out_of_fold"]:
        print(f"  {row}", file=sys.stderr)
    for row in model["calibration"]:
        print(f"  {row}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
