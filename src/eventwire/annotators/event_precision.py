"""Precision rules: proposed events that the sentence shows are not events.

A natural force or an accident is never the actor of a hostile act, and a casualty
verb in a sentence about an accident or a disaster, with no word of violence and no
named perpetrator, reports no attack (the police who only report it, "..., police
said", are no word of violence). The word classes (``natural_force``,
``accident_cue``, ``accident_verb``, ``attack_cue``) are in
``resources/events/grammar.txt``.

Participants that are no parties (``event_parties``: a private person leaving a job, a
thing as the actor of a co-operative or material act) make no event. A trigger read
without its event sense codes nothing (``event_senses``: "released the emails", "met the
deadline", "charged customers a fee", "fired into the air"). A place
named inside a treaty's name ("the Paris agreement") is no participant, and a demand
that the speaker itself or a thing must act ("it must respond", "the process will have to
wait") is no request to anyone.

No act is reported either by a participle before its noun ("a negotiated outcome",
"coordinated attacks": a description), a verb of habit or liking over the trigger
("loves to disparage": class ``habit`` of ``object_classes.txt``), a kind of act judged
with no one doing it ("it is wrong to bomb hospitals", "made it a crime to attack"), or a
yes/no question ("Can the opposition destroy him?").
"""

from __future__ import annotations

from typing import Any

from ..records import ActorRef, Event
from . import span_tokens
from .event_disaster_acts import DisasterActs
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
from .event_parties import Parties
from .event_precision_material import MaterialSubjects
from .event_precision_news import NewsPrecision
from .event_senses import Senses

#: the classes of ``object_classes.txt`` whose nouns are never an act's actor
_NEVER_ACTORS = ("document", "sum", "answer", "result", "speech", "thing")


