"""Toponym resolution: the gazetteer entry each of an article's place names stands for.

Each candidate entry is scored by its kind (country > continent > region > division > city by
population), whether the mention is the entry's own name, the countries and divisions named
elsewhere in the article, the places named together with it, the dateline, and a following
"X, Y" qualifier ("Paris, Texas"). One name keeps one sense throughout an article, and every
reading records the clue that chose it (``BASES``).
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .. import gazetteer as _gaz
from ..errors import ResourceError
from ..gazetteer import Entry, Gazetteer

#: gazetteer features of named areas (as against divisions and towns)
AREA_FEATURES = {"region", "sea", "ocean", "mountains", "island", "river", "continent"}
#: population from which a city named like its first-level division is read as the city
METRO = 1_000_000
#: a town smaller than this, named alone, yields to a province or state of its name
#: ("Sonora" the Mexican state, not the Texas town; "Sonora, Texas" stays the town)
SMALL_TOWN = 10_000
#: the roles of ``resources/geo/toponym_words.tsv`` that name a gazetteer kind
_KINDS = ("adm1", "adm2", "city")


@dataclass(frozen=True)
class ToponymWords:
    """The function words read around a place name (``resources/geo/toponym_words.tsv``)."""

    at: frozenset[str]  # "near Auburn": what follows is a place
    path: frozenset[str]  # "to", "between": a place only where the parse says so
    not_before: frozenset[str]  # "according to": the preposition after it is no place
    connectors: frozenset[str]  # "Rio de Janeiro": joins the words of one name
    streets: frozenset[str]  # "Road", "St.": ends a street's name (case kept)
    designated: dict[str, str] = field(default_factory=dict)  # "state" -> "adm1"
    parties: frozenset[str] = frozenset()  # "D", "R": before a hyphen and a legislator's home
    local: frozenset[str] = frozenset()  # "police", "residents": after a town's own name

    @property
    def locative(self) -> frozenset[str]:
        """Every preposition of place."""
        return self.at | self.path


@functools.cache
def toponym_words() -> ToponymWords:
    """The packaged ``toponym_words.tsv``, read once."""
    roles: dict[str, set[str]] = {"at": set(), "path": set(), "not_before": set()}
    roles["connector"] = set()
    roles["local"] = set()
    cased: dict[str, set[str]] = {"street": set(), "party": set()}
    designated: dict[str, str] = {}
    for n, cells in _gaz.rows(_gaz.resource_text("toponym_words.tsv"), "toponym_words.tsv", 2):
        word, role = cells[0].casefold(), cells[1]
        if role in cased:
            cased[role].add(cells[0])
        elif role in _KINDS:
            designated[word] = role
        elif role in roles:
            roles[role].add(word)
        else:
            raise ResourceError(
                f"toponym_words.tsv, line {n}: role {role!r}; expected one of "
                f"{', '.join([*roles, *cased, *_KINDS])}"
            )
    return ToponymWords(
        frozenset(roles["at"]),
        frozenset(roles["path"]),
        frozenset(roles["not_before"]),
        frozenset(roles["connector"]),
        frozenset(cased["street"]),
        designated,
        frozenset(cased["party"]),
        frozenset(roles["local"]),
    )


def _load_designators() -> dict[str, set[str]]:
    text = _gaz.resource_text("designators.tsv")
    kinds = ("after", "before", "not", "facility")
    return _gaz.grouped_words(text, "designators.tsv", kinds, kind_column=1, word_column=0)


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
            for _n, cells in _gaz.rows(
                _gaz.resource_text("us_state_abbreviations.tsv"), "us_state_abbreviations.tsv", 2
            )
        }

    def _load_demonyms(self) -> dict[str, Entry]:
        out: dict[str, Entry] = {}
        for n, cells in _gaz.rows(_gaz.resource_text("demonyms.tsv"), "demonyms.tsv", 2):
            place = cells[0]
            if len(place) == 2 and place.isupper():
                entry = self.gaz.country(place)
            else:
                areas = [e for e, p in self.gaz.lookup(place) if p and e.feature != "city"]
                entry = areas[0] if areas else None
            if entry is None:
                raise ResourceError(f"demonyms.tsv, line {n}: no gazetteer area {place!r}")
            for word in _gaz.aliases(cells[1]):
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
        kind = toponym_words().designated.get(designator or "")
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
        elif entry.feature in AREA_FEATURES:
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
                    # a national capital is named for its government, not as a neighbour:
                    # a story that names it vouches for no namesake town in its suburbs
                    if e.feature in _LOCAL and not e.capital
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
        for k, (base, qual) in enumerate(zip(bases, quals, strict=True)):
            key = (base, _gaz.name_key(qual) if qual else None)
            entry, basis = chosen[key]
            # a dateline or a national capital standing alone keeps its own reading
            alone = k == dateline or (entry is not None and entry.capital)
            if qual is None and base in qualified and not alone:
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
                or e.feature in AREA_FEATURES
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
        if qual is None and any(p and e.feature == "adm1" for e, p in cand):
            cand = [(e, p) for e, p in cand if e.feature != "city" or e.population >= SMALL_TOWN]

        # a name both a country and a division of another country ("Georgia"): the
        # division when the article names other divisions of its country or a town in it,
        # and nothing of the namesake country's
        namesakes = {e.cc for e, _ in cand if e.feature == "country" and e.cc}
        unbacked = bool(namesakes) and not any(countries[0][cc] for cc in namesakes)
        # a neighbour of the namesake country named ("Russia sent troops to the border with
        # Georgia"): other divisions alone no longer tell, a town inside the division still does
        bordered = any(
            countries[0][n] for cc in namesakes for n in _gaz.country_neighbours().get(cc, ())
        )

        def clues(item: tuple[Entry, bool]) -> dict[str, float]:
            entry, primary = item
            out = {"prior": self.prior(entry, primary)}
            if unbacked and entry.feature == "adm1" and entry.cc and entry.cc not in namesakes:
                # other divisions of its country named ("Georgia and Alabama"), or a town
                # inside it ("Atlanta"); a stray town elsewhere in the country is too weak
                siblings = divisions is not None and any(
                    k is not None and k[0] == entry.cc and k != entry.admin_key
                    for k in divisions.named
                )
                if (siblings and not bordered) or (entry.admin_key and admins[0][entry.admin_key]):
                    out["containment"] = NAMESAKE_DIVISION
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
    "street",  # a street or road, placed at the town the article names nearest to it
    "only",  # the gazetteer knows one place of that name
    "prior",  # kind and population, the last resort
)
#: features of the places the "named together" clue compares
_LOCAL = ("city", "adm2")
#: places named together lie within this many kilometres of each other
NEARBY_KM = 120.0
#: how many readings of a name, best first by kind and population, the clue compares
NEARBY_CANDIDATES = 12
#: the score a division named like a foreign country ("Georgia") gets when the article names
#: other divisions of the division's country, or a town inside it, and nothing of the
#: namesake country's
NAMESAKE_DIVISION = 6.0
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
