"""An article date read from two halves of its head: the year and month in the address of
its page, and the day in a dateline that writes no year.

Many news sites put only the year and month into the path of an article's address
(".../news/2031/05/story-title/") and open the text with a dateline that gives the month and
day but not the year ("LAGOS, May 2 –", "By NAIROBI, Apr 2 —", "LAGOS, 2 May |"). Neither is a
full date on its own (``times.link_date`` and ``times.dateline_date`` want one); together they
are, when the dateline's month is the address's month. The dateline is read as ``times``
reads a time stamp: a line or sentence within the text's first ``STAMP_CHARS`` characters
whose date comes after only dateline words (a place, an agency, "By") and is followed only by
a separator before the text ("–", "—", ":", "|").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

__all__ = ["dateline_day_date", "link_month"]

#: a month name or abbreviation (with or without its period) and a day of one or two digits,
#: or the day before the month ("May 2", "Apr. 2", "2 May", "2nd April")
_MONTH_DAY = re.compile(
    r"\b(?P<mon>[A-Za-z]{3,9})(?P<dot>\.?)\s+(?P<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?\b"
    r"|\b(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon2>[A-Za-z]{3,9})(?P<dot2>\.?)(?![A-Za-z])"
)
#: a year and a month in the path of an address ("/2031/05/", "/2031/may/")
_LINK_MONTH = re.compile(r"(?<![\w])((?:19|20)\d\d)/(\d\d|[a-z]{3,9})(?=/|$)", re.IGNORECASE)


def _month(lexicon: Any, word: str) -> int | None:
    """The number of a month name or abbreviation, with or without its period, or None."""
    number = lexicon.get("month", word) or lexicon.get("month", word.rstrip(".") + ".")
    return int(number) if number and number.isdigit() else None


def link_month(text: str, lexicon: Any) -> tuple[int, int] | None:
    """The year and month in the address of the page that opens the text
    (``times.page_address``), or None."""
    from .times import page_address

    address = page_address(text)
    for m in _LINK_MONTH.finditer(address or ""):
        month = int(m[2]) if m[2].isdigit() else _month(lexicon, m[2].casefold())
        if month and 1 <= month <= 12:
            return int(m[1]), month
    return None


def dateline_day_date(text: str, lexicon: Any) -> str | None:
    """The full date of a dateline that writes its month and day but no year, in the month
    of the address of the page (``link_month``), or None."""
    from .times import _SENTENCE_END, STAMP_CHARS

    year_month = link_month(text, lexicon)
    if year_month is None:
        return None
    year, month = year_month
    for line in text.lstrip()[:STAMP_CHARS].split("\n"):
        for part in _SENTENCE_END.split(line):
            day = _dateline_day(part, lexicon, month)
            if day is not None:
                try:
                    return dt.date(year, month, day).isoformat()
                except ValueError:
                    return None
    return None


def _dateline_day(part: str, lexicon: Any, month: int) -> int | None:
    """The day of a month-and-day dateline in ``part`` for ``month``, or None."""
    from .times import _dateline_words, _stamp_ends

    for m in _MONTH_DAY.finditer(part):
        if m["mon"]:
            name, dot, day = m["mon"], m["dot"], m["day"]
        else:
            name, dot, day = m["mon2"], m["dot2"], m["day2"]
        if not name[0].isupper():
            continue  # "may", "march": a month name of a dateline is capitalised
        if _month(lexicon, (name + dot).casefold()) != month:
            continue
        before, after = part[: m.start()], part[m.end() :]
        if not re.search(r"[^\W\d_]", before) or not _dateline_words(before):
            return None  # a dateline names its place (or agency) before its date
        if not after.strip() or not _stamp_ends(after) or re.match(r",?\s*\d{4}", after):
            return None
        return int(day)
    return None
