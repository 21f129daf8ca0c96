"""Word lists and dependency labels the actor coding reads, and helpers over names."""

from __future__ import annotations

# Dependencies through which a modifier joins the noun phrase of its head.
CLIMB_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss", "flat", "nn"})
# Prepositions whose object tells who the head is ("president of Armenia", "rebels in Darfur").
ATTACH_PREPS = frozenset({"of", "in", "from", "at", "throughout", "inside"})
# Right-hand children that are another clause or actor, never part of the phrase.
CUT_DEPS = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "xcomp", "appos", "conj", "cc", "punct", "dep", "prep"}
)
PERSONAL = {
    "he": ("person", "sg"),
    "him": ("person", "sg"),
    "his": ("person", "sg"),
    "himself": ("person", "sg"),
    "she": ("person", "sg"),
    "her": ("person", "sg"),
    "hers": ("person", "sg"),
    "herself": ("person", "sg"),
    "it": ("thing", "sg"),
    "its": ("thing", "sg"),
    "itself": ("thing", "sg"),
    "they": ("any", "pl"),
    "them": ("any", "pl"),
    "their": ("any", "pl"),
    "themselves": ("any", "pl"),
}
DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central upper lower greater "
    "northeast northwest southeast southwest north-east north-west south-east south-west "
    "mainland coastal".split()
)
MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
FORMER = frozenset({"former", "ex", "ousted", "exiled", "deposed", "toppled", "late"})
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
INDEFINITE = frozenset({"a", "an", "some", "another", "one", "several", "many", "two", "three"})
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
NAME_LINKS = frozenset(
    {"-", "al", "el", "bin", "ibn", "bint", "abu", "de", "van", "von", "da", "'"}
)
NON_STATE = frozenset({"UNO", "EUR", "IGO", "NGO", "ISM", "IMG", "MNC"})
KINDS = ("person", "organization", "country", "group", "population", "unknown")

# entity labels whose words are a name's, not agent nouns of the field's dictionaries
_NAMED = frozenset({"ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})
# small words a name may hold in lower case ("Ministry of the Interior", "bin Laden")
_NAME_GLUE = frozenset(
    "of the and for in on to de del la le al el bin ibn abu van von da der du des y".split()
)


HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir dame prof prof. sen sen. rep rep. gov gov. "
    "gen gen. lt lt. col col. capt capt. sgt sgt. maj maj. adm adm. rev rev. st st.".split()
)


_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f"}


def _strip_honorifics(toks: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name without "Mr."/"Dr."/"Sen." before it (and a possessive after it)."""
    i = 0
    while i < len(toks) - 1 and toks[i].lower() in HONORIFICS:
        i += 1
    out = toks[i:]
    if out and out[-1].lower() in ("'s", "’s"):
        out = out[:-1]
    return out


def _kind_fits(a: str, b: str) -> bool:
    if a == b:
        return True
    collective = {"organization", "group"}
    return a in collective and b in collective


# --------------------------------------------------------------------------------------
# The contract for later annotators
