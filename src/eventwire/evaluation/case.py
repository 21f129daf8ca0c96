"""Event typing on CASE 2021 task 2 news snippets, with non-political negatives.

The gold (``case2021-task2-*.tsv``: ``id``, ``EventSnippet``, ``SubType``) labels each
snippet with the ACLED-derived subtype of the event it reports. Each label maps to the
PLOVER types a coder may rightly give the snippet (the table in
``../shared/eval/README.md``, kept in ``resources/ontology/case2021-plover.tsv`` and
read into ``LABELS`` below). Measures:

- **type hit**: some non-negated coded event has one of the label's types;
- **primary**: the most confident non-negated event has one of them;
- **disaster snippets clean**: natural and man-made disasters get no ASSAULT, COERCE,
  PROTEST, MOBILIZE or THREATEN event (earthquakes, fires and crashes are not actors);
- per label as well as overall, over all snippets and over the two halves of a hash
  split by snippet id (``evaluation.split``).

Run: ``eventwire eval case --gold ../shared/eval/events/case2021-task2-dev.tsv``.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EvaluationError
from ..resources import table
from . import ratio
from .split import HALVES, add_to_half, half, half_totals

if TYPE_CHECKING:
    from ..coder import Coder
    from ..records import Event

# The label table: resources/ontology/case2021-plover.tsv says where it comes from.
_TABLE = table("ontology", "case2021-plover.tsv", columns=3)
#: CASE 2021 subtype -> the PLOVER types that count as a hit.
LABELS: dict[str, frozenset[str]] = {
    label: frozenset(types.split()) for label, scoring, types, *_ in _TABLE if scoring == "hit"
}
#: Labels that are not scored.
UNSCORED = frozenset(label for label, scoring, *_ in _TABLE if scoring == "unscored")
#: Negatives: no event of these types may be coded for them.
DISASTERS = frozenset(label for label, scoring, *_ in _TABLE if scoring == "negative")
VIOLENT = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN"})


def load_gold(path: Path) -> list[dict[str, str]]:
    """The snippets of a CASE 2021 task 2 TSV file: ``id``, ``text``, ``label``."""
    try:
        with Path(path).open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(
            f"{path}: cannot read CASE 2021 gold ({exc}); expected a UTF-8 TSV file with "
            "columns id, EventSnippet, SubType"
        ) from exc
    if not rows or [c.strip() for c in rows[0][:3]] != ["id", "EventSnippet", "SubType"]:
        raise EvaluationError(
            f"{path}: expected a header 'id<TAB>EventSnippet<TAB>SubType', got {rows[:1]!r:.80}"
        )
    out = []
    for n, row in enumerate(rows[1:], 2):
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) < 3:
            raise EvaluationError(f"{path}:{n}: expected 3 tab-separated columns, got {len(row)}")
        label = row[2].strip()
        if label not in LABELS and label not in UNSCORED and label not in DISASTERS:
            raise EvaluationError(
                f"{path}:{n}: unknown SubType {label!r}; expected one of "
                f"{sorted(set(LABELS) | UNSCORED | DISASTERS)}"
            )
        out.append({"id": row[0].strip(), "text": row[1], "label": label})
    return out


def _asserted(events: list[Event]) -> list[Event]:
    return [e for e in events if "negation" not in e.aux]


def _scores(c: Counter[str]) -> dict[str, float]:
    return {
        "hit_rate": ratio(c["hit"], c["scored"]),
        "primary": ratio(c["primary"], c["scored"]),
        "disaster_clean": ratio(c["clean"], c["disasters"]),
        "events_per_snippet": round(c["events"] / c["snippets"], 3) if c["snippets"] else 0.0,
    }


def evaluate(gold: Path, coder: Coder, limit: int | None = None) -> dict[str, Any]:
    """Code every snippet and score it; returns the report as a dict."""
    rows = load_gold(Path(gold))[:limit]
    totals = half_totals()
    per_label: dict[str, Counter[str]] = defaultdict(Counter)
    confusions: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[dict[str, Any]] = []
    for row in rows:
        try:
            events = _asserted(coder.code(row["text"], id=f"case-{row['id']}").events)
        except Exception:  # noqa: BLE001 - a snippet the coder rejects codes nothing
            events = []
        label = row["label"]
        which = half(row["id"])
        c: Counter[str] = Counter(snippets=1, events=len(events))
        primary = max(events, key=lambda e: e.confidence).event if events else "(none)"
        if label in DISASTERS:
            violent = [e for e in events if e.event in VIOLENT]
            c["disasters"] += 1
            c["clean"] += not violent
            per_label[label]["n"] += 1
            per_label[label]["clean"] += not violent
            ok = not violent
        elif label in LABELS:
            allowed = LABELS[label]
            hit = any(e.event in allowed for e in events)
            prim = primary in allowed
            c["scored"] += 1
            c["hit"] += hit
            c["primary"] += prim
            per_label[label]["n"] += 1
            per_label[label]["hit"] += hit
            per_label[label]["primary"] += prim
            if not prim:
                confusions[label][primary] += 1
            ok = prim
        else:
            ok = True
        add_to_half(totals, which, c)
        if which == "tune" and not ok:
            errors.append(
                {
                    "id": row["id"],
                    "label": label,
                    "coded": [f"{e.event} '{e.trigger.text}' ({e.rule})" for e in events],
                    "text": row["text"][:300],
                }
            )
    return {
        "task": "case",
        "gold": str(gold),
        "snippets": len(rows),
        "scores": _scores(totals["all"]),
        "support": {
            "scored": totals["all"]["scored"],
            "disasters": totals["all"]["disasters"],
        },
        "halves": {
            h: {
                "scores": _scores(totals[h]),
                "support": {"scored": totals[h]["scored"], "disasters": totals[h]["disasters"]},
            }
            for h in HALVES
        },
        "per_label": {
            k: {
                "n": v["n"],
                **(
                    {"clean": ratio(v["clean"], v["n"])}
                    if k in DISASTERS
                    else {
                        "hit_rate": ratio(v["hit"], v["n"]),
                        "primary": ratio(v["primary"], v["n"]),
                        "confused_with": dict(confusions[k].most_common(4)),
                    }
                ),
            }
            for k, v in sorted(per_label.items())
        },
        "tune_errors": errors,
    }


def render(report: dict[str, Any]) -> str:
    """The report as a readable terminal table."""
    cols = [("all", report["scores"], report["support"])] + [
        (h, v["scores"], v["support"]) for h, v in report["halves"].items()
    ]
    lines = [
        f"CASE 2021 task 2 snippets: {report['gold']} ({report['snippets']} snippets)",
        "",
        f"  {'measure':<30}" + "".join(f"{name:>10}" for name, _, _ in cols),
    ]
    for label, key in (
        ("type hit rate", "hit_rate"),
        ("primary type", "primary"),
        ("disaster snippets clean", "disaster_clean"),
        ("events per snippet", "events_per_snippet"),
    ):
        lines.append(f"  {label:<30}" + "".join(f"{s[key]:>10.3f}" for _, s, _ in cols))
    lines.append(
        f"  {'(scored / disaster snippets)':<30}"
        + "".join(f"{str(sup['scored']) + '/' + str(sup['disasters']):>10}" for _, _, sup in cols)
    )
    lines += ["", f"  {'label':<30} {'n':>4} {'hit':>6} {'primary':>8}  coded instead (primary)"]
    for k, row in report["per_label"].items():
        if "clean" in row:
            lines.append(f"  {k:<30} {row['n']:>4}  clean {row['clean']:.2f}")
        else:
            conf = ", ".join(f"{t} {n}" for t, n in row["confused_with"].items())
            lines.append(
                f"  {k:<30} {row['n']:>4} {row['hit_rate']:>6.2f} {row['primary']:>8.2f}  {conf}"
            )
    return "\n".join(lines)
