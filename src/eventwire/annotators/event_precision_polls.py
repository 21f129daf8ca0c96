"""A poll's findings are no act, whatever verb they are told with.

NEWS-GUIDELINES.md counts polls, voter preferences and statistics as no event. A poll's
result is told with the verbs of acts and speech ("70 percent of the residents polled
want the depot closed", "by 62% to 31%, taxpayers oppose the stadium levy", "most
respondents blame the utility, 58% to 30%", "by a 3-to-2 margin, voters reject the
tax"): the subject is a share of the public (``electorate``, ``public``, a nationality
or party's members, or a bare share of those asked), or the clause gives the split of
answers held by the public or told by the trigger's own verb of speech ("fans of the
club say, 70%-25%, that …"), or it is the poll that says it ("the poll found",
"according to the survey"). Such a clause reports how opinion is divided, not a demand,
a refusal or support by a party. A share of any other group, acting or speaking ("a
third of the staff walked out", "a third of the deputies said the chair must go"), is
an act, and a split on a body's act ("the assembly passed it by 52% to 48%") is its
vote, also where a named source reports it ("the clerk said the assembly passed it by
52% to 48%"): the verbs that report the trigger count only where their own subject is
the public or a share of it. ``event_precision_public`` reads the same for support
alone (its ``poll_share``); this reads every type, from the verb and the verbs that
report it, wherever NewsPrecision vets an event: an accusation taken from
a reported judgement ("60 percent of voters say the mayor lied") is coded on the
evaluation path, which does not pass through here, and still codes.

Word classes: ``rate``, ``electorate`` and ``public`` of ``object_classes.txt``,
``poll_unit``, ``poll_source``, ``poll_finding``, ``poll_margin`` and ``speech`` of
``grammar.txt``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..records import Event
from .event_grammar import _SUBJECT_DEPS, Candidate, _lemma

if TYPE_CHECKING:
    from .event_lexicon import Lexicon

#: the runs of digits in a word ("62%-31" holds two figures)
_DIGITS = re.compile(r"\d+")
#: the relations by which a reported clause hangs from the verb that reports it; a verb
#: joined by "conj" is climbed only where it shares the first verb's subject (a second
#: clause with its own subject may tell another party's own act)
_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
#: entity types of a noun that counts the public's members ("Democrats", "Americans")
_PUBLIC_ENTS = frozenset({"NORP"})
#: the relations that attach a share of answers or a margin to its verb
_MARGIN_DEPS = frozenset({"prep", "npadvmod", "advmod", "appos", "dep", "nummod", "punct"})


class PollStatements:
    """Why a proposed event is a poll's finding (see the module)."""

    def __init__(self, lex: Lexicon, object_classes: dict[str, frozenset[str]]) -> None:
        self.units = lex.word_class("poll_unit") | object_classes.get("rate", frozenset())
        self.sources = lex.word_class("poll_source")
        self.findings = lex.word_class("poll_finding") | lex.word_class("speech")
        self.margins = lex.word_class("poll_margin")
        self.speech = lex.word_class("speech")
        self.public = object_classes.get("electorate", frozenset()) | object_classes.get(
            "public", frozenset()
        )

    def why(self, cand: Candidate, event: Event) -> str | None:
        """ "poll finding" where a verb trigger or the verb that reports it tells a poll's
        result, else None. Event nouns are left alone: "backed the party's refusal" in a
        poll still names the party's act."""
        del event  # every type alike
        if cand.is_noun:
            return None
        verbs = _verbs_up(cand.tok)
        # what the trigger reports may carry the source or the split: "want …, according
        # to the poll", "think the council must …, 64%-30%"
        told = _told(cand.tok)
        public = any(self.public_subject(v) for v in verbs)
        # a split told by the trigger's own verb of speech is a split of answers ("fans of
        # the club say, 70%-25%, that …"); a verb of speech above it, with a named
        # speaker, only reports the act ("the clerk said the assembly passed it 52%-48%")
        spoken = _lemma(cand.tok) in self.speech
        if (
            any(self.share_subject(v) for v in verbs)
            or ((public or spoken) and any(self.margin(v) for v in verbs + told))
            or any(self.poll_says(v) for v in verbs + told)
        ):
            cand.rules.append("poll finding")
            return "poll finding"
        return None

    def share_subject(self, verb: Any) -> bool:
        """Whether every subject of ``verb`` is a counted share ("61 percent (of
        voters)", "eight in 10 Democrats": one figure counted in another) of the public or
        bare (``_public_share``): "a third of the staff walked out" or "… said the chair
        must go" is the staff's act."""
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if not subjects or not all(self._share(s) for s in subjects):
            return False
        return all(self._public_share(s) for s in subjects)

    def public_subject(self, verb: Any) -> bool:
        """Whether a subject of ``verb`` is the public or a share of it ("voters",
        "residents", "Democrats", "61 percent of voters"), who hold a split of answers; a
        body ("the assembly", "the union") that splits votes acts."""
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        return any(self._public(h) for s in subjects for h in _holders(s))

    def _public_share(self, share: Any) -> bool:
        """A share of the public, or a bare share ("48 percent back the levy", "eight in
        10 back it"), which counts those asked; a share "of" another group ("of the
        staff") is that group's, and so is a group counted "in" another ("eight in 10
        porters", whose holder is the noun itself)."""
        holders = _holders(share)
        bare = len(holders) == 1 and (self._counted(share) or share.like_num)
        return bare or any(self._public(h) for h in holders)

    def _public(self, noun: Any) -> bool:
        return _lemma(noun) in self.public or str(noun.ent_type_) in _PUBLIC_ENTS

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
        """Whether the verb carries the split of answers: two shares ("by 62%-31%",
        "58% to 30%"), or a margin counted out ("by a 3-to-2 margin"). One share alone
        ("cut aid by 20 percent") is an act's size, and a change "from" one share "to"
        another is no split."""
        for c in verb.children:
            if c.dep_ not in _MARGIN_DEPS:
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
    while (t.dep_ in _REPORTED_DEPS or _shares_subject(t)) and t.head != t and len(out) < 4:
        t = t.head
        out.append(t)
    return out


def _shares_subject(verb: Any) -> bool:
    """Whether a verb joined by "and" has no subject of its own ("approve of the plan
    and say …"), so that the first verb's subject is its own."""
    return verb.dep_ == "conj" and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def _holders(noun: Any) -> list[Any]:
    """A share's noun and the nouns it is a share of ("half of (the) Democrats")."""
    out = [noun]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            out += [o for o in prep.children if o.dep_ == "pobj"]
    return out


def _told(verb: Any) -> list[Any]:
    """The clauses a verb reports, and the clauses they report in turn ("think the
    council must cut the fares, 64%-30%")."""
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
    """A figure written with its own percent sign ("62%-31%" as one word)."""
    return "%" in tok.text and any(ch.isdigit() for ch in tok.text)
