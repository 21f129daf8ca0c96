"""Places told a sentence or more away: a lead's act detailed by the next sentence, and an
act framed by an occasion the text placed before.

A news lead sums up the story's act; the next sentence often tells it again with where it
happened ("The president sought on Wednesday to calm the allies' worries. 'We will be fine,'
he told a town hall meeting in Hanoi."). A lead act with no place of its own takes the
place the text gives (not a dateline, a scene or an actor's home) to an act of one of its
actors, of the same day, in the sentence right after the lead. Acts of other days, acts
not done yet and acts of other people do not carry back.

An occasion named again ("gathered in Lima for a summit. *At the summit*, Chile accused
Peru …") frames its act in the place the text gave the occasion (:func:`place_occasions`):
any actor's act, as all who speak at a summit or a hearing are there; only a definite noun
("the summit") of the ``occasion`` rows of ``resources/geo/event_place.tsv``, placed within
``OCCASION_SENTENCES`` sentences before.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Any

from ..records import Event, Place
from . import doc_sents, doc_text

#: place rules that are the text's own word on where an act happened (not carried or assumed)
_TEXT_RULES = {"clause", "landmark", "adjunct", "governing clause", "occasion", "frame", "host"}
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def name_words(text: str) -> list[str]:
    """The capitalised words of a person's name as written, before any comma or clause
    ("Ana Lopez, who leads …" gives Ana, Lopez); a pronoun or a common noun gives none."""
    head = text.split(",", 1)[0]
    return [w for w in _NAME_WORD.findall(head) if w[:1].isupper() and len(w) > 1]


def people_of(refs: list[Any]) -> set[str]:
    """The people of actor references or speakers: their entities and surnames."""
    return {r.entity for r in refs if r.entity} | {
        name_words(r.text)[-1] for r in refs if name_words(r.text)
    }


def headline_end(text: str) -> int:
    """Where the headline line ends (the first line break of a text of several lines), or
    -1 for a text of one line."""
    cut = text.find("\n")
    return cut if cut >= 0 and text[cut:].strip() else -1


def lead_sentence(doc: Any) -> int:
    """The number of the lead's sentence: the first one after the headline line (the first
    line of a text of several lines), else the first."""
    cut = headline_end(doc_text(doc))
    if cut < 0:
        return 0
    return next((k for k, s in enumerate(doc_sents(doc)) if s.start_char > cut), 0)


def place_lead(
    doc: Any,
    events: list[Event],
    found: dict[str, tuple[Place, str]],
    done: Any,
    kinds: tuple[Container[str], Container[str]] = ((), ()),
) -> None:
    """Give the lead's unplaced acts the place the next sentence gives their act
    (``done(event)``: whether an act is told as done on the story's day). ``kinds``: the
    statement and the deed types (``verbal`` and ``deed`` rows of
    ``resources/geo/event_place.tsv``): a statement is not told again by a deed, nor a deed
    by a statement (a mayor's condemnation of a bombing is not detailed by the bombing)."""
    sents = doc_sents(doc)
    lead = lead_sentence(doc)
    if lead + 1 >= len(sents):
        return
    first, second = sents[lead], sents[lead + 1]

    def within(e: Event, s: Any) -> bool:
        return bool(s.start_char <= e.trigger.start < s.end_char)

    later = [
        e
        for e in events
        if within(e, second)
        and e.id in found
        and found[e.id][1].split(":", 1)[0] in _TEXT_RULES
        and done(e)
    ]
    for event in events:
        if event.id in found or not within(event, first) or not done(event):
            continue
        people = people_of(event.actor)
        match = next(
            (
                e
                for e in later
                if e.date == event.date
                and people & people_of(e.actor)
                and not _unlike(event, e, kinds)
            ),
            None,
        )
        if match is None or not people:
            continue
        place = found[match.id][0]
        found[event.id] = (
            place,
            f"lead: detailed by {match.trigger.text!r} in the next sentence at {place.text!r}",
        )


#: how many sentences of the lead, after the headline, may tell the headline's act again
HEADLINE_LEAD = 2


def place_headline(doc: Any, events: list[Event], found: dict[str, tuple[Place, str]]) -> None:
    """Give a headline's unplaced act the place the lead gives the same act: one of its
    type named by the same word in the first ``HEADLINE_LEAD`` sentences after the headline
    ("Secret meeting of rival mayors" … "led to a meeting at a hotel in Fresno"),
    placed by the text itself (not a dateline, a scene or an actor's home)."""
    lead = lead_sentence(doc)
    if lead == 0:
        return  # no headline line
    sents = doc_sents(doc)
    cut = sents[lead].start_char
    stop = sents[min(lead + HEADLINE_LEAD, len(sents)) - 1].end_char
    told = [
        e
        for e in events
        if cut <= e.trigger.start < stop
        and e.id in found
        and found[e.id][1].split(":", 1)[0] in _TEXT_RULES
    ]
    for event in events:
        if event.id in found or event.trigger.start >= cut:
            continue
        word = _lemma(doc, event)
        match = next((e for e in told if e.event == event.event and _lemma(doc, e) == word), None)
        if match is not None:
            place = found[match.id][0]
            found[event.id] = (
                place,
                f"headline: told again by {match.trigger.text!r} at {place.text!r}",
            )


def _lemma(doc: Any, event: Event) -> str:
    """The lemma of an event's trigger word (its first word), casefolded."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span[0].lemma_.casefold() if span is not None and len(span) else ""


def _unlike(event: Event, other: Event, kinds: tuple[Container[str], Container[str]]) -> bool:
    """True when one act is a statement and the other a deed (``kinds``: the statement and
    the deed types, casefolded): neither tells the other again."""
    verbal, deeds = kinds
    one, two = event.event.casefold(), other.event.casefold()
    return (one in verbal and two in deeds) or (one in deeds and two in verbal)


#: how many sentences back an occasion named again ("at the summit") may have been placed
OCCASION_SENTENCES = 6
#: the prepositions by which a named occasion frames an act ("*at* the rally", "*during* the talks")
_FRAMING = {"at", "during"}


def _occasion_name(noun: Any, occasions: Container[str]) -> str:
    """The occasion a noun names ("summit", "town hall"), or an empty string."""
    lemma = noun.lemma_.casefold()
    compound = " ".join([c.lower_ for c in noun.children if c.dep_ == "compound"] + [noun.lower_])
    for name in (compound, lemma):
        if name in occasions:
            return name
    return ""


def _told_done(verb: Any) -> bool:
    """Whether a verb that is no event tells something done: no modal, no "to" ("will meet",
    "to hold" are not)."""
    return not any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in verb.children)


def _antecedents(
    sent: Any,
    found: dict[str, tuple[Place, str]],
    events: list[Event],
    placed: list[tuple[Place, Any]],
    occasions: Container[str],
    done: Any,
) -> dict[str, Place]:
    """The occasions a sentence places: a place hanging from the occasion's noun ("a summit
    in Lima"), from the verb that takes it ("held a hearing on Capitol Hill"), or the
    place the text gives the act whose clause names it ("gathered in Lima for a summit"); not
    an occasion still to come ("will meet in Rome for a summit")."""
    out: dict[str, Place] = {}
    text_found = {
        e.trigger.start: found[e.id][0]
        for e in events
        if e.id in found and found[e.id][1].split(":", 1)[0] in _TEXT_RULES and done(e)
    }
    for noun in sent:
        name = _occasion_name(noun, occasions) if noun.pos_ == "NOUN" else ""
        if not name:
            continue
        taker = noun.head  # the verb that takes the occasion, directly or by a preposition
        if taker.dep_ == "prep" and noun.dep_ == "pobj":
            taker = taker.head
        for place, tok in placed:
            prep = tok.head
            if tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.head in (noun, taker):
                if prep.head == noun or (taker.pos_ in ("VERB", "AUX") and _told_done(taker)):
                    out.setdefault(name, place)
        node = noun
        while node.head.i != node.i and name not in out:
            node = node.head
            if node.idx in text_found:
                out[name] = text_found[node.idx]
            if node.pos_ in ("VERB", "AUX"):
                break
    return out


def place_occasions(
    doc: Any,
    events: list[Event],
    found: dict[str, tuple[Place, str]],
    placed: dict[int, list[tuple[Place, Any]]],
    occasions: Container[str],
    done: Any,
) -> None:
    """Place an act framed by an occasion named again ("*At the summit*, Chile accused …")
    where the text placed that occasion in one of the ``OCCASION_SENTENCES`` sentences
    before; the occasion must be definite ("the summit", not "a summit") and have no place
    of its own in the act's sentence. ``done(event)``: whether an act is told as done on the
    story's day."""
    sents = doc_sents(doc)
    known: dict[int, dict[str, Place]] = {}
    for event in sorted(events, key=lambda e: e.trigger.start):
        if event.id in found or not done(event):
            continue
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        trigger = span.root
        k = next(i for i, s in enumerate(sents) if s.start <= trigger.i < s.end)
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        frame = next(
            (
                c
                for c in verb.children
                if c.dep_ == "prep"
                and c.lower_ in _FRAMING
                and any(
                    g.dep_ == "pobj"
                    and any(d.lower_ in ("the", "this", "that") for d in g.children)
                    for g in c.children
                )
            ),
            None,
        )
        if frame is None:
            continue
        noun = next(g for g in frame.children if g.dep_ == "pobj")
        name = _occasion_name(noun, occasions)
        if not name:
            continue
        for back in range(k - 1, max(-1, k - 1 - OCCASION_SENTENCES), -1):
            if back not in known:
                known[back] = _antecedents(
                    sents[back], found, events, placed.get(back, []), occasions, done
                )
            place = known[back].get(name)
            if place is not None:
                found[event.id] = (
                    place,
                    f"occasion: 'the {name}' placed in sentence {back + 1} at {place.text!r}",
                )
                break


def place_away(
    doc: Any,
    events: list[Event],
    found: dict[str, tuple[Place, str]],
    placed: dict[int, list[tuple[Place, Any]]],
    occasions: Container[str],
    done: Any,
    kinds: tuple[Container[str], Container[str]] = ((), ()),
) -> None:
    """Places told a sentence or more away: :func:`place_headline`, :func:`place_lead`, then
    :func:`place_occasions` with ``occasions``, the ``occasion`` words of
    ``resources/geo/event_place.tsv`` (read with that file's other kinds by the place
    annotator; ``kinds``: its statement and deed types)."""
    place_headline(doc, events, found)
    place_lead(doc, events, found, done, kinds)
    place_occasions(doc, events, found, placed, occasions, done)
