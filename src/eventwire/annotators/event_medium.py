"""Limits of the dateline: statements made through a medium, and headline acts.

The news guidelines place a verbal act where it was made *if the article says so*. An act
told as made through a channel that has no place of its own (an interview, a post on a
social network, a television or radio station, an ad) was made wherever the speaker sat,
which the article does not say; the dateline names where the reporter is, so it does not
place such an act (``EventPlaceAnnotator`` asks :func:`medium_acts` before using it):

1. **post**: the act is told inside a post's markup (``<tweet …>I refuse …</tweet>``), or its
   sentence introduces posts ("offered their prayers: <tweet …>"); any type of act.
2. **clause**: a statement's sentence names a medium outside the statement's target ("said
   in an interview", "told a television station", "the ad concludes", "tweeted"; not
   "condemned *the ad*"), outside words between quotation marks ("'it is a TV show,' he
   said") and outside a noun's modifier ("told a crowd at a rally *broadcast on television*").
3. **medium scene**: a sentence that opens on a medium frame ("In an interview with the
   show's hosts, the senator said …") sets a scene that holds for the later statements of
   the people it names, within ``MEDIUM_SENTENCES`` sentences of the last one, until one of
   them is placed by the text; and the story's lead statement by one of them, told just
   before the frame, was made there as well (a lead sums up what the next sentence details).

The medium words are data: the ``medium`` rows of ``resources/geo/event_place.tsv``.
A headline's act (told before the dateline) takes the dateline only when the lead tells an act
of its type (:func:`headline_unmatched`).
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Any

from ..records import Analysis, Entity, Event, Place, Quote
from . import doc_sents, doc_text
from .event_lead import name_words, people_of

#: how many sentences after the latest statement told in a medium the scene still holds
MEDIUM_SENTENCES = 8
#: words that may name a medium as a verb ("she tweeted"), the rest only as nouns
_MEDIUM_VERBS = {"tweet", "retweet", "broadcast", "livestream", "email", "e-mail"}
#: medium words that name a medium only as verbs ("a rally broadcast live" parses as a noun)
_VERB_ONLY = {"broadcast"}
_OPEN_POST = re.compile(r"<tweet[\s>]", re.I)
_CLOSE_POST = re.compile(r"</tweet>|<tweet/>", re.I)


def _is_medium(tok: Any, media: Container[str]) -> bool:
    words = {tok.lower_, tok.lemma_.casefold()}
    if tok.pos_ == "VERB":
        return bool(words & _MEDIUM_VERBS) and any(w in media for w in words)
    if words & _VERB_ONLY:
        return False
    return tok.pos_ in ("NOUN", "PROPN") and any(w in media for w in words)


def _on_clause(tok: Any) -> bool:
    """Whether a medium word is the channel of a clause: the head of its phrase is a verb's
    subject or object, or the object of a preposition on a verb ("said *in an interview*",
    "*the ad* says", "told *a television station*"); not a word inside another noun's
    phrase ("a rally *in a hall on* Main Street")."""
    head = tok
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head
    if head.pos_ == "VERB":
        return True  # "she tweeted"
    if head.dep_ in ("nsubj", "nsubjpass", "dobj", "dative"):
        return head.head.pos_ in ("VERB", "AUX")
    if head.dep_ == "pobj":
        return head.head.head.pos_ in ("VERB", "AUX")
    return False


def _in_post(text: str, start: int, sent_end: int) -> bool:
    """Whether offset ``start`` lies inside a post's markup, or its sentence (ending at
    ``sent_end``) introduces one."""
    before = text[:start]
    opened = [m.end() for m in _OPEN_POST.finditer(before)]
    closed = [m.end() for m in _CLOSE_POST.finditer(before)]
    if opened and (not closed or opened[-1] > closed[-1]):
        return True
    rest = text[start:sent_end]
    if _OPEN_POST.search(rest):
        return True
    return rest.rstrip().endswith(":") and bool(_OPEN_POST.match(text[sent_end:].lstrip()))


def _describes(tok: Any) -> bool:
    """Whether a token lies in a modifier of a noun ("a rally *broadcast on television*",
    "the station *that aired it*"): it describes a thing, not the channel of an act."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in ("acl", "relcl"):
            return True
        node = node.head
    return False


def _quoted(sent: Any, tok: Any) -> bool:
    """Whether a token stands between quotation marks in its sentence: words said, not the
    channel of the act ("'It is a TV show,' he said")."""
    before = doc_text(sent.doc)[sent.start_char : tok.idx]
    opened = before.count("“") + before.count("``")
    closed = before.count("”") + before.count("''")
    return opened > closed or before.count('"') % 2 == 1


def _target(trigger: Any) -> set[int]:
    """The tokens of what an act is aimed at: its direct object's subtree."""
    return {t.i for c in trigger.children if c.dep_ == "dobj" for t in c.subtree}


def _frame(sent: Any, media: Container[str]) -> bool:
    """Whether a sentence opens on a medium frame: a phrase before its main verb, hanging
    from it, that names a medium ("In an interview with …, she said")."""
    root = sent.root
    for child in root.children:
        if child.i < root.i and child.dep_ in ("prep", "advcl"):
            if any(_is_medium(t, media) for t in child.subtree):
                return True
    return False


