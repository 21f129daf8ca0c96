"""The actors annotator: every mention of an actor, resolved to who it is.

Contract for later annotators:

- ``ctx.token_entity`` maps the index of every token of every mention to its entity id.
  Where mentions nest ("Pentagon chief Lloyd Austin" holds "Pentagon"), the inner mention's
  tokens point to the inner entity; query a phrase through its head (``span.root``) first.
- ``actor_ref(ctx, span)`` returns the ActorRef for an argument phrase: the entity whose
  mention covers the phrase's head (or another of its tokens), else what the phrase itself
  resolves to from the dictionaries (code None when unknown).

How it works, per article:

1. **Dictionary hits**: two spaCy PhraseMatchers built once (names match case-sensitively,
   sector nouns case-insensitively) find countries, named actors and sector nouns.
2. **Phrases**: every actor-like token (a hit, a named entity, a pronoun) is climbed up
   through its modifiers (compound, amod, nmod, poss, "X-led") to the head of its noun
   phrase; the phrase is the head with its left modifiers and its of/in/from/at attachments.
   Names inside a phrase that are other actors ("Pentagon", "Syria's") become nested phrases.
3. **Compositional resolution**: the country comes from the head's own dictionary entry, else
   the nearest country modifier, else an apposition, else an of/in attachment; the sector
   from the heaviest sector word or nested actor (ties: nearest the head). Appositions and
   title-name chains ("US Chairman … General Mark Milley") are one actor.
   Toponyms the places annotator resolved give their country ("a missionary from Calgary");
   of two nationality words in a row the first is the country, the second the ethnic group
   ("Croatian Serb refugees"); a titled person without a country takes the article's main one.
4. **Coreference**: persons by name and surname (honorifics aside); named organisations by
   name and acronym; definite descriptions ("the lawmaker", "the ministry") by head word, an
   armed group's ("the Takfiri outfit") by sector, a state organ's ("the government") by the
   latest country outside its clause, "the country" by the latest country; pronouns by number,
   kind, gender (given names, honorifics, pronouns already resolved) and salience (subjects
   first) within three sentences, outside their own phrase; plural demonyms ("the
   Americans") to a group of that country; descriptions with the same country, sector and
   kind are one actor.

Everything the annotator knows is data: ``resources/actors/*.tsv`` (see the README there)
plus the user's files listed in the ``actor_dictionaries`` setting.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import Any

from ..records import ActorRef
from . import Annotator, Context, doc_ents, doc_tokens, register
from .actor_coding.chains import ActorArticle
from .actor_coding.dictionary import (  # noqa: F401 - re-exported for callers and tests
    PHX,
    ActorDictionary,
    ActorEntry,
    CountryForm,
    SectorWord,
    _plural,
    shared_dictionary,
)
from .actor_coding.place_names import _dateline
from .actor_coding.structures import (  # noqa: F401 - re-exported for callers and tests
    Hit,
    Phrase,
    Resolution,
    _case_variants,
    _nominal,
    _place_tokens,
    _PlaceAt,
    _written_as_name,
)
from .actor_coding.words import _NAMED, DIRECTIONS


@register("actors")
class ActorsAnnotator(Annotator):
    """Finds actor mentions, resolves them to codes and sectors, and links coreferent ones."""

    assigns = ("entities", "token_entity", "actor_resolver")
    requires = ()  # reads the places found before it when there are any

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        from spacy.matcher import PhraseMatcher

        from .. import nlp as _nlp

        pipeline = _nlp.load(settings["model"])
        self.dictionary = shared_dictionary(
            settings["actor_dictionaries"], settings["petrarch_dictionaries"], settings["model"]
        )
        self.vocab = pipeline.vocab
        make = pipeline.make_doc
        self.names = PhraseMatcher(self.vocab, attr="ORTH")
        seen: set[str] = set()
        for name in list(self.dictionary.countries) + list(self.dictionary.actors):
            for variant in _case_variants(name):
                if variant not in seen:
                    seen.add(variant)
                    self.names.add("N|" + name, [make(variant)])
        # sector words: an index from their lower-cased tokens (a lookup per token, however
        # many words the dictionaries hold)
        words = list(self.dictionary.sectors)
        tokenizer: Any = pipeline.tokenizer
        self.word_index: dict[tuple[str, ...], str] = {}
        self.word_first: dict[str, int] = {}
        for word, doc in zip(words, tokenizer.pipe(words, batch_size=1000), strict=True):
            for key in _word_keys(word, doc):
                self.word_index.setdefault(key, word)
                if self.word_first.get(key[0], 0) < len(key):
                    self.word_first[key[0]] = len(key)

    # -- matching ----------------------------------------------------------------------

    def hits(self, doc: Any) -> list[Hit]:
        """Non-overlapping dictionary hits, the longest first (names before sector words)."""
        found: list[Hit] = []
        strings = self.vocab.strings
        for match_id, s, e in self.names(doc):
            key = strings[match_id][2:]
            if key in self.dictionary.actors:
                found.append(Hit(s, e, "actor", key))
            else:
                found.append(Hit(s, e, "country", key, country=self.dictionary.countries[key]))
        toks = doc_tokens(doc)  # Doc.__getitem__ builds a Token each time: index these
        lowers = [t.lower_ for t in toks]
        for s in range(len(doc)):
            for e, word in self._sector_words(lowers, s):
                agent = self.dictionary.sectors[word]
                if agent.field_dictionary and any(t.ent_type_ in _NAMED for t in toks[s:e]):
                    continue  # "Sovereign State of Biafra": a word of a name, not an agent
                found.append(Hit(s, e, "sector", word, sector=agent))
        found.extend(self.petrarch_hits(doc, toks, lowers))
        # the longest first; on a tie our own names, then the field's, then sector words
        found.sort(
            key=lambda h: (-(h.end - h.start), h.type == "sector", h.key.startswith(PHX), h.start)
        )
        taken: set[int] = set()
        out: list[Hit] = []
        ents = list(doc_ents(doc))  # Doc.ents is rebuilt on every access
        for h in found:
            if any(i in taken for i in range(h.start, h.end)):
                continue
            if h.type == "sector" and not _nominal(doc[h.end - 1]):
                # "national" (adjective) is no "nationals"; "rebel positions" has rebels
                sw, last = h.sector, doc[h.end - 1]
                if not (
                    sw is not None
                    and sw.weight >= 3
                    and sw.kind in ("group", "person")
                    and last.dep_ in ("amod", "compound")
                ):
                    continue
            if h.type != "sector" and not self._name_ok(doc, h, ents):
                continue
            if h.type == "sector" and not _abbreviation_ok(toks, h):
                continue
            taken.update(range(h.start, h.end))
            out.append(h)
        out.sort(key=lambda h: h.start)
        return out

    def petrarch_hits(
        self, doc: Any, toks: Sequence[Any] | None = None, lowers: list[str] | None = None
    ) -> list[Hit]:
        """Phrases of the field's dictionaries written as names (an index lookup per token)."""
        d = self.dictionary
        first = d.petrarch_first
        index = d.petrarch
        out: list[Hit] = []
        n = len(doc)
        if toks is None or lowers is None:
            toks = list(doc)
            lowers = [t.lower_ for t in toks]
        for i in range(n):
            longest = first.get(lowers[i])
            if longest is None or not toks[i].text[:1].isupper():
                continue
            # the phrase's words, hyphens left out as in the index
            ends: list[tuple[int, str]] = []
            words: list[str] = []
            for j in range(i, n):
                if lowers[j] != "-":
                    words.append(lowers[j])
                    if len(words) > longest:
                        break
                    ends.append((j + 1, " ".join(words)))
            if _dateline(doc, i):
                continue  # "CHISINAU, May 3 -": where the story was filed, not an actor
            for j, key in reversed(ends):
                row = index.get(key)
                if row is not None and _written_as_name(doc, i, j):
                    out.append(Hit(i, j, "actor", f"{PHX}{row}"))
                    break
        return out

    def _name_ok(self, doc: Any, h: Hit, ents: list[Any]) -> bool:
        first, last = doc[h.start], doc[h.end - 1]
        if h.type == "country" and h.start > 0:
            prev = doc[h.start - 1]
            if prev.text == "New":
                return False  # "New Jersey", "New Mexico": a place of its own
            if h.country is not None and h.country.form != "name":
                return True
            ent = next((e for e in ents if e.start <= h.start < e.end), None)
            if (
                ent is not None
                and ent.label_ in ("ORG", "FAC", "WORK_OF_ART", "LOC", "GPE")
                and ent.start < h.start
                and prev.pos_ == "PROPN"
                and prev.lower_ not in DIRECTIONS
                and prev.lower_ not in self.dictionary.sectors
                and prev.text not in self.dictionary.countries
            ):
                return False  # "RT America", "Radio Free Asia": part of a name
        # a person named like a country ("Chad", "Jordan") is a person
        if first.ent_type_ == "PERSON" and h.type == "country":
            ent = next((e for e in ents if e.start <= h.start < e.end), None)
            if ent is not None and (ent.end - ent.start) > (h.end - h.start):
                # "Chad Smith" yes, "the King of Jordan" no: a name word right next to it
                near = [doc[k] for k in (h.start - 1, h.end) if ent.start <= k < ent.end]
                if any(
                    t.pos_ == "PROPN"
                    and t.lower_ not in self.dictionary.sectors
                    and t.text not in self.dictionary.countries
                    for t in near
                ):
                    return False
        if h.type == "actor" and h.key.startswith(PHX) and h.start > 0:
            prev = doc[h.start - 1]
            ent = next((e for e in ents if e.start <= h.start < e.end), None)
            if (
                ent is not None
                and ent.start < h.start
                and prev.pos_ == "PROPN"
                and prev.lower_ not in DIRECTIONS
                and prev.lower_ not in self.dictionary.sectors
                and prev.text not in self.dictionary.countries
            ):
                return False  # "RT America": the end of a longer name
        if h.type == "actor":
            # part of a longer name: "Fatah Alliance" is not "Fatah", "Washington Post" no capital
            j = h.end
            if j < len(doc) and doc[j].text in "([":
                close = next((k for k in range(j, min(j + 6, len(doc))) if doc[k].text in ")]"), j)
                j = close + 1
            if (
                j < len(doc)
                and doc[j].pos_ == "PROPN"
                and doc[j].text[:1].isupper()
                and not self._sector_at(doc, j)
                and last.dep_ in ("compound", "nmod", "amod", "flat", "nsubj", "dobj", "pobj")
            ):
                return False
        return True

    def _sector_words(self, lowers: Sequence[str], s: int) -> Iterator[tuple[int, str]]:
        """The sector words and titles that start at position ``s`` of the lower-cased
        tokens: (end, word), the shortest first."""
        longest = self.word_first.get(lowers[s])
        if longest is None:
            return
        for e in range(s + 1, min(len(lowers), s + longest) + 1):
            word = self.word_index.get(tuple(lowers[s:e]))
            if word is not None:
                yield e, word

    def _sector_at(self, doc: Any, j: int) -> bool:
        """Whether a sector word or title starts at token ``j`` ("the State Department
        Inspector General": the title of an office of the department, no longer name)."""
        longest = self.word_first.get(doc[j].lower_, 1)
        lowers = [t.lower_ for t in doc[j : j + longest]]
        return next(self._sector_words(lowers, 0), None) is not None

    # -- the article -------------------------------------------------------------------

    def __call__(self, ctx: Context) -> None:
        doc = ctx.doc
        if len(doc) == 0:
            ctx.actor_resolver = self
            return
        hits = ctx.memo.once((ActorsAnnotator.hits, doc), lambda: self.hits(doc))
        art = ActorArticle(self.dictionary, ctx, hits)
        art.run()
        ctx.actor_resolver = self

    def resolve_span(self, ctx: Context, span: Any) -> Resolution:
        """What a phrase resolves to from the dictionaries alone (no coreference)."""
        hits = ctx.memo.once((ActorsAnnotator.hits, ctx.doc), lambda: self.hits(ctx.doc))
        lo = bisect_left(hits, span.start, key=lambda h: h.start)  # hits are in text order
        hi = bisect_left(hits, span.end, key=lambda h: h.start)
        art = ActorArticle(self.dictionary, ctx, hits[lo:hi])
        phrase = art.phrase_for(span.root.i, limit=(span.start, span.end))
        if phrase is None:
            return Resolution()
        return art.resolve(phrase, link=False)


