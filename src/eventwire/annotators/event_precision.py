"""Precision rules: proposed events that the sentence shows are not events.

A natural force or an accident is never the actor of a hostile act, and a casualty
verb in a sentence about an accident or a disaster, with no word of violence and no
named perpetrator, reports no attack (the police who only report it, "..., police
said", are no word of violence). The word classes (``natural_force``,
``accident_cue``, ``accident_verb``, ``attack_cue``) are in
``resources/events/grammar.txt``.

A trigger read without its event sense codes nothing: a verb whose event patterns take
a party as object, with only a thing of a listed class there ("released the emails",
"met the deadline", "gave a speech", and for an event noun its "of" phrase: "the release
of the emails"), rows of ``resources/events/senses.tsv`` over the
noun classes of ``object_classes.txt``; a row may also name the verb of its
to-infinitive ("sought to calm", "declined to comment": ``to:CLASS``, ``to:*`` for any
verb) or the passive with no one named who acts ("are allowed to leave": ``passive``). A
place named inside a treaty's name ("the Paris agreement") is no participant, and a demand
that the speaker itself or a thing must act ("it must respond", "the process will have to
wait") is no request to anyone.
"""

from __future__ import annotations

from typing import Any

from ..errors import ResourceError
from ..records import ActorRef, Event
from ..resources import table, word_sets
from .event_grammar import (
    _SUBJECT_DEPS,
    _VERBAL_TYPES,
    HOSTILE,
    Candidate,
    _children,
    _lemma,
    _speech_source,
)
from .event_lexicon import Lexicon

#: the classes of ``object_classes.txt`` whose nouns are never an act's actor
_NEVER_ACTORS = ("document", "sum", "answer", "result", "speech", "thing")


