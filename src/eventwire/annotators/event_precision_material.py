"""Material acts whose subject shows they are none: a price, a share or a count that rises
or falls ("shares rallied", "prices shot up", "cases of typhus have shot up", "the bank's
shares were hammered": class ``market`` of ``object_classes.txt``) is the subject of a
verb of violence or protest read in its sense of motion, and inspectors who raid a
factory (class ``inspection``) inspect it: CAMEO 190's raid is a use of force. Acts
counted over a share of cases ("arrests were made in 60 percent of the cases": class
``rate``) are a statistic, which NEWS-GUIDELINES.md counts as no event. An attack noun
whose only light verb is "call" is one named or reported, not made ("called the attack
terrorism", "calls of a shooting"): "call" carries strikes and rallies, never attacks.
"""

from __future__ import annotations

from typing import Any

from ..records import Event
from .event_grammar import _VERBAL_TYPES, Candidate, _lemma

#: the dependencies that name a verb's grammatical subject, active or passive
_SUBJECTS = ("nsubj", "nsubjpass")
#: the types whose verbs also tell a figure's motion ("shot up", "rallied", "hammered")
_MOTION_TYPES = frozenset({"ASSAULT", "PROTEST"})


class MaterialSubjects:
    """Why a material act's subject shows it is none (None when nothing says so)."""

    def __init__(self, object_classes: dict[str, frozenset[str]]) -> None:
        self.market = object_classes.get("market", frozenset())
        self.inspection = object_classes.get("inspection", frozenset())
        self.regulatory = object_classes.get("regulatory_service", frozenset())
        self.rate = object_classes.get("rate", frozenset())
        self.cases = object_classes.get("counted_case", frozenset())

    def why(self, cand: Candidate, event: Event) -> str | None:
        if event.event in _VERBAL_TYPES:
            return None
        if self._counted_over_rate(cand):
            return "statistic"
        if cand.is_noun:
            return "an attack named, not made" if self._attack_called(cand, event) else None
        subjects = [c for c in cand.tok.children if c.dep_ in _SUBJECTS]
        # only a verb of violence or protest has a sense of motion ("shot up", "rallied",
        # "were battered"); one done by an agent ("imports were banned by the Union") or
        # one of restraint or sanction ("sales were suspended") is an act on the trade
        agent = any(c.dep_ == "agent" for c in cand.tok.children)
        if (
            event.event in _MOTION_TYPES
            and not agent
            and subjects
            and all(self._of(s, self.market) for s in subjects)
        ):
            return "a figure's rise or fall"
        # a seizure by traffic or excise staff too ("traffic police impounded 90 bikes"),
        # not their blows ("traffic police beat a rider")
        seizure = event.event == "COERCE" and event.mode == "seize"
        if (event.event == "ASSAULT" or seizure) and self._inspectors(cand.tok, seizure):
            return "inspection"
        return None

    @staticmethod
    def _attack_called(cand: Candidate, event: Event) -> bool:
        """Whether an attack noun is carried only by "call", the light verb of a strike or
        a rally, which names an attack and calls no one to make it: "refused to call the
        attack terrorism" (a name given), "took calls about a break-in" (reports); not
        "called in air strikes" (support summoned, so made; assault19)."""
        if event.event != "ASSAULT" or "light verb call" not in cand.rules:
            return False
        tok = cand.tok
        caller = tok.head if _lemma(tok.head) == "call" else tok.head.head
        return _lemma(caller) == "call" and not any(
            c.dep_ == "prt" and c.lower_ == "in" for c in caller.children
        )

    def _counted_over_rate(self, cand: Candidate) -> bool:
        """Whether the act's clause counts it over a share of cases: an "in" phrase whose
        noun is a rate (class ``rate``) of cases or crimes (``counted_case``): "were made
        in 60 percent of the cases"."""
        verb = cand.tok
        if cand.is_noun and verb.dep_ in ("dobj", "nsubjpass", "nsubj"):
            verb = verb.head  # "made arrests in ...", "arrests were made in ..."
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and _lemma(obj) in self.rate:
                    whole = [
                        o
                        for c in obj.children
                        if c.dep_ == "prep" and c.lower_ == "of"
                        for o in c.children
                    ]
                    if any(_lemma(o) in self.cases for o in whole):
                        return True
        return False

    def _inspectors(self, verb: Any, staff: bool) -> bool:
        """Whether the one who acts is an inspector, or where ``staff``, the staff of a
        regulatory service ("traffic police", "excise officials"): the active subject (of
        the first of conjoined verbs: "raided shops and seized liquor"), or the object of
        the passive's "by" phrase ("the plant was raided by tax inspectors")."""
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [o for c in verb.children if c.dep_ == "agent" for o in c.children]
        return bool(doers) and all(
            self._of(d, self.inspection)
            or (
                staff
                and d.pos_ == "NOUN"
                and any(
                    c.dep_ in ("compound", "amod") and _lemma(c) in self.regulatory
                    for c in d.children
                )
            )
            for d in doers
        )

    @staticmethod
    def _of(tok: Any, words: frozenset[str]) -> bool:
        """A common noun of the class, named by no entity of its own."""
        return tok.pos_ == "NOUN" and not tok.ent_type_ and _lemma(tok) in words
