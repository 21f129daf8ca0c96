"""One event from many reports: cluster event mentions across articles into corpus-level events.

A news event is reported many times, by many outlets, sometimes several times in
one article. Each report is an *event mention* (an ``Event`` record in one
article); the clustering pass groups the mentions of the same real-world
happening into one *corpus-level event*, as GDELT does, and keeps every mention
(article, event id, trigger span) with GDELT's counts.

Two mentions report the same happening when all of these hold:

- same PLOVER type and the same auxiliary modes (a negated, future or
  hypothetical report never merges with a factual one);
- compatible actors: some actor of one and some actor of the other have the same
  country/IGO code (or both none) and sectors that overlap or are absent on one
  side ("the United States" ~ "the US government", not ~ "the US military"); a
  mention with no resolved actor only joins mentions with none;
- compatible recipients, by the same test; a missing recipient matches any
  (reports often drop it: "Russia launched strikes" ~ "Russia struck Ukraine");
- dates within ``window_days`` of each other (day-precision dates; a coarse date
  such as ``2023-03`` only matches the same coarse date; no date matches nothing);
- the same place or an unknown one (a country matches a place inside it);
- and some anchor beyond type, actor and date: a recipient or a place both reports
  name and that agree, unless both reports are equally vague (neither recipient nor
  place), since "the US secretary met someone on Monday" alone identifies nothing.

Clustering is complete-linkage: a mention joins a cluster only when it is
compatible with every distinct actor, recipient, place and date already in it, so
a vague report cannot chain two different events together. Mentions are
processed in date order within blocks of (type, modes), and a cluster leaves the
active set once the window has passed, so the pass is linear in the number of
mentions for a fixed daily volume. The result does not depend on input order.

A corpus event's id is the global id (``ARTICLE-EVENT``) of its earliest report
(earliest article date, then article id, then event order).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..formats import global_id
from ..records import ActorRef, Analysis, Place, pick

DEFAULT_WINDOW_DAYS = 1
#: a corpus event's location as it is written out (``CorpusEvent.to_dict``)
_LOCATION_FIELDS = ("name", "country", "lat", "lon", "geonameid", "feature")

# (code, sectors): code is a country/IGO code or None; sectors sorted
ActorKey = tuple[str | None, tuple[str, ...]]
Side = tuple[ActorKey, ...]


@dataclass(frozen=True)
class LocKey:
    """What the clustering compares of a place."""

    geonameid: int | None
    name: str | None
    country: str | None
    feature: str | None
    lat: float | None = None
    lon: float | None = None

    @property
    def is_country(self) -> bool:
        return self.feature == "country"


@dataclass
class EventMention:
    """One report of an event: an Event record in one article, reduced to what clustering needs."""

    article_id: str
    event_id: str
    event: str
    aux: tuple[str, ...] = ()
    date: str | None = None  # the event's date, else the article's date
    actors: Side = ()
    recipients: Side = ()
    location: LocKey | None = None
    source: str | None = None
    article_date: str | None = None
    url: str | None = None
    cameo: str | None = None
    trigger_text: str = ""
    trigger_start: int = 0
    trigger_end: int = 0
    sentence_start: int = 0
    sentence_end: int = 0
    confidence: float = 0.5

    @property
    def global_id(self) -> str:
        return global_id(self.article_id, self.event_id)

    def report_key(self) -> tuple[str, str, int, str]:
        """Sort key of 'earliest report': article date, article id, event order."""
        return (self.article_date or "9999", self.article_id, _num(self.event_id), self.event_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "event_id": self.event_id,
            "source": self.source,
            "url": self.url,
            "article_date": self.article_date,
            "date": self.date,
            "trigger": {
                "text": self.trigger_text,
                "start": self.trigger_start,
                "end": self.trigger_end,
            },
            "sentence": {"start": self.sentence_start, "end": self.sentence_end},
            "confidence": self.confidence,
        }


@dataclass
class Copy:
    """A syndicated copy of a coded article (found by ``corpus.dedup``, not coded itself).

    It reports what its original reports, so it counts towards an event's articles,
    sources and mentions as GDELT counts every article that carried a story.
    """

    article_id: str
    of_article_id: str
    source: str | None = None
    url: str | None = None
    article_date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CorpusEvent:
    """One real-world happening and every report of it, with GDELT's counts."""

    id: str
    event: str
    aux: list[str]
    date: str | None
    cameo: str | None
    actor_codes: list[str]
    recipient_codes: list[str]
    location: LocKey | None
    mentions: list[EventMention] = field(default_factory=list)
    copies: list[Copy] = field(default_factory=list)

    @property
    def first(self) -> EventMention:
        """The earliest report."""
        return self.mentions[0]

    @property
    def num_mentions(self) -> int:
        """Mentions in coded articles, plus those their syndicated copies repeat."""
        per_article = Counter(m.article_id for m in self.mentions)
        return len(self.mentions) + sum(per_article[c.of_article_id] for c in self.copies)

    @property
    def num_articles(self) -> int:
        return len({m.article_id for m in self.mentions} | {c.article_id for c in self.copies})

    @property
    def num_sources(self) -> int:
        return len({source_key(m) for m in self.mentions} | {source_key(c) for c in self.copies})

    @property
    def confidence(self) -> float:
        return max((m.confidence for m in self.mentions), default=0.0)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view: the event, its counts, its earliest report and every mention."""
        loc = self.location
        first = self.first
        return {
            "id": self.id,
            "event": self.event,
            "aux": list(self.aux),
            "date": self.date,
            "cameo": self.cameo,
            "actor_codes": list(self.actor_codes),
            "recipient_codes": list(self.recipient_codes),
            "location": pick(loc, _LOCATION_FIELDS) if loc else None,
            "num_mentions": self.num_mentions,
            "num_sources": self.num_sources,
            "num_articles": self.num_articles,
            "confidence": self.confidence,
            "first_report": {
                "article_id": first.article_id,
                "event_id": first.event_id,
                "article_date": first.article_date,
                "source": first.source,
                "url": first.url,
            },
            "mentions": [m.to_dict() for m in self.mentions],
            "copies": [c.to_dict() for c in self.copies],
        }


# --- building mentions ----------------------------------------------------------------


def _num(event_id: str) -> int:
    digits = "".join(ch for ch in event_id if ch.isdigit())
    return int(digits) if digits else 0


def actor_key(code: str | None, sectors: Iterable[str] | None) -> ActorKey | None:
    """The comparable key of one actor; None for an unresolved one (no code, no sector)."""
    secs = tuple(sorted({s for s in (sectors or ()) if s}))
    code = code or None
    if code is None and not secs:
        return None
    return (code, secs)


def side(refs: Iterable[ActorRef | tuple[str | None, Iterable[str] | None]]) -> Side:
    """The distinct resolved actor keys of an event's actor (or recipient) list."""
    keys: set[ActorKey] = set()
    for ref in refs:
        if isinstance(ref, ActorRef):
            key = actor_key(ref.code, ref.sectors)
        else:
            key = actor_key(ref[0], ref[1])
        if key is not None:
            keys.add(key)
    return tuple(sorted(keys, key=lambda k: (k[0] or "", k[1])))


