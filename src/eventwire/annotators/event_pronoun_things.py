"""What a pronoun object of a trigger stands for, when that is a thing.

A verb whose event sense takes a party ("released the hostages") is read without it when
its object is a thing of a class of ``object_classes.txt`` ("released the figures";
``senses.tsv``, ``annotators/event_senses.py``). A pronoun object hides the class: "the
agency gathers the figures but has not released them yet", "the aides kept the
transcripts and would not release them". Here "it" or "them" stands for the nearest
noun before it, in its sentence or the one before, that agrees with it in number; the
class is read on that noun. A proper noun there (a party's name: "the ministry held the
Smiths for a week and released them") or no such noun leaves the pronoun a party, as
before, and so does a noun that is the verb's own subject ("the protesters were held,
then the protesters released them" names no antecedent).
"""

from __future__ import annotations

from typing import Any

#: pronoun objects that may stand for a thing, with the number of their antecedent
_PRONOUNS = {"it": "Sing", "them": "Plur"}
#: dependencies of a noun that only modifies another noun (no antecedent by itself)
_MODIFIER_DEPS = ("compound", "poss", "amod", "nmod", "npadvmod")


def antecedent(pron: Any) -> Any | None:
    """The common noun an object pronoun "it"/"them" stands for, or None: the nearest
    noun before it in its sentence, then in the sentence before, of the pronoun's number
    and heading its own phrase; None where that nearest noun is a proper noun, the
    pronoun's verb's own subject, or where there is none."""
    number = _PRONOUNS.get(pron.lower_)
    if number is None or pron.pos_ != "PRON":
        return None
    doc = pron.doc
    sent = pron.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    subjects = {c.i for c in pron.head.children if c.dep_ in ("nsubj", "nsubjpass")}
    for i in range(pron.i - 1, start - 1, -1):
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in _MODIFIER_DEPS:
            continue
        if _number(tok) != number:
            continue
        if tok.pos_ == "PROPN" or tok.ent_type_ or tok.i in subjects:
            return None
        return _of_head(tok, number)
    return None


def _of_head(tok: Any, number: str) -> Any:
    """The noun an "of" phrase hangs on, where it agrees too: "the transcripts of the
    speeches ... release them" stands for the transcripts."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN":
        if _number(prep.head) == number:
            return prep.head
    return tok


def _number(tok: Any) -> str:
    """The grammatical number of a noun ("Sing" or "Plur"), from its tag where the
    morphology gives none."""
    found = tok.morph.get("Number")
    if found:
        return found[0]
    return "Plur" if tok.tag_ in ("NNS", "NNPS") else "Sing"
