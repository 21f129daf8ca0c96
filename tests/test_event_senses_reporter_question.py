"""An agentless participle clause of a verb of asking ("Asked about the plan, she said",
"When pressed, he declined") or the press as the one who asks ("a reporter asked him
whether") is the reporter's question, no request of a party's
(``adverbial`` rows of senses.tsv); the same verbs with a party asking still code, and a
verb of stopping with a to-infinitive ("ceased to work for the firm") is no strike
("cease work")
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Asked whether she would run again, the governor smiled and moved on.", "Asked"),
        ("Asked about the leaked memo, the spokesman said the senator had not seen it.", "Asked"),
        ("When asked if the talks had failed, the envoy shrugged.", "asked"),
        ("Pressed on the cost of the wall, the candidate said Mexico would pay.", "Pressed"),
        # the press asks: subject or "by" phrase
        ("When asked by reporters about the leak, the senator walked away.", "asked"),
        ("The governor was asked by a reporter whether she would run.", "asked"),
        ("A journalist asked the minister about the deal.", "asked"),
        ("The moderator pressed the candidate on his tax plan.", "pressed"),
    ],
)
def test_event_senses_reporter_question_codes_no_request(rules_only, text, trigger) -> None:
    assert all(t != trigger for _, t in _events(rules_only, text))


@pytest.mark.parametrize(
    "text",
    [
        "The senator asked the governor to resign.",
        "The mayor was asked by the council to resign.",
        "The opposition asked the court to suspend the ruling.",
        "Lawmakers pressed the minister to release the files.",
        "The senator asked the reporters to leave the room.",
    ],
)
def test_event_senses_reporter_question_party_request_still_codes(rules_only, text) -> None:
    assert "REQUEST" in [e for e, _ in _events(rules_only, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The woman ceased to work for the firm last year.",
        "The writer ceased to work for the magazine in 2019.",
        "The reporter ceased to work for the agency after the merger.",
    ],
)
def test_event_senses_to_infinitive_of_stopping_is_no_strike(rules_only, text) -> None:
    assert "PROTEST" not in [e for e, _ in _events(rules_only, text)]


def test_event_senses_stopping_work_still_a_strike(rules_only) -> None:
    assert "PROTEST" in [
        e for e, _ in _events(rules_only, "Dock workers ceased work on Monday over pay.")
    ]
