"""The sentence-level decision: does this sentence report a political act?

Before any event is typed, a sentence either reports an act (someone accused, met,
attacked, demanded) or it does not: a poll or vote share, a statistic, an opinion, a
prediction, a description, a plan without commitment, a rhetorical question. The rules
propose events from trigger words; this decision looks at the whole sentence — how its
main clause is built (its root verb, subject kind, tense, modals and future), the
classes of words in it (``resources/events/presence.txt``: poll, statistic, opinion,
prediction, plan, description, history, hedge), its figures, quotation and question
marks, and what the rules propose in it (types, patterns, whether parties are coded) —
and gives the probability that a political act is reported. Names count as their
entity kind, never as the name, so the decision learns what people and states do, not
what one person did in the training news.

``eval news`` measures the decision on its own (event-presence precision and recall of
``probability >= threshold``) beside what it does to the coder: the events annotator
drops every proposed event of a sentence whose probability is under the gate
(setting ``event_min_presence``, else the model's own ``gate``), and the probability is
one input of each event's calibrated confidence. The weights live in
``resources/events/filter.json`` under ``presence``, trained out-of-fold on
``../shared/train/news-events`` by ``python -m eventwire.training.events``.
"""

from __future__ import annotations

import functools
import math
import re
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from ..resources import word_sets
from . import doc_children, doc_text
from .event_grammar import lexical_view

if TYPE_CHECKING:
    from ..records import Event