def _cast(sent: Any, entities: list[Entity]) -> set[str]:
    """The people a sentence names: their entities and surnames."""
    out: set[str] = set()
    for e in entities:
        if any(sent.start_char <= m.start < sent.end_char for m in e.mentions):
            out.add(e.id)
            words = name_words(e.name)
            if e.kind == "person" and words:
                out.add(words[-1])
    return out


def _talking(doc: Any, quotes: list[Quote], sent_of: dict[int, int]) -> list[tuple[int, set[str]]]:
    """The sentences in which someone is quoted, with the speaker's people."""
    out = []
    for q in quotes:
        at = q.cue or (q.content[0] if q.content else None)
        tok = None if at is None else doc.char_span(at.start, at.end, alignment_mode="expand")
        if q.speaker is not None and tok is not None and len(tok):
            out.append((sent_of[tok.root.i], people_of([q.speaker])))
    return out


def medium_acts(
    doc: Any,
    events: list[Event],
    entities: list[Entity],
    quotes: list[Quote],
    found: dict[str, tuple[Place, str]],
    media: Container[str],
    verbal: Container[str],
    lead: int,
) -> dict[str, str]:
    """The acts told as made through a medium, each with why (for ``Event.place_rule``);
    ``found``: the acts the text places, ``verbal``: the statement types (casefolded),
    ``lead``: the sentence number of the story's lead. A quote of one of the scene's people
    keeps the scene going as their acts do (the interview goes on while they talk)."""
    sents = list(doc_sents(doc))
    sent_of = {t.i: k for k, s in enumerate(sents) for t in s}
    out: dict[str, str] = {}
    talks = _talking(doc, quotes, sent_of)
    frames = {k: _cast(s, entities) for k, s in enumerate(sents) if _frame(s, media)}
    ordered = sorted(events, key=lambda e: e.trigger.start)
    pending = sorted(frames)
    scene: tuple[int, set[str]] | None = None  # the latest frame's sentence and cast
    last = -1
    for event in ordered:
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        trigger, k = span.root, sent_of[span.root.i]
        while pending and pending[0] < k:
            f = pending.pop(0)
            scene, last = (f, frames[f]), f
        sent = sents[k]
        if _in_post(doc_text(doc), event.trigger.start, sent.end_char):
            out[event.id] = "an act told in a post"
            continue
        statement = event.event.casefold() in verbal
        if not statement:
            continue
        skip = _target(trigger) | {trigger.i}
        medium = next(
            (
                t
                for t in sent
                if t.i not in skip
                and _is_medium(t, media)
                and _on_clause(t)
                and not _describes(t)
                and not _quoted(sent, t)
            ),
            None,
        )
        if medium is not None:
            out[event.id] = f"a statement made through a medium ({medium.text!r})"
            continue
        people = people_of(event.actor)
        if event.id in found:
            if scene is not None and people & scene[1]:
                scene = None  # one of the cast placed by the text: the medium scene ends
            continue
        if scene is not None:
            said = [t for t, who in talks if scene[0] < t < k and who & scene[1]]
            last = max([last, *said])
        if scene is not None and people & scene[1] and k - last <= MEDIUM_SENTENCES:
            out[event.id] = f"a statement in the medium scene of sentence {scene[0] + 1}"
            last = k
            continue
        nxt = k + 1
        if k == lead and nxt in frames and people & frames[nxt]:
            out[event.id] = f"a lead statement detailed in the medium of sentence {nxt + 1}"
    return out


def headline_unmatched(event: Event, events: list[Event], text: str, dateline_at: int) -> str:
    """Why a headline's act is not placed at the dateline (empty when it may be): an act told
    before the dateline (the headline) is placed there only when the dateline's paragraph, the
    lead, tells an act of its type; the headline then sums up the lead's news ("Senator slams
    rival" over "DENVER — The senator on Friday attacked her rival …"). Otherwise it names
    something the lead does not tell as the day's news (a background act: "companies he
    bashed"; acts told further down, through other channels), which the reporter's town
    need not have seen."""
    if event.trigger.start >= dateline_at:
        return ""
    end = text.find("\n", dateline_at)
    end = len(text) if end < 0 else end
    if any(dateline_at <= e.trigger.start < end and e.event == event.event for e in events):
        return ""
    return "a headline act the lead does not tell"


def dateline_limits(
    doc: Any,
    analysis: Analysis,
    found: dict[str, tuple[Place, str]],
    dateline: Place | None,
    media: Container[str],
    verbal: Container[str],
) -> dict[str, str]:
    """The acts the dateline (and the local story's town) does not place, each with why:
    statements made through a medium (:func:`medium_acts`) and headline acts the lead does
    not tell (:func:`headline_unmatched`); none without a dateline."""
    if dateline is None:
        return {}
    span = doc.char_span(dateline.start, dateline.end, alignment_mode="expand")
    sents = list(doc_sents(doc))
    lead = next(
        (
            k
            for k, s in enumerate(sents)
            if span is not None and span.start in range(s.start, s.end)
        ),
        -1,
    )
    out = medium_acts(
        doc, analysis.events, analysis.entities, analysis.quotes, found, media, verbal, lead
    )
    for event in analysis.events:
        why = headline_unmatched(event, analysis.events, doc_text(doc), dateline.start)
        if why and event.id not in out:
            out[event.id] = why
    return out
