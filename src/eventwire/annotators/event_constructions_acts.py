"""Violent acts and protests named by a noun that the sentence reports as done.

An attack noun alone is often only a topic ("he made his points about the attack"), so
a noun codes an event only where a light verb, an occurrence verb or an agent makes it
one (``event_triggers``). Reporters tell a first report of violence two more ways: by
its toll or manner, or its victim ("the deadly shooting", "a fatal stabbing", "the
killing of an unarmed man"), and as what something set off ("the verdict sparked
protests", "the death triggered two days of rioting"). The nouns (grammar class
``marked_act_noun``), the marks (``act_mark``) and the verbs of outbreak
(``outbreak_verb``) are in ``resources/events/grammar.txt``. A protest's purpose and a
called strike are folded into one protest here too (``protest_purpose``,
``called_strike``). Two verb constructions tell an attack without an attack verb: the
weapon that hit ("a bullet hit him", class ``weapon_hit``) and intervening by force
("intervened militarily", "intervened in Chad": classes ``intervention``,
``intervention_mark``, ``armed_conflict``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..gazetteer import aliases, rows
from ..resources import word_sets
from .event_acts_alleged import alleged_act
from .event_acts_located import located_act
from .event_grammar import (
    _PASSIVE_SUBJECT_DEPS,
    _RECIPIENT_PREPS,
    _SUBJECT_DEPS,
    PARTY_ENTITY_TYPES,
    TIME_ENTITIES,
    Candidate,
    _children,
    _clause_head,
    _has_word,
    _lemma,
    verb_doers,
)
from .event_lexicon import Lexicon, Pattern

#: entity types that name no victim ("the shooting of 2019", "the killing of $5 million")
_NOT_VICTIMS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
#: the prepositions of an act noun that name whom or what it was done to: its victim ("the
#: killing of a teenager") or its target ("the attack on the consulate", "violence against")
_VICTIM_PREPS = {"of": "victim", "on": "target", "against": "target"}
#: entity types of a name that an attack may be aimed at by force: a place, a building,
#: a body or a people ("the attack on the Pentagon"); a person's name may be a debater's
_TARGET_NAMES = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})
#: entity types of a number that counts no acts ("the 2019 killings": a year)
_NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
#: the types a verb of outbreak reports as done
_OUTBREAK_TYPES = frozenset({"PROTEST", "ASSAULT"})


def reported_act(cand: Candidate, forms: Any) -> bool:
    """Whether an event noun is reported as done: by a mark, a count or its victim
    (``marked_act``), by the place or group it was aimed at (``aimed_act``), by the named
    place where it happened (``event_acts_located.located_act``), by a verb of
    outbreak (``set_off``), as a legal act brought (``legal_act``), as taking place
    (``took_place``) or as the act an allegation is about (``event_acts_alleged``);
    ``forms``: the ``Constructions`` holding the word classes."""
    if not cand.is_noun:
        return False
    return (
        marked_act(cand, forms)
        or aimed_act(cand, forms)
        or located_act(cand, forms)
        or set_off(cand, forms.outbreak)
        or legal_act(cand, forms)
        or took_place(cand, forms)
        or alleged_act(cand, forms)
    )


@dataclass(frozen=True)
class ProtestWords:
    """The word classes that tell the verb "protest" as a demonstration (grammar.txt):
    the gatherings it is the purpose of (``protest_gathering``), the verbs that hold one
    (``protest_host``), the verbs of planning it (``protest_plan``), the bodies that plan
    one (``protest_party``) and the channels of a protest in words (``protest_channel``)."""

    gatherings: frozenset[str]
    hosts: frozenset[str]
    plans: frozenset[str]
    parties: frozenset[str]
    channels: frozenset[str]

    @classmethod
    def load(cls, lex: Lexicon) -> ProtestWords:
        """The classes from ``lex``'s grammar."""
        names = ("gathering", "host", "plan", "party", "channel")
        return cls(*(lex.word_class(f"protest_{name}") for name in names))


@dataclass(frozen=True)
class FireWords:
    """The word classes of gunfire reported as done (grammar.txt): the fire nouns
    (``fire_noun``), their marks of manner (``fire_mark``), the bursts they come in
    (``salvo``), and the verbs that make an act noun one feared
    (``act_fear_verb``)."""

    nouns: frozenset[str]
    marks: frozenset[str]
    salvos: frozenset[str]
    fear_verbs: frozenset[str]

    @classmethod
    def load(cls, lex: Lexicon) -> FireWords:
        """The classes from ``lex``'s grammar."""
        names = ("fire_noun", "fire_mark", "salvo", "act_fear_verb")
        return cls(*(lex.word_class(name) for name in names))


