"""The event_time annotator: gives each event a date, says where the date came from.

For each event, in order of preference:

1. **text**: a time expression attached to the event in the parse: inside the
   trigger's phrase ("the 2020 resolution"), governed by the trigger ("a visit on
   Tuesday"), or in the same clause ("Austin *made* a visit *on Tuesday*") or that of a
   verb joined to it that shares its object ("*looted* and burned a depot in 2015"), a
   day naming the occasion the act is done at ("*in Saturday's debate*, she attacked him"; the
   ``setting`` prepositions of ``resources/time/event_time.tsv``), or the time of the noun
   phrase a "when" clause hangs on ("the marches of early May, *when* thousands rallied");
   a month, day or weekday written without its year that would fall after the article is
   taken a year (a weekday: a week) back for an act told in the past ("protested in
   February" in a January article);
1a. **anchor**: a definite noun that names a widely known event ("the 9/11 attacks", "the
   invasion of Iraq", ``resources/time/anchors.tsv``; only one begun by the article date,
   ``known_by``) happened on that event's date; a verb
   act whose own "after"/"following" phrase names one ("tightened the checks soon after the
   9/11 attacks") takes that event's year (its month after "shortly", "immediately");
2. **anchor**: a date computed from another reference: an event inside "the 20th
   anniversary of <event>" gets the anchor's date; in "A came two days after B"
   the one of A and B without a date of its own is dated from the other, with the
   two days added or taken away; an event noun hung on a dated clause by
   "following", "after", "before" takes that clause's date no finer than its month
   ("passed in January 2020, following the assassination" -> 2020-01), by
   "during"/"amid" its exact date; a participle before the act that shares its subject
   dates it ("*Speaking on Tuesday*, she accused him");
3. **governing clause** (``anchor``): a verb event without a time of its own inside the
   clause of a dated event ("on Friday made a condemnation *and pledged* to act", "met on
   Tuesday *to discuss*") takes that clause's date, and a past attempt the date of what it
   attempts ("*sought* to win over farmers on Tuesday"; the ``attempt`` verbs of
   ``resources/time/event_time.tsv``); "before", "after", "since", "until"
   clauses do not, and a time after "before/after/since/until/by" is a bound, not the date,
   as is a time that dates the object of an end-point word ("vetoed it *before* the vote
   on Friday", not "before dawn on Friday");
3a. **occasion** (``anchor``): a verb event with no other date whose "when", "as" or "while"
   clause is dated ("was hurt *when* a man attacked the car on Tuesday") is on that day, as is
   one followed by a dated participle that shares its subject ("were detained *attempting to
   cross on Monday*");
4. **background** (``none``): an act in the past perfect ("had signed"), spread over a past
   span ("for decades", "has long"), or done in a past office ("as minister",
   "then-Secretary") with no time of its own is left undated rather than given a day it did
   not happen on; a plain present perfect ("has chosen") gets the article's day
   (``article``), as it is the recent past of the news, told as the news of the day. The
   labels seldom date such acts: on the label files' tune half, of the 39 acts this rule
   dates (rules alone) with a labelled event of their type in their sentence, the gold leaves
   28 unknown and dates 3 to the article's day, 1 to its month, 2 to another day of its
   month and 5 earlier. Leaving them undated instead (the shipped date model,
   ``event_date_learned``, choosing their date) was measured worse on both halves
   (review27d): label files date right 387 -> 379 of 589 (tune 201 -> 198, check 186 ->
   181), dev news 63 -> 62 of 87; so the day is kept. A present perfect progressive
   ("have been pressing", over a span up to now) gets the article's month; an infinitive
   or gerund under such a verb ("have tried *to block*", "have been trying *to reach*")
   shares its cue; the cues are data
   (``resources/time/background.tsv``); a background act told inside a clause dated in the
   past ("an order in 2015 against activists who *had occupied* the square") takes that
   clause's date no finer than its month (``anchor``);
5a. **narrative time** (``anchor``): a plain past act in a sentence that names no time,
   within two sentences after a main clause dated in the past ("In June 2019 the rebels
   seized the town. Army units *recaptured* it."), continues that time, no finer than its
   month, unless a sentence between returns to another tense;
5. **story day** (``anchor``): other undated events take the day the story is about: the
   latest day within a week before the article that a main clause of an earlier sentence
   names ("The council on Friday condemned …" dates the reactions that follow; not the
   article's own day, however named, "today", "now" or its weekday or date: in news that is
   the day of telling, which leaves the story on the day named before it; an act with no
   story day named before falls back to the article's day as before), or, for
   the headline and lead, the first such day of the opening sentences; an act "a few hours
   earlier" (even in the perfect) is on the story day; an act the story's day cannot be is
   left undated (``none``), neither the story's day nor the article's: the infinitive of an
   intention ("planned *to visit*"; the ``intent`` verbs of ``resources/time/event_time.tsv``),
   an act whose main clause has a modal ("will meet"; not a speech act) or a relative clause
   in the present (a habit or a state; not in the headline, which tells the news in the
   present: "Law that *bans* night flights upsets airlines"; only a headline line, the
   first of a text of several lines that ends in no full stop), but a relative clause of a
   verb of being in the plain present tells a state that holds when told ("others *who are*
   angry with the minister"; the ``state`` verbs of ``resources/time/event_time.tsv``,
   ``event_time_states``): the article's day (``article``);
6. **article**: the article date, when nothing in the text dates the event;
7. **none**: no article date and nothing in the text.

Afterwards, an act inside a direct quote dated by the speaker's "today" or "last night" is
dated from the day of the saying, where an event on the quote's cue is dated to another day
by a time outside the quote (``event_date_quotes.said_on_its_day``; ``anchor``, rule
``said on its day: …``).

Each event's ``date_rule`` says which of these chose its date and from which expression
(``clause: 'on Friday'``, ``story day: 'on Friday' (sentence 2)``, ``background: perfect
'had signed'``).

``date`` is the time expression's value cut to its calendar part and made a calendar value
with its precision, start and end (``event_calendar``: a week, quarter or season becomes a
range of days; a range "between 2007 and 2011" ends on the last day of its second part). The
words that make a time a bound ("before", "until") or hang an event on a dated clause
("amid", "following") are data: ``resources/time/event_time.tsv``.

Auxiliary modes, relative to the article date:

- ``historical``: the event's period (all of it) ends more than ``HISTORICAL_DAYS``
  (31) days before the article date ("in 2014", "in January 2020" in a 2023 article);
- ``future``: the event's period begins after the article date ("next month").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Container, Iterator
from functools import lru_cache
from typing import Any, Literal

from ..errors import ConfigError
from ..records import Event, Span, TimeValue
from ..resources import read_text
from . import Annotator, Context, SpanIndex, doc_text, register, sentence_ids, token_at
from .event_calendar import (
    HISTORICAL_DAYS,
    aux_modes,
    calendar_date,
    calendar_part,
    period,
    range_start,
    shift_value,
    week_side,
    year_before,
)
from .event_date_quotes import said_on_its_day
from .event_grammar import SPEECH_ACTS
from .event_lead import headline_end
from .event_time_states import told_state
from .times import granularity, load_lexicon, time_lexicon_files, to_date
from .timex.calendar_math import month_week
from .timex.lexicon import AnchorEvent

__all__ = [
    "FALLBACK_RULES",
    "HISTORICAL_DAYS",
    "EventTimeAnnotator",
    "act_verb",
    "aux_modes",
    "background_cue",
    "calendar_date",
    "calendar_part",
    "date_events",
    "governing_clauses",
    "occasion_clauses",
    "own_subject_or_bound",
    "participle_adjuncts",
    "period",
    "read_background",
    "read_attempts",
    "read_intents",
    "read_means",
    "read_links",
    "read_settings",
    "read_upper_bounds",
    "shift_value",
]

#: the date rules of an event that nothing in the text dates (rules 6 and 7)
FALLBACK_RULES = (
    "article date: nothing in the text dates the event",
    "none: no article date and nothing in the text",
)
#: how many days before the article a day may lie and still be the story's day
STORY_DAYS = 7
#: the opening sentences (headline and lead) that may take the first story day named later
LEAD_SENTENCES = 3
#: how many sentences after a main clause dated in the past its time carries a narrative
NARRATIVE_SENTENCES = 2

_BACKGROUND_KINDS = ("aspect", "adverb", "duration", "modifier", "office")
_LINK_KINDS = ("bound", "near")
#: the one-word kinds of ``event_time.tsv`` read by ``_read_kind``
_WORD_KINDS = (
    "occasion",
    "setting",
    "attempt",
    "means",
    "intent",
    "soon",
    "upper",
    "daypart",
    "modal",
    "back",
    "state",
)
_RELATIONS = ("after", "before", "during")
#: the links by which a verb event sits inside another event's clause and shares its time
_GOVERNED = {"xcomp", "conj", "advcl", "ccomp", "pcomp"}
#: a year written in a time expression ("2019", "'19"): its value's year is the text's own
#: entity labels of a proper-name object that an "as" office cannot describe ("led Britain")
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "NORP"})
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b|'\d\d\b")


def read_background(text: str | None = None) -> dict[str, frozenset[str]]:
    """The cue words of a ``background.tsv`` file by kind (see the file's header)."""
    where = "resources/time/background.tsv"
    if text is None:
        text = read_text("time", "background.tsv")
    cues: dict[str, set[str]] = {k: set() for k in _BACKGROUND_KINDS}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 2 or cells[0] not in cues or not cells[1]:
            raise ConfigError(
                f"{where}, line {n}: {line!r}; expected KIND<TAB>WORD with KIND one of "
                f"{', '.join(_BACKGROUND_KINDS)}"
            )
        cues[cells[0]].add(cells[1].casefold())
    return {k: frozenset(v) for k, v in cues.items()}


@lru_cache(maxsize=1)
def _background() -> dict[str, frozenset[str]]:
    return read_background()


def read_links(text: str | None = None) -> tuple[frozenset[str], dict[str, str]]:
    """The words of an ``event_time.tsv`` file: the bound words ("before", "until") and the
    prepositions that hang an event on a dated clause with their relation ("amid": during)."""
    where = "resources/time/event_time.tsv"
    if text is None:
        text = read_text("time", "event_time.tsv")
    bounds: set[str] = set()
    near: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")] + [""]
        kind, word, relation = cells[0], cells[1].casefold(), cells[2] if len(cells) > 2 else ""
        if kind == "bound" and word:
            bounds.add(word)
        elif kind == "near" and word and relation in _RELATIONS:
            near[word] = relation
        elif kind not in _WORD_KINDS or not word:
            raise ConfigError(
                f"{where}, line {n}: {line!r}; expected bound<TAB>WORD, "
                f"{'<TAB>WORD, '.join(_WORD_KINDS)}<TAB>WORD or near<TAB>WORD<TAB>RELATION "
                f"with RELATION one of {', '.join(_RELATIONS)}"
            )
    return frozenset(bounds), near


def _read_kind(kind: str, text: str | None = None) -> frozenset[str]:
    """The words of one one-word kind ("occasion", "setting") of an ``event_time.tsv`` file."""
    if text is None:
        text = read_text("time", "event_time.tsv")
    read_links(text)  # the same checks of every line
    return frozenset(
        cells[1].strip().casefold()
        for cells in (line.split("\t") for line in text.splitlines())
        if len(cells) > 1 and cells[0].strip() == kind
    )


def read_occasions(text: str | None = None) -> frozenset[str]:
    """The ``occasion`` words of an ``event_time.tsv`` file: the markers of a clause that is
    the occasion of its main act ("when", "as"), so on the same day."""
    return _read_kind("occasion", text)


def read_settings(text: str | None = None) -> frozenset[str]:
    """The ``setting`` words of an ``event_time.tsv`` file: the prepositions whose object is
    the occasion an act is done at ("*in* Saturday's debate", "*at* Tuesday's meeting"), so
    a day that names the occasion dates the act."""
    return _read_kind("setting", text)


@lru_cache(maxsize=1)
def _settings() -> frozenset[str]:
    return read_settings()


def read_attempts(text: str | None = None) -> frozenset[str]:
    """The ``attempt`` verbs of an ``event_time.tsv`` file: verbs of trying and beginning
    whose act is done when their complement is ("sought *to win over* farmers on Tuesday",
    "began *reviewing* the case Monday")."""
    return _read_kind("attempt", text)


@lru_cache(maxsize=1)
def _attempts() -> frozenset[str]:
    return read_attempts()


def read_means(text: str | None = None) -> frozenset[str]:
    """The ``means`` words of an ``event_time.tsv`` file: prepositions that before a gerund
    make a clause of the act's means, at the act's own time ("surprised them *by declaring*
    …"), whatever they are before a noun ("by Friday": a bound)."""
    return _read_kind("means", text)


@lru_cache(maxsize=1)
def _means() -> frozenset[str]:
    return read_means()


def read_intents(text: str | None = None) -> frozenset[str]:
    """The ``intent`` verbs of an ``event_time.tsv`` file: verbs of planning and wanting
    whose infinitive is an act still to come ("planned *to visit*", "hopes *to sign*")."""
    return _read_kind("intent", text)


@lru_cache(maxsize=1)
def _intents() -> frozenset[str]:
    return read_intents()


def read_upper_bounds(text: str | None = None) -> frozenset[str]:
    """The ``upper`` words of an ``event_time.tsv`` file: bound words whose time the act
    comes before or runs up to ("shelled the town *before* Sunday", "*until* Friday")."""
    return _read_kind("upper", text)


@lru_cache(maxsize=1)
def _upper() -> frozenset[str]:
    return read_upper_bounds()


@lru_cache(maxsize=1)
def _modals() -> frozenset[str]:
    """Modal auxiliaries that put a main clause's act ahead or in a condition ("will",
    "would"), so not on the day the story is told."""
    return _read_kind("modal")


@lru_cache(maxsize=1)
def _backs() -> frozenset[str]:
    """Words after a length of time that count it back from the article ("a week *ago*")."""
    return _read_kind("back")


@lru_cache(maxsize=1)
def _dayparts() -> frozenset[str]:
    """Nouns of a part of a day ("dawn", "noon") that an end-point word bounds within the
    day a time names ("before dawn on Monday" is on Monday)."""
    return _read_kind("daypart")


@lru_cache(maxsize=1)
def _soon() -> frozenset[str]:
    """Adverbs before "after" that keep a known event's month ("shortly after")."""
    return _read_kind("soon")


@lru_cache(maxsize=1)
def _occasions() -> frozenset[str]:
    return read_occasions()


@lru_cache(maxsize=1)
def _links() -> tuple[frozenset[str], dict[str, str]]:
    return read_links()


def _bounds() -> frozenset[str]:
    """Prepositions and clause markers that make a time a bound of the event, not its date."""
    return _links()[0]


def _near_preps() -> dict[str, str]:
    """Prepositions that put an event next to a dated clause ("amid", "following")."""
    return _links()[1]


def _clause_head(tok: Any) -> Any:
    """The nearest verb at or above ``tok`` (the head of its clause), or the sentence root."""
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return tok
        if tok.head == tok:
            return tok
        tok = tok.head
    return tok


@register("event_time")
class EventTimeAnnotator(Annotator):
    """Sets each event's ``date`` and ``date_origin``; adds the historical and future modes."""

    assigns = ("event_dates",)
    requires = ("events", "times", "quotes", "article_date", "time_signals", "quote_tokens")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        # the known events of the times annotator's lexicon (the user's files included)
        self.anchors = load_lexicon(time_lexicon_files(settings)).anchors

    def __call__(self, ctx: Context) -> None:
        date_events(
            ctx.analysis.events,
            ctx.analysis.times,
            ctx.doc,
            # without metadata, the times annotator may have read the date off the dateline
            ctx.article.date or ctx.article_date,
            ctx.time_signals,
            self.anchors,
        )
        said_on_its_day(
            ctx.analysis.events,
            ctx.doc,
            ctx.quote_tokens,
            ctx.analysis.quotes,
            ctx.analysis.times,
            ctx.article.date or ctx.article_date,
        )


def date_events(
    events: list[Event],
    times: list[TimeValue],
    doc: Any,
    article_date: str | None,
    signals: dict[int, tuple[str, int]] | None = None,
    anchors: list[AnchorEvent] | None = None,
) -> None:
    """Date ``events`` in place from the ``times`` of the same article (see module docstring);
    ``anchors``: the widely known events (``resources/time/anchors.tsv``) a noun may name."""
    times = _whole_weeks_back(times, article_date)
    dating = _Dating(events, times, doc, article_date)
    known = known_by(anchors if anchors is not None else load_lexicon().anchors, article_date)
    dating.by_attached_time(known)
    dating.by_known_event(known)
    dating.by_near_clause()
    pending: list[tuple[Event, str, int, Any]] = []
    _anchored(
        events,
        times,
        dating.roots,
        dating.triggers,
        signals or {},
        dating.origin,
        article_date,
        dating.rule,
        pending,
    )
    story = _story_days(times, dating.roots, doc, article_date)
    dating.by_hours_apart(story)
    dating.by_background_or_governing()
    dating.by_pending_offsets(pending, story)
    dating.by_occasion()
    dating.by_narrative_time(_narrative_times(times, dating.roots, doc, article_date))
    dating.by_story_day(story)
    dating.finish()


def known_by(anchors: list[AnchorEvent], article_date: str | None) -> list[AnchorEvent]:
    """The widely known events an article of ``article_date`` can name: those that began on
    or before it (a 2016 article's "her attacks on the policy" is not an attack of 2023)."""
    ref = to_date(article_date) if article_date else None
    if ref is None:
        return anchors
    return [a for a in anchors if (span := period(a.date)) is None or span[0] <= ref]


def _whole_weeks_back(times: list[TimeValue], article_date: str | None) -> list[TimeValue]:
    """``times`` with a whole number of weeks counted back from the article ("a week ago",
    "two weeks ago": the ``back`` words of ``resources/time/event_time.tsv``) given as the day
    it names, seven days a week before the article, not the calendar week TimeML writes
    (``2016-W18``), which an event's date would widen to its month or year. The times'
    own records are left as they are."""
    ref = to_date(article_date) if article_date else None
    if ref is None:
        return times
    out = []
    for t in times:
        words = t.text.casefold().split()
        if (
            t.type == "DATE"
            and granularity(t.value or "") == "W"
            and len(words) >= 3
            and words[-1] in _backs()
            and load_lexicon().unit(words[-2]) == "W"
        ):
            n = load_lexicon().number(words[-3])
            if n is not None and n == int(n) and n > 0:
                t = dataclasses.replace(t, value=(ref - dt.timedelta(weeks=int(n))).isoformat())
        out.append(t)
    return out


class _Dating:
    """The dates found so far for one article's events, one rule of the module docstring per
    method, applied in order; an event dated by one rule is left alone by the later ones."""

    def __init__(
        self, events: list[Event], times: list[TimeValue], doc: Any, article_date: str | None
    ) -> None:
        self.events, self.times, self.article_date = events, times, article_date
        self.roots = [token_at(doc, t.start, t.end) for t in times]
        self.triggers = {ev.id: token_at(doc, ev.trigger.start, ev.trigger.end) for ev in events}
        self.near = _Near(doc, times, self.roots)
        #: per token index, whether its sentence is the headline or the lead
        self.lead = _lead_tokens(doc)
        #: per token index, whether it is on the headline line (none in a text of one
        #: line, nor where the first line is the lead paragraph)
        self.headline = _headline_tokens(doc)
        #: how each event was dated (text, anchor, article, none); "" or absent: not yet
        self.origin: dict[str, str] = {}
        #: which rule and expression dated it, for ``Event.date_rule``
        self.rule: dict[str, str] = {}
        #: the end value of a range that dates an event ("between 2007 and 2011")
        self.ends: dict[str, str | None] = {}
        #: the days of an ordinal week of a month that dates an event ("the first week of May")
        self.weeks: dict[str, tuple[dt.date, dt.date]] = {}

    def _set(self, ev: Event, date: str | None, origin: str, rule: str) -> None:
        ev.date, self.origin[ev.id], self.rule[ev.id] = date, origin, rule

    def _undated(self) -> list[Event]:
        return [ev for ev in self.events if not self.origin.get(ev.id)]

    def by_attached_time(self, anchors: list[AnchorEvent]) -> None:
        """Rule 1 (and the anniversary anchor): a time attached to the trigger in the parse;
        not the time of the clause around a noun that names a widely known event ("blamed
        them on Friday for *the Benghazi attack*"), which rule 1a dates."""
        for ev in self.events:
            trig = self.triggers[ev.id]
            found = _attached_time(ev, trig, *self.near.around(ev, trig))
            if found is None:
                continue
            t, how = found
            if how != "anchor" and not _inside(trig, t, self.times, self.roots):
                if _definite(trig) and _known_event(trig, anchors) is not None:
                    continue
            if how == "anchor":
                date = calendar_part(t.anchor, self.article_date)
                self._set(ev, date, "anchor", f"anniversary: {t.text!r}")
            elif t.value == "FUTURE_REF":
                # "soon", "in the future": after the article, on no day we can name
                self._set(ev, None, "none", f"future: {t.text!r}")
                if "future" not in ev.aux:
                    ev.aux.append("future")
            else:
                date = calendar_part(t.value, self.article_date)
                rule = f"clause: {t.text!r}"
                earlier = _past_act_date(date, t.text, trig, self.article_date)
                if earlier:
                    date, rule = earlier, f"{rule}, told in the past: the one before the article"
                self._set(ev, date, "text" if date else "", rule)
                self.ends[ev.id] = t.end_value
                week = month_week(t.text, t.value)
                if week is not None:
                    self.weeks[ev.id] = week

    def by_known_event(self, anchors: list[AnchorEvent]) -> None:
        """Rule 1a: a definite event noun that names a widely known event ("the 9/11 attacks",
        "the invasion of Iraq") happened on that event's date."""
        for ev in self._undated():
            trig = self.triggers[ev.id]
            found = _known_event(trig, anchors)
            if found is not None:
                self._set(ev, found[0], "anchor", f"known event: {found[1]!r}")
                continue
            after = _after_known_event(trig, anchors)
            if after is not None:
                self._set(ev, after[0], "anchor", f"after a known event: {after[1]!r}")

    def by_near_clause(self) -> None:
        """Rule 2: an event noun hung on a dated clause by "following", "amid", "before" …"""
        for ev in self._undated():
            trig = self.triggers[ev.id]
            found = _inherited(ev, trig, self.times, self.roots, self.article_date, self.near)
            found = found or _adjunct_time(ev, trig, self.times, self.roots, self.article_date)
            if found:
                self._set(ev, found[0], "anchor", found[1])

    def by_hours_apart(self, story: Callable[[Any], tuple[int, str, str] | None]) -> None:
        """ "had asked for the files a few hours earlier": on the day the story is at."""
        for ev in self._undated():
            trig = self.triggers[ev.id]
            hours = _hours_apart(trig, self.times, self.roots)
            if hours is None:
                continue
            named = story(trig)
            if named is not None:
                where = f"story day: {named[2]!r} (sentence {named[0] + 1}), {hours!r}"
                self._set(ev, named[1], "anchor", where)
            elif self.article_date:
                self._set(ev, self.article_date, "article", f"article date, {hours!r}")

    def by_background_or_governing(self) -> None:
        """Rules 3 and 4: a background act is left undated (a present perfect takes the
        article's day); a verb event in a dated clause takes that clause's date."""
        article_date = self.article_date
        for ev in self._undated():
            trig = self.triggers[ev.id]
            cue = background_cue(trig, self.times, self.roots)
            if cue and cue.startswith("present perfect") and article_date:
                # "has signed the accord": the recent past of the news, told as the news of
                # the day, takes the article's day; "have been pressing", done over a span
                # up to now, no finer than its month
                if _perfect_progressive(trig):
                    date, which = article_date[:7], "month"
                else:
                    date, which = article_date, "day"
                self._set(ev, date, "article", f"background: {cue} (the article's {which})")
                continue
            within = (
                _enclosing_past(ev, trig, self.times, self.roots, article_date) if cue else None
            )
            if cue and within:
                self._set(ev, within[0], "anchor", f"background: {cue}, {within[1]}")
                continue
            if cue:
                self._set(ev, None, "none", f"background: {cue}")
                continue
            governing = _governing(ev, trig, self.times, self.roots, article_date) or _complement(
                ev, trig, self.times, self.roots, article_date
            )
            if governing:
                self._set(ev, governing[0], "anchor", governing[1])

    def by_pending_offsets(
        self,
        pending: list[tuple[Event, str, int, Any]],
        story: Callable[[Any], tuple[int, str, str] | None],
    ) -> None:
        """ "came three days after the council condemned …": offset from the story day."""
        for ev, amount, sign, head in pending:
            day = story(head) if not self.origin.get(ev.id) else None
            shifted = shift_value(day[1], amount, -sign) if day else None
            if day and shifted:
                rule = f"offset: {head.text!r} on the story day {day[2]!r}, {amount} apart"
                self._set(ev, shifted, "anchor", rule)

    def by_occasion(self) -> None:
        """Rule 3a: an act without a time of its own on the day of its "when" clause or of a
        participle after it that shares its subject."""
        for ev in self._undated():
            trig = self.triggers[ev.id]
            found = _occasion_time(ev, trig, self.times, self.roots, self.article_date)
            found = found or _participle_time(ev, trig, self.times, self.roots, self.article_date)
            if found:
                self._set(ev, found[0], "anchor", found[1])

    def by_narrative_time(self, narrative: Callable[[Any], tuple[int, str, str] | None]) -> None:
        """Rule 5a: a plain past act after a sentence set in the past continues its time."""
        for ev in self._undated():
            trig = self.triggers[ev.id]
            named = narrative(trig) if trig is not None and _simple_past(trig) else None
            if named is not None:
                rule = f"narrative time: {named[2]!r} (sentence {named[0] + 1})"
                self._set(ev, named[1], "anchor", rule)

    def by_story_day(self, story: Callable[[Any], tuple[int, str, str] | None]) -> None:
        """Rule 5: the day the story is about, named by an earlier main clause; an act the
        story's day cannot be (one intended, a habit) is left undated."""
        for ev in self._undated():
            trig = self.triggers[ev.id]
            bounded = _upper_bound(trig, self.times, self.roots, self.article_date)
            if bounded is not None:
                # "shelled the town before Sunday": on some day before it, not the story's
                self._set(ev, None, "none", f"bounded: {bounded!r}, a day the text leaves open")
                continue
            if trig is not None and self.lead[trig.i] and _present_progressive(_clause_head(trig)):
                # "X is pressing Y" in the headline or lead is the news of the article's day
                if self.article_date:
                    rule = f"the news of the day: {trig.text!r} in the present progressive"
                    self._set(ev, self.article_date, "article", rule)
                continue
            kind, off = _off_the_day(trig) or ("", _modal_act(ev, trig))
            if kind == "relative present" and self.headline[trig.i]:
                off = None  # a headline tells the news in the present: "Law that bans …"
            if kind == "relative present" and off and self.article_date and told_state(trig):
                # "others who are angry with the minister": a state that holds when told
                rule = f"a state told in the present: {off} (the article's day)"
                self._set(ev, self.article_date, "article", rule)
                continue
            if off is not None:
                self._set(ev, None, "none", f"not on the story's day: {off}")
                continue
            named = story(trig) if trig is not None else None
            earlier = _before_dated_clause(
                ev, trig, self.times, self.roots, self.article_date, named
            )
            if earlier is not None:
                # "called for a ban in December after gunmen killed …": not the story's day
                self._set(ev, None, "none", f"bounded: {earlier}, before the story's day")
                continue
            if named is not None:
                rule = f"story day: {named[2]!r} (sentence {named[0] + 1})"
                self._set(ev, named[1], "anchor", rule)

    def finish(self) -> None:
        """Rules 6 and 7, then the modes, the precision and the range of every event."""
        article_date = self.article_date
        for ev in self.events:
            if self.origin.get(ev.id):
                ev.date_origin = self.origin[ev.id]
            elif article_date:
                ev.date, ev.date_origin = article_date, "article"
                self.rule[ev.id] = FALLBACK_RULES[0]
            else:
                ev.date, ev.date_origin = None, "none"
                self.rule[ev.id] = FALLBACK_RULES[1]
            ev.date_rule = self.rule.get(ev.id)
            end = self.ends.get(ev.id) if ev.date_origin == "text" else None
            if ev.date and end:
                ev.date = range_start(ev.date, end)
            if ev.date_origin in ("text", "anchor"):
                for mode in aux_modes(ev.date, article_date):
                    if mode not in ev.aux:
                        ev.aux.append(mode)
            dated = calendar_date(ev.date, end)
            if not end:
                dated = week_side(dated, article_date, "future" in ev.aux)
            ev.date, ev.date_precision, ev.date_start, ev.date_end = dated
            week = self.weeks.get(ev.id) if ev.date_origin == "text" and not end else None
            if week is not None:
                ev.date_start, ev.date_end = week[0].isoformat(), week[1].isoformat()


#: why an act is not on the story's day (rule 5), as :func:`_off_the_day` finds it
OffDay = Literal["relative present", "ongoing", "intended", "under ongoing"]


def not_on_the_day(trig: Any) -> str | None:
    """Why an act with no time of its own is not on the day the story is told (rule 5), or
    None: the infinitive of an intention ("planned *to visit*", "hope *to sign*", and a
    purpose infinitive after it), a relative clause in the present (a habit or a state:
    "fighters who *carry out* attacks", "a ruling that *prevents* it"), an act in the
    present progressive (an ongoing campaign or state, "the group *is lobbying* the
    council"), or the infinitive under one ("*is pushing* to block": the act is still to
    come). A clause with "would" is not one: a future seen
    from the day told ("confirmed he would be meeting them") is often that very day."""
    found = _off_the_day(trig)
    return found[1] if found else None


def _off_the_day(trig: Any) -> tuple[OffDay, str] | None:
    """The kind and the explanation of :func:`not_on_the_day`'s answer, or None."""
    if trig is None:
        return None
    verb = _clause_head(trig)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") and not auxes:
        return "relative present", f"a relative clause in the present {verb.text!r}"
    if _present_progressive(verb):
        return "ongoing", f"an ongoing act in the present progressive {verb.text!r}"
    node = verb
    for _ in range(3):
        infinitive = node.tag_ == "VB" and any(a.lower_ == "to" for a in node.children)
        if not infinitive or node.dep_ not in ("xcomp", "advcl", "conj"):
            return None
        node = node.head
        if _verb_forms(node) & _intents():
            return "intended", f"intended: {node.text + ' to ' + verb.text!r}"
        if _present_progressive(node):
            return "under ongoing", f"under an ongoing act: {node.text + ' to ' + verb.text!r}"
    return None


def _modal_act(ev: Event, trig: Any) -> str | None:
    """Why an act is not on the story's day because its main clause puts it ahead or in a
    condition ("the envoys *will meet* the rebels", "such a ruling *would allow* them *to
    deport* him"; the ``modal`` words of ``resources/time/event_time.tsv``), or None: not a
    speech act (the threat or refusal "will not accept" is made when said), nor a modal
    under a verb of saying ("said he would block it": a future seen from the day told)."""
    node = act_verb(trig)
    if node is None or ev.event in SPEECH_ACTS:
        return None  # an event noun in a modal clause ("will be on the agenda in the visit")
    for _ in range(3):
        modal = [c for c in node.children if c.tag_ == "MD" and c.lower_ in _modals()]
        if modal:
            if not _main_clause(node):
                return None
            return f"ahead or conditional: {modal[0].text + ' ' + node.text!r}"
        infinitive = node.tag_ == "VB" and any(c.lower_ == "to" for c in node.children)
        if node.head == node or not (node.dep_ == "xcomp" or (node.dep_ == "ccomp" and infinitive)):
            return None
        node = node.head
    return None


def _upper_bound(
    trig: Any, times: list[TimeValue], roots: list[Any], article_date: str | None
) -> str | None:
    """The bound ("before Sunday", "until Friday") of an act's own clause that ends no
    later than the article date, so that neither the article's day nor the story's can be
    the act's; None where there is none or the clause has a modal (a deadline)."""
    ref = to_date(article_date) if article_date else None
    if trig is None or ref is None:
        return None
    verb = _clause_head(trig)
    if any(c.tag_ == "MD" for c in verb.children):
        return None  # "must finish the talks before Friday": a deadline still to come
    for t, root in zip(times, roots, strict=True):
        if root is None or t.type not in ("DATE", "TIME") or _clause_head(root) != verb:
            continue
        word = _bound(root)
        if word is None or word not in _upper():
            continue
        when = to_date(calendar_part(t.value, article_date) or "")
        if when is not None and when <= ref:
            return f"{word} {t.text}"
    return None


def _before_dated_clause(
    ev: Event,
    trig: Any,
    times: list[TimeValue],
    roots: list[Any],
    article_date: str | None,
    named: tuple[int, str, str] | None,
) -> str | None:
    """Why the story's day cannot be the day of an act told in an "after" clause ("called
    for a ban in December *after* gunmen killed fourteen people"), or None: the act came no
    later than the date of the clause it hangs on, and that date ends before the story's
    day. The clause markers are the ``after`` relation of ``near`` in
    ``resources/time/event_time.tsv``."""
    if trig is None or named is None:
        return None
    verb = _clause_head(trig)
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and _near_preps().get(c.lower_) == "after" for c in verb.children
    ):
        return None
    head = _clause_head(verb.head)
    found = _attached_time(_at_token(ev, head), head, times, roots)
    if found is None or found[1] != "text":
        return None
    span = period(calendar_part(found[0].value, article_date))
    day = to_date(named[1])
    if span is None or day is None or span[1] >= day:
        return None
    return f"after-clause of {head.text!r} {found[0].text!r}"


