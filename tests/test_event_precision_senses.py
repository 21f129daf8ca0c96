"""Triggers read without their event sense code nothing (rows of senses.tsv over the
classes of object_classes.txt), the same verbs with a party as object still code, and a
place inside a treaty's name is no participant, nor a thing the actor of an act (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder
from eventwire.annotators.event_lexicon import load_lexicon
from eventwire.annotators.event_precision import Precision


@pytest.fixture(scope="module")
def rules_only() -> Coder:
    """The rules alone, so that what is tested is the rule, not the learned filter."""
    return Coder({"event_filter": False})


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The campaign released the candidate's emails on Friday.", "released"),
        ("The agency met its deadline for the new budget.", "met"),
        ("The mayor offered no answers to the reporters.", "offered"),
        ("A scandal over donations killed her candidacy.", "killed"),
        ("The governor captured the party's nomination in June.", "captured"),
        ("The minister struck a conciliatory tone.", "struck"),
        ("The reforms yielded few results for farmers.", "yielded"),
        ("The senator suspended his campaign on Tuesday.", "suspended"),
        ("Savers withdrew their money last week.", "withdrew"),
        ("The plan received strong backing from the governors.", "received"),
        ("The wounded soldier received treatment at a field clinic.", "received"),
    ],
)
def test_event_precision_senses_thing_object_codes_no_event(rules_only, text, trigger) -> None:
    assert all(t != trigger for _, t in _events(rules_only, text))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The rebels released four hostages on Sunday.", "RETREAT"),
        ("The president met the prime minister of Japan.", "CONSULT"),
        ("Gunmen killed three villagers near the border.", "ASSAULT"),
        ("Soldiers captured two rebel commanders.", "ASSAULT"),
        ("The minister received the ambassador of Peru.", "CONSULT"),
    ],
)
def test_event_precision_senses_party_object_still_codes(rules_only, text, event) -> None:
    assert event in [e for e, _ in _events(rules_only, text)]


def test_event_precision_senses_rows_name_known_classes() -> None:
    rules = Precision(load_lexicon())
    assert rules.senses and all(
        cls in rules.object_classes for classes in rules.senses.values() for cls in classes
    )


@pytest.mark.parametrize(
    "text",
    [
        "The United States withdrew from the Paris agreement.",
        "Canada criticised the Kyoto protocol on Monday.",
    ],
)
def test_event_precision_place_in_treaty_name_is_no_party(rules_only, text) -> None:
    for ev in rules_only.code(text, date="2024-03-08").events:
        for ref in ev.actor + ev.recipient:
            assert "agreement" not in ref.text and "protocol" not in ref.text, ev


@pytest.mark.parametrize(
    "text",
    [
        "The controversy burned through the spring.",
        "The new program calls for fresh elections.",
        "Security footage captured the senator leaving the hotel.",
        "The new study allows farmers to plan their harvests.",
    ],
)
def test_event_precision_thing_as_actor_codes_no_event(rules_only, text) -> None:
    assert _events(rules_only, text) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The committee called for fresh elections.", "REQUEST"),
        ("Police captured the suspect near the border.", "ASSAULT"),
    ],
)
def test_event_precision_party_as_actor_still_codes(rules_only, text, event) -> None:
    assert event in [e for e, _ in _events(rules_only, text)]


def test_event_precision_campaign_as_actor_still_codes(rules_only) -> None:
    # a campaign or a delegation is people: never taken for a thing
    events = _events(rules_only, "The campaign accused the governor of lying about taxes.")
    assert "ACCUSE" in [e for e, _ in events]
