"""The article page's highlighting: an article's records laid over its text.

Records overlap (a place inside a quote, a trigger inside an own-voice claim), so
the text is cut at every record boundary into segments, each carrying the kinds
and labels of every record that covers it. The template renders each segment as
one escaped ``<span>``; no record text ever reaches the page unescaped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..records import Analysis

KINDS = ("actor", "event", "quote", "cue", "time", "place", "claim")


@dataclass
class Mark:
    """One record's stretch of text, with what the page shows on hover."""

    kind: str
    start: int
    end: int
    ref: str  # the record id the mark links to (e1, ev1, q1, t0, p0, c0)
    label: str


@dataclass
class Segment:
    """A run of text covered by the same records."""

    text: str
    start: int
    kinds: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        """The hover text: every covering record's label, one a line."""
        return "\n".join(self.labels)


def _code(code: str | None, sectors: list[str]) -> str:
    return " ".join([code or "?", *sectors])


def marks(analysis: Analysis) -> list[Mark]:
    """Every highlightable record of an analysis, in text order."""
    out: list[Mark] = []
    for ent in analysis.entities:
        label = f"{ent.id} actor {_code(ent.code, ent.sectors)}: {ent.name} ({ent.kind})"
        for m in ent.mentions:
            out.append(Mark("actor", m.start, m.end, ent.id, label))
    for ev in analysis.events:
        who = ", ".join(_code(r.code, r.sectors) for r in ev.actor) or "-"
        whom = ", ".join(_code(r.code, r.sectors) for r in ev.recipient) or "-"
        extra = "".join(
            [
                f"/{ev.mode}" if ev.mode else "",
                f" cameo {ev.cameo}" if ev.cameo else "",
                f" ({', '.join(ev.aux)})" if ev.aux else "",
            ]
        )
        label = f"{ev.id} event {ev.event}{extra}: {who} → {whom}"
        if ev.date:
            label += f" on {ev.date}"
        out.append(Mark("event", ev.trigger.start, ev.trigger.end, ev.id, label))
    for q in analysis.quotes:
        who = q.speaker.text if q.speaker else "unknown speaker"
        for c in q.content:
            out.append(Mark("quote", c.start, c.end, q.id, f"{q.id} {q.kind} quote of {who}"))
        if q.cue:
            out.append(Mark("cue", q.cue.start, q.cue.end, q.id, f"{q.id} cue: {q.cue.text}"))
    for n, t in enumerate(analysis.times):
        value = t.value or "?"
        if t.end_value:
            value += f"..{t.end_value}"
        out.append(Mark("time", t.start, t.end, f"t{n}", f"time {t.type} {value}"))
    for n, p in enumerate(analysis.places):
        where = ", ".join(x for x in (p.name, p.country) if x) or "unresolved"
        if p.lat is not None and p.lon is not None:
            where += f" ({p.lat:.2f}, {p.lon:.2f})"
        out.append(Mark("place", p.start, p.end, f"p{n}", f"place {where}"))
    for n, cl in enumerate(analysis.claims):
        label = f"own voice: {cl.kind}" + (f" ({cl.label})" if cl.label else "")
        out.append(Mark("claim", cl.start, cl.end, f"c{n}", label))
    return sorted(out, key=lambda m: (m.start, -m.end))


def segments(text: str, items: list[Mark]) -> list[Segment]:
    """Cut ``text`` at every mark boundary; marks with offsets outside the text are dropped."""
    size = len(text)
    valid = [m for m in items if 0 <= m.start < m.end <= size]
    cuts = sorted({0, size, *(m.start for m in valid), *(m.end for m in valid)})
    starts: dict[int, list[Mark]] = {}
    for m in valid:
        starts.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    out: list[Segment] = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        active = [m for m in active if m.end > lo] + starts.get(lo, [])
        seg = Segment(text[lo:hi], lo)
        for m in active:
            if m.kind not in seg.kinds:
                seg.kinds.append(m.kind)
            if m.ref not in seg.refs:
                seg.refs.append(m.ref)
            if m.label not in seg.labels:
                seg.labels.append(m.label)
        out.append(seg)
    return out


def article_view(analysis: Analysis) -> dict[str, Any]:
    """What the article template needs: the text's segments and the counts per kind."""
    items = marks(analysis)
    counts = {k: 0 for k in KINDS}
    for m in items:
        counts[m.kind] += 1
    return {"segments": segments(analysis.article.text, items), "counts": counts}