def _present_progressive(verb: Any) -> bool:
    """True when a verb is in the present progressive ("is lobbying", "are pressing"), not
    a perfect ("has been lobbying") nor a passive ("is being held")."""
    if verb.tag_ != "VBG":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        len(auxes) == 1
        and auxes[0].dep_ == "aux"
        and auxes[0].tag_ in ("VBZ", "VBP")
        and auxes[0].lemma_.casefold() == "be"
    )


def _verb_forms(tok: Any) -> set[str]:
    """The lemma and the bare forms a verb's inflection may hide ("hopes", "planned",
    "hoping"), for word lists the tagger's lemma sometimes misses ("hopes" -> "hop")."""
    word = tok.lower_
    forms = {tok.lemma_.casefold(), word}
    for suffix in ("s", "es", "d", "ed", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms |= {stem, stem + "e"}
            if len(stem) > 3 and stem[-1] == stem[-2]:
                forms.add(stem[:-1])  # "planned" -> "plan"
    return forms


def _past_act_date(date: str | None, text: str, trig: Any, article_date: str | None) -> str | None:
    """A month, day or weekday written without its year that lands after the article, for
    an act told in the past ("protested *in February*" in a January article; "was signed on
    March 20" on March 8): the one a year before, which the tense says it was (a weekday:
    the one a week before, "sought to win over farmers on Tuesday" said on a Wednesday);
    None otherwise."""
    if not date or not article_date or trig is None or _YEAR_WRITTEN.search(text):
        return None
    start, ref = to_date(date), to_date(article_date)
    if start is None or ref is None or start <= ref or granularity(date) not in ("D", "M"):
        return None
    weekday = start.strftime("%A").casefold() in text.casefold()
    if weekday and (start - ref).days > 7:
        return None
    verb = _clause_head(trig)
    if verb.dep_ == "xcomp" and verb.head.lemma_.casefold() in _attempts():
        verb = verb.head  # "tried to attack the base on Friday": the attempt's tense
    bare_participle = verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )  # "…, when nurses protested": a past the tagger read as a participle
    if verb.pos_ not in ("VERB", "AUX") or not (_past(verb) or bare_participle):
        return None
    if weekday and granularity(date) == "D":
        return (start - dt.timedelta(days=7)).isoformat()
    return year_before(date)


