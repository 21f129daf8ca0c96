r"""What the learned events filter drops, by the kind of the event's actor and recipient.

Every event the rules propose is counted as kept or dropped by the filter (and its
``ensemble`` veto and the sentence decision's overrule), and as type-right or not (its
sentence is labelled with an event of that type or with it as an alternative, as
``eval news`` scores it), split by what its actor and its recipient are: coded (a
country or body code), an uncoded person's or organisation's name, an uncoded common
noun the actors annotator took for a party (group, population …), a pronoun, a thing (no
entity at all) or none.
Whether coding more parties would pay in types: a dropped right event with an uncoded
person gains from a code; a dropped wrong one comes back with it.

    PYTHONPATH=src python benchmarks/filter_drops.py training-data/news-events/*.jsonl
    PYTHONPATH=src python benchmarks/filter_drops.py \
        --news ../shared/train/news-events/news-sentences-train.jsonl

Label files are read for their TUNE half only (``eventwire.evaluation.split``); the
check half is never coded here. A news file in the dev format is read whole: only the
training news; a file under ``shared/eval`` (the dev and test gold) is refused.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire import Coder
from eventwire.annotators import events as events_module
from eventwire.annotators.event_filter import party_kind
from eventwire.evaluation.label_files import Texts, with_text
from eventwire.evaluation.news import gold_types, load_gold
from eventwire.evaluation.split import half
from eventwire.training import under_eval

SHARED = Path(__file__).resolve().parents[2] / "shared"
#: (kept, right) cells of one row, in print order
CELLS = ((True, True), (True, False), (False, True), (False, False))


def side_kind(refs: list[Any], analysis: Any) -> str:
    """What an actor or recipient is (``event_filter.party_kind``)."""
    return party_kind(refs, analysis)


class _Recorder:
    """While open, wraps the events annotator's filter step to keep every proposed event's
    verdict (``seen``: event, kept, the article's analysis); closing restores the step."""

    def __init__(self) -> None:
        self.seen: list[tuple[Any, bool, Any]] = []
        self._judge = events_module.EventsAnnotator._judge

    def __enter__(self) -> _Recorder:
        judge_all = self._judge
        seen = self.seen

        def judge(annotator: Any, proposed: list[Any], ctx: Any, presence: float) -> list[Any]:
            kept = judge_all(annotator, proposed, ctx, presence)
            ids = {id(e) for e in kept}
            seen.extend((ev, id(ev) in ids, ctx.analysis) for ev in proposed)
            return kept

        events_module.EventsAnnotator._judge = judge  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        events_module.EventsAnnotator._judge = self._judge  # type: ignore[method-assign]


def tally(articles: list[dict[str, Any]], coder: Any) -> dict[tuple[str, str], Counter[Any]]:
    """(side, kind) -> Counter of (kept, right) over every proposed event in a labelled
    sentence of ``articles``."""
    table: dict[tuple[str, str], Counter[Any]] = defaultdict(Counter)
    with _Recorder() as recorder:
        for art in articles:
            recorder.seen.clear()
            coder.code_context(
                art["text"], date=art.get("date"), id=str(art["id"]), title=art.get("title")
            )
            spans = [(s["start"], s["end"], s["events"]) for s in art["sentences"]]
            for ev, kept, analysis in recorder.seen:
                gold = next((g for a, b, g in spans if a <= ev.trigger.start < b), None)
                if gold is None:
                    continue
                right = any(ev.event in gold_types(g) for g in gold if isinstance(g, dict))
                table[("actor", side_kind(ev.actor, analysis))][(kept, right)] += 1
                table[("recipient", side_kind(ev.recipient, analysis))][(kept, right)] += 1
    return table


def render(table: dict[tuple[str, str], Counter[Any]]) -> str:
    lines = [f"  {'side':10s}{'kind':28s}  kept right / wrong   dropped right / wrong"]
    for (side, kind), c in sorted(table.items()):
        kr, kw, dr, dw = (c[cell] for cell in CELLS)
        lines.append(f"  {side:10s}{kind:28s}  {kr:10d} / {kw:5d}   {dr:13d} / {dw:5d}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path, help="label files (their tune half is read)")
    ap.add_argument("--news", type=Path, help="a training news file in the dev format, read whole")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    args = ap.parse_args(argv)
    if args.news is not None and under_eval(args.news, args.shared):
        ap.error(f"{args.news} is a dev or test gold file: score it with `eventwire eval`")
    articles: list[dict[str, Any]] = []
    if args.files:
        texts = Texts(args.shared)
        labelled = [a for f in args.files for a in with_text(f, texts)]
        articles += [a for a in labelled if half(str(a["id"])) == "tune"]
    if args.news is not None:
        articles += load_gold(args.news)
    print(render(tally(articles, Coder())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
