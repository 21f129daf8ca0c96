"""Word lists (``resources/actors/words.tsv``) and dependency labels the actor coding reads.

The English words (pronouns, titles, name particles …) are data, read once from the
packaged table, whose header says where its entries come from; the parser's labels and
PLOVER's code sets are the scheme itself and stay here.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from ...errors import ResourceError

WORDS_FILE = "words.tsv"
LISTS = (
    "pronoun",
    "direction",
    "former",
    "indefinite",
    "article",
    "attach_prep",
    "name_link",
    "name_glue",
    "honorific",
    "title_gender",
    "noun_gender",
    "story_sense",
    "property",
    "invariant_plural",
    "person_title",
    "name_title",
    "beyond_state",
    "party_adjective",
)


def read_words(path: Traversable | Path | None = None) -> dict[str, dict[str, str]]:
    """Every list of a word table (default: the packaged ``words.tsv``): list -> word -> value."""
    if path is None:
        path = resources.files("eventwire") / "resources" / "actors" / WORDS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(
            f"packaged word table {str(path)!r} cannot be read ({exc}); reinstall eventwire"
        ) from exc
    lists: dict[str, dict[str, str]] = {name: {} for name in LISTS}
    header = True
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if header:
            header = False
            continue
        if len(cols) != 3 or cols[0] not in lists or not cols[1]:
            raise ResourceError(
                f"{path}:{n}: expected 'list<TAB>word<TAB>value' with a list among "
                f"{', '.join(LISTS)}, got {line!r}"
            )
        lists[cols[0]][cols[1]] = cols[2]
    return lists


_WORDS = read_words()

# Dependencies through which a modifier joins the noun phrase of its head.
CLIMB_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss", "flat", "nn"})
# Right-hand children that are another clause or actor, never part of the phrase.
CUT_DEPS = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "xcomp", "appos", "conj", "cc", "punct", "dep", "prep"}
)
# a pronoun's class (person | thing | any) and number (sg | pl)
PERSONAL: dict[str, tuple[str, str]] = {
    w: (v.split()[0], v.split()[1]) for w, v in _WORDS["pronoun"].items()
}
MALE = frozenset(w for w, v in _WORDS["pronoun"].items() if v.split()[2] == "m")
FEMALE = frozenset(w for w, v in _WORDS["pronoun"].items() if v.split()[2] == "f")
DIRECTIONS = frozenset(_WORDS["direction"])
FORMER = frozenset(_WORDS["former"])
INDEFINITE = frozenset(_WORDS["indefinite"])
ARTICLES = frozenset(_WORDS["article"])
# prepositions whose object tells who the head is ("president of Armenia", "rebels in Darfur")
ATTACH_PREPS = frozenset(_WORDS["attach_prep"])
NAME_LINKS = frozenset(_WORDS["name_link"])
# small words a name may hold in lower case ("Ministry of the Interior", "bin Laden")
_NAME_GLUE = frozenset(_WORDS["name_glue"])
HONORIFICS = frozenset(_WORDS["honorific"])
_HONORIFIC_GENDER = {w: v for w, v in _WORDS["honorific"].items() if v}
# what people own or live in: a nationality word before it stands for civilians
PROPERTY = frozenset(_WORDS["property"])
# a word opening a name that says the person's gender ("Mr.", "Queen")
TITLE_GENDER = dict(_WORDS["title_gender"])
# a common noun heading an unnamed person that says the person's gender ("a policewoman")
NOUN_GENDER = dict(_WORDS["noun_gender"])
# a title read in its other sector where the story names that sector and not the title's own
STORY_SENSE = dict(_WORDS["story_sense"])
# nouns whose plural is the word itself ("police"): a sector name ending in one stays as is
INVARIANT_PLURAL = frozenset(_WORDS["invariant_plural"])
# a lower-case occupation written before a person's name ("coach", "actress"): the name
# after it is a person's, whatever country or title it looks like ("Coach Jordan")
PERSON_TITLES = frozenset(_WORDS["person_title"])
# a sector word with no sector of its own that, written capitalised before a name, is an
# office: "Representative Ann Lee" (LEG)
NAME_TITLES = dict(_WORDS["name_title"])

# an adjective putting a party beyond one state ("Western diplomats", "foreign monitors")
BEYOND_STATE = frozenset(_WORDS["beyond_state"])
# a party's adjective ("a Republican senator") -> the party's name in actors.tsv
PARTY_ADJECTIVES = dict(_WORDS["party_adjective"])

STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
NON_STATE = frozenset({"UNO", "EUR", "IGO", "NGO", "ISM", "IMG", "MNC"})
KINDS = ("person", "organization", "country", "group", "population", "unknown")

# entity labels whose words are a name's, not agent nouns of the field's dictionaries
_NAMED = frozenset({"ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})


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