def _bound(root: Any) -> str | None:
    """The word that makes a time a bound ("before Friday", "until 2020"), if one does."""
    if root is None:
        return None
    for tok in (root.head, root.head.head) if root.dep_ == "pobj" else (root,):
        if tok.lower_ in _bounds() and tok.dep_ in ("prep", "mark", "advmod"):
            return str(tok.lower_)
    # "before" may be tagged inside the time's own phrase
    left = root.doc[root.left_edge.i - 1] if root.left_edge.i > 0 else None
    if left is not None and left.lower_ in _bounds() and left.dep_ in ("prep", "mark"):
        return str(left.lower_)
    return _nested_upper(root)


def _nested_upper(root: Any) -> str | None:
    """The end-point word (the ``upper`` words of ``resources/time/event_time.tsv``) of a
    phrase a time is nested in, through the noun it dates: "vetoed the bill *before* the
    vote on Friday" (Friday dates the vote, which the veto came before), "until the
    summit in May"; also where the parser hangs the time's phrase on the verb right after
    such a phrase ("arrested them before the rally on Sunday": the nearer noun is the one
    it dates); None where the time's noun phrase hangs on no such word."""
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.i > 0:
        prep = root.head
        before = root.doc[prep.i - 1]
        for sib in prep.head.children:
            if sib.dep_ == "prep" and sib.lower_ in _upper() and sib.right_edge == before:
                objects = [c for c in sib.children if c.dep_ == "pobj"]
                if objects and objects[0].lemma_.casefold() not in _dayparts():
                    return str(sib.lower_)
    cur = root
    for _ in range(4):
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            return None
        prep = cur.head
        if cur is not root and prep.lower_ in _upper():
            return None if cur.lemma_.casefold() in _dayparts() else str(prep.lower_)
        if prep.head.pos_ not in ("NOUN", "PROPN"):
            return None
        cur = prep.head
    return None


