"""Event coding scored on PLOVER gold-standard records (``plover-gsr-*.json``).

Each gold record is one sentence with one event. We code its text (with its date)
and score:

- **hit rate**: the gold type is among the sentence's events;
- **primary**: the highest-confidence event has the gold type;
- **actor / recipient country** on the matched event (the highest-confidence event of
  the gold type): some coded actor's country is one of the gold actors' countries;
  ``+ sector``: country and first sector agree (gold without a sector: country only);
- **full match**: gold type hit, actor country and recipient country right (a gold
  record without a recipient needs none);
- a per-type table with what each gold type was coded as instead.

Older gold labels are mapped as the PLOVER manual's CAMEO-to-PLOVER table says:
DEMAND → REQUEST, DISAPPROVE → ACCUSE, INVESTIGATE → ACCUSE, FIGHT → ASSAULT.
Codes are compared on their first three letters; the old CAMEO country codes that
differ from ISO 3166 (``JAP`` …) are mapped to ISO, and every non-country code
(IGO codes such as ``UNO``/``NATO``/``EU``, ``NGO``, ``IMG``) counts as the class ``IGO``
when the gold names one, since the gold file writes ``IGO`` for all of them.

Run: ``python -m eventwire.evaluation.events ../shared/eval/events/plover-gsr-dev.json``
(or ``eventwire eval events --gold FILE``).
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EvaluationError
from ..petrarch import iso3_codes
from ..records import PLOVER_TYPES
from ..resources import table
from . import json_records
from .split import HALVES, add_to_half, half, half_totals

if TYPE_CHECKING:
    from ..coder import Coder
    from ..records import ActorRef, Event

LABEL_MAP = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
# Old CAMEO country codes that are not ISO 3166 alpha-3, and the ISO code of each.
CAMEO_COUNTRY = {row[0]: row[1] for row in table("ontology", "cameo-old-countries.tsv", columns=2)}

METRICS = (
    "hit_rate",
    "primary",
    "actor_country",
    "actor_sector",
    "recipient_country",
    "recipient_sector",
    "full_match",
)


def _country(code: str | None) -> str | None:
    """The comparable country part of an actor code: ISO alpha-3, or ``IGO`` for non-states."""
    if not code:
        return None
    head = code.strip().upper()[:3]
    head = CAMEO_COUNTRY.get(head, head)
    if head in iso3_codes():
        return head
    return "IGO"


def _gold_actors(raw: Any) -> list[tuple[str, str | None]]:
    """(country, first sector) pairs from a gold ``source``/``target`` field."""
    if isinstance(raw, dict):
        raw = [raw]
    if not isinstance(raw, list):
        return []
    out: list[tuple[str, str | None]] = []
    for item in raw:
        if not isinstance(item, dict):
            continue
        code = str(item.get("code") or "").strip()
        country = _country(code)
        if country is None:
            continue
        sector = str(item.get("sector") or "").strip().upper()[:3] or None
        if sector is None and len(code) >= 6:
            sector = code[3:6].upper()
        if sector and not sector.isalpha():
            sector = None
        out.append((country, sector))
    return out


def _coded(refs: list[ActorRef]) -> list[tuple[str, str | None]]:
    out = []
    for r in refs:
        country = _country(r.code)
        if country is not None:
            out.append((country, r.sectors[0].upper() if r.sectors else None))
    return out


def _country_ok(gold: list[tuple[str, str | None]], coded: list[tuple[str, str | None]]) -> bool:
    return bool({g for g, _ in gold} & {c for c, _ in coded})


def _count_party(
    counts: Counter[str],
    party: str,
    gold: list[tuple[str, str | None]],
    coded: list[tuple[str, str | None]],
) -> bool:
    """Count one party (actor or recipient) of a matched event; whether its country is right
    (True when the gold names none)."""
    if not gold:
        return True
    counts[f"{party}_n"] += 1
    ok = _country_ok(gold, coded)
    counts[f"{party}_country"] += ok
    counts[f"{party}_sector"] += _sector_ok(gold, coded)
    return ok


def _sector_ok(gold: list[tuple[str, str | None]], coded: list[tuple[str, str | None]]) -> bool:
    for g_country, g_sector in gold:
        for c_country, c_sector in coded:
            if g_country == c_country and (g_sector is None or g_sector == c_sector):
                return True
    return False


def _texts(raw: Any) -> list[str]:
    if isinstance(raw, dict):
        raw = [raw]
    if not isinstance(raw, list):
        return []
    return [str(a.get("actorText")) for a in raw if isinstance(a, dict) and a.get("actorText")]


def _text_ok(gold: list[str], refs: list[ActorRef]) -> bool:
    """Some coded phrase shares a word with some gold actor text (case-insensitive)."""
    coded = {w.lower().strip(".,'’s") for r in refs for w in r.text.split()}
    return any(w.lower().strip(".,'’s") in coded for g in gold for w in g.split())


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The coded sentences of a PLOVER gold file (the DOCUMENT header left out)."""
    data = json_records(
        path, "PLOVER gold records", "a JSON list of records with 'text' and 'event'"
    )
    records = []
    for i, rec in enumerate(data):
        if not isinstance(rec, dict) or rec.get("event") == "DOCUMENT":
            continue
        if not isinstance(rec.get("text"), str) or not rec.get("event"):
            raise EvaluationError(f"{path}: record #{i} has no 'text' or 'event'")
        records.append(rec)
    return records


