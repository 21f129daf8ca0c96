"""Train the event filter (``resources/events/filter.json``) on labelled real news.

    python -m eventwire.training.events \
        --train ../shared/train/news-events/news-sentences-train.jsonl \
        --ngec ../shared/train/ngec/gpt_synthetic_events_2023-10-19_19.csv.zip \
        --out src/eventwire/resources/events/filter.json

``--labels training-data/news-events/*.jsonl`` adds our own label files' articles, of the
``tune`` half only by default (``evaluation.split``; ``--labels-half check`` or ``all``
reads another), so that their ``check`` half stays held out; the rows of such a fit are
cached under a key that names the half (``--rows``). The packaged filter is fitted on the
training news and NGEC alone; a fit with the label tune half is its vetoing second scorer,
for a few types only (``eventwire.training.event_ensemble``, whose docstring gives both
commands). Per-type thresholds (``event_type_thresholds``) are chosen on the rows a model
is fitted on: for a fit that read the label tune half they are in sample, where the model
parts right from wrong far better than on unread news, and come out too high.

The events annotator proposes events by rule. This command codes every training article
whole with the filter off, takes each proposed event whose trigger lies in a labelled
sentence, labels it by ``eval news``'s criterion (its sentence holds a gold event whose
type or alternative is the proposed type), and fits a logistic regression over
``event_filter.features``. The threshold is the highest (on a 0.05 grid) at which the
filter still keeps ``--keep-right`` (0.88) of the right events the rules propose, out of
fold (five folds by article): a share, not a probability, so that it means the same
whatever the base rate of right events in the rows (a threshold carried over from an
earlier model as a number kept more wrong events once new rules had raised that rate).
``--threshold`` overrides it.

The same pass fits the sentence-level decision (``event_presence``): one row per parsed
sentence that overlaps a labelled one, labelled by whether that sentence holds a gold
event, a logistic regression over ``sentence_features`` (the rules' proposals in it
before the filter included). Its threshold maximises out-of-fold F1 of "an act is
reported"; its gate, the probability under which a sentence loses its events, is the
highest that drops at most ``--gate-loss`` (1 %) of the right events the rules propose,
out of fold (under the gate an event the filter gives 0.5 or more stays); it is fitted
beside the filter, not after it, so that a stricter filter does not raise the gate and
the two losses do not compound. Last, the
confidence: a logistic regression of "the event is right" on the
events' rank score (the rules' confidence with a tenth of the filter's probability), the
decision's log-odds and the sentence's best filter log-odds, all out of fold, over the
news events that both keep, so that a confidence is a probability. Deterministic: fixed
folds, full-batch gradient descent from zero weights. Never train on a set you report
on: the training sentences (``../shared/train/news-events``) are distinct from every ``eval`` set.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..annotators.event_filter import CONFIDENCE_INPUTS, OVERRULE, confidence_inputs, features
from ..annotators.event_presence import sentence_features
from ..errors import EvaluationError
from ..evaluation.label_files import Texts, with_text
from ..evaluation.news import gold_types, load_gold
from ..evaluation.split import HALVES, half
from . import EVAL_DIR, read_cache, under_eval, write_cache
from .quotes import Sparse, fit

#: the ``labels_half`` that reads both halves of the label files (the check half included)
ALL_HALVES = "all"
#: the halves of the label files a training command may read
LABEL_HALVES = (*HALVES, ALL_HALVES)

Row = tuple[str, list[str], int, float]  # article id, features, label, rules' confidence
# article id, sentence features, label (the sentence holds a gold event)
SentenceRow = tuple[str, list[str], int]
# per proposed event: the index of its sentence's features in ``Rows.sentences`` (-1: none)
# and whether both its parties are coded
EventExtra = tuple[int, int]


class Rows:
    """What the rules propose in the labelled training sentences, as training rows."""

    def __init__(self) -> None:
        self.events: list[Row] = []
        self.extra: list[EventExtra] = []
        self.sentences: list[SentenceRow] = []

    def to_json(self) -> str:
        return json.dumps({"events": self.events, "extra": self.extra, "sentences": self.sentences})

    @classmethod
    def from_json(cls, text: str) -> Rows:
        data = json.loads(text)
        rows = cls()
        rows.events = [tuple(r) for r in data["events"]]  # type: ignore[misc]
        rows.extra = [tuple(r) for r in data["extra"]]  # type: ignore[misc]
        rows.sentences = [tuple(r) for r in data["sentences"]]  # type: ignore[misc]
        return rows


def _labelled_sentence(sent: Any, labelled: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The labelled sentence that overlaps the parsed sentence most (None if none does)."""
    best, most = None, 0
    for s in labelled:
        overlap = min(sent.end_char, s["end"]) - max(sent.start_char, s["start"])
        if overlap > most:
            best, most = s, overlap
    return best