def perfect_aux(verb: Any, aspect: Container[str]) -> Any | None:
    """The perfect auxiliary of ``verb`` ("has" in "has met", "had" in "had been signed",
    "have" in the perfect progressive "have been pressing")."""
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ == "been" for c in verb.children
    )
    if verb.tag_ != "VBN" and not progressive:
        return None
    for child in verb.children:
        if child.dep_ == "aux" and child.lemma_.casefold() in aspect:
            return child
    return None


def _perfect_progressive(trig: Any) -> bool:
    """Whether the act's clause, or the attempt it is the complement of, is in the perfect
    progressive ("have been pressing", "have been struggling *to reach*"): an activity over
    a span up to now, not an act of one day."""
    verb = _clause_head(trig)
    chain = (verb, verb.head) if verb.dep_ == "xcomp" else (verb,)
    aspect = _background()["aspect"]
    return any(v.tag_ == "VBG" and perfect_aux(v, aspect) is not None for v in chain)


def background_cue(trig: Any, times: list[TimeValue], roots: list[Any]) -> str | None:
    """Why an event reads as background (perfect, "for decades", "as minister"), or None."""
    if trig is None:
        return None
    cues = _background()
    verb = _clause_head(trig)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        word = child.lower_
        if child.dep_ == "advmod" and word in cues["adverb"]:
            return f"adverb {child.text!r}"
        if child.dep_ == "prep" and word == "as" and not _object_complement(verb, child):
            office = [g for g in child.children if g.dep_ == "pobj"]
            if office and office[0].lemma_.casefold() in cues["office"]:
                return f"office {child.text + ' ' + office[0].text!r}"
        if child.dep_ == "advcl" and any(m.lower_ == "when" for m in child.children):
            attrs = [g for g in child.children if g.dep_ == "attr"]
            if attrs and attrs[0].lemma_.casefold() in cues["office"]:
                return f"office {'when … ' + attrs[0].text!r}"
    for tok in verb.subtree:
        if tok.lower_ in cues["modifier"] and tok.head.lemma_.casefold() in cues["office"]:
            return f"past office {tok.text + ' ' + tok.head.text!r}"
        if tok.lower_ == "-" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in cues["modifier"]:
            return f"past office {tok.doc[tok.i - 1].text + '-'!r}"
    for t, root in zip(times, roots, strict=True):
        if t.type != "DURATION" or root is None or _clause_head(root) != verb:
            continue
        prep = root.head if root.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in cues["duration"] and prep.head == verb:
            return f"span {prep.text + ' ' + t.text!r}"
    aux = perfect_aux(verb, cues["aspect"])
    if aux is not None:
        tense = "present perfect" if aux.tag_ in ("VBZ", "VBP") else "perfect"
        been = " been" if verb.tag_ == "VBG" else ""
        return f"{tense} {aux.text + been + ' ' + verb.text!r}"
    return _attempt_cue(verb, times, roots)


