"""An intransitive "return" is going back ("returned to Washington", "a jet returning
from the coast"): no withdrawal and no return of captives or property, unless those who
go back are forces (senses.tsv ``intransitive:returning_force``: "the troops returned to
their barracks"); a party after "to" is where one goes, not a recipient. Sentences
written for these tests, not taken from any article."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "The governor returned to Washington on Monday after a week abroad.",
        "The bishop spoke to journalists on a jet that was returning from the coast.",
        "Once the break was over, the committee's questioning returned to the customs officers.",
    ],
)
def test_going_back_is_no_retreat(rules_only, text: str) -> None:
    assert "RETREAT" not in [e.event for e in events_of(rules_only, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The troops returned to their barracks on Friday.",
        "The rebels returned the seized land to the farmers.",
        "The border guards returned the detained fishermen to their country.",
    ],
)
def test_forces_or_captives_returned_stay_retreat(rules_only, text: str) -> None:
    assert "RETREAT" in [e.event for e in events_of(rules_only, text)]
