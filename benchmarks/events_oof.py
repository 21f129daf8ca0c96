"""The events filter judged end to end on labelled news it was not fitted on (out of fold).

The filter and sentence decision (``resources/events/filter.json``, fitted on the shared
training news) can be fitted on our own label files too (``training-data/news-events``,
``--labels``). To see what a fit does to the coder's output on news it has not seen, this
script splits the training articles into folds by a hash of their id, fits the model on
every fold but one with ``eventwire.training.events.train`` (the same command, same
settings as the shipped model), codes the held-out fold's articles with it, and scores them
with the news evaluator (``eventwire.evaluation.news``). The counts of the folds are summed:
type precision and recall, no-event sentences left clean, event presence, over the whole set,
the shared training news, our labels and their kinds of news (2016 US politics, 1998-2000
wire, 2018 web news).

    python benchmarks/events_oof.py \\
        --train ../shared/train/news-events/news-sentences-train.jsonl \\
        --labels training-data/news-events/*.jsonl \\
        --ngec ../shared/train/ngec/gpt_synthetic_events_2023-10-19_19.csv.zip

``--no-filter`` scores the rules alone (the filter off), ``--model FILE`` a fixed model
(the shipped one: how it does on labelled news it was not fitted on), ``--threshold``
fixes the filter threshold instead of the ``--keep-right`` rule, ``--settings`` adds coder
settings (JSON). Unlike the training commands it reads both halves of the label files by
default (``--labels-half all``, asked for explicitly): the folds span every article, and
what it prints are summed scores, never a sentence or an error of the check half;
``--labels-half tune`` keeps that half out of the fits as well.
The rows the rules propose are collected once (``--rows`` caches them). No evaluation set
is read: only the training files.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire.evaluation.news import SUPPORT_KEYS, evaluate, scores
from eventwire.training.events import (
    ALL_HALVES,
    Rows,
    _fold,
    collect,
    collect_ngec,
    labels_half_option,
    train,
    training_articles,
)

#: the kinds of news, by the start of an article id
KINDS = (("tbaq-", "wire"), ("gwn-", "web"))


def kind(article: dict[str, Any]) -> str:
    """Where an article comes from: ``train news`` (the shared training file, whose
    constructions the rules were read from) or ``own <kind>`` for our label files, by the
    kind of news its id names (wire, web, or politics: PolNeAR)."""
    if not article.get("source"):
        return "train news"
    aid = str(article["id"])
    return "own " + next((name for prefix, name in KINDS if aid.startswith(prefix)), "politics")


def subset(rows: Rows, keep: set[str]) -> Rows:
    """The rows of the articles in ``keep`` (event rows keep their sentence index)."""
    out = Rows()
    index: dict[int, int] = {}
    for i, sent in enumerate(rows.sentences):
        if sent[0] in keep:
            index[i] = len(out.sentences)
            out.sentences.append(sent)
    for ev, (si, both) in zip(rows.events, rows.extra, strict=True):
        if ev[0] in keep or (ev[0].startswith("ngec-") and si < 0):
            out.events.append(ev)
            out.extra.append((index.get(si, -1), both))
    return out


def fold_report(
    articles: list[dict[str, Any]], settings: dict[str, Any], tmp: Path
) -> dict[str, Counter[str]]:
    """Summed support counts of the news evaluator on ``articles``, whole and per kind."""
    from eventwire import Coder

    coder = Coder(settings)
    out: dict[str, Counter[str]] = {}
    for name in sorted({kind(a) for a in articles}):
        gold = tmp / f"fold-{name.replace(' ', '-')}.jsonl"
        part = [a for a in articles if kind(a) == name]
        gold.write_text("".join(json.dumps(a) + "\n" for a in part), encoding="utf-8")
        report = evaluate(gold, coder)
        out[name] = Counter({k: int(report["support"][k]) for k in SUPPORT_KEYS})
        out[name]["words"] = 0
    return out


def render(totals: dict[str, Counter[str]]) -> str:
    lines = ["| news | sentences | type P | type R | clean | presence P | presence R |"]
    lines.append("|---|---|---|---|---|---|---|")
    for name, c in totals.items():
        c = Counter(c)
        c["words"] = c["words"] or 1
        s = scores(c)
        pp = c["both_sent"] / c["coded_sent"] if c["coded_sent"] else 0.0
        pr = c["both_sent"] / c["gold_sent"] if c["gold_sent"] else 0.0
        lines.append(
            f"| {name} | {c['sentences']} | {s['type_precision']:.3f} "
            f"({c['type_right']}/{c['coded_events']}) | {s['type_recall']:.3f} "
            f"({c['gold_found']}/{c['gold_events']}) | {s['clean']:.3f} | {pp:.3f} | {pr:.3f} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--train", type=Path, required=True)
    ap.add_argument("--labels", type=Path, action="extend", nargs="+", default=[])
    labels_half_option(ap, ALL_HALVES)
    ap.add_argument("--shared", type=Path)
    ap.add_argument("--ngec", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--keep-right", type=float, default=0.88)
    ap.add_argument("--threshold", type=float)
    ap.add_argument("--no-filter", action="store_true")
    ap.add_argument(
        "--model", type=Path, help="score this filter model on every fold instead (no fitting)"
    )
    ap.add_argument("--settings", default="{}", help="coder settings (JSON) for every fold")
    ap.add_argument("--rows", type=Path, help="cache of the rules' rows (read if present)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    articles = training_articles(args.train, args.labels, args.shared, args.labels_half)
    settings = json.loads(args.settings)
    if args.rows and args.rows.exists():
        rows = Rows.from_json(args.rows.read_text(encoding="utf-8"))
    elif args.no_filter or args.model:
        rows = Rows()
    else:
        rows = collect(articles)
        if args.ngec:
            extra = collect_ngec(args.ngec)
            rows.events += extra
            rows.extra += [(-1, 0)] * len(extra)
        if args.rows:
            args.rows.write_text(rows.to_json(), encoding="utf-8")
    totals: dict[str, Counter[str]] = {"all": Counter()}
    with tempfile.TemporaryDirectory(prefix="events-oof-") as tmp:
        for k in range(args.folds):
            held = [a for a in articles if _fold(str(a["id"]), args.folds) == k]
            fitted = {str(a["id"]) for a in articles} - {str(a["id"]) for a in held}
            fold_settings = dict(settings)
            if args.no_filter:
                fold_settings["event_filter"] = False
            elif args.model:
                fold_settings["event_filter_model"] = str(args.model)
            else:
                model = train(
                    subset(rows, fitted), threshold=args.threshold, keep_right=args.keep_right
                )
                path = Path(tmp) / f"model-{k}.json"
                path.write_text(json.dumps(model), encoding="utf-8")
                fold_settings["event_filter_model"] = str(path)
            for name, counts in fold_report(held, fold_settings, Path(tmp)).items():
                totals["all"].update(counts)
                if name.startswith("own "):
                    totals.setdefault("own labels", Counter()).update(counts)
                totals.setdefault(name, Counter()).update(counts)
            print(f"  fold {k + 1}/{args.folds}: {len(held)} articles", file=sys.stderr)
    if args.json:
        print(json.dumps({k: dict(v) for k, v in totals.items()}, indent=1))
    else:
        print(render(totals))
    return 0


if __name__ == "__main__":
    sys.exit(main())