class Precision:
    """Why a proposed event is not one."""

    def __init__(self, lex: Lexicon) -> None:
        self.natural_force = lex.word_class("natural_force")
        self.accident_cue = lex.word_class("accident_cue")
        self.accident_verb = lex.word_class("accident_verb")
        self.attack_cue = lex.word_class("attack_cue")
        self.liability = lex.word_class("accident_liability")
        self.speech = lex.word_class("speech")
        self.object_classes = word_sets("events", "object_classes.txt")
        self.senses: dict[str, set[str]] = {}
        for lemma, cls, *_ in table("events", "senses.tsv", columns=3):
            name = cls.removeprefix("to:")
            if name not in self.object_classes and cls not in ("to:*", "passive"):
                raise ResourceError(
                    f"resources/events/senses.tsv: object class {cls!r} (row {lemma!r}) is not "
                    f"a class of object_classes.txt; expected one of "
                    f"{', '.join(sorted(self.object_classes))}, 'to:' before one of them, "
                    "'to:*' or 'passive'"
                )
            self.senses.setdefault(lemma, set()).add(cls)
        # things that never act: not contests or commitments, whose words ("campaign",
        # "delegate", "majority") also name groups of people
        self.things = frozenset().union(
            *(self.object_classes.get(c, frozenset()) for c in _NEVER_ACTORS)
        )

    def sense_lost(self, cand: Candidate) -> str | None:
        """The row of ``senses.tsv`` that reads the trigger without its event sense: its
        objects (direct, passive subject, or object of a preposition it governs) are all
        things of the row's class. Patterns that name their object are never touched."""
        tok = cand.tok
        classes = self.senses.get(_lemma(tok))
        if not classes or cand.pat.deps:
            return None
        if cand.is_noun:  # "the release of the emails": the noun's "of" phrase
            objs = [
                o
                for prep in tok.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for o in prep.children
                if o.dep_ == "pobj"
            ]
            return self._things_of_class(tok, objs, classes)
        clause = self._clause_sense(tok, classes)
        if clause is not None:
            return clause
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objs:  # "seized on the remark": the object of its preposition
            for prep in tok.children:
                if prep.dep_ in ("prep", "prt"):
                    objs += [o for o in prep.children if o.dep_ == "pobj"]
        return self._things_of_class(tok, objs, classes)

    def _things_of_class(self, tok: Any, objs: list[Any], classes: set[str]) -> str | None:
        """The row whose class holds every one of the trigger's objects (None if none)."""
        if not objs:
            return None
        for cls in sorted(classes):
            words = self.object_classes.get(cls)
            if words and all(_lemma(o) in words and o.pos_ == "NOUN" for o in objs):
                return f"sense: {_lemma(tok)} + {cls}"
        return None

    def _clause_sense(self, tok: Any, classes: set[str]) -> str | None:
        """The ``to:`` and ``passive`` rows: the verb's to-infinitive is of the row's class
        ("declined to comment", "sought to calm"), or the verb is passive with no "by"
        phrase ("are allowed to leave": no one named grants it)."""
        if "passive" in classes:
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
            agent = any(c.dep_ == "agent" for c in tok.children)
            if passive and not agent:
                return f"sense: {_lemma(tok)} + passive"
        # "sought-after": the verb as a modifier names no act
        if "to:*" in classes and tok.dep_ == "amod":
            return f"sense: {_lemma(tok)} + modifier"
        for comp in tok.children:
            if comp.dep_ != "xcomp" or comp.pos_ not in ("VERB", "AUX"):
                continue
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
                continue
            if "to:*" in classes:
                return f"sense: {_lemma(tok)} + to-clause"
            for cls in sorted(c for c in classes if c.startswith("to:")):
                if _lemma(comp) in self.object_classes.get(cls[3:], frozenset()):
                    return f"sense: {_lemma(tok)} + {cls}"
        return None

    def self_obligation(self, cand: Candidate, event: Event) -> bool:
        """Whether a reported "must" binds no one but the speaker or a thing: "it must
        respond", "we must act" (the speaker's own pronoun, coded as no other party than
        the speaker), "the process will have to wait" (a thing, not a named entity)."""
        subjects = cand.recipient_override or []
        if "speech+obligation" not in cand.rules or not subjects:
            return False
        own = {a.code for a in event.actor if a.code}
        other = {r.code for r in event.recipient if r.code} - own
        for tok in subjects:
            if tok.pos_ == "PRON" and tok.lower_ in ("i", "we", "us", "it") and not other:
                continue
            if tok.pos_ == "NOUN" and not tok.ent_type_ and _lemma(tok) in self.things:
                continue
            return False
        return True

    def thing_as_actor(self, cand: Candidate, event: Event) -> bool:
        """Whether a verb's only actors are things (``object_classes.txt``), uncoded: "the
        controversy burned", "the program calls for" report no act of a party."""
        if cand.is_noun:
            return False
        if not event.actor:
            # the subject was no party at all ("the survey allows …"): is it a thing? A
            # report may still criticise or demand (its authors' act), so not for those
            if event.event in _VERBAL_TYPES:
                return False
            subjects = [c for c in cand.tok.children if c.dep_ == "nsubj"]
            return bool(subjects) and all(
                s.pos_ == "NOUN" and not s.ent_type_ and _lemma(s) in self.things for s in subjects
            )
        doc = cand.tok.doc
        for ref in event.actor:
            if ref.code or ref.sectors or ref.entity:
                return False
            span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
            if span is None or not len(span):
                return False
            root = span.root
            if root.pos_ != "NOUN" or root.ent_type_ or _lemma(root) not in self.things:
                return False
        return True

    @staticmethod
    def private_arrival(cand: Candidate, event: Event) -> bool:
        """Whether an arrival coded as a visit has only arrivals that name no party: CAMEO
        042 "make a visit" is a trip of officials or groups, while "her cousin arrived in
        Canada as a child" is a private person's move (no country or sector code of its
        own; a code guessed from the place of arrival is no party either). Only "arrive":
        "visit" and "travel to" are said of envoys whose code the coder may not resolve."""
        if event.event != "CONSULT" or _lemma(cand.tok) != "arrive" or not event.actor:
            return False
        guessed = "actor country: location" in (event.rule or "")
        return all(not a.sectors and (guessed or not a.code) for a in event.actor)

    def strip_non_actors(self, event: Event, doc: Any) -> None:
        """Drop the participants that name no party: a place inside a treaty's name."""
        treaty = self.object_classes.get("treaty", frozenset())

        def in_treaty_name(ref: ActorRef) -> bool:
            span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
            if span is None or not len(span):
                return False
            root = span.root
            if _lemma(root) in treaty:  # "the Paris agreement" as a whole
                return any(t.ent_type_ in ("GPE", "LOC") and t.head.i == root.i for t in span)
            head = root.head if root.dep_ in ("compound", "nmod", "amod") else None
            return (
                head is not None
                and head.i not in range(span.start, span.end)
                and _lemma(head) in treaty
                and root.ent_type_ in ("GPE", "LOC")
            )

        event.actor = [r for r in event.actor if not in_treaty_name(r)]
        event.recipient = [r for r in event.recipient if not in_treaty_name(r)]

    def implausible(self, cand: Candidate, event: Event, sent: Any) -> str | None:
        """Why a proposed event is not one (None if nothing speaks against it).

        A natural force or an accident is never the actor of a hostile act ("the quake
        killed", "the storm struck"), and a casualty verb with no named perpetrator in a
        sentence about an accident or a disaster, with no word of violence in it, reports
        no attack ("six were killed when the plant exploded").
        """
        lost = self.sense_lost(cand)
        if lost is not None:
            return lost
        self.strip_non_actors(event, cand.tok.doc)
        if self.thing_as_actor(cand, event):
            return "thing as actor"
        if self.self_obligation(cand, event):
            return "obligation of the speaker or a thing"
        if self.private_arrival(cand, event):
            return "arrival of a private person"
        if event.event not in HOSTILE | {"THREATEN"}:
            return None
        doc = cand.tok.doc

        def force(tok: Any) -> bool:
            # a subject tagged as a verb is a noun all the same ("the cholera outbreak in
            # the north has killed 86": "outbreak" read as a verb)
            noun = tok.pos_ in ("NOUN", "PROPN") or tok.dep_ in _SUBJECT_DEPS
            return noun and _lemma(tok) in self.natural_force

        for ref in event.actor:
            span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
            if span is not None and len(span) and force(span.root):
                return "natural force as actor"
        if any(force(c) for c in cand.tok.children if c.dep_ in _SUBJECT_DEPS):
            return "natural force as actor"
        if self.victims_named(cand):
            return "participle naming the victims"
        if self.accident_arrest(cand, event, sent):
            return "arrest for an accident"
        if self.disaster_emergency(cand, event, sent):
            return "emergency for a disaster"
        if self.cause_phrase(cand):
            return "killed in an accident"
        if any(a.code for a in event.actor) and "actor country: location" not in (event.rule or ""):
            return None
        if event.event == "PROTEST":
            return None  # a strike at a factory or a march past a plant is no casualty verb
        # this sentence and the one before; the trigger's own word is no accident cue
        start = sent.start
        if start > 0:
            start = doc[start - 1].sent.start
        accident = violence = False
        for t in doc[start : sent.end]:
            lemma = _lemma(t)
            if lemma in self.attack_cue:
                # "..., police said": who reports the toll is no word of violence
                violence = violence or not _speech_source(t, self.speech)
            elif t.i != cand.tok.i and (
                (t.pos_ == "NOUN" and lemma in self.accident_cue)
                or (t.pos_ == "VERB" and lemma in self.accident_verb)
            ):
                accident = True
        if accident and not violence:
            return "accident or disaster"
        return None

    def accident_arrest(self, cand: Candidate, event: Event, sent: Any) -> bool:
        """Whether an arrest holds someone to account for an accident told in this
        sentence or the two before it, with no word of violence there: the owner, driver
        or contractor, or someone held for negligence or for selling spurious liquor
        (grammar class ``accident_liability``: "police arrested the owner of the unit",
        "three men were held for selling the illicit brew"). Such an arrest is part of
        the accident's report, not a political act of coercion.
        """
        if event.event != "COERCE" or event.mode != "arrest" or cand.is_noun:
            return False
        verb = cand.tok
        held = [
            w
            for c in verb.children
            if c.dep_ in ("dobj", "nsubjpass", "prep", "conj")
            for w in c.subtree
        ]
        if not any(_lemma(w) in self.liability for w in held):
            return False
        # the arresting police are no word of violence (the subject of "registered a case
        # and arrested" too), nor is "..., police said"
        verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
        own = {verb.i} | {
            w.i for v in verbs for c in v.children if c.dep_ in _SUBJECT_DEPS for w in c.subtree
        }
        return self._accident_told(sent, own)

    def _accident_told(self, sent: Any, own: set[int]) -> bool:
        """Whether this sentence or the two before it tell an accident or a disaster (a
        noun of ``accident_cue`` or ``natural_force``, a verb of ``accident_verb``) with
        no word of violence outside the tokens ``own`` (the act's own words)."""
        doc = sent.doc
        start = sent.start
        for _ in range(2):
            if start > 0:
                start = doc[start - 1].sent.start
        accident = False
        for t in doc[start : sent.end]:
            lemma = _lemma(t)
            if t.i in own:
                continue
            owner = t.dep_ in ("compound", "nmod") and _lemma(t.head) in self.natural_force
            if lemma in self.attack_cue and not _speech_source(t, self.speech) and not owner:
                return False
            accident = accident or (
                (t.pos_ in ("NOUN", "PROPN") and lemma in self.accident_cue | self.natural_force)
                or (t.pos_ == "VERB" and lemma in self.accident_verb)
            )
        return accident

    def disaster_emergency(self, cand: Candidate, event: Event, sent: Any) -> bool:
        """Whether a state of emergency is declared for a disaster told in this sentence
        or the two before, with no word of violence there: the PLOVER manual (COERCE)
        codes no restriction for emergencies "in relation to national disasters" absent
        evidence of their use as a repressive tactic."""
        if event.event != "COERCE" or cand.is_noun:
            return False
        words = {_lemma(w) for c in cand.tok.children for w in c.subtree}
        if "emergency" not in words:
            return False
        own = {cand.tok.i} | {w.i for c in cand.tok.children for w in c.subtree}
        return self._accident_told(sent, own)

    def cause_phrase(self, cand: Candidate) -> bool:
        """Whether a casualty verb names its cause in its own phrase, a natural force or
        an accident with no word of violence or arms in it: "two workers were killed in
        the fire", "died in the crash", "were injured by the storm" (not "killed in the
        fire set by rioters", "killed in artillery fire")."""
        verb = cand.tok
        if cand.is_noun or _children(verb, *_SUBJECT_DEPS):
            return False
        if cand.event != "ASSAULT" and cand.mode != "destroy":
            return False  # harm done, not "weapons were recovered from the car"
        # the whole clause, as the parser may hang "started by the mob" on the verb
        if any(
            _lemma(w) in self.attack_cue and not _speech_source(w, self.speech)
            for w in verb.subtree
        ):
            return False
        return any(
            _lemma(obj) in self.natural_force | self.accident_cue
            for prep in verb.children
            if prep.dep_ in ("prep", "agent") and _lemma(prep) in ("in", "by")
            for obj in _children(prep, "pobj")
        )

    def victims_named(self, cand: Candidate) -> bool:
        """Whether a casualty participle is a noun phrase naming the victims, not an act:
        "the injured were rushed to hospital", "among the dead" (a determiner of its own,
        in a subject's or an object's place); or a bare present participle before a noun,
        which tells the thing's state ("trapped in a burning hotel")."""
        tok = cand.tok
        if cand.is_noun:
            return False
        if tok.tag_ == "VBG" and tok.dep_ == "amod" and not list(tok.children):
            return True  # "a burning hotel": the state of a thing, no act of anyone's
        if tok.tag_ != "VBN" or not _children(tok, "det"):
            return False
        return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