def _primary(events: list[Event]) -> Event | None:
    asserted = [e for e in events if "negation" not in e.aux] or events
    return max(asserted, key=lambda e: e.confidence) if asserted else None


def evaluate(gold: Path, coder: Coder, limit: int | None = None) -> dict[str, Any]:
    """Code every gold sentence and score it; returns the report as a dict."""
    records = load_gold(Path(gold))[:limit]
    totals = half_totals()
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    confusions: dict[str, Counter[str]] = defaultdict(Counter)
    # only the tune half's errors are kept: the check half is scored, never read
    misses: list[dict[str, Any]] = []
    for i, rec in enumerate(records):
        gold_type = LABEL_MAP.get(str(rec["event"]).upper(), str(rec["event"]).upper())
        text = rec["text"].strip() or rec["text"]
        date = rec.get("date") if isinstance(rec.get("date"), str) else None
        err: str | None = None
        try:
            analysis = coder.code(text, date=date, id=str(rec.get("id") or f"gold-{i}"))
        except Exception as exc:  # noqa: BLE001 - a record the coder rejects scores as a miss
            analysis = None
            err = f"{type(exc).__name__}: {exc}"
        events = analysis.events if analysis is not None else []
        counts: Counter[str] = Counter()
        which = half(str(rec.get("id") or text))
        gold_src = _gold_actors(rec.get("source"))
        gold_tgt = _gold_actors(rec.get("target"))
        counts["records"] += 1
        per_type[gold_type]["records"] += 1
        matched = [e for e in events if e.event == gold_type]
        hit = bool(matched)
        primary = _primary(events)
        primary_ok = primary is not None and primary.event == gold_type
        counts["hit"] += hit
        counts["primary"] += primary_ok
        per_type[gold_type]["hit"] += hit
        per_type[gold_type]["primary"] += primary_ok
        if not primary_ok:
            confusions[gold_type][primary.event if primary else "(none)"] += 1
        actor_ok = recip_ok = False
        if hit:
            best = max(matched, key=lambda e: e.confidence)
            coded_src, coded_tgt = _coded(best.actor), _coded(best.recipient)
            # argument phrases, independent of code resolution: word overlap with gold text
            if _texts(rec.get("source")):
                counts["actor_text_n"] += 1
                counts["actor_text"] += _text_ok(_texts(rec.get("source")), best.actor)
            if _texts(rec.get("target")):
                counts["recipient_text_n"] += 1
                counts["recipient_text"] += _text_ok(_texts(rec.get("target")), best.recipient)
            actor_ok = _count_party(counts, "actor", gold_src, coded_src)
            recip_ok = _count_party(counts, "recipient", gold_tgt, coded_tgt)
        full = hit and actor_ok and recip_ok
        counts["full_match"] += full
        per_type[gold_type]["full"] += full
        add_to_half(totals, which, counts)
        if not full and which == "tune":
            misses.append(
                {
                    "id": rec.get("id"),
                    "gold": gold_type,
                    "coded": [
                        f"{e.event}:{'+'.join(a.code or '?' for a in e.actor)}>"
                        f"{'+'.join(r.code or '?' for r in e.recipient)}"
                        for e in events
                    ],
                    "gold_actor": [c for c, _ in gold_src],
                    "gold_recipient": [c for c, _ in gold_tgt],
                    "half": which,
                    "text": text[:200],
                    "texts": [
                        f"{e.event}: {' + '.join(a.text for a in e.actor)} > "
                        f"{' + '.join(r.text for r in e.recipient)}"
                        for e in events
                    ],
                    **({"error": err} if err else {}),
                }
            )
    scores = _scores(totals["all"])
    table = {
        t: {
            "records": c["records"],
            "hit_rate": round(c["hit"] / c["records"], 4),
            "primary": round(c["primary"] / c["records"], 4),
            "full_match": round(c["full"] / c["records"], 4),
            "confused_with": dict(confusions[t].most_common()),
        }
        for t, c in sorted(per_type.items(), key=lambda kv: PLOVER_TYPES.index(kv[0]))
        if t in PLOVER_TYPES
    }
    return {
        "task": "events",
        "gold": str(gold),
        "records": totals["all"]["records"],
        "scores": scores,
        "support": {"actor": totals["all"]["actor_n"], "recipient": totals["all"]["recipient_n"]},
        "halves": {
            h: {"records": totals[h]["records"], "scores": _scores(totals[h])} for h in HALVES
        },
        "per_type": table,
        "tune_errors": misses,
    }


