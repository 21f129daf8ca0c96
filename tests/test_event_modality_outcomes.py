"""Status of an event from the grammar around it: an outcome denied by its subject
("nobody was killed"), a negation on a shared auxiliary ("did not, and never will,
accept"), and an act decided and done ("decided to endorse": SUPPORT, not a pledge).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Nobody was killed when the bridge was shelled overnight.", "killed"),
        ("No one was injured in the clash at the checkpoint.", "injured"),
        ("None of the villagers were injured in the raid.", "injured"),
        ("Nobody was arrested at the rally outside the ministry.", "arrested"),
    ],
)
def test_event_modality_negative_subject_negates_the_outcome(
    coder, text: str, outcome: str
) -> None:
    coded = [e for e in events_of(coder, text) if e.trigger.text == outcome]
    assert coded and all("negation" in e.aux for e in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "The opposition did not, and never will, accept the election result.",
        "The union did not, and never will, accept the pay offer.",
    ],
)
def test_event_modality_shared_negated_auxiliary_is_a_refusal(coder, text: str) -> None:
    types = [e.event for e in events_of(coder, text)]
    assert "REJECT" in types and "AGREE" not in types, types


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The teachers' union decided to endorse the mayor.", "union", "the mayor"),
        ("The farmers' party agreed to back the governor.", "party", "the governor"),
        ("The miners' federation chose to endorse the governor.", "federation", "the governor"),
    ],
)
def test_event_modality_decided_act_is_done(coder, text: str, actor: str, recipient: str) -> None:
    events = events_of(coder, text)
    support = [e for e in events if e.event == "SUPPORT" and "negation" not in e.aux]
    assert support and not [e for e in events if e.event == "AGREE"], events
    assert actor in support[0].actor[0].text
    assert [r.text for r in support[0].recipient] == [recipient]
