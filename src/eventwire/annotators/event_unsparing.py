"""Idioms of blunt criticism said in the negative: "did not mince words", "pulled no punches".

"The senator did not mince words about the governor", "the union minced no words in its
opposition to the board", "pulled no punches in her review of the agency": the negation is
the idiom's own, and the act is criticism told as done (ACCUSE, CAMEO 111), not a
criticism that did not happen. The lexicon's rows (``lexicon.txt``, block "Blunt criticism
in the negative") propose the verb; ``unsparing`` keeps a candidate of those rows only
where the idiom is negated (a "not" on the verb, or "no" on its object) and then clears
the negation the modality read, so the event is told as asserted. The idiom without its
negation ("she minced her words") is no criticism and codes nothing.
"""

from __future__ import annotations

from .event_grammar import Candidate, _children, _lemma

#: the rows of these idioms (pattern keys: head, part of speech, words)
UNSPARING_ROWS = frozenset({("mince", "v", ("word",)), ("pull", "v", ("punch",))})
_NEGATION = "negation"


def unsparing(cand: Candidate) -> bool:
    """Whether ``cand`` (after the modality set its status) may stay: True for any other
    candidate; for a row of ``UNSPARING_ROWS``, True where the idiom is negated, its
    negation then cleared from the status, else False."""
    if cand.pat.key not in UNSPARING_ROWS or cand.event != "ACCUSE":
        return True
    if _NEGATION in cand.aux:
        cand.aux.remove(_NEGATION)
        cand.rules.append("unsparing: negated idiom")
        return True
    objects = [o for o in _children(cand.tok, "dobj") if _lemma(o) in ("word", "punch")]
    if any(str(d.lower_) == "no" for o in objects for d in _children(o, "det")):
        cand.rules.append("unsparing: no on the object")
        return True
    return False
