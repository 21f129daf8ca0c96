"""A "release" with nothing released (no object, no passive subject, no noun its
participle modifies) frees no one: "a talk recorded and released on Friday" is a
broadcast, not a release of captives (senses.tsv bare ``intransitive``, which the sense
table now reads without a class). Sentences written for these tests, not taken from any
article."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "The mayor gave the station a long talk, recorded and released late on Tuesday.",
        "The senator's remarks were recorded at the studio and released late in the evening.",
    ],
)
def test_release_of_nothing_is_no_retreat(rules_only, text: str) -> None:
    assert "RETREAT" not in [e.event for e in events_of(rules_only, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The two journalists were released on Friday after a week in custody.",
        "The rebels released twelve hostages near the border.",
        "The hostages, released by the militia on Sunday, were flown home.",
    ],
)
def test_captives_released_stay_retreat(rules_only, text: str) -> None:
    assert "RETREAT" in [e.event for e in events_of(rules_only, text)]


def test_bare_intransitive_row_loads() -> None:
    from eventwire.annotators.event_senses import Senses

    assert "intransitive" in Senses().senses["release"]
