"""Per-type thresholds for the event filter, chosen on labelled news the filter was not fitted on.

    python -m eventwire.training.event_type_thresholds \
        --model src/eventwire/resources/events/filter.json \
        --train ../shared/train/news-events/news-sentences-train.jsonl \
        --labels training-data/news-events/*.jsonl \
        --out src/eventwire/resources/events/filter.json

The filter (``annotators/event_filter.py``) keeps a proposed event whose probability is
at or above one threshold. Its rows come from the training news, where the rules were
written and their proposals are right two times in three; on news nobody here read
(our label files) some types' proposals are right far less often (a help that is no aid,
a leaving that is no retreat), and one threshold for all types keeps them. This command
codes the labelled articles with the rules alone, scores each proposed event with the
model at ``--model`` as the events annotator does (its probability; under the sentence
decision's gate the event needs ``OVERRULE``), and for each PLOVER type picks the grid
threshold, at or above the model's own, that maximises right kept − ``cost`` × wrong kept
over the rows it is chosen on: a band of a type's weakest events goes where it is right
less than ``cost / (1 + cost)`` of the time. Those rows are the training news and the
label files' articles of the ``tune`` half (``evaluation.split``); the ``check`` half's
rows are dropped before any is scored, so that half stays a held-out measure. The
training news is in the mix so that a type the rules read well there keeps its events.

The model file is written back with ``type_thresholds`` (only types whose threshold is
above the model's) and ``type_thresholds_report`` (what was read, the cost, per type the
right and coded rows at the model's threshold and at the type's). Its weights are not
touched. Deterministic: no random draw, the grid fixed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from ..annotators.event_filter import OVERRULE, EventFilter, features
from ..errors import ConfigError
from ..evaluation.split import half
from . import read_cache, weight_options, write_cache
from .events import Row, Rows, collect, training_articles

#: the thresholds a type may take
GRID = tuple(round(0.05 * i, 2) for i in range(1, 19))
#: clear events of plain phrasings the thresholds must keep (``resources/events``)
KEEP_FILE = "filter_keep.txt"
KEEP_PACKAGE = "eventwire.resources.events"

#: one scored row: PLOVER type, label (1: right), filter probability, the least
#: probability it needs whatever its type (OVERRULE under the gate, else 0), whether it
#: comes from the training news (else from a label file)
Scored = tuple[str, int, float, float, bool]


def event_type(row: Row) -> str:
    """The PLOVER type of an event row (its ``type=`` feature)."""
    return next(f[5:] for f in row[1] if f.startswith("type="))


def chosen_on(aid: str, label_ids: set[str]) -> bool:
    """Whether an article's rows may choose thresholds: the training news, and the label
    files' articles of the tune half (never the check half)."""
    return aid not in label_ids or half(aid) == "tune"


def scored_rows(
    rows: Rows, model: EventFilter, label_ids: set[str], keep: set[str] | None = None
) -> list[Scored]:
    """The event rows of the articles in ``keep`` (all where None), scored by ``model``."""
    presence = model.presence
    gate = presence.gate if presence is not None else 0.0
    out: list[Scored] = []
    for row, (si, _) in zip(rows.events, rows.extra, strict=True):
        if keep is not None and row[0] not in keep:
            continue
        ps = presence.probability(rows.sentences[si][1]) if presence and si >= 0 else 1.0
        least = 0.0 if ps >= gate else OVERRULE
        news = row[0] not in label_ids
        out.append((event_type(row), int(row[2]), model.probability(row[1]), least, news))
    return out


def read_keep(text: str, where: str) -> list[tuple[str, str]]:
    """The ``TYPE | sentence`` lines of a keep file (``#`` comments, blank lines skipped);
    a malformed line is a ``ConfigError`` naming the file and line."""
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        event_type, sep, sentence = (part.strip() for part in line.partition("|"))
        if not sep or not sentence or not event_type.isupper():
            raise ConfigError(
                f"{where}:{n}: expected 'TYPE | sentence' with an upper-case PLOVER type"
            )
        out.append((event_type, sentence))
    return out


def keep_caps(
    model: EventFilter, keep: list[tuple[str, str]], where: str = KEEP_FILE, second: bool = False
) -> dict[str, float]:
    """Per type, the lowest filter probability (with ``second``, the second scorer's
    opinion: ``EventFilter.second_opinion``) among the events of that type the rules
    propose in the keep sentences (a type's threshold may not rise above it). A sentence
    in which the rules propose no event of its type guards nothing: a ``ConfigError``
    naming the file, the type and the sentence."""
    from ..coder import Coder

    coder = Coder({"event_filter": False, "event_criticism": False})
    caps: dict[str, float] = {}
    for event_type, sentence in keep:
        doc = coder.nlp(sentence)
        analysis = coder.code(sentence)
        found = [ev for ev in analysis.events if ev.event == event_type]
        if not found:
            coded = ", ".join(ev.event for ev in analysis.events) or "none"
            raise ConfigError(
                f"{where}: the rules propose no {event_type} event in {sentence!r} (they "
                f"code: {coded}); expected a clear {event_type} sentence"
            )
        for ev in found:
            feats = features(ev, doc, analysis)
            p = model.second_opinion(feats) if second else model.probability(feats)
            caps[event_type] = min(caps.get(event_type, 1.0), p)
    return caps


