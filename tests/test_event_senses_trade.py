"""Triggers read in their everyday sense (senses.tsv rows over object_classes.txt): trade
offered, speeches delivered, payment accepted, web pages visited, shares and
signatures received, cars occupied, offices opened, a device demonstrated, one person's
rally, code no event; the political sense of each verb stays, and a place the parser takes
for an object or a party a thing is offered to keeps it. A protest planned or pledged is
one protest (status future), not a threat; "threaten to strike" stays a threat."""

from __future__ import annotations

import pytest

from eventwire import code
from eventwire.annotators.event_grammar import Candidate, _match
from eventwire.annotators.event_lexicon import load_lexicon
from eventwire.annotators.event_senses import Senses
from eventwire.nlp import load


def _types(text):
    return [e.event for e in code(text, date="2024-03-05").events]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The company offers products and services to farmers.", "AGREE"),
        ("The firm is offering free trials to new customers.", "AGREE"),
        ("The ministry accepted cash payments from the families.", "AGREE"),
        ("Readers can visit the website for more details.", "CONSULT"),
        ("The governor received complaints from the residents.", "CONSULT"),
        ("The senator received thousands of votes from the delegates.", "CONSULT"),
        ("The car, occupied by two men, was stopped at the gate.", "COERCE"),
        ("The firm opened an office near the border.", "AID"),
        ("The engineers demonstrated the new device to the minister.", "PROTEST"),
        ("His rally drew a large crowd in the city.", "PROTEST"),
    ],
)
def test_event_senses_trade_no_event(text, event):
    assert event not in _types(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The minister offered help to the flood victims.", "AGREE"),
        ("The rebels accepted the proposal for a ceasefire.", "AGREE"),
        ("The minister visited Kenya on Monday.", "CONSULT"),
        ("The two countries signed a treaty on trade.", "SUPPORT"),
        ("Troops occupied the town after the battle.", "COERCE"),
        ("Thousands of students demonstrated outside the ministry on Friday.", "PROTEST"),
        ("Farmers demonstrated against the new tax in the capital.", "PROTEST"),
        ("Opposition supporters held a rally against the government in the capital.", "PROTEST"),
        ("The union plans to protest outside the parliament on Monday.", "PROTEST"),
        ("Students are planning a demonstration outside the ministry on Friday.", "PROTEST"),
        ("The union threatened to strike if wages are not raised.", "THREATEN"),
        ("Thousands of teachers demonstrated Friday outside parliament in Velmar.", "PROTEST"),
        ("The donors offered a support package to Malawi.", "AGREE"),
    ],
)
def test_event_senses_trade_event_kept(text, event):
    assert event in _types(text)


def test_event_senses_trade_planned_protest_is_no_threat():
    assert "THREATEN" not in _types("The union plans to protest outside the parliament on Monday.")


def test_event_senses_trade_planned_protest_is_one_event():
    assert _types("Dock workers plan to protest at the harbour gates after the holiday.") == [
        "PROTEST"
    ]


def test_event_senses_trade_pledged_protest_is_a_protest():
    assert _types("The cab drivers vowed to march on the town hall.") == ["PROTEST"]


def _sense(text: str, verb: str) -> str | None:
    lex = load_lexicon()
    tok = next(t for t in load()(text) if t.lemma_ == verb)
    pat = _match(tok, lex)
    assert pat is not None
    return Senses(lex).lost(Candidate(tok, pat, pat.event, pat.mode, pat.cameo))


@pytest.mark.parametrize(
    ("text", "verb", "row"),
    [
        ("Our envoy gave a lecture to the cadets.", "give", "speech"),
        ("The hotel takes and accepts credit cards.", "accept", "tender"),
        ("That appeal has received nine hundred signatures.", "receive", "tally"),
        ("One bakery chain opened a shop by the harbour.", "open", "workplace"),
    ],
)
def test_event_senses_trade_sense_row(text, verb, row):
    assert _sense(text, verb) == f"sense: {verb} + {row}"
