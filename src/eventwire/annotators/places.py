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
#: entity labels the small model often gives towns (even "Corinth" an ordinal); they block a
#: town unless the words around it say place
_SOFT_BLOCKING = {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE", "ORDINAL"}
#: the roles a further mention of a known place name may have to be taken as one
_PROPAGATE_DEPS = {"compound", "nmod", "pobj"}
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
#: population from which a city named after a place preposition or before a state is taken
MIN_POPULATION_LOCATIVE = 1_000
#: population from which a city's name tagged as a person or organisation is read as the city
MIN_POPULATION_MISREAD = 20_000
#: population from which a city named like its first-level division is read as the city
METRO = 1_000_000

_DATELINE = re.compile(
    r"\A\s*(?P<place>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?"
    r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"\s*(?:\([^)\n]{1,40}\))?"
    # a dash or colon, or (wire style: "LONDON The Latest") straight into the first sentence
    r"(?:\s*(?P<sep>[-–—\ufffd]{1,2}|:)|\s+(?=[A-Z][a-z]))"
)


def dateline(
    text: str, gazetteer: Gazetteer | None = None
) -> tuple[int, int, int | None, int | None] | None:
    """Where the dateline's place and its qualifier lie, if the text opens with a dateline.

    A dateline is an upper-case place name at the very start, optionally followed by a
    qualifier (", Ukraine"), a date and an agency in parentheses, then a dash:
    ``"BAGHDAD, March 7 (Reuters) -"``, ``"KYIV, Ukraine (AP) —"``; failing that, the
    dateline reader of ``eventwire.ingest.dateline`` (one after a byline, or in Title Case
    with a date or an agency: ``"Kyiv, March 7 (AFP) -"``) has its say.
    """
    m = _DATELINE.match(text)
    if m is None:
        return _ingest_dateline(text)
    if m.group("sep") is None and not (m.group("region") or m.group(0).rstrip().endswith(")")):
        # "LONDON The Latest …" passes for a dateline; "US President …" does not: without a
        # dash, a qualifier or an agency, only a city name of some length will do
        if len(m.group("place")) < 4 or not _city_like(m.group("place"), gazetteer):
            return None
    r0, r1 = (m.start("region"), m.end("region")) if m.group("region") else (None, None)
    return m.start("place"), m.end("place"), r0, r1


def _ingest_dateline(text: str) -> tuple[int, int, int | None, int | None] | None:
    from ..ingest import dateline as _reader

    found = _reader.parse(text)
    if found is None or text[found.start : found.start + len(found.place)] != found.place:
        return None
    end = found.start + len(found.place)
    if found.region:
        r0 = text.find(found.region, end, found.end)
        if r0 >= 0:
            return found.start, end, r0, r0 + len(found.region)
    return found.start, end, None, None


def _city_like(name: str, gazetteer: Gazetteer | None) -> bool:
    """Whether the gazetteer (the given one, else one already loaded) knows a city ``name``."""
    gaz = gazetteer or next(iter(_gaz._LOADED.values()), None)
    if gaz is None:
        return False
    return any(e.feature == "city" and e.population >= 10_000 for e in gaz.entries(name))


@dataclass
class Toponym:
    """A recognised place name, before and after resolution."""

    start: int  # token indices [start, end)
    end: int
    source: str  # ner | gazetteer | dateline | state (abbreviation after a town) | same name
    direction: tuple[float, float] | None = None
    direction_start: int | None = None  # token index of the direction word
    candidates: list[tuple[Entry, bool]] = field(default_factory=list)
    entry: Entry | None = None
    basis: str | None = None  # the clue that chose ``entry`` (one of BASES)


#: the kind of gazetteer entry a designator word names
_DESIGNATED = {
    "state": "adm1",
    "province": "adm1",
    "governorate": "adm1",
    "oblast": "adm1",
    "prefecture": "adm1",
    "territory": "adm1",
    "city": "city",
    "town": "city",
    "village": "city",
    "municipality": "city",
    "county": "adm2",
    "parish": "adm2",
}


def _load_designators() -> dict[str, set[str]]:
    text = _gaz._resource_text("designators.tsv")
    out: dict[str, set[str]] = {"after": set(), "before": set(), "not": set(), "facility": set()}
    for n, cells in _gaz._rows(text, "designators.tsv", 2):
        if cells[1] not in out:
            raise _gaz.ConfigError(
                f"designators.tsv, line {n}: {cells[1]!r}; expected after, before, not or facility"
            )
        out[cells[1]].add(cells[0].casefold())
    return out


class PlaceResolver:
    """Looks up toponyms and picks one gazetteer entry for each, using the article's context."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.directions = _gaz.read_directions()
        self.demonyms = self._load_demonyms()
        words = _load_designators()
        self.after, self.before, self.not_before = words["after"], words["before"], words["not"]
        self.facilities = words["facility"]
        self.state_codes = {
            cells[0]: cells[1].upper()
            for _n, cells in _gaz._rows(
                _gaz._resource_text("us_state_abbreviations.tsv"), "us_state_abbreviations.tsv", 2
            )
        }

    def _load_demonyms(self) -> dict[str, Entry]:
        out: dict[str, Entry] = {}
        for n, cells in _gaz._rows(_gaz._resource_text("demonyms.tsv"), "demonyms.tsv", 2):
            place = cells[0]
            if len(place) == 2 and place.isupper():
                entry = self.gaz.country(place)
            else:
                areas = [e for e, p in self.gaz.lookup(place) if p and e.feature != "city"]
                entry = areas[0] if areas else None
            if entry is None:
                raise _gaz.ResourceError(f"demonyms.tsv, line {n}: no gazetteer area {place!r}")
            for word in _gaz._aliases(cells[1]):
                out[_gaz.name_key(word)] = entry
        return out

    def demonym(self, text: str) -> Entry | None:
        """The country (or area) a demonym or nationality adjective refers to ("Iraqi")."""
        key = _gaz.name_key(text)
        if key.endswith("'s"):
            key = key[:-2]
        return self.demonyms.get(key)

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
        designator = None
        if len(words) >= 2 and words[-1].casefold() in self.after:
            designator = words[-1].casefold()
            words = words[:-1]
        elif len(words) >= 3 and words[0].casefold() in self.before and words[1] == "of":
            designator = words[0].casefold()
            words = words[2:]
        if not words:
            return []
        found = self.gaz.lookup(" ".join(words))
        # "Washington state", "the city of Aleppo": the designator says which kind is meant
        kind = _DESIGNATED.get(designator or "")
        if kind is not None:
            found = [c for c in found if c[0].feature == kind] or found
        return found

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
        elif entry.feature == "adm2":
            # between a division and a town; the populous of two namesake counties first
            score = 4.0 + 0.5 * math.log10(entry.population + 10)
        else:
            # News names capitals far more often than their namesakes ("Washington").
            score = math.log10(entry.population + 10) + (2.5 if entry.capital and primary else 0.0)
        return score + (1.5 if primary else -1.0)

    def resolve(
        self,
        names: Sequence[str],
        qualifiers: Sequence[str | None] | None = None,
        context: Iterable[Entry] = (),
        dateline: int | None = None,
    ) -> list[Entry | None]:
        """The entry for each name, read together as one article's toponyms.

        ``qualifiers`` holds, per name, the toponym that follows it after a comma ("Texas" in
        "Paris, Texas"); ``context`` adds entries known from elsewhere (the dateline's
        qualifier); ``dateline`` is the index of the name the dateline gives, if any.
        """
        return [e for e, _ in self.resolve_with_basis(names, qualifiers, context, dateline)]

    def resolve_with_basis(
        self,
        names: Sequence[str],
        qualifiers: Sequence[str | None] | None = None,
        context: Iterable[Entry] = (),
        dateline: int | None = None,
    ) -> list[tuple[Entry | None, str | None]]:
        """As :meth:`resolve`, each entry with the clue that chose it (see ``BASES``)."""
        quals = list(qualifiers) if qualifiers is not None else [None] * len(names)
        cands = [self.candidates(n) for n in names]
        for k, name in enumerate(names):
            # asked to resolve "Irish" or "Syrian", the resolver names the country; the
            # annotator itself never takes a demonym as a toponym
            entry = self.demonym(name) if not cands[k] else None
            if entry is not None:
                cands[k] = [(entry, True)]
        bases = [_gaz.name_key(n) for n in names]
        # Pass 1: the countries and divisions the article is about, from each name's best
        # reading on its own; a name's own reading is taken out again when it is scored, so
        # that "Dublin" read as Ireland's capital does not vouch for itself.
        firsts: dict[str, Entry] = {}
        for base, cand in zip(bases, cands, strict=True):
            if cand and base not in firsts:
                firsts[base] = max(cand, key=lambda c: self.prior(*c))[0]
        countries: Counter[str] = Counter()
        admins: Counter[tuple[str, str]] = Counter()
        for entry in [*firsts.values(), *context]:
            _count(entry, countries, admins)
        # divisions the article names itself, as against those its towns lie in
        named = {e.admin_key for e in [*firsts.values(), *context] if e.feature in ("adm1", "adm2")}
        # the local places each name may be, for the "named together" clue
        # and how likely each is on its own: a town's namesakes share the name's weight by
        # size, so a neighbour that is one of twenty small Washingtons vouches for little
        local: dict[str, list[tuple[Entry, float]]] = {}
        for base, cand in zip(bases, cands, strict=True):
            if base not in local and cand:
                priors = sorted(((self.prior(*c), c[0]) for c in cand), key=lambda pc: -pc[0])
                total = sum(10 ** (pr - priors[0][0]) for pr, _ in priors)
                local[base] = [
                    (e, 10 ** (pr - priors[0][0]) / total)
                    for pr, e in priors[:NEARBY_CANDIDATES]
                    if e.feature in _LOCAL
                ]
        line_base = bases[dateline] if dateline is not None and dateline < len(bases) else None
        line_entry = firsts.get(line_base or "")
        divisions = _Divisions(named, line_entry.admin_key if line_entry else None)
        # Pass 2: each distinct name once, in context.
        chosen: dict[tuple[str, str | None], tuple[Entry | None, str | None]] = {}
        for base, cand, qual in zip(bases, cands, quals, strict=True):
            key = (base, _gaz.name_key(qual) if qual else None)
            if key in chosen:
                continue
            own_c: Counter[str] = Counter()
            own_a: Counter[tuple[str, str]] = Counter()
            if base in firsts:
                _count(firsts[base], own_c, own_a)
            near = {b: es for b, es in local.items() if b != base and es}
            by_others = (countries - own_c, countries), (admins - own_a, admins)
            chosen[key] = self._pick(cand, *by_others, qual, near, line_base, divisions)
        # "Parkland, Florida" ... "Parkland": a bare name keeps the sense its qualified
        # mention gave it
        qualified = {k[0]: e for k, (e, _) in chosen.items() if k[1] is not None and e is not None}
        out: list[tuple[Entry | None, str | None]] = []
        for base, qual in zip(bases, quals, strict=True):
            key = (base, _gaz.name_key(qual) if qual else None)
            entry, basis = chosen[key]
            if qual is None and base in qualified:
                entry, basis = qualified[base], "same name"
            out.append((entry, basis))
        return out

    def _pick(
        self,
        cand: list[tuple[Entry, bool]],
        countries: tuple[Counter[str], Counter[str]],
        admins: tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]],
        qual: str | None,
        near: dict[str, list[tuple[Entry, float]]] | None = None,
        line_base: str | None = None,
        divisions: _Divisions | None = None,
    ) -> tuple[Entry | None, str | None]:
        """The best reading and its basis; the counters are (named by others, by all)."""
        if not cand:
            return None, None
        area = any(
            primary
            and (
                e.feature == "country"
                or e.feature in _AREA_FEATURES
                or (e.feature == "adm1" and e.cc is not None and countries[0][e.cc] > 0)
            )
            for e, primary in cand
        )
        if area:
            # "Ohio", "Mexico": the state or country, not a county or town known by it too;
            # the places named together may pick among towns, never over a country or a
            # division of a country the article names (Egypt's Alexandria governorate does
            # not stop a US article's Alexandria)
            cand = [c for c in cand if c[1] or c[0].feature != "adm2"]
            near = {}
        within = [
            e
            for e, _ in (self.candidates(qual) if qual else [])
            if e.feature in ("country", "adm1", "adm2")
        ]
        near = near or {}

        def clues(item: tuple[Entry, bool]) -> dict[str, float]:
            entry, primary = item
            out = {"prior": self.prior(entry, primary)}
            if entry.feature in ("city", "adm1", "adm2") and entry.cc:
                # a country or division other names vouch for counts fully, one only this
                # name's own best reading names counts a little
                others_c, all_c = countries
                contained = 2.5 if others_c[entry.cc] else 1.0 if all_c[entry.cc] else 0.0
                key = entry.admin_key
                if key:
                    inside = 3.0 if admins[0][key] else 0.5 if admins[1][key] else 0.0
                    # the division counts as named by the article, by the dateline's town,
                    # or by the other towns, and the basis says which
                    clue = "containment"
                    if divisions is not None and key not in divisions.named:
                        clue = "dateline" if key == divisions.line else "nearby"
                    if clue == "nearby" and entry.feature != "adm1":
                        # a town in the division of other towns' likeliest readings: a weaker
                        # clue than for the division itself ("Atlanta, Georgia")
                        inside /= 2
                    out[clue] = out.get(clue, 0.0) + inside
                out["containment"] = out.get("containment", 0.0) + contained
            for w in within:
                if w.cc == entry.cc and (
                    w.feature == "country"
                    or (w.feature == "adm1" and w.admin1 == entry.admin1)
                    or (w.feature == "adm2" and w.admin1 == entry.admin1 and _close(w, entry))
                ):
                    out["qualifier"] = 8.0
            if entry.feature in _LOCAL and near:
                support = line = 0.0
                for base, others in near.items():
                    weight = max((w for o, w in others if _close(entry, o)), default=0.0)
                    support += weight
                    if base == line_base and weight >= 0.5:
                        line = NEARBY_BONUS
                out["nearby"] = out.get("nearby", 0.0) + NEARBY_BONUS * min(support, 2.0)
                if line:
                    out["dateline"] = out.get("dateline", 0.0) + line
            return out

        scored = [(item, clues(item)) for item in cand]
        best_item, best_clues = max(scored, key=lambda sc: sum(sc[1].values()))
        best = best_item[0]
        if best.feature == "adm1":
            # A metropolis named like its division ("New York", "São Paulo") is what news means.
            metro = [
                e
                for e, _ in cand
                if e.feature == "city" and e.admin_key == best.admin_key and e.population >= METRO
            ]
            if metro:
                return max(metro, key=lambda e: e.population), "metropolis"
        return best, _basis(best_clues, scored)

    def region(self, entry: Entry, direction: tuple[float, float]) -> tuple[float, float]:
        """The point of the region of ``entry`` on the side ``direction`` (north, east shares)."""
        if entry.bbox is None:
            return entry.lat, entry.lon
        south, west, north, east = entry.bbox
        half_lat, half_lon = (north - south) / 2, (east - west) / 2
        lat = entry.lat + direction[0] * half_lat
        lon = entry.lon + direction[1] * half_lon
        return max(-90.0, min(90.0, lat)), lon


#: the clues a resolved place may owe its reading to, in a Place record's ``basis``
BASES = (
    "qualifier",  # "Alexandria, La.": the division or country after the comma
    "dateline",  # a place near the town the dateline names
    "nearby",  # places named together lie within NEARBY_KM of each other
    "containment",  # inside a country or division the article names
    "same name",  # one sense per name per article: a qualified mention's reading
    "metropolis",  # a metropolis named like its division ("New York")
    "only",  # the gazetteer knows one place of that name
    "prior",  # kind and population, the last resort
)
#: features of the places the "named together" clue compares
_LOCAL = ("city", "adm2")
#: places named together lie within this many kilometres of each other
NEARBY_KM = 120.0
#: how many readings of a name, best first by kind and population, the clue compares
NEARBY_CANDIDATES = 12
#: the score one well-placed neighbour adds (two count at most)
NEARBY_BONUS = 2.0


@dataclass(frozen=True)
class _Divisions:
    """The divisions an article names itself, and the one its dateline's town lies in."""

    named: set[tuple[str, str] | None]
    line: tuple[str, str] | None


def _count(entry: Entry, countries: Counter[str], admins: Counter[tuple[str, str]]) -> None:
    """Count an entry towards the countries and divisions an article names."""
    if entry.cc and (entry.feature in ("country", "adm1", "adm2") or entry.population >= 100_000):
        countries[entry.cc] += 1
    if entry.admin_key and entry.feature in ("adm1", "adm2", "city"):
        admins[entry.admin_key] += 1


def _close(a: Entry, b: Entry) -> bool:
    """Whether two places lie within NEARBY_KM of each other (a cheap box test first)."""
    if abs(a.lat - b.lat) > 2.0 or abs(a.lon - b.lon) > 3.0:
        return False
    return _gaz.distance_km(a.lat, a.lon, b.lat, b.lon) <= NEARBY_KM


def _basis(
    best: dict[str, float], scored: list[tuple[tuple[Entry, bool], dict[str, float]]]
) -> str:
    """The clue that set the chosen reading furthest apart from the best of the others."""
    distinct = {item[0].id for item, _ in scored}
    if len(distinct) == 1:
        return "only"
    best_id = max(scored, key=lambda sc: sum(sc[1].values()))[0][0].id
    rivals = [c for item, c in scored if item[0].id != best_id]
    rival = max(rivals, key=lambda c: sum(c.values()))
    margins = {k: v - rival.get(k, 0.0) for k, v in best.items()}
    clue = max(
        ("prior", "qualifier", "dateline", "nearby", "containment"),
        key=lambda k: margins.get(k, 0.0),
    )
    return clue if margins.get(clue, 0.0) >= 0.5 else "prior"


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
        self.keep_unresolved = bool(settings.get("places_keep_unresolved", False))

    # -- recognition ---------------------------------------------------------------------

    def recognise(self, doc: Any) -> list[Toponym]:
        """The toponyms of a parsed text, as token spans, each with its gazetteer candidates."""
        found: list[Toponym] = []
        taken: set[int] = set()

        def add(top: Toponym) -> None:
            found.append(top)
            taken.update(range(top.start, top.end))

        line = dateline(doc.text, self.gaz)
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
                span = doc[start:end]
                if start >= end or self._demonym(span) or self.resolver.demonym(span.text):
                    continue
                cands = self.resolver.candidates(doc[start:end].text)
                if not cands:
                    parts = self._parts(doc, start, end)
                    if parts:
                        for top in parts:
                            add(top)
                        continue
                if ent.label_ == "FAC" and not cands:
                    continue
                add(Toponym(start, end, "ner", candidates=cands))
            elif ent.label_ == "PERSON":
                # "Austin's Baghdad visit": the part after a possessive may be a place
                for tok in ent:
                    if tok.tag_ == "POS" and tok.i + 1 < ent.end:
                        self._scan(doc, tok.i + 1, ent.end, taken, add, strict=True)
        # a facility the gazetteer does not know is no town ("Windsor Castle")
        blocked = {
            i
            for ent in doc.ents
            if ent.label_ in _BLOCKING or ent.label_ == "FAC"
            for i in range(ent.start, ent.end)
        }
        inside_org = {
            i for ent in doc.ents if ent.label_ == "ORG" for i in range(ent.start, ent.end)
        }
        self._scan(doc, 0, len(doc), taken | blocked, add, strict=False, org=inside_org)
        # the small model calls many a town a product or a work of art ("near Auburn"):
        # where the words around say place, those labels do not block a town
        soft = {
            i for ent in doc.ents if ent.label_ in _SOFT_BLOCKING for i in range(ent.start, ent.end)
        }
        self._scan(
            doc, 0, len(doc), taken | (blocked - soft), add, False, inside_org, only_local=True
        )
        self._propagate(doc, found, taken | (blocked - soft), add)
        for top in list(found):
            self._state_after_town(doc, top, found, taken, add)
        for top in found:
            if not top.candidates:
                top.candidates = self.resolver.candidates(doc[top.start : top.end].text)
            nxt = doc[top.end] if top.end < len(doc) else None
            if nxt is not None and nxt.is_lower and nxt.lower_ in _DESIGNATED:
                # "Washington state", "Idlib province": the word belongs to the name
                wider = self.resolver.candidates(doc[top.start : top.end + 1].text)
                if wider:
                    top.end += 1
                    top.candidates = wider
            self._direction(doc, top)
        found.sort(key=lambda t: t.start)
        return found

    @staticmethod
    def _propagate(doc: Any, found: list[Toponym], taken: set[int], add: Any) -> None:
        """Other mentions of a name already taken as a place are places too.

        One sense per name per article, for recognition: "Rock Hill" found after "in" makes
        "Rock Hill police" and the "Rock Hill School Board" name the town as well.
        """
        known: dict[tuple[str, ...], list[tuple[Entry, bool]]] = {}
        for top in found:
            words = tuple(t.text for t in doc[top.start : top.end])
            if top.candidates and top.source != "state" and words not in known:
                known[words] = top.candidates
        if not known:
            return
        longest = max(len(w) for w in known)
        heads = {w[0] for w in known}
        texts = [t.text for t in doc]
        i = 0
        while i < len(doc):
            if texts[i] not in heads:
                i += 1
                continue
            for n in range(min(longest, len(doc) - i), 0, -1):
                words = tuple(texts[i : i + n])
                if words not in known or any(k in taken for k in range(i, i + n)):
                    continue
                # a name inside a longer name ("Rock Hill police", "the Cavan County
                # Council") or after a preposition; one standing alone as subject or object
                # ("Centre said", an organisation named just so) is not taken
                last = doc[i + n - 1]
                whole_org = any(
                    e.label_ == "ORG" and e.start == i and e.end == i + n for e in doc.ents
                )
                if last.dep_ in _PROPAGATE_DEPS and not whole_org and words[0][:1].isupper():
                    add(Toponym(i, i + n, "same name", candidates=known[words]))
                    i += n - 1
                    break
            i += 1

    def _parts(self, doc: Any, start: int, end: int) -> list[Toponym]:
        """Known places inside an unknown place entity: "Asia-Pacific", "Pacific equatorial"."""
        bounds: list[tuple[int, int]] = []
        lo = start
        for i in range(start, end + 1):
            if i == end or doc[i].text in ("-", "/", "–"):
                if i > lo:
                    bounds.append((lo, i))
                lo = i + 1
        if len(bounds) == 1:
            lo, hi = bounds[0]
            while hi > lo + 1 and doc[hi - 1].is_lower:
                hi -= 1  # trailing common words: "eastern Pacific equatorial"
            bounds = [(lo, hi)] if hi < end else []
        out = []
        for lo, hi in bounds:
            first = 1 if doc[lo].lower_ in self.resolver.directions and hi > lo + 1 else 0
            cands = self.resolver.candidates(doc[lo + first : hi].text)
            if not cands:
                return []
            out.append(Toponym(lo, hi, "ner", candidates=[] if first else cands))
        return out

    def _state_after_town(
        self, doc: Any, top: Toponym, found: list[Toponym], taken: set[int], add: Any
    ) -> None:
        """A US state's AP abbreviation or postal code after a town and a comma is its state.

        "Corinth, Miss.", "Tulsa, OK": only there, since alone "Miss.", "Pa.", "OK" or "ME"
        are words (``resources/geo/us_state_abbreviations.tsv``).
        """
        k = top.end
        if k + 1 >= len(doc) or doc[k].text != ",":
            return
        if not any(e.feature in ("city", "adm2") and e.cc == "US" for e, _ in top.candidates):
            return
        # a toponym already there ("Pa." read as a town, "MT" as an unknown place) gives way
        there = next((t for t in found if t.start == k + 1), None)
        if there is not None and any(
            e.feature == "adm1" and e.cc == "US" for e, _ in there.candidates
        ):
            return
        for n in (3, 2, 1):
            end = k + 1 + n
            inside = [i for i in range(k + 1, end) if i in taken]
            if end > len(doc) or (inside and (there is None or end > there.end)):
                continue
            text = doc[k + 1 : end].text
            code = self.resolver.state_codes.get(text)
            if code is None and end < len(doc) and doc[end].text == ".":
                code = self.resolver.state_codes.get(text + ".")
                end += 1 if code else 0
            if code is None and n == 1 and len(text) == 2 and text.isupper():
                code = text
            state = self.gaz.admin1("US", code) if code else None
            if state is not None:
                if there is not None:
                    found.remove(there)
                add(Toponym(k + 1, end, "state", candidates=[(state, True)]))
                return

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
        only_local: bool = False,
    ) -> None:
        """Gazetteer matches among the proper-noun runs of tokens lo..hi (longest first).

        ``only_local``: only matches where the words around say place (see ``_local``).
        """
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
                if j < len(doc) and doc[j].lower_ in self.resolver.facilities and _proper(doc[j]):
                    continue  # "Hampton Avenue", "Washington University": a facility's name
                # inside an organisation's name ("in Congress") a town needs size, not words
                local = not strict and i not in org and self._local(doc, i, j)
                if only_local and not local:
                    continue
                cands = self.resolver.candidates(toks.text)
                if cands and self._strong(cands, toks, strict or i in org, local=local):
                    best = (j, cands)
                    break
            if best is None:
                i += 1
                continue
            add(Toponym(i, best[0], "gazetteer", candidates=best[1]))
            i = best[0]

    @staticmethod
    def _strong(
        cands: list[tuple[Entry, bool]], toks: Any, strict: bool, local: bool = False
    ) -> bool:
        """Whether a gazetteer match outside a place entity is taken as a toponym.

        ``local``: the words around it say it is a place ("near Auburn", "Auburn, N.Y."), so
        a town of any size will do.
        """
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
            if entry.feature == "adm2" and primary and len(toks) > 1:
                return True  # "Boone County": the designator makes it a place
            if sentence_start and len(toks) == 1:
                continue
            floor = MIN_POPULATION_UNTAGGED * (10 if strict else 1)
            if local:
                floor = MIN_POPULATION_LOCATIVE
            if entry.feature == "city" and primary and entry.population >= floor:
                return True
        return False

    def _local(self, doc: Any, i: int, j: int) -> bool:
        """Whether tokens i..j stand where a place name does: after a place preposition
        ("near Auburn", not "with Auburn") or before a comma and a US state ("Auburn, N.Y.")."""
        if i > 0 and doc[i - 1].lower_ in LOCATIVE_PREPOSITIONS - {"to", "between"}:
            return not (i > 1 and doc[i - 2].lower_ in ("according", "thanks", "due"))
        if j + 1 < len(doc) and doc[j].text == ",":
            nxt = doc[j + 1].text
            after = doc[j + 1 : min(j + 4, len(doc))].text
            return nxt in self.resolver.state_codes or any(
                after.startswith(a) for a in self.resolver.state_codes if len(a) > 2
            )
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
        # a state's abbreviation ("Miss.", "OK") is read as the name of the state
        names = [
            t.candidates[0][0].name if t.source == "state" else doc[t.start : t.end].text
            for t in toponyms
        ]
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
        line = dateline(doc.text, self.gaz)
        context: list[Entry] = []
        if line is not None and line[2] is not None and line[3] is not None:
            context = [e for e, _ in self.resolver.candidates(doc.text[line[2] : line[3]])][:1]
        # "Iraqi lawmakers", "Syrian officials": the countries an article is about
        for ent in doc.ents:
            if ent.label_ in ("NORP", "GPE"):
                entry = self.resolver.demonym(ent.text)
                if entry is not None:
                    context.append(entry)
        at_line = next((k for k, t in enumerate(toponyms) if t.source == "dateline"), None)
        entries = self.resolver.resolve_with_basis(names, qualifiers, context, at_line)
        kept: list[Toponym] = []
        for top, (entry, basis) in zip(toponyms, entries, strict=True):
            top.entry, top.basis = entry, basis
            if top.source == "state":
                # the abbreviation names its state, whatever else bears the state's name
                top.entry, top.basis = top.candidates[0][0], "only"
            if entry is None and not (self.keep_unresolved and self._locative(doc, top)):
                # every Place has coordinates; an unknown name is kept only on request, and
                # only where the parse places it ("in Makeen"): others are mostly no places
                continue
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
                basis=top.basis,
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
            basis=top.basis,
        )
