"""The places annotator: toponyms recognised in the text and resolved to gazetteer entries.

Recognition takes spaCy's GPE and LOC entities (FAC ones when the gazetteer knows them), place
names after a possessive inside a PERSON entity ("Austin's Baghdad visit"), the dateline
("BAGHDAD, March 7 (Reuters) -") and proper-noun runs that the gazetteer knows well (a country,
a division, a region, or a city of some size). Demonyms ("Iraqi", "Americans") are not places.

Resolution scores each candidate entry by its kind (country > continent > region > division >
city by population), whether the mention is the entry's own name, the countries and divisions
named elsewhere in the article, and a following "X, Y" qualifier ("Paris, Texas"). One name
keeps one sense throughout an article. A direction word before a country or division
("northeast Syria", "southern Guyana") makes a region of it: same country, its point moved
towards that side (``resources/geo/directions.tsv``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import gazetteer as _gaz
from ..gazetteer import Entry, Gazetteer
from ..records import Place
from . import Annotator, Context, register

PLACE_LABELS = ("GPE", "LOC")
#: entity labels whose tokens are never read as gazetteer matches
_BLOCKING = {
    "PERSON",
    "NORP",
    "DATE",
    "TIME",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "CARDINAL",
    "ORDINAL",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
    "EVENT",
    "PRODUCT",
}
_CONNECTORS = {"of", "de", "del", "da", "do", "la", "le", "el", "al", "on", "upon", "-", "and"}
LOCATIVE_PREPOSITIONS = {
    "in",
    "at",
    "near",
    "from",
    "to",
    "into",
    "across",
    "outside",
    "inside",
    "around",
    "towards",
    "toward",
    "through",
    "throughout",
    "within",
    "between",
    "via",
    "off",
}
_AREA_FEATURES = {"region", "sea", "ocean", "mountains", "island", "river", "continent"}
#: population from which a city named outside any entity is taken as a toponym
MIN_POPULATION_UNTAGGED = 100_000
#: population from which a city's name tagged as a person or organisation is read as the city
MIN_POPULATION_MISREAD = 20_000
#: population from which a city named like its first-level division is read as the city
METRO = 1_000_000

_DATELINE = re.compile(
    r"\A\s*(?P<place>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?"
    r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"\s*(?:\([^)\n]{1,40}\))?\s*(?:[-–—]{1,2}|:)\s"
)


def dateline(text: str) -> tuple[int, int, int | None, int | None] | None:
    """Where the dateline's place and its qualifier lie, if the text opens with a dateline.

    A dateline is an upper-case place name at the very start, optionally followed by a
    qualifier (", Ukraine"), a date and an agency in parentheses, then a dash:
    ``"BAGHDAD, March 7 (Reuters) -"``, ``"KYIV, Ukraine (AP) —"``.
    """
    m = _DATELINE.match(text)
    if m is None:
        return None
    r0, r1 = (m.start("region"), m.end("region")) if m.group("region") else (None, None)
    return m.start("place"), m.end("place"), r0, r1


@dataclass
class Toponym:
    """A recognised place name, before and after resolution."""

    start: int  # token indices [start, end)
    end: int
    source: str  # ner | gazetteer | dateline
    direction: tuple[float, float] | None = None
    direction_start: int | None = None  # token index of the direction word
    candidates: list[tuple[Entry, bool]] = field(default_factory=list)
    entry: Entry | None = None


def _load_designators() -> dict[str, set[str]]:
    text = _gaz._resource_text("designators.tsv")
    out: dict[str, set[str]] = {"after": set(), "before": set(), "not": set()}
    for n, cells in _gaz._rows(text, "designators.tsv", 2):
        if cells[1] not in out:
            raise _gaz.ConfigError(
                f"designators.tsv, line {n}: {cells[1]!r}; expected after, before or not"
            )
        out[cells[1]].add(cells[0].casefold())
    return out


class PlaceResolver:
    """Looks up toponyms and picks one gazetteer entry for each, using the article's context."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.directions = _gaz.read_directions()
        words = _load_designators()
        self.after, self.before, self.not_before = words["after"], words["before"], words["not"]

    def candidates(self, text: str) -> list[tuple[Entry, bool]]:
        """Entries for a toponym's text, retrying without 'the', a possessive or a designator."""
        found = self.gaz.lookup(text)
        if found:
            return found
        words = text.replace("’", "'").split()
        if words and words[-1].lower() in ("'s", "'"):
            words = words[:-1]
        elif words and words[-1].lower().endswith("'s"):
            words[-1] = words[-1][:-2]
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) >= 2 and words[-1].casefold() in self.after:
            words = words[:-1]
        elif len(words) >= 3 and words[0].casefold() in self.before and words[1] == "of":
            words = words[2:]
        if not words:
            return []
        return self.gaz.lookup(" ".join(words))

    @staticmethod
    def prior(entry: Entry, primary: bool) -> float:
        """How likely an entry is as a reading of a bare name, before any context."""
        if entry.feature == "country":
            score = 11.0
        elif entry.feature == "continent":
            score = 11.0
        elif entry.feature in _AREA_FEATURES:
            score = 9.0
        elif entry.feature == "adm1":
            score = 7.0
        else:
            # News names capitals far more often than their namesakes ("Washington").
            score = math.log10(entry.population + 10) + (2.5 if entry.capital and primary else 0.0)
        return score + (1.5 if primary else -1.0)

    def resolve(
        self,
        names: Sequence[str],
        qualifiers: Sequence[str | None] | None = None,
        context: Iterable[Entry] = (),
    ) -> list[Entry | None]:
        """The entry for each name, read together as one article's toponyms.

        ``qualifiers`` holds, per name, the toponym that follows it after a comma ("Texas" in
        "Paris, Texas"); ``context`` adds entries known from elsewhere (the dateline).
        """
        quals = list(qualifiers) if qualifiers is not None else [None] * len(names)
        cands = [self.candidates(n) for n in names]
        # Pass 1: the countries and divisions the article is about, from each name's best
        # reading on its own.
        countries: Counter[str] = Counter()
        admins: Counter[tuple[str, str]] = Counter()
        for entry in [*self._firsts(cands), *context]:
            if entry.cc and (entry.feature in ("country", "adm1") or entry.population >= 100_000):
                countries[entry.cc] += 1
            if entry.admin_key and entry.feature in ("adm1", "city"):
                admins[entry.admin_key] += 1
        # Pass 2: each distinct name once, in context.
        chosen: dict[tuple[str, str | None], Entry | None] = {}
        out: list[Entry | None] = []
        for name, cand, qual in zip(names, cands, quals, strict=True):
            key = (_gaz.name_key(name), _gaz.name_key(qual) if qual else None)
            if key not in chosen:
                chosen[key] = self._pick(cand, countries, admins, qual)
            out.append(chosen[key])
        return out

    def _firsts(self, cands: list[list[tuple[Entry, bool]]]) -> Iterable[Entry]:
        for cand in cands:
            if cand:
                yield max(cand, key=lambda c: self.prior(*c))[0]

    def _pick(
        self,
        cand: list[tuple[Entry, bool]],
        countries: Counter[str],
        admins: Counter[tuple[str, str]],
        qual: str | None,
    ) -> Entry | None:
        if not cand:
            return None
        within = [
            e
            for e, _ in (self.candidates(qual) if qual else [])
            if e.feature in ("country", "adm1")
        ]

        def score(item: tuple[Entry, bool]) -> float:
            entry, primary = item
            s = self.prior(entry, primary)
            if entry.feature in ("city", "adm1") and entry.cc:
                s += 2.5 if countries[entry.cc] else 0.0
                if entry.admin_key and admins[entry.admin_key]:
                    s += 2.0
            for w in within:
                if w.cc == entry.cc and (w.feature == "country" or w.admin1 == entry.admin1):
                    s += 8.0
            return s

        best = max(cand, key=score)[0]
        if best.feature == "adm1":
            # A metropolis named like its division ("New York", "São Paulo") is what news means.
            metro = [
                e
                for e, _ in cand
                if e.feature == "city" and e.admin_key == best.admin_key and e.population >= METRO
            ]
            if metro:
                return max(metro, key=lambda e: e.population)
        return best

    def region(self, entry: Entry, direction: tuple[float, float]) -> tuple[float, float]:
        """The point of the region of ``entry`` on the side ``direction`` (north, east shares)."""
        if entry.bbox is None:
            return entry.lat, entry.lon
        south, west, north, east = entry.bbox
        half_lat, half_lon = (north - south) / 2, (east - west) / 2
        lat = entry.lat + direction[0] * half_lat
        lon = entry.lon + direction[1] * half_lon
        return max(-90.0, min(90.0, lat)), lon


