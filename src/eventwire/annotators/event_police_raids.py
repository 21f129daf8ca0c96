"""Raids by the police: a search and seizure (COERCE), not an armed attack (ASSAULT).

The PLOVER manual lists "execute search, confiscate property, raid" under COERCE's mode
``seize``, and the NEWS-GUIDELINES' COERCE takes the acts of police forces (arrest,
detain, seize); CAMEO 190's raid is a use of conventional force by armed forces or armed
groups. A "raid" (verb or noun) whose raiders all name a police force or its officers
(grammar class ``police_force``) is a COERCE ``seize`` (CAMEO 171): "police raided two
homes", "the homes were raided by detectives", "a police raid on the compound", "the
FBI's raid". Raiders who are troops, militias or rebels keep the ASSAULT ("troops raided
the village", "rebels raided a police station": the station is the target, not the
raider); inspectors' raids are inspections (``event_precision_material``).
"""

from __future__ import annotations

from typing import Any

from .event_grammar import Candidate, _children, _lemma, verb_doers

#: the act nouns and verbs this rule reads
_RAID = "raid"


def _raiders(tok: Any) -> list[Any]:
    """Who carries out a raid: a verb's doers (``event_grammar.verb_doers``: its "by"
    agent or its subject, shared by conjoined verbs, "police raided the flat and seized
    guns"); a noun's compound, possessor or "by" object ("a police raid", "the FBI's
    raid", "a raid by agents"), else the subject or the agent of the light verb that
    carries it out ("officers carried out a raid", "the raid was carried out by agents")."""
    if tok.pos_ == "VERB":
        return verb_doers(tok)
    doers = [*_children(tok, "compound"), *_children(tok, "poss")]
    if tok.dep_ == "dobj" and not doers:
        doers = list(_children(tok.head, "nsubj"))
    if tok.dep_ == "nsubjpass" and not doers:
        doers = [o for a in _children(tok.head, "agent") for o in _children(a, "pobj")]
    return doers + [
        o for p in _children(tok, "prep") if _lemma(p) == "by" for o in _children(p, "pobj")
    ]


def _police(tok: Any, force: frozenset[str]) -> bool:
    """Whether a noun names a police force or its officers: its lemma, or its text for an
    acronym ("FBI"), is in ``force``."""
    return _lemma(tok) in force or tok.lower_ in force


def police_raid(cand: Candidate, force: frozenset[str]) -> bool:
    """Whether an ASSAULT raid candidate is a raid by the police (all its raiders name a
    police force or its officers, ``force``: grammar class ``police_force``); if so, the
    candidate becomes a COERCE ``seize`` (CAMEO 171) and the rule is added."""
    tok = cand.tok
    if cand.event != "ASSAULT" or _lemma(tok) != _RAID:
        return False
    raiders = _raiders(tok)
    if not raiders or not all(_police(r, force) for r in raiders):
        return False
    cand.event, cand.mode, cand.cameo = "COERCE", "seize", "171"
    cand.rules.append("police raid: COERCE")
    return True
