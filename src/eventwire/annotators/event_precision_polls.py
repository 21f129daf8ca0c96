"""A poll's findings are no act, whatever verb they are told with.

NEWS-GUIDELINES.md counts polls, voter preferences and statistics as no event. A poll's
result is told with the verbs of acts and speech ("61 percent of voters say the governor
should resign", "voters say by 55%-40% that the mayor lied", "most respondents blame
Congress, 58% to 30%", "by a 3-to-2 margin, voters reject the tax"): the subject is a
share of those asked, or the clause gives the share of answers, or it is the poll that
says it ("the poll found", "according to the survey"). Such a clause reports how opinion
is divided, not a demand, an accusation, a refusal or support by a party, so it makes no
event of any type. ``event_precision_public`` reads the same for support alone (its
``poll_share``); this reads every type, from the verb and the verb that reports it.

Word classes: ``rate`` and ``electorate`` of ``object_classes.txt``, ``poll_unit``,
``poll_source``, ``poll_finding``, ``poll_margin`` and ``speech`` of ``grammar.txt``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..records import Event
from .event_grammar import _SUBJECT_DEPS, Candidate, _lemma

if TYPE_CHECKING:
    from .event_lexicon import Lexicon

#: the runs of digits in a word ("55%-40" holds two figures)
_DIGITS = re.compile(r"\d+")
#: the relations by which a reported clause hangs from the verb that reports it
_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "conj", "parataxis"})
#: the relations that attach a share of answers or a margin to its verb
_MARGIN_DEPS = frozenset({"prep", "npadvmod", "advmod", "appos", "dep", "nummod", "punct"})


class PollStatements:
    """Why a proposed event is a poll's finding (see the module)."""

    def __init__(self, lex: Lexicon, object_classes: dict[str, frozenset[str]]) -> None:
        self.units = lex.word_class("poll_unit") | object_classes.get("rate", frozenset())
        self.sources = lex.word_class("poll_source")
        self.findings = lex.word_class("poll_finding") | lex.word_class("speech")
        self.margins = lex.word_class("poll_margin")

    def why(self, cand: Candidate, event: Event) -> str | None:
        """ "poll finding" where a verb trigger or the verb that reports it tells a poll's
        result, else None. Event nouns are left alone: "backed the party's refusal" in a
        poll still names the party's act."""
        del event  # every type alike
        if cand.is_noun:
            return None
        verbs = _verbs_up(cand.tok)
        # what the trigger reports may carry the source or the split: "say …, according
        # to the poll", "say they should …, 76%-21%"
        told = _told(cand.tok)
        if any(self.share_subject(v) for v in verbs) or any(
            self.margin(v) or self.poll_says(v) for v in verbs + told
        ):
            cand.rules.append("poll finding")
            return "poll finding"
        return None

    def share_subject(self, verb: Any) -> bool:
        """Whether every subject of ``verb`` is a counted share of those asked: "61
        percent (of voters)", "eight in 10 Democrats" (a number out of a number)."""
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        return bool(subjects) and all(self._share(s) for s in subjects)

    def _share(self, noun: Any) -> bool:
        if self._counted(noun):
            return True
        for c in noun.children:
            if c.dep_ == "nummod" and (self._counted(c) or _out_of(c)):
                return True  # "61 percent", "eight in 10 voters"
        return noun.like_num and _out_of(noun)  # "eight in 10 (of them)"

    def _counted(self, tok: Any) -> bool:
        """A unit of a share with its own number: "61 percent", "40 %"."""
        unit = _lemma(tok) in self.units or tok.text in self.units
        return unit and any(c.like_num or c.pos_ == "NUM" for c in tok.children)

    def margin(self, verb: Any) -> bool:
        """Whether the verb carries the split of answers: two shares ("by 55%-40%",
        "58% to 30%"), or a margin counted out ("by a 3-to-2 margin"). One share alone
        ("cut aid by 20 percent") is an act's size, and a change "from" one share "to"
        another is no split."""
        for c in verb.children:
            if c.dep_ not in _MARGIN_DEPS or c.i < verb.left_edge.i:
                continue
            words = list(c.subtree)
            if any(w.lower_ == "from" for w in words):
                continue  # "raised the tariff from 10% to 25%": a change, not a split
            unit = any(self._counted(w) or _percent_figure(w) for w in words)
            figures = sum(len(_DIGITS.findall(w.text)) or w.like_num for w in words)
            if unit and figures >= 2:
                return True
            if (
                c.dep_ == "prep"
                and c.lower_ == "by"
                and any(_lemma(w) in self.margins for w in words)
                and any(w.like_num or "-to-" in w.text for w in words)
            ):
                return True
        return False

    def poll_says(self, verb: Any) -> bool:
        """Whether a poll is the source of the clause: the subject of the verb that
        reports it ("the poll found that …", "a survey shows …"), or named by "according
        to" or "in" on the verb ("according to the poll", "in the survey")."""
        if _lemma(verb) in self.findings and any(
            _lemma(s) in self.sources for s in verb.children if s.dep_ in _SUBJECT_DEPS
        ):
            return True
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("according", "in"):
                continue
            objects = [o for p in (prep, *prep.children) for o in p.children if o.dep_ == "pobj"]
            if any(_lemma(o) in self.sources for o in objects):
                return True
        return False


def _verbs_up(tok: Any) -> list[Any]:
    """The trigger and the verbs above it that report or coordinate it (three at most)."""
    out, t = [tok], tok
    while t.dep_ in _REPORTED_DEPS and t.head != t and len(out) < 4:
        t = t.head
        out.append(t)
    return out


def _told(verb: Any) -> list[Any]:
    """The clauses a verb reports, and the clauses they report in turn ("say they should
    use the one they prefer, 76%-21%")."""
    out: list[Any] = []
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp"):
            out += [c, *(g for g in c.children if g.dep_ in ("ccomp", "xcomp"))]
    return out


def _out_of(num: Any) -> bool:
    """Whether a number is counted out of another ("eight in 10"): an "in" and a number
    among its words."""
    kids = list(num.children)
    return any(k.lower_ == "in" for k in kids) and any(k.like_num for k in kids if k.i < num.i)


def _percent_figure(tok: Any) -> bool:
    """A figure written with its own percent sign ("55%-40%" as one word)."""
    return "%" in tok.text and any(ch.isdigit() for ch in tok.text)
