"""Item 4 of issue 24: a pronoun participant is the party its coreference chain names,
not the nearest subject of its own clause ("X attacked him" is no attack on X), and a
pronoun without a chain still takes its clause's party. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    ("text", "event", "pronoun"),
    [
        (
            "Senator Dale Hurwitz spoke first. Governor Ada Lindqvist attacked him for "
            "failing to act.",
            "ACCUSE",
            "him",
        ),
        (
            "Mayor Tom Ebbers opened the session. Councillor Rita Moll criticized him "
            "for the delay.",
            "ACCUSE",
            "him",
        ),
        (
            "Governor Ada Lindqvist arrived late. Senator Dale Hurwitz praised her.",
            "SUPPORT",
            "her",
        ),
    ],
)
def test_event_participants_object_pronoun_keeps_its_chain(
    coder, text: str, event: str, pronoun: str
) -> None:
    events = [e for e in events_of(coder, text) if e.event == event]
    assert events
    ev = events[0]
    actors = {a.text for a in ev.actor}
    assert [r.text for r in ev.recipient] == [pronoun], (actors, ev.recipient)
    assert ev.recipient[0].entity is not None
    assert ev.recipient[0].entity not in {a.entity for a in ev.actor}


def test_event_participants_pronoun_takes_chain_code(coder) -> None:
    """A pronoun whose chain has a country code carries it."""
    text = (
        "President Emmanuel Macron arrived in Berlin on Monday. "
        "He criticized the German government over the budget."
    )
    ev = next(e for e in events_of(coder, text) if e.event == "ACCUSE")
    assert [(a.text, a.code) for a in ev.actor] == [("He", "FRA")]
