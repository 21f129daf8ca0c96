"""Who does an act that a verb's subject undergoes, and who a passive verb's hidden agent is.

In an undergone construction (lexicon flag ``undergone``: "faced charges", "came under
criticism", "drew a rebuke") the verb's subject is the recipient of the act its noun
names. The actor is the phrase that says whose act it is: a "from" or "by" phrase, the
noun's possessor ("the prosecutors' charges") or an "of" phrase that names a party ("the
endorsement of the union"); else none (NEWS-GUIDELINES: an unnamed actor stays empty).
The wrong the act is about ("charges of fraud", "criticism over the deal", "for its
spending") is never a party to it.

The parser often hangs the source phrase on that wrong instead of on the act ("faces
charges of fraud from prosecutors", "was charged with fraud by prosecutors"): a "from" or
"by" phrase under the wrong is read as the act's when it names a party and the wrong is
not itself an act with an agent of its own ("accused of attacks by militants": the
militants attack, they do not accuse).
"""

from __future__ import annotations

from typing import Any

from . import Context
from .event_grammar import Phrases, _children, _conjuncts, _lemma, _of_object
from .event_lexicon import Lexicon

#: the prepositions that name whose act an undergone act is ("criticism from lawmakers")
_SOURCE_PREPS = ("from", "by")
#: the prepositions that name the wrong an act is about ("charges of fraud", "charged with
#: fraud", "criticism for its spending", "fire over the deal")
_WRONG_PREPS = ("of", "with", "for", "over")
#: the PLOVER types whose act names a wrong or a measure in its "of" phrase ("charges of
#: fraud", "accusations of bribery", "the threat of detention"); an endorsement's or a
#: praise's "of" phrase names who gives it ("the endorsement of the union")
_WRONG_ACT_TYPES = frozenset({"ACCUSE", "COERCE"})


def _source(head: Any, preps: tuple[str, ...], phrases: Phrases) -> list[Any]:
    """The object of a "from"/"by" phrase of ``head`` that can be a party, or none."""
    for p in _children(head, "prep", "agent"):
        if _lemma(p) in preps:
            objs = _children(p, "pobj")
            if objs and phrases.can_be_argument(objs[0]):
                return _conjuncts(objs[0])
    return []


def _is_act_noun(tok: Any, lex: Lexicon) -> bool:
    """Whether a noun is itself an event noun of the lexicon ("attacks", "abuse")."""
    return tok.pos_ in ("NOUN", "PROPN") and (
        (_lemma(tok), "n") in lex.patterns or (str(tok.lower_), "n") in lex.patterns
    )


def _wrongs(heads: list[Any], lex: Lexicon) -> list[Any]:
    """The wrongs named by ``heads``' "of"/"with"/"for"/"over" phrases that are no act of
    their own ("charges of fraud" -> fraud; not "accused of attacks")."""
    out: list[Any] = []
    for head in heads:
        for p in _children(head, "prep"):
            if _lemma(p) in _WRONG_PREPS:
                out += [o for o in _children(p, "pobj") if not _is_act_noun(o, lex)]
    return out


def hung_source(
    heads: list[Any], preps: tuple[str, ...], lex: Lexicon, phrases: Phrases, ctx: Context
) -> list[Any]:
    """A source phrase the parser hung on the wrong of ``heads`` ("charges of fraud from
    prosecutors", "charged with fraud by prosecutors"), when it names a party."""
    for wrong in _wrongs(heads, lex):
        found = _source(wrong, preps, phrases)
        if found and phrases.names_party(found[0], ctx):
            return found
    return []


def undergo_source(
    tok: Any, event: str, named: frozenset[str], lex: Lexicon, phrases: Phrases, ctx: Context
) -> list[Any]:
    """Who does what the subject of the undergo verb ``tok`` undergoes: the "from" or "by"
    phrase of the verb or of its noun (one of ``named``, the pattern's words), the noun's
    possessor or "of" phrase, or a source hung on the wrong; never the wrong itself nor a
    topic ("came under fire over his budget": his budget's owner is criticised). The "of"
    phrase of an accusation or a coercion (``event``) is its actor only where it names a
    party ("charges of fraud", "the threat of detention" name the wrong or the measure)."""
    nouns = [
        n
        for n in _children(tok, "dobj")
        + [o for p in _children(tok, "prep") for o in _children(p, "pobj")]
        if _lemma(n) in named or str(n.lower_) in named
    ]
    for head in [tok, *nouns]:
        found = _source(head, _SOURCE_PREPS, phrases)
        if found:
            return found
    for n in nouns:
        owner = phrases.noun_agent(n)
        if owner is not None and phrases.can_be_argument(owner):
            return _conjuncts(owner)
        of_obj = _of_object(n)
        if of_obj is not None and phrases.can_be_argument(of_obj):
            if event not in _WRONG_ACT_TYPES or phrases.names_party(of_obj, ctx):
                return _conjuncts(of_obj)
    return hung_source(nouns, _SOURCE_PREPS, lex, phrases, ctx)


def passive_hung_agent(v: Any, lex: Lexicon, phrases: Phrases, ctx: Context) -> list[Any]:
    """The agent of a passive verb that the parser hung on the verb's wrong ("was charged
    with fraud by prosecutors"), when it names a party."""
    return hung_source([v], ("by",), lex, phrases, ctx)


def charged_subject(
    tok: Any, clause: Any, legal_nouns: frozenset[str], holding: frozenset[str], phrases: Phrases
) -> bool:
    """Whether a legal act noun (grammar ``legal_act_noun``) is the charge its clause's
    subject is held, tried or appears on ("appeared in court on charges of fraud", "faces
    arrest on charges of spying"): the object of "on" in a clause that holds no party as
    its object, so the subject undergoes the charges and is not the one who brings them
    ("police arrested him on charges": police hold him). A holding verb's object (grammar
    ``charge_verb``: "detained a shopkeeper on charges") is a held party even when it is a
    plain person noun; only an act noun there ("faces arrest") holds nobody."""
    return (
        tok.dep_ == "pobj"
        and _lemma(tok.head) == "on"
        and _lemma(tok) in legal_nouns
        and not any(
            _held_party(o, clause, holding, phrases) for o in _children(clause, "dobj", "dative")
        )
    )


def _held_party(obj: Any, clause: Any, holding: frozenset[str], phrases: Phrases) -> bool:
    """Whether a clause's object is a party it holds: an actor, or any object of a holding
    verb that is not itself a noun of the charge or the holding ("arrest", "charge")."""
    if phrases.actor_like(obj, None):
        return True
    return _lemma(clause) in holding and _lemma(obj) not in holding and phrases.can_be_argument(obj)
