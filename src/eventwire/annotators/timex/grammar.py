"""The time-expression grammar: the rules of ``resources/time/patterns.tsv`` compiled for one
vocabulary, each with the normaliser that turns its match into a TIMEX3 type and value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

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
