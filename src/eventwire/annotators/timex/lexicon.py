"""The time vocabulary: months, weekdays, number words, units … read from ``resources/time``.

``lexicon.tsv`` (and the user's files) give phrase -> value entries by kind; ``anchors.tsv``
widely known dated events; ``words.tsv`` the word lists read in the parse around an
expression (tense, amounts, datelines). Formats in ``resources/time/README.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ...errors import ConfigError

RESOURCE_DIR = "resources/time"
KINDS = (
    "month",
    "weekday",
    "number",
    "ordinal",
    "unit",
    "season",
    "partofday",
    "clock",
    "ref",
    "set",
    "holiday",
)


@dataclass(frozen=True)
class AnchorEvent:
    """A widely known dated event: its date, head nouns and the keywords it is known by."""

    date: str
    nouns: frozenset[str]
    keywords: tuple[str, ...]


@dataclass
class Lexicon:
    """The time vocabulary: ``entries[kind][phrase] = value`` plus the anchor events."""

    entries: dict[str, dict[str, str]] = field(default_factory=lambda: {k: {} for k in KINDS})
    anchors: list[AnchorEvent] = field(default_factory=list)

    def get(self, kind: str, phrase: str) -> str | None:
        """The value of ``phrase`` (any case, any spacing) in vocabulary ``kind``."""
        return self.entries[kind].get(norm(phrase))

    def number(self, raw: str | None) -> float | None:
        """A number written in digits or words ("two", "twenty four", "a few" -> None)."""
        if raw is None:
            return None
        raw = norm(raw).replace("-", " ")
        if raw.endswith(" 1/2"):
            whole = self.number(raw[:-4])
            return None if whole is None else whole + 0.5
        try:
            return float(raw.replace(",", ""))
        except ValueError:
            pass
        value = self.get("number", raw)
        if value is not None:
            return None if value == "X" else float(value)
        total = 0.0
        for word in raw.split():
            v = self.get("number", word)
            if v is None or v == "X":
                return None
            total += float(v)
        return total or None

    def ordinal(self, raw: str) -> int | None:
        """An ordinal written in digits ("20th") or words ("twentieth")."""
        m = re.match(r"(\d+)", raw)
        if m:
            return int(m.group(1))
        v = self.get("ordinal", raw)
        return int(v) if v else None

    def unit(self, raw: str) -> str | None:
        """The TimeML letter of a calendar unit ("weeks" -> W)."""
        return self.get("unit", raw)

    def is_fuzzy(self, raw: str) -> bool:
        """Whether a number word stands for an unspecified amount ("several")."""
        return self.get("number", raw) == "X"


def norm(phrase: str) -> str:
    """A phrase as the vocabulary files it: lower case, single spaces, straight quotes."""
    return re.sub(r"\s+", " ", phrase.strip().lower()).replace("’", "'")


def _read_lines(text: str, where: str) -> Iterable[tuple[int, list[str]]]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield lineno, [c.strip() for c in line.split("\t")]


def parse_lexicon(text: str, where: str, into: Lexicon | None = None) -> Lexicon:
    """Read a vocabulary file (``KIND<TAB>PHRASE<TAB>VALUE``) into a Lexicon; later entries win."""
    lex = into or Lexicon()
    for lineno, cols in _read_lines(text, where):
        if len(cols) != 3 or cols[0] not in KINDS or not cols[1] or not cols[2]:
            raise ConfigError(
                f"{where}:{lineno}: expected KIND<TAB>PHRASE<TAB>VALUE with KIND one of "
                f"{', '.join(KINDS)}; got {cols!r}"
            )
        lex.entries[cols[0]][norm(cols[1])] = cols[2]
    return lex


def parse_anchors(text: str, where: str, into: Lexicon | None = None) -> Lexicon:
    """Read an anchor-event file (``DATE<TAB>NOUNS<TAB>KEYWORDS``) into a Lexicon."""
    lex = into or Lexicon()
    for lineno, cols in _read_lines(text, where):
        if len(cols) != 3 or not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", cols[0]):
            raise ConfigError(
                f"{where}:{lineno}: expected DATE<TAB>NOUNS<TAB>KEYWORDS with DATE as "
                f"YYYY-MM-DD; got {cols!r}"
            )
        nouns = frozenset(norm(n) for n in cols[1].split("|") if n.strip())
        keywords = tuple(norm(k) for k in cols[2].split("|") if k.strip())
        lex.anchors.append(AnchorEvent(cols[0], nouns, keywords))
    return lex


@lru_cache(maxsize=8)
def load_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """The packaged vocabulary and anchor events, extended by the user's ``extra`` files.

    A user file whose name ends in ``anchors.tsv`` holds anchor events; any other
    holds vocabulary entries.
    """
    base = resources.files("eventwire").joinpath(RESOURCE_DIR)
    lex = parse_lexicon(base.joinpath("lexicon.tsv").read_text("utf-8"), "lexicon.tsv")
    parse_anchors(base.joinpath("anchors.tsv").read_text("utf-8"), "anchors.tsv", lex)
    for name in extra:
        path = Path(name)
        try:
            text = path.read_text("utf-8")
        except OSError as exc:
            raise ConfigError(
                f"time lexicon {name!r} cannot be read ({exc.strerror}); "
                "expected a UTF-8 TSV file (see resources/time/README.md)"
            ) from None
        if path.name.endswith("anchors.tsv"):
            parse_anchors(text, name, lex)
        else:
            parse_lexicon(text, name, lex)
    return lex


WORD_KINDS = (
    "future_aux",
    "future_governor",
    "reporting",
    "deadline",
    "scheduling",
    "demand",
    "non_time_head",
    "count_noun",
    "amount_label",
    "dateline_word",
    "not_dateline",
    "stamp_word",
    "stamp_link",
)


def parse_words(text: str, where: str) -> dict[str, frozenset[str]]:
    """Read a word-list file (``KIND<TAB>WORD``) into word sets by kind."""
    out: dict[str, set[str]] = {k: set() for k in WORD_KINDS}
    for lineno, cols in _read_lines(text, where):
        if len(cols) != 2 or cols[0] not in WORD_KINDS or not cols[1]:
            raise ConfigError(
                f"{where}:{lineno}: expected KIND<TAB>WORD with KIND one of "
                f"{', '.join(WORD_KINDS)}; got {cols!r}"
            )
        out[cols[0]].add(cols[1])
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def load_words() -> dict[str, frozenset[str]]:
    """The packaged word lists (``resources/time/words.tsv``) by kind."""
    base = resources.files("eventwire").joinpath(RESOURCE_DIR)
    return parse_words(base.joinpath("words.tsv").read_text("utf-8"), "words.tsv")


@dataclass(frozen=True)
class PatternFile:
    """The grammar file: building blocks, rules in order, and cues by name."""

    blocks: tuple[tuple[str, str], ...]  # (name, pattern) in file order
    rules: tuple[tuple[str, str, str], ...]  # (name, normaliser, pattern) in priority order
    cues: dict[str, re.Pattern[str]]


_BLOCK = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def expand(pattern: str, blocks: dict[str, str], where: str) -> str:
    """``pattern`` with every ``{NAME}`` replaced by its block."""

    def sub(m: re.Match[str]) -> str:
        if m[1] not in blocks:
            raise ConfigError(
                f"{where}: unknown block {{{m[1]}}}; expected one of {', '.join(sorted(blocks))}"
            )
        return blocks[m[1]]

    return _BLOCK.sub(sub, pattern)


def phrase_block(spec: str, after: str) -> str:
    """A regex matching one of the ``|``-separated phrases of ``spec``, then ``after``."""
    alts = sorted({p.strip() for p in spec.split("|") if p.strip()}, key=len, reverse=True)
    return "(?:(?:" + "|".join(a.replace(" ", r"\s+") for a in alts) + ")" + after + ")"


def parse_patterns(text: str, where: str) -> PatternFile:
    """Read the grammar file (``define``, ``phrases``, ``rule``, ``cue`` and ``cased`` lines)."""
    blocks: list[tuple[str, str]] = []
    rules: list[tuple[str, str, str]] = []
    cues: dict[str, re.Pattern[str]] = {}
    shape = {"define": 3, "phrases": 4, "rule": 4, "cue": 3, "cased": 3}
    for lineno, cols in _read_lines(text, where):
        if shape.get(cols[0]) != len(cols) or not all(cols):
            raise ConfigError(
                f"{where}:{lineno}: expected define, phrases, rule, cue or cased with its "
                f"tab-separated columns (see the file's head); got {cols!r}"
            )
        if cols[0] == "define":
            blocks.append((cols[1], cols[2]))
        elif cols[0] == "phrases":
            blocks.append((cols[1], phrase_block(cols[3], cols[2])))
        elif cols[0] == "rule":
            rules.append((cols[1], cols[2], cols[3]))
        else:
            flags = re.I if cols[0] == "cue" else 0
            cues[cols[1]] = re.compile(cols[2], flags)
    return PatternFile(tuple(blocks), tuple(rules), cues)


@lru_cache(maxsize=1)
def load_patterns() -> PatternFile:
    """The packaged grammar file, ``resources/time/patterns.tsv``."""
    base = resources.files("eventwire").joinpath(RESOURCE_DIR)
    return parse_patterns(base.joinpath("patterns.tsv").read_text("utf-8"), "patterns.tsv")


def cue(name: str) -> re.Pattern[str]:
    """The compiled cue ``name`` of the grammar file."""
    return load_patterns().cues[name]
