"""Normalisers of expressions counted from the article date or from the date the text
last mentioned: weekdays, "yesterday", "last week", "two years ago", "the year before"
(TIMEX3 DATE, and DURATION where "the past year" spans rather than points).
"""

from __future__ import annotations

import datetime as dt
import re

from .amounts import is_rate
from .calendar_math import duration_value, granularity, shift, to_date, weekday_date, weekend
from .clause import Resolver
from .lexicon import Lexicon, cue, load_words, norm

# Each normaliser takes the rule's match and the article's Resolver and returns
# (TIMEX3 type, value), or None when the match is not a time expression after all.


class RelativeDates:
    """Dates counted from the article date or the reference time: "Tuesday", "a year ago"."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def weekday(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        wd = int(self.lex.get("weekday", m["wd"]) or 0)
        if not m["wd"][0].isupper():
            return None
        pod = self.lex.get("partofday", m["pod"]) if m["pod"] else None
        # news corpora annotate "Friday morning" as a DATE with the part of day in the value
        if r.dct is None:
            return "DATE", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")
        d = weekday_date(r.dct, wd, r.direction(m.start()))
        return "DATE", f"{d.isoformat()}T{pod}" if pod else d.isoformat()

    def weekdays(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        # "Sundays", "on Tuesday nights": every such day (or part of it)
        raw = m["wd"] or m["wd1"]
        wd = self.lex.get("weekday", raw if m["wd1"] else raw[:-1])
        if not wd or not raw[0].isupper():
            return None
        pod = self.lex.get("partofday", m["pods"][:-1]) if m["pods"] else None
        return "SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")

    def dayword(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        w = re.sub(r"\s+", " ", m["w"].lower())
        if m["poss"] and w == "today":
            return None  # "today's world": the present in general, not a date
        offset = {
            "yesterday": -1,
            "today": 0,
            "tomorrow": 1,
            "tonight": 0,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }[w]
        pod = (
            self.lex.get("partofday", m["pod"]) if m["pod"] else ("NI" if w == "tonight" else None)
        )
        if r.dct is None:
            return ("TIME" if pod else "DATE"), None
        d = (r.dct + dt.timedelta(days=offset)).isoformat()
        return ("TIME", f"{d}T{pod}") if pod else ("DATE", d)

    def relunit(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        rel = m["rel"].lower()
        u = m["u"].lower()
        season = self.lex.get("season", m["season"]) if m["season"] else None
        unit = "S" if season else {"weekend": "WE"}.get(u) or self.lex.unit(u) or ""
        if rel in ("that", "same") or (
            rel in ("following", "previous", "prior", "next") and m["det"]
        ):
            # anaphoric: counts from the reference time, or the article date without one
            base = to_date(r.reference) if r.reference else r.dct
            if base is None:
                return "DATE", None
            n = {"that": 0, "same": 0, "following": 1, "next": 1, "previous": -1, "prior": -1}[rel]
            if season:
                return "DATE", f"{base.year}-{season}"
            ref_g = granularity(r.reference) if r.reference else "D"
            if r.reference and unit == "D" and ref_g in ("M", "Y") and n == 0:
                # "that same day" after "in October 1998": a day of that month, unknown
                return "DATE", r.reference + ("-XX" if ref_g == "M" else "-XX-XX")
            return "DATE", shift(base, unit, n)
        if r.dct is None:
            return "DATE", None
        steps = {"last": -1, "past": -1, "previous": -1, "prior": -1, "next": 1, "coming": 1}
        steps |= {"upcoming": 1, "following": 1}
        step = steps.get(rel, 0)
        if season:
            # "last summer" is the most recent summer before the article date
            start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
            y = r.dct.year
            if step < 0 and r.dct.month < start + 3:
                y -= 1
            elif step > 0 and r.dct.month >= start:
                y += 1
            return "DATE", f"{y}-{season}"
        if rel == "past" and m["det"]:
            return "DURATION", duration_value(1, unit)
        if unit == "WE":
            if step == 0:
                return "DATE", weekend(r.dct, r.direction(m.start()))
            return "DATE", weekend(
                r.dct + dt.timedelta(weeks=step), "past" if step < 0 else "future"
            )
        return "DATE", shift(r.dct, unit, step)

    def relweekday(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        wd = int(self.lex.get("weekday", m["wd"]) or 0)
        rel = m["rel"].lower()
        pod = self.lex.get("partofday", m["pod"]) if m["pod"] else None
        if r.dct is None:
            return "DATE", f"XXXX-WXX-{wd}"
        if rel == "previous" and r.reference and granularity(r.reference) == "D":
            # "the previous Friday": the one before the day in focus, not the article's
            ref = dt.date.fromisoformat(r.reference[:10])
            d = weekday_date(ref - dt.timedelta(days=1), wd, "past")
        elif rel in ("last", "past", "previous"):
            d = weekday_date(r.dct - dt.timedelta(days=1), wd, "past")
        elif rel in ("next", "coming"):
            d = weekday_date(r.dct + dt.timedelta(days=1), wd, "future")
        else:
            d = weekday_date(r.dct, wd, r.direction(m.start()))
        return ("TIME", f"{d}T{pod}") if pod else ("DATE", d.isoformat())

    def ago(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        unit = self.lex.unit(m["u"])
        if unit is None:
            return None
        n = self.lex.number(m["n"])
        direction = re.sub(r"\s+", " ", m["dir"].lower())
        if direction in ("after", "before"):
            return None  # "two days after X": the duration alone, anchored by event_time
        sign = -1 if direction in ("ago", "earlier", "before", "back") else 1
        if unit in ("H", "MIN", "S"):
            return "DURATION", duration_value(n, unit)
        # "ago" counts from the article date; "earlier"/"later" from the reference time
        base_value = r.reference if direction in ("earlier", "later") else None
        if direction == "ago" and unit == "Y" and r.quarter_focus(m.start()):
            base_value = r.reference  # "net income fell from $5 million a year ago"
        if base_value is None and r.dct is None:
            return "DATE", None
        if n is None or n != int(n):
            base = to_date(base_value) if base_value else r.dct
            if unit == "Y" and base:
                return "DATE", f"{base.year // 10:03d}X"  # "a few years ago": this decade
            return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
        if base_value and granularity(base_value) == "Q" and unit in ("Y", "Q"):
            d = to_date(base_value)
            assert d is not None
            return "DATE", shift(d, "Q", sign * int(n) * (4 if unit == "Y" else 1))
        base = to_date(base_value) if base_value else r.dct
        if base is None:
            return "DATE", None
        if unit == "WE":
            unit = "W"
        if unit == "DE":
            return "DATE", shift(base, "Y", sign * int(n) * 10)
        if unit == "CE":
            return "DATE", shift(base, "Y", sign * int(n) * 100)
        return "DATE", shift(base, unit, sign * int(n))

    def theunit(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        det = m["det"].lower()
        pre = norm(m["pre"] or "")
        if m["mod"] and det == "the":
            pre = pre or "current"  # "the end of the month": this month
        u = m["u"].lower()
        unit = {"weekend": "WE"}.get(u) or self.lex.unit(u) or ""
        if det in ("a", "an") and is_rate(r.text, m.start()):
            return None  # "four flights a week"
        if det in ("a", "an", "one") and not pre:
            return "DURATION", duration_value(1, unit) if unit != "WE" else "P2D"
        if det == "the" and pre in ("", "fiscal", "full") and u == "year" and not m["post"]:
            # "the year ended Sept. 30", "throughout the fiscal year": a year's span;
            # "sales for the full year", "earnings for the year": the year itself
            after = r.text[m.end() : m.end() + 12]
            if re.match(r"\s+\d{4}\b", after):
                return None  # "the year 2000": the year's own number says it
            if _SPAN_AFTER.match(after) or _SPAN_BEFORE.search(
                r.text[max(0, m.start() - 12) : m.start()]
            ):
                return "DURATION", "P1Y"
            step = re.match(r"\s+(before|earlier|after|later)\b", after, re.I)
            base = to_date(r.reference) if r.reference else r.dct
            if step and base:
                # "the year before": counted from the year the text is talking about
                back = step[1].lower() in ("before", "earlier")
                return "DATE", shift(base, "Y", -1 if back else 1)
            return "DATE", shift(r.dct, "Y", 0) if r.dct else None
        if pre in ("past", "last", "whole", "entire", "full", "first", "next", "coming"):
            return "DURATION", duration_value(1, unit) if unit != "WE" else "P2D"
        if det == "the" and not pre:
            if unit in ("H", "MIN"):
                return None
            if u == "day":
                rel = re.match(r"\s+(before|after|of)\b", r.text[m.end() : m.end() + 8], re.I)
                if not rel:
                    return None  # a bare "the day" is rarely a date of its own
                # "the day after his death" (on Oct. 23): the day after the day in focus
                n = {"before": -1, "after": 1}.get(rel[1].lower(), 0)
                if re.fullmatch(r"\s*,\s*", r.text[max(0, r.reference_end) : m.start()]):
                    n = 0  # "Oct. 12, the day before the crash": that date itself
                if r.reference and granularity(r.reference) == "D":
                    if n == 0:
                        return "DATE", r.reference
                    return "DATE", shift(dt.date.fromisoformat(r.reference[:10]), "D", n)
                return ("DATE", shift(r.dct, "D", n)) if r.dct else ("DATE", None)
            if r.dct is None:
                return "DATE", None
            if unit == "WE":
                return "DATE", weekend(r.dct, r.direction(m.start()))
            return "DATE", shift(r.dct, unit, 0)
        if pre in ("following", "next") and r.reference:
            base = to_date(r.reference)
            return "DATE", shift(base, unit, 1) if base else None
        if pre in ("previous",) and r.reference:
            base = to_date(r.reference)
            return "DATE", shift(base, unit, -1) if base else None
        if pre in ("same", "current", "fiscal", "calendar"):
            if r.dct is None:
                return "DATE", None
            return "DATE", shift(r.dct, unit, 0)
        return None

    def ref(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        raw = self.lex.get("ref", m.group(0)) or "DATE:PRESENT_REF"
        type_, _, value = raw.partition(":")
        if norm(m.group(0)) in ("current", "recent", "future") and r.doc is not None:
            tok = r.doc[r.token_at(m.start())]
            # "current account", "future contracts": adjectives count only before time-ish nouns
            if tok.dep_ == "amod" and tok.head.lower_ in _NON_TIME_HEADS:
                return None
        return type_, value


# a year given by its end point ("the year ended June 30") or spanned ("throughout the year")
_SPAN_AFTER = cue("span_after")
_SPAN_BEFORE = cue("span_before")

_NON_TIME_HEADS = load_words()["non_time_head"]
