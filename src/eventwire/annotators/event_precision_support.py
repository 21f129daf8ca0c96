"""Precision rules for words of support whose object is a thing, not a party, and for
co-operation and consultation that tell a standing relation or one side alone.

PLOVER SUPPORT is one party's act toward another: praise, endorsement, defence of a party
or of its act (``../shared/eval/events/NEWS-GUIDELINES.md``; opinions are no event). A
verb of endorsement in the simple present with a thing as its object ("the senator backs
the proposal", "she endorses a plan to cut taxes", "he supports the new law") tells a
stance held, described as a state, not an act reported (class ``stance_verb`` of
``object_classes.txt``); the past, the perfect or the future ("endorsed the proposal",
"will back the plan"), a headline's present (which tells a past act), a relative clause
that sorts parties by the side they take ("the cities that support the rule", who are
parties to the dispute) and a party as the object ("she supports the governor") stay.

"Defend" in its sense of keeping from harm by force is no verbal defence either (CAMEO 052
is "defend verbally"): joined to another verb of guarding ("will protect and defend the
citizens") or with only a land or its people as its object ("to defend the country",
"troops defending the capital"); classes ``guarding_verb`` and ``guarded_land``. A defence
against a claim or a criticism ("defended the republic against the charge of fraud"), or
one made in speech ("defended the state in an interview", "defended the province, saying
the audit was unfair", "spoke on the radio to defend the town") stays verbal; an attack
or arms (class ``armed_threat``) it is made against is no criticism.

Working with or recognising a party (COOPERATE ``work with``, SUPPORT ``recognize``) in
the simple present, said of a third party, tells a standing relation, no act ("the firm
works with federal agencies", "the province still recognizes the exiled government";
class ``standing_relation_verb``); "has worked closely with the ministry", "will
work with the authorities", "we recognize the new government" and a headline's present
stay. Working with a party (class ``joint_work_verb``) needs a public party on the other
side (a bare country's or body's code, or a sector that is not a private one): "worked
with children", "worked with Kenyan farmers", "worked with reporters on the story",
"worked with the company for ten years" tell private work. A participle that describes
people ("officials working with the agency said …") tells who they are, no act.

A talk over a topic (class ``lone_discussion_verb``: "discuss") by one party, with no
other side in its phrases (class ``discussion_counterpart``: "with the envoy", "by phone",
"at the summit"; "with" only before a party, not "with enthusiasm"; a noun of meeting not
inside the topic, not "discussed the call for sanctions") is a talk, a speech or a body's
own deliberation, no CONSULT: "the economist discussed interest rates", "the cabinet
discussed the budget", "the budget was discussed by the cabinet". Two or more parties
("the two leaders discussed trade", "we discussed"), a discussion that serves or joins
another act ("met the envoy to discuss", "met and discussed"), one with a recipient
("discussed the sanctions at the council") and one by a country named as such ("Ruritania
discussed the deal": a state talks with states, whom the next sentence often names) stay.

A thing is a common noun with no name in it, not a noun for people or groups (grammar
class ``actor_noun``) and not held by a possessor ("the president's move" is the
president's act, and backing it backs him).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..records import Event
from ..resources import word_sets
from . import doc_text
from .event_grammar import PARTY_ENTITY_TYPES, Candidate, _conjuncts, _lemma
from .event_lead import headline_end

if TYPE_CHECKING:
    from .event_lexicon import Lexicon

#: the tags of a verb in the simple present (Penn Treebank)
_PRESENT = frozenset({"VBZ", "VBP"})
#: the dependents of a noun that may name a party inside its phrase
_NAME_DEPS = frozenset({"poss", "compound", "nmod", "amod"})
#: the sectors of private people and bodies: working with them is no act between parties
_PRIVATE_SECTORS = frozenset({"CVL", "BUS", "EDU", "JRN", "REF", "MED", "HLH", "AGR", "LAB", "REL"})
#: the tags of a participle (Penn Treebank): "officials working with the UN"
_PARTICIPLE = frozenset({"VBG", "VBN"})
#: the dependencies of a verb's object or passive subject: the topic talked over, whose
#: words ("the call for sanctions") tell no meeting
_TOPIC = frozenset({"dobj", "nsubjpass"})
#: the prepositions of a discussion that name another side only with a party as object
#: ("with the envoy", not "with enthusiasm")
_SIDE_PREPS = frozenset({"with", "between", "among"})
#: the dependencies of a verb heading a clause of its own, not one serving another verb
_MAIN_CLAUSE = frozenset({"ROOT", "ccomp", "parataxis"})
#: the dependencies of clauses hung on a verb, which are not its own phrases
_CLAUSES = frozenset({"ccomp", "advcl", "xcomp", "relcl", "conj", "parataxis"})
#: the tags of a plural noun (Penn Treebank)
_PLURAL = frozenset({"NNS", "NNPS"})
#: the speaker's own pronouns: "we recognize" in a quote is the speaker's act
_SPEAKER = frozenset({"i", "we"})
#: the pronouns that name one person
_ONE_PERSON = frozenset({"he", "she", "i"})
#: the prepositions of a noun that may name its owner ("the proposal by the mayor")
_OWNER_PREPS = frozenset({"by", "of"})


class SupportPrecision:
    """Why a proposed SUPPORT backs a thing, not a party (see the module's text)."""

    def __init__(self, lex: Lexicon, object_classes: dict[str, frozenset[str]]) -> None:
        self.stance = object_classes.get("stance_verb", frozenset())
        self.guarding = object_classes.get("guarding_verb", frozenset())
        self.land = object_classes.get("guarded_land", frozenset())
        threat = object_classes.get("armed_threat", frozenset())
        judged = word_sets("events", "evaluative.txt")
        attacks = lex.word_class("verbal_attack_noun") - threat  # "against attack": force
        forums = lex.word_class("verbal_medium") | object_classes.get("verbal_forum", frozenset())
        #: the claims, criticisms and forums of speech that make a defence one in words
        self.verbal = judged.get("claim_noun", frozenset()) | attacks | forums
        self.speech = (
            lex.word_class("speech")
            | judged.get("naming_verb", frozenset())
            | object_classes.get("talk", frozenset())  # "spoke at the summit to defend"
        )
        self.actor_nouns = lex.word_class("actor_noun")
        self.joint_work = object_classes.get("joint_work_verb", frozenset())
        self.standing_verbs = object_classes.get("standing_relation_verb", frozenset())
        self.lone_talk = object_classes.get("lone_discussion_verb", frozenset())
        self.counterpart = object_classes.get("discussion_counterpart", frozenset())

    def why(self, cand: Candidate, event: Event) -> str | None:
        """The construction that makes the proposal no event, or None."""
        lemma = _lemma(cand.tok)
        if event.event in ("COOPERATE", "SUPPORT") and not cand.is_noun:
            if lemma in self.standing_verbs and self.standing(cand.tok):
                return "standing relation"
        if event.event == "COOPERATE" and not cand.is_noun and lemma in self.joint_work:
            if not any(_public(r) for r in event.recipient):
                return "work with no public party"
            if cand.tok.dep_ == "acl" and cand.tok.tag_ in _PARTICIPLE:
                return "work with told of people"  # "officials working with the UN said"
        if event.event == "CONSULT" and not cand.is_noun and not event.recipient:
            state = any(r.code and not r.sectors for r in event.actor)  # "Iran discussed"
            if not state and self.lone_discussion(cand.tok):
                return "discussion by one side"
        if event.event != "SUPPORT" or cand.is_noun:
            return None
        objects = [o for c in cand.tok.children if c.dep_ == "dobj" for o in _conjuncts(c)]
        if self.guarded(cand.tok, objects):
            return "defence by force"
        if _lemma(cand.tok) not in self.stance or not self.stance_held(cand.tok):
            return None
        return "stance held" if objects and all(self.thing(o) for o in objects) else None

    def guarded(self, verb: Any, objects: list[Any]) -> bool:
        """Whether a verb of guarding keeps from harm by force: joined to another verb of
        guarding ("protect and defend the citizens") or with only a land or its people,
        unnamed, as its objects ("to defend the nation", "defending the capital")."""
        if _lemma(verb) not in self.guarding or self.in_words(verb):
            return False
        joined = [c for c in verb.children if c.dep_ == "conj"]
        if verb.dep_ == "conj":
            joined.append(verb.head)
        if any(j.pos_ == "VERB" and _lemma(j) in self.guarding for j in joined):
            return True
        return bool(objects) and all(
            o.pos_ == "NOUN" and _lemma(o) in self.land and not o.ent_type_ for o in objects
        )

    def in_words(self, verb: Any) -> bool:
        """Whether a defence is made in words: against a claim or a criticism ("against
        the charge of fraud"), in a forum of speech ("at the hearing", "in an interview")
        or with a clause of speaking ("..., saying the audit was unfair"), on the verb or,
        for a to-clause of purpose, on the verb it serves ("went on the radio to defend
        the town", "spoke at the summit to defend the coast")."""
        if self._spoken(verb):
            return True
        purpose = verb.dep_ in ("advcl", "xcomp") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        )
        return purpose and (_lemma(verb.head) in self.speech or self._spoken(verb.head))

    def _spoken(self, verb: Any) -> bool:
        """Whether a verb's own phrases name a claim or a forum of speech, or a clause of
        speaking hangs on it."""
        for c in verb.children:
            if c.dep_ == "prep" and any(_lemma(o) in self.verbal for o in _objs(c)):
                return True
            if c.dep_ in ("advcl", "xcomp", "conj") and _lemma(c) in self.speech:
                return True
        return False

    def thing(self, tok: Any) -> bool:
        """Whether an object is a thing: a common noun with no name, possessor or party's
        "by"/"of" phrase in it and no noun for people or groups ("the proposal", "a plan
        to cut taxes"; not "the mayor", "the party's plan", "the Kurdish fighters", "the
        plan by the mayor", "the bill of Senator Roe")."""
        if (
            tok.pos_ != "NOUN"
            or tok.ent_type_ in PARTY_ENTITY_TYPES
            or _lemma(tok) in self.actor_nouns
        ):
            return False
        return not any(
            c.dep_ == "poss"
            or (c.dep_ in _NAME_DEPS and (c.pos_ == "PROPN" or c.ent_type_ in PARTY_ENTITY_TYPES))
            or (c.dep_ == "prep" and c.lower_ in _OWNER_PREPS and self._party_in(c))
            for c in tok.children
        )

    def _party_in(self, prep: Any) -> bool:
        """Whether a preposition's object names a party: a name, a party's entity or a noun
        for people or groups ("by Governor Hale", "of the council")."""
        return any(
            o.dep_ == "pobj"
            and (
                o.pos_ == "PROPN"
                or o.ent_type_ in PARTY_ENTITY_TYPES
                or _lemma(o) in self.actor_nouns
            )
            for o in prep.children
        )

    def lone_discussion(self, verb: Any) -> bool:
        """Whether a verb of talking a topic over (class ``lone_discussion_verb``) has one
        party for its subject (a singular noun or "he", "she", "I": no conjunct, no plural;
        in the passive, the agent: "was discussed by the cabinet") and no other side or
        meeting in its own phrases (class ``discussion_counterpart``: "with" and "between"
        only before a party, "with the envoy" but not "with enthusiasm"; a noun of meeting
        not inside the topic, "by phone" but not "discussed the call for sanctions"), and
        is no clause serving or joined to another act. The caller keeps an event with a
        recipient or a country's (or an international body's) own name as its actor."""
        if _lemma(verb) not in self.lone_talk or verb.dep_ not in _MAIN_CLAUSE:
            return False
        if any(c.dep_ == "conj" for c in verb.children):
            return False  # "met the minister and discussed trade"
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            subjects = [
                o
                for c in verb.children
                if c.dep_ == "agent"
                for o in c.children
                if o.dep_ == "pobj"
            ]
        if len(subjects) != 1:
            return False
        subj = subjects[0]
        if any(c.dep_ == "conj" for c in subj.children) or subj.tag_ in _PLURAL:
            return False
        if subj.pos_ == "PRON" and subj.lower_ not in _ONE_PERSON:
            return False
        for child in verb.children:
            if child.dep_ in _CLAUSES:
                continue
            for t in child.subtree:
                if _lemma(t) not in self.counterpart:
                    continue
                if t.lower_ in _SIDE_PREPS:
                    if self._party_in(t) or any(
                        o.dep_ == "pobj" and o.pos_ == "PRON" for o in t.children
                    ):
                        return False
                elif child.dep_ not in _TOPIC:
                    return False
        return True

    @staticmethod
    def standing(verb: Any) -> bool:
        """Whether a verb of a standing relation (class ``standing_relation_verb``) is in
        the simple present, said of a third party: "the firm works with federal agencies",
        "agencies that work with the police", "it still recognizes the exiled government"; not "we
        recognize the new government"."""
        if any(c.dep_ == "nsubj" and c.lower_ in _SPEAKER for c in verb.children):
            return False
        return _simple_present(verb)

    @staticmethod
    def stance_held(verb: Any) -> bool:
        """Whether a verb tells a state held, not an act: the simple present outside a
        relative clause ("she backs the plan"; not "Senator Backs Plan", "will back the
        plan", "the states that back the plan")."""
        return verb.dep_ != "relcl" and _simple_present(verb)


def _public(ref: Any) -> bool:
    """Whether an actor is a public party: a bare country or international body (a code
    with no sector) or one of a sector that is not a private one ("Kenyan children" have a
    country's code, and are private people)."""
    return bool((ref.code and not ref.sectors) or set(ref.sectors) - _PRIVATE_SECTORS)


def _simple_present(verb: Any) -> bool:
    """Whether a verb is in the simple present with no auxiliary, outside the headline
    (whose present tells a past act)."""
    if verb.tag_ not in _PRESENT:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.idx > headline_end(doc_text(verb.doc))


def _objs(prep: Any) -> list[Any]:
    """The objects of a preposition, with their conjuncts."""
    return [o for c in prep.children if c.dep_ == "pobj" for o in _conjuncts(c)]