def _attempt_cue(verb: Any, times: list[TimeValue], roots: list[Any]) -> str | None:
    """The background cue of the attempt an act is the complement of ("have attempted *to
    discredit* the auditor", "have been struggling *to reach* the crew", "has long sought *to
    block* it"):
    an attempt is done when what it attempts is (the ``attempt`` verbs of
    ``resources/time/event_time.tsv``), so the act is as old as the attempt; None otherwise."""
    head = verb.head
    if verb.dep_ != "xcomp" or head == verb or head.lemma_.casefold() not in _attempts():
        return None
    cue = background_cue(head, times, roots)
    return f"{cue}, attempting {verb.text!r}" if cue else None


def _object_complement(verb: Any, prep: Any) -> bool:
    """True when an "as" phrase describes the verb's person object, not its actor:
    "defended Smith *as a candidate*", "praised her *as a leader*" (no past office of the
    actor's). A proper name the tagger reads as no person ("defended Trump", tagged an
    organisation) counts unless it is a place: "led Britain *as prime minister*" is the
    actor's office."""
    return any(
        c.dep_ == "dobj"
        and c.i < prep.i
        and (
            c.ent_type_ == "PERSON"
            or c.lower_ in ("him", "her", "them", "me", "us")
            or (c.pos_ == "PROPN" and c.ent_type_ not in _PLACE_ENTITIES)
        )
        for c in verb.children
    )


def _governing(
    ev: Event, trig: Any, times: list[TimeValue], roots: list[Any], article_date: str | None
) -> tuple[str, str] | None:
    """The date of the dated clause a verb event sits in ("made … on Friday and pledged")."""
    if trig is None:
        return None
    node = trig
    if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "dobj":
        # "held a summit": the light verb's clause is the event's
        if trig.head.lemma_.casefold() not in _light_verbs():
            return None
        node = trig.head
    elif trig.pos_ not in ("VERB", "AUX"):
        return None
    for _ in range(3):
        if node.dep_ not in _GOVERNED or node.head == node:
            return None
        if any(c.lower_ in _bounds() for c in node.children if c.dep_ in ("mark", "prep")):
            return None  # "before visiting", "after she was freed": another time
        if node.dep_ == "pcomp" and node.head.lower_ in _bounds():
            if not (node.tag_ == "VBG" and node.head.lower_ in _means()):
                return None  # "by declaring …" is the act's means, not a bound
        head = _clause_head(node.head)
        if head == node:
            return None
        dated = _clause_date(ev, head, times, roots, article_date)
        if dated is None and head.lemma_.casefold() in _attempts() and _simple_past(head):
            # "began reviewing the case on Monday, as protesters demanded …": the
            # attempt is dated by what it attempts
            comps = [c for c in head.children if c.dep_ == "xcomp" and c != node]
            dated = _clause_date(ev, comps[0], times, roots, article_date) if comps else None
        if dated is not None:
            return dated[0], f"governing clause: {head.text!r} {dated[1]!r}"
        node = head
    return None


def _adjunct_time(
    ev: Event, trig: Any, times: list[TimeValue], roots: list[Any], article_date: str | None
) -> tuple[str, str] | None:
    """The date of a participle before the act that shares its subject ("*Speaking on
    Tuesday*, she accused him"): what the actor was doing as it acted, so when it acted.

    Not a participle with a subject or a marker of its own ("after leaving on Monday"). The
    parser may hang such a participle set off by commas on the subject ("the senator,
    *speaking Thursday*, accused him"): it counts the same."""
    verb = act_verb(trig)
    for adj in (*participle_adjuncts(verb, _bounds()), *_subject_participles(verb)):
        dated = _clause_date(ev, adj, times, roots, article_date)
        if dated is not None:
            return dated[0], f"adjunct: {adj.text!r} {dated[1]!r}"
    return None


def _subject_participles(verb: Any) -> Iterator[Any]:
    """The present participles set off by commas on an act's subject, before the act ("the
    senator, *speaking Thursday*, accused him"): what the actor did as it acted; not a past
    participle ("the senator, *elected in 2010*, …": a fact about the actor, not the act)."""
    for subj in verb.children if verb is not None else ():
        if subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for part in subj.children:
            if part.dep_ != "acl" or part.tag_ != "VBG" or not subj.i < part.i < verb.i:
                continue
            if part.doc[part.i - 1].text == "," and not own_subject_or_bound(part, _bounds()):
                yield part


