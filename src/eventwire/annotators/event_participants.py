"""Participants: an argument phrase as an actor reference, and the places around it.

A phrase becomes an ActorRef through the actors annotator's ``actor_ref``; a phrase
left without a code takes the country of a place it names or of an entity inside it; a
pronoun takes its antecedent's reference; "Hungarian and Romanian officials" are two
parties. A dateline is never a party. The places an event happens in (its clause's
locative phrases, the sentence's places) and the quote that holds a trigger are found
here too, through span indexes built once per article.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from ..records import ActorRef
from ..resources import word_sets
from . import Context, SpanIndex
from .actor_coding.place_names import place_of_no_party
from .actor_coding.quoted import quoted_third_person
from .actor_coding.words import NON_STATE, PERSONAL
from .event_grammar import (
    _LOCATION_PREPS,
    _SUBJECT_DEPS,
    Candidate,
    Phrases,
    _arg_tokens,
    _children,
    _clause_head,
    _conjuncts,
    _lemma,
    _reflexive,
)

# state agents that act only at home, words of foreign people and of borders
# (resources/actors/participants.txt)
_WORDS = word_sets("actors", "participants.txt")
_DOMESTIC_SECTORS, FOREIGN_WORDS = _WORDS["domestic_sector"], _WORDS["foreign"]
_BOUNDARY = _WORDS["boundary"]
# the rule an event names when its recipient took the country of the actor's police or
# court: an inference, no evidence of where the act was (event_place reads it so)
DOMESTIC_RULE = "recipient country: domestic actor"


def names_boundary(tok: Any) -> bool:
    """Whether ``tok`` is a border noun or a country word of one ("the Thai border",
    "the border with China", "the China-Laos frontier")."""
    if str(tok.lower_) in _BOUNDARY:
        return True
    head = tok.head
    if tok.dep_ == "pobj" and _lemma(head) in ("with", "between"):
        head = head.head
    return head.i != tok.i and str(head.lower_) in _BOUNDARY


class Participants:
    """Actor references of argument heads, and the places and quotes around a trigger."""

    def __init__(
        self,
        phrases: Phrases,
        actor_ref: Callable[[Context, Any], ActorRef],
        local: threading.local,
    ) -> None:
        self.phrases = phrases
        self._actor_ref = actor_ref
        self._local = local  # the article being coded (its context, its dateline's end)

    def _index(
        self, name: str, records: list[Any], spans: Callable[[Any], list[tuple[int, int]]]
    ) -> SpanIndex:
        """The spans of ``records`` (with each one's position in the list), indexed once
        per article instead of scanned once per event."""
        ctx: Context = self._local.ctx
        return ctx.memo.once(
            (_spans, name, id(records), len(records)), lambda: _spans(records, spans)
        )

    def refs(
        self,
        heads: list[Any],
        ctx: Context,
        speaker: Any = None,
        visited: frozenset[int] = frozenset(),
    ) -> list[ActorRef]:
        """Actor references of ``heads``; a pronoun takes its antecedent's (``visited``:
        the pronouns already followed, so two pronouns that point at each other end)."""
        refs: list[ActorRef] = []
        seen: set[tuple[int, int]] = set()
        seen_entities: set[str] = set()
        dateline_end = getattr(self._local, "dateline_end", 0)
        for h in heads:
            if h.idx < dateline_end:
                continue  # a dateline names where the reporter is, never a party
            parts = self.split_adjectives(h)
            for span in parts:
                ref = self._actor_ref(ctx, span)
                if ref.code is None:
                    country = self.place_country_span(
                        _without_person_name(span, ref, ctx), ctx
                    ) or self.inner_code(span, ctx)
                    if country:
                        ref.code = country
                if ref.code is None and h.pos_ == "PRON":
                    # a quoted "he" is someone the speaker speaks of, never the speaker
                    quoted = quoted_third_person(h, ctx)
                    antecedent = None if quoted else speaker
                    if antecedent is None or antecedent.i == h.i or not _agrees(h, antecedent, ctx):
                        antecedent = self.antecedent(h, quoted)
                    if (
                        antecedent is not None
                        and antecedent.i != h.i
                        and h.i not in visited
                        and antecedent.i not in visited
                    ):
                        return self.refs(_conjuncts(antecedent), ctx, visited=visited | {h.i})
                key = (ref.start, ref.end)
                if key in seen or (ref.entity and ref.entity in seen_entities):
                    continue
                seen.add(key)
                if ref.entity:
                    seen_entities.add(ref.entity)
                refs.append(ref)
        return refs

    def location_refs(self, cand: Candidate, ctx: Context) -> list[ActorRef]:
        tok = cand.tok
        heads = [tok]
        if cand.is_noun and _clause_head(tok) != tok:
            heads.append(_clause_head(tok))
        heads += _children(tok, "dobj")
        if cand.complement is not None:
            heads += [cand.complement.tok, *_children(cand.complement.tok, "dobj")]
        for h in heads:
            for p in _children(h, "prep"):
                if _lemma(p) not in _LOCATION_PREPS:
                    continue
                for obj in _children(p, "pobj"):
                    if names_boundary(obj):
                        continue  # "near the Afghan border": either side of it
                    refs = [r for r in self.refs([obj], ctx) if r.code]
                    if refs:
                        return refs[:1]
        return []

    def places_named_by(self, heads: list[Any], ctx: Context) -> list[ActorRef]:
        """The coded places the phrases of ``heads`` name in a locative or "near" phrase
        ("a bombing *near the town*"), in order."""
        refs: list[ActorRef] = []
        for h in heads:
            for p in _children(h, "prep"):
                if _lemma(p) in _LOCATION_PREPS | {"near"}:
                    for obj in _children(p, "pobj"):
                        if not names_boundary(obj):
                            refs += [r for r in self.refs([obj], ctx) if r.code]
        return refs

    def sentence_place(self, sent: Any, actor: list[ActorRef], ctx: Context) -> ActorRef | None:
        dateline_end = getattr(self._local, "dateline_end", 0)
        for place in ctx.analysis.places:
            if not place.country or not (sent.start_char <= place.start < sent.end_char):
                continue
            if place.start < dateline_end:
                continue  # the dateline says where the reporter is
            if place_of_no_party(ctx, place):
                continue  # "the Lopez administration": a person's name, no Philippine town
            if any(a.start <= place.start and place.end <= a.end for a in actor):
                if not any(a.code is None for a in actor):
                    continue
            return ActorRef(place.text, place.start, place.end, code=place.country)
        return None

    def domestic_country(self, actor: list[ActorRef]) -> str | None:
        """The country of a police force or court among the actor's parties (sectors in
        ``participants.txt``): the state whose people it acts on, where the
        recipient is an unnamed party ("Kenyan police arrested 40 students")."""
        codes = {
            a.code
            for a in actor
            if a.code and a.code not in NON_STATE and _DOMESTIC_SECTORS & set(a.sectors)
        }
        return next(iter(codes)) if len(codes) == 1 else None

    def inner_code(self, span: Any, ctx: Context) -> str | None:
        """The country of an entity named inside a phrase: "a town in central Iran" -> IRN."""
        for tok in span:
            if names_boundary(tok):
                continue  # "a base on the Thai border" may lie on either side
            ent_id = ctx.token_entity.get(tok.i)
            ent = ctx.analysis.entity(ent_id) if ent_id else None
            if ent is not None and ent.code:
                return ent.code
        return None

    def antecedent(self, pron: Any, quoted: tuple[int, int] | None = None) -> Any:
        """A pronoun's antecedent within the sentence: the nearest governing clause's
        subject that names a party, or that subject's owner ("the senator's emails
        angered ..., and she apologised": the senator), never a thing. A pronoun in a
        speaker's ``quoted`` words (their span) finds its antecedent in them, never the
        speaker outside ('Lee said: "He lied."')."""
        ctx = self._local.ctx
        t, hops = pron.head, 0
        own = pron.head.head if pron.dep_ == "pobj" else pron.head
        # "Spitzer attacked him", "praised her for ...": an object pronoun (not a
        # reflexive) is never its own clause's subject, as the actors' coreference reads it
        bound = pron.dep_ in ("dobj", "dative", "iobj", "pobj") and not _reflexive(pron)
        while hops < 6:
            for s in _children(t, *_SUBJECT_DEPS):
                if bound and s.head.i == own.i:
                    continue
                if (
                    s.pos_ != "PRON"
                    and s.i < pron.i
                    and not pron.is_ancestor(s)
                    and _agrees(pron, s, ctx)
                    and (quoted is None or quoted[0] <= s.idx < quoted[1])
                ):
                    if self.phrases.names_party(s, ctx):
                        return s
                    owner = self.phrases.noun_agent(s)
                    if owner is not None and self.phrases.names_party(owner, ctx):
                        return owner
            if t.head == t:
                return None
            t, hops = t.head, hops + 1
        return None

    def split_adjectives(self, head: Any) -> list[Any]:
        """ "Hungarian and Romanian officials": one phrase per coordinated nationality."""
        doc = head.doc
        toks = _arg_tokens(head)
        span = doc[min(t.i for t in toks) : max(t.i for t in toks) + 1]
        adjs = [
            c
            for c in head.children
            if c.dep_ == "amod" and c.conjuncts and (c.ent_type_ or c.pos_ == "PROPN")
        ]
        if adjs:  # "reckless and dishonest plan" names no parties
            first = adjs[0]
            group = [first, *[c for c in first.conjuncts if c.pos_ in ("ADJ", "PROPN")]]
            if len(group) > 1:
                return [doc[t.i : t.i + 1] for t in sorted(group, key=lambda t: t.i)]
        return [span]

    def place_country_span(self, span: Any, ctx: Context) -> str | None:
        places = ctx.analysis.places

        def party_place(p: Any) -> list[tuple[int, int]]:
            # a person's name or a common word read as a town names no party's country
            return [(p.start, p.end)] if p.country and not place_of_no_party(ctx, p) else []

        found = self._index("places", places, party_place)
        hits = found.overlapping(span.start_char, span.end_char)
        return places[min(hits)].country if hits else None  # the first, as a scan found it

    def place_country(self, tok: Any, ctx: Context) -> str | None:
        return self.place_country_span(tok.doc[tok.i : tok.i + 1], ctx)

    def quote_for(self, start: int, end: int, ctx: Context) -> Any:
        quotes = ctx.analysis.quotes
        found = self._index("quotes", quotes, lambda q: [(c.start, c.end) for c in q.content])
        hits = found.containing(start, end)
        return quotes[min(hits)] if hits else None  # the first, as a scan found it

    @staticmethod
    def speaker_ref(quote: Any, ctx: Context) -> ActorRef:
        """The quote's speaker as a participant, with its entity's code and sectors."""
        sp = quote.speaker
        ref = ActorRef(sp.text, sp.start, sp.end, entity=sp.entity)
        ent = ctx.analysis.entity(sp.entity) if sp.entity else None
        if ent is not None:
            ref.code, ref.sectors = ent.code, list(ent.sectors)
        return ref


def _spans(records: list[Any], spans: Callable[[Any], list[tuple[int, int]]]) -> SpanIndex:
    """A span index over ``records``, each span carrying its record's position."""
    index = SpanIndex()
    for k, rec in enumerate(records):
        for s, e in spans(rec):
            index.add(s, e, k)
    return index