class Precision:
    """Why a proposed event is not one."""

    def __init__(self, lex: Lexicon) -> None:
        self.natural_force = lex.word_class("natural_force")
        self.accident_cue = lex.word_class("accident_cue")
        self.accident_verb = lex.word_class("accident_verb")
        self.attack_cue = lex.word_class("attack_cue")
        self.harm = lex.word_class("harm_cue")
        self.liability = lex.word_class("accident_liability")
        self.speech = lex.word_class("speech")
        self.intent_adj = lex.word_class("intent_adj")
        self.sense = Senses(lex)
        self.disaster = DisasterActs(lex)
        self.object_classes = self.sense.object_classes
        self.senses = self.sense.senses
        self.habit = self.object_classes.get("habit", frozenset())
        self.talk = self.object_classes.get("talk", frozenset())
        self.audience = self.object_classes.get("audience", frozenset())
        # things that never act: not contests or commitments, whose words ("campaign",
        # "delegate", "majority") also name groups of people
        self.things = frozenset().union(
            *(self.object_classes.get(c, frozenset()) for c in _NEVER_ACTORS)
        )
        self.parties = Parties(lex, self.object_classes, self.things)
        self.material = MaterialSubjects(self.object_classes)
        self.news = NewsPrecision(lex, self.object_classes)

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
            subjects = [s for s in subjects if not self.disaster.weapon_fire(s)]  # a weapon's
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

    def press_addressed(self, cand: Candidate, event: Event) -> bool:
        """Whether a verb of talking (class ``talk`` of ``object_classes.txt``) has only the
        press, customers or a campaign's own following as addressees: "spoke to
        reporters" reports the telling (NEWS-GUIDELINES: plain reporting verbs are no
        event), "talked with her customers" is trade, "talking with supporters" is a
        campaign event (no CONSULT in the guidelines); no meeting of parties."""
        if event.event != "CONSULT" or cand.is_noun or _lemma(cand.tok) not in self.talk:
            return False
        doc = cand.tok.doc

        def no_party(ref: ActorRef) -> bool:
            if "JRN" in ref.sectors:
                return True
            span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
            return span is not None and len(span) > 0 and _lemma(span.root) in self.audience

        return bool(event.recipient) and all(no_party(r) for r in event.recipient)

    @staticmethod
    def attributive(cand: Candidate) -> bool:
        """Whether a verb trigger is a participle before its noun, with no word of its own
        after it, on a noun that names no party: "a negotiated outcome", "coordinated
        attacks", "murdered women", "Kremlin-financed media" describe a thing
        (NEWS-GUIDELINES: descriptions are no event); "the bridge destroyed by rebels"
        (after the noun, with its agent) tells one."""
        tok = cand.tok
        if cand.is_noun or tok.dep_ != "amod" or tok.i > tok.head.i:
            return False
        if tok.head.pos_ == "PROPN" or tok.head.ent_type_ or _lemma(tok) == "allege":
            # "the outlawed Workers' Party": the act done to a named party; "alleged
            # corruption": the allegation is the act (NEWS-GUIDELINES, reported claims)
            return False
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        if before is not None and before.pos_ in ("PROPN", "PRON"):
            return False  # "Mr Lane ignored staff warnings": a clause the parser missed
        if tok.tag_ == "VBG":  # "road-blocking protests": a compound names the act
            return not list(tok.children)
        return tok.tag_ == "VBN" and all(c.i < tok.i for c in tok.children)

    def habitual(self, cand: Candidate) -> bool:
        """Whether the trigger is the to-infinitive of a verb of habit or liking (class
        ``habit`` of ``object_classes.txt``): "loves to disparage", "tends to attack"
        tell what someone is like, not an act done."""
        tok = cand.tok
        if cand.is_noun or tok.dep_ != "xcomp" or _lemma(tok.head) not in self.habit:
            return False
        if any(_lemma(a) in ("would", "'d") for a in _children(tok.head, "aux")):
            return False  # "would love to meet": a wish, told as intent
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)

    def generic_act(self, cand: Candidate) -> bool:
        """Whether the trigger is a to-infinitive that names a kind of act, done by no one,
        as the subject of a judgement: "it is wrong to bomb hospitals", "it would be a
        mistake to expel them", "the law makes it a crime to attack a clinic" (the
        extraposed subject "it" of a copula, or of a noun or adjective after "make",
        "find" or "consider"). Not "it is ready to attack" (a party's readiness), nor
        "it is time for the army to withdraw" (a party named)."""
        tok = cand.tok
        if not cand.is_noun and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            tok = tok.head  # "to attack or blockade": the infinitive the two verbs share
        if cand.is_noun or tok.dep_ not in ("xcomp", "acl", "ccomp", "advcl"):
            return False
        if not _children(tok, "aux") or _lemma(_children(tok, "aux")[0]) != "to":
            return False
        subjects = _children(tok, *_SUBJECT_DEPS, "nsubjpass")
        if subjects:
            # "made it a crime to attack", parsed with "it a crime" as the verb's subject
            judged_subject = next(subjects[0].subtree).lower_ == "it"
            return judged_subject and _lemma(tok.head) in ("make", "find", "consider")
        gov = tok.head
        if _lemma(gov) == "be":
            judged = _children(gov, "acomp", "attr")
        elif gov.pos_ in ("NOUN", "ADJ") and _lemma(gov.head) in ("make", "find", "consider"):
            judged = [gov]
        else:
            return False
        if any(_lemma(j) in self.intent_adj for j in judged):
            return False
        if any(c.dep_ == "prep" and c.lower_ == "for" for j in [gov, *judged] for c in j.children):
            return False
        return any(c.lower_ == "it" and c.dep_ in _SUBJECT_DEPS for c in gov.children)

    @staticmethod
    def yes_no_question(cand: Candidate, sent: Any) -> bool:
        """Whether the trigger's sentence is a yes/no question, its auxiliary first and
        the subject after it: "Can the opposition destroy him?", "Will the army attack?",
        "Was he going to sit there criticizing things?" asks, it reports no act."""
        toks = span_tokens(sent)
        words = [t for t in toks if not t.is_punct and not t.is_space]
        last = [t for t in toks if not t.is_space and t.text not in ('"', "'", "''", "”", "’")]
        if not words or not last or "?" not in last[-1].text:
            return False
        first = words[0]
        if first.pos_ != "AUX" or first.dep_ not in ("aux", "auxpass", "ROOT"):
            return False
        clause = first.head if first.dep_ != "ROOT" else first
        subjects = _children(clause, *_SUBJECT_DEPS, "nsubjpass")
        return bool(subjects) and subjects[0].i > first.i and cand.tok.i >= first.i

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
        """Why a proposed event is not one (None if nothing speaks against it). A natural
        force or an accident is never the actor of a hostile act ("the storm struck"), and a
        casualty verb with no named perpetrator in a sentence about an accident or a
        disaster, with no word of violence, reports no attack ("six died when it exploded")."""
        lost = self.sense.lost(cand)
        if lost is not None:
            return lost
        self.strip_non_actors(event, cand.tok.doc)
        if self.thing_as_actor(cand, event):
            return "thing as actor"
        no_party = self.parties.why_not(cand, event) or self.material.why(cand, event)
        if no_party is not None:
            return no_party
        if self.self_obligation(cand, event):
            return "obligation of the speaker or a thing"
        if self.private_arrival(cand, event):
            return "arrival of a private person"
        if self.press_addressed(cand, event):
            return "talk to the press or an audience"
        if self.attributive(cand):
            return "participle as attribute"
        if self.habitual(cand):
            return "habit"
        if self.generic_act(cand):
            return "generic act"
        if self.yes_no_question(cand, sent):
            return "question"
        campaign_talk = self.news.why(cand, event, sent)
        if campaign_talk is not None:
            return campaign_talk
        if event.event not in HOSTILE | {"THREATEN"}:
            return None
        doc = cand.tok.doc

        def force(tok: Any) -> bool:
            # a subject tagged as a verb is a noun all the same ("the cholera outbreak in
            # the north has killed 86": "outbreak" read as a verb)
            noun = tok.pos_ in ("NOUN", "PROPN") or tok.dep_ in _SUBJECT_DEPS
            return noun and _lemma(tok) in self.natural_force and not self.disaster.weapon_fire(tok)

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
        disaster_act = self.disaster.why(cand, event, sent)
        if disaster_act is not None:
            return disaster_act
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
                # nor are forces at the scene on a relief errand ("police and paramedics
                # attended the pile-up")
                violence = violence or not (
                    _speech_source(t, self.speech) or self.disaster.relief_word(t)
                )
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
        "the injured were rushed to hospital", "among the dead" (a determiner of its own, in
        a subject's, object's, conjunct's or apposition's place, or an adverbial clause's
        where the parser reads a list so: "for the orphans, the wounded, and the widows");
        a bare present participle before a noun, the thing's state ("a burning hotel"); or a
        harm participle (``harm_cue``) heading a tally ("Wounded: 31", not "Arrested: 40")."""
        tok = cand.tok
        if cand.is_noun:
            return False
        if tok.tag_ == "VBG" and tok.dep_ == "amod" and not list(tok.children):
            return True  # "a burning hotel": the state of a thing, no act of anyone's
        if tok.tag_ != "VBN":
            return False
        nxt = tok.doc[tok.i + 1 : tok.i + 3]
        if len(nxt) == 2 and nxt[0].lower_ == ":" and nxt[1].like_num:
            return _lemma(tok) in self.harm
        if not _children(tok, "det"):
            return False
        return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "advcl")
