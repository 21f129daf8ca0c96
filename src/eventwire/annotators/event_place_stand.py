"""A speech told before the text says where it was given (``event_place``, after the
speaker rule).

News often opens with what a speaker said and only later says where: "Ana Lopez attacked
her rival's record on Monday. … 'We will win,' Lopez told a rally in Ames." The guidelines
place a statement where it was made when the article says so, and the article does say
so, a few sentences on. So a statement (a ``verbal`` type) of a speaker whose first stand
the text places (a speaking clause with a place: ``place_speakers``), told up to
``BEFORE_STAND`` sentences before that stand, done and of the story's time, with no place
of its own, was made there too. Not when an act of the same speaker between the two is
placed elsewhere (the speaker moved), nor a deed (a march, a vote: it may have been done
anywhere before the speech), nor an act of another day, to come or background.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from typing import Any

from ..records import Event, Place
from . import sentence_ids, token_at
from .event_lead import name_words
from .event_lexicon import grammar_class
from .event_place_refusals import other_day

#: how many sentences before a speaker's placed stand a statement of theirs is carried
BEFORE_STAND = 3

#: the auxiliaries of a stand still to come ("will tell reporters in X", "would speak in X"):
#: the grammar's ``future`` and ``hypothetical`` classes, and an infinitive's "to"
TO_COME = grammar_class("future") | grammar_class("hypothetical") | {"to"}

#: a placed stand: its sentence, the speaker's entity, the place, the cue, the speaker's names
Stand = tuple[int, str, Place, str, set[str]]


def _same(event: Event, entity: str, names: set[str]) -> bool:
    """Whether the event's actor is the stand's speaker (entity, or a name word)."""
    who = {r.entity for r in event.actor if r.entity}
    surnames = {name_words(r.text)[-1] for r in event.actor if name_words(r.text)}
    return entity in who or bool(surnames & names) or bool(who & names)


def _stand_day(doc: Any, sid: list[int], events: list[Event], stand: Stand) -> str | None:
    """The day of the stand's speaking clause (the date of the act coded at its cue, else
    the story's: ""), or None where the clause is to come ("will tell reporters in X")."""
    sent, _entity, _place, cue, _names = stand
    verbs = [t for t in doc if sid[t.i] == sent and t.text == cue]
    if not verbs or any(c.lemma_.casefold() in TO_COME for v in verbs for c in v.children):
        return None
    coded = [e for e in events if any(e.trigger.start == v.idx for v in verbs)]
    if any(other_day(e) for e in coded):
        return None
    return next((e.date or "" for e in coded), "")


def _sentence(doc: Any, sid: list[int], event: Event) -> int:
    """The sentence of the event's trigger (-1 where the trigger is no token)."""
    tok = token_at(doc, event.trigger.start, event.trigger.end)
    return -1 if tok is None else sid[tok.i]


def place_before_stand(
    doc: Any,
    events: list[Event],
    found: dict[str, tuple[Place, str]],
    stands: list[Stand],
    verbal: Container[str],
    unrealised: Callable[[Event], str],
) -> None:
    """Place a speaker's statements told before the text places the speaker's first stand
    (``stands``, in text order) at that stand (see the module docstring)."""
    sid = sentence_ids(doc)
    first: dict[str, tuple[Stand, str]] = {}
    for stand in sorted(stands, key=lambda s: s[0]):
        day = _stand_day(doc, sid, events, stand)
        if stand[1] not in first and day is not None:
            first[stand[1]] = (stand, day)
    ordered = sorted(events, key=lambda e: e.trigger.start)
    for event in ordered:
        if event.id in found or event.event.casefold() not in verbal or not event.actor:
            continue
        trigger = token_at(doc, event.trigger.start, event.trigger.end)
        if trigger is None or other_day(event) or unrealised(event):
            continue
        if (event.date_rule or "").startswith("background"):
            continue
        here = sid[trigger.i]
        for (sent, entity, place, cue, names), day in first.values():
            if not (0 < sent - here <= BEFORE_STAND) or not _same(event, entity, names):
                continue
            if day and event.date != day:
                continue  # the statement was made on another day than the speech
            moved = any(
                e.id in found
                and found[e.id][0].text != place.text
                and here <= _sentence(doc, sid, e) <= sent
                and _same(e, entity, names)
                for e in ordered
            )
            if moved:
                continue
            why = f"speaker: {cue!r} at {place.text!r} (sentence {sent + 1}, told after)"
            found[event.id] = (place, why)
            break
