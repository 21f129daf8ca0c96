"""A reported clause in the mandative subjunctive ("suggested the aide be fired") is a
demand by the speaker, as one with "must" is; a clause with "will", "may" or "is" is a
statement; on sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "Party elders suggested the spokesman be fired.",
        "The editorial argued that the refugees not be deported.",
        "The lawyers argued that the ruling be overturned by the appeals court.",
    ],
)
def test_event_triggers_mandative_is_demand(coder, text: str) -> None:
    types = [e.event for e in events_of(coder, text)]
    assert "REQUEST" in types, types


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the decision will be announced on Monday.",
        "The lawyers said the ruling was overturned by the appeals court.",
        "Officials believe the hostages may be released soon.",
    ],
)
def test_event_triggers_statement_is_no_demand(coder, text: str) -> None:
    assert "REQUEST" not in [e.event for e in events_of(coder, text)]
