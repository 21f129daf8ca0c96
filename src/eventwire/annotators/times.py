"""The times annotator: finds time expressions and normalises them to TIMEX3.

Each expression becomes a ``TimeValue`` with the TimeML ``type`` (DATE, TIME,
DURATION, SET) and ``value`` (``2023-03-07``, ``2020-01``, ``1989-Q3``,
``2023-W10``, ``P2D``, ``XXXX-WXX-2``, ``PRESENT_REF`` …), resolved against the
article date. Spans follow the TimeML conventions: determiners and modifiers
("the", "early", "nearly") are part of the expression, prepositions ("on", "in")
are not.

How it works, in order (the modules of ``annotators/timex``, read top-down):

1. A grammar of regular expressions (``resources/time/patterns.tsv``, built from
   the vocabulary in ``resources/time/lexicon.tsv``: months, weekdays, number
   words, units …; ``timex/grammar.py``) proposes candidate spans, each with a
   normaliser (``timex/dates.py``, ``relative.py``, ``amounts.py``, ``clock.py``).
2. Overlapping candidates are resolved longest first.
3. Candidates are normalised in text order (``timex/tagger.py``), because some
   values depend on the expressions before them: "the next day" and "a year
   earlier" count from the last date the text mentioned (its *reference time*),
   not from the article date.
   Weekdays and bare months take their direction from the tense of the verb they
   attach to in the parse ("said Tuesday" is the Tuesday before the article date,
   "will meet Tuesday" the one after); what is planned or scheduled, and a deadline
   set "until" a day, lie ahead ("planned a rally Saturday", "postponed until
   Tuesday"), a plan in the past perfect lies behind ("had been due to expire
   Friday"), and a period that "ended" on a date ended before the article.
4. "the Nth anniversary of <event>" is dated from a date in the phrase, or from a
   widely known event in ``resources/time/anchors.tsv``.
5. "the day before March 3" becomes one expression; in a range ("between 2007 and
   2011", "2007-2011", "June 3-7") the first expression takes the second's value
   as its ``end_value``.

Without an article date in the metadata, the date a dateline states at the head
of the text ("BAGHDAD, March 8, 2023 (AP) —", "Published 8 March 2023") is used, or
else the date news sites write into the address of the page when the text gives it at
its head (".../2023/03/08/story/", ".../2023/mar/08/..."), or a dateline's month and day
without a year in the year and month of that address (".../2023/03/story/" with "LAGOS,
Mar 8 –"; ``times_dateline_day``), with a warning naming it
(``ctx.article_date`` passes it on to event_time). Without either, the expressions with
an X-pattern value (weekdays, days and months without a year, "next/last <weekday>":
"on Tuesday", "April 5", "in March") are resolved against the latest full date the
text states outside a future or modal clause, as HeidelTime takes a narrative's
reference time from its text, and a warning says the date was inferred; it is not the
article date of undated acts. Other relative expressions
("yesterday", "last week"), and all of them in a text that states no full date, are
never guessed: their value is an X-pattern where TimeML has one (``XXXX-WXX-2`` for
"Tuesday") and None otherwise; the Coder adds a warning saying so.

For the event_time annotator, ``ctx.time_signals`` maps the index of a
duration in ``ctx.analysis.times`` to ``(signal, signal_token_index)`` when the
duration is followed by "after"/"before"/"earlier"/"later" ("two days after …").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from ..records import TimeValue
from . import Annotator, Context, register, token_at
from .times_dateline_day import dateline_day_date
from .timex.calendar_math import add_months, calendar_range, granularity, shift, to_date
from .timex.clause import clause_tense
from .timex.lexicon import Lexicon, load_lexicon, load_words, parse_anchors, parse_lexicon
from .timex.tagger import TimeTagger

__all__ = [
    "Lexicon",
    "TimeTagger",
    "TimesAnnotator",
    "add_months",
    "calendar_range",
    "clause_tense",
    "dateline_date",
    "granularity",
    "head_date",
    "link_date",
    "load_lexicon",
    "parse_anchors",
    "parse_lexicon",
    "shift",
    "tag",
    "time_lexicon_files",
    "to_date",
]


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
    requires = ()

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.tagger = TimeTagger(load_lexicon(time_lexicon_files(settings)))

    def __call__(self, ctx: Context) -> None:
        date = ctx.article.date
        if date is None:
            date, where = head_date(ctx.article.text, self.tagger)
            if date is not None:
                # a date the article states at its head (a dateline, "Published …", the
                # address of its page) is the article's own date, not a guess; say where
                # it came from
                ctx.article_date = date
                ctx.analysis.warnings[:] = [
                    w for w in ctx.analysis.warnings if not w.startswith("no article date")
                ]
                ctx.analysis.warnings.append(
                    f"no article date given: {date} taken from the {where} at the head of the text"
                )
        times, signals = self.tagger.tag(
            ctx.article.text, ctx.doc, date, warnings=ctx.analysis.warnings
        )
        if date is None:
            times = self._resolved_against_text(ctx, times)
        ctx.analysis.times.extend(times)
        ctx.time_signals = signals

    def _resolved_against_text(self, ctx: Context, times: list[TimeValue]) -> list[TimeValue]:
        """The times of an article with neither a date nor a dateline, those with an
        X-pattern value (weekdays, days and months without a year, "next/last Tuesday")
        resolved against the date inferred from the text (``text_date``), with the tense
        rules of the tagger; the rest (explicit dates, "yesterday", "last week") as they
        were."""
        reference = text_date(times, ctx.doc)
        if reference is None:
            return times
        ctx.analysis.warnings[:] = [
            w for w in ctx.analysis.warnings if not w.startswith("no article date")
        ]
        ctx.analysis.warnings.append(
            f"no article date given: weekdays and days resolved against {reference}, "
            "inferred as the latest full date the text states outside a future or modal clause"
        )
        # not the article date of undated acts: the guidelines resolve against the header's
        # date only, and standing in for it moved no date and lost places on the label files
        resolved = {
            (t.start, t.end): t for t in self.tagger.tag(ctx.article.text, ctx.doc, reference)[0]
        }
        return [
            resolved.get((t.start, t.end), t) if t.value and t.value.startswith("XXXX") else t
            for t in times
        ]


DATELINE_CHARS = 200
#: how far into the text a time stamp of the page may stand (a line or sentence below the
#: headline and the link: "18:20 GMT, 2 May 2031", "Posted 2 May 2031, 07:40 GMT")
STAMP_CHARS = 400
_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^a-z])")  # not after "p.m." in "p.m. on"


def head_date(text: str, tagger: TimeTagger) -> tuple[str | None, str]:
    """The article's date from its head and where it was read: the dateline or a time
    stamp (``dateline_date``), else the date in the address of its page (``link_date``),
    else a dateline's month and day without a year in the year and month of that address
    (``times_dateline_day``: ".../2031/05/story/" and "LAGOS, May 2 –")."""
    date = dateline_date(text, tagger)
    if date is not None:
        return date, "dateline"
    date = link_date(text, tagger.lexicon)
    if date is not None:
        return date, "address of its page"
    where = "dateline's day in the month of the address of its page"
    return dateline_day_date(text, tagger.lexicon), where


def dateline_date(text: str, tagger: TimeTagger) -> str | None:
    """The full calendar date an article states at its head: on its first line (at most
    ``DATELINE_CHARS`` characters), as a dateline or byline does, or in a time stamp of the
    page among the lines and sentences of its first ``STAMP_CHARS`` characters
    (``_stamp``); None without one."""
    lead = text.lstrip()
    found = _first_full_date(lead[:DATELINE_CHARS].split("\n", 1)[0], tagger)
    if found is not None and _dateline_words(found[1]):
        return found[0]
    for line in lead[:STAMP_CHARS].split("\n"):
        for part in _SENTENCE_END.split(line):
            stamp = _stamp(part, tagger)
            if stamp is not None:
                return stamp
    return None


#: a web address ("https://news.example.com/world/2031/05/02/story-title/")
_LINK = re.compile(r"https?://\S+")
#: the publication date a news site writes into the path of its page's address: a year,
#: a month (digits or its name, short or full, read through the month lexicon) and a day,
#: joined by "/" or "-" ("/2031/05/02/", "/2031/may/02/", "/2031/march/02/", "-2031-05-02"),
#: or eight digits standing alone ("/20310502-123")
_LINK_DATE = re.compile(
    r"(?<![\w])((?:19|20)\d\d)([/-])(\d\d|[a-z]{3,9})\2(\d\d)(?![\w])"
    r"|(?<![\w])((?:19|20)\d\d)(\d\d)(\d\d)(?![\w])",
    re.IGNORECASE,
)


def link_date(text: str, lexicon: Lexicon) -> str | None:
    """The publication date in the address of the page that opens the text, as news
    sites write it into the path of their articles' addresses: an address that opens the
    text's first line or ends it (a title line "TITLE: ... LINK: <address>"; the last word
    only of a first line that ends within the text's first ``STAMP_CHARS`` characters), never
    one cited further on ("Source: <address>" on a later line, an address inside a sentence,
    however long its line); None without such an address, or one without a valid full date."""
    address = page_address(text)
    if address is None:
        return None
    for m in _LINK_DATE.finditer(address):
        year, month, day = (m[1], m[3], m[4]) if m[1] else (m[5], m[6], m[7])
        if not month.isdigit():
            month = lexicon.get("month", month) or lexicon.get("month", month + ".") or ""
        try:
            return dt.date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            continue
    return None


def page_address(text: str) -> str | None:
    """The address of the page that opens the text: one that opens its first line or ends it
    (the last word only of a first line that ends within ``STAMP_CHARS`` characters), or
    None (see ``link_date``)."""
    line = text.lstrip().split("\n", 1)[0]
    words = line.split()
    ends = words[-1:] if len(line.rstrip()) <= STAMP_CHARS else []
    return next((w for w in (words[:1] + ends) if _LINK.fullmatch(w)), None)


def text_date(times: Sequence[TimeValue], doc: Any = None) -> str | None:
    """A reference date for an article with neither a date nor a dateline: the latest full
    calendar date (a day with its year) among its ``times`` tagged without a date, as
    HeidelTime takes a narrative's reference time from its text, skipping a date of a
    future or modal clause (``clause_tense`` in ``doc``: "the vote will be held on 5 May
    2031" is no "now"); None when the text states none (a text whose only dates are years
    or months of its background has no day to resolve "on Tuesday" against). Measured on
    the label files, the latest date stated before each expression (HeidelTime's previous
    mention) instead lost two check-half dates (183 -> 181 of 309)."""
    full = []
    for t in times:
        if not t.value or not _FULL_DATE.fullmatch(t.value):
            continue
        tok = token_at(doc, t.start, t.end)
        if tok is None or clause_tense(doc, tok.i) != "future":
            full.append(t.value)
    return max(full) if full else None


def _first_full_date(part: str, tagger: TimeTagger) -> tuple[str, str, str] | None:
    """The first full calendar date (a day with its year) of ``part``, the text before it
    and the text after it."""
    for t in tagger.tag(part, None, None)[0]:
        if t.value and _FULL_DATE.fullmatch(t.value):
            return t.value, part[: t.start], part[t.end :]
    return None


def _dateline_words(before: str) -> bool:
    """Whether the words before a date are those of a dateline: only a place, an agency or
    "Published" may come before its date ("On March 12, 1999, NATO admitted …" is a sentence
    about the past)."""
    words = re.findall(r"[^\W\d_]+", before)
    if any(w.islower() and w not in _DATELINE_WORDS for w in words):
        return False
    return not any(w.lower() in _NOT_DATELINE for w in words)


def _stamp(part: str, tagger: TimeTagger) -> str | None:
    """The date of a line or sentence that is a time stamp of the page: its first full date,
    after only dateline words ("18:20 GMT, 2 May 2031") or after a stamp word of
    ``resources/time/words.tsv`` and only time words ("Posted on 2 May 2031"), and ending
    the part but for a time ("Posted 2 May 2031, 07:40 GMT") or a separator before the
    text ("2 May 2031 | …"). A sentence that goes on after its date ("Friday, 2 May 2031
    was …", "Updated figures for 2 May 2031 show …") is no stamp."""
    found = _first_full_date(part, tagger)
    if found is None:
        return None
    value, before, after = found
    if not _stamp_ends(after):
        return None
    first = re.match(r"\W*([^\W\d_]+)", before)
    if _dateline_words(before):
        return value
    if first is not None and first[1].lower() in _STAMP_WORDS:
        return value if _time_words(before[first.end() :]) else None
    return None


#: a clock time ("07:40", "7.40 p.m.", "19:40pm")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d(?:\s*[ap]\.?\s?m\b\.?)?", re.IGNORECASE)
#: what may separate a stamp from the text that follows it on its line
_STAMP_SEPARATOR = re.compile(r":|\||\u2014|\u2013|\s-\s")


def _stamp_ends(after: str) -> bool:
    """Whether what follows a stamp's date is only a time, until a separator or the part's
    last character."""
    return _time_words(_STAMP_SEPARATOR.split(_CLOCK.sub(" ", after), maxsplit=1)[0])


def _time_words(stretch: str) -> bool:
    """Whether ``stretch`` holds only clock times, time-zone letters ("GMT") and the words
    that join a stamp's parts (``stamp_link`` in ``resources/time/words.tsv``)."""
    words = re.findall(r"[^\W_]+", _CLOCK.sub(" ", stretch))
    return all(
        w.lower() in _STAMP_LINKS or (w.isalpha() and w.isupper() and len(w) <= 4) for w in words
    )


_DATELINE_WORDS = load_words()["dateline_word"]
_NOT_DATELINE = load_words()["not_dateline"]
_STAMP_WORDS = load_words()["stamp_word"]
_STAMP_LINKS = load_words()["stamp_link"]


def tag(
    text: str, date: str | None = None, doc: Any = None, extra: Sequence[str] = ()
) -> list[TimeValue]:
    """Time expressions of ``text`` relative to ``date`` (a helper for scripts and tests)."""
    return TimeTagger(load_lexicon(tuple(extra))).tag(text, doc, date)[0]
