"""Participants of acts named by nouns (issue 24 item 3).

An act noun's actor is its own agent (a possessor, a "by" phrase, a party's adjective,
"-led"); the clause's subject is its actor only where the clause's verb performs the act
(``clause_performs``). A clause whose subject is an act noun ("the militia's attack
killed four") has the noun's agent for its actor, never the act (``act_agents``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import Context
from .event_grammar import Candidate, Phrases, _conjuncts, _lemma


def clause_performs(
    cand: Candidate, clause: Any, performing: frozenset[str], legal: frozenset[str]
) -> bool:
    """Whether the clause's verb performs the act its noun names, so that the clause's
    subject is the act's actor: a light verb ("carried out an attack", "launched a wave
    of raids", "held talks"), a verb of doing or taking part ("committed the killing",
    "participated in the strike") or a noun of the same on its object ("took part in the
    raid", "claimed responsibility for the bombing", "was responsible for the attack"):
    ``performing``, classes ``light`` and ``perform`` of grammar.txt. Never a verb of
    which the noun is an adjunct or another complement ("expelled envoys over the
    poisoning", "condemned the attack")."""
    if cand.performed:
        return True  # the trigger rules found the performing verb (past a "series")
    tok = cand.tok
    if tok.dep_ == "pobj" and _lemma(tok.head) == "on" and _lemma(tok) in legal:
        return True  # "police held him on charges of spying" (``legal``: legal act nouns)
    if tok.dep_ in ("dobj", "attr", "nsubjpass"):
        return tok.head == clause and _lemma(clause) in performing
    if tok.dep_ != "pobj":
        return False
    owner = tok.head.head  # the word the preposition hangs on
    if owner == clause:
        return _lemma(clause) in performing
    return (  # "claimed responsibility for", "was responsible for"
        owner.pos_ in ("NOUN", "ADJ")
        and _lemma(owner) in performing
        and owner.head == clause
        and owner.dep_ in ("dobj", "attr", "acomp")
    )


def act_agents(
    heads: list[Any],
    ctx: Context,
    phrases: Phrases,
    is_event_noun: Callable[[Any], bool],
    bodies: frozenset[str] = frozenset(),
) -> list[Any]:
    """Subject heads with an act noun put by its own agent: in "the militia's attack
    killed four" the militia acts, in "a Kelso Front attack killed four" the front (a
    common event noun of the lexicon that is no actor noun, names no entity and is no
    body: ``bodies``, grammar class ``body_act_noun``, "the UN mission condemned …"). An
    act noun without an agent that can be an argument stays: "a rebel attack killed four"
    keeps its phrase, whose adjective codes the rebels, and "a bombing near a town" the
    country of the place it names."""
    out: list[Any] = []
    for h in heads:
        if (
            h.pos_ == "NOUN"
            and is_event_noun(h)
            and h.i not in ctx.token_entity
            and _lemma(h) not in phrases.actor_nouns
            and _lemma(h) not in bodies  # "the UN mission": a body, no act
        ):
            agent = phrases.noun_agent(h)
            if agent is None:  # "a Kelso Front attack killed four": a party compounded
                party = [c for c in h.children if c.dep_ in ("compound", "amod")]
                agent = next((c for c in party if phrases.actor_like(c, ctx)), None)
            if agent is not None and phrases.can_be_argument(agent):
                out += _conjuncts(agent)
                continue
        # no agent that can stand as an argument ("a rebel attack": an adjective) or none
        # named: the act's phrase stays, since its words may code a party or a place
        out.append(h)
    return out
