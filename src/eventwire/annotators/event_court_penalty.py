"""A penalty by court order: "the judge ordered the firm to pay $2 million in damages",
"he was ordered to pay a fine". The PLOVER manual's SANCTION mode ``convict`` covers an
entity "sanctioned via court-order"; the order is a penalty imposed, not a request that
the party act. A verb of ordering (grammar class ``order_verb``) whose to-infinitive is a
verb of paying (``payment_verb``) with a penalty noun (``court_penalty``) as its object or
in its "in" / "as" phrase ("to pay $500 in damages", "to pay $500 as a fine") is this
SANCTION; an order to pay wages, bills or aid stays a REQUEST (the lexicon's row)."""

from __future__ import annotations

from typing import Any

from .event_grammar import _lemma
from .event_lexicon import Lexicon, Pattern


class CourtPenalty:
    """The construction over the three word classes of ``grammar.txt``."""

    def __init__(self, lex: Lexicon) -> None:
        self.order = lex.word_class("order_verb")
        self.pay = lex.word_class("payment_verb")
        self.penalty = lex.word_class("court_penalty")

    def match(self, tok: Any) -> Pattern | None:
        """The SANCTION pattern of an order to pay a penalty, or None."""
        if not self.penalty or tok.pos_ != "VERB" or _lemma(tok) not in self.order:
            return None
        for comp in tok.children:
            if _infinitive(comp) and _lemma(comp) in self.pay and self._penalty(comp):
                lemma = _lemma(tok)
                text = f"{lemma} to pay penalty"
                return Pattern(lemma, "v", (), "SANCTION", "convict", "116", conf=0.6, text=text)
        return None

    def _penalty(self, verb: Any) -> bool:
        """Whether the verb of paying names a penalty: its object, or the object of its
        "in" or "as" phrase ("$5 million in damages")."""
        for c in verb.children:
            if c.dep_ == "dobj" and _lemma(c) in self.penalty:
                return True
            phrases = [c] if c.dep_ == "prep" else list(c.children) if c.dep_ == "dobj" else []
            if any(self._penalty_phrase(p) for p in phrases):
                return True
        return False

    def _penalty_phrase(self, prep: Any) -> bool:
        """Whether an "in" or "as" phrase names a penalty ("in damages", "as a fine")."""
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "as"):
            return False
        return any(_lemma(o) in self.penalty for o in prep.children if o.dep_ == "pobj")


def _infinitive(comp: Any) -> bool:
    """Whether a complement is a to-infinitive: the parser's ``xcomp``, or a ``ccomp``
    with "to" and its own subject ("ordered Smith and Jones to pay ...")."""
    if comp.dep_ == "xcomp":
        return True
    return comp.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)
