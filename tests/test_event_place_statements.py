"""event_place, second pass: a statement's object or topic is what it is about, not where it
was made (``verbal`` rows of ``resources/geo/event_place.tsv``); a planned act takes the
place its actor arrives at on the act's day ("… Tuesday when she arrives in X"); only a
verb of saying sets a speaker's stand (``stand`` rows); with no day known for the article,
only the lead's acts take the dateline, and no scene carries over; an employer or a span of
service ("a former staffer at X", "her years at Y") is no place (``tenure`` and ``role``
rows). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import event_by_trigger

from eventwire import Coder
from eventwire.annotators.event_place import read_rules
from eventwire.records import Analysis


def _code(coder: Coder, text: str, date: str | None = "2024-05-06") -> Analysis:
    return coder.code(text, date=date, id="statements")


@pytest.mark.parametrize(
    ("text", "trigger", "topic"),
    [
        (
            "A militant group released a video threatening an attack in Chicago.",
            "threatening",
            "Chicago",
        ),
        ("The ministry pushed for a summit in Lisbon.", "pushed", "Lisbon"),
        ("The senator condemned the raid in Tulsa.", "condemned", "Tulsa"),
    ],
)
def test_event_place_statement_topic_is_not_its_place(
    coder: Coder, text: str, trigger: str, topic: str
) -> None:
    event = event_by_trigger(_code(coder, text), trigger)
    assert event.location is None or event.location.name != topic, event.place_rule


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a deal is signed where the text says, whatever its object
        ("The ministers signed a peace deal in Geneva.", "signed", "Geneva"),
        # a statement made somewhere still takes that place
        (
            "The envoy told reporters in Lagos that the talks had failed. "
            "The envoy accused the rebels of stalling.",
            "accused",
            "Lagos",
        ),
        # the planned meeting happens where its actor arrives on its day
        (
            "The mayor, a veteran of city politics, is set to meet with the leaders of the "
            "state legislature Tuesday when she arrives in Denver to promote her plan.",
            "meet",
            "Denver",
        ),
    ],
)
def test_event_place_statement_and_plan_placed(
    coder: Coder, text: str, trigger: str, place: str
) -> None:
    event = event_by_trigger(_code(coder, text), trigger)
    assert event.location is not None and event.location.name == place, event.place_rule


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # a day recalled by another's act does not place the act it dates
        (
            "Two nurses were killed, most recently last October when a doctor was shot in Tulsa.",
            "killed",
            "2024-05-06",
        ),
        # "offered her support" is an act, not where a speaker stands
        (
            "Mayor Ana Ruiz offered her support at a rally in Tulsa. "
            "Ruiz accused the council of lying.",
            "accused",
            None,
        ),
        # an undated article's dateline: not for an act told after the lead
        (
            "DENVER (AP) - The governor vetoed the bill on Monday. The weather was mild. "
            "Rain fell over the plains. The senator criticized the governor.",
            "criticized",
            None,
        ),
    ],
)
def test_event_place_statement_not_placed(
    coder: Coder, text: str, trigger: str, date: str | None
) -> None:
    event = event_by_trigger(_code(coder, text, date), trigger)
    assert event.location is None, event.place_rule


def test_event_place_statement_undated_lead_keeps_dateline(coder: Coder) -> None:
    text = "DENVER (AP) - Police arrested two protesters on Monday. The weather was mild."
    event = event_by_trigger(_code(coder, text, None), "arrested")
    assert event.location is not None and event.location.name == "Denver", event.place_rule


def test_event_place_statement_rules_file() -> None:
    rules = read_rules()
    assert {"accuse", "threaten", "request"} <= rules["verbal"]
    assert not {"agree", "consult"} & rules["verbal"]
    assert {"say", "tell"} <= rules["stand"] and "offer" not in rules["stand"]


@pytest.mark.parametrize(
    "text",
    [
        "During her years at the Pentagon, she criticized the generals.",
        "A former staffer at the Pentagon accused the secretary of lying.",
        "As an intern at the Kremlin, he criticized the policy.",
        "During his tenure at the State Department, Smith condemned the coup.",
    ],
)
def test_event_place_service_is_not_the_place(coder: Coder, text: str) -> None:
    analysis = _code(coder, text)
    assert analysis.events
    for event in analysis.events:
        assert event.location is None, event.place_rule


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # the act's own length is no span of service
        ("The army detained the poet for two years in Asmara.", "detained", "Asmara"),
        # officials serving there now act there
        ("Officials in Nairobi denied the report.", "denied", "Nairobi"),
    ],
)
def test_event_place_service_keeps_acts_there(
    coder: Coder, text: str, trigger: str, place: str
) -> None:
    event = event_by_trigger(_code(coder, text), trigger)
    assert event.location is not None and event.location.name == place, event.place_rule
