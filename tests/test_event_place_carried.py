"""event_place across sentences: a scene runs on while its cast keeps acting, a scene's day is
its own clause's, a speaker's later statements keep the speaker's stand, and "It happened in
X" places the acts of the sentence before."""

from __future__ import annotations

import pytest
from helpers import event_by_trigger

from eventwire import Coder
from eventwire.annotators.event_place import known_as
from eventwire.records import Analysis, Quote, Speaker


def _code(coder: Coder, text: str) -> Analysis:
    return coder.code(text, date="2024-05-06", id="carried")


@pytest.mark.parametrize(
    ("text", "trigger", "place", "rule"),
    [
        # the scene runs on from each act of its cast it places, not only from the first
        (
            "In Orlando, the senator met the families on Monday. Reporters waited outside. "
            "The crowd sang. She praised the police on Monday. Rain fell. The crowd waited. "
            "She criticized the governor on Monday.",
            "criticized",
            "Orlando",
            "scene:",
        ),
        # the day of a scene is its own clause's, not that of a clause inside it
        (
            "In Lyon, the senator stopped at the museum where ten people were killed on "
            "March 2. She criticized the governor.",
            "criticized",
            "Lyon",
            "scene:",
        ),
        # a speaker's later statement, paragraphs on, is made where the speaker spoke
        (
            "The rebels must end the siege of the city, Foreign Minister Ana Lopez said in "
            "Lima on Monday. Rain fell. The crowd waited. The bus left. Traffic was slow. "
            "The army should withdraw its troops, Lopez said.",
            "said",
            "Lima",
            "speaker:",
        ),
        # and so, further on, is each statement within a few sentences of the one before
        (
            "The talks went well, Foreign Minister Ana Lopez said in Lima on Monday. Rain fell. "
            "The crowd waited. The bus left. Traffic was slow. The army must withdraw its "
            "troops, Lopez said. Rain fell. The crowd waited. The bus left. Traffic was slow. "
            "Buses ran late. The rebels should free the hostages, Lopez said.",
            "said",
            "Lima",
            "speaker:",
        ),
        # "It happened in X": the acts of the sentence before
        (
            "Soldiers detained two students on Monday. It happened in Dayton.",
            "detained",
            "Dayton",
            "happened:",
        ),
        (
            "Soldiers detained two students on Monday. It took place near the border town of "
            "Rafah.",
            "detained",
            "Rafah",
            "happened:",
        ),
    ],
)
def test_event_place_carried_over_sentences(
    coder: Coder, text: str, trigger: str, place: str, rule: str
) -> None:
    analysis = _code(coder, text)
    event = max(
        (e for e in analysis.events if e.trigger.text == trigger), key=lambda e: e.trigger.start
    )
    assert event.location is not None and event.location.text == place
    assert (event.place_rule or "").startswith(rule)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a speaker's other acts far on are not placed by the stand: only what they say
        (
            "The talks went well, Foreign Minister Ana Lopez said in Lima on Monday. Rain fell. "
            "The crowd waited. The bus left. Traffic was slow. Lopez met the rebels on Monday.",
            "met",
        ),
        # "it happened" places only the sentence right before
        (
            "Soldiers detained two students on Monday. Rain fell all day. It happened in Dayton.",
            "detained",
        ),
        # nor an act still to come
        ("Soldiers will detain the students. It happened in Dayton.", "detain"),
    ],
)
def test_event_place_not_carried_over_sentences(coder: Coder, text: str, trigger: str) -> None:
    event = event_by_trigger(_code(coder, text), trigger)
    assert event.location is None


def test_event_place_carried_speaker_known_by_surname_in_other_quotes() -> None:
    """Quotes whose speaker is named by the placed speaker's surname are the same speaker,
    under whatever entity the coreference gave them; others are not."""
    quotes = [
        Quote("q1", "direct", [], speaker=Speaker("Minister Ana Lopez", 0, 18, entity="e1")),
        Quote("q2", "direct", [], speaker=Speaker("Lopez", 40, 45, entity="e7")),
        Quote("q3", "direct", [], speaker=Speaker("he", 60, 62, entity="e9")),
        Quote("q4", "direct", [], speaker=Speaker("Juan Ortiz", 80, 90, entity="e4")),
    ]
    assert known_as(quotes, {"Minister", "Ana", "Lopez"}) == {"e1", "e7"}
