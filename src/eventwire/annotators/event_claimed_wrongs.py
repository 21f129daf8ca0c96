"""Allegations told as a noun: "denied claims by the minister that judges took bribes".

The NEWS-GUIDELINES code the claims of others as events: an allegation a party made is
that party's ACCUSE (CAMEO 112, allege), also where the sentence tells of it only as the
thing another denies or answers ("the court rejected the union's allegation that the
board had rigged the vote", "responding to accusations by the opposition that the
ministry hid the figures"). The rules code the denial (REJECT) and, from the allegation
noun alone, nothing: the noun has no verb of its own.

Precision first. The noun must be one of claim (``claim_words``: allegation, accusation,
claim, charge, assertion, insinuation), its maker named as its possessor or its "by" or
"from" phrase, and its content a "that" clause whose subject names a party: the party
alleged against, its recipient ("claims that the price will rise" accuse no one). The
maker must name a party too, and not be the one alleged against; a negated or
conditional noun ("no claim that", "if claims that") codes nothing, and neither does an
allegation an ACCUSE of the rules already codes on the same noun.
"""

from __future__ import annotations

from typing import Any

from ..records import Event, Span
from . import Context, doc_tokens
from .event_evaluation import _same_side
from .event_grammar import Phrases, _children, _lemma
from .event_participants import Participants

#: the nouns of an allegation (a subset of evaluative.txt's ``claim_noun``: those that
#: are a party's charge, not a report or a story)
CLAIM_WORDS = frozenset({"allegation", "accusation", "claim", "charge", "assertion", "insinuation"})
_CONFIDENCE = 0.55


def claimed_wrongs(
    sent: Any,
    ctx: Context,
    proposed: list[Event],
    phrases: Phrases,
    participants: Participants,
) -> list[Event]:
    """The allegations told as nouns in ``sent`` (see the module docstring), as ACCUSE
    events of their makers against the parties alleged against."""
    found: list[Event] = []
    for tok in doc_tokens(sent.doc)[sent.start : sent.end]:
        if tok.pos_ != "NOUN" or _lemma(tok).lower() not in CLAIM_WORDS:
            continue
        if any(c.dep_ in ("neg", "det") and str(c.lower_) in ("no", "not") for c in tok.children):
            continue
        maker = _maker(tok)
        accused = _accused(tok)
        if maker is None or accused is None:
            continue
        if not (phrases.names_party(maker, ctx) and phrases.names_party(accused, ctx)):
            continue
        actor = participants.refs([maker], ctx)
        recipient = participants.refs([accused], ctx)
        if not actor or not recipient or _same_side(actor, recipient):
            continue
        if any(
            ev.event == "ACCUSE" and ev.trigger.start <= tok.idx < ev.trigger.end
            for ev in [*proposed, *found]
        ):
            continue
        found.append(
            Event(
                id="",
                event="ACCUSE",
                mode="allege",
                trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                sentence=Span(sent.text, sent.start_char, sent.end_char),
                actor=actor,
                recipient=recipient,
                cameo="112",
                confidence=_CONFIDENCE,
                rule=f"claimed wrong: {_lemma(tok).lower()} that",
            )
        )
    return found


def _maker(noun: Any) -> Any:
    """Who made the claim: the noun's possessor, or its "by"/"from" object."""
    owners = _children(noun, "poss")
    if owners:
        return owners[0]
    return next(
        (
            o
            for p in _children(noun, "prep")
            if _lemma(p) in ("by", "from")
            for o in _children(p, "pobj")
        ),
        None,
    )


def _accused(noun: Any) -> Any:
    """The subject of the noun's "that" clause ("claims that the board rigged the vote":
    "the board"); None where the noun has no such clause or the clause is conditional."""
    for clause in _children(noun, "acl", "ccomp", "relcl"):
        marks = [str(m.lower_) for m in _children(clause, "mark")]
        if marks != ["that"]:
            continue
        subjects = _children(clause, "nsubj", "nsubjpass")
        if subjects:
            return subjects[0]
    return None
