"""Normalisers of calendar dates named in the text: days, months, years, decades,
centuries, seasons, quarters and holidays (TIMEX3 type DATE).
"""

from __future__ import annotations

import datetime as dt
import re

from .calendar_math import granularity, holiday_date, shift, to_date, year_for
from .clause import Resolver
from .lexicon import Lexicon, load_words

# Each normaliser takes the rule's match and the article's Resolver and returns
# (TIMEX3 type, value), or None when the match is not a time expression after all.


class CalendarDates:
    """Dates the text names by the calendar: "March 8, 2023", "the 1990s", "the third quarter"."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def iso(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        try:
            d = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
        return "DATE", d.isoformat()

    def numeric(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if y < 100:
            y += 1900 if y >= 50 else 2000
        # month/day as in American news; day/month when the first number cannot be a month
        month, day = (a, b) if a <= 12 else (b, a)
        try:
            return "DATE", dt.date(y, month, day).isoformat()
        except ValueError:
            return None

    def mdy(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if not month_ok(m, r):
            return None
        month = int(self.lex.get("month", m["mon"]) or 0)
        day = int(m["d"])
        if m["y"]:
            year = int(m["y"])
        elif r.dct:
            # "last Oct. 23", "next March 5": the latest such day before the article
            # date, the first after it (TimeML leaves the word out of the span)
            rel = _REL_BEFORE.search(r.text[max(0, m.start() - 6) : m.start()])
            direction = rel[1].lower() if rel else r.month_direction(m.start())
            year = year_for(r.dct, month, day, direction)
        else:
            try:
                dt.date(2000, month, day)
            except ValueError:
                return None
            return "DATE", f"XXXX-{month:02d}-{day:02d}"
        try:
            return "DATE", dt.date(year, month, day).isoformat()
        except ValueError:
            return None

    def half(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        # "the second half of 2019": TimeML's half-year value, 2019-H2
        half = 1 if m["o"].lower() == "first" else 2
        if m["y"]:
            return "DATE", f"{m['y']}-H{half}"
        if r.dct is None:
            return "DATE", f"XXXX-H{half}"
        step = {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
        return "DATE", f"{r.dct.year + step:04d}-H{half}"

    def weeknum(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        # "week 14 of 2019": the ISO week; without a year, the article's
        week = int(m["w"])
        if not 1 <= week <= 53:
            return None
        year = int(m["y"]) if m["y"] else (r.dct.year if r.dct else None)
        if year is None:
            return "DATE", f"XXXX-W{week:02d}"
        try:
            dt.date.fromisocalendar(year, week, 1)
        except ValueError:
            return None
        return "DATE", f"{year:04d}-W{week:02d}"

    def weekof(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        # "the week of March 6": the ISO week that holds the date
        out = self.mdy(m, r)
        if out is None or not out[1] or "X" in out[1]:
            return out
        y, w, _ = dt.date.fromisoformat(out[1]).isocalendar()
        return "DATE", f"{y:04d}-W{w:02d}"

    def month(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if not month_ok(m, r):
            return None
        month = int(self.lex.get("month", m["mon"]) or 0)
        if m["y"]:
            return "DATE", f"{int(m['y']):04d}-{month:02d}"
        if r.dct is None:
            return "DATE", f"XXXX-{month:02d}"
        year = year_for(r.dct, month, None, r.month_direction(m.start()))
        return "DATE", f"{year:04d}-{month:02d}"

    def monthweek(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        # "the first week of March 2024": the month (its days are ``month_week``'s)
        return self.month(m, r)

    def monthrelyear(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if not month_ok(m, r):
            return None
        month = int(self.lex.get("month", m["mon"]) or 0)
        if r.dct is None:
            return "DATE", f"XXXX-{month:02d}"
        year = r.dct.year + {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
        return "DATE", f"{year:04d}-{month:02d}"

    def relmonth(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if not month_ok(m, r):
            return None
        month = int(self.lex.get("month", m["mon"]) or 0)
        if r.dct is None:
            return "DATE", f"XXXX-{month:02d}"
        rel = m["rel"].lower()
        direction = "future" if rel in ("next", "coming") else "past"
        if rel == "this":
            return "DATE", f"{r.dct.year:04d}-{month:02d}"
        y = r.dct.year
        if direction == "past":
            y = y if month < r.dct.month else y - 1
        else:
            y = y if month > r.dct.month else y + 1
        return "DATE", f"{y:04d}-{month:02d}"

    def year(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if not year_ok(m, r):
            return None
        return "DATE", m["y"]

    def decade(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if m["dy"]:
            return "DATE", m["dy"][:3]
        if r.dct is None:
            return "DATE", "19" + m["dy2"][0]
        # "the '80s": the latest such decade that has begun by the article date
        century = r.dct.year // 100 - (1 if int(m["dy2"]) > r.dct.year % 100 else 0)
        return "DATE", f"{century:02d}{m['dy2'][0]}"

    def spokenyear(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if m["k"]:
            return "DATE", f"{2000 + int(self.lex.number(m['ko']) or 0) if m['ko'] else 2000}"
        century = 19 if m["c"].lower() == "nineteen" else 20
        rest = self.lex.number(m["t"]) or 0
        rest += self.lex.number(m["o"]) or 0 if m["o"] else 0
        return "DATE", f"{century}{int(rest):02d}"

    def yearend(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if r.dct is None:
            return "DATE", None
        step = {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
        return "DATE", f"{r.dct.year + step}"

    def decadeword(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        words = ["twenties", "thirties", "forties", "fifties"]
        words += ["sixties", "seventies", "eighties", "nineties"]
        return "DATE", f"19{words.index(m['w'].lower()) + 2}"

    def century(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        n = self.lex.ordinal(m["o"])
        return ("DATE", f"{n - 1:02d}") if n and 10 <= n <= 22 else None

    def season(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        season = self.lex.get("season", m["season"])
        if m["y"]:
            return "DATE", f"{m['y']}-{season}"
        if r.dct is None:
            return "DATE", f"XXXX-{season}"
        return "DATE", f"{r.dct.year}-{season}"

    def quarter(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m["o"].lower())
        q = q or int(m["o"][0])
        year: int | None = None
        if m["py"]:
            year = int(m["py"])
        elif m["fyy"]:
            year = int(m["fyy"])
        elif m["y"] and m["y"][0].isdigit():
            year = int(m["y"])
        elif r.dct is not None:
            rel = (m["prel"] or (m["y"] or "this").split()[0]).lower()
            year = r.dct.year + {"last": -1, "next": 1}.get(rel, 0)
            if rel in ("this", "the") and not m["prel"] and not m["y"]:
                # a quarter named without its year is the latest one of that number
                # up to the article date (reports on "the fourth quarter" in
                # January are about the year before)
                if q > (r.dct.month - 1) // 3 + 1:
                    year -= 1
            if m["ya"]:
                year -= 1  # "the year-ago third quarter": that quarter a year before
        return "DATE", f"{year}-Q{q}" if year else f"XXXX-Q{q}"

    def thequarter(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        adj = (m["adj"] or "").lower()
        u = m["u"].lower()
        if u == "period" and not adj:
            return None
        back = 1 if ("year" in adj or m["post"]) else 0
        ref = r.reference if granularity(r.reference) == "Q" else None
        if m["yy"]:
            # "the 1988 quarter" beside a report on the third quarter: 1988-Q3 (the
            # quarter of the date last mentioned, "the quarter ended Sept. 30", else
            # the latest completed one, what quarterly reports are about)
            if ref is None and u == "quarter":
                d = to_date(r.reference) if granularity(r.reference) in ("M", "D") else None
                d = d or (to_date(shift(r.dct, "Q", -1)) if r.dct else None)
                ref = shift(d, "Q", 0) if d else None
            return "DATE", m["yy"] + ref[4:] if ref else m["yy"]
        if ref is None and r.dct is not None:
            if u == "period" and adj not in ("latest", "most recent", "recent") and not back:
                return None
            # the latest completed quarter: what quarterly reports are about
            ref = shift(r.dct, "Q", -1)
        if ref is None:
            return "DATE", None
        d = to_date(ref)
        earlier = shift(d, "Y", -back) if d and back else None
        return "DATE", earlier[:4] + ref[4:] if earlier else ref

    def yearago(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        w = m["w"].lower()
        if w == "year-to-date":
            return "DURATION", None
        if r.dct is None:
            return "DATE", None
        if w == "year-end":
            return "DATE", f"{r.dct.year - (1 if r.dct.month < 4 else 0)}-12-31"
        ref = r.quarter_focus(m.start())
        if ref:
            return "DATE", f"{int(ref[:4]) - 1}{ref[4:]}"
        return "DATE", f"{r.dct.year - 1}"

    def holiday(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        out = self.holiday_day(m, r)
        if m["wk"] and out[1] and "X" not in out[1]:
            # "Easter week": the (ISO) week that holds the holiday
            y, w, _ = dt.date.fromisoformat(out[1]).isocalendar()
            return "DATE", f"{y:04d}-W{w:02d}"
        return out

    def holiday_day(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None]:
        spec = self.lex.get("holiday", m["h"]) or ""
        if m["y"]:
            d = holiday_date(int(m["y"]), spec)
            return "DATE", d.isoformat() if d else None
        dct = r.dct
        if dct is None:
            fixed = re.fullmatch(r"\d\d-\d\d", spec)
            return "DATE", f"XXXX-{spec}" if fixed else None
        dates = [holiday_date(y, spec) for y in (dct.year - 1, dct.year, dct.year + 1)]
        cands = [d for d in dates if d is not None]
        if not cands:
            return "DATE", None
        rel = (m["rel"] or "").strip().lower()
        direction = {"last": "past", "next": "future"}.get(rel) or r.month_direction(m.start())
        if rel == "this":
            same = [d for d in cands if d.year == dct.year]
            return "DATE", same[0].isoformat() if same else None
        # an unmarked past or future tense reaches about as far as it does for a month
        # (nine months back, six ahead); "last"/"next" reach a year
        back, ahead = (366, 366) if rel else (275, 183)
        if direction == "past":
            ok = [d for d in cands if d <= dct and (rel != "last" or d < dct)]
            ok = [d for d in ok if (dct - d).days <= back]
            if ok:
                return "DATE", max(ok).isoformat()
        if direction == "future":
            ok = [d for d in cands if d >= dct and (d - dct).days <= ahead]
            if ok:
                return "DATE", min(ok).isoformat()
        return "DATE", min(cands, key=lambda d: abs((d - dct).days)).isoformat()


def month_ok(m: re.Match[str], r: Resolver) -> bool:
    """Month names count when capitalised and not the modal "may" or the verb "march"."""
    raw = m["mon"]
    if not raw[0].isupper():
        return False
    if (
        m.end() == m.end("mon")
        and re.match(r"\s+(?:of|for)\s", r.text[m.end() : m.end() + 5])
        and re.search(r"\b(?:the|annual|a)\W*$", r.text[max(0, m.start() - 10) : m.start()], re.I)
    ):
        return False  # "the March for Life", "the ``March of the Mothers'': a name
    if raw.lower() in ("may", "march") and r.doc is not None:
        tok = r.doc[r.token_at(m.start("mon"))]
        if tok.tag_ == "MD" or tok.pos_ == "VERB":
            return False
    return True


_REL_BEFORE = re.compile(r"\b(last|next)\s+$", re.I)

_NOT_YEAR_LABELS = load_words()["amount_label"]
_COUNT_NOUNS = load_words()["count_noun"]


def year_ok(m: re.Match[str], r: Resolver) -> bool:
    """A four-digit number is a year unless the parse calls it an amount or a count."""
    if m["mod"] and m["mod"].strip():
        return True
    if r.doc is None:
        return True
    tok = r.doc[r.token_at(m.start("y"))]
    if tok.ent_type_ in _NOT_YEAR_LABELS:
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(r.doc) else None
    if nxt is not None and nxt.lower_ in _COUNT_NOUNS:
        return False
    return True
