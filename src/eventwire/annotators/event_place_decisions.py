"""A national body's formal decision is taken at home (``event_place``, after the actor's
country rule).

The news guidelines place an act "in the country where a government acted when no finer
place is given". A vote, an approval, a ratification (a trigger whose lemma is a
``decide`` row of ``resources/geo/event_place.tsv``: "the Senate *approved* the treaty",
"Ruritania's senate *voted* for the accord", "Ruritania *approved* the arms sale") coded as
a decision's type (``DECISION_TYPES``: an agreement or a sanction, not a motion or an
attack that uses "passed": "jets passed over the village"), by an actor of one country,
done and of the story's time, with no place in the text, was taken in that country: a
legislature or government decides where it sits. Only a state's: an actor of a deciding
sector (``DECIDING_SECTORS``: government, legislature, judiciary, military) or a country
named as such, the whole mention being the country's name ("Ruritania approved"), not a
party, a voter or a person of the country ("Ruritania's richest man approved the deal").
Not a statement (a ``verbal`` type: "voted to support" is told as backing, placed only
where said), not an act to come ("will vote", "plans to approve"), nor one of another day
or an earlier month (``other_day`` and ``earlier_month``, as for the actor's country rule).
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import replace
from typing import Any

from ..records import ActorRef, Event, Place
from . import token_at
from .actor_coding.words import STATE_SECTORS

#: the sectors of a state's bodies whose decisions are the state's (police and spies
#: carry decisions out, they take none)
DECIDING_SECTORS = STATE_SECTORS - {"COP", "SPY"}
#: the PLOVER types of a formal decision: an approval or ratification (AGREE), a measure
#: voted or adopted against a party (SANCTION); not a motion or a use of force that uses
#: the same verb ("passed over the village")
DECISION_TYPES = frozenset({"AGREE", "SANCTION"})


def _of_state(ref: ActorRef, places: list[Place]) -> bool:
    """Whether the actor is a state body (``DECIDING_SECTORS``) or a country named as
    such: the whole mention is the country's name ("Ruritania", not "Ruritania's richest
    man")."""
    if DECIDING_SECTORS & set(ref.sectors):
        return True
    return not ref.sectors and any(
        p.feature == "country" and p.end == ref.end and _bare(ref, p.start) for p in places
    )


def _bare(ref: ActorRef, start: int) -> bool:
    """Whether the mention holds nothing before ``start`` but an article ("the US")."""
    before = ref.text[: max(0, start - ref.start)].strip().casefold()
    return start >= ref.start and before in ("", "the")


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
    if event.event not in DECISION_TYPES or kind in verbal or not event.actor:
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
