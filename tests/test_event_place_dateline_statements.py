"""event_place: a statement (a ``verbal`` type) takes the dateline only where its sentence
says it was made before people (``in_person``, ``occasion`` and ``audience`` rows of
``resources/geo/event_place.tsv``): the news guidelines place a verbal act where it was made
if the article says so, and a dateline says where the reporter is. An act done on the ground
(``on_site`` rows) that names no party and whose recipient is its sentence's place happened
there. Sentences written for these tests, with invented names."""

from __future__ import annotations

import pytest
from helpers import event_by_trigger

from eventwire import Coder
from eventwire.annotators.event_place import read_rules
from eventwire.records import Analysis


def _code(coder: Coder, text: str) -> Analysis:
    return coder.code(text, date="2024-05-06", id="dateline-statements")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("QUITO (AP) - The opposition leader on Monday accused the minister of fraud.", "accused"),
        ("QUITO (AP) - The party chairman on Monday praised the new budget.", "praised"),
    ],
)
def test_event_place_statement_not_at_the_dateline(coder: Coder, text: str, trigger: str) -> None:
    event = event_by_trigger(_code(coder, text), trigger)
    assert event.location is None, event.place_rule
    assert "a statement not said to be made there" in (event.place_rule or "")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "QUITO (AP) - The opposition leader on Monday accused the minister of fraud in a "
            "speech to party members.",
            "accused",
        ),
        (
            "QUITO (AP) - The opposition leader told reporters on Monday that the minister had "
            "lied, and accused him of fraud.",
            "accused",
        ),
    ],
)
def test_event_place_statement_in_person_keeps_the_dateline(
    coder: Coder, text: str, trigger: str
) -> None:
    event = event_by_trigger(_code(coder, text), trigger)
    assert event.location is not None and event.location.name == "Quito", event.place_rule
    assert (event.place_rule or "").startswith("dateline:")


def test_event_place_deed_keeps_the_dateline(coder: Coder) -> None:
    text = "QUITO (AP) - Police on Monday arrested two men outside the ministry."
    event = event_by_trigger(_code(coder, text), "arrested")
    assert event.location is not None and event.location.name == "Quito", event.place_rule


def test_event_place_deed_at_its_sentence_place(coder: Coder) -> None:
    text = "Supporters of the governor began a two day rally in the capital, Lusaka, on Tuesday."
    event = event_by_trigger(_code(coder, text), "rally")
    assert event.location is not None and event.location.name == "Lusaka", event.place_rule
    assert (event.place_rule or "").startswith("sentence place:")


def test_event_place_transfer_to_a_place_is_no_site(coder: Coder) -> None:
    text = "The federal agency awarded a grant of $2 million to Marion County on Monday."
    analysis = _code(coder, text)
    for event in analysis.events:
        if event.event in ("AID", "COOPERATE", "SUPPORT"):
            assert not (event.place_rule or "").startswith("sentence place:"), event.place_rule


def test_event_place_rules_file_on_site_and_in_person() -> None:
    rules = read_rules()
    assert {"assault", "coerce", "protest"} <= rules["on_site"]
    assert not {"accuse", "aid", "support"} & rules["on_site"]
    assert {"speech", "remarks"} <= rules["in_person"]
    assert not {"statement", "announcement"} & rules["in_person"]


def test_event_place_local_statement_not_at_the_town(coder: Coder) -> None:
    # a town's official's statement with no place said is not placed at the story's town
    text = (
        "SPRINGVILLE, Ohio - The city council voted on Monday to close the old bridge. "
        "The mayor criticized the county for the delay."
    )
    event = event_by_trigger(_code(coder, text), "criticized")
    assert event.location is None, event.place_rule


def test_event_place_local_court_ruling_at_the_town(coder: Coder) -> None:
    text = (
        "SPRINGVILLE, Ohio - A man was arrested on Monday after a fight at a bar. "
        "A municipal court rejected his plea for bail."
    )
    event = event_by_trigger(_code(coder, text), "rejected")
    assert event.location is not None and event.location.text == "SPRINGVILLE", event.place_rule
    assert (event.place_rule or "").startswith("local story:")
