"""What a negated verb of accepting or supporting reports (issue 24, REJECT precision):
an active refusal is REJECT ("the council will not approve the permit"); the same verb
in the passive ("has not been endorsed by the guild") or inside a condition ("if the
board does not approve the loan") refuses nothing, so the act keeps its own type,
negated; a request decided in the passive ("was not granted a permit") is still refused.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "The mayor has not been endorsed by the farmers' guild.",
        "Senator Varga was never endorsed by the dockworkers' union.",
        "Farmers fear they will lose their land if the regional governor does not support them.",
        "The school may shut if the council does not back it with a grant.",
    ],
)
def test_event_modality_passive_or_conditional_negation_is_no_refusal(coder, text: str) -> None:
    events = events_of(coder, text)
    assert all(e.event != "REJECT" for e in events), events
    support = [e for e in events if e.event == "SUPPORT"]
    assert all("negation" in e.aux for e in support), support


@pytest.mark.parametrize(
    "text",
    [
        "The mayor has not been endorsed by the farmers' guild.",
        "Senator Varga was never endorsed by the dockworkers' union.",
    ],
)
def test_event_modality_negated_passive_keeps_its_type(coder, text: str) -> None:
    support = [e for e in events_of(coder, text) if e.event == "SUPPORT"]
    assert support and all("negation" in e.aux for e in support), support


@pytest.mark.parametrize(
    "text",
    [
        "The farmers' guild will not endorse the mayor.",
        "The dockworkers' union does not support Senator Varga.",
        "The stranded fishermen were not granted visas by the consulate.",
        "The governor would not approve the pipeline if the council does not back it.",
    ],
)
def test_event_modality_active_negated_support_stays_a_refusal(coder, text: str) -> None:
    types = [e.event for e in events_of(coder, text)]
    assert "REJECT" in types, types