def actor_ref(ctx: Context, span: Any) -> ActorRef:
    """The ActorRef for an argument phrase (a spaCy Span).

    The entity whose mention covers the phrase's root (else its other tokens, nearest the
    root first); when no mention covers it, what the phrase resolves to from the
    dictionaries (entity None). Code None when unknown.
    """
    ref = ActorRef(text=span.text, start=span.start_char, end=span.end_char)
    if len(span) == 0:
        return ref
    root = span.root
    order = [root, *sorted((t for t in span if t.i != root.i), key=lambda t: abs(t.i - root.i))]
    for tok in order:
        ent_id = ctx.token_entity.get(tok.i)
        if ent_id is None:
            continue
        ent = ctx.analysis.entity(ent_id)
        if ent is not None:
            ref.entity, ref.code, ref.sectors = ent.id, ent.code, list(ent.sectors)
            return ref
    if ctx.actor_resolver is not None:
        try:
            res = ctx.actor_resolver.resolve_span(ctx, span)
        except Exception:  # noqa: BLE001 - a fallback must never break the caller
            return ref
        ref.code, ref.sectors = res.code, list(res.sectors)
    return ref


def iter_entity_tokens(ctx: Context, entity_id: str) -> Iterator[int]:
    """Token indices of every mention of ``entity_id`` (from ``ctx.token_entity``)."""
    return (i for i, e in ctx.token_entity.items() if e == entity_id)


