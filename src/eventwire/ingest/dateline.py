"""Datelines and loose dates: where and when a report was filed, read from its first line.

A wire dateline opens the story: ``BAGHDAD, March 7 (Reuters) -``,
``WASHINGTON (AP) —``, ``KYIV, Ukraine, 7 March 2023 (AFP) –``. ``parse`` finds
one near the start of the text (after a byline, if any) and returns its place,
its date parts and its agency with character offsets. The place feeds the
event-location fallback (``Article.dateline``); the date is used when the page
metadata carries none (``Article.date_origin == "dateline"``).

A dateline date usually has no year; ``Dateline.resolve`` takes it from a
reference date (the crawl or fetch date) choosing the year that puts the dateline
closest to, and not long after, the reference.

The module is pure (no I/O beyond reading its month names once from the package's
data) so annotators may call ``parse`` on any article text.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

from ..resources import word_list

# month name or short form -> number (resources/sources/months.tsv)
MONTHS: dict[str, int] = {
    name: int(number)
    for name, number in (line.split() for line in word_list("sources", "months.tsv"))
}
_MONTH = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# "March 7", "Sept.7" (a short form's full stop may stand for the space), "7 March", each
# with an optional year; a full stop may close the date ("MOSCOW, March 7. /TASS/.")
_DATE = (
    rf"(?:(?P<month1>{_MONTH})(?:\s+|(?<=\.))(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:,?\s+(?P<year1>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})(?:,?\s+(?P<year2>\d{{4}}))?)\.?"
)
# Place: one or more all-capital words (with / for joint datelines), or Title Case when a
# date or an agency follows (checked after the match).
_WORD_UP = r"[A-Z][A-Z'’.\-]*[A-Z.]"
_PLACE_UP = rf"{_WORD_UP}(?:[ /]{_WORD_UP})*"
_PLACE_TITLE = r"[A-Z][a-z'’.\-]+(?:[ /][A-Z][a-z'’.\-]+){0,3}"
_REGION = r"[A-Z][A-Za-z'’.\-]+(?: [A-Z][A-Za-z'’.\-]+){0,3}"
# The agency in parentheses ("(Reuters)") or, in press-release and TASS style, between
# slashes ("/PRNewswire/", "/TASS/."), then a dash, a colon, old AP copy's "_" or, after
# an agency only, nothing but the first sentence ("NEW DELHI, March 7 (IANS) Police ...").
_AGENCY = (
    r"(?:\((?P<agency>[A-Za-z][A-Za-z .&'’\-]{0,40})\)"
    r"|/(?P<agency2>[A-Za-z][A-Za-z .&'’\-]{0,40})/\.?)"
)
_DASH = r"(?:\s*[-–—―]+|\s*:|\s*_(?!\w))"

_DATELINE = re.compile(
    # the place, bare or in parentheses ("(NEW YORK) —", a broadcaster's web style)
    rf"(?:\((?P<pplace>{_PLACE_UP})\)|(?P<place>{_PLACE_UP}|{_PLACE_TITLE}))"
    rf"(?:,\s+(?P<region>{_REGION}))?"
    rf"(?:,?\s+(?:{_DATE}))?"
    rf"(?:\s*{_AGENCY})?"
    rf"(?:(?P<dash>{_DASH})\s*|(?P<nodash>\s+)(?=[A-Z][a-z]))",
)
# A byline or other short heading lines may stand before the dateline.
_SEARCH_CHARS = 400
# Kickers and section labels that stand where a place would ("UPDATE -").
_FALSE_PLACES = frozenset(word_list("sources", "dateline-kickers.txt"))
#: news agencies and broadcasters whose names stand in a dateline's parentheses
AGENCIES = frozenset(word_list("sources", "news-agencies.txt"))


@dataclass
class Dateline:
    """A parsed dateline: ``place`` as written, date parts, agency, and offsets in the text."""

    place: str
    start: int
    end: int
    region: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    agency: str | None = None

    def resolve(self, reference: _dt.date | None = None) -> str | None:
        """The dateline's date as YYYY-MM-DD; the year comes from ``reference`` when absent."""
        if self.month is None or self.day is None:
            return None
        year = self.year
        if year is None:
            if reference is None:
                return None
            # The report is filed on or shortly before the reference (crawl, fetch) date.
            best: _dt.date | None = None
            for y in (reference.year + 1, reference.year, reference.year - 1):
                cand = _safe_date(y, self.month, self.day)
                if cand is None or cand > reference + _dt.timedelta(days=7):
                    continue
                if best is None or abs((reference - cand).days) < abs((reference - best).days):
                    best = cand
            return best.isoformat() if best else None
        found = _safe_date(year, self.month, self.day)
        return found.isoformat() if found else None


