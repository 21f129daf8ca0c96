"""A "release" with nothing released (no object, no passive subject, no noun its
participle modifies) frees no one: "a talk recorded and released on Friday" is a
broadcast, not a release of captives (senses.tsv bare ``intransitive``, which the sense
table now reads without a class). A conjoined "release" shares the passive subject or
object of the verb it is joined to ("were seized and released": the captives seized are
freed; fixb26). Sentences written for these tests, not taken from any article."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "The mayor gave the station a long talk, recorded and released late on Tuesday.",
        # a conjoined verb shares its passive subject: a video released, no one freed
        "The senator's video was recorded at the studio and released late in the evening.",
        # a conjunct with a subject of its own shares no object with the verb before it
        "Troops seized the hostages at dawn, and the studio released on Friday.",
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
        # near misses (fixb26): a conjoined "released" shares the captives of the verb it
        # is joined to as its passive subject, and so has an object after all
        "Four aid workers were abducted and released two days later.",
    ],
)
def test_captives_released_stay_retreat(rules_only, text: str) -> None:
    assert "RETREAT" in [e.event for e in events_of(rules_only, text)]


def test_bare_intransitive_row_loads() -> None:
    from eventwire.annotators.event_senses import Senses

    assert "intransitive" in Senses().senses["release"]


def test_conjoined_release_of_captives_keeps_its_trigger(rules_only) -> None:
    text = "The detainees were pardoned and released to their relatives."
    found = [e.trigger.text for e in events_of(rules_only, text) if e.event == "RETREAT"]
    assert "released" in found, found
