"""PETRARCH verb dictionaries: read them, and turn them into eventwire event patterns.

The format is PETRARCH's (``CAMEO.2.0.txt``, documented in its header and in
PETRARCH's ``read_verb_dictionary()``)::

    &SYNSET                       a synonym set: the lines below it start with '+'
    +WORD_OR_PHRASE               '_' joins words; a trailing '_' means "no plural"

    --- NAME [CODE] ---           a verb block; [---] (or no code): the bare verbs code nothing
    VERB {FORMS} [CODE] # note    a verb of the block, its irregular forms, its own code
    +CALL_OFF                     a multi-word verb: '+' marks the word that is the verb
    - $ * WORD (PREP WORDS) {NOUN PHRASE} &SYNSET + [CODE]   # note
                                  a pattern: '*' is the verb, '$' the source, '+' the
                                  target, '%' a compound actor, '^' a skipped phrase;
                                  [---] marks words that are not an event, [A:B] a pair
                                  of codes (source's view : target's view)

``read_verb_dictionary`` reads such a file into blocks of verbs and patterns; a line
it cannot read stops it with a ``ConfigError`` naming the file and line.

``to_lexicon_rows`` converts the dictionary into rows of eventwire's event lexicon
(``pattern | EVENT | mode | cameo | flags``, see ``resources/events/README.md``):
the verb becomes the head, the words after ``*`` the words that must depend on it,
each synonym set is spelled out, and the CAMEO code gives the PLOVER type and mode
through the CAMEO -> PLOVER table (``resources/events/cameo-plover.txt``). Patterns
the event matcher cannot express are skipped and counted by reason (words before the
verb, which would have to be its subject; a source slot after the verb, where the
object would be the actor; CAMEO 01 statements, which PLOVER drops).

The packaged conversion of CAMEO.2.0 is made by::

    python -m eventwire.dictionaries.petrarch_verbs \\
        ../shared/dictionaries/petrarch/CAMEO.2.0.txt \\
        --table ../shared/ontology/CAMEO2PLOVER-2021.txt \\
        --out src/eventwire/resources/events
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import ConfigError

#: The event of a row whose words are not an event (PETRARCH's ``[---]``): where it is the
#: most specific pattern that fits, the word codes nothing.
NON_EVENT = "---"
#: Base confidence of a converted pattern (hand-written verbs have 0.7).
DICTIONARY_CONF = 0.6
CAMEO_TABLE_FILE = "cameo-plover.txt"
CONVERTED_FILE = "petrarch-cameo.txt"

# Words that never depend on the verb closely enough for the matcher to see them.
_FUNCTION_WORDS = frozenset({"a", "an", "the"})
_SLOTS = {"$": "source", "+": "target", "%": "compound", "^": "skip"}
_WORD = re.compile(r"^[A-Z0-9][A-Z0-9'./-]*$", re.IGNORECASE)
_CODE = re.compile(r"^(\d{2,4})?$")


@dataclass(frozen=True)
class Element:
    """One item of a pattern: a word, a synset, a slot, or a phrase of items."""

    kind: str  # word | synset | source | target | compound | skip | phrase | prep
    text: str = ""
    items: tuple[Element, ...] = ()

    def words(self) -> list[Element]:
        """The words and synsets in this element, phrases flattened."""
        if self.kind in ("phrase", "prep"):
            return [w for item in self.items for w in item.words()]
        return [self] if self.kind in ("word", "synset") else []

    def slots(self) -> list[str]:
        """The slot kinds in this element, phrases flattened."""
        if self.kind in ("phrase", "prep"):
            return [s for item in self.items for s in item.slots()]
        return [self.kind] if self.kind in ("source", "target", "compound", "skip") else []


@dataclass(frozen=True)
class VerbPattern:
    """A pattern line: the elements before and after the verb, and its code(s)."""

    before: tuple[Element, ...]
    after: tuple[Element, ...]
    codes: tuple[str, ...]  # () for [---]; one code; or (source's, target's) with "" for none
    line: int
    text: str

    @property
    def is_non_event(self) -> bool:
        """A ``[---]`` pattern: the words are not an event."""
        return not self.codes


@dataclass(frozen=True)
class Verb:
    """A verb of a block: its words (one is the verb), irregular forms and own code."""

    words: tuple[str, ...]
    head: int  # index of the verb in words
    forms: tuple[str, ...]
    code: str | None  # None: the block's code; "---": no event
    line: int

    @property
    def lemma(self) -> str:
        return self.words[self.head]


@dataclass
class VerbBlock:
    """A ``--- NAME [CODE] ---`` block: synonymous verbs sharing one set of patterns."""

    name: str
    code: str | None  # None: the bare verbs code no event
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)


@dataclass
class VerbDictionary:
    """A PETRARCH verb dictionary: synonym sets and verb blocks, in file order."""

    where: str
    synsets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    blocks: list[VerbBlock] = field(default_factory=list)


# --------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------


def _strip_comment(raw: str) -> str:
    """Drop a '#' or (TABARI's) ';' comment."""
    for mark in ("#", ";"):
        cut = raw.find(mark)
        if cut >= 0:
            raw = raw[:cut]
    return raw.strip()


def _split_code(text: str, loc: str, raw: str) -> tuple[str, str | None]:
    """Split ``body [CODE]`` into body and code text (None when there is no [...])."""
    if "[" not in text:
        if "]" in text:
            raise ConfigError(f"{loc}: {raw.strip()!r}: ']' without '['; expected [CODE]")
        return text, None
    body, _, rest = text.partition("[")
    code, close, tail = rest.partition("]")
    if not close or tail.strip():
        raise ConfigError(
            f"{loc}: {raw.strip()!r}: expected one [CODE] at the end of the line, "
            "e.g. [042] or [---]"
        )
    return body.strip(), code.strip()


def _parse_codes(code: str, loc: str, raw: str) -> tuple[str, ...]:
    """``---`` -> (); ``042`` -> ("042",); ``042:043`` -> ("042", "043"); ``:173``."""
    if code == NON_EVENT:
        return ()
    parts = code.split(":")
    if len(parts) > 2 or not all(_CODE.match(p) for p in parts) or not any(parts):
        raise ConfigError(
            f"{loc}: {raw.strip()!r}: CAMEO code [{code}]: expected 2 to 4 digits, "
            "two such codes joined by ':', or [---]"
        )
    return tuple(parts)


def _tokens(text: str, loc: str, raw: str) -> list[str]:
    """Split a pattern body into words, slots, '*' and the brackets ( ) { }."""
    out: list[str] = []
    for piece in re.split(r"(\s+|[(){}*])", text):
        piece = piece.strip()
        if piece:
            out.append(piece)
    depth: list[str] = []
    for t in out:
        if t in "({":
            depth.append(t)
        elif t in ")}":
            if not depth or {"(": ")", "{": "}"}[depth.pop()] != t:
                raise ConfigError(f"{loc}: {raw.strip()!r}: unbalanced {t!r}")
    if depth:
        raise ConfigError(f"{loc}: {raw.strip()!r}: {depth[-1]!r} is never closed")
    return out


def _elements(
    tokens: list[str], pos: int, close: str | None, loc: str, raw: str
) -> tuple[list[Element], int]:
    items: list[Element] = []
    while pos < len(tokens):
        t = tokens[pos]
        pos += 1
        if t == close:
            return items, pos
        if t in ("(", "{"):
            inner, pos = _elements(tokens, pos, ")" if t == "(" else "}", loc, raw)
            items.append(Element("prep" if t == "(" else "phrase", items=tuple(inner)))
        elif t in _SLOTS:
            items.append(Element(_SLOTS[t]))
        elif t.startswith("&"):
            items.append(Element("synset", t[1:].rstrip("_").upper()))
        elif t == "*":
            items.append(Element("verb"))
        else:
            for w in t.split("_"):
                if not w:
                    continue
                if not _WORD.match(w):
                    raise ConfigError(
                        f"{loc}: {raw.strip()!r}: {w!r} is not a word; expected words, "
                        "&SYNSETS, (prepositional phrases), {noun phrases} and $ + % ^ *"
                    )
                items.append(Element("word", w.lower()))
    return items, pos


def _parse_pattern(raw: str, n: int, where: str) -> VerbPattern:
    loc = f"{where}:{n}"
    body, code = _split_code(_strip_comment(raw)[1:], loc, raw)
    if code is None:
        raise ConfigError(f"{loc}: {raw.strip()!r}: pattern without a [CODE]; expected e.g. [042]")
    codes = _parse_codes(code, loc, raw)
    items, _ = _elements(_tokens(body, loc, raw), 0, None, loc, raw)
    stars = [i for i, e in enumerate(items) if e.kind == "verb"]
    if len(stars) != 1:
        raise ConfigError(
            f"{loc}: {raw.strip()!r}: a pattern needs exactly one '*' (the verb) outside "
            f"brackets, found {len(stars)}"
        )
    s = stars[0]
    return VerbPattern(tuple(items[:s]), tuple(items[s + 1 :]), codes, n, body)


def _parse_verb(raw: str, n: int, where: str) -> Verb:
    loc = f"{where}:{n}"
    text, code = _split_code(_strip_comment(raw), loc, raw)
    forms: tuple[str, ...] = ()
    if "{" in text:
        main, _, rest = text.partition("{")
        inner, close, tail = rest.partition("}")
        if not close or tail.strip():
            raise ConfigError(
                f"{loc}: {raw.strip()!r}: irregular forms must be one {{...}} after the verb"
            )
        forms = tuple(f.lower() for f in inner.split())
        text = main.strip()
    if not text or " " in text:
        raise ConfigError(
            f"{loc}: {raw.strip()!r}: expected one verb (words of a multi-word verb joined "
            "by '_'), then optional {FORMS} and [CODE]"
        )
    words = [w for w in text.split("_") if w]
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    if len(words) > 1 and len(marked) != 1:
        raise ConfigError(
            f"{loc}: {raw.strip()!r}: a multi-word verb needs one '+' before the word that "
            "is the verb (+CALL_OFF, WIRE_+TAP)"
        )
    head = marked[0] if marked else 0
    words = [w.lstrip("+").lower() for w in words]
    for w in words:
        if not _WORD.match(w):
            raise ConfigError(f"{loc}: {raw.strip()!r}: {w!r} is not a word")
    if code is not None and code != NON_EVENT:
        code = next(c for c in _parse_codes(code, loc, raw) if c)
    return Verb(tuple(words), head, forms, code, n)


def parse_verb_dictionary(
    text: str, where: str, problems: list[str] | None = None
) -> VerbDictionary:
    """Parse PETRARCH verb dictionary text; ``where`` names it in error messages.

    A line that cannot be read raises ``ConfigError`` (file:line, the line, what was
    expected); given a ``problems`` list, the message goes there instead and the line
    is skipped, as PETRARCH skips it.
    """
    reader = _Reader(VerbDictionary(where))
    for n, raw in enumerate(text.splitlines(), 1):
        try:
            reader.line(raw, n)
        except ConfigError as exc:
            if problems is None:
                raise
            problems.append(str(exc))
    return reader.vd


@dataclass
class _Reader:
    """The state between lines: the synonym set or verb block being read."""

    vd: VerbDictionary
    synset: str | None = None
    block: VerbBlock | None = None

    def line(self, raw: str, n: int) -> None:
        line = raw.strip()
        if not line:
            self.synset = None  # a blank line ends a synonym set
            return
        if line.startswith("#") or line.startswith("<!"):
            return
        where = self.vd.where
        loc = f"{where}:{n}"
        if line.startswith("---"):
            body = _strip_comment(line).strip("-").strip()
            name, code = _split_code(body, loc, raw)
            if not name:
                raise ConfigError(f"{loc}: {line!r}: expected '--- NAME [CODE] ---'")
            if code is not None and code != NON_EVENT:
                code = next(c for c in _parse_codes(code, loc, raw) if c)
            self.block = VerbBlock(name, None if code in (None, NON_EVENT) else code, n)
            self.vd.blocks.append(self.block)
            self.synset = None
        elif line.startswith("&"):
            name = _strip_comment(line)
            if " " in name or len(name) < 2:
                raise ConfigError(f"{loc}: {line!r}: expected '&NAME' alone on the line")
            self.synset = name[1:].rstrip("_").upper()
            self.vd.synsets[self.synset] = []
        elif line.startswith("+") and self.synset is not None:
            member = _strip_comment(line[1:]).rstrip("_")
            words = tuple(w.lower() for w in re.split(r"[_\s]+", member) if w)
            if not words or not all(_WORD.match(w) for w in words):
                raise ConfigError(f"{loc}: {line!r}: expected +WORD or +WORDS_OF_A_PHRASE")
            self.vd.synsets[self.synset].append(words)
        elif line.startswith("-"):
            if self.block is None:
                raise ConfigError(f"{loc}: {line!r}: pattern before any '--- NAME ---' block")
            self.block.patterns.append(_parse_pattern(line, n, where))
        elif line.startswith("+") or line[0].isalnum():
            if self.block is None:
                raise ConfigError(
                    f"{loc}: {line!r}: verb or synonym before any '--- NAME ---' block or "
                    "'&SYNSET' header"
                )
            self.block.verbs.append(_parse_verb(line, n, where))
        else:
            raise ConfigError(
                f"{loc}: {line!r}: expected a '--- NAME [CODE] ---' block, a verb, a "
                "'- ... * ... [CODE]' pattern, an '&SYNSET' or a '+member' line"
            )


def read_verb_dictionary(path: str | Path, problems: list[str] | None = None) -> VerbDictionary:
    """Read a PETRARCH verb dictionary file (UTF-8, or Latin-1 as older files are)."""
    p = Path(path).expanduser()
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ConfigError(
            f"PETRARCH verb dictionary {str(path)!r} cannot be read ({exc.strerror}); "
            "expected a file in the format of CAMEO.2.0.txt"
        ) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return parse_verb_dictionary(text, str(path), problems)


# --------------------------------------------------------------------------------------
# CAMEO -> PLOVER
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PloverCode:
    """What a CAMEO code means in PLOVER: event type, mode and contexts."""

    event: str
    mode: str
    contexts: tuple[str, ...]


def parse_cameo_table(text: str, where: str) -> dict[str, PloverCode]:
    """Parse the PLOVER manual's CAMEO -> PLOVER table (``CODE: TYPE, mode, contexts``)
    or its packaged form (``CODE | TYPE | mode | contexts``); the first row of a code wins."""
    table: dict[str, PloverCode] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line or set(line) <= {"~"}:
            continue
        if "|" in line:
            cols = [c.strip() for c in line.split("|")]
        else:
            code_part, sep, rest = line.partition(":")
            cols = [code_part.strip(), *[c.strip() for c in rest.split(",")]] if sep else []
        if len(cols) < 2 or not re.fullmatch(r"\d{2,4}", cols[0]) or not cols[1].isalpha():
            raise ConfigError(
                f"{where}:{n}: {raw.strip()!r}; expected 'CODE | TYPE | mode | contexts' "
                "(or the manual's 'CODE: TYPE, mode, contexts')"
            )
        cols += [""] * (4 - len(cols))
        contexts = tuple(c.strip() for c in cols[3].split(";") if c.strip())
        table.setdefault(cols[0], PloverCode(cols[1].upper(), cols[2].strip(), contexts))
    return table


def packaged_cameo_table() -> dict[str, PloverCode]:
    """The CAMEO -> PLOVER table shipped in ``resources/events``."""
    text = (
        resources.files("eventwire.resources.events")
        .joinpath(CAMEO_TABLE_FILE)
        .read_text(encoding="utf-8")
    )
    return parse_cameo_table(text, CAMEO_TABLE_FILE)


def plover_for(code: str, table: dict[str, PloverCode]) -> PloverCode | None:
    """The PLOVER reading of a CAMEO code: the code's row, else its nearest parent's.

    CAMEO 01 (public statements) is dropped by PLOVER: None. CAMEO 02 (appeals) is
    dropped too, but its acts are what PLOVER's REQUEST holds and eventwire's lexicon
    codes them so: REQUEST.
    """
    if code.startswith("01"):
        return None
    if code.startswith("02"):
        return PloverCode("REQUEST", "", ())
    for cut in range(len(code), 1, -1):
        row = table.get(code[:cut])
        if row is not None:
            return row
    return None


# --------------------------------------------------------------------------------------
# Converting into event lexicon rows
# --------------------------------------------------------------------------------------


@dataclass
class Conversion:
    """The lexicon rows made from a dictionary, and what was skipped, by reason."""

    rows: list[str]
    skipped: Counter[str]
    counts: Counter[str]


def _reversed(p: VerbPattern) -> bool:
    """Whether a pattern codes only the target's act on the source (``[:184]``, "- * IN
    &DETENTION" under DIE): the verb's subject undergoes the act ("died in detention",
    "received aid from"), so it is the recipient (lexicon flag ``undergone``)."""
    return len(p.codes) == 2 and not p.codes[0] and bool(p.codes[1])


def _pattern_code(p: VerbPattern) -> str | None:
    """The code from the source's point of view (the first code given)."""
    return next((c for c in p.codes if c), None)


def _set_name(label: str) -> str:
    return "&" + re.sub(r"[^a-z0-9.]+", "_", label.lower()).strip("_")


def _code_columns(code: str | None, table: dict[str, PloverCode]) -> str | None:
    """``EVENT | mode | cameo | flags`` for a code; None where PLOVER has no event for it."""
    if code is None:
        return f"{NON_EVENT} | | |"
    plover = plover_for(code, table)
    if plover is None:
        return None
    return f"{plover.event} | {plover.mode} | {code} | conf={DICTIONARY_CONF}"


def to_lexicon_rows(
    vd: VerbDictionary, table: dict[str, PloverCode], problems: list[str] | None = None
) -> Conversion:
    """Convert a verb dictionary into event lexicon rows.

    Each block's verbs become a word set (``&verbs.NAME = verb, verb particle, ...``) and
    each synonym set used by a pattern a word set of its own, so a pattern stays one row
    however many verbs and synonyms it stands for. A pattern naming an undefined synonym
    set raises ``ConfigError``, or, given a ``problems`` list, is noted there and skipped.
    """
    rows: list[str] = []
    sets: dict[str, str] = {}  # name -> definition row, in order of first use
    seen: set[tuple[str, tuple[str, ...]]] = set()
    skipped: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    source = vd.where.rsplit("/", 1)[-1]

    def define(name: str, members: Iterable[tuple[str, ...]]) -> None:
        if name not in sets:
            spelled = dict.fromkeys(" ".join(m) for m in members)
            sets[name] = f"{name} = {', '.join(spelled)}"

    for block in vd.blocks:
        verbs = [(v.lemma, *(w for i, w in enumerate(v.words) if i != v.head)) for v in block.verbs]
        for verb, words in zip(block.verbs, verbs, strict=True):
            own = verb.code if verb.code is not None else block.code
            if own is None:
                continue  # the bare verb codes nothing, and no row needs to say so
            cols = _code_columns(None if own == NON_EVENT else own, table)
            if cols is None:
                skipped["bare verb: CAMEO 01 (statements) or a code outside the table"] += 1
                continue
            key = (words[0], tuple(sorted(words[1:])))
            if key not in seen:
                seen.add(key)
                rows.append(f"{' '.join(words)} | {cols}  # {block.name} {source}:{verb.line}")
                counts["bare verb" if own != NON_EVENT else "bare verb, not an event"] += 1
        if not verbs or not block.patterns:
            continue
        vset = _set_name(f"verbs.{block.name}.{block.line}")
        for pat in block.patterns:
            if any(e.words() for e in pat.before):
                skipped["words before the verb (its subject)"] += 1
                continue
            if "source" in [s for e in pat.after for s in e.slots()]:
                skipped["source slot after the verb (the object would be the actor)"] += 1
                continue
            deps: list[str] = []
            missing = None
            for w in (w for e in pat.after for w in e.words()):
                if w.kind == "synset":
                    members = vd.synsets.get(w.text)
                    if not members:
                        missing = w.text
                        break
                    name = _set_name(w.text)
                    define(name, members)
                    deps.append(name)
                elif w.text not in _FUNCTION_WORDS:
                    deps.append(w.text)
            if missing is not None:
                msg = (
                    f"{vd.where}:{pat.line}: synonym set &{missing} is not defined; "
                    "expected an '&NAME' block of '+' lines in the file"
                )
                if problems is None:
                    raise ConfigError(msg)
                problems.append(msg)
                continue
            deps = list(dict.fromkeys(deps))
            if not deps:
                skipped["pattern with no words besides the verb"] += 1
                continue
            key = (vset, tuple(sorted(deps)))
            if key in seen:
                skipped["same words as an earlier pattern of the block"] += 1
                continue
            cols = _code_columns(None if pat.is_non_event else _pattern_code(pat), table)
            if cols is None:
                skipped["CAMEO 01 (statements) or a code outside the table"] += 1
                continue
            if _reversed(pat):
                cols = cols.replace("| conf=", "| undergone,conf=")
            seen.add(key)
            define(vset, verbs)
            rows.append(f"{vset} {' '.join(deps)} | {cols}  # {block.name} {source}:{pat.line}")
            counts["pattern, not an event" if pat.is_non_event else "pattern"] += 1
    return Conversion([*sets.values(), *rows], skipped, counts)


def convert_file(path: str | Path, table: dict[str, PloverCode] | None = None) -> Conversion:
    """Read a PETRARCH verb dictionary and convert it with the (packaged) CAMEO table."""
    return to_lexicon_rows(read_verb_dictionary(path), table or packaged_cameo_table())


# --------------------------------------------------------------------------------------
# Writing the packaged files
# --------------------------------------------------------------------------------------

_TABLE_HEADER = """\
# CAMEO -> PLOVER: the event type, mode and contexts of each CAMEO code.
# Converted from the PLOVER manual's CAMEO -> PLOVER translation table (Draft 0.8,
# 17 September 2021, edited by Philip Schrodt; Open Event Data Alliance) by
#   python -m eventwire.dictionaries.petrarch_verbs CAMEO.2.0.txt \\
#       --table CAMEO2PLOVER-2021.txt --out src/eventwire/resources/events
# A code missing here takes its nearest parent's row (0356 -> 035). CAMEO 01 and 02 are
# not in the table (PLOVER drops them); eventwire reads 02 (appeals) as REQUEST.
#
# code | event | mode | contexts (';'-separated)
"""

_ROWS_HEADER = """\
# Event patterns converted from the PETRARCH CAMEO verb dictionary {name}
# (Open Event Data Alliance, MIT licence: see LICENSE-petrarch.txt beside this file;
# copied unchanged from openeventdata/UniversalPetrarch @ 067552d).
# GENERATED: do not edit by hand. Made by
#   python -m eventwire.dictionaries.petrarch_verbs {name} \\
#       --table CAMEO2PLOVER-2021.txt --out src/eventwire/resources/events
# Format: lexicon.txt's (resources/events/README.md); event '---' = PETRARCH's [---]:
# these words are not an event, and stop less specific patterns of the same verb.
# Each row ends with the PETRARCH block and the line it comes from.
#
# Rows: {counts}
# Skipped (the matcher cannot express them): {skipped}
"""


def _summary(c: Counter[str]) -> str:
    return "; ".join(f"{k} {v}" for k, v in sorted(c.items())) or "none"


def write_packaged(source: Path, table_path: Path, out: Path) -> Conversion:
    """Write ``cameo-plover.txt`` and ``petrarch-cameo.txt`` into ``out``."""
    table = parse_cameo_table(table_path.read_text(encoding="utf-8"), str(table_path))
    lines = [_TABLE_HEADER]
    for code, row in table.items():
        lines.append(f"{code} | {row.event} | {row.mode} | {'; '.join(row.contexts)}\n")
    (out / CAMEO_TABLE_FILE).write_text("".join(lines), encoding="utf-8")
    problems: list[str] = []
    vd = parse_verb_dictionary(source.read_text(encoding="utf-8"), source.name, problems)
    n_lines = len(problems)
    conv = to_lexicon_rows(vd, table, problems)
    conv.skipped["malformed line"] += n_lines
    conv.skipped["undefined synonym set"] += len(problems) - n_lines
    header = _ROWS_HEADER.format(
        name=source.name, counts=_summary(conv.counts), skipped=_summary(conv.skipped)
    )
    header += "".join(f"# skipped: {p}\n" for p in problems)
    (out / CONVERTED_FILE).write_text(header + "\n".join(conv.rows) + "\n", encoding="utf-8")
    return conv


def main(argv: Iterable[str] | None = None) -> int:
    """Command line: convert a PETRARCH verb dictionary into the packaged event files."""
    ap = argparse.ArgumentParser(prog="python -m eventwire.dictionaries.petrarch_verbs")
    ap.add_argument("dictionary", type=Path, help="PETRARCH verb dictionary (CAMEO.2.0.txt)")
    ap.add_argument("--table", type=Path, required=True, help="CAMEO2PLOVER-2021.txt")
    ap.add_argument("--out", type=Path, required=True, help="folder to write into")
    args = ap.parse_args(list(argv) if argv is not None else None)
    try:
        conv = write_packaged(args.dictionary, args.table, args.out)
    except (ConfigError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"rows: {_summary(conv.counts)}")
    print(f"skipped: {_summary(conv.skipped)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
