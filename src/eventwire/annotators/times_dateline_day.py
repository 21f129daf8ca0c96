"""An article date read from two halves of its head: the year and month in the address of
its page, and the day in a dateline that writes no year.

Many news sites put only the year and month into the path of an article's address
(".../news/2031/05/story-title/") and open the text with a dateline that gives the month and
day but not the year ("LAGOS, May 2 –", "By NAIROBI, Apr 2 —"). Neither is a full date on its
own (``times.link_date`` and ``times.dateline_date`` want one); together they are, when the
dateline's month is the address's month. The dateline is read as ``times`` reads a time
stamp: a line or sentence within the text's first ``STAMP_CHARS`` characters whose date
comes after only dateline words (a place, an agency, "By") and is followed only by a
separator before the text ("–", "—", ":", "|") or nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

__all__ = ["HeadReader", "dateline_day_date", "link_month", "reader_for"]

#: a month name or abbreviation (with or without its period) and a day of one or two digits,
#: or the day before the month ("May 2", "Apr. 2", "2 May", "2nd April")
_MONTH_DAY = re.compile(
    r"\b(?P<mon>[A-Za-z]{3,9})(?P<dot>\.?)\s+(?P<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?\b"
    r"|\b(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon2>[A-Za-z]{3,9})(?P<dot2>\.?)(?![A-Za-z])"
)
#: a year and a month in the path of an address ("/2031/05/", "/2031/may/")
_LINK_MONTH = re.compile(r"(?<![\w])((?:19|20)\d\d)/(\d\d|[a-z]{3,9})(?=/|$)", re.IGNORECASE)
_LINK = re.compile(r"https?://\S+")


@dataclasses.dataclass(frozen=True)
class HeadReader:
    """What the times module knows of a text's head: a month's number from its name
    (``month``), whether words come before a dateline's date (``dateline_words``), whether
    what follows a stamp's date ends it (``stamp_ends``), how far the head runs (``chars``)
    and how a line splits into sentences (``sentence_end``)."""

    month: Callable[[str], str | None]
    dateline_words: Callable[[str], bool]
    stamp_ends: Callable[[str], bool]
    chars: int
    sentence_end: re.Pattern[str]


def link_month(text: str, reader: HeadReader) -> tuple[int, int] | None:
    """The year and month in the address of the page that opens the text (its first word or
    the last word of a first line within the head), or None."""
    line = text.lstrip().split("\n", 1)[0]
    words = line.split()
    ends = words[-1:] if len(line.rstrip()) <= reader.chars else []
    address = next((w for w in (words[:1] + ends) if _LINK.fullmatch(w)), None)
    if address is None:
        return None
    for m in _LINK_MONTH.finditer(address):
        month = m[2] if m[2].isdigit() else reader.month(m[2]) or reader.month(m[2] + ".")
        if month and month.isdigit() and 1 <= int(month) <= 12:
            return int(m[1]), int(month)
    return None


def dateline_day_date(text: str, reader: HeadReader) -> str | None:
    """The full date of a dateline that writes its month and day but no year, in the month
    of the address of the page (``link_month``), or None."""
    year_month = link_month(text, reader)
    if year_month is None:
        return None
    year, month = year_month
    lead = text.lstrip()
    for line in lead[: reader.chars].split("\n"):
        for part in reader.sentence_end.split(line):
            day = _dateline_day(part, reader, month)
            if day is not None:
                try:
                    return dt.date(year, month, day).isoformat()
                except ValueError:
                    return None
    return None


def _dateline_day(part: str, reader: HeadReader, month: int) -> int | None:
    """The day of a month-and-day dateline in ``part`` for ``month``, or None."""
    for m in _MONTH_DAY.finditer(part):
        if m["mon"]:
            name, dot, day = m["mon"], m["dot"], m["day"]
        else:
            name, dot, day = m["mon2"], m["dot2"], m["day2"]
        if not name[0].isupper():
            continue  # "may", "march": a month name of a dateline is capitalised
        name = name.casefold()
        number = reader.month(name + dot) or reader.month(name) or reader.month(name + ".")
        if not number or int(number) != month:
            continue
        before, after = part[: m.start()], part[m.end() :]
        if not re.search(r"[^\W\d_]", before) or not reader.dateline_words(before):
            return None  # a dateline names its place (or agency) before its date
        if not after.strip() or not reader.stamp_ends(after) or re.match(r",?\s*\d{4}", after):
            return None
        return int(day)
    return None


def reader_for(lexicon: Any, **kw: Any) -> HeadReader:
    """A :class:`HeadReader` whose months are those of ``lexicon``."""
    return HeadReader(month=lambda w: lexicon.get("month", w), **kw)
