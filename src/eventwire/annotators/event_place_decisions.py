"""A national body's formal decision is taken at home (``event_place``, after the actor's
country rule).

The news guidelines place an act "in the country where a government acted when no finer
place is given". A vote, an approval, a ratification (a trigger whose lemma is a
``decide`` row of ``resources/geo/event_place.tsv``: "the Senate *approved* the treaty",
"the upper house *voted* in favour", "the US *approved* a $2 billion sale") by an actor of
one country, done and of the story's time, with no place in the text, was taken in that
country: a legislature or government decides where it sits. Only a state's: an actor of a
state sector (``STATE_SECTORS``: government, legislature, judiciary, military) or a
country named as such ("the US approved"), not a party ("Republicans wanted to know who
approved the agreements") or a voter. Not a statement (a ``verbal`` type: "voted to
support" is told as backing, placed only where said), not an act to come ("will vote",
"plans to approve"), nor one of another day or an earlier month (``other_day`` and
``earlier_month``, as for the actor's country rule).
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import replace
from typing import Any

from ..records import ActorRef, Event, Place
from . import token_at

#: the actor sectors of a state's bodies, whose decisions are the state's
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL"})


def _of_state(ref: ActorRef, places: list[Place]) -> bool:
    """Whether the actor is a state body (``STATE_SECTORS``) or a country named as such."""
    if STATE_SECTORS & set(ref.sectors):
        return True
    return not ref.sectors and any(
        p.feature == "country" and ref.start <= p.start and p.end <= ref.end for p in places
    )


def decided_at_home(
    doc: Any,
    event: Event,
    rules: tuple[Container[str], Container[str], Callable[..., tuple[Place, str] | None]],
    places: list[Place],
) -> tuple[Place, str] | None:
    """The actor's country as the place of a formal decision by a state body. ``rules``:
    the ``decide`` lemmas, the ``verbal`` types and ``event_place.home_country`` (with its
    gazetteer), asked as for a type that acts alone (no recipient of the actor's country
    needed); ``places``: the text's places."""
    decide, verbal, home = rules
    kind = event.event.casefold()
    if not kind or kind in verbal or not event.actor:
        return None
    if not all(_of_state(ref, places) for ref in event.actor):
        return None
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    if trigger is None or trigger.lemma_.casefold() not in decide:
        return None
    if trigger.pos_ not in ("VERB", "AUX"):
        return None  # "the approval of the deal": a noun tells no one act done there
    hit = home(replace(event, recipient=[]), {kind}, alone={kind})
    if hit is None:
        return None
    place = hit[0]
    return place, f"actor's country: {place.country} (a formal decision, {trigger.text!r})"
