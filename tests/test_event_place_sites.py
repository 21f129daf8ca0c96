"""event_place: a town naming the site of a deed's object, a gathering that a complement is
hung on, a place left that is not where the leaving was for, a visitor's past act placed where
the visit took them, and a lead act told again only by an act of its kind. Sentences written
for these tests, with invented names."""

from __future__ import annotations

import pytest
from helpers import event_by_trigger, event_place_text

from eventwire import Coder
from eventwire.annotators.event_lead import _unlike
from eventwire.annotators.event_place import read_rules
from eventwire.records import Event, Span


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # the town names the site where the deed happened, even when the parse takes the
        # site for the deed's object
        (
            "The sheriff gave few details of the fatal shooting in a Riverton warehouse.",
            "shooting",
            "Riverton",
        ),
        ("A gunman opened fire in a Riverton warehouse on Friday.", "opened", "Riverton"),
        # a statement's target named with a town is whom, not where
        (
            "In a radio interview the coach took aim at her Tulsa neighbours, accusing them "
            "of theft.",
            "took",
            None,
        ),
        (
            "In a radio interview the coach took aim at her Tulsa neighbours, accusing them "
            "of theft.",
            "accusing",
            None,
        ),
        # a gathering the act's complement is hung on is where the act was done
        (
            "Farm groups say the ministry promised to cut fuel prices at a summit in Nairobi "
            "in May.",
            "promised",
            "Nairobi",
        ),
        # what an actor leaves a place to do is not done at the place left
        (
            "A retired teacher quit a comfortable job in Denver to fight alongside the rebels.",
            "fight",
            None,
        ),
    ],
)
def test_event_place_sites_and_gatherings(
    coder: Coder, text: str, trigger: str, place: str | None
) -> None:
    assert event_place_text(coder, text, trigger, "sites") == place


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
        "Mara Quist, a United Nations inspector, toured the mines in Kolwezi in March 2019. "
        "Quist met the owners and urged them to close two pits."
    )
    analysis = coder.code(text, date="2024-05-06", id="sites")
    urged = event_by_trigger(analysis, "urged")
    assert urged.location is not None and urged.location.text == "Kolwezi"
    assert (urged.place_rule or "").startswith("visit: 'toured' to 'Kolwezi'")
