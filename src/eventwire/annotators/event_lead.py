"""A lead's act placed by the sentence that details it.

A news lead sums up the story's act; the next sentence often tells it again with where it
happened ("The president sought on Wednesday to calm the allies' worries. 'We will be fine,'
he told a town hall meeting in Hanoi."). A lead act with no place of its own takes the
place the text gives (not a dateline, a scene or an actor's home) to an act of one of its
actors, of the same day, in the sentence right after the lead. Acts of other days, acts
not done yet and acts of other people do not carry back.
"""

from __future__ import annotations

import re
from typing import Any

from ..records import ActorRef, Event, Place
from . import doc_sents

#: place rules that are the text's own word on where an act happened (not carried or assumed)
_TEXT_RULES = {"clause", "landmark", "adjunct", "governing clause", "occasion", "frame", "host"}
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _people(refs: list[ActorRef]) -> set[str]:
    out = {r.entity for r in refs if r.entity}
    for r in refs:
        words = [w for w in _NAME_WORD.findall(r.text) if w[:1].isupper() and len(w) > 1]
        if words:
            out.add(words[-1])
    return out


def lead_sentence(doc: Any) -> int:
    """The number of the lead's sentence: the first one after the headline line (the first
    line of a text of several lines), else the first."""
    text = doc.text
    cut = text.find("\n")
    sents = doc_sents(doc)
    if cut < 0 or not text[cut:].strip():
        return 0
    return next((k for k, s in enumerate(sents) if s.start_char > cut), 0)


def place_lead(
    doc: Any,
    events: list[Event],
    found: dict[str, tuple[Place, str]],
    done: Any,
) -> None:
    """Give the lead's unplaced acts the place the next sentence gives their act
    (``done(event)``: whether an act is told as done on the story's day)."""
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
        people = _people(event.actor)
        match = next((e for e in later if e.date == event.date and people & _people(e.actor)), None)
        if match is None or not people:
            continue
        place = found[match.id][0]
        found[event.id] = (
            place,
            f"lead: detailed by {match.trigger.text!r} in the next sentence at {place.text!r}",
        )