_FIGURE = re.compile(
    r"\d\s*(%|percent|per cent)|\bpercentage\b|\$\s?\d|\d[\d,.]*\s*(million|billion)"
)
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
_QUOTE = ("\u201c", '"', "\u2018", "'")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_MODALS = frozenset({"could", "might", "may", "would", "should", "must", "can"})
_FUTURE = frozenset({"will", "'ll", "shall"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_CONTENT = frozenset({"VERB", "NOUN", "ADJ", "ADV"})


@functools.cache
def cue_classes() -> dict[str, frozenset[str]]:
    """The word classes of ``resources/events/presence.txt``."""
    return word_sets("events", "presence.txt")


@functools.cache
def _cue_index() -> dict[str, tuple[str, ...]]:
    """Word -> the classes it belongs to (one look-up a token)."""
    index: dict[str, list[str]] = {}
    for cls, words in sorted(cue_classes().items()):
        for word in words:
            index.setdefault(word, []).append(cls)
    return {word: tuple(classes) for word, classes in index.items()}


def _word(tok: Any) -> str:
    """A token's lemma, or ``<KIND>`` for a name: a proper noun, an entity, or a word of a
    person's name elsewhere in the parse that the tagger took for a common word here."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in _NAMED or lexical_view(tok.doc).name_like[tok.i]:
        return f"<{tok.ent_type_ or 'NAME'}>"
    return str(tok.lemma_.lower())


def _subject_kind(tok: Any) -> str:
    for c in doc_children(tok.doc)[tok.i]:
        if c.dep_ in _SUBJECTS:
            if c.pos_ == "PRON":
                return "pronoun"
            if c.ent_type_:
                return c.ent_type_
            ents = [t.ent_type_ for t in c.subtree if t.ent_type_]
            return ents[0] if ents else f"noun:{_word(c)}"
    return "none"


def _clause(tok: Any, name: str) -> list[str]:
    """Features of one clause head: its lemma, tense, subject, modals and negation."""
    f = [f"{name}={_word(tok)}", f"{name}_tag={tok.tag_}", f"{name}_subj={_subject_kind(tok)}"]
    lemma = tok.lemma_.lower()
    f += [f"{name}_cue={cls}" for cls in _cue_index().get(lemma, ())]
    kids = doc_children(tok.doc)[tok.i]
    if any(c.dep_ in ("attr", "acomp") for c in kids) or lemma == "be":
        f.append(f"{name}=copula")
    for c in kids:
        word = c.lower_
        if c.dep_ in ("aux", "auxpass"):
            if word in _FUTURE or (word == "going" and tok.tag_ == "VB"):
                f.append(f"{name}=future")
            elif word in _MODALS:
                f.append(f"{name}=modal")
                f.append(f"{name}_modal={word}")
        elif c.dep_ == "neg":
            f.append(f"{name}=negated")
        elif c.dep_ == "xcomp":
            f.append(f"{name}_xcomp={_word(c)}")
    return f


def sentence_features(sent: Any, proposals: list[Event]) -> list[str]:
    """The sparse features of one sentence and the events the rules propose in it."""
    f = ["bias"]
    doc = sent.doc
    text = doc_text(doc)[sent.start_char : sent.end_char].strip()  # Span.text, not rebuilt
    if text.endswith("?") or "?" in text[-3:]:
        f.append("sent=question")
    if _FIGURE.search(text):
        f.append("sent=figures")
    numbers = len(_NUMBER.findall(text))
    f.append(f"numbers={min(numbers, 3)}")
    if text[:1] in _QUOTE:
        f.append("sent=opens_quote")
    if any(q in text for q in _QUOTE[:2]):
        f.append("sent=has_quote")
    f.append(f"length={min(len(sent) // 10, 5)}")
    root = sent.root
    f += _clause(root, "root")
    for c in doc_children(doc)[root.i]:
        if c.dep_ == "ccomp":
            f += _clause(c, "comp")
            break
    index = _cue_index()
    kinds: set[str] = set()
    view = lexical_view(doc)  # the words of the parse, read once for all its sentences
    for i in range(sent.start, sent.end):
        lemma = view.lemma[i]
        lower = view.lower[i]
        f += [f"cue={cls}" for cls in index.get(lemma, ()) + index.get(lower, ())]
        ent = view.ent[i]
        if ent in _NAMED:
            kinds.add(ent)
        if view.pos[i] in _CONTENT and not view.stop[i]:
            named = ent in _NAMED or view.name_like[i]
            f.append(f"w=<{ent or 'NAME'}>" if named else f"w={lemma}")
        if lower in ("i", "we", "you") and doc[i].dep_ in _SUBJECTS:
            f.append("sent=first_or_second_person")
    f += [f"ent={k}" for k in sorted(kinds)] or ["ent=none"]
    f.append(f"proposals={min(len(proposals), 2)}")
    for ev in proposals:
        t = ev.event
        f.append(f"prop={t}")
        f.append(f"prop_conf={min(9, int(ev.confidence * 10)) // 2}")
        if ev.aux:
            f += [f"prop_aux={a}" for a in ev.aux]
        rule = (ev.rule or "").split(";")[0].strip()
        if rule:
            f.append(f"prop_pat={rule}")
        coded = sum((any(a.code for a in ev.actor), any(r.code for r in ev.recipient)))
        f.append(f"prop_coded={coded}")
        f.append(f"prop_coded|type={coded}|{t}")
        if ev.quote:
            f.append("prop=quoted")
    return list(dict.fromkeys(f))


def squash(z: float) -> float:
    """The logistic of the log-odds ``z``: a probability, computed without overflow."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def logistic(weights: dict[str, float], feats: list[str]) -> float:
    """The probability a logistic regression over present/absent features gives: the
    weights of the features present (each once), squashed (``squash``)."""
    return squash(sum(weights.get(name, 0.0) for name in set(feats)))


class PresenceModel:
    """Logistic regression weights over ``sentence_features``: P(a political act is reported)."""

    def __init__(self, weights: dict[str, float], threshold: float, gate: float) -> None:
        self.weights = weights
        self.threshold = threshold
        self.gate = gate

    def probability(self, feats: list[str]) -> float:
        """The probability that the sentence with these features reports a political act."""
        return logistic(self.weights, feats)

    @classmethod
    def from_dict(cls, data: Any, where: str) -> PresenceModel:
        """The model from the ``presence`` part of the filter file."""
        try:
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            threshold = float(data["threshold"])
            gate = float(data.get("gate", threshold))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(
                f"{where}: 'presence' is not a sentence decision model ({exc}); expected an "
                "object with 'weights' (feature -> weight), 'threshold' and 'gate', as written "
                "by eventwire.training.events"
            ) from exc
        return cls(weights, threshold, gate)
