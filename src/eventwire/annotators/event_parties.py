"""Events whose participants are no parties: NEWS-GUIDELINES.md counts an act only by an
actor with a political role (a government, official, party, court, police, armed group,
organisation; "a media or business organisation acting toward a political actor").

- A person leaving a job is no withdrawal (RETREAT) unless the one who leaves or the body
  left holds a political role: "she resigned from the paper", "the founder quit to
  pursue a career" tell a private career (the verbs of class ``leave_post`` of
  ``object_classes.txt``; business parties by the sector codes of class
  ``private_sector``).
- A thing is no actor of a co-operative or material act that is not hostile, even where
  its owner gave it a code ("the exhibits allow visitors to see", "the escalation of
  raids supplied grounds", "Russia's practices allowed", "the rules, which allow banks
  to", "the treaty allows inspectors to": a law or an accord grants nothing by its wording
  alone; classes ``rule`` and ``treaty``): a noun of the classes that
  never act (``object_classes.txt``), or an abstract noun by its suffix (class
  ``abstract_suffix``) that is no actor noun (class ``actor_noun`` of ``grammar.txt``:
  "administration", "commission" are parties). Hostile acts keep their instruments ("a
  bomb killed"), and verbal acts their documents ("the report criticised"), as
  NEWS-GUIDELINES labels them. So is a relative pronoun that stands for such a thing ("a
  test which allows the army to", "permits such as those that allow miners to").
- A verb of meeting or talking (CONSULT) with no one named on either side reports no
  meeting of parties: "only two have met this year".
- Helping a party do something (a row with the helped act's clause, "help that_clause")
  is aid only between parties: a helper with a code of its own (a state or an
  organisation) and a helped party ("Washington would help Kenya build", not "the
  new radar would help the navy upgrade", "the senator helped her aide to find").
- Letting a party do something (grammar class ``permission_verb``: "allow X to do Y")
  where that "allow" is conjoined to a verb whose subject is a thing or an event ("the
  Spring Fair opened in May and allowed traders to reach the port"), or where the chain
  of verbs it is conjoined to has no subject and ends in the to-clause of a thing ("a
  plan to cut the fees and allow small firms to bid"): what a thing or an act makes
  possible, no concession (CAMEO 08). An "allow" conjoined to no verb is left to the
  other rules.
- Regretting one's own act accuses no one (PLOVER CONCEDE: apologize; a thesaurus of
  "apologize": "express regret"): "regretted its decision", "regrets having voted for
  it", "regretted that we misjudged" (verbs of class ``regret_verb`` of ``grammar.txt``).
- A phrasal verb's row ("give in", "cave in") names its adverb particle (class
  ``adverb_particle`` of ``grammar.txt``): the particle must hang on the verb, not be a
  preposition in its object's phrase ("gave the people freedom in the republic").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..records import ActorRef, Event
from .event_grammar import (
    HOSTILE,
    THAT_CLAUSE,
    TO_INFINITIVE,
    Candidate,
    Phrases,
    _lemma,
    abstract_by_suffix,
)
from .event_lexicon import Lexicon
from .event_precision_hope import HopedAppeal

#: the types whose actor must be a party: material or co-operative acts that are not
#: hostile; neither verbal acts (a report may criticise) nor force (a bomb kills)
_PARTY_TYPES = frozenset({"CONCEDE", "AID", "COOPERATE", "CONSULT", "RETREAT"})

#: the rule note of a promise or an intent coded as AGREE: "intent: AGREE to CONCEDE"
_INTENT = re.compile(r"intent: AGREE to ([A-Z]+)")

#: the types whose rows naming only a preposition need it on the verb ("welcome to",
#: "huddle on"), not on the object's phrase ("welcomed the return to growth")
_PREPOSITION_TYPES = frozenset({"CONSULT", "CONCEDE"})

#: the possessive pronouns that make an act the speaker's or the actor's own
_OWN = frozenset({"my", "our", "its", "his", "her", "their"})
#: the personal pronouns a clause's subject may repeat from its verb's subject
_PRONOUNS = frozenset({"i", "we", "he", "she", "it", "they"})

#: the rule notes a code guessed from the sentence's place carries, by role
_GUESSED = {
    "actor": ("actor country: location",),
    "recipient": ("recipient: sentence place", "recipient: location"),
}
#: entity types that name a thing, never a party (an event, a law, a date, a work)
_THING_ENTITIES = frozenset({"EVENT", "LAW", "DATE", "TIME", "WORK_OF_ART", "PRODUCT"})


class Parties:
    """Whether a proposed event's participants are parties with a political role."""

    def __init__(
        self, lex: Lexicon, object_classes: dict[str, frozenset[str]], things: frozenset[str]
    ) -> None:
        """``things``: the nouns that never act (event_precision's classes), to which the
        qualities one shows and the course of events are added here."""
        self.phrases = Phrases(lex)
        self.lex = lex
        # a row naming only particles ("give in"), or for a meeting or a concession only
        # prepositions ("welcome to"): the word must hang on the verb. Not for verbal acts,
        # whose "of" the parser often hangs on the object ("accused the governor of")
        self.particles = lex.word_class("adverb_particle")
        self.prepositions = lex.word_class("preposition")
        self.regret = lex.word_class("regret_verb")
        # weapons (the lexicon's "&war_arms" set) take their user's sector, not a role
        self.arms = frozenset(lex.word_sets.get("&war_arms", {}))
        self.leave_post = object_classes.get("leave_post", frozenset())
        self.private = frozenset(s.upper() for s in object_classes.get("private_sector", ()))
        self.market_crowd = object_classes.get("market_crowd", frozenset())
        self.suffixes = tuple(sorted(object_classes.get("abstract_suffix", ())))
        self.requirement = object_classes.get("requirement_verb", frozenset())
        self.permission = lex.word_class("permission_verb")
        self.hope = HopedAppeal(self.phrases, lex)
        self.things = (
            things
            | object_classes.get("quality", frozenset())
            | object_classes.get("course", frozenset())
            | object_classes.get("rule", frozenset())
            | object_classes.get("treaty", frozenset())
        )

    def why_not(self, cand: Candidate, event: Event) -> str | None:
        """Why the event's participants name no political act (None if they may)."""
        if self.private_leaving(cand, event):
            return "private person leaving a job"
        if self.non_party_actor(cand, event):
            return "actor names no party"
        if self.relative_thing(cand, event):
            return "relative clause of a thing"
        if self.market_mood(event, cand):
            return "market reaction"
        if self.nobody_meets(cand, event):
            return "meeting of no one named"
        if self.borrowed_particle(cand):
            return "particle of another phrase"
        if self.help_without_parties(cand, event):
            return "help not between parties"
        if self.own_regret(cand, event):
            return "regret of one's own act"
        if self.thing_requires(cand, event):
            return "requirement of a thing"
        if self.hope.no_appeal(cand, event):
            return "hope that is no appeal to another party"
        if self.thing_enables(cand, event):
            return "what a thing makes possible"
        return None

    def thing_enables(self, cand: Candidate, event: Event) -> bool:
        """Whether "allow X to do Y" (a ``permission_verb`` with the clause of what is let
        be done) is told of a thing: the subject of the verb it is conjoined to is a
        thing or an event, or the chain of conjoined verbs ends in the to-clause of a
        thing ("a plan to ... and allow"); an "allow" conjoined to no verb is not judged
        here. See the module's text."""
        tok = cand.tok
        if event.event != "CONCEDE" or cand.is_noun or _lemma(tok) not in self.permission:
            return False
        if not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False  # its own subject: the actors and the rules above judge it
        head = tok
        for _ in range(4):
            if head.dep_ != "conj" or head.head.i == head.i:
                break
            head = head.head
        if head.i == tok.i:
            return False
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if subjects:
            return all(self._thing_named(s) for s in subjects)
        return head.dep_ == "acl" and head.head.pos_ == "NOUN" and self.thing(head.head)

    def _thing_named(self, tok: Any) -> bool:
        """Whether a subject names a thing: a common noun of ``thing``, or a name of an
        event, a law, a date or a work (entity types no party bears)."""
        if tok.pos_ == "PROPN":
            return tok.ent_type_ in _THING_ENTITIES
        return tok.pos_ == "NOUN" and not tok.ent_type_ and self.thing(tok)

    def thing_requires(self, cand: Candidate, event: Event) -> bool:
        """Whether a demand by a verb of requirement (``requirement_verb``) has for its
        subject only common nouns that name no party: "the treaty requires members to
        report", "the flood required crews to stay" make a thing needful; no party demands
        it ("the ministry required banks to report" stays)."""
        tok = cand.tok
        if event.event != "REQUEST" or cand.is_noun or _lemma(tok) not in self.requirement:
            return False
        if any(ref.code or ref.sectors or ref.entity for ref in event.actor):
            return False  # "the regulator required": the actors annotator found a party
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        return bool(subjects) and all(
            s.pos_ == "NOUN" and not s.ent_type_ and not self.phrases.actor_like(s, None)
            for s in subjects
        )

    def own_regret(self, cand: Candidate, event: Event) -> bool:
        """Whether disapproval by a verb of regret (ACCUSE) is of the actor's own act: its
        object is owned by a personal pronoun ("its decision", "his remarks"), a gerund
        with no subject of its own ("having voted"), or a clause whose subject is the
        verb's own pronoun or "I"/"we" ("regretted that we misjudged")."""
        tok = cand.tok
        if event.event != "ACCUSE" or cand.is_noun or _lemma(tok) not in self.regret:
            return False
        subjects = {str(c.lower_) for c in tok.children if c.dep_ == "nsubj"}
        for c in tok.children:
            if c.dep_ == "dobj" and any(
                g.dep_ == "poss" and str(g.lower_) in _OWN for g in c.children
            ):
                return True
            clausal = c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "dobj" and c.tag_ == "VBG")
            if not clausal:
                continue
            own = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if not own or str(own[0].lower_) in ({"i", "we"} | (subjects & _PRONOUNS)):
                return True
        return False

    def help_without_parties(self, cand: Candidate, event: Event) -> bool:
        """Whether help with a clause of the act helped ("would help X build") misses a
        party on either side: a thing or a private person helps no one to an aid."""
        if _base_type(event) != "AID" or not {THAT_CLAUSE, TO_INFINITIVE} & set(cand.pat.deps):
            return False
        tok = cand.tok
        helped = [c.idx for c in tok.children if c.dep_ == "dobj"] + [
            g.idx
            for c in tok.children
            if c.dep_ in ("ccomp", "xcomp")
            for g in c.children
            if g.dep_ == "nsubj"
        ]
        # the recipient is the one helped, not a code guessed from the sentence's place
        named = [r for r in event.recipient if any(r.start <= i < r.end for i in helped)]
        # the helper a state or an organisation with a code of its own ("France helped
        # the rebels to train"), not a person lending a hand ("the senator helped her aide")
        helper = [r for r in event.actor if r.code]
        sides = (helper if len(helper) == len(event.actor) else [], named)
        return not all(refs and all(self._coded(r, cand) for r in refs) for refs in sides)

    def _coded(self, ref: ActorRef, cand: Candidate) -> bool:
        """Whether a participant names a party: a code or a sector of its own, on a
        phrase whose head is no thing ("the artillery" takes its owner's code)."""
        if not (ref.code or ref.sectors):
            return False
        span = cand.tok.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None or not len(span):
            return True
        root = self.phrases.core(span.root)
        if root.pos_ != "NOUN" or root.ent_type_:
            return True
        return not (self.thing(root) or _lemma(root) in self.arms)

    def borrowed_particle(self, cand: Candidate) -> bool:
        """Whether a verb row naming only adverb particles ("give in") matched a word that is
        not the verb's own dependent but a preposition further down ("to give the people
        freedom in the republic", "a plan to fight in the courts")."""
        if cand.is_noun:
            return False
        named = self.lex.pattern_words(cand.pat)
        words = self.particles
        if cand.event in _PREPOSITION_TYPES:
            words = words | self.prepositions
        if not named or not named <= words:
            return False  # "plan stop in": the row names the object its phrase hangs on
        own = {str(c.lower_) for c in cand.tok.children}
        return not named <= own

    @staticmethod
    def nobody_meets(cand: Candidate, event: Event) -> bool:
        """Whether a verb of meeting or talking (CONSULT) names no one on either side: a
        consultation is between parties ("only two have met this year", "was not
        authorized to discuss them" name none), unlike its noun ("a summit", "the talks"),
        which names the meeting itself."""
        return (
            event.event == "CONSULT"
            and not cand.is_noun
            and not event.actor
            and not event.recipient
        )

    def _private_ref(self, ref: ActorRef, event: Event, role: str) -> bool:
        """Whether a participant is a private party or none known: no country code of its
        own (a code guessed from the sentence's place, ``_GUESSED`` for its ``role``, is
        none) and no sector but private ones."""
        guessed = role == "actor" and any(g in (event.rule or "") for g in _GUESSED[role])
        if ref.code and not guessed and ref.code != "MNC":
            return False
        return all(s in self.private for s in ref.sectors)

    def private_leaving(self, cand: Candidate, event: Event) -> bool:
        """Whether a verb of leaving a post (RETREAT) tells a private career: the body left
        ("from the paper") is a private party or none known, or, with no body named, the
        one who leaves is ("the editor quit"); an official who resigns keeps the act."""
        if event.event != "RETREAT" or cand.is_noun or _lemma(cand.tok) not in self.leave_post:
            return False
        # a recipient guessed from the sentence's place ("resigned Sunday ... in Tbilisi")
        # is no body left: then the one who leaves decides
        guessed = any(g in (event.rule or "") for g in _GUESSED["recipient"])
        if event.recipient and not guessed:
            refs, role = event.recipient, "recipient"
        else:
            refs, role = event.actor, "actor"
        return bool(refs) and all(self._private_ref(r, event, role) for r in refs)

    def non_party_actor(self, cand: Candidate, event: Event) -> bool:
        """Whether every actor of a non-hostile material or co-operative act is a thing:
        a common noun of the classes that never act, or an abstract noun by its suffix
        ("the exhibits allow visitors to see", "the escalation of raids supplied")."""
        if _base_type(event) not in _PARTY_TYPES or not event.actor or cand.is_noun:
            return False
        for ref, root in self._actor_cores(cand, event):
            if root is None or root.pos_ != "NOUN" or root.ent_type_:
                return False
            # a listed thing is one whatever its phrase names ("the escalation of
            # rebel raids" takes a sector from its "of" phrase); a suffix alone
            # decides only for a phrase the actors annotator found no party in
            if _lemma(root) not in self.things and (
                ref.sectors or ref.entity or not self.thing(root)
            ):
                return False
        return True

    def relative_thing(self, cand: Candidate, event: Event) -> bool:
        """Whether a non-hostile material or co-operative verb has for subject a relative
        pronoun that stands for a thing: "a system that allows voters to", "the test,
        which experts said allows the army to", "permits such as those that allow miners
        to" (the noun the relative clause modifies, past a demonstrative in a "such
        as" phrase, is a common noun that names no party and in which the actors annotator
        found none: a thing grants nothing; "the firm that allowed" is a party)."""
        if _base_type(event) not in _PARTY_TYPES or cand.is_noun:
            return False
        verb = cand.tok
        if not any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.children):
            return False
        clause, hops = verb, 0
        while clause.dep_ in ("ccomp", "conj") and hops < 3:  # "which experts said allows"
            clause, hops = clause.head, hops + 1
        if clause.dep_ != "relcl":
            return False
        noun = clause.head
        if noun.tag_ == "DT" and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            noun = noun.head.head  # "permits such as those that allow"
        if noun.pos_ != "NOUN" or noun.ent_type_ or self.phrases.actor_like(noun, None):
            return False
        # "the company that allowed": the actors annotator found a party in the phrase
        return not any(
            (ref.code or ref.sectors) and ref.start <= noun.idx < ref.end for ref in event.actor
        )

    def market_mood(self, event: Event, cand: Candidate) -> bool:
        """Whether every actor of a non-hostile act is the markets' crowd (class
        ``market_crowd``): "bondholders applauded the buyback plan", "traders brushed aside
        a warning" tell a market's mood, no act of a party with a political role."""
        if event.event in HOSTILE or not event.actor:
            return False
        return all(
            root is not None and not root.ent_type_ and _lemma(root) in self.market_crowd
            for _, root in self._actor_cores(cand, event)
        )

    def _actor_cores(self, cand: Candidate, event: Event) -> Iterator[tuple[ActorRef, Any]]:
        """Each actor of ``event`` with the core word of its phrase (``Phrases.core`` of
        the span's root), or None where its offsets give no span of the sentence's doc."""
        doc = cand.tok.doc
        for ref in event.actor:
            span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
            yield ref, (self.phrases.core(span.root) if span is not None and len(span) else None)

    def thing(self, tok: Any) -> bool:
        """Whether a common noun names a thing: one of the listed classes, or an abstract
        noun by its suffix (``abstract_suffix``) that is no actor noun ("administration",
        "commission" are)."""
        lemma = _lemma(tok)
        if lemma in self.things:
            return True
        if self.phrases.actor_like(tok, None) or lemma in self.phrases.quantity:
            return False
        return abstract_by_suffix(lemma, self.suffixes)


def _base_type(event: Event) -> str:
    """The type of the act itself: a promise or an intent to act ("will allow", coded
    AGREE to CONCEDE) is judged by the act promised."""
    found = _INTENT.search(event.rule or "")
    return found.group(1) if found else event.event
