"""Actor-code accuracy on PLOVER gold records (``eventwire eval actors --gold FILE``).

For every gold actor and recipient mention (``source``/``target`` entries with
``actorText`` and ``code``) the sentence is parsed and annotated up to the actors
annotator; the mention's text is found in the sentence and ``actor_ref`` gives our code
for that span. Two scores:

- **country**: our country (or international) code equals the gold code's first three
  letters. The gold follows CAMEO, which writes every intergovernmental organisation as
  ``IGO``; PLOVER separates the UN (``UNO``) and the EU (``EUR``), so those two count as
  ``IGO`` when compared.
- **country+sector**: the country matches and our primary sector equals the gold's first
  sector (the first three letters of ``sector``, or of the code after the country), both
  possibly empty. Mentions whose gold sector is ``***`` (unknown) are left out of this score.

A mention whose text cannot be found in its sentence counts as wrong on both scores.
A mention we leave without a code (no country rather than a guessed one) is wrong and is
also counted as **unresolved**.

Every score is also given for the two halves of the records (``evaluation.split``, by a
hash of the record id): ``tune``, whose errors we read, and ``check``, which we only score.

The GSR records carry a placeholder date (2000-01-01 on every record, not when the
sentence was written: they are examples from the CAMEO manual), so sentences are coded
without a date unless ``use_dates`` is set: office-holders then take their latest term.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import json_records
from .split import HALVES, half

if TYPE_CHECKING:
    from ..coder import Coder

IGO_ALIASES = {"UNO": "IGO", "EUR": "IGO"}


def _gold_records(gold: Path) -> list[dict[str, Any]]:
    data = json_records(
        gold,
        "the gold file",
        "a JSON list of PLOVER gold records (see ../shared/eval/README.md)",
    )
    return [r for r in data if isinstance(r, dict) and r.get("event") != "DOCUMENT"]


def gold_mentions(record: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(role, actorText, country, sector) for each coded actor/recipient of a record."""
    out: list[tuple[str, str, str, str]] = []
    for role in ("source", "target"):
        items = record.get(role)
        if not isinstance(items, list):
            continue
        for item in items:
            if not isinstance(item, dict):
                continue
            text, code = item.get("actorText"), item.get("code")
            if not text or not code or not isinstance(code, str):
                continue
            code = code.strip().upper()
            sector = str(item.get("sector") or "").strip()
            if not sector and len(code) > 3:
                sector = code[3:]
            out.append((role, str(text), code[:3], sector[:3].upper()))
    return out


def locate(sentence: str, text: str) -> tuple[int, int] | None:
    """Character offsets of the gold actor text in the sentence (tolerant of gold typos)."""
    text = text.strip()
    if not text:
        return None
    m = re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", sentence)
    if m:
        return m.start(), m.end()
    pos = sentence.find(text)
    if pos >= 0:
        return pos, pos + len(text)
    # collapse runs of spaces; "Bosnian Serbs ... forces": the first part
    squeezed = re.sub(r"\s+", " ", text)
    parts = [p.strip() for p in squeezed.split("...") if p.strip()]
    for cand in [squeezed, *parts]:
        pos = sentence.find(cand)
        if pos >= 0:
            return pos, pos + len(cand)
        low = sentence.lower().find(cand.lower())
        if low >= 0:
            return low, low + len(cand)
    # "Greek-Cypriot" for "Greek": the longest word of the gold text found in the sentence
    words = sorted(re.findall(r"[\w'-]{3,}", squeezed), key=len, reverse=True)
    for w in words:
        for piece in [w, *w.split("-")]:
            m = re.search(r"\b" + re.escape(piece) + r"\b", sentence)
            if m and len(piece) >= 3:
                return m.start(), m.end()
    return None


def _ours(code: str | None) -> str:
    if not code:
        return ""
    return IGO_ALIASES.get(code, code)[:3]