def _safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def parse(text: str) -> Dateline | None:
    """The dateline at the start of ``text`` (after any short heading lines), or None."""
    head = text[:_SEARCH_CHARS]
    # Candidate starts: the text start and the start of each early line.
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*", head)]
    for pos in starts:
        while pos < len(head) and head[pos] in " \t\ufeff":
            pos += 1
        m = _DATELINE.match(head, pos)
        if not m:
            continue
        dl = _from_match(m)
        if dl is not None:
            return dl
    return None


#: an agency's credit alone at the start, with no place ("(CNN) —", "(Reuters) -")
_CREDIT = re.compile(rf"\s*\((?P<agency>[A-Za-z][A-Za-z .&'’\-]{{0,40}})\){_DASH}\s*")


def lead_span(text: str) -> tuple[int, int] | None:
    """Where the story's opening dateline, or an agency's credit standing alone at the start
    ("(CNN) —"), begins and ends in ``text`` (a heading line may stand before it)."""
    found = parse(text[:_SEARCH_CHARS])
    if found is not None:
        return found.start, found.end
    m = _CREDIT.match(text)
    if m is not None and m.group("agency").strip(".").upper() in AGENCIES:
        return m.start("agency") - 1, m.end()
    return None


def lead_end(text: str) -> int:
    """Where the story's opening dateline or lone agency credit ends; 0 with neither."""
    span = lead_span(text)
    return span[1] if span is not None else 0


def _from_match(m: re.Match[str]) -> Dateline | None:
    group = "place" if m.group("place") is not None else "pplace"
    place = m.group(group)
    month_s = m.group("month1") or m.group("month2")
    day_s = m.group("day1") or m.group("day2")
    year_s = m.group("year1") or m.group("year2")
    agency = m.group("agency") or m.group("agency2")
    upper = place.upper() == place and any(c.isalpha() for c in place)
    if not upper and not (month_s or agency):
        return None  # a Title Case sentence opening ("Officials said -") is not a dateline
    if place.strip(".").upper() in _FALSE_PLACES:
        return None
    if group == "pplace" and place.strip(".").upper() in AGENCIES:
        return None  # "(CNN) —", "(AP) —": an agency alone names no place
    if m.group("dash") is None and (agency or "").strip(".").upper() not in AGENCIES:
        return None  # without a dash only a known agency marks the end of a dateline
    if (m.group("dash") or "").strip() == ":" and not (month_s or agency):
        return None  # "WARNING:" style labels
    if len(place) < 2 or len(place) > 60:
        return None
    month = MONTHS.get(month_s.rstrip(".").lower()) if month_s else None
    day = int(day_s) if day_s else None
    if day is not None and not 1 <= day <= 31:
        return None
    return Dateline(
        place=place.strip(),
        start=m.start(group),
        end=m.end(),
        region=m.group("region"),
        month=month,
        day=day,
        year=int(year_s) if year_s else None,
        agency=agency.strip() if agency else None,
    )


def parse_date(value: Any, dayfirst: bool = False) -> str | None:
    """A loose date (ISO, ``03/07/2023``, ``Mar 7, 2023``, RFC 822) as YYYY-MM-DD, or None."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    raw = str(value).strip()
    if not raw:
        return None
    try:
        return _dt.date.fromisoformat(raw[:10]).isoformat()
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    from dateutil import parser as _dparser

    try:
        # Two different defaults: a part missing from the value (day, month, year) shows up
        # as a difference, so "2023" or "March 7" is refused instead of borrowing a default.
        got = _dparser.parse(raw, dayfirst=dayfirst, default=_dt.datetime(1904, 2, 2))
        alt = _dparser.parse(raw, dayfirst=dayfirst, default=_dt.datetime(1905, 3, 3))
    except (ValueError, OverflowError, TypeError):
        return None
    if got.date() != alt.date():
        return None
    return got.date().isoformat()