def crowd_protest(verb: Any, forms: Any) -> bool:
    """Whether the verb "protest" is a demonstration, not a verbal protest: protesters are
    its subject or the noun it describes ("demonstrators protesting against ...",
    "marchers who were protesting the ruling"), it is the purpose of a verb of gathering
    ("gathered to protest"), of a gathering it hangs on ("a vigil to protest the cuts")
    or of a verb of holding one whose object is a protest gathering (``ProtestWords``:
    "staged a sit-in to protest the law"), or a crowd or a body of members plans it
    ("the union plans to protest the vote", as the lexicon's "plan protest" rows read it)
    and no written or legal channel tells it ("by petition", "in court": a protest in
    words); ``forms``: the ``Constructions`` holding the word classes."""
    head, words = verb.head, forms.protest_words
    purpose = verb.dep_ in ("xcomp", "advcl", "acl")
    held = _lemma(head) in words.hosts and any(
        _lemma(o) in words.gatherings for o in _children(head, "dobj")
    )
    return bool(
        forms.protester(verb)
        or (verb.dep_ in ("acl", "relcl") and _lemma(head) in forms.protester_nouns)
        or (verb.dep_ in ("xcomp", "advcl", "conj") and forms.protester(head))
        or (purpose and _lemma(head) in forms.protest_motion)
        or (purpose and (_lemma(head) in words.gatherings or held))
        or (verb.dep_ == "xcomp" and _planned_demonstration(verb, head, forms))
    )


def _planned_demonstration(verb: Any, plan: Any, forms: Any) -> bool:
    """Whether ``verb`` "protest", the to-infinitive of ``plan``, is a demonstration
    planned: a verb of planning whose subject is protesters or a body of members
    (classes ``protester``, ``protest_party``), with no written or legal channel
    (``protest_channel``) in the protest's phrases ("with a formal appeal", "in court")."""
    words = forms.protest_words
    if _lemma(plan) not in words.plans:
        return False
    parties = forms.protester_nouns | words.parties
    if not any(_lemma(s) in parties for s in _children(plan, "nsubj")):
        return False
    return not any(
        _lemma(o) in words.channels
        for prep in _children(verb, "prep")
        for o in _children(prep, "pobj")
    )


def took_place(cand: Candidate, forms: Any) -> bool:
    """Whether an event noun is told as happening: the subject of a verb of being
    (grammar class ``stative``) whose object makes it one of occurrence (class
    ``occurrence_object``: "the shooting took place"), or the noun that a relative clause
    of occurrence or of taking place describes ("a meeting, which took place at the hotel",
    "the attack, which happened on Monday"; class ``occurrence``); the rule is added. (The
    subject of a verb of ``occurrence`` itself, "the attack happened", is told in
    ``event_triggers``.)"""
    tok = cand.tok

    def took(verb: Any) -> bool:
        return _lemma(verb) in forms.stative and any(
            _lemma(o) in forms.occurrence_object for o in _children(verb, "dobj")
        )

    if tok.dep_ in ("nsubj", "nsubjpass") and took(tok.head):
        cand.rules.append(f"took place: {_lemma(tok.head)}")
        return True
    for clause in _children(tok, "relcl"):
        subjects = _children(clause, *_SUBJECT_DEPS)
        if (
            subjects
            and _lemma(subjects[0]) in _RELATIVE
            and (_lemma(clause) in forms.occurrence or took(clause))
        ):
            cand.rules.append(f"took place: {_lemma(clause)}")
            return True
    return False


#: verbs whose subject is an inquiry reporting its findings, not an inquiry opened:
#: "an investigation found", "the probe showed" (a report; NEWS-GUIDELINES: no event)
_FINDING = frozenset({"find", "show", "conclude", "reveal", "determine", "uncover", "suggest"})
#: relative pronouns: a clause they open describes the noun ("charges that were dropped")
_RELATIVE = frozenset({"that", "which", "who", "what"})


