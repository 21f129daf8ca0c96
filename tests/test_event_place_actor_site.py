"""event_place: an actor said to be at a site in a town ("guards at the prison in Leeds")
acted in that town; one that came from it did not. Sentences written for these tests, with
invented people and generic phrasings."""

from __future__ import annotations

import pytest
from helpers import event_by_trigger

from eventwire import Coder


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # the actor was at a site in a town: the town is where it acted
        (
            "Nearly simultaneous bombings at two hotels in Mombasa on Friday killed 20 people.",
            "killed",
            "Mombasa",
        ),
        ("Guards at the prison in Leeds beat two inmates on Monday.", "beat", "Leeds"),
        # an origin is no place
        ("Officials from the embassy in Nairobi denied the report on Monday.", "denied", None),
    ],
)
def test_event_place_actor_at_a_site_in_a_town(
    coder: Coder, text: str, trigger: str, place: str | None
) -> None:
    analysis = coder.code(text, date="2024-05-06", id="actor-site")
    event = event_by_trigger(analysis, trigger)
    assert (event.location.text if event.location else None) == place
    if place is not None:  # --explain says which site put the actor there
        assert (event.place_rule or "").startswith("actor: ")
        assert (event.place_rule or "").endswith(" in it)")
