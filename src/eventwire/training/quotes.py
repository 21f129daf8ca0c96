"""Train the quote attribution model (``resources/quotes/model.json``) on PolNeAR.

    python -m eventwire.training.quotes --train ../shared/eval/quotes/polnear/train \
        --out src/eventwire/resources/quotes/model.json

The quotes annotator proposes candidate attributions by rule (cue verbs, nouns and
prepositions, quotation marks, headlines, and verbs or adjectives outside the lexicon
with a clause or a to-infinitive). This command codes every training article with the
annotator's ``record`` switch on, labels each candidate by the evaluation's match
criterion (its content covers at least half of a gold content's tokens), fits a
logistic regression over the candidates' features (``QuotesAnnotator.features``:
cue lemma and class, the rule, the cue's dependencies, the source's shape, the
content's length and side) and picks the probability threshold that maximises the
overlap F1 of the whole pipeline (outermost filtering included) on out-of-fold
predictions over the training split. Deterministic: fixed folds and full-batch
gradient descent from zero weights, so the same data gives the same file.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from ..annotators.quotes import outermost
from ..evaluation.quotes import Tally, read_gold, score_document, token_set

Candidate = dict[str, Any]


def collect(gold: Path, limit: int | None = None) -> list[tuple[str, list, list[Candidate]]]:
    """(text, gold attributions, candidates) of each article of a PolNeAR folder."""
    from ..coder import Coder, make_article

    coder = Coder({"annotators": ("actors", "quotes")})
    quotes = next(a for a in coder.annotators if a.name == "quotes")
    quotes.record = True
    out = []
    t0 = time.perf_counter()
    docs = read_gold(gold, limit)
    for n, (name, text, atts) in enumerate(docs, 1):
        ctx = coder.context(make_article(text, id=name), coder.nlp(text))
        out.append((text, atts, ctx.quote_candidates))
        if n % 100 == 0:
            print(f"  {n}/{len(docs)} articles, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return out


def _extra(c: Candidate) -> bool:
    """Whether a candidate is one only the model proposes (not kept by the rules)."""
    return "origin=extra" in c["features"] or "origin=extra_obj" in c["features"]


def label(text: str, gold: list, cands: list[Candidate]) -> list[int]:
    """1 for a candidate that is a gold attribution: its content covers half the gold
    content's tokens and its cue shares a token with the gold cue (where both have one)."""
    golds = [
        (t, token_set(text, g.get("Cue", []))) for g in gold if (t := token_set(text, g["Content"]))
    ]
    out = []
    for c in cands:
        pt = token_set(text, c["content"])
        ct = token_set(text, c.get("cue", []))
        out.append(
            int(
                any(
                    len(gt & pt) >= 0.5 * len(gt) and (not gc or not ct or gc & ct)
                    for gt, gc in golds
                )
            )
        )
    return out


class Sparse:
    """Rows of feature indices (binary features) in CSR form."""

    def __init__(self, rows: list[list[int]], width: int) -> None:
        self.width = width
        self.lengths = np.array([len(r) for r in rows], dtype=np.int64)
        self.indptr = np.concatenate([[0], np.cumsum(self.lengths)])
        self.indices = np.array([i for r in rows for i in r], dtype=np.int64)
        self.row_of = np.repeat(np.arange(len(rows)), self.lengths)

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.row_of, weights=w[self.indices], minlength=len(self.lengths))

    def tdot(self, v: np.ndarray) -> np.ndarray:
        return np.bincount(self.indices, weights=v[self.row_of], minlength=self.width)


def fit(x: Sparse, y: np.ndarray, l2: float = 1.0, steps: int = 600) -> tuple[float, np.ndarray]:
    """Logistic regression (L2 on the weights, not the bias) by full-batch Adam."""
    w = np.zeros(x.width)
    b = 0.0
    mw, vw = np.zeros_like(w), np.zeros_like(w)
    mb = vb = 0.0
    lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
    n = len(y)
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-np.clip(x.dot(w) + b, -30, 30)))
        err = p - y
        gw = x.tdot(err) / n + l2 * w / n
        gb = float(err.mean())
        mw = b1 * mw + (1 - b1) * gw
        vw = b2 * vw + (1 - b2) * gw * gw
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        w -= lr * (mw / (1 - b1**t)) / (np.sqrt(vw / (1 - b2**t)) + eps)
        b -= lr * (mb / (1 - b1**t)) / (np.sqrt(vb / (1 - b2**t)) + eps)
    return b, w