def _participle_time(
    ev: Event, trig: Any, times: list[TimeValue], roots: list[Any], article_date: str | None
) -> tuple[str, str] | None:
    """The date of a participle after the act that shares its subject ("were detained
    *attempting to cross the border on Monday*"): what the actor was doing as it was acted
    on or acted, so the same day; the participle's own to-infinitive counts with it.

    Not one with a subject or a marker of its own ("after leaving on Monday")."""
    if trig is None or trig.pos_ not in ("VERB", "AUX"):
        return None
    for part in trig.children:
        if part.dep_ not in ("xcomp", "advcl") or part.tag_ != "VBG" or part.i < trig.i:
            continue
        if own_subject_or_bound(part, _bounds()):
            continue  # "after leaving on Monday", "as she left": its own time
        for node in (part, *(c for c in part.children if c.dep_ == "xcomp")):
            dated = _clause_date(ev, node, times, roots, article_date)
            if dated is not None:
                return dated[0], f"participle: {part.text!r} {dated[1]!r}"
    return None


def _occasion_time(
    ev: Event, trig: Any, times: list[TimeValue], roots: list[Any], article_date: str | None
) -> tuple[str, str] | None:
    """The date of a clause that is the act's occasion ("was hurt *when* a man attacked the
    car on Tuesday"): a subordinate clause marked "when", "as", "while" is on the same day."""
    for sub, marker in occasion_clauses(act_verb(trig), _occasions()):
        dated = _clause_date(ev, sub, times, roots, article_date)
        if dated is not None:
            return dated[0], f"occasion: {marker.text!r} clause {dated[1]!r}"
    return None


def act_verb(trig: Any) -> Any:
    """The verb an act's clause hangs on: the trigger, or the light verb of an object noun
    ("held talks"); None where the trigger is neither."""
    if trig is None:
        return None
    verb = trig.head if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "dobj" else trig
    return verb if verb.pos_ in ("VERB", "AUX") else None


def participle_adjuncts(verb: Any, bounds: Container[str]) -> Iterator[Any]:
    """The participles before an act that share its subject ("*Speaking on Tuesday*, she
    accused him"): none with a subject, a marker or a bound of its own (``bounds``)."""
    for adj in verb.children if verb is not None else ():
        if adj.dep_ != "advcl" or adj.tag_ not in ("VBG", "VBN") or adj.i > verb.i:
            continue
        if not own_subject_or_bound(adj, bounds):
            yield adj


def occasion_clauses(verb: Any, occasions: Container[str]) -> Iterator[tuple[Any, Any]]:
    """The subordinate clauses of an act marked as its occasion ("*when* a man attacked the
    car"), each with its marker (a word of ``occasions``)."""
    for sub in verb.children if verb is not None else ():
        if sub.dep_ != "advcl":
            continue
        marks = [c for c in sub.children if c.dep_ in ("mark", "advmod") and c.i < sub.i]
        marker = next((c for c in marks if c.lower_ in occasions), None)
        if marker is not None:
            yield sub, marker


def own_subject_or_bound(clause: Any, bounds: Container[str]) -> bool:
    """Whether a participle clause has a subject or a marker of its own ("while she spoke"),
    or is bounded by a preposition of ``bounds`` ("after leaving"): then its time and place
    are not the act's."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children):
        return True
    return any(c.lower_ in bounds for c in clause.children if c.dep_ == "prep")


def _clause_date(
    ev: Event,
    node: Any,
    times: list[TimeValue],
    roots: list[Any],
    article_date: str | None,
    dater: Callable[[str | None, str | None], str | None] = calendar_part,
) -> tuple[str, str] | None:
    """The date (by ``dater``) of the time written in the clause of ``node``, and that
    time's text; None where the clause has no written time or it has no such date."""
    found = _attached_time(_at_token(ev, node), node, times, roots)
    if found is None or found[1] != "text":
        return None
    date = dater(found[0].value, article_date)
    return (date, found[0].text) if date else None


def _definite(trig: Any) -> bool:
    """Whether a noun has a definite determiner or a possessor ("the attack", "its raid"),
    not "an attack like 9/11", which names no event the reader knows."""
    return trig is not None and any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        or c.dep_ == "poss"
        for c in trig.children
    )


def _inside(trig: Any, t: TimeValue, times: list[TimeValue], roots: list[Any]) -> bool:
    """Whether the time ``t`` lies inside the phrase of the trigger ``trig``."""
    for other, root in zip(times, roots, strict=True):
        if other is t:
            return root is not None and trig.left_edge.i <= root.i <= trig.right_edge.i
    return False


def _known_event(trig: Any, anchors: list[AnchorEvent]) -> tuple[str, str] | None:
    """The date of the widely known event a definite noun phrase names, and the phrase; a
    gerund with a determiner ("the Sandy Hook *shooting*") is such a noun."""
    if trig is None or (trig.pos_ not in ("NOUN", "PROPN") and trig.tag_ != "VBG"):
        return None
    if not any(c.dep_ in ("det", "poss") for c in trig.children):
        return None  # "an attack", "attacks": not one event the reader knows
    lo, hi = trig.left_edge.i, trig.right_edge.i + 1
    # the noun's own phrase, not the nouns coordinated with it ("the riots in the port and
    # the Sandy Hook shooting": the riots are not the shooting)
    joined = [c.left_edge.i for c in trig.children if c.dep_ in ("cc", "conj") and c.i > trig.i]
    hi = min([hi, *joined])
    phrase = trig.doc[lo:hi].text.strip(" ,")
    low = phrase.lower()
    lemma = trig.lemma_.lower()
    for known in anchors[::-1]:  # later entries (the user's files) win over the packaged ones
        if lemma not in known.nouns and trig.lower_ not in known.nouns:
            continue
        if any(re.search(rf"\b{re.escape(k)}s?\b", low) for k in known.keywords):
            return known.date, phrase
    return None


def _after_known_event(trig: Any, anchors: list[AnchorEvent]) -> tuple[str, str] | None:
    """The month of a widely known event that a verb's own "after" or "following" phrase
    names ("the checks border guards *tightened soon after the 9/11 attacks*"): the act
    follows it, so it is dated by that event's year, or its month when the phrase says the
    act came soon after (the ``soon`` adverbs: "shortly"); the prepositions are the
    ``after`` relation of ``near`` in ``resources/time/event_time.tsv``; None otherwise."""
    if trig is None or trig.pos_ not in ("VERB", "AUX"):
        return None
    verb = _clause_head(trig)
    for prep in verb.children:
        if prep.dep_ != "prep" or _near_preps().get(prep.lower_) != "after":
            continue
        for noun in prep.children:
            found = _known_event(noun, anchors) if noun.dep_ == "pobj" else None
            if found is not None:
                soon = any(c.lower_ in _soon() for c in prep.children)
                return found[0][: 7 if soon else 4], found[1]
    return None


def _enclosing_past(
    ev: Event, trig: Any, times: list[TimeValue], roots: list[Any], article_date: str | None
) -> tuple[str, str] | None:
    """The past date of the clause a background act is told inside: "attacked him for not
    enforcing an order in 2009 against protesters who had blocked a clinic" (the blocking
    was before the order, within its year as far as the text tells).

    The enclosing clause's date is kept no finer than its month; a clause in the present or
    the future, or one only bounded ("before 2009"), says nothing of the act's time.
    """
    if trig is None:
        return None
    for head in governing_clauses(trig, 3):
        found = _attached_time(_at_token(ev, head), head, times, roots)
        if found is not None and found[1] == "text":
            date = _historical_month(found[0].value, article_date)
            if date:
                return date, f"within a dated clause: {head.text!r} {found[0].text!r}"
            return None
    return None


def governing_clauses(trig: Any, limit: int) -> Iterator[Any]:
    """The heads of the clauses the trigger's own clause hangs under, nearest first, at
    most ``limit`` of them: each the clause head (``_clause_head``) of the word the clause
    below depends on, up to the sentence's root."""
    node = _clause_head(trig)
    for _ in range(limit):
        if node.head == node:
            return
        head = _clause_head(node.head)
        if head == node:
            return
        yield head
        node = head


def _historical_month(value: str | None, article_date: str | None) -> str | None:
    """The calendar date of a time value when it is historical (``aux_modes``), a day or
    week widened to its month; None when it is not historical."""
    date = calendar_part(value, article_date)
    if not date or "historical" not in aux_modes(date, article_date):
        return None
    if granularity(date) in ("D", "W"):
        start = to_date(date)
        return f"{start.year:04d}-{start.month:02d}" if start else None
    return date


def _hours_apart(trig: Any, times: list[TimeValue], roots: list[Any]) -> str | None:
    """The "a few hours earlier" of the event's clause: hours from the story's moment."""
    if trig is None:
        return None
    head = _clause_head(trig)
    for t, root in zip(times, roots, strict=True):
        if t.type != "DURATION" or root is None or not (t.value or "").startswith("PT"):
            continue
        if t.text.casefold().endswith(("earlier", "later")) and _clause_head(root) == head:
            return t.text
    return None


@lru_cache(maxsize=1)
def _light_verbs() -> frozenset[str]:
    """Verbs whose object noun names the event ("held talks"), shared with event_place."""
    from .event_place import read_rules

    return frozenset(read_rules()["light"])


