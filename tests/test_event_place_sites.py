"""event_place: a town naming the site of a deed's object, a gathering that a complement is
hung on, a place left that is not where the leaving was for, trips told as before and after
one another, and a lead act told again only by an act of its kind. Sentences written for these
tests, with invented names."""

from __future__ import annotations

import pytest
from helpers import event_by_trigger

from eventwire import Coder
from eventwire.annotators.event_lead import _unlike
from eventwire.annotators.event_place import read_rules
from eventwire.records import Event, Span


def _place(coder: Coder, text: str, trigger: str) -> str | None:
    analysis = coder.code(text, date="2024-05-06", id="sites")
    event = event_by_trigger(analysis, trigger)
    return event.location.text if event.location else None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # the town names the site where the deed happened, even when the parse takes the
        # site for the deed's object
        (
            "Governor Ann Miller made a short comment about the deadly shooting in a "
            "Springfield nightclub.",
            "shooting",
            "Springfield",
        ),
        ("A gunman opened fire in a Springfield nightclub on Sunday.", "opened", "Springfield"),
        # a statement's target named with a town is whom, not where
        (
            "The father lashed out at his Springfield relatives on Sunday night, accusing "
            "them of lying.",
            "lashed",
            None,
        ),
        (
            "The father lashed out at his Springfield relatives on Sunday night, accusing "
            "them of lying.",
            "accusing",
            None,
        ),
        # a gathering the act's complement is hung on is where the act was done
        (
            "The plan is the main tool for the country to meet the emissions target it "
            "pledged to reach at trade talks in Geneva last December.",
            "pledged",
            "Geneva",
        ),
        # what an actor leaves a place to do is not done at the place left
        (
            "An exiled professor leaves the quiet life in Ohio to fight on the front lines "
            "of the war.",
            "fight",
            None,
        ),
        # two trips a verb of sequence orders went to the same place
        (
            "The president's landmark 2012 visit to Lima was preceded by a visit from "
            "Foreign Minister Tom Hale and followed by a trip by Senator Ana Ruiz a month "
            "later.",
            "trip",
            "Lima",
        ),
        # unless the text gives the trip its own
        (
            "The president's 2012 visit to Lima was followed by a trip to Quito by Senator "
            "Ana Ruiz a month later.",
            "trip",
            "Quito",
        ),
    ],
)
def test_event_place_sites_and_gatherings(
    coder: Coder, text: str, trigger: str, place: str | None
) -> None:
    assert _place(coder, text, trigger) == place


def _event(kind: str) -> Event:
    return Event("ev", kind, Span("x", 0, 1), Span("x", 0, 1))


def test_event_lead_kinds_tell_each_other_again() -> None:
    rules = read_rules()
    kinds = (rules["verbal"], rules["deed"])
    assert {"assault", "coerce"} <= rules["deed"]
    # a statement is not told again by a deed, nor a deed by a statement
    assert _unlike(_event("ACCUSE"), _event("ASSAULT"), kinds)
    assert _unlike(_event("ASSAULT"), _event("REQUEST"), kinds)
    # a statement by a meeting where it was made, a deed by a deed
    assert not _unlike(_event("REQUEST"), _event("CONSULT"), kinds)
    assert not _unlike(_event("ASSAULT"), _event("COERCE"), kinds)


def test_event_place_past_visit_places_the_visitors_acts(coder: Coder) -> None:
    text = (
        "The president's landmark 2012 visit to Lima was preceded by a visit from Foreign "
        "Minister Tom Hale in December 2011 and followed by a trip by Senator Ana Ruiz a "
        "month later. Ruiz met with the president and other Peruvian leaders."
    )
    assert _place(coder, text, "trip") == "Lima"
    assert _place(coder, text, "met") == "Lima"