def training_articles(
    train: Path,
    labels: list[Path] | None = None,
    shared: Path | None = None,
    labels_half: str = "tune",
) -> list[dict[str, Any]]:
    """The labelled articles to train on: the news-sentences file ``train`` (dev layout,
    with text) and our own label files (``evaluation.label_files``: offsets into the
    articles of ``shared``, whose text is added back), of those only the articles of
    ``labels_half`` (``evaluation.split``): ``"tune"`` by default, which keeps the
    ``"check"`` half held out; a caller that needs both halves asks for ``"all"``. An
    article id met twice is an ``EvaluationError`` naming it: one article must not weigh
    double or sit in two folds. A file of the shared dev and test gold (``under_eval``)
    is an ``EvaluationError``: every trainer reads its articles here."""
    if labels_half not in LABEL_HALVES:
        raise EvaluationError(f"unknown half {labels_half!r}; expected one of {list(LABEL_HALVES)}")
    for path in [train, *(labels or [])]:
        if under_eval(path, shared):
            raise EvaluationError(
                f"{path} is a dev or test gold file (under the shared data's "
                f"{EVAL_DIR!r} folder): score it with `eventwire eval`, never train on it"
            )
    articles = load_gold(train)
    if labels:
        texts = Texts(shared if shared is not None else train.resolve().parents[2])
        for path in labels:
            articles += [
                a
                for a in with_text(path, texts)
                if labels_half == ALL_HALVES or half(str(a.get("id"))) == labels_half
            ]
    seen: set[str] = set()
    for art in articles:
        aid = str(art.get("id"))
        if aid in seen:
            raise EvaluationError(f"article {aid!r} is labelled twice in the training files")
        seen.add(aid)
    return articles


def labels_half_option(ap: argparse.ArgumentParser, default: str = "tune") -> None:
    """Add ``--labels-half``: the half of the label files a command reads
    (``training_articles``)."""
    ap.add_argument(
        "--labels-half",
        choices=LABEL_HALVES,
        default=default,
        help=f"the half of the label files to read (evaluation.split; default {default!r}; "
        "'tune' keeps the check half held out, 'all' reads both)",
    )


