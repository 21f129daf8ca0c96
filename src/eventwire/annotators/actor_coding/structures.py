"""Per-article structures (hits, phrases, resolutions, entity states) and token helpers."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ...records import Entity
from .. import Context, doc_ents, doc_sents
from .dictionary import ActorEntry, CountryForm, SectorWord
from .place_names import names_no_place
from .words import _NAME_GLUE, NAME_LABELS

# --------------------------------------------------------------------------------------
# Per-article structures
# --------------------------------------------------------------------------------------


@dataclass
class Hit:
    """A dictionary match: tokens [start, end) and what they name."""

    start: int
    end: int
    type: str  # country | actor | sector
    key: str
    country: CountryForm | None = None
    actor: ActorEntry | None = None
    sector: SectorWord | None = None


@dataclass
class Resolution:
    """What a phrase resolves to on its own (before coreference)."""

    code: str | None = None
    sectors: list[str] = field(default_factory=list)
    kind: str = "unknown"
    name: str = ""
    source: str | None = None
    named: bool = False  # the phrase names its actor (a proper name)
    number: str = "sg"
    code_from: str = ""  # head | modifier | appos | attach | coref | ""
    key: tuple[Any, ...] | None = None  # identity for merging
    # resolved by the field's large dictionaries, where namesakes abound: the text's own
    # country ("Iraqi leader X") outranks their code
    field_dictionary: bool = False
    dated: bool = False  # the code is a dated role that holds on the article's date


# How a code was found, best first. A coreference chain holds the best code any of its
# mentions gave (one person, one code per article); within a rank the first one stays.
RANK_ENTRY = 5.0  # a dictionary entry: a country's name, a named actor, an office-holder
RANK_COMPOSED = 4.0  # the mention's own words: "Iraqi police", "X, an Iraqi lawmaker"
# a person of the field's large dictionaries, where namesakes abound: a country in the
# text's own words outranks it ("Iraqi leader X"), as within one phrase
RANK_NAMESAKE = 3.0
RANK_LINKED = 2.0  # coreference: "the country", a pronoun, "the government" (latest country)
RANK_CONTEXT = 1.0  # the one country a text names (a titled official)
DATED_BONUS = 0.5  # a dated role that holds on the date beats an undated row of its rank
_COMPOSED_FROM = frozenset({"modifier", "mod", "appos", "attach", "attach-in"})


def code_rank(res: Resolution) -> float:
    """How good the evidence for ``res.code`` is (0: no code); see the RANK_ constants."""
    if not res.code:
        return 0.0
    if res.code_from == "head":
        rank = RANK_NAMESAKE if res.field_dictionary and res.kind == "person" else RANK_ENTRY
        return rank + (DATED_BONUS if res.dated else 0.0)
    if res.code_from in _COMPOSED_FROM:
        return RANK_COMPOSED
    if res.code_from == "context":
        return RANK_CONTEXT
    return RANK_LINKED


@dataclass
class Phrase:
    """A noun phrase that mentions an actor."""

    head: int
    start: int  # token span [start, end)
    end: int
    own_name: tuple[int, int] | None = None  # token span of the head's proper name
    nested: list[Phrase] = field(default_factory=list)
    linked: list[Phrase] = field(default_factory=list)
    res: Resolution | None = None
    entity: str | None = None
    mention_kind: str = "nominal"
    pronoun: bool = False
    parent: Phrase | None = None


@dataclass
class _EntityState:
    entity: Entity
    key: tuple[Any, ...] | None
    heads: set[str] = field(default_factory=set)  # head lemmas of its mentions
    names: list[tuple[str, ...]] = field(default_factory=list)  # proper-name token tuples
    last: int = -1  # token index of the latest mention
    number: str = "sg"
    gender: str | None = None  # m | f, from a given name, an honorific or a pronoun
    spans: set[tuple[int, int]] = field(default_factory=set)  # (start, end) of its mentions
    last_sentence: int = -1  # the latest sentence it is mentioned in
    rank: float = 0.0  # code_rank of the evidence for the entity's code


# --------------------------------------------------------------------------------------
# The annotator
# --------------------------------------------------------------------------------------


def _written_as_name(doc: Any, i: int, j: int) -> bool:
    """Whether tokens [i, j) are written as a name: capitalised words, not a common word."""
    words = [t for t in doc[i:j] if t.text[:1].isalpha()]
    if not words or any(not t.text[:1].isupper() and t.lower_ not in _NAME_GLUE for t in words):
        return False
    if j - i == 1:
        tok = doc[i]
        # one word: a proper noun or an acronym, not a capitalised common word ("Who", "Police")
        if tok.is_stop or not (tok.pos_ == "PROPN" or (tok.is_upper and len(tok) > 1)):
            return False
    return not all(t.lower_ in _NAME_GLUE or t.is_stop for t in words)


def _case_variants(name: str) -> list[str]:
    out = [name]
    if name[:1].islower():
        out.append(name[:1].upper() + name[1:])
    if name.startswith("the "):
        out.append("The " + name[4:])
    return out


def _nominal(tok: Any) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") or tok.tag_.startswith("NN")


def _plural_tok(tok: Any) -> bool:
    return tok.tag_ in ("NNS", "NNPS")


_Places = tuple[list[tuple[range, str]], dict[int, list[int]]]


def _place_tokens(ctx: Context) -> _Places:
    """The tokens of each resolved toponym that is not a country (nor a person's name or a
    common word capitalised by position: ``place_names``), with its country, and the
    toponyms covering each token; once per doc (resolve_span builds an article per call:
    a scan of every place per call grew with the square of the article's length)."""
    return ctx.memo.once(
        (_place_tokens, ctx.doc, len(ctx.analysis.places)), lambda: _scan_places(ctx)
    )


def _scan_places(ctx: Context) -> _Places:
    places: list[tuple[range, str]] = []
    covering: dict[int, list[int]] = {}
    for place in ctx.analysis.places:
        if not place.country or place.feature == "country":
            continue
        span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and not names_no_place(ctx, span.start, span.end, place.feature):
            for i in range(span.start, span.end):
                covering.setdefault(i, []).append(len(places))
            places.append((range(span.start, span.end), place.country))
    return places, covering


class _PlaceAt(Mapping[int, str]):
    """Token -> country of the (last) toponym covering it that no dictionary hit overlaps."""

    def __init__(self, places: _Places, hit_at: Mapping[int, Any]) -> None:
        self.places, self.covering = places
        self.hit_at = hit_at

    def __getitem__(self, i: int) -> str:
        for k in reversed(self.covering.get(i, ())):
            toks, code = self.places[k]
            if not any(t in self.hit_at for t in toks):
                return code
        raise KeyError(i)

    def __iter__(self) -> Iterator[int]:
        return (i for i in sorted(self.covering) if i in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _doc_index(doc: Any) -> tuple[dict[int, Any], list[int], list[tuple[int, int]]]:
    """Per-doc lookups shared by every _Article of one doc: name entity, sentence of a token."""
    ent_at: dict[int, Any] = {}
    for e in doc_ents(doc):
        if e.label_ in NAME_LABELS:
            for i in range(e.start, e.end):
                ent_at[i] = e
    sent_of: list[int] = [0] * len(doc)
    sent_spans: list[tuple[int, int]] = []
    for k, sent in enumerate(doc_sents(doc)):
        sent_spans.append((sent.start, sent.end))
        for i in range(sent.start, sent.end):
            sent_of[i] = k
    return ent_at, sent_of, sent_spans
