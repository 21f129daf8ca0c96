"""The times annotator: finds time expressions and normalises them to TIMEX3.

Each expression becomes a ``TimeValue`` with the TimeML ``type`` (DATE, TIME,
DURATION, SET) and ``value`` (``2023-03-07``, ``2020-01``, ``1989-Q3``,
``2023-W10``, ``P2D``, ``XXXX-WXX-2``, ``PRESENT_REF`` …), resolved against the
article date. Spans follow the TimeML conventions: determiners and modifiers
("the", "early", "nearly") are part of the expression, prepositions ("on", "in")
are not.

How it works, in order:

1. A grammar of regular expressions, built from the vocabulary in
   ``resources/time/lexicon.tsv`` (months, weekdays, number words, units …),
   proposes candidate spans, each with a rule that normalises it.
2. Overlapping candidates are resolved longest first.
3. Candidates are normalised in text order, because some values depend on the
   expressions before them: "the next day" and "a year earlier" count from the
   last date the text mentioned (its *reference time*), not from the article date.
   Weekdays and bare months take their direction from the tense of the verb they
   attach to in the parse ("said Tuesday" is the Tuesday before the article date,
   "will meet Tuesday" the one after); what is planned or scheduled, and a deadline
   set "until" a day, lie ahead ("planned a rally Saturday", "postponed until
   Tuesday"), a plan in the past perfect lies behind ("had been due to expire
   Friday"), and a period that "ended" on a date ended before the article.
4. "the Nth anniversary of <event>" is dated from a date in the phrase, or from a
   widely known event in ``resources/time/anchors.tsv``.

Without an article date in the metadata, the date a dateline states at the head
of the text ("BAGHDAD, March 8, 2023 (AP) —", "Published 8 March 2023") is used,
with a warning naming it (``ctx.article_date`` passes it on to
event_time). Without either, relative expressions are never guessed: their value
is an X-pattern where TimeML has one (``XXXX-WXX-2`` for "Tuesday") and None
otherwise; the Coder adds a warning saying so.

For the event_time annotator, ``ctx.time_signals`` maps the index of a
duration in ``ctx.analysis.times`` to ``(signal, signal_token_index)`` when the
duration is followed by "after"/"before"/"earlier"/"later" ("two days after …").
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..records import TimeValue
from . import Annotator, Context, register

RESOURCE_DIR = "resources/time"
KINDS = (
    "month",
    "weekday",
    "number",
    "ordinal",
    "unit",
    "season",
    "partofday",
    "clock",
    "ref",
    "set",
    "holiday",
)

# --- vocabulary -----------------------------------------------------------------------


@dataclass(frozen=True)
class AnchorEvent:
    """A widely known dated event: its date, head nouns and the keywords it is known by."""

    date: str
    nouns: frozenset[str]
    keywords: tuple[str, ...]


@dataclass
class Lexicon:
    """The time vocabulary: ``entries[kind][phrase] = value`` plus the anchor events."""

    entries: dict[str, dict[str, str]] = field(default_factory=lambda: {k: {} for k in KINDS})
    anchors: list[AnchorEvent] = field(default_factory=list)

    def get(self, kind: str, phrase: str) -> str | None:
        """The value of ``phrase`` (any case, any spacing) in vocabulary ``kind``."""
        return self.entries[kind].get(_norm(phrase))


def _norm(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.strip().lower()).replace("’", "'")


def _read_lines(text: str, where: str) -> Iterable[tuple[int, list[str]]]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield lineno, [c.strip() for c in line.split("\t")]


def parse_lexicon(text: str, where: str, into: Lexicon | None = None) -> Lexicon:
    """Read a vocabulary file (``KIND<TAB>PHRASE<TAB>VALUE``) into a Lexicon; later entries win."""
    lex = into or Lexicon()
    for lineno, cols in _read_lines(text, where):
        if len(cols) != 3 or cols[0] not in KINDS or not cols[1] or not cols[2]:
            raise ConfigError(
                f"{where}:{lineno}: expected KIND<TAB>PHRASE<TAB>VALUE with KIND one of "
                f"{', '.join(KINDS)}; got {cols!r}"
            )
        lex.entries[cols[0]][_norm(cols[1])] = cols[2]
    return lex


def parse_anchors(text: str, where: str, into: Lexicon | None = None) -> Lexicon:
    """Read an anchor-event file (``DATE<TAB>NOUNS<TAB>KEYWORDS``) into a Lexicon."""
    lex = into or Lexicon()
    for lineno, cols in _read_lines(text, where):
        if len(cols) != 3 or not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", cols[0]):
            raise ConfigError(
                f"{where}:{lineno}: expected DATE<TAB>NOUNS<TAB>KEYWORDS with DATE as "
                f"YYYY-MM-DD; got {cols!r}"
            )
        nouns = frozenset(_norm(n) for n in cols[1].split("|") if n.strip())
        keywords = tuple(_norm(k) for k in cols[2].split("|") if k.strip())
        lex.anchors.append(AnchorEvent(cols[0], nouns, keywords))
    return lex


@lru_cache(maxsize=8)
def load_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """The packaged vocabulary and anchor events, extended by the user's ``extra`` files.

    A user file whose name ends in ``anchors.tsv`` holds anchor events; any other
    holds vocabulary entries.
    """
    base = resources.files("eventwire").joinpath(RESOURCE_DIR)
    lex = parse_lexicon(base.joinpath("lexicon.tsv").read_text("utf-8"), "lexicon.tsv")
    parse_anchors(base.joinpath("anchors.tsv").read_text("utf-8"), "anchors.tsv", lex)
    for name in extra:
        path = Path(name)
        try:
            text = path.read_text("utf-8")
        except OSError as exc:
            raise ConfigError(
                f"time lexicon {name!r} cannot be read ({exc.strerror}); "
                "expected a UTF-8 TSV file (see resources/time/README.md)"
            ) from None
        if path.name.endswith("anchors.tsv"):
            parse_anchors(text, name, lex)
        else:
            parse_lexicon(text, name, lex)
    return lex


# --- calendar arithmetic ----------------------------------------------------------------

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


def _year_for(dct: dt.date, month: int, day: int | None, direction: str) -> int:
    """The year of a month (and day) given without one.

    A date with a day follows the tense when that gives a date within about seven
    months of the article, else the nearest one ("the offer expires Nov. 17" said in
    October is this November even though "said" is past tense). A bare month
    follows a past tense up to nine months back ("bought it in March", said in
    October, is this March, not the next one that happens to lie nearer) and a
    future tense up to six months ahead: news reports the recent past far more
    often than the far future, and a present tense read as a future is less sure.
    ``ended`` ("the quarter ended Oct. 31") takes the latest such date up to a year back.
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


