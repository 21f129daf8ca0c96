"""The records eventwire produces, typed and JSON round-trippable.

Every record that comes from the text carries ``start``/``end``: Python string
offsets into ``Article.text`` (``text[start:end] == record.text``).
The field names of ``Analysis.to_dict()`` are a public contract (see README,
"The JSON contract"): fields may be added, none renamed.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Self, TypeVar

from .resources import table

#: The PLOVER event types in the manual's order, and each one's quad category (1-4),
#: read from ``resources/ontology/plover-types.tsv``; ``QUAD_NAMES`` names the quads.
PLOVER_QUAD: dict[str, int] = {
    row[0]: int(row[1]) for row in table("ontology", "plover-types.tsv", columns=2)
}
PLOVER_TYPES: tuple[str, ...] = tuple(PLOVER_QUAD)
QUAD_NAMES: dict[int, str] = {
    int(row[0]): row[1] for row in table("ontology", "plover-quads.tsv", columns=2)
}
AUX_MODES: tuple[str, ...] = ("historical", "future", "hypothetical", "negation")
QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")

T = TypeVar("T")


def _from(cls: type[T], data: dict[str, Any]) -> T:
    """Build a flat record from a dict, ignoring keys the record does not know."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


def pick(record: Any, names: tuple[str, ...]) -> dict[str, Any]:
    """The named fields of a record as a dict, in the order of ``names``."""
    return {n: getattr(record, n) for n in names}


class FlatRecord:
    """A record of plain fields: its dict is its fields, and keys it does not know are
    ignored when it is read back."""

    def to_dict(self) -> dict[str, Any]:
        """The record as a JSON-ready dict."""
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """The record from a dict written by ``to_dict``."""
        return _from(cls, data)


@dataclass
class Span(FlatRecord):
    """A stretch of the article text."""

    text: str
    start: int
    end: int


@dataclass
class Article(FlatRecord):
    """One news report: the unit eventwire codes."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str = "en"
    # Added by the source readers (eventwire.ingest); None where a reader does not know.
    author: str | None = None
    date_origin: str | None = None  # where ``date`` came from: metadata | dateline | page | none
    dateline: str | None = None  # the dateline's place as written ("BAGHDAD"), for event places

    def meta(self) -> dict[str, Any]:
        """The article's metadata, without the text."""
        return {
            "id": self.id,
            "date": self.date,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "language": self.language,
            "author": self.author,
            "date_origin": self.date_origin,
            "dateline": self.dateline,
        }

    def to_dict(self) -> dict[str, Any]:
        """The metadata, then the text."""
        return {**self.meta(), "text": self.text}


@dataclass
class Mention(FlatRecord):
    """One place in the text where an entity is named or referred to."""

    text: str
    start: int
    end: int
    kind: str = "name"  # name | nominal | pronoun | metonym | adjective
    sentence: int | None = None


@dataclass
class Entity:
    """A resolved actor: who it is (code, sectors) and every mention of it in the article."""

    id: str
    name: str
    code: str | None = None
    sectors: list[str] = field(default_factory=list)
    kind: str = "unknown"  # person | organization | country | group | population | unknown
    mentions: list[Mention] = field(default_factory=list)
    source: str | None = None  # which dictionary entry or rule resolved it

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["mentions"] = [m.to_dict() for m in self.mentions]
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        ent = _from(cls, {k: v for k, v in data.items() if k != "mentions"})
        ent.sectors = list(ent.sectors or [])
        ent.mentions = [Mention.from_dict(m) for m in data.get("mentions", [])]
        return ent


@dataclass
class ActorRef:
    """An event's actor or recipient: the words in the sentence and the entity they resolve to."""

    text: str
    start: int
    end: int
    entity: str | None = None
    code: str | None = None
    sectors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "code": self.code,
            "sectors": list(self.sectors),
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ActorRef:
        ref = _from(cls, data)
        ref.sectors = list(ref.sectors or [])
        return ref


@dataclass
class Place(FlatRecord):
    """A toponym resolved to a gazetteer entry (or left unresolved with lat/lon None)."""

    text: str
    start: int
    end: int
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO 3166 alpha-3
    geonameid: int | None = None
    feature: str | None = None  # country | adm1 | adm2 | city | region | street | ...
    #: the clue that chose this reading: qualifier | dateline | nearby | containment |
    #: same name | metropolis | street | only | prior (see annotators.places.BASES)
    basis: str | None = None


@dataclass
class TimeValue(FlatRecord):
    """A time expression normalised to TIMEX3 (``type`` and ``value`` as TimeML writes them)."""

    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    anchor: str | None = None  # what a relative value was computed from
    end_value: str | None = None  # for ranges ("between 1998 and 2003")


