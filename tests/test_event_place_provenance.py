"""event_place: a place after "from" on a noun that is not the act's own names where the
people or things come from, not where the act was (``provenance`` rows of
``resources/geo/event_place.tsv``); "from" on the act itself, under a motion, or inside an
"of" phrase still places. Sentences written for these tests, with invented names."""

from __future__ import annotations

import pytest
from helpers import event_place_text

from eventwire import Coder


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # the second group talked to comes from the town: no place of the talks
        (
            "Fishermen who reject the quota talked with the inspector and with three buyers "
            "from Oslo.",
            "talked",
            None,
        ),
        (
            "The mayor talked with nurses who criticise the cuts and with several surgeons "
            "from Oslo.",
            "talked",
            None,
        ),
        # the near-miss: a place on the act itself still places it
        ("Soldiers fired on the crowd from a rooftop in Lima on Friday.", "fired", "Lima"),
        ("The minister met the farmers in Denver on Monday.", "met", "Denver"),
    ],
)
def test_provenance(coder: Coder, text: str, trigger: str, place: str | None) -> None:
    assert event_place_text(coder, text, trigger, "provenance") == place
