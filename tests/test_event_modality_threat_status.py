"""What is no threat (issue 24 item 5, THREATEN precision): a warning that advises
("warned him not to go"), a hostile act one is not ready to do (the act, negated), and a
defendant who will appear in court (the charges undergone, ACCUSE, not a threat by the
defendant); with the threats that stay. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


def _coded(coder, text: str) -> list[tuple[str, list[str]]]:
    return [(e.event, e.aux) for e in events_of(coder, text)]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("The mayor warned residents not to drive during the storm.", "REQUEST", "THREATEN"),
        ("The aide warned the senator not to make the speech.", "REQUEST", "THREATEN"),
        ("The governor warned the agencies to stay out of the dispute.", "REQUEST", "THREATEN"),
        ("The governor is not ready to fire the police chief.", "SANCTION", "THREATEN"),
        ("The defendant will appear in court on Monday.", None, "THREATEN"),
        ("The former minister appeared in court on corruption charges.", "ACCUSE", "COERCE"),
    ],
)
def test_event_modality_threat_status_no_threat(
    rules, text: str, expected: str | None, absent: str
) -> None:
    types = [t for t, _ in _coded(rules, text)]
    assert absent not in types
    if expected is not None:
        assert expected in types


def test_event_modality_threat_status_negated_act_keeps_negation(rules) -> None:
    coded = dict(_coded(rules, "The mayor is not willing to fire the police chief."))
    assert "negation" in coded["SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "The general warned the rebels to surrender or face the consequences.",
        "The army warned that it would retaliate against any incursion.",
        "The president threatened to fire the director.",
        "The minister vowed to punish those responsible.",
    ],
)
def test_event_modality_threat_status_threats_stay(rules, text: str) -> None:
    assert "THREATEN" in [t for t, _ in _coded(rules, text)]