def pipeline_f1(
    docs: list[tuple[str, list, list[Candidate]]],
    probs: list[np.ndarray],
    threshold: float,
    extra_threshold: float | None = None,
) -> dict[str, Any]:
    """The evaluation's report when the candidates with ``probs >= threshold`` are kept
    (``extra_threshold`` for the candidates outside the rules), then filtered to the
    outermost ones like the annotator does."""
    xt = threshold if extra_threshold is None else extra_threshold
    tallies = {k: Tally() for k in ("all", "direct", "rest")}
    for (text, gold, cands), p in zip(docs, probs, strict=True):
        kept = [c for c, pk in zip(cands, p, strict=True) if pk >= (xt if _extra(c) else threshold)]
        keep = outermost([(c["cue_char"], c["content"]) for c in kept])
        pred = []
        for i in keep:
            c = kept[i]
            q = {"Content": c["content"]}
            if "source" in c:
                q["Source"] = c["source"]
            if "cue" in c:
                q["Cue"] = c["cue"]
            pred.append(q)
        score_document(text, gold, pred, tallies)
    return {k: t.report() for k, t in tallies.items()}


def train(
    docs: list[tuple[str, list, list[Candidate]]],
    folds: int = 5,
    min_count: int = 2,
    l2: float = 5.0,
) -> dict[str, Any]:
    """Fit the model on ``docs``; the threshold from out-of-fold predictions."""
    labels = [np.array(label(text, gold, cands), dtype=float) for text, gold, cands in docs]
    counts: dict[str, int] = {}
    for _t, _g, cands in docs:
        for c in cands:
            for f in set(c["features"]):
                counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}

    def matrix(sel: list[int]) -> tuple[Sparse, np.ndarray]:
        rows = [
            sorted({index[f] for f in c["features"] if f in index}) for d in sel for c in docs[d][2]
        ]
        y = np.concatenate([labels[d] for d in sel]) if sel else np.zeros(0)
        return Sparse(rows, len(vocab)), y

    oof: list[np.ndarray] = [np.zeros(0)] * len(docs)
    for k in range(folds):
        tr = [d for d in range(len(docs)) if d % folds != k]
        te = [d for d in range(len(docs)) if d % folds == k]
        b, w = fit(*matrix(tr), l2=l2)
        for d in te:
            x, _ = matrix([d])
            oof[d] = 1.0 / (1.0 + np.exp(-np.clip(x.dot(w) + b, -30, 30)))
    # coordinate search: the rules' threshold, the extras', the rules' again
    grid = [round(float(t), 3) for t in np.arange(0.05, 0.76, 0.05)]
    best = (-1.0, 0.5, 1.01)
    for step in ("threshold", "extra_threshold", "threshold"):
        for t in grid:
            ts = (t, best[2]) if step == "threshold" else (best[1], t)
            f1 = pipeline_f1(docs, oof, *ts)["all"]["overlap"]["f1"]
            if f1 > best[0]:
                best = (f1, *ts)
        print(f"  {step}: out-of-fold F1 {best[0]:.4f} at {best[1:]}", file=sys.stderr)
    b, w = fit(*matrix(list(range(len(docs)))), l2=l2)
    weights = {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) >= 5e-4}
    return {
        "about": "quote attribution model: logistic regression over candidate features; "
        "trained by python -m eventwire.training.quotes (see its docstring)",
        "bias": round(b, 4),
        "threshold": best[1],
        "extra_threshold": best[2],
        "out_of_fold_f1": round(best[0], 4),
        "weights": dict(sorted(weights.items())),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", required=True, type=Path, help="PolNeAR train folder")
    ap.add_argument("--out", required=True, type=Path, help="model.json to write")
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the candidates (reused)")
    ap.add_argument("--l2", type=float, default=5.0)
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args(argv)
    if args.cache is not None and args.cache.exists():
        docs = pickle.loads(args.cache.read_bytes())
    else:
        docs = collect(args.train, args.limit)
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps(docs))
    n = sum(len(c) for _t, _g, c in docs)
    rules = [np.array([not _extra(c) for c in cs], float) for _t, _g, cs in docs]
    base = pipeline_f1(docs, rules, 0.5)["all"]["overlap"]
    print(f"{len(docs)} articles, {n} candidates; the rules alone: {base}", file=sys.stderr)
    model = train(docs, min_count=args.min_count, l2=args.l2)
    args.out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"wrote {args.out}: {len(model['weights'])} weights, threshold {model['threshold']}, "
        f"out-of-fold F1 {model['out_of_fold_f1']}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
