"""Calendar arithmetic on TimeML values: shifting by units, first days, weekdays, holidays.

Values are TIMEX3 values: ``2023-03-07``, ``2023-03``, ``2023-Q1``, ``2023-W10``,
``2023-SU``, ``2023-H1``, ``P2D`` … ``calendar_range`` gives the first and last day of
any calendar value, seasons, halves, quarters and weeks included.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

UNIT_ORDER = {"CE": 0, "DE": 1, "Y": 2, "Q": 3, "M": 4, "W": 5, "D": 6}


def add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` months, the day clipped to the month's length."""
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def shift(d: dt.date, unit: str, n: int) -> str | None:
    """The calendar ``unit`` (Y, Q, M, W, D, DE, CE) that lies ``n`` units from ``d``."""
    try:
        if unit == "D":
            return (d + dt.timedelta(days=n)).isoformat()
        if unit == "W":
            y, w, _ = (d + dt.timedelta(weeks=n)).isocalendar()
            return f"{y:04d}-W{w:02d}"
        if unit == "WE":
            y, w, _ = (d + dt.timedelta(weeks=n)).isocalendar()
            return f"{y:04d}-W{w:02d}-WE"
        if unit == "M":
            moved = add_months(d, n)
            return f"{moved.year:04d}-{moved.month:02d}"
        if unit == "Q":
            q = (d.month - 1) // 3 + n
            return f"{d.year + q // 4:04d}-Q{q % 4 + 1}"
        if unit == "Y":
            return f"{d.year + n:04d}"
        if unit == "DE":
            return f"{d.year // 10 + n:03d}"
        if unit == "CE":
            return f"{d.year // 100 + n:02d}"
    except (OverflowError, ValueError):
        return None
    return None


def to_date(value: str | None) -> dt.date | None:
    """The first day of a TimeML calendar value (``2023``, ``2023-03``, ``2023-Q1`` …), or None."""
    if not value:
        return None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(T.*)?", value):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
            return dt.date(int(m[1]), int(m[2]), 1)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            return dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)
        if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m := re.fullmatch(r"(\d{4})(-(SP|SU|FA|WI))?", value):
            return dt.date(int(m[1]), 1, 1)
    except ValueError:
        return None
    return None


def granularity(value: str | None) -> str | None:
    """The calendar unit a value names: D, W, M, Q, Y (None for others)."""
    if not value:
        return None
    for unit, pattern in (
        ("D", r"\d{4}-\d\d-\d\d(T.*)?"),
        ("W", r"\d{4}-W\d\d(-WE)?"),
        ("M", r"\d{4}-\d\d"),
        ("Q", r"\d{4}-Q[1-4]"),
        ("Y", r"\d{4}(-(SP|SU|FA|WI))?"),
    ):
        if re.fullmatch(pattern, value):
            return unit
    return None


def weekday_date(dct: dt.date, weekday: int, direction: str) -> dt.date:
    """The ``weekday`` (ISO, Monday=1) nearest ``dct`` in ``direction`` (past, future, nearest).

    The article date itself counts in both directions: "said Friday" in a Friday paper is that day.
    """
    back = (dct.isoweekday() - weekday) % 7
    fwd = (weekday - dct.isoweekday()) % 7
    if direction == "past":
        return dct - dt.timedelta(days=back)
    if direction == "future":
        return dct + dt.timedelta(days=fwd)
    return dct - dt.timedelta(days=back) if back <= fwd else dct + dt.timedelta(days=fwd)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_date(year: int, spec: str) -> dt.date | None:
    """The date of a holiday in ``year`` from its lexicon value.

    ``MM-DD`` is a fixed date; ``MM-DD+W`` the first ISO weekday ``W`` on or after
    MM-DD (Thanksgiving: ``11-22+4``); ``easter``, ``easter-2``, ``easter+1``
    count days from Easter Sunday.
    """
    try:
        if m := re.fullmatch(r"(\d\d)-(\d\d)", spec):
            return dt.date(year, int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d\d)-(\d\d)\+([1-7])", spec):
            return weekday_date(dt.date(year, int(m[1]), int(m[2])), int(m[3]), "future")
        if m := re.fullmatch(r"easter(?:([+-])(\d+))?", spec):
            shift_days = int(m[2] or 0) * (-1 if m[1] == "-" else 1)
            return easter(year) + dt.timedelta(days=shift_days)
    except ValueError:
        return None
    return None