def legal_act(cand: Candidate, forms: Any) -> bool:
    """Whether a noun of a court or legal act (grammar class ``legal_act_noun``) is
    reported as one: a legal mark modifies it ("a federal investigation", "a bribery
    charge"), its "of"/"into"/"against" phrase names the party it is brought against
    ("the inquiry into the mayor", "a probe of the company"; that party is then the
    recipient) or the wrong it names ("charges of fraud": no recipient), or a clause tells the wrong
    ("charges that it paid bribes"). An inquiry that is the subject of a verb of finding
    reports findings ("an investigation found ..."): no act."""
    tok, word_class = cand.tok, forms.lex.word_class
    if _lemma(tok) not in word_class("legal_act_noun"):
        return False
    marks = word_class("legal_mark")
    parties = forms.legal_parties
    if tok.dep_ in ("nsubj", "nsubjpass") and _lemma(tok.head) in _FINDING:
        return False
    for mod in _children(tok, "amod", "compound"):
        if _lemma(mod) in marks or str(mod.lower_) in marks:
            cand.rules.append(f"legal act: {mod.lower_}")
            return True
    for prep in _children(tok, "prep"):
        if _lemma(prep) not in ("of", "into", "against"):
            continue
        for obj in _children(prep, "pobj"):
            if _party(obj, parties):
                cand.rules.append(f"legal act: {_lemma(prep)} party")
                cand.recipient_override = [obj]
                return True
            if _lemma(prep) == "of" and _wrong(obj, marks):
                cand.rules.append("legal act: wrong named")
                cand.recipient_override = []  # the wrong is no party ("charges of fraud")
                return True
    if _lemma(tok) == "charge" and _wrong_told(tok):
        cand.rules.append("legal act: wrong told")
        return True
    return False


def legal_parties(lex: Lexicon) -> frozenset[str]:
    """The nouns of parties a legal act or a contest in court is brought against: the
    grammar classes ``actor_noun`` and ``legal_party`` (built once a lexicon, held by
    ``Constructions.legal_parties``)."""
    return lex.word_class("actor_noun") | lex.word_class("legal_party")


def _party(tok: Any, parties: frozenset[str]) -> bool:
    """Whether a noun names a party (``_own_party``), or a thing of a party's ("the
    senator's finances")."""
    return _own_party(tok, parties) or (
        tok.ent_type_ not in _NOT_VICTIMS
        and any(_party(p, parties) for p in _children(tok, "poss"))
    )


def _own_party(tok: Any, parties: frozenset[str]) -> bool:
    """Whether a noun itself names a party: a person, a group, a business or a state (an
    entity of ``PARTY_ENTITY_TYPES``, a word of ``parties``, a personal pronoun)."""
    if tok.ent_type_ in _NOT_VICTIMS:
        return False
    return tok.ent_type_ in PARTY_ENTITY_TYPES or _lemma(tok) in parties or _lemma(tok) in _PERSONAL


def _wrong(tok: Any, wrongs: frozenset[str]) -> bool:
    """Whether a noun, or a word modifying it, names a wrong ("fraud", "felony
    endangerment")."""
    return any(_lemma(w) in wrongs for w in (tok, *_children(tok, "compound", "amod")))


def _wrong_told(tok: Any) -> bool:
    """Whether a clause on a charge noun tells the wrong: "charges that it paid bribes",
    "the charge he lied" (a clause with its own subject, not a relative clause that
    describes the charges, "charges that were dropped")."""
    for clause in _children(tok, "acl", "ccomp", "relcl"):
        subjects = _children(clause, "nsubj", "nsubjpass")
        if subjects and not any(_lemma(s) in _RELATIVE for s in subjects):
            return True
    return False


def marked_act(cand: Candidate, forms: Any) -> bool:
    """Whether an act noun (``forms.act_nouns``) is reported as a real act: a mark of toll
    or manner modifies it (``forms.act_marks``; a mark of the manner of fire only a fire
    noun: ``FireWords``), a number counts it ("24 arrests", "two killings"), it is a fire
    noun a burst is of ("a burst of gunfire"), or its "of" phrase names the one it was
    done to (a person or a group, never a number), and it is not ranked or expected
    (``_ranked_or_unreal``) or feared (``_feared``); the rule is added
    to the candidate's rules."""
    tok, fire = cand.tok, forms.fire_words
    if _lemma(tok) not in forms.act_nouns or _ranked_or_unreal(tok, forms.act_unreal):
        return False
    if _feared(tok, fire.fear_verbs):
        return False
    marks = forms.act_marks | fire.marks if _lemma(tok) in fire.nouns else forms.act_marks
    for mod in _children(tok, "amod", "compound"):
        if _lemma(mod) in marks or str(mod.lower_) in marks:
            cand.rules.append(f"marked act: {mod.lower_}")
            return True
    if tok.tag_ in ("NNS", "NNPS") and _counted(tok):
        cand.rules.append("marked act: counted")  # "24 arrests", "two killings"
        return True
    burst = tok.head.head if tok.dep_ == "pobj" and _lemma(tok.head) == "of" else None
    if burst is not None and _lemma(burst) in fire.salvos and _lemma(tok) in fire.nouns:
        cand.rules.append(f"marked act: {burst.lower_} of")  # "a burst of gunfire"
        return True
    return _victim_named(cand, "of", None)