def evaluate(
    gold: Path, coder: Coder, limit: int | None = None, use_dates: bool = False
) -> dict[str, Any]:
    """Score our actor codes against the gold records' actor and recipient codes."""
    from ..annotators import Context
    from ..annotators.actors import actor_ref
    from ..coder import make_article
    from ..records import Analysis

    records = _gold_records(gold)
    if limit is not None:
        records = records[:limit]
    names = list(coder.settings["annotators"])
    upto = names.index("actors") + 1 if "actors" in names else len(names)
    annotators = coder.annotators[:upto]
    n = country_ok = 0
    n_sector = sector_ok = 0
    unlocated = unresolved = 0
    # per half: [mentions, country ok, sector-scored mentions, sector ok, unresolved]
    by_half: dict[str, list[int]] = {h: [0, 0, 0, 0, 0] for h in HALVES}
    errors: list[dict[str, Any]] = []
    confusion: Counter[tuple[str, str]] = Counter()
    for i, rec in enumerate(records):
        sentence = rec.get("text")
        mentions = gold_mentions(rec)
        if not isinstance(sentence, str) or not sentence.strip() or not mentions:
            continue
        art = make_article(
            {
                "id": rec.get("id") or f"gold-{i}",
                "text": sentence,
                "date": rec.get("date") if use_dates else None,
            },
            where=f"{gold}: record {rec.get('id') or i}",
        )
        part = half(str(rec.get("id") or sentence))
        tally = by_half[part]
        doc = coder.nlp(sentence)
        ctx = Context(article=art, doc=doc, analysis=Analysis(article=art), settings=coder.settings)
        for ann in annotators:
            ann(ctx)
        for role, text, g_country, g_sector in mentions:
            n += 1
            tally[0] += 1
            scored_sector = g_sector != "***"
            if scored_sector:
                n_sector += 1
                tally[2] += 1
            where = locate(sentence, text)
            span = doc.char_span(*where, alignment_mode="expand") if where else None
            if span is None or len(span) == 0:
                unlocated += 1
                errors.append(
                    {
                        "id": rec.get("id"),
                        "half": part,
                        "role": role,
                        "text": text,
                        "gold": g_country,
                        "ours": None,
                    }
                )
                continue
            ref = actor_ref(ctx, span)
            ours_c = _ours(ref.code)
            ours_s = ref.sectors[0] if ref.sectors else ""
            c_ok = ours_c == g_country
            s_ok = c_ok and ours_s == g_sector
            country_ok += c_ok
            tally[1] += c_ok
            if not ref.code:
                unresolved += 1
                tally[4] += 1
            if scored_sector:
                sector_ok += s_ok
                tally[3] += s_ok
            if not c_ok or (scored_sector and not s_ok):
                confusion[(g_country + g_sector, ours_c + ours_s)] += 1
                errors.append(
                    {
                        "id": rec.get("id"),
                        "half": part,
                        "role": role,
                        "text": text,
                        "gold": g_country + (g_sector if scored_sector else ""),
                        "ours": ours_c + ours_s,
                        "span": span.text,
                    }
                )
    return {
        "task": "actors",
        "gold": str(gold),
        "records": len(records),
        "mentions": n,
        "country_accuracy": round(country_ok / n, 4) if n else 0.0,
        "country_sector_accuracy": round(sector_ok / n_sector, 4) if n_sector else 0.0,
        "sector_scored_mentions": n_sector,
        "unlocated": unlocated,
        "unresolved": unresolved,
        "halves": {
            h: {
                "mentions": t[0],
                "country_accuracy": round(t[1] / t[0], 4) if t[0] else 0.0,
                "country_sector_accuracy": round(t[3] / t[2], 4) if t[2] else 0.0,
                "unresolved": t[4],
            }
            for h, t in by_half.items()
        },
        "top_confusions": [
            {"gold": g, "ours": o, "count": c} for (g, o), c in confusion.most_common(15)
        ],
        "errors": errors,
    }


def render(report: dict[str, Any]) -> str:
    """A readable summary of an actors report."""
    lines = [
        f"actors: {report['mentions']} gold mentions in {report['records']} records "
        f"({report['gold']})",
        f"  country accuracy         {report['country_accuracy']:.3f}",
        f"  country+sector accuracy  {report['country_sector_accuracy']:.3f}  "
        f"(over {report['sector_scored_mentions']} mentions with a known sector)",
        f"  mentions not found in their sentence: {report['unlocated']}",
        f"  mentions left without a code (unresolved): {report['unresolved']}",
    ]
    for name, h in report.get("halves", {}).items():
        lines.append(
            f"  {name + ' half':<10} {h['mentions']:>4} mentions: country "
            f"{h['country_accuracy']:.3f}, country+sector {h['country_sector_accuracy']:.3f}, "
            f"unresolved {h['unresolved']}"
        )
    if report.get("top_confusions"):
        lines.append("  most frequent confusions (gold -> ours):")
        for c in report["top_confusions"][:10]:
            lines.append(f"    {c['gold'] or '-':<8} -> {c['ours'] or '-':<8} x{c['count']}")
    return "\n".join(lines)