def weekend(dct: dt.date, direction: str) -> str:
    """The weekend nearest ``dct`` in ``direction``, as TimeML writes it (``1990-W32-WE``)."""
    saturday = weekday_date(dct, 6, direction)
    if direction == "past" and dct.isoweekday() == 7:
        saturday = dct - dt.timedelta(days=1)
    y, w, _ = saturday.isocalendar()
    return f"{y:04d}-W{w:02d}-WE"


def year_for(dct: dt.date, month: int, day: int | None, direction: str) -> int:
    """The year of a month (and day) given without one.

    A date with a day follows the tense when that gives a date within about seven
    months of the article, else the nearest one ("the offer expires Nov. 17" said in
    October is this November even though "said" is past tense). A bare month
    follows a past tense up to nine months back ("bought it in March", said in
    October, is this March, not the next one that happens to lie nearer) and a
    future tense up to six months ahead: news reports the recent past far more
    often than the far future, and a present tense read as a future is less sure.
    ``ended`` ("the quarter ended Oct. 31") takes the latest such date up to a year back;
    ``last`` and ``next`` ("last Oct. 23") the latest date before the article, the first after.
    """
    cands = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            cands.append(dt.date(y, month, day or 1))
        except ValueError:
            continue
    if not cands:
        return dct.year
    ref = dct if day else dct.replace(day=1)
    back, ahead = (215, 215) if day else (275, 183)
    if direction in ("last", "next"):
        strict = [c for c in cands if (c < dct if direction == "last" else c > dct)]
        if strict:
            pick = max(strict) if direction == "last" else min(strict)
            return pick.year
    if direction == "ended":
        ok = [c for c in cands if c <= ref and (ref - c).days <= 366]
    elif direction == "past":
        ok = [c for c in cands if c <= ref and (ref - c).days <= back]
    elif direction == "future":
        ok = [c for c in cands if c >= ref and (c - ref).days <= ahead]
    else:
        ok = []
    ok = ok or cands
    return min(ok, key=lambda c: abs((c - ref).days)).year


def at_calendar_edge(dct: dt.date | None) -> bool:
    """Whether relative expressions from article date ``dct`` can leave the calendar."""
    return dct is not None and dct.year in (dt.MINYEAR, dt.MAXYEAR)


def duration_value(n: float | None, unit: str) -> str:
    """A TimeML duration: ``P2D``, ``PT3H``, ``P9M`` (quarters), ``P10Y`` (a decade), ``PXD``."""
    if unit == "WE":
        unit, n = "D", (None if n is None else n * 2)
    if unit == "Q":
        unit, n = "M", (None if n is None else n * 3)
    if unit == "DE":
        unit, n = "Y", (None if n is None else n * 10)
    if unit == "CE":
        unit, n = "Y", (None if n is None else n * 100)
    if n is not None and n != int(n) and n * 2 == int(n * 2):
        # a half: "5 1/2 hours" is PT5H30M, "2 1/2 years" P2Y6M
        half = {"Y": "6M", "M": "15D", "W": "3D12H", "D": "T12H", "H": "30M", "MIN": "30S"}
        whole = int(n)
        if unit in ("H", "MIN", "S"):
            head = f"PT{whole}{'M' if unit == 'MIN' else unit}" if whole else "PT"
            return head + half.get(unit, "")
        return (f"P{whole}{unit}" if whole else "P") + half.get(unit, "")
    amount = "X" if n is None else (str(int(n)) if n == int(n) else str(n))
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    return f"P{amount}{unit}"


