"""How far a place or an act reaches in the parse: three small tests the ``event_place``
annotator asks.

- ``named_area``: "in the province of X", "in the Serbian province of X", "in the city of
  X": the name after a designator noun (the ``before`` rows of ``designators.tsv``: city,
  province, town, village …) and "of" stands for that noun, so a place preposition before
  the noun places the act at the name even when the events annotator made the phrase the
  act's recipient ("heavy gunfire in the province of X").
- ``relative_clause``: a place inside a relative clause with a subject of its own
  ("searched for a man *who had lived in X*") names where that clause's act happened, not
  where the act did: the sentence-place rule does not take it, nor the learned chooser. A
  "where" clause is exempt (its antecedent is the place: "the club in X, where ten were
  shot"), and so is a clause on the act's own noun ("the bombing, *which killed ten in
  X*": it tells the act itself).
- ``said_statement``: an act of a ``said`` type (``event_place.tsv``: a concession) told by
  a verb that takes a clause ("police admitted that they …", "she acknowledged that she
  had …") is a statement: like a verbal act it is placed where the text says it was made,
  not at the dateline or in the actor's country (the news guidelines).
"""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache
from typing import Any

from .. import gazetteer as _gaz
from ..records import Event
from . import token_at

#: the links by which a clause with its own subject hangs on a noun or verb ("a man *who had
#: lived in X*"): a place inside it is that clause's
_OWN_CLAUSE = frozenset({"relcl"})
#: the subject links of a relative clause's own subject
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: the clause complement links of a verb of saying ("admitted *that* …")
_CLAUSE_COMPLEMENTS = frozenset({"ccomp"})


@lru_cache(maxsize=1)
def designators() -> frozenset[str]:
    """The nouns that, with "of", stand before a place's name ("the city of X"): the
    ``before`` rows of ``resources/geo/designators.tsv``."""
    text = _gaz.resource_text("designators.tsv")
    kinds = ("after", "before", "not", "facility")
    words = _gaz.grouped_words(text, "designators.tsv", kinds, kind_column=1, word_column=0)
    return frozenset(words["before"])


def named_area(tok: Any, nouns: Container[str] | None = None) -> Any:
    """The designator noun a place's name completes ("province" in "the province *of X*"),
    or ``tok`` itself when the name stands alone."""
    nouns = designators() if nouns is None else nouns
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i:
        noun = head.head
        if noun.lower_ in nouns and noun.pos_ == "NOUN":
            return noun
    return tok


def relative_clause(tok: Any, trigger: Any) -> bool:
    """Whether the place at ``tok`` lies in a relative clause with a subject of its own that
    does not hold ``trigger`` and is no "where" clause."""
    node = tok
    while node.head.i != node.i and node.i != trigger.i:
        if node.dep_ in _OWN_CLAUSE:
            own = any(c.dep_ in _SUBJECTS for c in node.children)
            where = any(c.lower_ == "where" for c in node.children)
            # "the bombing, which killed ten in X": a clause on the act's own noun tells it
            on_act = node.head.i == trigger.i
            if own and not where and not on_act and trigger not in node.subtree:
                return True
        node = node.head
    return False


def said_statement(doc: Any, event: Event, said: Container[str]) -> bool:
    """Whether the act, of a ``said`` type, is told by a verb that takes a clause ("admitted
    that …"): a statement, placed only where the text says it was made."""
    if event.event.casefold() not in said:
        return False
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    if trigger is None or trigger.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in _CLAUSE_COMPLEMENTS for c in trigger.children)