def _ranked_or_unreal(tok: Any, unreal: frozenset[str]) -> bool:
    """Whether a superlative ranks an act noun among others ("the bloodiest raid of
    the decade": it describes) or a word of ``unreal`` makes it one expected,
    not done (class ``act_unreal``: "feared a possible ambush")."""
    if any(m.tag_ == "JJS" for m in _children(tok, "amod")):
        return True
    return any(_lemma(m) in unreal for m in _children(tok, "amod", "det"))


def _feared(tok: Any, heads: frozenset[str]) -> bool:
    """Whether an act noun is a fear (grammar class ``act_fear_verb``): the object of a
    verb of fearing or warning, directly or through its preposition ("feared the killing
    of ...", "warned of the torture of ...")."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return tok.dep_ in ("dobj", "pobj") and head.pos_ == "VERB" and _lemma(head) in heads


def _victim_named(cand: Candidate, prep_lemma: str, forms: Any | None) -> bool:
    """Whether an act noun's phrase of ``prep_lemma`` names a person, a group or a place
    (never a number or a date; where ``forms`` is given, only a target an attack is aimed
    at by force: ``_aimed_at``); the rule is added."""
    for prep in _children(cand.tok, "prep"):
        if _lemma(prep) != prep_lemma:
            continue
        for victim in _children(prep, "pobj"):
            if victim.pos_ in ("NOUN", "PROPN") and victim.ent_type_ not in _NOT_VICTIMS:
                if forms is not None and not _aimed_at(victim, forms):
                    continue
                cand.rules.append(f"marked act: {_VICTIM_PREPS[prep_lemma]} named")
                return True
    return False


def _aimed_at(target: Any, forms: Any) -> bool:
    """Whether an attack's target is one of force: a place, a building, a body or a
    people by name (``_TARGET_NAMES``) or a noun of premises or people
    (``forms.aim_targets``); never a name that is no place, body or people's (a rival's
    broadside "on Baker") nor a word of ``forms.aim_in_words`` (its hyphenated form too: "the
    front-runner"), which may make the attack one in words. An idea, a right or a cause
    ("the attacks on science", "an assault on democracy") is a target in words too."""
    if target.pos_ == "PROPN" and target.ent_type_ not in _TARGET_NAMES:
        return False
    joined = "".join(
        t.lower_ for t in target.lefts if t.dep_ in ("compound", "amod", "punct")
    ) + str(target.lower_)
    if _lemma(target) in forms.aim_in_words or joined in forms.aim_in_words:
        return False
    return target.ent_type_ in _TARGET_NAMES or _lemma(target) in forms.aim_targets


def aim_classes(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The nouns an attack may be aimed at by force (grammar classes ``attack_target`` and
    ``actor_noun``, object classes ``premises``, ``structure`` and ``public``), and the
    words that leave it one in words (grammar classes ``verbal_actor_noun`` and
    ``verbal_target``), for ``aimed_act``."""
    things = word_sets("events", "object_classes.txt")
    targets = lex.word_class("attack_target") | lex.word_class("actor_noun")
    for name in ("premises", "structure", "public"):
        targets |= things.get(name, frozenset())
    return targets, lex.word_class("verbal_actor_noun") | lex.word_class("verbal_target")


def aimed_act(cand: Candidate, forms: Any) -> bool:
    """Whether an act noun (grammar class ``marked_act_noun``) names what it was aimed at
    by force in its "on"/"against" phrase: a group or a place ("the attacks on the
    consulate", "violent attacks against clinic staff"; ``_aimed_at``), and it is not
    ranked or expected (``_ranked_or_unreal``). A person's name, a party of political
    life, a thing said or an idea as the target ("an attack on the governor", "her
    attacks on his record", "an assault on free speech") leaves the attack one that may
    be in words: not a mark."""
    tok = cand.tok
    if cand.pat.event != "ASSAULT" or _lemma(tok) not in forms.act_nouns:
        return False
    if _ranked_or_unreal(tok, forms.act_unreal):
        return False
    return _victim_named(cand, "on", forms) or _victim_named(cand, "against", forms)


def _counted(tok: Any) -> bool:
    """Whether a number counts the acts a plural noun names ("24 arrests"), not a tally
    over a period ("14 killings since 1993") nor a part of one ("eight of the 14
    killings"): those are statistics."""
    if not any(n.ent_type_ not in _NOT_COUNTS for n in _children(tok, "nummod")):
        return False
    if any(_lemma(p) == "since" for t in (tok, tok.head) for p in _children(t, "prep")):
        return False  # "14 killings since 1993", "recorded 30 arrests since January"
    return not (tok.dep_ == "pobj" and _lemma(tok.head) == "of" and tok.head.head.tag_ == "CD")


def set_off(cand: Candidate, outbreak: frozenset[str]) -> bool:
    """Whether a protest or attack noun is what a verb of outbreak set off: its object
    ("sparked protests"), or the "of" phrase of its object ("triggered two days of
    rioting"). The verb's subject is the cause, not the actor."""
    if cand.event not in _OUTBREAK_TYPES:
        return False
    tok = cand.tok
    if tok.dep_ == "pobj" and _lemma(tok.head) == "of" and tok.head.dep_ == "prep":
        tok = tok.head.head  # "two weeks of protests": the run stands where the act does
    if tok.dep_ not in ("dobj", "nsubjpass") or _lemma(tok.head) not in outbreak:
        return False
    cand.rules.append(f"set off: {_lemma(tok.head)}")
    # the actor is the noun's own "by" phrase ("protests by farmers"), never the cause
    cand.actor_override = [
        o for p in _children(cand.tok, "prep") if _lemma(p) == "by" for o in _children(p, "pobj")
    ]
    return True


def dismissal(tok: Any, verbs: frozenset[str]) -> Pattern | None:
    """The SANCTION of a person fired (the NEWS-GUIDELINES' "fire/dismiss officials",
    CAMEO 160): a verb of dismissal (grammar class ``dismissal_verb``) whose object, or
    passive subject, is a person's name or a personal pronoun ("fired Smith", "was
    sacked", "did not dismiss him"); not one dismissed "as" something (criticism), nor
    fired "on" or "at" (shooting)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in verbs:
        return None
    for prep in _children(tok, "prep"):
        if _lemma(prep) == "as" or (
            _lemma(prep) in ("on", "upon", "at")
            and not any(o.ent_type_ in TIME_ENTITIES for o in _children(prep, "pobj"))
        ):
            return None
    held = _children(tok, "dobj", *_PASSIVE_SUBJECT_DEPS)
    if not any(_person(h) for h in held):
        return None
    lemma = _lemma(tok)
    return Pattern(lemma, "v", (), "SANCTION", None, "160", conf=0.6, text=f"{lemma} person")


#: personal pronouns that name a person fired ("fired him", "he was sacked")
_PERSONAL = frozenset({"he", "she", "him", "her", "they", "them"})


def _person(tok: Any) -> bool:
    """Whether a word names a person: a personal pronoun, or a proper name that the
    entity tagger does not mark as a place, a group or a thing (it often tags a surname
    alone as an organisation)."""
    if _lemma(tok) in _PERSONAL:
        return True
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG", "")


def protest_purpose(cands: dict[int, Candidate]) -> None:
    """ "Rallied to demand justice", "marched calling for his release": a demand that is
    a protest's purpose is what the protest is for, one PROTEST event (CAMEO 141,
    demonstrate for ...), not a REQUEST of its own; so is a protest that is the purpose of
    a protest named by its verb's object ("held a march to protest the ruling") or that
    hangs on it (``_on_its_gathering``)."""
    for cand in cands.values():
        head = cand.tok.head
        gov = cands.get(head.i)
        if gov is None and cand.event == "PROTEST":
            gov = next((cands[o.i] for o in _children(head, "dobj") if o.i in cands), None)
        if (
            cand.event in ("REQUEST", "PROTEST")
            and cand.absorbed_by is None
            and gov is not None
            and gov is not cand
            and gov.event == "PROTEST"
            and gov.absorbed_by is None
            and (cand.tok.dep_ in ("xcomp", "advcl") or _on_its_gathering(cand))
        ):
            cand.absorbed_by = gov
            if gov.complement is None:
                gov.complement = cand
            gov.rules.append(f"protest for: {cand.pat.text}")


def _on_its_gathering(cand: Candidate) -> bool:
    """Whether a verb "protest" hangs on the protest it is the purpose of ("a march to
    protest the ruling", parsed as the noun's clause): told once, by the noun."""
    return cand.tok.dep_ == "acl" and cand.event == "PROTEST" and _lemma(cand.tok) == "protest"


def called_strike(cands: dict[int, Candidate]) -> None:
    """ "The union called a strike for Monday": calling a strike, a shutdown or a
    walkout is the caller's protest (CAMEO 143), whichever "call" pattern the verb
    found ("call for", "call on" fit the date or the day)."""
    for cand in cands.values():
        if cand.is_noun or _lemma(cand.tok) != "call" or cand.event != "REQUEST":
            continue
        for obj in _children(cand.tok, "dobj"):
            noun = cands.get(obj.i)
            if noun is not None and noun.is_noun and noun.event == "PROTEST":
                cand.event, cand.mode, cand.cameo = "PROTEST", noun.mode, noun.cameo
                cand.rules.append(f"called {noun.pat.text}: PROTEST")
                noun.absorbed_by = cand
                break


def _unasserted(verb: Any) -> bool:
    """Whether a verb is negated ("never had") or under a modal ("will hold", "could
    have"): its clause does not tell the act as done."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)


def held_meeting(cand: Candidate, holders: frozenset[str]) -> bool:
    """Whether a meeting noun (CONSULT) is told as held by a relative clause of a verb of
    holding (grammar class ``meeting_holder``) with a subject of its own: "each meeting
    that a mayor had with managers", "talks a mediator held with strikers". The clause's subject
    held the meeting (its actor), and its "with" or "to" phrase names the other side. A
    clause that is negated or has a modal ("a meeting the senator never had", "the talks
    the envoy will hold") tells no meeting held, and is skipped."""
    if not cand.is_noun or cand.event != "CONSULT":
        return False
    for rel in _children(cand.tok, "relcl"):
        subjects = [s for s in _children(rel, "nsubj") if s.tag_ not in ("WDT", "WP")]
        if _lemma(rel) not in holders or not subjects or _unasserted(rel):
            continue
        cand.rules.append("held in a relative clause")
        cand.actor_override = subjects[:1]
        others = [
            o
            for p in _children(rel, "prep")
            if p.lower_ in _RECIPIENT_PREPS
            for o in _children(p, "pobj")
        ]
        if others:
            cand.recipient_override = others
        return True
    return False


#: prepositions of a charge at a place or a person ("charged at the police", "fired into
#: the crowd"): a physical move, not a legal act undergone
_MOVEMENT_PREPS = frozenset({"at", "into", "toward", "towards", "through", "across"})


def reduced_passives(cands: dict[int, Candidate], verbs: frozenset[str]) -> None:
    """A verb of a legal or coercive act told without its auxiliary, as headlines and
    captions tell a passive ("Senator indicted on fraud charges", "Two men arrested
    after bank robbery", grammar class ``reduced_passive_verb``): the parser reads the
    one who undergoes the act as its subject, or as the noun it modifies, while the
    verbs of the class take an object whenever they are active. With no object, no
    auxiliary and no clause of its own, the verb's subject (or modified noun) is the
    recipient, and only a "by" phrase names the actor."""
    for cand in cands.values():
        tok = cand.tok
        if cand.is_noun or _lemma(tok) not in verbs or tok.tag_ not in ("VBN", "VBD"):
            continue
        if _children(tok, "dobj", "dative", "aux", "auxpass", "ccomp", "xcomp"):
            continue  # "police arrested six men", "was arrested": the parse says who
        if any(_children(c, "dobj", "dative") for c in tok.conjuncts):
            continue  # "guards stopped and searched the van": the object is shared
        if any(_lemma(p) in _MOVEMENT_PREPS for p in _children(tok, "prep")):
            continue
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            undergoer = [tok.head]  # "Two men arrested after …": the noun it modifies
        else:
            undergoer = _children(tok, "nsubj")[:1]
        if not undergoer:
            continue
        cand.recipient_override = [undergoer[0], *undergoer[0].conjuncts]
        cand.actor_override = [o for a in _children(tok, "agent") for o in _children(a, "pobj")]
        cand.rules.append("reduced passive")


#: the prepositions of a closed mission that name where it stands ("the embassy in X")
_MISSION_SITE_PREPS = frozenset({"in", "at"})
#: entity types of a place that is a host state or lies in one
_HOST_PLACES = frozenset({"GPE", "LOC"})
#: the modifiers of a mission that name the state it is of ("the French embassy")
_OWNER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
#: entity types of a word naming a state or its people
_STATES = frozenset({"GPE", "NORP"})


def mission_words(lex: Lexicon) -> frozenset[str]:
    """The words of the lexicon word set ``&mission`` ("embassy", "consulate")."""
    return frozenset(w for es in lex.word_sets["&mission"].values() for e in es for w in e)


def mission_hosts(
    cands: dict[int, Candidate],
    missions: frozenset[str],
    code_of: Callable[[Any], str | None],
) -> None:
    """A closed embassy or consulate (lexicon word set ``&mission``, CAMEO 161): the
    recipient is the other state: the mission's owner where named (and not the actor,
    ``_doers``), else the host. A host closing a foreign mission cuts relations with the state the
    mission is of ("will close the Bolivian embassy in Lima", "the embassy of Bolivia":
    Bolivia); a state closing its own cuts them with the host, named by the place the
    mission stands in ("shut its consulate in Porto": Porto, resolved to its country), and
    with no one where the sentence names neither. A closed thing that is not the mission
    ("closed the road to the embassy") is no cut in relations. ``code_of`` gives the
    country code the actor coder gave a word's entity."""
    for i, cand in list(cands.items()):
        if "&mission" not in cand.pat.deps:
            continue
        mission = _mission_word(cand.tok, missions)
        if mission is None:
            del cands[i]
            continue
        actors = {code_of(s) for s in _doers(cand.tok)} - {None}
        owners = [o for o in _mission_owners(mission) if code_of(o) not in actors]
        hosts = [
            o
            for p in _children(mission, "prep")
            if _lemma(p) in _MISSION_SITE_PREPS
            for o in _children(p, "pobj")
            if o.ent_type_ in _HOST_PLACES
        ]
        cand.recipient_override = (owners or hosts)[:1]
        cand.rules.append("mission owner" if owners else "mission host")


def _doers(tok: Any) -> list[Any]:
    """The words naming who does the act of a trigger: a noun's possessor or "by" phrase,
    else the subject of the verb whose clause it sits in ("the state announced the
    closure of ..."); a verb's "by" agent ("was closed by the state") or subject, else the
    subject it shares with the verb it is a conjunct, a complement or an adverbial clause
    of ("decided to close", "recalled its envoy and closed"), or the noun a relative clause
    describes ("the government, which closed ...")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        own = _children(tok, "poss") + [
            o for p in _children(tok, "prep") if _lemma(p) == "by" for o in _children(p, "pobj")
        ]
        if own or _clause_head(tok) == tok:
            return own
        tok = _clause_head(tok)
    return verb_doers(
        tok, climb=("xcomp", "conj", "advcl"), hops=5, relative_anywhere=True, conjuncts=True
    )


def _mission_owners(mission: Any) -> list[Any]:
    """The words naming the state a mission is of: a modifier ("the French embassy") or
    an "of" phrase ("the embassy of France")."""
    of = [o for p in _children(mission, "prep") if _lemma(p) == "of" for o in _children(p, "pobj")]
    return [
        m
        for m in (*(c for c in mission.children if c.dep_ in _OWNER_DEPS), *of)
        if m.ent_type_ in _STATES
    ]


def _mission_word(tok: Any, missions: frozenset[str]) -> Any | None:
    """The word naming the mission an act is done to: the verb's object or passive
    subject ("closed the consulate", "the embassy was shut"), the noun a reduced or
    relative clause describes ("the embassy closed last year"), a noun's "of" phrase
    ("the closure of the embassy")."""
    for child in tok.children:
        if _lemma(child) in missions:
            return child
    if tok.dep_ in ("acl", "relcl") and _lemma(tok.head) in missions:
        return tok.head
    if tok.pos_ in ("NOUN", "PROPN"):
        for obj in (
            o for p in _children(tok, "prep") if _lemma(p) == "of" for o in _children(p, "pobj")
        ):
            if _lemma(obj) in missions:
                return obj
    return None


#: the words of a lawsuit row that place the contest in court ("in court", "legal battle")
_COURT_WORDS = frozenset({"court", "legal"})


def court_opponents(
    cands: dict[int, Candidate], parties: frozenset[str], named: Callable[[Any], bool]
) -> None:
    """A contest in court (the lexicon's ``&court_contend in court``, ``&court_fight/n
    court`` rows: lawsuits, CAMEO 115): the recipient is the other side (``_opponents``):
    the verb's object where it names a party ("took the insurer to court"), or the party
    whose thing the object is ("fought the council's ban in court": the council), and no
    one where the object is only a thing ("fought the ban in court"); with no object, an
    "against" phrase, else a "with" phrase naming a party ("squared off with the insurer
    in court", "a legal fight with a landlord"), never the court the contest is held in. A
    party is a word of ``parties`` or one ``named`` says the actor coder found an entity
    in ("the regulator")."""
    for cand in cands.values():
        if cand.cameo != "115" or not _COURT_WORDS & set(cand.pat.deps):
            continue
        opponents = [
            o
            for o in _opponents(
                cand.tok,
                lambda w: _party(w, parties) or named(w),
                lambda w: _own_party(w, parties) or named(w),
            )[:1]
            if _lemma(o) not in _COURT_WORDS
        ]
        cand.recipient_override = [*opponents, *(c for o in opponents for c in o.conjuncts)]
        cand.rules.append("court opponent")


def _opponents(tok: Any, party: Callable[[Any], bool], own: Callable[[Any], bool]) -> list[Any]:
    """The other side of a contest in court: the verb's object where ``own`` says it names
    a party ("took the insurer to court"), else the object's possessor that is a
    ``party`` ("fought the council's ban": the council), and none for a thing alone ("fought
    the ban"); with no object, an "against" phrase, else a "with" phrase that names a
    party ("with the insurer"); a "with" phrase of means or backing ("with the backing of
    the council") names none."""
    objects = _children(tok, "dobj")
    if objects:
        return [o for o in objects if own(o)] or [
            p for o in objects for p in _children(o, "poss") if party(p)
        ]
    phrases = {
        lemma: [
            o for p in _children(tok, "prep") if _lemma(p) == lemma for o in _children(p, "pobj")
        ]
        for lemma in ("against", "with")
    }
    return phrases["against"] or [o for o in phrases["with"] if party(o)]


def _assault(lemma: str, pos: str, conf: float, text: str) -> Pattern:
    """The pattern of an attack told without an attack word of the lexicon (ASSAULT, CAMEO
    190, "use conventional military force")."""
    return Pattern(
        head=lemma, pos=pos, deps=(), event="ASSAULT", mode=None, cameo="190", conf=conf, text=text
    )


def weapon_hit(verb: Any, forms: Any, subjects: Callable[[Any], list[Any]]) -> Pattern | None:
    """An attack told by the weapon that hit: a weapon (the lexicon's ``&arms``, the head
    of the subject itself, not a word modifying it: "gun violence hit the city" is none)
    as the subject of a verb of hitting (grammar class ``weapon_hit``: "a bullet hit him
    in the back", "rockets struck the market", "a shell slammed into the roof"), or of a
    verb of landing (class ``weapon_landing``) whose phrase of place (class
    ``landing_preposition``) names premises or people (``_aimed_at``: "a firebomb landed
    in the porch of the house"; a rocket that lands at a base after a flight is none);
    CAMEO 190. ``subjects`` gives a verb's subjects, inherited from a conjunct or through
    a relative pronoun ("the shell that hit the roof": the shell)."""
    if verb.pos_ != "VERB":
        return None
    lemma = _lemma(verb)
    if lemma in forms.weapon_landing:
        if not any(
            _lemma(p) in forms.landing_preps
            and any(_aimed_at(o, forms) for o in _children(p, "pobj"))
            for p in _children(verb, "prep")
        ):
            return None
    elif lemma not in forms.weapon_hit:
        return None
    for subj in subjects(verb):
        if _has_word("&arms", {_lemma(subj), str(subj.lower_)}, forms.lex):
            return _assault(lemma, "v", 0.65, f"&arms {lemma}")
    return None


def military_intervention(tok: Any, forms: Any) -> Pattern | None:
    """Intervening by force (PETRARCH CAMEO.2.0's START &MILITARY INTERVENTION, ASSAULT
    190): a verb or noun of intervening (grammar class ``intervention``) marked as armed
    (class ``intervention_mark``: "intervened militarily", "a military intervention") or
    whose "in" phrase names a country or a war (a country's name, ``country_names``, or a
    word of class ``armed_conflict``: "intervened in Chad", "an intervention in the
    civil war there"). Intervening in a city or a province may be a governor's or a
    regulator's ("the governor intervened in the capital to end the strike"), and in a
    dispute, a case or a market it is none (``forms``: the word classes)."""
    lemma = _lemma(tok)
    if lemma not in forms.intervention:
        return None
    marked = any(_lemma(m) in forms.intervention_mark for m in _children(tok, "amod", "advmod"))
    for prep in _children(tok, "prep"):
        if _lemma(prep) != "in":
            continue
        for place in _children(prep, "pobj"):
            places = [place, *_children(place, "conj")]
            marked = marked or any(
                _lemma(p) in forms.armed_conflict
                or (p.ent_type_ == "GPE" and _name_of(p).lower() in country_names())
                for p in places
            )
    if not marked:
        return None
    pos = "n" if tok.pos_ in ("NOUN", "PROPN") else "v"
    return _assault(lemma, pos, 0.6, f"military {lemma}")


def _name_of(tok: Any) -> str:
    """The text of a proper name a token heads, with its compound words ("South Sudan")."""
    words = [t for t in tok.lefts if t.dep_ == "compound"] + [tok]
    return " ".join(str(t.text) for t in words)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """The lower-cased names of the countries of ``resources/actors/countries.tsv`` and
    pycountry: where one is intervened in, the act is a state's; a city or a province
    ("Texas", "the capital") is none."""
    import pycountry

    text = resources.files("eventwire.resources.actors").joinpath("countries.tsv")
    names = {
        a.lower()
        for _n, cells in rows(text.read_text(encoding="utf-8"), "countries.tsv", 2)
        if cells[0] != "code"
        for a in aliases(cells[1])
    }
    for c in pycountry.countries:
        names |= {str(getattr(c, k, "")).lower() for k in ("name", "common_name")} - {""}
    return frozenset(names)
