"""Everyday verbal acts of political news as lexicon entries: denigration verbs, attacks
in words, naming someone with a word of disapproval or praise, support voiced, on
sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator disparaged the governor's record on schools.", "ACCUSE"),
        ("Opposition leaders vilified the finance minister over the tax plan.", "ACCUSE"),
        ("The union chief tore into the board at Tuesday's meeting.", "ACCUSE"),
        ("The mayor made a personal attack on her challenger.", "ACCUSE"),
        ("Jansen called his rival a liar during the debate.", "ACCUSE"),
        ("The council leader described the budget cuts as a disgrace.", "ACCUSE"),
        ("Critics branded the minister's proposal a failure.", "ACCUSE"),
        ("The union leader called the striking nurses heroes.", "SUPPORT"),
    ],
)
def test_events_verbal_acts_coded(coder, text, expected) -> None:
    types = [e.event for e in events_of(coder, text)]
    assert expected in types, types
    assert "ASSAULT" not in types


@pytest.mark.parametrize(
    ("text", "judgement"),
    [
        ("The senator called the governor's budget plan reckless and dishonest.", "reckless"),
        ("Jansen called the new tariffs absurd and childish.", "absurd"),
        ("The senator criticized the reckless and dishonest officials.", "reckless"),
    ],
)
def test_events_verbal_acts_judgement_is_no_party(coder, text, judgement) -> None:
    events = [e for e in events_of(coder, text) if e.event == "ACCUSE"]
    assert events
    for ev in events:
        assert judgement not in [r.text for r in ev.recipient + ev.actor]
