"""Obligations voiced in a quote with no verb of saying or asking in their sentence.

A direct quote's own sentence may itself be the demand: '"The council must act now."'
or '"They ought to reopen the road."' is the quoted speaker asking the council (they)
to act, a REQUEST (CAMEO 100; NEWS-GUIDELINES REQUEST "demand"), with the speaker as
actor (``events`` takes a quote's speaker for a verbal event with no actor of its own)
and the obligation's subject as recipient. It holds only where the sentence's main
clause binds another party to an act (verbal18):

- the modal is one of strong or moral obligation (grammar class ``quoted_obligation``:
  "must", "should", "ought"); "have to" and "need to" mostly voice what the speaker's
  side must do ("we will need to save more") and are left out;
- the subject names a party (``Phrases.names_party``) that is not the speaker's own side
  or everyone (class ``own_or_generic``: "we must do better" is a vow, "no one should
  have to wait" a view);
- the act is one a party can do: not a state ("should be ashamed", a copula), not a
  passive unless the modal is a firm one (class ``firm_obligation``: "the office must be
  shut down"; "should be forced to wait" is a complaint), not the perfect ("should have
  known", a reproach), not a negated "should" (class ``advice_modal``: a view of what
  ought not to happen);
- the sentence is no question ("why should they pay?") and has no verb of saying
  (class ``speech``), whose own rule reads it ("said the council must act").
"""

from __future__ import annotations

from typing import Any

from . import Context
from .event_constructions_verbal import made_candidate
from .event_grammar import (
    _PASSIVE_SUBJECT_DEPS,
    _SUBJECT_DEPS,
    Candidate,
    Phrases,
    _aux_lemmas,
    _children,
    _conjuncts,
    _lemma,
)
from .event_lexicon import Lexicon

RULE = "quoted obligation"


def quoted_demands(
    sent: Any, cands: dict[int, Candidate], ctx: Context, lex: Lexicon, phrases: Phrases
) -> None:
    """Add a REQUEST on the main verb of a quoted sentence that binds a party to act (see
    the module docstring); a trigger on that verb is absorbed as the act asked."""
    if any(c.event == "REQUEST" for c in cands.values()) or _asks_or_says(sent, lex):
        return
    act = _obliged_act(sent.root, lex)
    if act is None or not _in_quote(act, ctx):
        return
    subj = _children(act, *_SUBJECT_DEPS) or _children(sent.root, *_SUBJECT_DEPS)
    passive = _children(act, *_PASSIVE_SUBJECT_DEPS)
    modals = _aux_lemmas(act) | ({"ought"} if act.i != sent.root.i else set())
    if passive:
        if not modals & lex.word_class("firm_obligation"):
            return
        target: list[Any] = []
    elif subj and _party(subj[0], ctx, lex, phrases):
        target = _conjuncts(subj[0])
    else:
        return
    cand = made_candidate(act, "REQUEST", None, "100", 0.6, RULE)
    cand.actor_override = []  # the quote's speaker, not the obligation's subject
    cand.recipient_override = target
    base = cands.get(act.i)
    if base is not None:
        base.absorbed_by = cand
        cand.complement = base
        cand.rules.append(f"absorbs {base.pat.text}")
    cands[act.i] = cand


def _obliged_act(root: Any, lex: Lexicon) -> Any | None:
    """The act a main clause says must be done, or None: the verb under a modal of class
    ``quoted_obligation`` ("they must leave"), or the complement of a head "ought" ("they
    ought to leave"); not the perfect, a copula, or a negated modal of advice."""
    oblige = lex.word_class("quoted_obligation")
    act, modals = root, _aux_lemmas(root)
    if _lemma(root) in oblige:
        act = next(iter(_children(root, "xcomp")), None)
        if act is None:
            return None
        modals = _aux_lemmas(act) | {_lemma(root)}
    if not modals & oblige or "have" in modals or act.pos_ != "VERB":
        return None
    if _children(act, "acomp", "attr") or _lemma(act) == "be":
        return None
    # "should not", "ought not to": the negation follows the modal; one before it belongs
    # to a clause the parser folded in ("if he does not, he should resign")
    first = min(t.i for t in (root, act, *_children(act, "aux")) if _lemma(t) in oblige)
    negated = [n for n in _children(act, "neg") + _children(root, "neg") if n.i > first]
    if negated and not modals & (oblige - lex.word_class("advice_modal")):
        return None
    return act


def _asks_or_says(sent: Any, lex: Lexicon) -> bool:
    """Whether a sentence is a question or has a verb of saying (class ``speech``)."""
    speech = lex.word_class("speech")
    if any(t.text == "?" for t in sent):
        return True
    return any(t.pos_ in ("VERB", "AUX") and _lemma(t) in speech for t in sent)


def _in_quote(tok: Any, ctx: Context) -> bool:
    """Whether a token lies inside the content of a quote that has a speaker."""
    return any(
        q.speaker is not None and any(c.start <= tok.idx < c.end for c in q.content)
        for q in ctx.analysis.quotes
    )


def _party(subj: Any, ctx: Context, lex: Lexicon, phrases: Phrases) -> bool:
    """Whether an obligation's subject names another party, not the speaker's own side or
    everyone (class ``own_or_generic``)."""
    if str(subj.lower_) in lex.word_class("own_or_generic"):
        return False
    return phrases.can_be_argument(subj) and phrases.names_party(subj, ctx)
