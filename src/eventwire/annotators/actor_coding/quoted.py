"""Pronouns inside a quotation: the speaker is never "he", "she" or "they".

The actors annotator links pronouns before the quotes are attributed, so a quoted "he"
may join the salient subject before it, often the person quoted ('Lee attacked the
governor. "He lied to us," Lee said.'). In a speaker's own words a third-person pronoun
stands for someone else. Once the quotes annotator knows each quotation's speaker,
``relink_quoted_pronouns`` moves a quoted third-person pronoun linked to its speaker to
the nearest other antecedent that fits (persons for "he"/"she", groups for "they",
organisations and countries for "it"; a subject first, within three sentences), or leaves
it unlinked. Only a speaker's own quoted words: in indirect speech ("Lee said he would
run", 'Lee said that "he had no part" in it') "he" may well be the speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from ...records import Entity, Mention, Quote, Span
from .. import Context, sentence_ids
from .words import FEMALE, MALE, PERSONAL

# how many sentences back a moved pronoun looks for its antecedent (as the actors' search)
WINDOW = 3
_SUBJECTS = ("nsubj", "nsubjpass")


def quotation_at(regions: Sequence[tuple[int, int]], char: int) -> tuple[int, int] | None:
    """The quotation region (character span, marks included) holding ``char``, or None;
    ``regions`` in text order, as the quotes annotator hands them on."""
    k = bisect.bisect_right(regions, (char, float("inf"))) - 1
    if k >= 0 and regions[k][0] <= char < regions[k][1]:
        return regions[k]
    return None


def direct_speech_at(ctx: Context, char: int) -> tuple[int, int] | None:
    """The quotation holding ``char`` where it is a speaker's own words: a whole content
    span of an attributed quote ('"…," Lee said'), not a fragment quoted inside indirect
    speech ('Lee said that "he had no part in it"', where "he" is Lee) nor a quotation
    no one is said to speak."""
    region = quotation_at(ctx.quote_regions, char)
    if region is None:
        return None
    for quote in ctx.analysis.quotes:
        if quote.speaker is not None and any(_whole(region, c) for c in quote.content):
            return region
    return None


def quoted_third_person(tok: Any, ctx: Context) -> tuple[int, int] | None:
    """The speaker's own quoted words around ``tok`` where it is a third-person pronoun
    (someone the speaker speaks of), else None."""
    if str(tok.lower_) not in PERSONAL:
        return None
    return direct_speech_at(ctx, tok.idx)


def relink_quoted_pronouns(ctx: Context) -> None:
    """Correct the pronoun links inside each attributed quotation (module docstring)."""
    regions = sorted(ctx.quote_regions)
    doc = ctx.doc
    if not regions or not len(doc):
        return
    for quote in ctx.analysis.quotes:
        speaker = _speaker_entity(ctx, quote)
        if speaker is None:
            continue
        for s, e in _quoted_spans(quote, regions):
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                word = str(tok.lower_)
                if word in PERSONAL and ctx.token_entity.get(tok.i) == speaker.id:
                    _move(ctx, tok, speaker)


def _speaker_entity(ctx: Context, quote: Quote) -> Entity | None:
    if quote.speaker is None or quote.speaker.entity is None:
        return None
    return ctx.analysis.entity(quote.speaker.entity)


def _quoted_spans(quote: Quote, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotation regions that are whole content spans of the quote: the speaker's
    own words (see ``direct_speech_at``)."""
    out: list[tuple[int, int]] = []
    for c in quote.content:
        k = bisect.bisect_left(regions, (c.start - 1, -1))
        while k < len(regions) and regions[k][0] < c.end:
            if _whole(regions[k], c):
                out.append(regions[k])
            k += 1
    return out


def _whole(region: tuple[int, int], content: Span) -> bool:
    """Whether a quotation region is the whole of a content span (its marks included;
    a character of slack either side for a comma or a mark the span trims)."""
    return abs(region[0] - content.start) <= 1 and abs(region[1] - content.end) <= 1


def _move(ctx: Context, tok: Any, speaker: Entity) -> None:
    """The pronoun leaves the speaker for the nearest other antecedent, or stays unlinked."""
    start, end = tok.idx, tok.idx + len(tok.text)
    speaker.mentions = [m for m in speaker.mentions if (m.start, m.end) != (start, end)]
    del ctx.token_entity[tok.i]
    other = _antecedent(ctx, tok, speaker)
    if other is not None:
        _add_mention(ctx, tok, other)


def _add_mention(ctx: Context, tok: Any, ent: Entity) -> None:
    sent = sentence_ids(ctx.doc)[tok.i]
    ent.mentions.append(
        Mention(tok.text, tok.idx, tok.idx + len(tok.text), kind="pronoun", sentence=sent)
    )
    ent.mentions.sort(key=lambda m: (m.start, m.end))
    ctx.token_entity[tok.i] = ent.id


def _antecedent(ctx: Context, tok: Any, speaker: Entity) -> Entity | None:
    """The entity other than the speaker that the pronoun ``tok`` most likely stands for:
    a fitting mention before it within ``WINDOW`` sentences, a subject before an object,
    the nearer sentence first."""
    doc = ctx.doc
    sents = sentence_ids(doc)
    here = sents[tok.i]
    best: tuple[int, int, Entity] | None = None
    for ent in ctx.analysis.entities:
        if ent is speaker or not _fits(str(tok.lower_), ent):
            continue
        for m in ent.mentions:
            if m.start >= tok.idx:
                break
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            if here - sents[head.i] > WINDOW:
                continue
            subject = head.dep_ in _SUBJECTS or (
                head.dep_ == "conj" and head.head.dep_ in _SUBJECTS
            )
            score = (here - sents[head.i]) * 2 + (0 if subject else 3)
            if best is None or (score, -m.start) < (best[0], best[1]):
                best = (score, -m.start, ent)
    return best[2] if best else None


def _fits(word: str, ent: Entity) -> bool:
    """Whether a pronoun can stand for the entity: its class, and a person's gender as
    the entity's other pronouns say it."""
    cls, _number = PERSONAL[word]
    if cls == "person":
        if ent.kind != "person":
            return False
        said = {m.text.lower() for m in ent.mentions if m.kind == "pronoun"}
        if word in MALE:
            return not said & FEMALE
        return not said & MALE
    if cls == "thing":
        return ent.kind in ("organization", "country")
    return ent.kind in ("group", "population")