def range_end(first: str | None, end_text: str) -> str | None:
    """The value of a range's second part written short after its first ("2007-11", "June 3-7").

    ``first`` is the first part's value (``2007`` or ``2019-06-03``); ``end_text`` the
    digits of the second (``2011``, ``11``, ``7``, or ``7, 2019``). None when the second
    does not lie after the first.
    """
    if not first:
        return None
    digits = re.match(r"\d+", end_text.strip())
    if digits is None:
        return None
    n = int(digits[0])
    if re.fullmatch(r"\d{4}", first):
        y1 = int(first)
        y2 = n if n >= 1000 else y1 // 100 * 100 + n
        return f"{y2:04d}" if y1 < y2 <= y1 + 100 else None
    if m := re.fullmatch(r"(\d{4}|XXXX)-(\d\d)-(\d\d)", first):
        if int(m[3]) >= n:
            return None
        if m[1] != "XXXX":
            try:
                dt.date(int(m[1]), int(m[2]), n)
            except ValueError:
                return None
        return f"{m[1]}-{m[2]}-{n:02d}"
    return None


#: the months of the seasons TimeML names, northern hemisphere, meteorological: winter
#: runs from December of the value's year into the next (as event_time reads them)
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


_MONTH_WEEK = re.compile(r"\b(first|second|third|fourth|last|final)\s+week\s+of\b", re.I)
_WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def month_week(text: str, value: str | None) -> tuple[dt.date, dt.date] | None:
    """The days of an ordinal week of a month (``monthweek`` in ``patterns.tsv``): "the first
    week of March 2024" (value ``2024-03``) is 1-7 March, the fourth 22-28, the last the
    month's last seven days; None for any other expression or value."""
    m = _MONTH_WEEK.search(text)
    if m is None or not value or not re.fullmatch(r"\d{4}-\d\d", value):
        return None
    span = calendar_range(value)
    if span is None:
        return None
    n = _WEEK_ORDINALS[m[1].lower()]
    if n < 0:
        return span[1] - dt.timedelta(days=6), span[1]
    first = span[0] + dt.timedelta(days=7 * (n - 1))
    return first, first + dt.timedelta(days=6)


def calendar_range(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a TIMEX3 calendar value; None for others (``P2D``, ``PAST_REF``).

    ``2019-07-10`` (a time of day kept: ``2019-07-10T09:00`` is that day), ``2019-W14``,
    ``2019-W14-WE`` (its Saturday and Sunday), ``2019-07``, ``2019-Q3``, ``2019-H1``,
    ``2019-SU`` (June to August), ``2019``, ``201`` (the 2010s) and ``19`` (the years
    1900-1999: TimeML's century value is the hundreds, so the 20th century is ``19``).
    """
    if not value:
        return None
    try:
        return _calendar_range(value)
    except ValueError:
        return None


def _calendar_range(value: str) -> tuple[dt.date, dt.date] | None:
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(T.*)?", value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        first = dt.date(int(m[1]), int(m[2]), 1)
        return first, add_months(first, 1) - dt.timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)", value):
        year, part = int(m[1]), m[2]
        if part[0] in "QH":
            months = 3 if part[0] == "Q" else 6
            lo = (int(part[1]) - 1) * months + 1
            hi = lo + months - 1
        else:
            lo, hi = SEASON_MONTHS[part]
        first = dt.date(year, lo, 1)
        last_month = add_months(first, hi - lo)
        return first, add_months(last_month, 1) - dt.timedelta(days=1)
    if m := re.fullmatch(r"\d{2,4}", value):
        width = 10 ** (4 - len(value))  # a year, a decade or a century
        start = int(value) * width
        return dt.date(max(start, 1), 1, 1), dt.date(min(start + width - 1, 9999), 12, 31)
    return None