@dataclass
class Event:
    """Who did what to whom: one PLOVER event with its CAMEO code and its source spans."""

    id: str
    event: str  # one of PLOVER_TYPES
    trigger: Span
    sentence: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    aux: list[str] = field(default_factory=list)
    actor: list[ActorRef] = field(default_factory=list)
    recipient: list[ActorRef] = field(default_factory=list)
    date: str | None = None  # always a calendar value: YYYY, YYYY-MM or YYYY-MM-DD
    date_origin: str | None = None  # text | anchor | article | none
    # why the date and place were chosen: the rule and the expression ("clause: 'on Friday'")
    date_rule: str | None = None
    location: Place | None = None
    place_rule: str | None = None
    cameo: str | None = None
    confidence: float = 0.5
    rule: str | None = None  # the lexicon pattern or rule that fired
    quote: str | None = None  # id of the quote that attributes this event, if any
    date_precision: str | None = None  # day | month | year | unknown: how fine ``date`` is
    date_start: str | None = None  # YYYY-MM-DD: the first day the event's period covers
    date_end: str | None = None  # YYYY-MM-DD: its last day (a week, quarter, season, range)

    @property
    def goldstein(self) -> float | None:
        """The Goldstein (1992) score of the CAMEO code (``eventwire.goldstein``), or None."""
        from .goldstein import goldstein

        return goldstein(self.cameo)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "aux": list(self.aux),
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [r.to_dict() for r in self.recipient],
            "date": self.date,
            "date_origin": self.date_origin,
            "date_rule": self.date_rule,
            "location": self.location.to_dict() if self.location else None,
            "place_rule": self.place_rule,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(),
            "confidence": self.confidence,
            "rule": self.rule,
            "quote": self.quote,
            "date_precision": self.date_precision,
            "date_start": self.date_start,
            "date_end": self.date_end,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        loc = data.get("location")
        return cls(
            id=data["id"],
            event=data["event"],
            trigger=Span.from_dict(data["trigger"]),
            sentence=Span.from_dict(data["sentence"]),
            mode=data.get("mode"),
            context=list(data.get("context") or []),
            aux=list(data.get("aux") or []),
            actor=[ActorRef.from_dict(a) for a in data.get("actor", [])],
            recipient=[ActorRef.from_dict(r) for r in data.get("recipient", [])],
            date=data.get("date"),
            date_origin=data.get("date_origin"),
            date_rule=data.get("date_rule"),
            location=Place.from_dict(loc) if loc else None,
            place_rule=data.get("place_rule"),
            cameo=data.get("cameo"),
            confidence=float(data.get("confidence", 0.5)),
            rule=data.get("rule"),
            quote=data.get("quote"),
            date_precision=data.get("date_precision"),
            date_start=data.get("date_start"),
            date_end=data.get("date_end"),
        )


@dataclass
class Speaker(FlatRecord):
    """Who a quote is attributed to: the words and the entity they resolve to."""

    text: str
    start: int
    end: int
    entity: str | None = None


@dataclass
class Quote:
    """An attribution: speaker, cue and content (direct, indirect or mixed)."""

    id: str
    kind: str  # one of QUOTE_KINDS
    content: list[Span]
    speaker: Speaker | None = None
    cue: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": [c.to_dict() for c in self.content],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        sp, cue = data.get("speaker"), data.get("cue")
        return cls(
            id=data["id"],
            kind=data["kind"],
            content=[Span.from_dict(c) for c in data.get("content", [])],
            speaker=Speaker.from_dict(sp) if sp else None,
            cue=Span.from_dict(cue) if cue else None,
        )


@dataclass
class Claim(FlatRecord):
    """A marker of the article's own voice: an unattributed assertion, a hedge, a loaded term."""

    kind: str  # e.g. unattributed | hedge | loaded | scare_quote
    text: str
    start: int
    end: int
    label: str | None = None  # the lexicon entry or rule


# How a warning that an annotator failed on the article begins (see Coder.context).
ANNOTATOR_FAILED = "annotator failed: "


@dataclass
class Analysis:
    """Everything eventwire read from one article."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeValue] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # id -> entity, rebuilt when the list changes: annotators look entities up once per
    # event or quote, and a scan per look-up grew with the square of an article's length
    _by_id: tuple[int, int, dict[str, Entity]] = field(
        default=(0, -1, {}), init=False, repr=False, compare=False
    )

    def annotator_failures(self) -> list[str]:
        """The warnings that say an annotator failed on this article (its records are missing)."""
        return [w for w in self.warnings if w.startswith(ANNOTATOR_FAILED)]

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id, or None."""
        if entity_id is None:
            return None
        list_id, size, index = self._by_id
        if list_id != id(self.entities) or size != len(self.entities):
            index = {}
            for ent in self.entities:
                index.setdefault(ent.id, ent)
            self._by_id = (id(self.entities), len(self.entities), index)
        found = index.get(entity_id)
        if found is not None and found.id == entity_id:
            return found
        for ent in self.entities:  # an entity whose id changed since the index was built
            if ent.id == entity_id:
                return ent
        return None

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        """The JSON contract: one object per article."""
        art = self.article.to_dict() if include_text else self.article.meta()
        return {
            "article": art,
            "entities": [e.to_dict() for e in self.entities],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "times": [t.to_dict() for t in self.times],
            "places": [p.to_dict() for p in self.places],
            "claims": [c.to_dict() for c in self.claims],
            "warnings": list(self.warnings),
        }

    def to_json(self, include_text: bool = False, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(include_text), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str | None = None) -> Analysis:
        """Rebuild an Analysis; ``text`` supplies the article text when the dict lacks it."""
        art = dict(data["article"])
        if "text" not in art:
            art["text"] = text if text is not None else ""
        return cls(
            article=Article.from_dict(art),
            entities=[Entity.from_dict(e) for e in data.get("entities", [])],
            events=[Event.from_dict(e) for e in data.get("events", [])],
            quotes=[Quote.from_dict(q) for q in data.get("quotes", [])],
            times=[TimeValue.from_dict(t) for t in data.get("times", [])],
            places=[Place.from_dict(p) for p in data.get("places", [])],
            claims=[Claim.from_dict(c) for c in data.get("claims", [])],
            warnings=list(data.get("warnings", [])),
        )

    @classmethod
    def from_json(cls, raw: str, text: str | None = None) -> Analysis:
        return cls.from_dict(json.loads(raw), text)
