"""Acts undergone: "came under attack/fire", "faced criticism from": the subject is the
recipient and the "from"/"by" phrase the actor (lexicon flag ``undergone``). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        (
            "The aid convoy came under attack from rebels on the mountain road.",
            "ASSAULT",
            "rebels",
            "The aid convoy",
        ),
        (
            "A border patrol came under fire from smugglers.",
            "ASSAULT",
            "smugglers",
            "A border patrol",
        ),
        (
            "The refugee camp came under assault from militia fighters.",
            "ASSAULT",
            "militia",
            "The refugee camp",
        ),
        ("The embassy came under attack overnight.", "ASSAULT", None, "The embassy"),
        (
            "The governor faced criticism from the teachers' union.",
            "ACCUSE",
            "union",
            "The governor",
        ),
    ],
)
def test_event_roles_undergone_subject_is_the_recipient(
    coder, text: str, kind: str, actor: str | None, recipient: str
) -> None:
    ev = next(e for e in events_of(coder, text) if e.event == kind)
    assert [r.text for r in ev.recipient] == [recipient]
    if actor is None:
        assert ev.actor == []
    else:
        assert len(ev.actor) == 1 and actor in ev.actor[0].text


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The minister came under fire from opposition lawmakers.", "lawmakers", "The minister"),
        (
            "The governor came under attack from Senator Ruth Calloway.",
            "Calloway",
            "The governor",
        ),
        ("The mayor came under fire over his budget.", None, "The mayor"),
    ],
)
def test_event_roles_undergone_attack_in_words_is_criticism(
    coder, text: str, actor: str | None, recipient: str
) -> None:
    events = events_of(coder, text)
    assert not [e for e in events if e.event == "ASSAULT"], events
    ev = next(e for e in events if e.event == "ACCUSE")
    assert [r.text for r in ev.recipient] == [recipient]
    if actor is None:
        assert ev.actor == []
    else:
        assert len(ev.actor) == 1 and actor in ev.actor[0].text
