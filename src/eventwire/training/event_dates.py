"""Train the event date model (``resources/time/event_dates.json``) on labelled news.

    python -m eventwire.training.event_dates \
        --labels training-data/news-events/*.jsonl --shared ../shared \
        --out src/eventwire/resources/time/event_dates.json

Codes every labelled article with the default coder (``event_date_learned`` off), and for
each coded event whose sentence holds a gold event of its type (or alternative) lists the
candidate dates of ``annotators.event_date_learned.candidates``. A candidate's label is
``eval news``'s criterion: it agrees (``date_agrees``) with the date of one of those gold
events; where none of them has a date, the ``unknown`` candidate is the right one. A
logistic regression over the candidates' features is fitted (full-batch, from zero weights:
deterministic). ``--half tune`` (the default, and the packaged model since the
twenty-fifth stop) fits on the articles of the tune half only
(``evaluation.split.half`` of the article id) and prints the date right of the rules and of
the model on each half, scores only, beside the share of events whose gold date is among
their candidates (``within_reach``: what no choice can pass); ``--rows`` keeps the coded
rows in a file so that a refit does not code the articles again. Articles with no date (the
web news) are kept: their candidates lack the article-date ones. ``--fallback-margin`` is
the margin where the rules' date is only their fallback (``event_time.FALLBACK_RULES``,
``Candidate.rules_fallback``), where the rules know nothing the candidates do not.
``--cv-fallback-margins M ...`` chooses it instead: ``CV_FOLDS``-fold cross-validation
inside the tune half only (folds by article id, ``training.events._fold``; each fold scored
by a model fitted on the others with ``--l2``, ``--undated`` and ``--margin``) counts the
date right of each margin, and the margin with the most wins; on a tie the LARGER margin
wins (closer to the rules' date), a tie-break that reads nothing but the tune half. The
default is NOT that choice today (see ``DEFAULT_FALLBACK_MARGIN``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from ..evaluation.label_files import Texts, with_text
from ..evaluation.news import date_agrees
from ..evaluation.split import half
from . import matching_gold, read_cache, weight_options, write_cache
from .events import _fold
from .quotes import Sparse

#: the fallback margin (``--fallback-margin``) of the packaged model (tune-half fit). On the
#: rows of the coder of issue 25's merges, ``--cv-fallback-margins 0 0.05 0.1 0.2 0.3``
#: counts 174, 170, 168, 160, 162 right and chooses 0; a tune-half refit at 0 takes the label
#: files' check half 177 -> 182/301 but the dev file's date right 63 -> 61/86 (0.709, under
#: its floor 0.71), so 0.1 stays until that is settled: a choice the dev file made, not the CV
DEFAULT_FALLBACK_MARGIN = 0.1
#: folds of the cross-validation inside the tune half (``--cv-fallback-margins``)
CV_FOLDS = 3
#: what the ``--rows`` cache holds (a cache of other rows is refused)
ROWS_KEY = "groups with rules_fallback"

# article id, one event's candidates: (features, label, date), whether gold has a date, and
# whether the rules' date (the first candidate) is only their fallback
Group = tuple[str, list[tuple[list[str], int, str | None]], bool, bool]


def _label(date: str | None, dated: list[str]) -> int:
    if not dated:
        return int(date is None)
    return int(any(date_agrees(date, g) for g in dated))


def collect(articles: list[dict[str, Any]]) -> list[Group]:
    """One group of candidate rows per coded event in a sentence with a gold event of its
    type (see the module docstring)."""
    from ..annotators import token_at
    from ..annotators.event_date_learned import (
        candidates,
        possible,
        prepared_times,
        told_sentences,
    )
    from ..coder import Coder

    coder = Coder({"event_date_learned": False})
    groups: list[Group] = []
    t0 = time.perf_counter()
    for n, art in enumerate(articles, 1):
        aid = str(art.get("id") or n)
        ctx = coder.code_context(art["text"], date=art.get("date"), id=aid, title=art.get("title"))
        times, roots, article_date = prepared_times(ctx)
        told = told_sentences(ctx.doc, ctx.analysis.events)
        for ev in ctx.analysis.events:
            matches = matching_gold(art, ev)
            if not matches:
                continue
            dated = [
                str(g["date"]) for g in matches if str(g.get("date") or "unknown") != "unknown"
            ]
            trig = token_at(ctx.doc, ev.trigger.start, ev.trigger.end)
            # the candidates the annotator itself weighs (``possible``), no others
            cands = possible(
                ev,
                candidates(ev, ctx.doc, times, roots, article_date, told),
                article_date,
                trig,
            )
            rows = [(c.feats, _label(c.dated[0], dated), c.dated[0]) for c in cands]
            groups.append((aid, rows, bool(dated), cands[0].rules_fallback))
        if n % 20 == 0:
            print(
                f"  {n}/{len(articles)} articles, {time.perf_counter() - t0:.0f} s", file=sys.stderr
            )
    return groups


def _vocab(groups: list[Group], min_count: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, rows, _, _ in groups:
        for feats, _, _ in rows:
            for f in set(feats):
                counts[f] = counts.get(f, 0) + 1
    return {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}


def fit_model(
    groups: list[Group],
    l2: float = 1.0,
    min_count: int = 2,
    steps: int = 400,
    undated: float = 0.0,
) -> dict[str, float]:
    """The weights of a conditional logit over each event's candidates: the softmax of
    their scores, fitted to put its mass on the right ones (events with no right candidate
    teach nothing and are left out; an event whose gold has no date weighs ``undated``).
    Full-batch Adam from zero weights: deterministic."""
    usable = [g for g in groups if any(lab for _, lab, _ in g[1]) and (g[2] or undated > 0)]
    weight = np.array([1.0 if g[2] else undated for g in usable])
    vocab = _vocab(usable, min_count)
    rows = [(k, feats, lab) for k, (_, rs, _, _) in enumerate(usable) for feats, lab, _ in rs]
    x = Sparse(
        [sorted({vocab[f] for f in feats if f in vocab}) for _, feats, _ in rows], len(vocab)
    )
    gid = np.array([k for k, _, _ in rows], dtype=np.int64)
    y = np.array([lab for _, _, lab in rows], dtype=float)
    n = len(usable)
    w = np.zeros(len(vocab))
    m, v = np.zeros_like(w), np.zeros_like(w)
    lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        s = x.dot(w)
        top = np.full(n, -np.inf)
        np.maximum.at(top, gid, s)
        e = np.exp(s - top[gid])
        p = e / np.bincount(gid, weights=e, minlength=n)[gid]
        ep = e * y
        q = ep / np.bincount(gid, weights=ep, minlength=n)[gid]
        g = x.tdot((p - q) * weight[gid]) / n + l2 * w / n
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + eps)
    return {f: round(float(w[i]), 4) for f, i in vocab.items() if abs(w[i]) >= 1e-4}


def date_right(
    groups: list[Group],
    weights: dict[str, float] | None,
    dated: bool = True,
    margin: float = 0.0,
    fallback_margin: float | None = None,
) -> tuple[int, int]:
    """(right, scored) over events whose gold has a date (``dated``; else over those whose
    gold has none, right when left undated): the rules' date (``weights`` None) or the
    model's choice (``annotators.event_date_learned.choose``, with ``margin`` and
    ``fallback_margin``)."""
    from ..annotators.event_date_learned import Candidate, DateModel, choose

    model = DateModel(weights, margin, fallback_margin) if weights is not None else None
    ok = n = 0
    for _, rows, has_date, fallback in groups:
        if has_date != dated:
            continue
        n += 1
        if model is None:
            ok += rows[0][1]
            continue
        cands = [
            Candidate(str(k), (None, "", None, None), "", feats, fallback and k == 0)
            for k, (feats, _, _) in enumerate(rows)
        ]
        best, _ = choose(model, cands)
        ok += rows[int(best.source)][1]
    return ok, n


def cv_fallback_margins(
    groups: list[Group], margins: list[float], l2: float, undated: float, margin: float
) -> dict[float, int]:
    """The date right of each fallback margin in ``CV_FOLDS``-fold cross-validation inside
    the tune half (folds by article): each fold is scored by a model fitted on the others."""
    tune = [g for g in groups if half(g[0]) == "tune"]
    right = dict.fromkeys(margins, 0)
    for k in range(CV_FOLDS):
        fitted = fit_model([g for g in tune if _fold(g[0], CV_FOLDS) != k], l2, undated=undated)
        held = [g for g in tune if _fold(g[0], CV_FOLDS) == k]
        for m in margins:
            right[m] += date_right(held, fitted, margin=margin, fallback_margin=m)[0]
    return right


def best_margin(right: dict[float, int]) -> float:
    """The margin with the most right; on a tie the larger (closer to the rules' date)."""
    return max(right, key=lambda m: (right[m], m))


def within_reach(groups: list[Group]) -> tuple[int, int]:
    """(reachable, scored) over events whose gold has a date: those with a right candidate,
    the most any choice among the candidates can get right (the rest need a candidate that
    ``annotators.event_date_learned.candidates`` does not make)."""
    dated = [rows for _, rows, has_date, _ in groups if has_date]
    return sum(any(label for _, label, _ in rows) for rows in dated), len(dated)


def _figures(
    groups: list[Group], weights: dict[str, float], margin: float, fallback_margin: float
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for which in ("all", "tune", "check"):
        part = [g for g in groups if which == "all" or half(g[0]) == which]
        ok, n = within_reach(part)
        out[f"{which}_within_reach"] = f"{ok}/{n} = {ok / max(n, 1):.3f}"
        for name, w in (("rules", None), ("model", weights)):
            ok, n = date_right(part, w, margin=margin, fallback_margin=fallback_margin)
            out[f"{which}_{name}"] = f"{ok}/{n} = {ok / max(n, 1):.3f}"
            ok, n = date_right(part, w, False, margin, fallback_margin)
            out[f"{which}_{name}_undated_kept"] = f"{ok}/{n} = {ok / max(n, 1):.3f}"
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m eventwire.training.event_dates", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--labels", type=Path, action="extend", nargs="+", required=True)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path)
    ap.add_argument("--rows", type=Path, help="keep (or reuse) the coded rows in this file")
    ap.add_argument(
        "--half",
        choices=("tune", "all"),
        default="tune",
        help="articles to fit on (tune: the packaged model; all: every label file)",
    )
    # chosen by three-fold cross-validation inside the tune half (see the module docstring)
    weight_options(
        ap,
        {
            "--l2": (10.0, "L2 penalty of the weights"),
            "--undated": (0.2, "weight of events whose gold has no date"),
            "--margin": (0.3, "softmax share by which a candidate must beat the rules' date"),
            "--fallback-margin": (
                DEFAULT_FALLBACK_MARGIN,
                "the margin where the rules' date is a fallback (nothing in the text dates "
                "the event)",
            ),
        },
    )
    ap.add_argument(
        "--cv-fallback-margins",
        type=float,
        nargs="+",
        metavar="M",
        help="choose the fallback margin among these by cross-validation inside the tune half "
        "(the larger on a tie), instead of --fallback-margin",
    )
    args = ap.parse_args(argv)
    cached = read_cache(args.rows, args.labels, ROWS_KEY)
    if cached is not None:
        groups = [tuple(g) for g in cached]
    else:
        texts = Texts(args.shared)
        articles = [a for path in args.labels for a in with_text(path, texts)]
        groups = collect(articles)
        write_cache(args.rows, args.labels, groups, ROWS_KEY)
    cv: dict[float, int] = {}
    if args.cv_fallback_margins:
        cv = cv_fallback_margins(
            groups,  # type: ignore[arg-type]
            args.cv_fallback_margins,
            args.l2,
            args.undated,
            args.margin,
        )
        args.fallback_margin = best_margin(cv)
    fit_on = [g for g in groups if args.half == "all" or half(g[0]) == args.half]
    weights = fit_model(fit_on, l2=args.l2, undated=args.undated)  # type: ignore[arg-type]
    figures = _figures(groups, weights, args.margin, args.fallback_margin)  # type: ignore[arg-type]
    if cv:
        figures["cv_tune_fallback_margins"] = {str(m): n for m, n in cv.items()}
        figures["fallback_margin"] = args.fallback_margin
    if args.out:
        model = {
            "_comment": (
                "Event date model: a conditional logit over the candidate features of "
                "eventwire.annotators.event_date_learned, fitted by "
                f"eventwire.training.event_dates on {args.half} of our labelled news "
                f"(training-data/news-events, {len(fit_on)} events)."
            ),
            "fitted_on": args.half,
            "l2": args.l2,
            "undated": args.undated,
            "margin": args.margin,
            "fallback_margin": args.fallback_margin,
            "weights": dict(sorted(weights.items())),
        }
        args.out.write_text(json.dumps(model, indent=0) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
