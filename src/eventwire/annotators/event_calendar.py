"""Calendar values of event records: a TimeML value cut to its calendar part, its period,
its precision, the historical and future modes, and a value moved by a duration.

``date`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, as GDELT's SQLDATE, date filters and the
timeline need, with ``date_precision`` (day, month, year, unknown) and the first and last day
of the period in ``date_start`` and ``date_end``. A week becomes its month (its year where it
straddles two months), a quarter, a half year or a season its year, each with its exact days
as start and end; a range ("between 2007 and 2011") keeps its first part as the date and
ends on the last day of its second, and a range written with one year ("from March to May
2015") starts in that year. The TIMEX3 records keep their own values (``2016-W40``, ``2016-Q1``,
``2016-SU``); ``PRESENT_REF`` reads as the article date. A weekend (``2016-W40-WE``) is its
Saturday and Sunday: their month when both fall in one. A week across two months that holds
the article date is cut to the side of that date its act is on, and takes that side's month
when it lies in one (``week_side``). The seasons' months are data
(``resources/time/seasons.tsv``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..errors import ConfigError
from ..resources import read_text
from .times import add_months, granularity, to_date
from .timex.calendar_math import calendar_range

HISTORICAL_DAYS = 31
_PRECISION = {"D": "day", "M": "month", "Y": "year"}


def read_seasons(text: str | None = None) -> dict[str, tuple[int, int]]:
    """The first and last month of each TimeML season code in a ``seasons.tsv`` file."""
    where = "resources/time/seasons.tsv"
    if text is None:
        text = read_text("time", "seasons.tsv")
    out: dict[str, tuple[int, int]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        ok = len(cells) >= 3 and cells[0] in ("SP", "SU", "FA", "WI")
        if ok and cells[1].isdigit() and cells[2].isdigit():
            first, last = int(cells[1]), int(cells[2])
            if 1 <= first <= 12 and first <= last < first + 12:
                out[cells[0]] = (first, last)
                continue
        raise ConfigError(
            f"{where}, line {n}: {line!r}; expected CODE<TAB>FIRST MONTH<TAB>LAST MONTH with "
            "CODE one of SP, SU, FA, WI and months as numbers (a last month past 12 runs into "
            "the next year, e.g. WI<TAB>12<TAB>14)"
        )
    return out


@lru_cache(maxsize=1)
def _seasons() -> dict[str, tuple[int, int]]:
    return read_seasons()


_CALENDAR = re.compile(r"^(\d{4}(?:-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]|W\d\d(?:-WE)?|SP|SU|FA|WI))?)")


def calendar_part(value: str | None, article_date: str | None = None) -> str | None:
    """The calendar part of a TimeML value (``2023-03-07TMO`` -> ``2023-03-07``), or None.

    ``PRESENT_REF`` is the article date; other values without a calendar part give None.
    """
    if not value:
        return None
    if value == "PRESENT_REF":
        return article_date
    m = _CALENDAR.match(value)
    if not m:
        return None
    # a weekend keeps its own two days ("over the weekend": Saturday and Sunday)
    return m.group(1)


def period(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a calendar value (``2020-01`` -> Jan 1 to Jan 31, 2020;
    ``2020-H2`` -> Jul 1 to Dec 31; a season by ``resources/time/seasons.tsv``)."""
    if not value or not re.match(r"\d{4}", value):
        return None  # a decade or century ("201") is no calendar value of an event
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        year, (lo, hi) = int(m[1]), _seasons()[m[2]]
        first = dt.date(year, lo, 1)
        end_month = dt.date(year + (hi - 1) // 12, (hi - 1) % 12 + 1, 1)
        return first, add_months(end_month, 1) - dt.timedelta(days=1)
    return calendar_range(value)


def calendar_date(
    value: str | None, end_value: str | None = None
) -> tuple[str | None, str, str | None, str | None]:
    """``(date, precision, start, end)`` of an event's calendar part.

    ``date`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or None); ``precision`` says which
    (``day``, ``month``, ``year``, ``unknown``); ``start`` and ``end`` are the first and last
    days (ISO dates) of the period, a week's, quarter's or season's included, running to the
    end of ``end_value`` for a range. ``2016-W40`` -> ``("2016-10", "month", "2016-10-03",
    "2016-10-09")``.
    """
    if not value:
        return None, "unknown", None, None
    end = _days(calendar_part(end_value) or "") if end_value else None
    value = range_start(value, end_value)
    span = _days(value)
    if span is None:
        return None, "unknown", None, None
    first, last = span
    unit = granularity(value)
    if unit in ("D", "M") or (unit == "Y" and re.fullmatch(r"\d{4}", value)):
        date = value[:10]
    elif first.year == last.year and first.month == last.month:
        date, unit = f"{first:%Y-%m}", "M"  # a week inside one month
    else:
        # a quarter, a season, a week across two months: the year it starts in
        date, unit = f"{first.year:04d}", "Y"
    if end is not None and end[1] >= first:
        last = end[1]
    return date, _PRECISION[unit or "Y"], first.isoformat(), last.isoformat()


def week_side(
    dated: tuple[str | None, str, str | None, str | None], article_date: str | None, ahead: bool
) -> tuple[str | None, str, str | None, str | None]:
    """A week across two months that holds the article date ("this week", "earlier this
    week" in a Friday article of 30 September) cut to the side of the article date its act
    is on: the days up to it for an act told as done, from it for one ``ahead``; the month
    of those days when they lie in one, so the act keeps a month, not only a year."""
    date, precision, start, end = dated
    try:
        first, last = dt.date.fromisoformat(start or ""), dt.date.fromisoformat(end or "")
        ref = dt.date.fromisoformat(article_date or "")
    except ValueError:
        return dated
    if precision != "year" or (last - first).days > 6 or not first <= ref <= last:
        return dated
    first, last = (ref, last) if ahead else (first, ref)
    if (first.year, first.month) != (last.year, last.month):
        return dated
    return f"{first:%Y-%m}", "month", first.isoformat(), last.isoformat()


def range_start(value: str, end_value: str | None) -> str:
    """The start of a range written with one year ("from March to May 2015", "from
    November to February 2016"): a month or day that, in the year read for it, falls after
    the range's end takes the end's year, or the year before."""
    end = _days(calendar_part(end_value) or "") if end_value else None
    start = _days(value)
    if end is None or start is None or start[0] <= end[1]:
        return value
    if not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", value):
        return value  # a start with a year of its own, as written
    for year in (end[1].year, end[1].year - 1):
        moved = f"{year:04d}{value[4:]}"
        try:
            span = _days(moved)
        except ValueError:
            continue  # 29 February in a common year
        if span is not None and span[0] <= end[1]:
            return moved
    return value


def _days(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a calendar value (``period``)."""
    return period(value)


def aux_modes(date: str | None, article_date: str | None) -> list[str]:
    """``historical`` or ``future`` for an event dated ``date`` in an article dated
    ``article_date`` (none when the event is current or either date is unknown)."""
    span = period(date)
    if span is None or not article_date:
        return []
    try:
        ref = dt.date.fromisoformat(article_date)
    except ValueError:
        return []
    try:
        cutoff = ref - dt.timedelta(days=HISTORICAL_DAYS)
    except OverflowError:
        cutoff = dt.date.min  # an article dated in year 1: nothing is before the calendar
    if span[1] < cutoff:
        return ["historical"]
    if span[0] > ref:
        return ["future"]
    return []


def shift_value(value: str, amount: str, sign: int) -> str | None:
    """``value`` moved by ``sign`` times the duration ``amount`` (``P2D``, ``P1W``, ``P1Y`` …).

    The result keeps the finer of the two granularities a reader can vouch for:
    a day moved by days stays a day; a month moved by years stays a month. A round
    count of years or months ("six years after", "three months before") is no more
    precise than its unit: a day moved by six years is a year.
    """
    m = re.fullmatch(r"P(\d+)([DWMY])", amount)
    start = to_date(value)
    g = granularity(value)
    if not m or start is None or g is None:
        return None
    n, unit = int(m.group(1)) * sign, m.group(2)
    try:
        if unit == "D":
            if g != "D":
                return None  # days from a month are not a day we can name
            return (start + dt.timedelta(days=n)).isoformat()
        if unit == "W":
            if g == "D":
                return (start + dt.timedelta(weeks=n)).isoformat()
            y, w, _ = (start + dt.timedelta(weeks=n)).isocalendar()
            return f"{y:04d}-W{w:02d}" if g == "W" else None
        if unit == "M":
            moved = add_months(start, n)
            if g == "D" and abs(n) > 1:
                return f"{moved.year:04d}-{moved.month:02d}"
            if g == "D":
                return moved.isoformat()
            return f"{moved.year:04d}-{moved.month:02d}" if g == "M" else None
        if unit == "Y":
            moved = add_months(start, 12 * n)
            if g in ("D", "M") and abs(n) > 1:
                return f"{moved.year:04d}"
            if g == "D":
                return moved.isoformat()
            if g == "M":
                return f"{moved.year:04d}-{moved.month:02d}"
            return f"{moved.year:04d}" + value[4:] if g in ("Y", "Q") else None
    except (ValueError, OverflowError):
        return None
    return None


def year_before(value: str) -> str | None:
    """A month or day value one year earlier (``2023-02`` -> ``2022-02``); 29 February
    becomes its month; None for any other value."""
    m = re.fullmatch(r"(\d{4})(-\d\d(?:-\d\d)?)", value)
    if not m:
        return None
    moved = f"{int(m.group(1)) - 1:04d}{m.group(2)}"
    if len(moved) == 10 and to_date(moved) is None:
        return moved[:7]
    return moved