def _proper(tok: Any) -> bool:
    text = tok.text
    return (
        tok.pos_ == "PROPN"
        and text[:1].isupper()
        and any(ch.isalpha() for ch in text)
        and not (len(text) <= 2 and not text.isupper())
    )


@register("places")
class PlacesAnnotator(Annotator):
    """Adds a Place for each toponym, resolved to the gazetteer where it can be."""

    assigns = ("places",)

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.gaz = _gaz.load(
            settings["cache_dir"],
            settings["gazetteer_min_population"],
            settings["gazetteer_files"],
        )
        self.resolver = PlaceResolver(self.gaz)

    # -- recognition ---------------------------------------------------------------------

    def recognise(self, doc: Any) -> list[Toponym]:
        """The toponyms of a parsed text, as token spans, each with its gazetteer candidates."""
        found: list[Toponym] = []
        taken: set[int] = set()

        def add(top: Toponym) -> None:
            found.append(top)
            taken.update(range(top.start, top.end))

        line = dateline(doc.text)
        if line is not None:
            span = doc.char_span(line[0], line[1], alignment_mode="expand")
            if span is not None and self.resolver.candidates(span.text):
                add(Toponym(span.start, span.end, "dateline"))
        surnames = {ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
        for ent in doc.ents:
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            if self._not_place(doc, ent.start):
                continue
            if ent.label_ in ("PERSON", "ORG") and self._misread(ent, surnames):
                # the small model often calls "Tamil Nadu" a person or "Qamishli" an org
                add(Toponym(ent.start, ent.end, "gazetteer"))
                continue
            if ent.label_ in PLACE_LABELS or ent.label_ == "FAC":
                start, end = ent.start, ent.end
                while start < end and doc[start].lower_ == "the":
                    start += 1
                while end > start and doc[end - 1].tag_ == "POS":
                    end -= 1
                if start >= end or self._demonym(doc[start:end]):
                    continue
                cands = self.resolver.candidates(doc[start:end].text)
                if ent.label_ == "FAC" and not cands:
                    continue
                add(Toponym(start, end, "ner", candidates=cands))
            elif ent.label_ == "PERSON":
                # "Austin's Baghdad visit": the part after a possessive may be a place
                for tok in ent:
                    if tok.tag_ == "POS" and tok.i + 1 < ent.end:
                        self._scan(doc, tok.i + 1, ent.end, taken, add, strict=True)
        blocked = {
            i for ent in doc.ents if ent.label_ in _BLOCKING for i in range(ent.start, ent.end)
        }
        inside_org = {
            i for ent in doc.ents if ent.label_ == "ORG" for i in range(ent.start, ent.end)
        }
        self._scan(doc, 0, len(doc), taken | blocked, add, strict=False, org=inside_org)
        for top in found:
            if not top.candidates:
                top.candidates = self.resolver.candidates(doc[top.start : top.end].text)
            self._direction(doc, top)
        found.sort(key=lambda t: t.start)
        return found

    def _not_place(self, doc: Any, start: int) -> bool:
        """A title or storm word before the name: "Mr. Austin", "Hurricane Harvey"."""
        return start > 0 and doc[start - 1].lower_.rstrip(".") in self.resolver.not_before

    def _misread(self, ent: Any, surnames: set[str]) -> bool:
        """A PERSON or ORG entity that is, as a whole, a well-known place's own name."""
        if ent[-1].lower_ in surnames or ent.text.isupper() or ent[0].lower_ == "the":
            return False
        if ent[-1].tag_ == "POS" or not all(_proper(t) for t in (ent[0], ent[-1])):
            return False
        for entry, primary in self.resolver.gaz.lookup(ent.text):
            if not primary:
                continue
            if entry.feature in ("country", "adm1") or entry.feature in _AREA_FEATURES:
                return True
            if entry.feature == "city" and entry.population >= MIN_POPULATION_MISREAD:
                return True
        return False

    @staticmethod
    def _demonym(span: Any) -> bool:
        # spaCy sometimes tags "Iraqi" or "Americans" as GPE: an adjective or plural proper
        # noun is a people or an attribute, not a place.
        return len(span) == 1 and span[0].tag_ in ("JJ", "NNPS", "NNS")

    def _scan(
        self,
        doc: Any,
        lo: int,
        hi: int,
        taken: set[int],
        add: Any,
        strict: bool,
        org: set[int] | None = None,
    ) -> None:
        """Gazetteer matches among the proper-noun runs of tokens lo..hi (longest first)."""
        org = org or set()
        i = lo
        while i < hi:
            tok = doc[i]
            if i in taken or not _proper(tok) or self._not_place(doc, i):
                i += 1
                continue
            best: tuple[int, list[tuple[Entry, bool]]] | None = None
            for n in range(min(6, hi - i), 0, -1):
                j = i + n
                toks = doc[i:j]
                if any(k in taken for k in range(i, j)) or not _proper(doc[j - 1]):
                    continue
                if any(not _proper(t) and t.lower_ not in _CONNECTORS for t in toks):
                    continue
                if any(t.is_sent_start for t in toks[1:]):
                    continue
                cands = self.resolver.candidates(toks.text)
                if cands and self._strong(cands, toks, strict or i in org):
                    best = (j, cands)
                    break
            if best is None:
                i += 1
                continue
            add(Toponym(i, best[0], "gazetteer", candidates=best[1]))
            i = best[0]

    @staticmethod
    def _strong(cands: list[tuple[Entry, bool]], toks: Any, strict: bool) -> bool:
        """Whether a gazetteer match outside a place entity is taken as a toponym."""
        sentence_start = toks[0].is_sent_start
        text = toks.text
        # acronyms and odd casing ("MoD", "BOV") match towns' short names far too easily
        acronym = len(text) <= 5 and (text.isupper() or any(c.isupper() for c in text[1:]))
        for entry, primary in cands:
            if acronym and not (
                entry.feature in ("country", "adm1")
                or (entry.feature in _AREA_FEATURES and primary)
            ):
                continue
            if entry.feature in ("country", "adm1", "continent") or (
                entry.feature in _AREA_FEATURES and primary
            ):
                return True
            if sentence_start and len(toks) == 1:
                continue
            floor = MIN_POPULATION_UNTAGGED * (10 if strict else 1)
            if entry.feature == "city" and primary and entry.population >= floor:
                return True
        return False

    def _direction(self, doc: Any, top: Toponym) -> None:
        """Mark a toponym led by a direction word ("northeast Syria") as a region."""
        first = doc[top.start]
        directions = self.resolver.directions
        if first.lower_ in directions and top.end - top.start > 1:
            rest = self.resolver.candidates(doc[top.start + 1 : top.end].text)
            area = any(e.feature != "city" for e, _ in rest)
            if area and not self.resolver.gaz.lookup(doc[top.start : top.end].text):
                rest = [(e, p) for e, p in rest if e.feature != "city"]
                top.candidates = rest
                top.direction, top.direction_start = directions[first.lower_], top.start
                top.start += 1
                return
        if top.start > 0:
            prev = doc[top.start - 1]
            if prev.lower_ in directions and prev.sent == first.sent:
                top.direction, top.direction_start = directions[prev.lower_], prev.i

    # -- the annotator ------------------------------------------------------------------

    def __call__(self, ctx: Context) -> None:
        doc = ctx.doc
        toponyms = self.recognise(doc)
        names = [doc[t.start : t.end].text for t in toponyms]
        qualifiers: list[str | None] = []
        for k, top in enumerate(toponyms):
            nxt = toponyms[k + 1] if k + 1 < len(toponyms) else None
            follows = (
                nxt is not None
                and nxt.start == top.end + 1
                and top.end < len(doc)
                and doc[top.end].text == ","
            )
            qualifiers.append(names[k + 1] if follows else None)
        line = dateline(doc.text)
        context: list[Entry] = []
        if line is not None and line[2] is not None and line[3] is not None:
            context = [e for e, _ in self.resolver.candidates(doc.text[line[2] : line[3]])][:1]
        entries = self.resolver.resolve(names, qualifiers, context)
        kept: list[Toponym] = []
        for top, entry in zip(toponyms, entries, strict=True):
            top.entry = entry
            if entry is None and not self._locative(doc, top):
                continue  # an unknown name the parse does not place anywhere: likely no place
            kept.append(top)
            ctx.analysis.places.append(self.place(doc, top))

    @staticmethod
    def _locative(doc: Any, top: Toponym) -> bool:
        """Whether the parse puts the name after a place preposition ("in Makeen")."""
        head = doc[top.start : top.end].root
        while head.dep_ in ("compound", "amod", "conj", "appos") and head.head is not head:
            head = head.head
        return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPOSITIONS

    def place(self, doc: Any, top: Toponym) -> Place:
        """The Place record of a resolved (or unresolved) toponym."""
        start = top.direction_start if top.direction is not None else top.start
        assert start is not None
        span = doc[start : top.end]
        entry = top.entry
        if entry is None:
            return Place(text=span.text, start=span.start_char, end=span.end_char, name=span.text)
        if top.direction is not None and entry.feature in ("country", "adm1", "region", "island"):
            lat, lon = self.resolver.region(entry, top.direction)
            return Place(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                name=f"{doc[start].lower_} {entry.name}",
                lat=round(lat, 5),
                lon=round(lon, 5),
                country=entry.country,
                geonameid=None,
                feature="region",
            )
        name_span = doc[top.start : top.end]
        return Place(
            text=name_span.text,
            start=name_span.start_char,
            end=name_span.end_char,
            name=entry.name,
            lat=entry.lat,
            lon=entry.lon,
            country=entry.country,
            geonameid=entry.geonameid,
            feature=entry.feature,
        )
