"""Actors that are actors: a document, a sum or an abstraction is never a party, and a
pronoun's antecedent is a party (or the owner of the thing a clause is about), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import event_of


@pytest.mark.parametrize(
    ("text", "kind", "thing"),
    [
        ("A new report criticized the interior ministry over the raids.", "ACCUSE", "report"),
        (
            "The senator's emails angered the party leadership, and she apologized to voters.",
            "AGREE",
            "emails",
        ),
    ],
)
def test_events_parties_thing_is_never_the_actor(rules_only, text, kind, thing) -> None:
    # who the parties are is the subject: the events are taken before the learned filter
    ev = event_of(rules_only, text, kind)
    assert not any(thing in a.text for a in ev.actor), [a.text for a in ev.actor]


def test_events_parties_pronoun_takes_the_owner(rules_only) -> None:
    ev = event_of(
        rules_only,
        "The senator's emails angered the party leadership, and she apologized to voters.",
        "AGREE",
    )
    texts = [a.text for a in ev.actor]
    assert any("senator" in t for t in texts) and not any("emails" in t for t in texts), texts