def _complement(
    ev: Event, trig: Any, times: list[TimeValue], roots: list[Any], article_date: str | None
) -> tuple[str, str] | None:
    """A past date of the infinitive an act governs: "invited him to visit in January 2012".

    What an act is "to" bring about comes after it, so a complement done in the past puts
    the act no later than that; its month (or coarser) is the best estimate the text gives.
    """
    if trig is None or trig.pos_ not in ("VERB", "AUX") or not article_date:
        return None
    # "sought to win over farmers on Tuesday", "began reviewing it Monday": an attempt told in
    # the past is done when its complement is, on that day
    attempt = trig.lemma_.casefold() in _attempts() and _simple_past(trig)
    for comp in trig.children:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)
        if comp.dep_ != "xcomp" or not (infinitive or (attempt and comp.tag_ == "VBG")):
            continue
        same = _clause_date(ev, comp, times, roots, article_date) if attempt else None
        if same is not None:
            # a weekday the time tagger read as ahead (an infinitive's plan) is behind a
            # past attempt
            date = _past_act_date(same[0], same[1], trig, article_date) or same[0]
            if "future" not in aux_modes(date, article_date):
                return date, f"attempt: same time as {comp.text!r} {same[1]!r}"
        dated = _clause_date(ev, comp, times, roots, article_date, _historical_month)
        if dated is not None:
            return dated[0], f"complement: 'to {comp.text}' {dated[1]!r}"
    return None


def _story_days(
    times: list[TimeValue], roots: list[Any], doc: Any, article_date: str | None
) -> Callable[[Any], tuple[int, str, str] | None]:
    """The story day of any token (see the module docstring, rule 5): (sentence, day, the
    expression that names it), or None where the text names none."""
    try:
        ref = dt.date.fromisoformat(article_date or "")
    except ValueError:
        return lambda tok: None
    if doc is None or not len(doc):
        return lambda tok: None
    sid = sentence_ids(doc)
    # (sentence, day, the expression) for each day a main clause names near the article date
    days: list[tuple[int, str, str]] = []
    for t, root in zip(times, roots, strict=True):
        if root is None or t.type not in ("DATE", "TIME") or _bound(root):
            continue
        day = calendar_part(t.value, article_date)
        if not day or granularity(day) != "D":
            continue
        when = to_date(day)
        # the article's own day ("today", "on Wednesday" in Wednesday's paper) is the day
        # of telling, no story day: the reports of the day go on the day named before it
        if when is None or not 0 < (ref - when).days <= STORY_DAYS:
            continue
        head = _clause_head(root)
        if not _main_clause(head) or not _adverbial(root, head):
            continue
        days.append((sid[root.i], day, t.text))
    days.sort()

    prose = _prose_positions(doc)

    def story(tok: Any) -> tuple[int, str, str] | None:
        here = sid[tok.i]
        earlier = [d for d in days if d[0] <= here]
        if earlier:
            return earlier[-1]
        if days and prose[here] < LEAD_SENTENCES and prose[days[0][0]] < LEAD_SENTENCES + 2:
            return days[0]
        return None

    return story


def _lead_tokens(doc: Any) -> list[bool]:
    """For each token of ``doc``, whether its sentence is among the first
    ``LEAD_SENTENCES`` of prose (the headline and the lead)."""
    if doc is None or not len(doc):
        return []
    prose = _prose_positions(doc)
    sid = sentence_ids(doc)
    return [prose[sid[i]] < LEAD_SENTENCES for i in range(len(doc))]


def _headline_tokens(doc: Any) -> list[bool]:
    """For each token of ``doc``, whether it is on the headline line: the first line of a
    text of several lines (``event_lead.headline_end``) that does not end in a full stop.
    A text of one line has no headline, nor one whose first line is its lead paragraph."""
    if doc is None or not len(doc):
        return []
    text = doc_text(doc)
    cut = headline_end(text)
    if cut < 0 or text[:cut].rstrip().rstrip("\"'”’").endswith("."):
        return [False] * len(doc)
    return [t.idx < cut for t in doc]


def _prose_positions(doc: Any) -> list[int]:
    """For each sentence of ``doc``, how many sentences of prose come before it.

    A header line (a byline, a dateline, a heading in capitals: a sentence with no
    lower-case word that ends at a line break) is not prose, so the lead of an article is
    counted from its first sentence of prose whatever lines head it."""
    out: list[int] = []
    count = 0
    for sent in doc.sents:
        out.append(count)
        header = "\n" in doc[sent.end - 1].text + doc[sent.end - 1].whitespace_ and not any(
            t.is_alpha and t.is_lower for t in sent
        )
        count += not header
    return out


def _narrative_times(
    times: list[TimeValue], roots: list[Any], doc: Any, article_date: str | None
) -> Callable[[Any], tuple[int, str, str] | None]:
    """The past time a narrative is set in, for any token (module docstring, rule 5a).

    A main clause dated in the past ("In January 2012 she invited him to visit") sets the
    time of the plain past clauses of the next ``NARRATIVE_SENTENCES`` sentences that name
    none ("He met her and other leaders"), until a main clause names another time or a
    sentence between is told in another tense ("She has said …" returns to the present): a
    narrative moves on from its last time, it does not jump back to the article's day
    unsaid. The time is kept no finer than its month: the acts follow it, not on its day.
    """
    if doc is None or not len(doc) or not article_date:
        return lambda tok: None
    sid = sentence_ids(doc)
    # (sentence, value, the expression, historical?) for each time a main clause names
    named: list[tuple[int, str, str, bool]] = []
    for t, root in zip(times, roots, strict=True):
        if root is None or t.type not in ("DATE", "TIME") or _bound(root):
            continue
        value = calendar_part(t.value, article_date)
        head = _clause_head(root)
        if not value or not _main_clause(head) or not _adverbial(root, head):
            continue
        past = "historical" in aux_modes(value, article_date)
        if past and granularity(value) in ("D", "W"):
            start = to_date(value)
            value = f"{start.year:04d}-{start.month:02d}" if start else value
        named.append((sid[root.i], value, t.text, past))
    named.sort(key=lambda n: n[0])
    sents = list(doc.sents)

    def narrative(tok: Any) -> tuple[int, str, str] | None:
        here = sid[tok.i]
        if any(n[0] == here for n in named):
            return None  # the sentence names its own time
        earlier = [n for n in named if n[0] < here]
        if not earlier or here - earlier[-1][0] > NARRATIVE_SENTENCES or not earlier[-1][3]:
            return None
        if not all(_past(sents[k].root) for k in range(earlier[-1][0], here)):
            return None  # the narrative was left for the present
        return earlier[-1][:3]

    return narrative


def _past(verb: Any) -> bool:
    """True when a clause head is in a past tense, the past perfect included."""
    if verb.tag_ == "VBD":
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(auxes) and auxes[0].tag_ == "VBD"


def _simple_past(trig: Any) -> bool:
    """True when an event's clause is in the simple past ("met", "was freed"), not the
    present, the future, the perfect or a modal."""
    verb = _clause_head(trig)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    if verb.tag_ == "VBN":
        return len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ == "VBD"
    return False


def _main_clause(head: Any) -> bool:
    """True when a clause head is its sentence's root or joined to it by "and"."""
    node = head
    for _ in range(3):
        if node.dep_ == "ROOT" or node.head == node:
            return True
        if node.dep_ != "conj":
            return False
        node = node.head
    return False


class _Near:
    """The times that can attach to an event: those in its sentence or the sentence of its
    trigger (a scan of every time for every event grew with the square of the length)."""

    def __init__(self, doc: Any, times: list[TimeValue], roots: list[Any]) -> None:
        self.doc, self.times, self.roots = doc, times, roots
        self.index = SpanIndex()
        for k, t in enumerate(times):
            self.index.add(t.start, t.end, k)
        self.sents = [(s.start_char, s.end_char) for s in doc.sents] if doc is not None else []

    def around(self, ev: Event, trig: Any) -> tuple[list[TimeValue], list[Any]]:
        """The times (and their roots), in the order given, that overlap the event's
        sentence, its trigger or its trigger's sentence: all that _attached_time can pick."""
        lo = min(ev.sentence.start, ev.trigger.start)
        hi = max(ev.sentence.end, ev.trigger.end)
        if trig is not None and self.sents:
            s, e = self.sents[sentence_ids(trig.doc)[trig.i]]
            lo, hi = min(lo, s), max(hi, e)
        ks = sorted(set(self.index.overlapping(lo, hi)))
        return [self.times[k] for k in ks], [self.roots[k] for k in ks]


def _at_token(ev: Event, tok: Any) -> Event:
    """A stand-in for ``ev`` triggered at ``tok``: to ask which time another clause takes."""
    return Event(
        id="",
        event=ev.event,
        trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
        sentence=ev.sentence,
    )


