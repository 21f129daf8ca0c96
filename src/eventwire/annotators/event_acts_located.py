"""Violent acts named by a noun that the sentence places where they happened.

A reporter who names where an attack happened tells it as an act done, not as a topic or
a fear: "the shootings in Riverton", "the Port Avery bombing", as a mark of toll does
("the deadly shooting", ``event_constructions_acts.marked_act``). The place is an "in"
phrase of the act noun (grammar class ``marked_act_noun``) that names a place, a region
or a building by name, or a place name that modifies the noun (also through a compound:
"the Riverton clinic bombing"), and the noun is told in passing, as an object or in a
phrase ("after the shootings in Riverton"): as the sentence's root or subject it is the
topic of a comment ("Terrible shooting in Riverton."). Only attack nouns: nouns of
coercion ("the arrest in …") are left to their count and victim (``marked_act``). An act
ranked or expected ("the deadliest shooting in Ohio", "a possible attack in Riverton")
is not one done, nor one that the verb governing the noun (its head, or the head of its
phrase, or of the first act noun joined with it by "and") foils or looks ahead to
("planned bombings in Riverton", "foiled a bombing in Port Avery", "feared shootings in
Riverton"), nor one a noun of fear or risk governs through "of" ("the fear of attacks in
Riverton"): grammar classes ``intent``, ``desire``, ``forestall`` and
``forestall_noun``. PLOVER's ASSAULT (Draft 0.8)
and the NEWS-GUIDELINES: attacks, killings and shootings by a party, also as past history.
"""

from __future__ import annotations

from typing import Any

from .event_grammar import Candidate, _children, _lemma

#: entity types of a name that places an act: a place, a region or a building
_PLACE_NAMES = frozenset({"GPE", "LOC", "FAC"})
#: the places of a noun that is no act told in passing: a modifier of another noun
#: ("attack ads"), or the sentence's own topic, its root or subject ("Terrible shooting in
#: Riverton.", "the attacks in Riverton prove that ..."), which is comment on an act,
#: not its report; as an object or in a phrase ("after the attacks in Riverton",
#: "was hurt in the Riverton bombing") the act is told as background, as done
_NOT_BACKGROUND = frozenset({"compound", "amod", "nmod", "ROOT", "nsubj", "nsubjpass"})
#: the grammar classes of verbs whose object act is foiled or still ahead; not
#: ``prevention``: an attack told under "prevent" is as often one done that was not
#: prevented (it cost a right dev event, fixa26), and "stop" also ends a thing begun
_UNDONE_CLASSES = ("intent", "desire", "forestall")
#: the prepositions by which such a verb governs the act it forestalls ("warned of",
#: "guard against", "braced for"); "after" or "since" an attack dates another act
_UNDONE_PREPS = frozenset({"of", "against", "for", "from"})
#: determiners of an act known to the reader, so one done, whatever verb governs it
_KNOWN_DETS = frozenset({"the", "this", "that", "these", "those"})
#: the event type whose nouns a place reports as done (attacks, shootings, bombings)
_PLACED_TYPE = "ASSAULT"


def _place_name(tok: Any) -> bool:
    """Whether a token is (the head of) a place name: a GPE, LOC or FAC entity."""
    return str(tok.ent_type_) in _PLACE_NAMES and tok.pos_ == "PROPN"


def _placed_in(tok: Any) -> bool:
    """Whether the noun's own "in" phrase names a place ("the attacks in Lagos")."""
    return any(
        _place_name(obj)
        for prep in _children(tok, "prep")
        if _lemma(prep) == "in"
        for obj in _children(prep, "pobj")
    )


def _named_place_mod(tok: Any) -> bool:
    """Whether a place name modifies the noun ("the Lagos bombing"), directly or
    through a compound noun ("the Riverton clinic bombing")."""
    return any(
        _place_name(mod) or any(_place_name(m) for m in _children(mod, "compound"))
        for mod in _children(tok, "compound")
    )


def _first_conjunct(tok: Any) -> Any:
    """The first of the act nouns joined with ``tok`` by "and", or the verb that governs
    it where the parser hangs a later act on the first one's place ("foiled bombings in
    Lakeport and shootings in Millbrook": "shootings" a conjunct of "Lakeport", whose "in"
    phrase is the verb's)."""
    t = tok
    while t.dep_ == "conj" and t.head != t:
        t = t.head
        if t.dep_ == "pobj" and _place_name(t) and _lemma(t.head) == "in":
            t = t.head.head  # the act noun or the verb the place phrase belongs to
            if t.pos_ in ("VERB", "AUX"):
                return t
    return t


def _forestalled(tok: Any, lex: Any) -> bool:
    """Whether the verb that governs the noun (or the first of the nouns joined with
    it), as its object or through a phrase of ``_UNDONE_PREPS``, foils the act or looks
    ahead to it (``_UNDONE_CLASSES``), or a noun of fear or risk governs it through "of"
    (grammar class ``forestall_noun``: "live in fear of raids in …"); a known act ("the
    attack in …", ``_KNOWN_DETS``) is one done even under a verb that looks ahead to
    it."""
    if any(_lemma(d) in _KNOWN_DETS or d.dep_ == "poss" for d in tok.children):
        return False  # "recalled fearing the attack in …": a known act, done
    first = _first_conjunct(tok)
    head = first if first.pos_ in ("VERB", "AUX") else first.head
    if first != head and first.dep_ == "pobj" and head.dep_ == "prep":
        prep = _lemma(head)
        if prep not in _UNDONE_PREPS:
            return False  # "resumed after the attacks in …": a time, not what is stopped
        head = head.head
        if prep == "of" and head.pos_ == "NOUN":
            return _lemma(head) in lex.word_class("forestall_noun")
    if head.pos_ not in ("VERB", "AUX"):
        return False
    return any(_lemma(head) in lex.word_class(name) for name in _UNDONE_CLASSES)


def located_act(cand: Candidate, forms: Any) -> bool:
    """Whether an act noun of ``forms.act_nouns`` (an ASSAULT noun, heading its own
    phrase, not a modifier: "attack ads") is placed where it happened (``_placed_in``,
    ``_named_place_mod``) and is neither ranked nor expected (``forms.act_unreal``, a
    superlative, ``_forestalled``); the rule is added to the candidate's rules."""
    tok = cand.tok
    if cand.event != _PLACED_TYPE or _lemma(tok) not in forms.act_nouns:
        return False
    if tok.dep_ in _NOT_BACKGROUND or tok.pos_ != "NOUN":
        return False
    mods = _children(tok, "amod", "det")
    if any(m.tag_ == "JJS" or _lemma(m) in forms.act_unreal for m in mods):
        return False
    if _forestalled(tok, forms.lex):
        return False
    if _placed_in(tok) or _named_place_mod(tok):
        cand.rules.append("marked act: placed")
        return True
    return False