def collect(articles: list[dict[str, Any]], limit: int | None = None) -> Rows:
    """Rows of every event the rules propose in a labelled sentence, and of every parsed
    sentence that overlaps a labelled one (its label: that sentence holds a gold event)."""
    from ..coder import Coder, make_article

    coder = Coder({"event_filter": False, "event_criticism": False})
    rows = Rows()
    articles = articles[:limit]
    t0 = time.perf_counter()
    for n, art in enumerate(articles, 1):
        aid = str(art.get("id") or n)
        arti = make_article(art["text"], date=art.get("date"), id=aid, title=art.get("title"))
        ctx = coder.context(arti, coder.nlp(arti.text))
        for sent in ctx.doc.sents:
            gold = _labelled_sentence(sent, art["sentences"])
            if gold is None:
                continue
            proposals = [
                ev
                for ev in ctx.analysis.events
                if sent.start_char <= ev.trigger.start < sent.end_char
            ]
            gold_events = [g for g in gold["events"] if isinstance(g, dict)]
            index = len(rows.sentences)
            feats = sentence_features(sent, proposals)
            rows.sentences.append((aid, feats, int(bool(gold_events))))
            for ev in proposals:
                home = next(
                    (s for s in art["sentences"] if s["start"] <= ev.trigger.start < s["end"]),
                    None,
                )
                if home is None:
                    continue
                ok = any(ev.event in gold_types(g) for g in home["events"] if isinstance(g, dict))
                rows.events.append(
                    (aid, features(ev, ctx.doc, ctx.analysis), int(ok), ev.confidence)
                )
                both = int(any(a.code for a in ev.actor) and any(r.code for r in ev.recipient))
                rows.extra.append((index, both))
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

    coder = Coder({"event_filter": False, "event_criticism": False})
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


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def out_of_fold(
    rows: list[tuple[Any, ...]],
    l2: float,
    min_count: int,
    folds: int = 5,
    fit_on: Sequence[bool] | None = None,
) -> np.ndarray:
    """Each row's probability from a model fitted on the other folds (folds by article);
    ``fit_on`` (one flag a row) limits the rows a model is fitted on, every row is scored."""
    oof = np.zeros(len(rows))
    usable = [True] * len(rows) if fit_on is None else list(fit_on)
    for k in range(folds):
        tr = [r for r, on in zip(rows, usable, strict=True) if on and _fold(r[0], folds) != k]
        te_idx = [i for i, r in enumerate(rows) if _fold(r[0], folds) == k]
        if not tr or not te_idx:
            continue
        vocab = _vocab(tr, min_count)  # type: ignore[arg-type]
        x, y = _matrix(tr, vocab)  # type: ignore[arg-type]
        b, w = fit(x, y, l2=l2)
        xt, _ = _matrix([rows[i] for i in te_idx], vocab)  # type: ignore[misc]
        oof[te_idx] = _sigmoid(xt.dot(w) + b)
    return oof


def fit_all(rows: list[tuple[Any, ...]], l2: float, min_count: int) -> dict[str, float]:
    """The weights of a model fitted on every row."""
    vocab = _vocab(rows, min_count)  # type: ignore[arg-type]
    x, y = _matrix(rows, vocab)  # type: ignore[arg-type]
    b, w = fit(x, y, l2=l2)
    weights = {"bias": round(float(b), 5)}
    for f, i in vocab.items():
        if abs(w[i]) >= 1e-4:
            weights[f] = round(float(w[i]), 5)
    return weights


def keep_right_threshold(table: list[dict[str, float]], keep: float) -> float:
    """The highest threshold of an out-of-fold table whose recall is at least ``keep``."""
    ok = [row["threshold"] for row in table if row["recall"] >= keep]
    return max(ok) if ok else table[0]["threshold"]


def _threshold_table(p: np.ndarray, y: np.ndarray) -> tuple[list[dict[str, float]], float]:
    """Precision, recall and F1 of ``p >= t`` for t in 0.05 … 0.9; and the best-F1 t."""
    table, best = [], (0.0, 0.5)
    for th in np.arange(0.05, 0.95, 0.05):
        kept = p >= th
        tp = float((kept & (y == 1)).sum())
        prec = tp / kept.sum() if kept.sum() else 0.0
        rec = tp / y.sum() if y.sum() else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        table.append(
            {
                "threshold": round(float(th), 2),
                "precision": round(float(prec), 4),
                "recall": round(float(rec), 4),
                "f1": round(float(f1), 4),
            }
        )
        if f1 > best[0] + 1e-9:
            best = (f1, float(th))
    return table, round(best[1], 2)