def loc_key(place: Place | Mapping[str, Any] | None) -> LocKey | None:
    """The comparable key of an event's location; None when there is none."""
    if place is None:
        return None
    get = place.get if isinstance(place, Mapping) else lambda k: getattr(place, k, None)
    name = get("name")
    gid = get("geonameid")
    if not name and gid is None and not get("country"):
        return None
    return LocKey(
        geonameid=int(gid) if gid is not None else None,
        name=str(name) if name else None,
        country=get("country"),
        feature=get("feature"),
        lat=get("lat"),
        lon=get("lon"),
    )


def mentions_from_analysis(analysis: Analysis) -> Iterator[EventMention]:
    """The event mentions of one coded article."""
    art = analysis.article
    for ev in analysis.events:
        yield EventMention(
            article_id=art.id,
            event_id=ev.id,
            event=ev.event,
            aux=tuple(sorted(set(ev.aux))),
            date=ev.date or art.date,
            actors=side(ev.actor),
            recipients=side(ev.recipient),
            location=loc_key(ev.location),
            source=art.source,
            article_date=art.date,
            url=art.url,
            cameo=ev.cameo,
            trigger_text=ev.trigger.text,
            trigger_start=ev.trigger.start,
            trigger_end=ev.trigger.end,
            sentence_start=ev.sentence.start,
            sentence_end=ev.sentence.end,
            confidence=ev.confidence,
        )


def source_key(m: EventMention | Copy) -> str:
    """Who published a report: the source name, else the URL's host, else the article."""
    if m.source:
        return m.source.strip().casefold()
    if m.url:
        host = urlsplit(m.url).hostname
        if host:
            return host.removeprefix("www.")
    return "article:" + m.article_id


# --- compatibility --------------------------------------------------------------------


def actors_compatible(a: ActorKey, b: ActorKey) -> bool:
    """Same code (or both none) and sectors that overlap or are absent on one side."""
    if a[0] != b[0]:
        return False
    return not a[1] or not b[1] or bool(set(a[1]) & set(b[1]))


