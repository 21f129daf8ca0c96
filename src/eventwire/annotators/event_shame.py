"""Shame wished on a party: "said the senator should be ashamed of his record".

A speaker who says a party should be ashamed (or embarrassed) of what it did rebukes it:
criticism of that party (ACCUSE, CAMEO 111), not a demand that it feel something (the
reported obligation that "X said Y should ..." otherwise codes as a REQUEST). The words
are the grammar class ``shame_adj``; the modal must be one of reproach ("should",
"ought to"), since "must be embarrassed" guesses a feeling rather than wishing it. The
rebuke takes the path of the reproach "should have known" (``event_triggers._reproach``):
the speaker's ACCUSE of the clause's subject, where that subject names a party.
"""

from __future__ import annotations

from typing import Any

from .event_grammar import _aux_lemmas, _children, _lemma

#: the modals of reproach: "should be ashamed", "ought to be ashamed"
_REPROACH_MODALS = frozenset({"should", "ought"})


def shamed(comp: Any, shame: frozenset[str]) -> bool:
    """Whether a reported clause of obligation (``comp``, the head of the clause) says its
    subject should be ashamed: a copula with a word of ``shame`` as its complement and a
    modal of reproach ("should be ashamed of his record", "ought to be embarrassed")."""
    if _lemma(comp) == "ought":  # "ought" parsed as the clause's head, "be" its complement
        comp = next(iter(_children(comp, "xcomp")), None)
        if comp is None:
            return False
        modals = {"ought"}
    else:
        modals = _aux_lemmas(comp) & _REPROACH_MODALS
    if not modals or _lemma(comp) != "be":
        return False
    if _children(comp, "neg") or any(_lemma(c) == "never" for c in _children(comp, "advmod")):
        return False  # "should never be ashamed of asking": no rebuke
    return any(_lemma(c).lower() in shame for c in _children(comp, "acomp"))