def _attached_time(
    ev: Event, trig: Any, times: list[TimeValue], roots: list[Any]
) -> tuple[TimeValue, str] | None:
    """The time expression attached to an event's trigger in the parse, and how."""
    best: tuple[int, int, TimeValue, str] | None = None  # (rank, distance, time, how)
    # "left on Friday, after the attack": the clause's date is not the attack's
    offset = (
        trig is not None
        and trig.dep_ in ("pobj", "pcomp")
        and _near_preps().get(trig.head.lower_, "during") != "during"
    )
    sid = sentence_ids(trig.doc) if trig is not None else []
    for t, root in zip(times, roots, strict=True):
        if t.type == "DURATION" or t.type == "SET":
            continue
        inside = t.start <= ev.trigger.start and ev.trigger.end <= t.end
        if inside and t.anchor and granularity(t.anchor):
            # the event is what an anniversary is of: it happened on the anchor date
            rank, how = 0, "anchor"
        elif inside:
            continue
        elif trig is None or root is None:
            # no parse: fall back to a time in the event's sentence
            if not (ev.sentence.start <= t.start and t.end <= ev.sentence.end):
                continue
            rank, how = 3, "text"
        elif sid[root.i] != sid[trig.i]:
            continue
        elif root.head == trig or (root.head.dep_ == "prep" and root.head.head == trig):
            rank, how = 1, "text"  # "the 2020 resolution", "a visit on Tuesday"
        elif trig.dep_ == "relcl" and trig.head == root:
            rank, how = 1, "when"  # "until Sunday, when police arrested 40": on that Sunday
        elif _when_of_dated_noun(trig, root):
            rank, how = 1, "when"  # "the marches of early May, when thousands rallied"
        elif (
            not offset
            and _clause_head(root) == _clause_head(trig)
            and trig not in root.subtree
            and _adverbial(root, trig)
        ):
            rank, how = 2, "text"  # "Austin made a visit to Baghdad on Tuesday"
        elif not offset and _shared_time(trig, root):
            rank, how = 2, "text"  # "arrested and charged them on Monday"
        else:
            continue
        if how == "when":
            how = "text"  # the time the event's own clause describes, a bound of another's
        elif how == "text" and _bound(root):
            continue  # "before Friday", "until 2020": a bound of the event, not its date
        if how == "text" and calendar_part(t.value, "x") is None and t.value != "FUTURE_REF":
            continue  # "recently", "the past": no date to give
        distance = abs(t.start - ev.trigger.start)
        if best is None or (rank, distance) < best[:2]:
            best = (rank, distance, t, how)
    return (best[2], best[3]) if best else None


#: what a verb takes of its own that a conjoined verb's time would not be shared over
_OWN_PARTS = frozenset({"dobj", "prep", "ccomp", "xcomp", "npadvmod", "advcl"})


def _shared_time(trig: Any, root: Any) -> bool:
    """Whether a time in the next clause still dates the trigger: the last of two verbs
    that share their object and time ("looted *and burned* a depot in 2015", "arrested
    and charged them on Monday": the first verb has no object or adjunct of its own)."""
    clause = _clause_head(root)
    if clause == trig or clause.dep_ != "conj" or clause.head != trig or trig.pos_ != "VERB":
        return False
    if root.i < clause.i or not _adverbial(root, clause):
        return False
    return not any(c.dep_ in _OWN_PARTS for c in trig.children)


def _inherited(
    ev: Event,
    trig: Any,
    times: list[TimeValue],
    roots: list[Any],
    article_date: str | None,
    near: _Near | None = None,
) -> tuple[str, str] | None:
    """The date of the clause an event noun is hung on by "following", "amid", "before" …

    "during"/"amid" give the clause's date; "following"/"before" give it no finer
    than the month, since the two events are near each other, not on one day.
    """
    if trig is None or trig.dep_ not in ("pobj", "pcomp"):
        return None
    prep = trig.head
    if prep.lower_ in ("of", "to") and prep.head.lower_ in ("ahead", "prior"):
        prep = prep.head
    relation = _near_preps().get(prep.lower_)
    if relation is None or prep.head == prep:
        return None
    host = _clause_head(prep.head)
    if host is None or host == trig:
        return None
    pseudo = _at_token(ev, host)
    found = _attached_time(pseudo, host, *(near.around(pseudo, host) if near else (times, roots)))
    if found is None or found[1] != "text":
        return None
    date = calendar_part(found[0].value, article_date)
    if date and relation != "during" and granularity(date) in ("D", "W"):
        start = to_date(date)
        date = f"{start.year:04d}-{start.month:02d}" if start else None
    if not date:
        return None
    return date, f"{prep.lower_} a dated clause: {host.text!r} {found[0].text!r}"


_NOUN_MODIFIER = {"compound", "nummod", "amod", "poss", "nmod", "appos"}


def _adverbial(root: Any, trig: Any) -> bool:
    """True when a time phrase dates its clause, not a noun in it.

    "implement the 2020 resolution": "2020" dates the resolution, not the implementing;
    "the resolution was passed in January 2020": "January 2020" dates the passing.
    """
    cur = root
    for _ in range(12):
        if cur.dep_ in _NOUN_MODIFIER and cur.head.pos_ in ("NOUN", "PROPN") and cur.head != trig:
            return cur == root and _setting(cur.head)
        if cur.head == cur or cur.pos_ in ("VERB", "AUX"):
            return True
        cur = cur.head
    return True


def _when_of_dated_noun(trig: Any, root: Any) -> bool:
    """True when ``trig`` heads a "when" clause on a noun phrase that ``root``'s time dates:
    "the rallies of early May, *when* thousands marched", "Tuesday's vote, *when* they
    rejected it", "a return to the marches of May, *when* …": the clause tells what happened
    at that time."""
    if trig.dep_ != "relcl" or not any(c.lower_ == "when" for c in trig.children):
        return False
    noun, cur = trig.head, root
    for _ in range(6):  # up the noun phrase: modifiers, prepositions and their objects
        if cur.dep_ not in _NOUN_MODIFIER and cur.dep_ not in ("pobj", "prep"):
            return False
        cur = cur.head
        if cur == noun:
            return True
    return False


def _setting(noun: Any) -> bool:
    """True when ``noun`` is the occasion its clause's act is done at: the object of a
    setting preposition hung on a verb ("*in* Saturday's debate, she attacked …", "*at*
    Tuesday's meeting they agreed …"), so the day that names it dates the act."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in _settings()
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _anchored(
    events: list[Event],
    times: list[TimeValue],
    roots: list[Any],
    triggers: dict[str, Any],
    signals: dict[int, tuple[str, int]],
    origin: dict[str, str],
    article_date: str | None,
    rule: dict[str, str],
    pending: list[tuple[Event, str, int, Any]] | None = None,
) -> None:
    """Date the events on either side of "two days after"/"a week before" from each other."""
    # both events are in the signal's sentence: look at those, not at every event
    in_sentence: dict[int, list[Event]] = {}
    for ev in events:
        trig = triggers[ev.id]
        if trig is not None:
            in_sentence.setdefault(sentence_ids(trig.doc)[trig.i], []).append(ev)
    for index, (word, sig_i) in signals.items():
        if index >= len(times) or roots[index] is None:
            continue
        t = times[index]
        amount = t.value or ""
        if not re.fullmatch(r"P\d+[DWMY]", amount):
            continue
        doc = roots[index].doc
        if sig_i >= len(doc) or doc[sig_i].lower_ != word:
            continue
        signal = doc[sig_i]
        if signal.dep_ == "mark":
            # "after" introduces a clause: its head verb heads the anchored event's clause
            clause = signal.head
            inner = set(clause.subtree)
            main_head = _clause_head(clause.head) if clause.head != clause else None
        else:
            inner = set(signal.subtree)
            main_head = _clause_head(signal.head)
        if main_head is None:
            continue
        near = in_sentence.get(sentence_ids(doc)[sig_i], [])
        sub = [ev for ev in near if triggers[ev.id] is not None and triggers[ev.id] in inner]
        main = [
            ev
            for ev in near
            if triggers[ev.id] is not None
            and triggers[ev.id] not in inner
            and (_clause_head(triggers[ev.id]) == main_head or triggers[ev.id] == main_head)
        ]
        if sub and not main and pending is not None and not origin.get(sub[0].id):
            # "The decision came three days after the council condemned …": the main clause
            # is no event; it is dated by the story day once that is known
            pending.append((sub[0], amount, 1 if word in ("after", "later") else -1, main_head))
        if not sub or not main:
            continue
        # "A two days after B": A = B + 2 days; "A two days before B": A = B - 2 days
        sign = 1 if word in ("after", "later") else -1
        m, s = main[0], sub[0]
        how = f"{t.text!r} {word}"
        if origin.get(m.id) == "text" and m.date and not origin.get(s.id):
            shifted = shift_value(m.date, amount, -sign)
            if shifted:
                s.date, origin[s.id] = shifted, "anchor"
                rule[s.id] = f"offset: {m.trigger.text!r} came {how} it"
        elif origin.get(s.id) == "text" and s.date and not origin.get(m.id):
            shifted = shift_value(s.date, amount, sign)
            if shifted:
                m.date, origin[m.id] = shifted, "anchor"
                rule[m.id] = f"offset: {how} {s.trigger.text!r}"
        elif not origin.get(m.id) and not origin.get(s.id) and article_date:
            # neither is dated in the text: the main event takes the article date
            # (flagged as defaulted) and the other is dated relative to it
            shifted = shift_value(article_date, amount, -sign)
            if shifted:
                s.date, origin[s.id] = shifted, "anchor"
                rule[s.id] = f"offset: {m.trigger.text!r} (article date) came {how} it"
