"""A readable terminal view of events, quotes and the other records."""

from __future__ import annotations

from collections.abc import Iterable

from ..records import ActorRef, Analysis, Event


def _who(refs: list[ActorRef]) -> str:
    if not refs:
        return "-"
    return "; ".join(
        f"{r.text} [{(r.code or '?')}{(' ' + '/'.join(r.sectors)) if r.sectors else ''}]"
        for r in refs
    )


def _clip(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def event_lines(items: Iterable[tuple[Analysis, Event]], explain: bool = False) -> list[str]:
    """One block of lines per event: date, type/mode, actor → recipient, place, trigger."""
    lines = []
    for analysis, ev in items:
        kind = ev.event + (f"/{ev.mode}" if ev.mode else "")
        aux = f" ({', '.join(ev.aux)})" if ev.aux else ""
        cameo = f" cameo {ev.cameo}" if ev.cameo else ""
        where = f" @ {ev.location.name or ev.location.text}" if ev.location else ""
        date = ev.date or analysis.article.date or "????-??-??"
        lines.append(f"{date}  {kind}{aux}{cameo}{where}   [{analysis.article.id} {ev.id}]")
        lines.append(f"    {_clip(_who(ev.actor), 70)}  →  {_clip(_who(ev.recipient), 70)}")
        lines.append(f"    “{_clip(ev.trigger.text, 40)}” in: {_clip(ev.sentence.text, 100)}")
        if explain:
            ctx = ", ".join(ev.context) or "-"
            lines.append(
                f"    rule: {ev.rule or '-'}  confidence: {ev.confidence:.2f}  "
                f"context: {ctx}  date from: {ev.date_origin or '-'}"
            )
            lines.append(f"    date: {ev.date_rule or '-'}")
            lines.append(f"    place: {ev.place_rule or '-'}")
    return lines


def analysis_lines(analysis: Analysis, explain: bool = False) -> list[str]:
    """The whole analysis of one article as readable lines."""
    art = analysis.article
    out = [f"== {art.id}  {art.date or ''}  {art.title or ''}".rstrip()]
    out.append(f"-- events ({len(analysis.events)})")
    out += event_lines(((analysis, e) for e in analysis.events), explain)
    out.append(f"-- actors ({len(analysis.entities)})")
    for ent in analysis.entities:
        code = (ent.code or "?") + (" " + "/".join(ent.sectors) if ent.sectors else "")
        names = ", ".join(dict.fromkeys(m.text for m in ent.mentions))
        out.append(f"  {ent.id:>4}  {code:<14} {ent.kind:<12} {_clip(names, 80)}")
    out.append(f"-- quotes ({len(analysis.quotes)})")
    for q in analysis.quotes:
        who = q.speaker.text if q.speaker else "?"
        cue = q.cue.text if q.cue else "-"
        content = " … ".join(c.text for c in q.content)
        out.append(f"  {q.id:>4}  {q.kind:<8} {who} ({cue}): {_clip(content, 90)}")
    out.append(f"-- times ({len(analysis.times)})")
    for t in analysis.times:
        rng = f"..{t.end_value}" if t.end_value else ""
        out.append(f"  {t.text!r:<32} {t.type:<9} {t.value}{rng}")
    out.append(f"-- places ({len(analysis.places)})")
    for p in analysis.places:
        coords = f"{p.lat:.2f},{p.lon:.2f}" if p.lat is not None and p.lon is not None else "-"
        out.append(
            f"  {p.text!r:<28} {p.name or '?'} [{p.country or '?'}] {coords} {p.feature or ''}"
        )
    out.append(f"-- own voice ({len(analysis.claims)})")
    for c in analysis.claims:
        out.append(f"  {c.kind:<13} {_clip(c.text, 90)}")
    return out