def _without_person_name(span: Any, ref: ActorRef, ctx: Context) -> Any:
    """``span`` without a person's last name: a person named like a place ("Coach
    Jordan", "Ann Georgia") takes no country from the name read as a toponym, only from
    what the phrase says before it ("the Lagos State Governor", "Texas Sen. Ann Lee")."""
    ent = ctx.analysis.entity(ref.entity) if ref.entity else None
    if ent is None or ent.kind != "person" or not len(span) or span[-1].pos_ != "PROPN":
        return span
    return span[:-1]


def _agrees(pron: Any, tok: Any, ctx: Context) -> bool:
    """Whether a third-person plural pronoun ("they", "them") can stand for ``tok``: never
    for one person ('"They must pay the fine," Judge Ortiz ruled': not Ortiz), though it can
    for a group, an organisation or persons joined by "and". First-person pronouns ("we",
    "our") are not in the pronoun list (``pronoun`` rows of resources/actors/words.tsv)
    and are left alone."""
    word = str(pron.lower_)
    if word not in PERSONAL or PERSONAL[word][1] != "pl":
        return True
    if any(c.dep_ == "conj" for c in tok.children):
        return True
    ent_id = ctx.token_entity.get(tok.i)
    ent = ctx.analysis.entity(ent_id) if ent_id else None
    if ent is not None:
        return ent.kind != "person"
    return tok.ent_type_ != "PERSON"