def _scores(counts: Counter[str]) -> dict[str, float]:
    n = counts["records"] or 1

    def ratio(num: str, den: int) -> float:
        return round(counts[num] / den, 4) if den else 0.0

    return {
        "hit_rate": ratio("hit", n),
        "primary": ratio("primary", n),
        "actor_country": ratio("actor_country", counts["actor_n"]),
        "actor_sector": ratio("actor_sector", counts["actor_n"]),
        "recipient_country": ratio("recipient_country", counts["recipient_n"]),
        "recipient_sector": ratio("recipient_sector", counts["recipient_n"]),
        "full_match": ratio("full_match", n),
        "actor_text": ratio("actor_text", counts["actor_text_n"]),
        "recipient_text": ratio("recipient_text", counts["recipient_text_n"]),
    }


def render(report: dict[str, Any]) -> str:
    """The report as a readable terminal table."""
    s = report["scores"]
    lines = [
        f"Event coding on {report['gold']} ({report['records']} sentences)",
        "",
        f"  gold-type hit rate        {s['hit_rate']:.3f}",
        f"  primary-event accuracy    {s['primary']:.3f}",
        f"  actor country             {s['actor_country']:.3f}   "
        f"(+ sector {s['actor_sector']:.3f}; n={report['support']['actor']})",
        f"  recipient country         {s['recipient_country']:.3f}   "
        f"(+ sector {s['recipient_sector']:.3f}; n={report['support']['recipient']})",
        f"  full match                {s['full_match']:.3f}",
        f"  (argument words found: actor {s['actor_text']:.3f}, "
        f"recipient {s['recipient_text']:.3f})",
        "",
        "  halves (tune / check):",
        *(
            f"    {k:<22} " + " / ".join(f"{report['halves'][h]['scores'][k]:.3f}" for h in HALVES)
            for k in ("hit_rate", "primary", "actor_country", "recipient_country", "full_match")
        ),
        "",
        f"  {'type':<10} {'n':>4} {'hit':>6} {'primary':>8} {'full':>6}  coded instead (primary)",
    ]
    for t, row in report["per_type"].items():
        conf = ", ".join(f"{k} {v}" for k, v in row["confused_with"].items())
        lines.append(
            f"  {t:<10} {row['records']:>4} {row['hit_rate']:>6.2f} {row['primary']:>8.2f} "
            f"{row['full_match']:>6.2f}  {conf}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m eventwire.evaluation.events GOLD [--json] [--limit N] [--misses]``."""
    import argparse

    from ..coder import Coder

    ap = argparse.ArgumentParser(prog="python -m eventwire.evaluation.events")
    ap.add_argument("gold", type=Path)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--limit", type=int)
    ap.add_argument(
        "--misses", action="store_true", help="list the tune half's records not fully matched"
    )
    args = ap.parse_args(argv)
    report = evaluate(args.gold, Coder(), args.limit)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(render(report))
        if args.misses:
            for m in report["tune_errors"]:
                print(f"- {m['gold']} {m['gold_actor']}>{m['gold_recipient']} got {m['coded']}")
                if "texts" in m:
                    print(f"    args {m['texts']}")
                print(f"    {m['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
