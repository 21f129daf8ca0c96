"""Violent acts named by a noun that an allegation, a charge or a suspicion is about.

The NEWS-GUIDELINES label the act an accusation names as an event of its own, with the
status of a claim ("she accused him of assaulting her" has the ACCUSE and the alleged
ASSAULT). A reporter tells a particular attack, killing or bombing that way: "was charged
with the slaying", "a suspect in the depot bombings", "accused the state of
responsibility for the attack", "was convicted of the killing". The noun (grammar class
``marked_act_noun``) is the object of the preposition that an allegation word takes for
the wrong alleged (grammar class ``allegation_frame``: ``word:preposition`` pairs,
"charge:with", "suspect:in", "responsibility:for"), reached directly or through one noun
of the wrong that the noun itself is the phrase of ("charged with homicide in the beating
death of ..." is told by the class as "charge:with", then "in"). Only a particular act
counts: one the reader knows (a determiner "the", "this", "that", "these", "those", or a
possessive), one a name modifies ("the depot bombing", "Riverton shooting") or whose
victim an "of" phrase names. A bare name of a crime is the charge, not an act told ("was
charged with murder", "on trial for assault": no event; the guidelines' labels agree).
"""

from __future__ import annotations

from typing import Any

from .event_grammar import Candidate, _children, _lemma

#: determiners of an act known to the reader: a particular act, not a kind of crime
_KNOWN_DETS = frozenset({"the", "this", "that", "these", "those"})
#: the event type of the act nouns an allegation names
_ALLEGED_TYPE = "ASSAULT"
#: entity types that name no victim in an "of" phrase ("the killing of 2019")
_NOT_VICTIMS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def _particular(tok: Any) -> bool:
    """Whether an act noun names one particular act: a known determiner or a possessive
    ("the slaying", "his killing"), a name modifying it ("Riverton bombing"; a common noun
    may name the crime's grade: "aggravated homicide"), or an "of" phrase naming its
    victim ("the killing of a guard")."""
    if any(_lemma(d) in _KNOWN_DETS for d in _children(tok, "det")):
        return True
    if _children(tok, "poss") or any(c.pos_ == "PROPN" for c in _children(tok, "compound")):
        return True  # "his killing", "Kenya bombing"; not "aggravated homicide" (a grade)
    return any(
        o.pos_ in ("NOUN", "PROPN", "PRON") and o.ent_type_ not in _NOT_VICTIMS
        for p in _children(tok, "prep")
        if _lemma(p) == "of"
        for o in _children(p, "pobj")
    )


def _frame(prep: Any, frames: frozenset[str]) -> bool:
    """Whether a preposition is the one an allegation word takes for the wrong it alleges
    ("charged with", "suspect in", "responsibility for"): the pair ``word:preposition``
    of its head is in ``frames``."""
    return prep.dep_ == "prep" and f"{_lemma(prep.head)}:{_lemma(prep)}" in frames


def alleged_act(cand: Candidate, forms: Any) -> bool:
    """Whether an ASSAULT act noun (``forms.act_nouns``) is a particular act
    (``_particular``) that an allegation is about (grammar class ``allegation_frame``):
    the object of the allegation word's preposition, or of a preposition of the bare
    wrong that is that object ("charged with homicide in the beating of ...").
    The rule is added to the candidate's rules."""
    tok = cand.tok
    if cand.event != _ALLEGED_TYPE or _lemma(tok) not in forms.act_nouns:
        return False
    if tok.dep_ != "pobj" or not _particular(tok):
        return False
    frames = forms.lex.word_class("allegation_frame")
    prep = tok.head
    if _frame(prep, frames):
        cand.rules.append(f"alleged act: {_lemma(prep.head)} {_lemma(prep)}")
        return True
    wrong = prep.head  # "homicide" of "charged with homicide in the beating"
    if prep.dep_ == "prep" and wrong.dep_ == "pobj" and _frame(wrong.head, frames):
        cand.rules.append(f"alleged act: {_lemma(wrong.head.head)} {_lemma(wrong.head)}")
        return True
    return False
