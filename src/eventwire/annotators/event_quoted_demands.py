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
  or everyone (class ``own_or_generic``: "we must do better" and "our union must finish it"
  are vows, "no one should have to wait" a view; "our rivals", class ``adversary``, are
  the other side), nor the public or the voters (object classes ``public`` and
  ``electorate``, passed in by ``Triggers``: "residents should keep their windows shut"
  is advice); the speech path ("she said our party must win") refuses ``owned``;
- the act is one a party can do: not a state ("should be ashamed", a copula), not a
  passive unless the modal is a firm one (class ``firm_obligation``: "the office must be
  shut down"; "should be forced to wait" is a complaint), not the perfect ("should have
  known", a reproach), not a negated "should" (class ``advice_modal``: a view of what
  ought not to happen);
- the sentence is no question ("why should they pay?") and has no verb of saying
  (class ``speech``) besides the act asked, whose own rule reads it ("said the council
  must act"; "the council must report its costs" asks a report);
- the act lies in the content of a quote with a speaker (``Participants.quote_for``).
"""

from __future__ import annotations

from collections.abc import Callable
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

#: the quote whose content holds a character span, or None (``Participants.quote_for``)
QuoteFor = Callable[[int, int, Context], Any]


def quoted_demands(
    sent: Any,
    cands: dict[int, Candidate],
    ctx: Context,
    lex: Lexicon,
    phrases: Phrases,
    quote_for: QuoteFor,
    public: frozenset[str],
) -> None:
    """Add a REQUEST on the main verb of a quoted sentence that binds a party to act (see
    the module docstring); a trigger on that verb is absorbed as the act asked."""
    if any(c.event == "REQUEST" for c in cands.values()):
        return
    obliged = _obliged_act(sent.root, lex)
    if obliged is None or _asks_or_says(sent, lex, obliged[0]):
        return
    act, modals = obliged
    quote = quote_for(act.idx, act.idx + len(act), ctx)
    if quote is None or quote.speaker is None:
        return
    subj = _children(act, *_SUBJECT_DEPS) or _children(sent.root, *_SUBJECT_DEPS)
    passive = _children(act, *_PASSIVE_SUBJECT_DEPS)
    if passive:
        if not modals & lex.word_class("firm_obligation"):
            return
        target: list[Any] = []
    elif subj and _party(subj[0], ctx, lex, phrases, public):
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


def _obliged_act(root: Any, lex: Lexicon) -> tuple[Any, set[str]] | None:
    """The act a main clause says must be done and the modals that bind it, or None: the
    verb under a modal of class ``quoted_obligation`` ("they must leave"), or the
    complement of a head "ought" ("they ought to leave"); not the perfect, a copula, or a
    negated modal of advice."""
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
    return act, set(modals)


def _asks_or_says(sent: Any, lex: Lexicon, act: Any) -> bool:
    """Whether a sentence is a question or has a verb of saying (class ``speech``) other
    than the act asked ('"The council must report its spending."' asks a report)."""
    speech = lex.word_class("speech")
    if any(t.text == "?" for t in sent):
        return True
    return any(t.i != act.i and t.pos_ in ("VERB", "AUX") and _lemma(t) in speech for t in sent)


def own_side(subj: Any, lex: Lexicon, public: frozenset[str]) -> bool:
    """Whether an obligation's subject binds no other party: the speaker's own side ("we",
    ``owned``) or everyone (class ``own_or_generic``), or the public or the electorate
    ('"Voters must decide in May"', ``public``: object classes ``public``, ``electorate``)."""
    own = str(subj.lower_) in lex.word_class("own_or_generic")
    return own or _lemma(subj) in public or owned(subj, lex)


def owned(subj: Any, lex: Lexicon) -> bool:
    """Whether a subject is owned by the speaker's side ("our party"), unless it is of the
    other side ("our rivals", class ``adversary``). The speech path ("she said our party
    must win") refuses only these: under a verb of saying, "said we must …" and "said
    residents should …" stay demands (measured: the PLOVER dev records and the blind
    sets' tune column code them so)."""
    if _lemma(subj) in lex.word_class("adversary"):
        return False
    own = lex.word_class("own_or_generic")
    return any(str(p.lower_) in own for p in _children(subj, "poss"))


def _party(subj: Any, ctx: Context, lex: Lexicon, phrases: Phrases, public: frozenset[str]) -> bool:
    """Whether an obligation's subject names another party (not ``own_side``)."""
    if own_side(subj, lex, public):
        return False
    return phrases.can_be_argument(subj) and phrases.names_party(subj, ctx)
