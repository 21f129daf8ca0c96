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


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # the act is aimed at a place named in its own clause: that place, not the site's
        (
            "Gun crews at a base in Syria lobbed shells into southern Turkey overnight.",
            "lobbed",
            "southern Turkey",
        ),
        # a named town as the act's target: never the town of the actor's site; the rules
        # leave it, the learned chooser takes the town attacked (the guidelines: "the
        # attack's town" is where it happened)
        ("Raiders at a camp in Mali attacked the town of Kayes on Sunday.", "attacked", "Kayes"),
        # a site as the act's object: the act happened there, not where the actor was
        ("Fighters at a base in Libya raided a village on Monday.", "raided", None),
    ],
)
def test_event_place_actor_site_yields_to_the_acts_own_place(
    coder: Coder, text: str, trigger: str, place: str | None
) -> None:
    analysis = coder.code(text, date="2024-05-06", id="actor-site-aimed")
    event = event_by_trigger(analysis, trigger)
    assert (event.location.text if event.location else None) == place
    assert not (event.place_rule or "").startswith("actor: ")