def sides_compatible(a: Side, b: Side, open_empty: bool) -> bool:
    """Some actor of ``a`` fits some actor of ``b``; an empty side matches per ``open_empty``."""
    if not a or not b:
        return open_empty or (not a and not b)
    return any(actors_compatible(x, y) for x in a for y in b)


def places_compatible(a: LocKey | None, b: LocKey | None) -> bool:
    """The same place, an unknown one, or a country and a place inside it."""
    if a is None or b is None:
        return True
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if a.is_country and b.country and a.country == b.country:
        return True
    if b.is_country and a.country and a.country == b.country:
        return True
    if a.geonameid is not None and b.geonameid is not None:
        return False
    return (
        a.name is not None
        and b.name is not None
        and a.name.casefold() == b.name.casefold()
        and a.country == b.country
    )


def _day(value: str | None) -> _dt.date | None:
    # a day, possibly with a time of day after it (TIMEX3 2023-03-07T10:00)
    if value and len(value) >= 10 and value[10:11] in ("", "T"):
        try:
            return _dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _sort_date(value: str | None) -> str:
    day = _day(value)
    return day.isoformat() if day else (value or "~")


# --- clustering -----------------------------------------------------------------------


@dataclass
class _Cluster:
    seq: int
    day: _dt.date | None
    coarse: str | None
    actor_sides: list[Side]
    recipient_sides: list[Side]
    places: list[LocKey | None]
    mentions: list[EventMention]
    vague: bool = False  # some report names neither a recipient nor a place


def _accepts(
    c: _Cluster, m: EventMention, day: _dt.date | None, window: int, open_recipient: bool
) -> bool:
    if day is not None:
        if c.day is None or abs((day - c.day).days) > window:
            return False
    elif c.coarse != m.date:
        return False
    return (
        all(sides_compatible(s, m.actors, open_empty=False) for s in c.actor_sides)
        and all(sides_compatible(s, m.recipients, open_recipient) for s in c.recipient_sides)
        and all(places_compatible(p, m.location) for p in c.places)
        and _anchored(c, m)
    )


def _anchored(c: _Cluster, m: EventMention) -> bool:
    # Type, actor and date alone say little ("the US met ... on Monday" happens daily):
    # a report must also share a named recipient or a known place with the event, or be
    # as vague as one of its reports (neither recipient nor place), to join it.
    if m.recipients and any(
        s and sides_compatible(s, m.recipients, open_empty=False) for s in c.recipient_sides
    ):
        return True
    if m.location is not None and any(
        p is not None and places_compatible(p, m.location) for p in c.places
    ):
        return True
    return not m.recipients and m.location is None and c.vague


def _affinity(c: _Cluster, m: EventMention) -> int:
    # Prefer the cluster that matches exactly, so a report goes to its own event
    # rather than to a broader one that merely tolerates it.
    return (
        (m.actors in c.actor_sides) + (m.recipients in c.recipient_sides) + (m.location in c.places)
    )


def cluster(
    mentions: Iterable[EventMention],
    window_days: int = DEFAULT_WINDOW_DAYS,
    open_recipient: bool = True,
) -> list[CorpusEvent]:
    """Group event mentions into corpus-level events (see the module docstring for the rules)."""
    items = list(mentions)
    # Date order within blocks makes the pass streaming; ids break ties so the result
    # does not depend on the order the mentions came in.
    items.sort(key=lambda m: (_sort_date(m.date), *m.report_key()))
    clusters: list[_Cluster] = []
    # block -> actor code -> active clusters registered under that code
    active: dict[tuple[Any, ...], dict[str | None, list[_Cluster]]] = {}
    for m in items:
        day = _day(m.date)
        if m.date is None:
            clusters.append(_Cluster(len(clusters), None, None, [], [], [], [m]))
            continue
        block_key = (m.event, m.aux, None if day else m.date)
        block = active.setdefault(block_key, {})
        codes = {k[0] for k in m.actors} if m.actors else {None}
        best: _Cluster | None = None
        best_score: tuple[int, int, int] = (-1, 0, 0)
        seen: set[int] = set()
        for code in sorted(codes, key=lambda c: c or ""):
            bucket = block.get(code, [])
            if day is not None:
                # the window has passed for clusters started too early: drop them for good
                bucket[:] = [c for c in bucket if c.day and (day - c.day).days <= window_days]
            for c in bucket:
                if c.seq in seen:
                    continue
                seen.add(c.seq)
                if _accepts(c, m, day, window_days, open_recipient):
                    # exact matches first, then the event with more reports (a vague
                    # report more likely repeats the widely reported one), then the older
                    score = (_affinity(c, m), len(c.mentions), -c.seq)
                    if score > best_score:
                        best, best_score = c, score
        if best is None:
            best = _Cluster(len(clusters), day, None if day else m.date, [], [], [], [])
            clusters.append(best)
            for code in codes:
                block.setdefault(code, []).append(best)
        best.mentions.append(m)
        if m.actors not in best.actor_sides:
            best.actor_sides.append(m.actors)
        if m.recipients not in best.recipient_sides:
            best.recipient_sides.append(m.recipients)
        if m.location not in best.places:
            best.places.append(m.location)
        if not m.recipients and m.location is None:
            best.vague = True
    events = [_corpus_event(c) for c in clusters]
    events.sort(key=lambda e: (e.date or "~", e.id))
    return events


