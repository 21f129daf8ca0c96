"""Normalisers of amounts of time and recurring times: "three years", "weeks",
"every Monday", "weekly", "1990-95" (TIMEX3 DURATION and SET).
"""

from __future__ import annotations

import re

from .calendar_math import duration_value, range_end
from .clause import Resolver
from .lexicon import Lexicon, cue, norm

# Each normaliser takes the rule's match and the article's Resolver and returns
# (TIMEX3 type, value), or None when the match is not a time expression after all.


class Amounts:
    """Durations and sets: how long something lasts, and how often it recurs."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def duration(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        unit = self.lex.unit(m["u"])
        if unit is None:
            return None
        raw_n = m["n"]
        if raw_n.lower() in ("a", "an", "one") and m["u"].lower() == "weekend":
            return None
        tail = (m["tail"] or "").strip(" -").lower()
        if tail == "old" or re.match(r"[\s-]+old\b", r.text[m.end() : m.end() + 5]):
            return None  # an age ("a 6-year-old", "52 years old") is not a time expression
        u = m["u"].lower()
        if u.startswith("quarter") and (u.endswith("s") and "-" in m.group(0)):
            return None  # "three-quarters" of something is a fraction
        after = r.text[m.end() : m.end() + 4].lower()
        if raw_n.lower() in ("a", "an", "one") and (
            after.startswith(" of") or u == "second" and not m["q"]
        ):
            return None  # "a quarter of the shares", "a second term"
        if raw_n.lower() in ("a", "an") and is_rate(r.text, m.start()):
            return None  # "$500 million a year": a rate, not a time
        n = self.lex.number(raw_n)
        if n is None and not self.lex.is_fuzzy(raw_n):
            return None
        # a bare number before a unit can be a count ("the 1990 years"); keep plausible ones
        if n is not None and n >= 1000 and unit not in ("S", "MIN", "H", "D"):
            return None
        return "DURATION", duration_value(n, unit)

    def fuzzyunits(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        q = norm(m["q"] or "")
        unit = self.lex.unit(m["u"])
        if unit is None:
            return None
        if re.match(r"[\s-]+old\b", r.text[m.end() : m.end() + 5]) or m["tail"] == "-old":
            return None  # "52 years old"
        words = set(q.split())
        if "recent" in words or ({"past", "last"} & words and {"several", "few"} & words):
            return "DATE", "PAST_REF"  # "recent years", "the past few months": the past
        if "coming" in words:
            return "DATE", "FUTURE_REF"
        return "DURATION", duration_value(None, unit)

    def set(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        return "SET", self.lex.get("set", m.group(0))

    def setunit(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if m["wd"]:
            return "SET", f"XXXX-WXX-{self.lex.get('weekday', m['wd'])}"
        if m["mon"]:
            if m["n"] or not m["mon"][0].isupper():
                return None
            return "SET", f"XXXX-{int(self.lex.get('month', m['mon']) or 0):02d}"  # "each July"
        unit = self.lex.unit(m["u"])
        if unit is None:
            return None
        n = 2.0 if (m["n"] or "").lower() == "other" else (self.lex.number(m["n"]) if m["n"] else 1)
        return "SET", duration_value(n, unit)

    def yearrange(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        # "2007-2011": the first year; the tagger makes the second its own expression
        # and the end of the range (as TimeML does for "from 2007 to 2011")
        if range_end(m["y1"], m["y2"]) is None:
            return None
        return "DATE", m["y1"]

    def setrate(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        # "twice a week": TimeML's SET with the period as its value (P1W); how many
        # times is TimeML's freq, which a TimeValue does not carry
        unit = self.lex.unit(m["u"])
        if unit is None or (m["n"] and self.lex.number(m["n"]) is None):
            return None
        return "SET", duration_value(1, unit)


_RATE = cue("rate")


def is_rate(text: str, start: int) -> bool:
    """True when "a year"/"a week" at ``start`` follows an amount: a rate, not a time."""
    return bool(_RATE.search(text[max(0, start - 40) : start]))