def _gate(ps: np.ndarray, pf: np.ndarray, y: np.ndarray, th_filter: float, loss: float) -> float:
    """The highest sentence gate that drops at most ``loss`` of the right events the event
    filter keeps (under the gate, those it is unsure of): the decision removes the rules'
    events in eventless sentences, not recall."""
    kept = pf >= th_filter
    right = float((kept & (y == 1)).sum())
    gate = 0.0
    for g in np.arange(0.02, 0.6, 0.02):
        lost = float((kept & (ps < g) & (pf < OVERRULE) & (y == 1)).sum())
        if right and lost / right <= loss:
            gate = float(g)
    return round(gate, 2)


def fit_confidence(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """A small logistic regression: P(event right | its inputs), by gradient descent;
    zero weights where there is no row to fit (a tiny fit whose filter keeps nothing)."""
    w = np.zeros(x.shape[1])
    if not len(y):
        return w
    for _ in range(4000):
        p = _sigmoid(x @ w)
        grad = x.T @ (p - y) / len(y) + l2 * np.r_[0.0, w[1:]] / len(y)
        w -= 0.5 * grad
    return w


def calibration_table(conf: np.ndarray, y: np.ndarray) -> list[dict[str, Any]]:
    """Events and the share right per confidence bin of width 0.2."""
    out = []
    for lo in np.arange(0.0, 1.0, 0.2):
        sel = (conf >= lo) & (conf < lo + 0.2 + (1e-9 if lo >= 0.8 else 0))
        if sel.sum():
            out.append(
                {
                    "bin": f"{lo:.1f}-{lo + 0.2:.1f}",
                    "n": int(sel.sum()),
                    "right": round(float(y[sel].mean()), 3),
                }
            )
    return out


def train(
    rows: Rows,
    l2: float = 4.0,
    min_count: int = 2,
    presence_l2: float = 8.0,
    gate_loss: float = 0.01,
    threshold: float | None = None,
    keep_right: float = 0.88,
    trained_on: str = "news-events train (real news sentences labelled with PLOVER events)",
) -> dict[str, Any]:
    """Weights, thresholds, calibration and out-of-fold report for the event filter, the
    sentence decision and the confidence."""
    events = rows.events
    pf_all = out_of_fold(events, l2, min_count)
    y_all = np.array([r[2] for r in events], dtype=float)
    # thresholds and calibration are judged on the real news rows only
    news = np.array([not r[0].startswith("ngec-") for r in events])
    yn, pf = y_all[news], pf_all[news]
    table, _ = _threshold_table(pf, yn)
    th_filter = keep_right_threshold(table, keep_right) if threshold is None else threshold
    ps_sent = out_of_fold(rows.sentences, presence_l2, min_count)
    ys = np.array([r[2] for r in rows.sentences], dtype=float)
    presence_table, th_presence = _threshold_table(ps_sent, ys)
    extra = [e for e, n in zip(rows.extra, news, strict=True) if n]
    ps = np.array([ps_sent[i] if i >= 0 else 1.0 for i, _ in extra])
    gate = _gate(ps, pf, yn, 0.0, gate_loss)
    rule = np.array([r[3] for r, n in zip(events, news, strict=True) if n])
    best_of: dict[int, float] = {}
    for (i, _), p in zip(extra, pf, strict=True):
        best_of[i] = max(best_of.get(i, 0.0), float(p))
    best = np.array([best_of[i] for i, _ in extra])
    x = np.array(
        [confidence_inputs(a, b, c, d) for a, b, c, d in zip(pf, ps, rule, best, strict=True)]
    )
    kept = (pf >= th_filter) & ((ps >= gate) | (pf >= OVERRULE))
    w_conf = fit_confidence(x[kept], yn[kept])
    conf = _sigmoid(x @ w_conf)
    return {
        "model": "logistic regression over eventwire.annotators.event_filter.features",
        "trained_on": trained_on,
        "candidates": len(events),
        "right": int(y_all.sum()),
        "l2": l2,
        "min_count": min_count,
        "threshold": th_filter,
        "keep_right": keep_right if threshold is None else None,
        "confidence": {
            "inputs": list(CONFIDENCE_INPUTS),
            "weights": [round(float(v), 5) for v in w_conf],
        },
        "out_of_fold": table,
        "calibration": calibration_table(conf[kept], yn[kept]),
        "presence": {
            "model": "logistic regression over "
            "eventwire.annotators.event_presence.sentence_features",
            "sentences": len(rows.sentences),
            "with_event": int(ys.sum()),
            "l2": presence_l2,
            "threshold": th_presence,
            "gate": gate,
            "out_of_fold": presence_table,
            "weights": fit_all(rows.sentences, presence_l2, min_count),
        },
        "weights": fit_all(events, l2, min_count),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line: collect, train, write the model."""
    ap = argparse.ArgumentParser(prog="python -m eventwire.training.events")
    ap.add_argument("--train", type=Path, required=True, help="news-sentences JSONL to train on")
    ap.add_argument(
        "--labels",
        type=Path,
        action="extend",
        nargs="+",
        default=[],
        help="our own label files (offsets, no text; evaluation.label_files) to train on too",
    )
    labels_half_option(ap)
    ap.add_argument("--shared", type=Path, help="the shared data folder the label files point into")
    ap.add_argument("--out", type=Path, required=True, help="where to write the model JSON")
    ap.add_argument("--l2", type=float, default=4.0)
    ap.add_argument("--presence-l2", type=float, default=8.0)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--threshold", type=float, help="override the chosen threshold")
    ap.add_argument(
        "--keep-right",
        type=float,
        default=0.88,
        help="share of the right proposed events the filter keeps out of fold (sets the threshold)",
    )
    ap.add_argument("--gate-loss", type=float, default=0.01, help="right events the gate may drop")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--rows", type=Path, help="cache of the collected rows (read if present)")
    ap.add_argument("--ngec", type=Path, help="NGEC synthetic stories (zip) for extra positives")
    ap.add_argument("--ngec-every", type=int, default=10, help="read every N-th story")
    args = ap.parse_args(argv)
    labels_half = args.labels_half
    # the half read is part of the cache's key: rows of all label articles are not reused
    key = f"labels-half={args.labels_half}" if args.labels else ""
    inputs = [args.train, *args.labels, args.ngec]
    cached = read_cache(args.rows, inputs, key)
    if cached is not None:
        rows = Rows.from_json(json.dumps(cached))
    else:
        articles = training_articles(args.train, args.labels, args.shared, labels_half)
        rows = collect(articles, args.limit)
        if args.ngec:
            extra = collect_ngec(args.ngec, args.ngec_every)
            print(f"  {len(extra)} positive rows from NGEC ledes", file=sys.stderr)
            rows.events += extra
            rows.extra += [(-1, 0)] * len(extra)
        write_cache(args.rows, inputs, json.loads(rows.to_json()), key)
    model = train(
        rows,
        l2=args.l2,
        min_count=args.min_count,
        presence_l2=args.presence_l2,
        gate_loss=args.gate_loss,
        threshold=args.threshold,
        keep_right=args.keep_right,
        trained_on="; ".join(
            ["news-events train (real news sentences labelled with PLOVER events)"]
            + [
                f"own labels {p.name}"
                + (" (both halves)" if labels_half == ALL_HALVES else f" ({labels_half} half)")
                for p in args.labels
            ]
        ),
    )
    args.out.write_text(json.dumps(model, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    pres = model["presence"]
    print(
        f"{len(rows.events)} candidates ({model['right']} right); threshold {model['threshold']}; "
        f"{len(model['weights'])} weights; sentence decision: {pres['sentences']} sentences, "
        f"threshold {pres['threshold']}, gate {pres['gate']} -> {args.out}",
        file=sys.stderr,
    )
    for name, table in (("filter", model["out_of_fold"]), ("presence", pres["out_of_fold"])):
        for row in table:
            print(f"  {name} {row}", file=sys.stderr)
    for row in model["calibration"]:
        print(f"  {row}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
