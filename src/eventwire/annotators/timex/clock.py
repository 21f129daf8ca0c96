"""Normalisers of times of day: "10 a.m. Tuesday", "last night", "mid-afternoon" (TIMEX3 TIME)."""

from __future__ import annotations

import datetime as dt
import re

from .calendar_math import granularity, shift, weekday_date, year_for
from .clause import Resolver
from .lexicon import Lexicon

# Each normaliser takes the rule's match and the article's Resolver and returns
# (TIMEX3 type, value), or None when the match is not a time expression after all.


class ClockTimes:
    """Times of day, by the clock or by part of the day."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def clock(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        hh = m["hh"] or m["hh2"] or m["hh3"]
        mm = m["mm"] or m["mm2"] or "00"
        if m["cw"]:
            hh, mm = (self.lex.get("clock", m["cw"]) or "12:00").split(":")
        if hh is None:
            return None
        h = int(hh)
        ap = (m["ap"] or "").lower()
        if ap.startswith("p") and h < 12:
            h += 12
        elif ap.startswith("a") and h == 12:
            h = 0
        clock = f"T{h:02d}:{mm}"
        day: str | None = None
        if r.dct is not None:
            date = (m["date"] or "").lower()
            if m["wd"]:
                wd = int(self.lex.get("weekday", m["wd"]) or 0)
                day = weekday_date(r.dct, wd, r.direction(m.start())).isoformat()
            elif m["mon"]:
                month = int(self.lex.get("month", m["mon"]) or 0)
                year = year_for(r.dct, month, int(m["d"]), r.month_direction(m.start()))
                try:
                    day = dt.date(year, month, int(m["d"])).isoformat()
                except ValueError:
                    return None
            elif date:
                off = {"yesterday": -1, "tomorrow": 1}.get(date, 0)
                day = (r.dct + dt.timedelta(days=off)).isoformat()
            elif granularity(r.reference) == "D" and r.reference:
                # "at 10 p.m." on its own is on the day the text is talking about
                day = r.reference[:10]
            else:
                day = r.dct.isoformat()
        return "TIME", (day + clock) if day else f"XXXX-XX-XX{clock}"

    def clockpod(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        # "4 in the morning", "10 at night": a 12-hour clock, its half said in words
        h = int(m["hh"])
        if not 1 <= h <= 12:
            return None
        pod = re.sub(r"\s+", " ", m["pod"].lower())
        if pod == "in the morning" or pod == "at night" and (h == 12 or h < 6):
            h %= 12  # "12 in the morning" is midnight, "2 at night" two in the morning
        else:
            h = h % 12 + 12
        day = _focus_day(r)
        clock = f"T{h:02d}:{m['mm'] or '00'}"
        return "TIME", f"{day.isoformat()}{clock}" if day else f"XXXX-XX-XX{clock}"

    def relpod(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        # "the next morning", "that night": counted from the day the text is talking about
        rel = m["rel"].lower()
        if rel in ("next", "following", "previous") and not m["det"]:
            return None  # "next morning" without "the" is rare and reads as the article's
        pod = self.lex.get("partofday", m["pod"])
        day = _focus_day(r)
        if day is None:
            return "TIME", None
        step = {"next": 1, "following": 1, "previous": -1}.get(rel, 0)
        return "TIME", f"{shift(day, 'D', step)}T{pod}"

    def podword(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if not m["pod"]:
            return None
        pod = self.lex.get("partofday", m["pod"])
        w = m["w"].lower()
        offset = {"this": 0, "tonight": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[w]
        if w == "last" and pod != "NI":
            return None  # "last morning" is not an expression; "last night" is
        if r.dct is None:
            return "TIME", None
        return "TIME", f"{r.dct + dt.timedelta(days=offset)}T{pod}"

    def midpod(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        # "by mid-afternoon": that part of the day in focus (the day last named, else
        # the article date); "mid-morning yesterday" names its day
        pod = self.lex.get("partofday", m["pod"])
        if m["w"]:
            off = {"yesterday": -1, "today": 0, "tomorrow": 1}[m["w"].lower()]
            day = r.dct + dt.timedelta(days=off) if r.dct else None
        elif r.reference and granularity(r.reference) == "D":
            day = dt.date.fromisoformat(r.reference[:10])
        else:
            day = r.dct
        return "TIME", f"{day.isoformat()}T{pod}" if day else None


def _focus_day(r: Resolver) -> dt.date | None:
    """The day the text is talking about: the day it last named, else the article date."""
    if r.reference and granularity(r.reference) == "D":
        return dt.date.fromisoformat(r.reference[:10])
    return r.dct
