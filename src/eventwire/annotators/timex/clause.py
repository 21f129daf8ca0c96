"""The clause a time expression sits in: its tense, and the direction it gives the expression.

An unmarked weekday or month takes its direction from the tense of the verb it
attaches to ("said Tuesday" is the Tuesday before the article date, "will meet
Tuesday" the one after). ``Resolver`` carries what normalising one article needs.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from .calendar_math import granularity
from .lexicon import cue, load_words

_WORDS = load_words()
FUTURE_AUX = _WORDS["future_aux"]
# verbs whose infinitive complement lies ahead of them ("plans to meet Friday")
FUTURE_GOVERNORS = _WORDS["future_governor"]
# reporting verbs in the present are the headline present: "says Friday" is the past Friday
REPORTING = _WORDS["reporting"]
# verbs that set a deadline: "until Tuesday" after them is ahead ("postponed until Tuesday")
DEADLINE_VERBS = _WORDS["deadline"]
# verbs whose own time modifier dates the thing planned ("scheduled a news conference Thursday")
SCHEDULING = _WORDS["scheduling"]
# verbs of asking whose "for" object lies ahead ("called for a strike on Friday")
DEMAND = _WORDS["demand"]


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


def _asked_for(tok: Any, verb: Any) -> bool:
    """Whether ``tok`` lies in the "for" object of a verb of asking ("called for *a strike
    on Friday*"): what is asked for is still to come when it is asked."""
    node = tok
    for _ in range(6):
        if node.i == verb.i or node.head.i == node.i:
            return False
        if node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.head.i == verb.i:
            return verb.lemma_.lower() in DEMAND
        node = node.head
    return False


# spaCy makes a new Token object on every access (``tok.head is tok`` is never true), so
# tokens are compared by index; the climb through governing verbs is bounded besides.
_MAX_CLAUSE_CLIMB = 8


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
    if words & FUTURE_AUX or _asked_for(doc[i], tok):
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


_FUTURE_CUES = cue("future")
_LIMIT_CUES = cue("limit")


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
