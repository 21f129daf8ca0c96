"""Precision rules: proposed events that the sentence shows are not events.

A natural force or an accident is never the actor of a hostile act, and a casualty
verb in a sentence about an accident or a disaster, with no word of violence and no
named perpetrator, reports no attack. The word classes (``natural_force``,
``accident_cue``, ``accident_verb``, ``attack_cue``) are in
``resources/events/grammar.txt``.
"""

from __future__ import annotations

from typing import Any

from ..records import Event
from .event_grammar import _SUBJECT_DEPS, HOSTILE, Candidate, _lemma
from .event_lexicon import Lexicon


class Precision:
    """Why a proposed event is not one."""

    def __init__(self, lex: Lexicon) -> None:
        self.natural_force = lex.word_class("natural_force")
        self.accident_cue = lex.word_class("accident_cue")
        self.accident_verb = lex.word_class("accident_verb")
        self.attack_cue = lex.word_class("attack_cue")

    def implausible(self, cand: Candidate, event: Event, sent: Any) -> str | None:
        """Why a proposed event is not one (None if nothing speaks against it).

        A natural force or an accident is never the actor of a hostile act ("the quake
        killed", "the storm struck"), and a casualty verb with no named perpetrator in a
        sentence about an accident or a disaster, with no word of violence in it, reports
        no attack ("six were killed when the plant exploded").
        """
        if event.event not in HOSTILE | {"THREATEN"}:
            return None
        doc = cand.tok.doc

        def force(tok: Any) -> bool:
            return tok.pos_ in ("NOUN", "PROPN") and _lemma(tok) in self.natural_force

        for ref in event.actor:
            span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
            if span is not None and len(span) and force(span.root):
                return "natural force as actor"
        if any(force(c) for c in cand.tok.children if c.dep_ in _SUBJECT_DEPS):
            return "natural force as actor"
        if any(a.code for a in event.actor) and "actor country: location" not in (event.rule or ""):
            return None
        if event.event == "PROTEST":
            return None  # a strike at a factory or a march past a plant is no casualty verb
        # this sentence and the one before; the trigger's own word is no accident cue
        start = sent.start
        if start > 0:
            start = doc[start - 1].sent.start
        accident = violence = False
        for t in doc[start : sent.end]:
            lemma = _lemma(t)
            if lemma in self.attack_cue:
                violence = True
            elif t.i != cand.tok.i and (
                (t.pos_ == "NOUN" and lemma in self.accident_cue)
                or (t.pos_ == "VERB" and lemma in self.accident_verb)
            ):
                accident = True
        if accident and not violence:
            return "accident or disaster"
        return None
