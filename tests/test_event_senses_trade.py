"""Triggers read in their everyday sense (senses.tsv rows over object_classes.txt): trade
offered, speeches delivered, payment accepted, web pages visited, shares and
signatures received, cars occupied, offices opened, a device demonstrated, one person's
rally, code no event; the political sense of each verb stays. A protest planned is a
protest (status future), not a threat; a vow to protest stays a threat."""

from __future__ import annotations

import pytest

from eventwire import code


def _types(text):
    return [e.event for e in code(text, date="2024-03-05").events]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The company offers products and services to farmers.", "AGREE"),
        ("The firm is offering free trials to new customers.", "AGREE"),
        ("The governor delivered a speech in the capital.", "AID"),
        ("The clinic accepts all major credit cards.", "AGREE"),
        ("Readers can visit the website for more details.", "CONSULT"),
        ("The petition has received ten thousand signatures.", "CONSULT"),
        ("The candidate received 40 percent of the vote.", "CONSULT"),
        ("The car, occupied by two men, was stopped at the gate.", "COERCE"),
        ("The group opened a new office in the city.", "RETREAT"),
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
    ],
)
def test_event_senses_trade_event_kept(text, event):
    assert event in _types(text)


def test_event_senses_trade_planned_protest_is_no_threat():
    assert "THREATEN" not in _types("The union plans to protest outside the parliament on Monday.")
