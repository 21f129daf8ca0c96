"""The fire of weapons, told by the noun "fire" (minor17).

"Killed by mortar fire", "came under sniper fire", "machine-gun fire killed two guards",
"the army's fire wounded three": a noun "fire" modified by a weapon or a shooter (grammar
class ``fire_weapon``, or a word of armed force, ``attack_cue``) as a compound, an
adjective, a possessor or its "from" phrase is shooting (CAMEO 190s), not a blaze: it is no
natural force (the disaster rules of event_constructions and event_precision ask
``weapon_fire``), and as the subject or the "by" agent of a hostile verb it names the
weapon, not a party: the act's actor is the shooter it names ("rebel mortar fire", "fire
from the militants", and a shooter noun alone: "killed by sniper fire" has the actor
"sniper"), or none where it names only a weapon ("killed by mortar fire").

Not shooting: a fire named by no weapon ("a house fire killed two", "the fire destroyed
the market"); a vehicle that burns (``fire_vehicle``: "a helicopter fire", read only in
"fire from the helicopter"); a weapon noun that names a place or a thing of its own ("a
rifle range fire", "a tank farm fire"); and any fire in a sentence with a word of an
accident (``accident_cue``: "the fire at the plant"). A hyphenated weapon ("small-arms
fire", "anti-aircraft fire"), which the tokenizer splits at the hyphen, is read whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .event_grammar import _SUBJECT_DEPS, HOSTILE, Candidate, _children, _lemma
from .event_lexicon import Lexicon

#: the nouns of fire that a weapon or a shooter makes shooting
_FIRE = frozenset({"fire"})
#: the dependents that name a fire's weapon or shooter
_MODIFIERS = ("compound", "amod", "nmod", "poss")


@dataclass(frozen=True)
class _FireWords:
    """The grammar classes that tell a weapon's fire."""

    weapons: frozenset[str]  # ``fire_weapon``: weapons whose fire is shooting
    shooters: frozenset[str]  # ``fire_weapon`` and ``attack_cue``: weapons and shooters
    vehicles: frozenset[str]  # ``fire_vehicle``: shooting only in a "from" phrase
    accident: frozenset[str]  # ``accident_cue``: words of an accident


def _fire_words(lex: Lexicon) -> _FireWords:
    """The fire word classes of ``lex`` (dictionary lookups; called only for a noun "fire")."""
    weapons = lex.word_class("fire_weapon")
    return _FireWords(
        weapons,
        weapons | lex.word_class("attack_cue"),
        lex.word_class("fire_vehicle"),
        lex.word_class("accident_cue"),
    )


def weapon_fire(tok: Any, lex: Lexicon) -> bool:
    """Whether ``tok`` is a noun "fire" of a weapon or a shooter (see the module docstring)."""
    if tok.pos_ not in ("NOUN", "PROPN") or _lemma(tok) not in _FIRE:
        return False
    words = _fire_words(lex)
    if any(w.pos_ == "NOUN" and _lemma(w) in words.accident for w in tok.sent):
        return False  # "the fire at the plant": an accident's blaze
    return bool(_weapons(tok, words))


def _named(word: Any) -> set[str]:
    """A word's lemma and lower-cased form, and its hyphenated compound with the word
    before the hyphen ("small-arms", "anti-aircraft"), which the tokenizer splits."""
    names = {_lemma(word), str(word.lower_)}
    doc = word.doc
    if word.i >= 2 and doc[word.i - 1].text == "-":
        names.add(f"{doc[word.i - 2].lower_}-{word.lower_}")
    return names


def _modifies_other(word: Any, fire: Any, words: _FireWords) -> bool:
    """Whether a weapon noun before "fire" modifies another noun that is no weapon or
    shooter ("a rifle range fire", "a tank farm fire"): a place or a thing, not a weapon."""
    nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if nxt is None or nxt.i == fire.i or nxt.pos_ not in ("NOUN", "PROPN"):
        return False
    return not (_named(nxt) & words.shooters)


def _weapons(tok: Any, words: _FireWords) -> list[Any]:
    """The words that name a fire's weapon or shooter: its modifiers (of grammar class
    ``fire_weapon`` or ``attack_cue``, not one that modifies another noun) and its "from"
    objects (of those classes or of ``fire_vehicle``)."""
    mods = [
        w
        for w in _children(tok, *_MODIFIERS)
        if _named(w) & words.shooters and not _modifies_other(w, tok, words)
    ]
    sources = [
        o
        for p in _children(tok, "prep")
        if _lemma(p) == "from"
        for o in _children(p, "pobj")
        if _named(o) & (words.shooters | words.vehicles)
    ]
    return mods + sources


def fire_as_actor(cand: Candidate, lex: Lexicon) -> None:
    """Where a verb's subject or "by" agent is a weapon's fire, make the act's actor the
    shooter the fire names (a possessor, a "from" object, a shooter noun), or none (a
    weapon or a vehicle is no actor)."""
    if cand.is_noun or cand.event not in HOSTILE or cand.actor_override is not None:
        return
    verb = cand.tok
    causes = _children(verb, *_SUBJECT_DEPS) + [
        o for a in _children(verb, "agent") for o in _children(a, "pobj")
    ]
    fire = next((c for c in causes if weapon_fire(c, lex)), None)
    if fire is None:
        return
    words = _fire_words(lex)
    things = words.weapons | words.vehicles
    cand.actor_override = [w for w in _weapons(fire, words) if not _named(w) & things]
    cand.rules.append("weapon fire")