def _kept(rows: list[Scored], threshold: float) -> tuple[int, int]:
    """Right and coded rows at ``threshold``."""
    kept = [r for r in rows if r[2] >= max(threshold, r[3])]
    return sum(r[1] for r in kept), len(kept)


def choose(
    rows: list[Scored],
    base: float,
    cost: float,
    news_loss: float = 0.0,
    min_rows: int = 10,
    caps: dict[str, float] | None = None,
) -> dict[str, float]:
    """Per type, the grid threshold at or above ``base`` with the most right kept −
    ``cost`` × wrong kept among the label files' rows (the lowest of equals), among those
    that drop at most ``news_loss`` of the type's right training-news rows kept at
    ``base``; only those above ``base``, and only for a type with at least ``min_rows``
    label-file rows kept at ``base`` (fewer choose nothing but noise), and never above a
    type's cap (``keep_caps``)."""
    out: dict[str, float] = {}
    for t in sorted({r[0] for r in rows}):
        labels = [r for r in rows if r[0] == t and not r[4]]
        news = [r for r in rows if r[0] == t and r[4]]
        news_right = _kept(news, base)[0]
        if _kept(labels, base)[1] < min_rows:
            continue
        best, best_u = base, float("-inf")
        for th in (base, *(g for g in GRID if g > base)):
            if news_right - _kept(news, th)[0] > news_loss * news_right:
                break
            if caps and th > caps.get(t, 1.0):
                break
            right, coded = _kept(labels, th)
            u = right - cost * (coded - right)
            if u > best_u + 1e-9:
                best, best_u = th, u
        if best > base:
            out[t] = best
    return out


def report(rows: list[Scored], base: float, chosen: dict[str, float]) -> dict[str, Any]:
    """Per type, right / coded rows at the model's threshold -> at the type's, of the
    label files' rows and of the training news's."""

    def cell(mine: list[Scored], th: float) -> str:
        (r0, n0), (r1, n1) = _kept(mine, base), _kept(mine, th)
        return f"{r0}/{n0} -> {r1}/{n1}"

    out: dict[str, Any] = {}
    for t in sorted({r[0] for r in rows}):
        th = chosen.get(t, base)
        out[t] = {
            "labels": cell([r for r in rows if r[0] == t and not r[4]], th),
            "news": cell([r for r in rows if r[0] == t and r[4]], th),
        }
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: collect the rows, choose the thresholds, write the model back."""
    ap = argparse.ArgumentParser(prog="python -m eventwire.training.event_type_thresholds")
    ap.add_argument("--model", type=Path, required=True, help="the filter model to add them to")
    ap.add_argument(
        "--train", type=Path, required=True, help="news-sentences JSONL (training news)"
    )
    ap.add_argument("--labels", type=Path, action="extend", nargs="+", default=[])
    ap.add_argument("--shared", type=Path, help="the shared data folder the label files point into")
    weight_options(
        ap,
        {
            "--cost": (0.5, "weight of a wrong event against a right one"),
            "--news-loss": (0.0, "share of a type's right training-news events it may drop"),
        },
    )
    ap.add_argument(
        "--min-rows", type=int, default=10, help="label-file rows a type needs to get a threshold"
    )
    ap.add_argument(
        "--keep", type=Path, help=f"clear events to keep (default: the packaged {KEEP_FILE})"
    )
    ap.add_argument("--rows", type=Path, help="cache of the collected rows (read if present)")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    data = json.loads(args.model.read_text(encoding="utf-8"))
    data.pop("type_thresholds", None)
    data.pop("type_thresholds_report", None)
    model = EventFilter.from_json(json.dumps(data), str(args.model))
    articles = training_articles(args.train, args.labels, args.shared, labels_half="tune")
    label_ids = {str(a["id"]) for a in articles if a.get("source")}
    usable = [a for a in articles if chosen_on(str(a["id"]), label_ids)]
    inputs = [args.train, *args.labels]
    cached = read_cache(args.rows, inputs)
    rows = Rows.from_json(json.dumps(cached)) if cached is not None else collect(usable)
    if cached is None:
        write_cache(args.rows, inputs, json.loads(rows.to_json()))
    keep = {str(a["id"]) for a in usable}
    scored = scored_rows(rows, model, label_ids, keep)
    keep_path = args.keep or resources.files(KEEP_PACKAGE).joinpath(KEEP_FILE)
    clear = read_keep(keep_path.read_text(encoding="utf-8"), str(keep_path))
    caps = keep_caps(model, clear, str(keep_path))
    chosen = choose(scored, model.threshold, args.cost, args.news_loss, args.min_rows, caps)
    data["type_thresholds"] = chosen
    data["type_thresholds_report"] = {
        "chosen_on": "training news and the tune half of " + ", ".join(p.name for p in args.labels),
        "articles": len(keep),
        "cost": args.cost,
        "news_loss": args.news_loss,
        "min_rows": args.min_rows,
        "keep": f"{len(clear)} sentences of {Path(str(keep_path)).name}; caps "
        + ", ".join(f"{t} {p:.3f}" for t, p in sorted(caps.items())),
        "per_type": report(scored, model.threshold, chosen),
    }
    args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(
        f"{len(scored)} rows of {len(keep)} articles; thresholds {chosen} -> {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