# --- the parse: tense of the clause a time expression sits in ----------------------------

FUTURE_AUX = {"will", "'ll", "shall", "wo", "going", "would", "could", "might", "may", "should"}
# verbs whose infinitive complement lies ahead of them ("plans to meet Friday")
FUTURE_GOVERNORS = {
    "plan",
    "expect",
    "schedule",
    "intend",
    "hope",
    "want",
    "aim",
    "prepare",
    "promise",
    "vow",
    "threaten",
    "seek",
    "set",
    "due",
    "likely",
    "poise",
    "begin",
    "start",
    "try",
}
# reporting verbs in the present are the headline present: "says Friday" is the past Friday
REPORTING = {"say", "tell", "report", "announce", "state", "confirm", "claim", "add", "note"}


# verbs that set a deadline: "until Tuesday" after them is ahead ("postponed until Tuesday")
DEADLINE_VERBS = {"postpone", "delay", "extend", "give", "adjourn", "defer", "grant", "push"}
# verbs whose own time modifier dates the thing planned ("scheduled a news conference Thursday")
SCHEDULING = {"plan", "schedule"}


def _past_perfect(tok: Any) -> bool:
    """Whether ``tok`` (or the verb "due" / "likely" hangs from) is in the past perfect."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lower_ == "had" for a in auxes) or verb.lower_ == "had"


def _verb_of(tok: Any) -> Any | None:
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


# spaCy makes a new Token object on every access (``tok.head is tok`` is never true), so
# tokens are compared by index; the climb through governing verbs is bounded besides.
_MAX_CLAUSE_CLIMB = 8


def _at_calendar_edge(dct: dt.date | None) -> bool:
    """Whether relative expressions from article date ``dct`` can leave the calendar."""
    return dct is not None and dct.year in (dt.MINYEAR, dt.MAXYEAR)


def clause_tense(doc: Any, i: int, _depth: int = 0) -> str | None:
    """The tense of the clause token ``i`` sits in: past, future, present or None.

    Modals and "will"/"going to" make a future; a verb in the present that is not
    a reporting verb ("meets Monday") is a scheduled future, as news writes it; an
    infinitive takes its direction from the verb that governs it ("plans to meet").
    """
    if doc is None or not len(doc) or i >= len(doc):
        return None
    if doc[i].dep_ == "poss":
        return None  # "Wednesday's ruling": a noun's date, not the clause's
    tok = _verb_of(doc[i])
    if tok is None:
        return None
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX:
        return "future"
    if tok.lemma_.lower() in SCHEDULING and tok.dep_ != "acl" and i > tok.i:
        return "future"  # "planned a rally on Saturday": the date of what is planned
    if "to" in words and tok.tag_ == "VB":
        gov = tok.head
        if gov.i != tok.i and (gov.lemma_.lower() in FUTURE_GOVERNORS):
            if _past_perfect(gov):
                return "past"  # "had been scheduled to expire Friday": that plan is over
            return "future"
        if gov.i == tok.i or (gov.dep_ == "ROOT" and gov.pos_ in ("NOUN", "PROPN")):
            return "future"  # a headline's "Minister to visit Kenya on Monday": what is planned
        up = _verb_of(gov)
        if up is None or up.i == tok.i or _depth >= _MAX_CLAUSE_CLIMB:
            return None
        return clause_tense(doc, up.i, _depth + 1)
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if any(a.lemma_ == "have" for a in auxes) or tok.tag_ == "VBN" and not auxes:
        return "past"  # the present perfect reports the past: "have been searching since"
    if tok.tag_ in ("VBZ", "VBP", "VBG") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        if tok.lemma_.lower() in REPORTING:
            return "past"
        if tok.tag_ == "VBG" and not auxes:
            return None
        return "future"
    return None


_FUTURE_CUES = re.compile(
    r"\b(?:as\s+(?:soon|early|late)\s+as|starting|beginning|next)\s+$",
    re.I,
)

_LIMIT_CUES = re.compile(r"\b(?:until|till|through|by)\s+$", re.I)


# --- the grammar --------------------------------------------------------------------------


def _words_re(spec: str, after: str) -> str:
    """A regex matching one of the ``|``-separated phrases of ``spec``, then ``after``."""
    alts = sorted({p.strip() for p in spec.split("|") if p.strip()}, key=len, reverse=True)
    return "(?:(?:" + "|".join(a.replace(" ", r"\s+") for a in alts) + ")" + after + ")"


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


@dataclass
class Resolver:
    """What normalising one article needs: its date, parse, and the reference time so far."""

    dct: dt.date | None
    doc: Any
    text: str
    token_starts: list[int]
    reference: str | None = None  # last absolute DATE value mentioned (the reference time)
    reference_end: int = -1

    def token_at(self, offset: int) -> int:
        """The index of the token covering character ``offset``."""
        return max(0, bisect.bisect_right(self.token_starts, offset) - 1)

    def quarter_focus(self, start: int) -> str | None:
        """The reference time when it is a quarter mentioned just before (same or last sentence)."""
        if granularity(self.reference) == "Q" and start - self.reference_end < 400:
            return self.reference
        return None

    def tense(self, start: int) -> str | None:
        return clause_tense(self.doc, self.token_at(start))

    def direction(self, start: int) -> str:
        """past or future: the news convention reads an unmarked weekday as the past one."""
        if _FUTURE_CUES.search(self.text[max(0, start - 16) : start]):
            return "future"
        if _LIMIT_CUES.search(self.text[max(0, start - 10) : start]) and self.doc is not None:
            # "postponed until Tuesday", "gave them until 9 a.m. Tuesday": a new deadline
            verb = _verb_of(self.doc[self.token_at(start)])
            if verb is not None and verb.lemma_.lower() in DEADLINE_VERBS:
                return "future"
        return "future" if self.tense(start) == "future" else "past"

    def month_direction(self, start: int) -> str:
        """past, future or nearest (no tense) for a month or a date given without its year.

        A period that "ended" on a date ("the fiscal year ended Jan. 31") ended in
        the past, however far back: ``ended`` (the latest such date, within a year).

        A limit ("extended the loans through January", "must repay by May") is read
        as the nearest month: the verb's tense dates the decision, not its deadline.
        """
        if _LIMIT_CUES.search(self.text[max(0, start - 10) : start]):
            return "nearest"
        if re.search(r"\bended\s+(?:on\s+)?$", self.text[max(0, start - 10) : start], re.I):
            return "ended"
        return {"past": "past", "future": "future"}.get(self.tense(start) or "", "nearest")


Rule = Callable[[re.Match[str], Resolver], tuple[str, str | None] | None]


_LITERAL = re.compile(r"\(\?P[<=]\w+[>)]|\\.|[A-Z]")


def _lower_literals(pattern: str) -> str:
    """``pattern`` with its upper-case literals lower-cased (escapes and group names kept)."""
    return _LITERAL.sub(lambda m: m[0].lower() if len(m[0]) == 1 else m[0], pattern)


def _lower_same_length(text: str) -> str:
    """``text`` lower-cased character by character, so that offsets stay the same."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class Grammar:
    """The compiled time-expression grammar for one vocabulary."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        e = lex.entries
        MON = _alt(e["month"])
        WD = _alt(e["weekday"])
        NUMW = _alt(e["number"])
        TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        ONES = "(?:one|two|three|four|five|six|seven|eight|nine)"
        NUM = rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|{TENS}[\s-]+{ONES}|{NUMW})"
        UNIT = _alt(e["unit"])
        SEASON = _alt(e["season"])
        POD = _alt(e["partofday"])
        ORD = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{_alt(e['ordinal'])})"
        CLOCKW = _alt(e["clock"])
        DAYN = r"(?:[12]\d|3[01]|0?[1-9])"
        YEAR = r"(?:1[5-9]\d\d|20\d\d)"
        MOD = _words_re(
            "early|late|mid|the end of|the beginning of|the start of|the middle of|"
            "the rest of|the first half of|the second half of",
            r"[\s-]+",
        )
        QMOD = _words_re(
            "about|around|nearly|almost|roughly|approximately|some|just|only|barely|fully|"
            "at least|at most|more than|less than|fewer than|over|under|up to|as many as|"
            "as much as|as long as|as little as|close to|another|an additional|"
            "a further|the past|the last|the next|the first|the final|the remaining|"
            "the coming|the previous|the following|the latest|the same|the initial|the|"
            "past|last|next|first|coming|previous|several|few",
            r"\s+",
        )
        REL = r"(?:last|next|this|coming|past|previous|current|following|that|same)"
        TZ = r"(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time))?"
        AMPM = r"(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"
        HOUR = r"(?:[01]?\d|2[0-3])"
        CLOCK = (
            rf"(?:(?P<hh>{HOUR})(?::(?P<mm>[0-5]\d))?\s*(?P<ap>{AMPM}){TZ}"
            rf"|(?P<hh2>{HOUR}):(?P<mm2>[0-5]\d){TZ}"
            rf"|(?P<cw>{CLOCKW}){TZ}"
            rf"|(?P<hh3>{HOUR})\s+o'clock)"
        )

        self.rules: list[tuple[str, re.Pattern[str], Rule]] = []
        # The same patterns for a lower-cased text, without IGNORECASE (half the scan time);
        # a hit is matched again with the rule's own pattern on the original text.
        self.scans: list[re.Pattern[str]] = []

        def add(name: str, pattern: str, fn: Rule, flags: int = re.I) -> None:
            full = rf"(?<![\w$#£€-]){pattern}(?![\w-]|\.\d)"
            self.rules.append((name, re.compile(full, flags), fn))
            if flags & re.I:
                self.scans.append(re.compile(_lower_literals(full), flags & ~re.I))
            else:
                self.scans.append(self.rules[-1][1])

        add("iso", r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", self._iso)
        add("numeric", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d\d)", self._numeric)
        add(
            "weekof",
            rf"the\s+week\s+of\s+(?P<mon>{MON})\s+(?P<d>{DAYN})(?:st|nd|rd|th)?"
            rf"(?:,?\s+(?P<y>{YEAR}))?\b",
            self._weekof,
        )
        add(
            "mdy",
            rf"(?:(?P<wd>{WD}),?\s+)?{MOD}?(?P<mon>{MON})\s+(?P<d>{DAYN})(?:st|nd|rd|th)?"
            rf"(?:,?\s+(?P<y>{YEAR}))?",
            self._mdy,
        )
        add(
            "dmy",
            rf"(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?(?P<d>{DAYN})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<mon>{MON})(?:,?\s+(?P<y>{YEAR}))?",
            self._mdy,
        )
        add(
            "month",
            rf"(?P<mod>{MOD})?(?P<mon>{MON})(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?",
            self._month,
        )
        add(
            "monthrelyear",
            rf"(?P<mod>{MOD})?(?P<mon>{MON})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year",
            self._monthrelyear,
        )
        add(
            "relmonth",
            rf"(?P<mod>{MOD})?(?P<rel>last|next|this|coming|past|previous)\s+(?P<mon>{MON})",
            self._relmonth,
        )
        add(
            "year",
            rf"(?P<mod>{MOD}|(?:fiscal|calendar|financial|model)\s+(?:year\s+)?)?"
            rf"(?P<y>{YEAR})(?!\s*(?:%|percent|per\s*cent))",
            self._year,
        )
        add(
            "spokenyear",
            rf"(?P<c>nineteen|twenty)[\s-]+(?P<t>{TENS}|ten|eleven|twelve|thirteen|fourteen|"
            rf"fifteen|sixteen|seventeen|eighteen|nineteen)(?:[\s-]+(?P<o>{ONES}))?|"
            rf"the\s+year\s+(?P<k>two\s+thousand)(?:\s+and\s+(?P<ko>{ONES}|ten))?",
            self._spokenyear,
        )
        add(
            "yearend",
            r"(?P<mod>(?:around|about)\s+)?(?P<the>the\s+)?(?:(?P<rel>this|last|next)\s+)?"
            r"year(?:'s)?[\s-]+end",
            self._yearend,
        )
        add(
            "decade",
            r"(?P<mod>(?:the\s+)?(?:early|late|mid)[\s-]+|the\s+)?(?:(?P<dy>1[5-9]\d0|20\d0)|'(?P<dy2>\d0))'?s",
            self._decade,
        )
        add(
            "decadeword",
            r"(?P<mod>(?:the\s+)?(?:early|late|mid)[\s-]+|the\s+)(?:nineteen[\s-]+)?"
            r"(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
            self._decadeword,
        )
        add(
            "century",
            rf"(?:the\s+)?(?P<o>{ORD})[\s-]+century",
            self._century,
        )
        add(
            "weekday",
            rf"(?P<mod>(?:early|late)\s+)?(?P<wd>{WD})(?:\s+(?P<pod>{POD}))?",
            self._weekday,
        )
        add(
            "weekdays",
            rf"(?P<wd>{_alt(k + 's' for k in e['weekday'] if '.' not in k)})",
            self._weekdays,
        )
        add(
            "podword",
            rf"(?P<pre>earlier|later|early|late)?\s*(?P<w>this|tonight|last|yesterday|tomorrow)"
            rf"\s+(?P<pod>{POD})",
            self._podword,
        )
        add(
            "midpod",
            r"(?P<pre>mid[\s-]?)(?P<pod>morning|afternoon|evening)"
            r"(?:\s+(?P<w>yesterday|today|tomorrow))?\b",
            self._midpod,
        )
        add(
            "dayword",
            rf"(?P<pre>(?:earlier|later|early|late)\s+)?(?P<w>yesterday|today|tomorrow|tonight|"
            rf"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)"
            rf"(?P<poss>'s)?(?:\s+(?P<pod>{POD}))?",
            self._dayword,
        )
        add(
            "relunit",
            rf"(?P<mod>{MOD}|(?:earlier|later)\s+)?(?P<det>the\s+)?(?P<rel>{REL}|previous|prior|upcoming|same)"
            rf"\s+(?P<u>day|week|weekend|month|quarter|year|decade|century|(?P<season>{SEASON}))",
            self._relunit,
        )
        add(
            "relweekday",
            rf"(?:the\s+)?(?P<rel>last|next|this|coming|past|previous)\s+(?P<wd>{WD})"
            rf"(?:\s+(?P<pod>{POD}))?",
            self._relweekday,
        )
        add(
            "season",
            rf"(?P<mod>{MOD}|the\s+)(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?",
            self._season,
        )
        add(
            "seasonyear",
            rf"(?P<mod>{MOD})?(?P<season>{SEASON})\s+(?:of\s+)?(?P<y>{YEAR})",
            self._season,
        )
        add(
            "quarter",
            rf"(?P<det>the\s+)?(?P<ya>(?:year-ago|year-earlier|year-before|prior-year)\s+)?"
            rf"(?P<pre>(?P<py>{YEAR})\s+|(?P<prel>this|last|next|the)\s+year's\s+|"
            rf"(?P<fy>fiscal\s+(?P<fyy>{YEAR})\s+))?(?:fiscal[\s-]+)?"
            rf"(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter"
            rf"(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR}|this\s+year|last\s+year|next\s+year))?",
            self._quarter,
        )
        add(
            "thequarter",
            r"(?P<det>the\s+)(?P<adj>latest|most\s+recent|recent|current|comparable|corresponding|"
            rf"year-earlier|year-ago|same|latest\s+fiscal|fiscal|(?P<yy>{YEAR}))?\s*(?P<u>quarter|period)"
            r"(?P<post>\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year|of\s+last\s+year))?",
            self._thequarter,
        )
        add(
            "yearago",
            r"(?P<w>year-earlier|year-ago|year-before|prior-year|year-end|year-to-date)",
            self._yearago,
        )
        add(
            "ago",
            rf"(?P<q>{QMOD})?(?P<n>{NUM})[\s-]+(?P<u>{UNIT})\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|later|before|"
            rf"after|hence|from\s+now|back)",
            self._ago,
        )
        add(
            "duration",
            rf"(?P<q>{QMOD}{{0,3}})(?P<n>{NUM})[\s-]+(?:(?:and\s+a\s+half|more|full|long|straight|"
            rf"consecutive|calendar|successive|additional|extra|trading|business|working|"
            rf"fiscal)[\s-]+)?(?P<u>{UNIT})(?P<tail>-long|-old|\s+old|\s+long)?",
            self._duration,
        )
        add(
            "fuzzyunits",
            r"(?P<q>(?:(?:the\s+)?(?:past|last|next|coming|recent|previous|following|first)|few|"
            r"several|many|some|a\s+few|a\s+couple\s+of|the\s+next\s+several|"
            r"the\s+past\s+several|the\s+last\s+several|the\s+next\s+few|the\s+past\s+few|"
            r"the\s+last\s+few)?\s*)"
            r"(?P<u>seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
            r"(?P<tail>-long|-old)?",
            self._fuzzyunits,
        )
        add(
            "theunit",
            rf"(?P<mod>{MOD})?(?P<det>the|a|an|one)\s+(?P<pre>(?:past|last|whole|entire|full|first|next|"
            rf"coming|following|previous|same|current|fiscal|calendar)\s+)?(?P<u>day|week|"
            rf"weekend|month|year|decade|century|hour|minute)(?P<post>'s)?",
            self._theunit,
        )
        add("ref", _alt(e["ref"]), self._ref)
        add("set", _alt(e["set"]), self._set)
        add(
            "setunit",
            rf"(?:every|each|per)\s+(?:(?P<n>{NUM}|other)\s+)?(?P<u>{UNIT}|(?P<wd>{WD})|"
            rf"(?P<mon>{MON})\b)",
            self._setunit,
        )
        add(
            "holiday",
            rf"(?P<rel>(?:last|next|this)\s+)?(?P<h>{_alt(e['holiday'])})(?:,?\s+(?P<y>{YEAR}))?"
            r"(?P<wk>\s+week\b)?",
            self._holiday,
        )
        add(
            "clock",
            rf"(?P<c>{CLOCK})(?:(?:,?\s+|\s+(?:on\s+)?)(?P<date>(?P<wd>{WD})|"
            rf"(?P<mon>{MON})\s+(?P<d>{DAYN})|today|yesterday|tomorrow|tonight))?",
            self._clock,
        )
        add(
            "dateclock",
            rf"(?P<date>(?P<wd>{WD})|today|yesterday|tomorrow)\s+(?:at\s+)?(?P<c>{CLOCK})",
            self._clock,
        )
        add(
            "range",
            rf"(?P<y1>{YEAR})\s*[-–]\s*(?P<y2>\d\d|{YEAR})(?![\d/])",
            self._yearrange,
        )

    # --- helpers ------------------------------------------------------------------------

    def number(self, raw: str | None) -> float | None:
        """A number written in digits or words ("two", "twenty four", "a few" -> None)."""
        if raw is None:
            return None
        raw = _norm(raw).replace("-", " ")
        if raw.endswith(" 1/2"):
            whole = self.number(raw[:-4])
            return None if whole is None else whole + 0.5
        try:
            return float(raw.replace(",", ""))
        except ValueError:
            pass
        value = self.lex.get("number", raw)
        if value is not None:
            return None if value == "X" else float(value)
        total = 0.0
        for word in raw.split():
            v = self.lex.get("number", word)
            if v is None or v == "X":
                return None
            total += float(v)
        return total or None

    def ordinal(self, raw: str) -> int | None:
        m = re.match(r"(\d+)", raw)
        if m:
            return int(m.group(1))
        v = self.lex.get("ordinal", raw)
        return int(v) if v else None

    def unit(self, raw: str) -> str | None:
        return self.lex.get("unit", raw)

    # --- rules --------------------------------------------------------------------------
    # Each returns (type, value) or None when the match is not a time expression after all.

    def _iso(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        try:
            d = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
        return "DATE", d.isoformat()

    def _numeric(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if y < 100:
            y += 1900 if y >= 50 else 2000
        # month/day as in American news; day/month when the first number cannot be a month
        month, day = (a, b) if a <= 12 else (b, a)
        try:
            return "DATE", dt.date(y, month, day).isoformat()
        except ValueError:
            return None

    def _mdy(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if not _month_ok(m, r):
            return None
        month = int(self.lex.get("month", m["mon"]) or 0)
        day = int(m["d"])
        if m["y"]:
            year = int(m["y"])
        elif r.dct:
            year = _year_for(r.dct, month, day, r.month_direction(m.start()))
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

    def _weekof(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        # "the week of March 6": the ISO week that holds the date
        out = self._mdy(m, r)
        if out is None or not out[1] or "X" in out[1]:
            return out
        y, w, _ = dt.date.fromisoformat(out[1]).isocalendar()
        return "DATE", f"{y:04d}-W{w:02d}"

    def _month(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if not _month_ok(m, r):
            return None
        month = int(self.lex.get("month", m["mon"]) or 0)
        if m["y"]:
            return "DATE", f"{int(m['y']):04d}-{month:02d}"
        if r.dct is None:
            return "DATE", f"XXXX-{month:02d}"
        year = _year_for(r.dct, month, None, r.month_direction(m.start()))
        return "DATE", f"{year:04d}-{month:02d}"

    def _monthrelyear(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if not _month_ok(m, r):
            return None
        month = int(self.lex.get("month", m["mon"]) or 0)
        if r.dct is None:
            return "DATE", f"XXXX-{month:02d}"
        year = r.dct.year + {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
        return "DATE", f"{year:04d}-{month:02d}"

    def _relmonth(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if not _month_ok(m, r):
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

    def _year(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if not _year_ok(m, r):
            return None
        return "DATE", m["y"]

    def _decade(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if m["dy"]:
            return "DATE", m["dy"][:3]
        if r.dct is None:
            return "DATE", "19" + m["dy2"][0]
        # "the '80s": the latest such decade that has begun by the article date
        century = r.dct.year // 100 - (1 if int(m["dy2"]) > r.dct.year % 100 else 0)
        return "DATE", f"{century:02d}{m['dy2'][0]}"

    def _spokenyear(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if m["k"]:
            return "DATE", f"{2000 + int(self.number(m['ko']) or 0) if m['ko'] else 2000}"
        century = 19 if m["c"].lower() == "nineteen" else 20
        rest = self.number(m["t"]) or 0
        rest += self.number(m["o"]) or 0 if m["o"] else 0
        return "DATE", f"{century}{int(rest):02d}"

    def _yearend(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if r.dct is None:
            return "DATE", None
        step = {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
        return "DATE", f"{r.dct.year + step}"

    def _decadeword(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        words = ["twenties", "thirties", "forties", "fifties"]
        words += ["sixties", "seventies", "eighties", "nineties"]
        return "DATE", f"19{words.index(m['w'].lower()) + 2}"

    def _century(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        n = self.ordinal(m["o"])
        return ("DATE", f"{n - 1:02d}") if n and 10 <= n <= 22 else None

    def _weekday(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        wd = int(self.lex.get("weekday", m["wd"]) or 0)
        if not m["wd"][0].isupper():
            return None
        pod = self.lex.get("partofday", m["pod"]) if m["pod"] else None
        # news corpora annotate "Friday morning" as a DATE with the part of day in the value
        if r.dct is None:
            return "DATE", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")
        d = weekday_date(r.dct, wd, r.direction(m.start()))
        return "DATE", f"{d.isoformat()}T{pod}" if pod else d.isoformat()

    def _weekdays(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        wd = self.lex.get("weekday", m["wd"][:-1])
        if not wd or not m["wd"][0].isupper():
            return None
        return "SET", f"XXXX-WXX-{wd}"

    def _podword(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
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

    def _midpod(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
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

    def _dayword(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
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

    def _relunit(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        rel = m["rel"].lower()
        u = m["u"].lower()
        season = self.lex.get("season", m["season"]) if m["season"] else None
        unit = "S" if season else {"weekend": "WE"}.get(u) or self.unit(u) or ""
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
            return "DURATION", _duration_value(1, unit)
        if unit == "WE":
            if step == 0:
                return "DATE", weekend(r.dct, r.direction(m.start()))
            return "DATE", weekend(
                r.dct + dt.timedelta(weeks=step), "past" if step < 0 else "future"
            )
        return "DATE", shift(r.dct, unit, step)

    def _relweekday(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
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

    def _season(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        season = self.lex.get("season", m["season"])
        if m["y"]:
            return "DATE", f"{m['y']}-{season}"
        if r.dct is None:
            return "DATE", f"XXXX-{season}"
        return "DATE", f"{r.dct.year}-{season}"

    def _quarter(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
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

    def _thequarter(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
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

    def _yearago(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
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

    def _ago(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        unit = self.unit(m["u"])
        if unit is None:
            return None
        n = self.number(m["n"])
        direction = re.sub(r"\s+", " ", m["dir"].lower())
        if direction in ("after", "before"):
            return None  # "two days after X": the duration alone, anchored by event_time
        sign = -1 if direction in ("ago", "earlier", "before", "back") else 1
        if unit in ("H", "MIN", "S"):
            return "DURATION", _duration_value(n, unit)
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

    def _duration(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        unit = self.unit(m["u"])
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
        if raw_n.lower() in ("a", "an") and _is_rate(r.text, m.start()):
            return None  # "$500 million a year": a rate, not a time
        n = self.number(raw_n)
        if n is None and not _is_fuzzy(self, raw_n):
            return None
        # a bare number before a unit can be a count ("the 1990 years"); keep plausible ones
        if n is not None and n >= 1000 and unit not in ("S", "MIN", "H", "D"):
            return None
        return "DURATION", _duration_value(n, unit)

    def _fuzzyunits(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        q = _norm(m["q"] or "")
        unit = self.unit(m["u"])
        if unit is None:
            return None
        if re.match(r"[\s-]+old\b", r.text[m.end() : m.end() + 5]) or m["tail"] == "-old":
            return None  # "52 years old"
        words = set(q.split())
        if "recent" in words or ({"past", "last"} & words and {"several", "few"} & words):
            return "DATE", "PAST_REF"  # "recent years", "the past few months": the past
        if "coming" in words:
            return "DATE", "FUTURE_REF"
        return "DURATION", _duration_value(None, unit)

    def _theunit(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        det = m["det"].lower()
        pre = _norm(m["pre"] or "")
        if m["mod"] and det == "the":
            pre = pre or "current"  # "the end of the month": this month
        u = m["u"].lower()
        unit = {"weekend": "WE"}.get(u) or self.unit(u) or ""
        if det in ("a", "an") and _is_rate(r.text, m.start()):
            return None  # "four flights a week"
        if det in ("a", "an", "one") and not pre:
            return "DURATION", _duration_value(1, unit) if unit != "WE" else "P2D"
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
            return "DURATION", _duration_value(1, unit) if unit != "WE" else "P2D"
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

    def _ref(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        raw = self.lex.get("ref", m.group(0)) or "DATE:PRESENT_REF"
        type_, _, value = raw.partition(":")
        if _norm(m.group(0)) in ("current", "recent", "future") and r.doc is not None:
            tok = r.doc[r.token_at(m.start())]
            # "current account", "future contracts": adjectives count only before time-ish nouns
            if tok.dep_ == "amod" and tok.head.lower_ in _NON_TIME_HEADS:
                return None
        return type_, value

    def _set(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        return "SET", self.lex.get("set", m.group(0))

    def _setunit(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        if m["wd"]:
            return "SET", f"XXXX-WXX-{self.lex.get('weekday', m['wd'])}"
        if m["mon"]:
            if m["n"] or not m["mon"][0].isupper():
                return None
            return "SET", f"XXXX-{int(self.lex.get('month', m['mon']) or 0):02d}"  # "each July"
        unit = self.unit(m["u"])
        if unit is None:
            return None
        n = 2.0 if (m["n"] or "").lower() == "other" else (self.number(m["n"]) if m["n"] else 1)
        return "SET", _duration_value(n, unit)

    def _holiday(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        out = self._holiday_day(m, r)
        if m["wk"] and out[1] and "X" not in out[1]:
            # "Easter week": the (ISO) week that holds the holiday
            y, w, _ = dt.date.fromisoformat(out[1]).isocalendar()
            return "DATE", f"{y:04d}-W{w:02d}"
        return out

    def _holiday_day(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None]:
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

    def _clock(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
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
                year = _year_for(r.dct, month, int(m["d"]), r.month_direction(m.start()))
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

    def _yearrange(self, m: re.Match[str], r: Resolver) -> tuple[str, str | None] | None:
        y1 = int(m["y1"])
        y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
        if not y1 < y2 <= y1 + 100:
            return None
        return "DURATION", f"P{y2 - y1}Y"


# a year given by its end point ("the year ended June 30") or spanned ("throughout the year")
_SPAN_AFTER = re.compile(r"\s+(?:that\s+)?(?:(?i:ended|ending|ends|to\s+date)\b|to\s+[A-Z])")
_SPAN_BEFORE = re.compile(r"\b(?:throughout|over|during)\s+$", re.I)

_NON_TIME_HEADS = {
    "account",
    "accounts",
    "contract",
    "contracts",
    "affairs",
    "events",
    "generation",
    "generations",
    "tense",
    "market",
    "markets",
    "flow",
    "exchange",
    "study",
}


def _is_fuzzy(grammar: Grammar, raw: str) -> bool:
    return grammar.lex.get("number", raw) == "X"


def _duration_value(n: float | None, unit: str) -> str:
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


_RATE = re.compile(
    r"(?:\d|million|billion|cents|dollars|percent|%|times|once|twice)(?:\s+[a-z]+){0,2}\s+$",
    re.I,
)


def _is_rate(text: str, start: int) -> bool:
    """True when "a year"/"a week" at ``start`` follows an amount: a rate, not a time."""
    return bool(_RATE.search(text[max(0, start - 40) : start]))


def _month_ok(m: re.Match[str], r: Resolver) -> bool:
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


_NOT_YEAR_LABELS = {"MONEY", "CARDINAL", "QUANTITY", "PERCENT"}


def _year_ok(m: re.Match[str], r: Resolver) -> bool:
    """A four-digit number is a year unless the parse calls it an amount or a count."""
    if m["mod"] and m["mod"].strip():
        return True
    if r.doc is None:
        return True
    tok = r.doc[r.token_at(m.start("y"))]
    if tok.ent_type_ in _NOT_YEAR_LABELS:
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(r.doc) else None
    if nxt is not None and nxt.lower_ in ("shares", "people", "units", "points", "feet", "cars"):
        return False
    return True


# --- the annotator ------------------------------------------------------------------------


class TimeTagger:
    """Finds and normalises the time expressions of one text (the times annotator's engine)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.grammar = Grammar(lexicon)

    def candidates(self, text: str) -> list[Candidate]:
        """Every span some rule matches, before overlaps are resolved."""
        out = []
        low = _lower_same_length(text)
        for priority, ((name, pattern, _fn), scan) in enumerate(
            zip(self.grammar.rules, self.grammar.scans, strict=True)
        ):
            for hit in scan.finditer(low if scan is not pattern else text):
                if hit.end() <= hit.start():
                    continue
                m = hit if scan is pattern else pattern.match(text, hit.start())
                if m is not None and m.end() > m.start():
                    out.append(Candidate(m.start(), m.end(), name, m, priority))
        return out

    def tag(
        self,
        text: str,
        doc: Any = None,
        date: str | None = None,
        warnings: list[str] | None = None,
    ) -> tuple[list[TimeValue], dict[int, tuple[str, int]]]:
        """The time expressions of ``text`` (parsed as ``doc``) relative to article ``date``.

        Returns the TimeValues in text order and the signals of anchored durations
        (index -> ("after" | "before" | …, token index of the signal word)). An
        expression whose value falls outside the calendar (years 1 to 9999) is kept
        without a value, and ``warnings`` (when given) says so.
        """
        try:
            dct = dt.date.fromisoformat(date) if date else None
        except ValueError:
            dct = None
        starts = [t.idx for t in doc] if doc is not None else []
        res = Resolver(
            dct=dct,
            doc=doc if doc is not None and len(doc) else None,
            text=text,
            token_starts=starts,
        )
        rules = {name: fn for name, _p, fn in self.grammar.rules}
        # longest first; among equals the earlier (more specific) rule
        cands = sorted(self.candidates(text), key=lambda c: (c.start - c.end, c.priority, c.start))
        used = bytearray(len(text))  # characters already in a chosen expression
        taken: list[tuple[int, int]] = []
        chosen: list[Candidate] = []
        for c in cands:
            if any(used[c.start : c.end]):
                continue
            chosen.append(c)
            taken.append((c.start, c.end))
            used[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.sort(key=lambda c: c.start)
        times: list[TimeValue] = []
        signalled: dict[int, tuple[str, int]] = {}  # id(TimeValue) -> signal
        for c in chosen:
            try:
                result = rules[c.rule](c.match, res)
            except (ValueError, OverflowError):
                if not _at_calendar_edge(dct):
                    continue  # not a date after all ("February 30")
                result = ("DATE", None)  # past the calendar's ends (year 1 minus a week)
            if result is None:
                # the longer reading failed: let a shorter rule inside it try
                try:
                    inner = self._fallback(c, text, res, rules, taken)
                except (ValueError, OverflowError):
                    inner = None
                if inner is None:
                    continue
                c, result = inner
            type_, value = result
            start, end = _trim(text, c.start, c.end)
            if value is None and _at_calendar_edge(dct) and warnings is not None:
                warnings.append(
                    f"time {text[start:end]!r} at offset {start}: its value falls outside the "
                    "calendar (years 1 to 9999); left unresolved"
                )
            tv = TimeValue(
                text=text[start:end],
                start=start,
                end=end,
                type=type_,
                value=value,
                anchor="article date" if _relative(c.rule) and dct else None,
            )
            times.append(tv)
            # expressions counted from the reference time do not move it, so that
            # "a year earlier" twice in a row stays one year before the same quarter
            if type_ == "DATE" and granularity(value) is not None and c.rule not in _ANAPHORIC:
                res.reference, res.reference_end = value, end
            if type_ == "DURATION" and doc is not None and len(doc):
                sig = re.match(r"\s+(after|before|earlier|later)\b", text[end : end + 12], re.I)
                if sig:
                    signalled[id(tv)] = (sig.group(1).lower(), res.token_at(end + 1))
        times.extend(self._anniversaries(res, times))
        times.sort(key=lambda t: t.start)
        self._ranges(text, times)
        signals = {i: signalled[id(t)] for i, t in enumerate(times) if id(t) in signalled}
        return times, signals

    def _fallback(
        self,
        c: Candidate,
        text: str,
        res: Resolver,
        rules: dict[str, Rule],
        taken: list[tuple[int, int]],
    ) -> tuple[Candidate, tuple[str, str | None]] | None:
        """The longest match of another rule inside a candidate that failed to normalise."""
        inner = [
            x
            for x in self.candidates(text[c.start : c.end])
            if x.rule != c.rule and (x.end - x.start) <= (c.end - c.start)
        ]
        inner.sort(key=lambda x: (x.start - x.end, x.priority))
        for x in inner:
            m = self.grammar.rules[x.priority][1].match(text, c.start + x.start, c.start + x.end)
            if m is None or m.end() != c.start + x.end:
                continue
            out = rules[x.rule](m, res)
            if out is not None:
                return Candidate(m.start(), m.end(), x.rule, m, x.priority), out
        return None

    def _anniversaries(self, res: Resolver, times: list[TimeValue]) -> list[TimeValue]:
        """ "the 20th anniversary of the invasion of Iraq": the anchor's date plus N years."""
        doc = res.doc
        if doc is None:
            return []
        out: list[TimeValue] = []
        for tok in doc:
            if tok.lemma_.lower() != "anniversary":
                continue
            n = None
            for child in tok.lefts:
                n = n or self.grammar.ordinal(child.lower_)
            pobj = next(
                (g for c in tok.rights if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
                None,
            )
            if pobj is None:
                continue
            start = min(t.idx for t in tok.subtree if t.i <= tok.i)
            # the anchor phrase: its head with what comes before it and compounds after
            end_tok = pobj
            for t in pobj.rights:
                if t.dep_ == "prep" and t.lower_ == "of":
                    # "the invasion of Iraq": keep a short complement naming the place
                    sub = list(t.subtree)
                    if len(sub) <= 4:
                        end_tok = sub[-1]
                break
            end = end_tok.idx + len(end_tok.text)
            # a date inside the anchor phrase ("of the 2011 uprising") stays its own expression
            if any(
                t.start < end and start < t.end and not pobj.left_edge.idx <= t.start for t in times
            ):
                continue
            phrase = res.text[pobj.left_edge.idx : end].lower()
            anchor = self._anchor(res, times, pobj, phrase)
            value = None
            if anchor and n:
                d = to_date(anchor)
                g = granularity(anchor)
                if d and g == "D":
                    try:
                        value = d.replace(year=d.year + n).isoformat()
                    except ValueError:
                        value = None
                elif d:
                    value = f"{d.year + n:04d}"
            if value is None:
                continue  # the anniversary of an event we cannot date gives no date to use
            out.append(TimeValue(res.text[start:end], start, end, "DATE", value, anchor=anchor))
        return out

    def _anchor(self, res: Resolver, times: list[TimeValue], pobj: Any, phrase: str) -> str | None:
        """The date of the event an anniversary is of: a date in the phrase or a known event."""
        lo, hi = pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
        for t in times:
            if lo <= t.start and t.end <= hi and granularity(t.value) in ("D", "M", "Y"):
                return t.value
        sent = pobj.sent
        context = sent.text.lower()
        if sent.start > 0:
            context = res.doc[sent.start - 1].sent.text.lower() + " " + context
        lemma = pobj.lemma_.lower()
        # later entries (the user's files) win over the packaged ones
        anchors = self.lexicon.anchors[::-1]
        for ev in anchors:
            if lemma not in ev.nouns and not any(n in phrase for n in ev.nouns if " " in n):
                continue
            if any(re.search(rf"\b{re.escape(k)}s?\b", phrase) for k in ev.keywords):
                return ev.date
        for ev in anchors:
            if lemma in ev.nouns and any(
                re.search(rf"\b{re.escape(k)}s?\b", context) for k in ev.keywords
            ):
                return ev.date
        return None

    def _ranges(self, text: str, times: list[TimeValue]) -> None:
        """ "between 2007 and 2011", "from March to May": the first gets the second as end_value."""
        for a, b in zip(times, times[1:], strict=False):
            gap = text[a.end : b.start]
            if a.type != "DATE" or b.type != "DATE" or not a.value or not b.value:
                continue
            if not re.fullmatch(r"\s*(?:and|to|until|till|through|-|–)\s*", gap, re.I):
                continue
            before = text[max(0, a.start - 9) : a.start].lower()
            if re.search(r"\b(between|from)\s+$", before) or gap.strip() in ("-", "–"):
                a.end_value = b.value


_ANAPHORIC = {"ago", "yearago", "thequarter"}


def _relative(rule: str) -> bool:
    return rule not in ("iso", "numeric", "year", "decade", "decadeword", "century", "range")


# TimeML leaves prepositions out; "over"/"within" are amounts only before a number
_LEAD = re.compile(
    r"(?:over|under|within|for|during|in|on|at|since|by|of)\s+"
    r"(?=(?:the|this|that|these|those|last|next|past|coming)\b)",
    re.I,
)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip a leading preposition, whitespace and trailing punctuation from a span."""
    while start < end and text[start].isspace():
        start += 1
    lead = _LEAD.match(text, start, end)
    if lead:
        start = lead.end()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    if text[max(start, end - 2) : end] in ("'s", "’s") and end - start > 2:
        end -= 2  # "yesterday's": TimeML leaves the possessive out
    if re.match(r"the\s+\w+-quarter$", text[start:end], re.I):
        start = text.index("-", start) - len(text[start:end].split()[1].split("-")[0])
    return start, end


def time_lexicon_files(settings: Any) -> tuple[str, ...]:
    """The user's extra time vocabulary files from the settings (none when unset)."""
    try:
        return tuple(settings["time_lexicons"])
    except Exception:  # noqa: BLE001 - an older settings table without the row
        return ()


@register("times")
class TimesAnnotator(Annotator):
    """Adds ``times``: every time expression, normalised to TIMEX3 against the article date."""

    assigns = ("times", "article_date", "time_signals")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.tagger = TimeTagger(load_lexicon(time_lexicon_files(settings)))

    def __call__(self, ctx: Context) -> None:
        date = ctx.article.date
        if date is None:
            date = dateline_date(ctx.article.text, self.tagger)
            if date is not None:
                # a date the article states at its head (a dateline, "Published …") is
                # the article's own date, not a guess; say where it came from
                ctx.article_date = date
                ctx.analysis.warnings[:] = [
                    w for w in ctx.analysis.warnings if not w.startswith("no article date")
                ]
                ctx.analysis.warnings.append(
                    f"no article date given: {date} taken from the dateline at the head of the text"
                )
        times, signals = self.tagger.tag(
            ctx.article.text, ctx.doc, date, warnings=ctx.analysis.warnings
        )
        ctx.analysis.times.extend(times)
        ctx.time_signals = signals


DATELINE_CHARS = 200


def dateline_date(text: str, tagger: TimeTagger) -> str | None:
    """The full calendar date an article states at its head (its first line, at most
    ``DATELINE_CHARS`` characters), as a dateline or byline does; None without one."""
    head = text.lstrip()[:DATELINE_CHARS].split("\n", 1)[0]
    for t in tagger.tag(head, None, None)[0]:
        if not (t.value and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value)):
            continue
        # only a place, an agency or "Published" may come before a dateline's date:
        # "On March 12, 1999, NATO admitted …" is a sentence about the past
        words = re.findall(r"[^\W\d_]+", head[: t.start])
        if any(w.islower() and w not in _DATELINE_WORDS for w in words):
            return None
        if any(w.lower() in _NOT_DATELINE for w in words):
            return None
        return t.value
    return None


_DATELINE_WORDS = {"published", "posted", "updated", "last", "by", "date", "dateline", "am", "pm"}
_NOT_DATELINE = {"on", "in", "at", "since", "from", "until", "after", "before", "during", "the"}


def tag(
    text: str, date: str | None = None, doc: Any = None, extra: Sequence[str] = ()
) -> list[TimeValue]:
    """Time expressions of ``text`` relative to ``date`` (a helper for scripts and tests)."""
    return TimeTagger(load_lexicon(tuple(extra))).tag(text, doc, date)[0]