def _code(k: ActorKey) -> str:
    return (k[0] or "") + "".join(k[1])


def _most_common(values: Iterable[Any]) -> Any:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    # most frequent, ties to the smallest, so the choice is stable
    return min(counts, key=lambda v: (-counts[v], str(v)))


def _corpus_event(c: _Cluster) -> CorpusEvent:
    mentions = sorted(c.mentions, key=EventMention.report_key)
    first = mentions[0]
    places = [m.location for m in mentions if m.location is not None]
    # the most specific place reported: a city over its country, then the most reported
    specific = [p for p in places if not p.is_country] or places
    return CorpusEvent(
        id=first.global_id,
        event=first.event,
        aux=list(first.aux),
        date=_most_common(m.date for m in mentions),
        cameo=_most_common(m.cameo for m in mentions),
        actor_codes=sorted({_code(k) for m in mentions for k in m.actors}),
        recipient_codes=sorted({_code(k) for m in mentions for k in m.recipients}),
        location=_most_common(specific),
        mentions=mentions,
    )


def cluster_analyses(
    analyses: Iterable[Analysis],
    window_days: int = DEFAULT_WINDOW_DAYS,
    open_recipient: bool = True,
) -> list[CorpusEvent]:
    """Cluster the events of coded articles into corpus-level events."""
    return cluster(
        (m for a in analyses for m in mentions_from_analysis(a)), window_days, open_recipient
    )


def attach_copies(events: Iterable[CorpusEvent], copies: Mapping[str, list[Copy]]) -> None:
    """Give each event the syndicated copies of the articles that report it."""
    for e in events:
        seen: set[str] = set()
        e.copies = []
        for aid in dict.fromkeys(m.article_id for m in e.mentions):
            for c in copies.get(aid, []):
                if c.article_id not in seen:
                    seen.add(c.article_id)
                    e.copies.append(c)


def signature(events: Iterable[CorpusEvent]) -> str:
    """A digest of a clustering (which mentions go together), to compare two runs."""
    groups = sorted(tuple(sorted(m.global_id for m in e.mentions)) for e in events)
    return hashlib.sha1(repr(groups).encode()).hexdigest()


def write_parquet(events: Iterable[CorpusEvent], path: str) -> int:
    """Write corpus-level events to one Parquet file, one row each; returns the row count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    strings = pa.list_(pa.string())
    schema = pa.schema([
        ("id", pa.string()), ("event", pa.string()), ("aux", strings), ("date", pa.string()),
        ("cameo", pa.string()), ("actor_codes", strings), ("recipient_codes", strings),
        ("location_name", pa.string()), ("location_country", pa.string()),
        ("location_lat", pa.float64()), ("location_lon", pa.float64()),
        ("location_geonameid", pa.int64()), ("num_mentions", pa.int64()),
        ("num_sources", pa.int64()), ("num_articles", pa.int64()), ("confidence", pa.float64()),
        ("first_article_id", pa.string()), ("first_event_id", pa.string()),
        ("first_report_date", pa.string()), ("first_source", pa.string()),
        ("first_url", pa.string()), ("mentions", strings),
    ])  # fmt: skip
    rows = []
    for e in events:
        loc, first = e.location, e.first
        rows.append(
            {
                "id": e.id,
                "event": e.event,
                "aux": list(e.aux),
                "date": e.date,
                "cameo": e.cameo,
                "actor_codes": list(e.actor_codes),
                "recipient_codes": list(e.recipient_codes),
                "location_name": loc.name if loc else None,
                "location_country": loc.country if loc else None,
                "location_lat": loc.lat if loc else None,
                "location_lon": loc.lon if loc else None,
                "location_geonameid": loc.geonameid if loc else None,
                "num_mentions": e.num_mentions,
                "num_sources": e.num_sources,
                "num_articles": e.num_articles,
                "confidence": e.confidence,
                "first_article_id": first.article_id,
                "first_event_id": first.event_id,
                "first_report_date": first.article_date,
                "first_source": first.source,
                "first_url": first.url,
                "mentions": [m.global_id for m in e.mentions],
            }
        )
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return len(rows)