def unknown_name(ctx: Context, ref: ActorRef) -> bool:
    """Whether ``ref`` is a person or organisation named in the text that no dictionary knows
    and whose own words name no country: such an actor keeps no country (no guessing), so a
    later annotator must not give it one from a place, a dateline or a quote's speaker."""
    if ref.code is not None or ref.entity is None:
        return False
    ent = ctx.analysis.entity(ref.entity)
    return (
        ent is not None
        and ent.code is None
        and ent.kind in ("person", "organization")
        and any(m.kind == "name" for m in ent.mentions)
    )


def _word_keys(word: str, doc: Any) -> list[tuple[str, ...]]:
    """The token keys a sector word is matched by: its tokens, and for an abbreviated title
    ("gov.", "lt. gov.") its words as the text writes them before a name, one token each
    ("Gov." is one token in "Gov. Smith", but the lower-cased word alone splits off its dot)."""
    keys = [tuple(t.lower_ for t in doc)] if len(doc) else []
    if "." in word:
        spaced = tuple(word.split())
        if spaced and spaced not in keys:
            keys.append(spaced)
    return keys


def _abbreviation_ok(toks: Sequence[Any], h: Hit) -> bool:
    """An abbreviated title ("Rep.", "Gov.") names an actor only before a name in its own
    sentence: one the sentence splitter left at a sentence's end ("…," Rep. | Ann Lee said)
    is cut off from the person it titles."""
    if not toks[h.end - 1].text.endswith("."):
        return True
    nxt = toks[h.end] if h.end < len(toks) else None
    return nxt is not None and not nxt.is_sent_start and nxt.pos_ == "PROPN"
