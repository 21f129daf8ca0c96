"""The fire of weapons, told by the noun "fire" (minor17).

"Killed by mortar fire", "came under sniper fire", "machine-gun fire killed two guards",
"the army's fire wounded three": a noun "fire" modified by a weapon or a shooter (grammar
class ``fire_weapon``, or a word of armed force, ``attack_cue``) as a compound, an
adjective, a possessor or its "from" phrase is shooting (CAMEO 190s), not a blaze: it is no
natural force (the disaster rules of event_constructions and event_precision ask
``weapon_fire``), and as the subject or the "by" agent of a hostile verb it names the
weapon, not a party: the act's actor is the shooter it names ("rebel mortar fire", "fire
from the militants"), or none ("killed by sniper fire"). A fire named by no weapon ("a
house fire killed two", "the fire destroyed the market") stays a natural force.
"""

from __future__ import annotations

from typing import Any

from .event_grammar import _SUBJECT_DEPS, HOSTILE, Candidate, _children, _lemma
from .event_lexicon import Lexicon

#: the nouns of fire that a weapon or a shooter makes shooting
_FIRE = frozenset({"fire"})
#: the dependents that name a fire's weapon or shooter
_MODIFIERS = ("compound", "amod", "nmod", "poss")


def weapon_fire(tok: Any, lex: Lexicon) -> bool:
    """Whether ``tok`` is a noun "fire" of a weapon or a shooter (see the module docstring)."""
    if tok.pos_ not in ("NOUN", "PROPN") or _lemma(tok) not in _FIRE:
        return False
    return bool(_weapons(tok, lex))


def _weapons(tok: Any, lex: Lexicon) -> list[Any]:
    """The words that name a fire's weapon or shooter: its modifiers and "from" objects
    of grammar class ``fire_weapon`` or ``attack_cue``."""
    shooters = lex.word_class("fire_weapon") | lex.word_class("attack_cue")
    words = _children(tok, *_MODIFIERS) + [
        o for p in _children(tok, "prep") if _lemma(p) == "from" for o in _children(p, "pobj")
    ]
    return [w for w in words if _lemma(w) in shooters or str(w.lower_) in shooters]


def fire_as_actor(cand: Candidate, lex: Lexicon) -> None:
    """Where a verb's subject or "by" agent is a weapon's fire, make the act's actor the
    shooter the fire names (a possessor, a "from" object, a shooter noun), or none."""
    if cand.is_noun or cand.event not in HOSTILE or cand.actor_override is not None:
        return
    verb = cand.tok
    causes = _children(verb, *_SUBJECT_DEPS) + [
        o for a in _children(verb, "agent") for o in _children(a, "pobj")
    ]
    fire = next((c for c in causes if weapon_fire(c, lex)), None)
    if fire is None:
        return
    weapons = set(lex.word_class("fire_weapon"))
    cand.actor_override = [w for w in _weapons(fire, lex) if _lemma(w) not in weapons]
    cand.rules.append("weapon fire")
