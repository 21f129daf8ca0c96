"""The time-expression grammar: the rules of ``resources/time/patterns.tsv`` compiled for one
vocabulary, each with the normaliser that turns its match into a TIMEX3 type and value.
"""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _parser
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ...errors import ConfigError
from .amounts import Amounts
from .clause import Resolver
from .clock import ClockTimes
from .dates import CalendarDates
from .lexicon import Lexicon, expand, load_patterns
from .relative import RelativeDates


def _alt(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    parts = sorted({p for p in phrases if p}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts) + ")"


@dataclass
class Candidate:
    """A proposed time expression: its span, the rule that found it and the match."""

    start: int
    end: int
    rule: str
    match: re.Match[str]
    priority: int


Rule = Callable[[re.Match[str], Resolver], tuple[str, str | None] | None]


_LITERAL = re.compile(r"\(\?P[<=]\w+[>)]|\\.|[A-Z]")


def _lower_literals(pattern: str) -> str:
    """``pattern`` with its upper-case literals lower-cased (escapes and group names kept)."""
    return _LITERAL.sub(lambda m: m[0].lower() if len(m[0]) == 1 else m[0], pattern)


def lower_same_length(text: str) -> str:
    """``text`` lower-cased character by character, so that offsets stay the same."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def needed_words(scan: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of ``scan`` contains at least one ("ago", the month
    names, "" for a digit: always looked for), read from the pattern's own syntax tree:
    a text that holds none of them has no match, and the scan is skipped. None where the
    pattern names no such strings (or matches regardless of case)."""
    if scan.flags & re.IGNORECASE:
        return None
    try:
        tree = _parser.parse(scan.pattern, scan.flags)
    except Exception:  # noqa: BLE001 - an unreadable tree only means no skipping
        return None
    return _needed_in(list(tree))


def _needed_in(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """What a sequence needs: its longest run of literal characters, or else the most
    selective need of one of its parts (longest shortest string, then fewest strings)."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append(frozenset({run}))
            run = ""
        need = _needed_by(op, av)
        if need is not None:
            options.append(need)
    if run:
        options.append(frozenset({run}))
    if not options:
        return None
    return max(options, key=lambda o: (min(len(w) for w in o), -len(o)))


def _needed_by(op: Any, av: Any) -> frozenset[str] | None:
    """What one node of a syntax tree needs (None: nothing known)."""
    if op is _c.IN:
        chars: set[str] = set()
        for kind, arg in av:
            if kind is _c.LITERAL:
                chars.add(chr(arg))
            elif (kind is _c.CATEGORY and arg is _c.CATEGORY_DIGIT) or (
                kind is _c.RANGE and arg == (48, 57)
            ):
                chars.add("")  # a digit: not looked for, so never a reason to skip
            else:
                return None
        return frozenset(chars)
    if op is _c.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            need = _needed_in(list(alternative))
            if need is None:
                return None
            union |= need
        return frozenset(union)
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _needed_in(list(sub))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        least, _most, sub = av
        return _needed_in(list(sub)) if least >= 1 else None
    return None


# what may not touch a rule's match on either side: a match inside a word, a number or
# an amount ("$1990", "#10", "5.3") is not a time expression
_BEFORE = r"(?<![\w$#£€-])"
_AFTER = r"(?![\w-]|\.\d)"


class Grammar:
    """The compiled time-expression grammar for one vocabulary."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.rules: list[tuple[str, re.Pattern[str], Rule]] = []
        # The same patterns for a lower-cased text, without IGNORECASE (half the scan time);
        # a hit is matched again with the rule's own pattern on the original text.
        self.scans: list[re.Pattern[str]] = []
        # per scan, strings one of which each of its matches holds (None: unknown)
        self.needs: list[frozenset[str] | None] = []
        normalisers = (CalendarDates(lex), RelativeDates(lex), Amounts(lex), ClockTimes(lex))
        grammar = load_patterns()
        blocks = vocabulary_blocks(lex)
        for name, pattern in grammar.blocks:
            blocks[name] = expand(pattern, blocks, f"patterns.tsv: block {name}")
        for name, normaliser, pattern in grammar.rules:
            fn = next((getattr(n, normaliser) for n in normalisers if hasattr(n, normaliser)), None)
            if fn is None:
                raise ConfigError(
                    f"patterns.tsv: rule {name} names normaliser {normaliser!r}, which no "
                    "normaliser class in eventwire/annotators/timex defines"
                )
            self.add(name, expand(pattern, blocks, f"patterns.tsv: rule {name}"), fn)

    def add(self, name: str, pattern: str, fn: Rule, flags: int = re.I) -> None:
        """Compile rule ``name`` (and its lower-case scan) after the rules added before it."""
        full = _BEFORE + pattern + _AFTER
        self.rules.append((name, re.compile(full, flags), fn))
        if flags & re.I:
            self.scans.append(re.compile(_lower_literals(full), flags & ~re.I))
        else:
            self.scans.append(self.rules[-1][1])
        self.needs.append(needed_words(self.scans[-1]))

    def number(self, raw: str | None) -> float | None:
        """A number written in digits or words ("two", "twenty four", "a few" -> None)."""
        return self.lex.number(raw)

    def ordinal(self, raw: str) -> int | None:
        """An ordinal written in digits ("20th") or words ("twentieth")."""
        return self.lex.ordinal(raw)

    def unit(self, raw: str) -> str | None:
        """The TimeML letter of a calendar unit ("weeks" -> W)."""
        return self.lex.unit(raw)


def vocabulary_blocks(lex: Lexicon) -> dict[str, str]:
    """The grammar's building blocks that the vocabulary gives (months, weekdays …)."""
    e = lex.entries
    return {
        "MON": _alt(e["month"]),
        "WD": _alt(e["weekday"]),
        "WDS": _alt(k + "s" for k in e["weekday"] if "." not in k),
        "NUMW": _alt(e["number"]),
        "ORDW": _alt(e["ordinal"]),
        "UNIT": _alt(e["unit"]),
        "SEASON": _alt(e["season"]),
        "POD": _alt(e["partofday"]),
        "CLOCKW": _alt(e["clock"]),
        "REFW": _alt(e["ref"]),
        "SETW": _alt(e["set"]),
        "HOLIDAY": _alt(e["holiday"]),
    }
