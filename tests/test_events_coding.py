"""Event coding on hand-written sentences: types, modes, arguments and auxiliary modes."""

from __future__ import annotations

import pytest

from eventwire import Coder
from eventwire.annotators.events import explain


@pytest.fixture(scope="module")
def coder():
    """The rules alone: these tests pin the lexicon and grammar; the learned filter that
    scores their events has its own tests (test_events_filter.py)."""
    return Coder({"event_filter": False})


def _events(coder, text: str):
    return coder.code(text, date="2024-05-02").events


def _words(refs) -> str:
    return " ".join(r.text for r in refs).lower()


# text, type, mode, actor word, recipient word ("" = not checked)
CASES = [
    ("The president visited Kenya on Monday.", "CONSULT", "visit", "president", "kenya"),
    (
        "The foreign minister met with his Chinese counterpart in Geneva.",
        "CONSULT",
        None,
        "minister",
        "counterpart",
    ),
    ("Germany condemned the missile strikes.", "ACCUSE", "disapprove", "germany", ""),
    (
        "The opposition accused the government of rigging the vote.",
        "ACCUSE",
        "disapprove",
        "opposition",
        "government",
    ),
    (
        "The senator urged the parliament to pass the bill.",
        "REQUEST",
        None,
        "senator",
        "parliament",
    ),
    ("Rebels called on the army to lay down its weapons.", "REQUEST", None, "rebels", "army"),
    ("France withdrew its troops from Mali.", "RETREAT", "withdraw", "france", "mali"),
    ("Russia deployed tanks near the border.", "MOBILIZE", "troops", "russia", ""),
    ("Gunmen killed three police officers in Lagos.", "ASSAULT", None, "gunmen", "officers"),
    ("Police arrested dozens of protesters.", "COERCE", "arrest", "police", "protesters"),
    ("The European Union imposed sanctions on Belarus.", "SANCTION", None, "union", "belarus"),
    ("Thousands of workers demonstrated outside parliament.", "PROTEST", "demo", "workers", ""),
    ("The two countries signed a trade agreement.", "SUPPORT", None, "countries", ""),
    ("Japan will provide emergency aid to the Philippines.", "AGREE", None, "japan", "philippines"),
    ("Iran rejected the proposal for talks.", "REJECT", None, "iran", ""),
    ("The militia threatened to attack the capital.", "THREATEN", None, "militia", ""),
    ("Canada expelled two Russian diplomats.", "SANCTION", "expel", "canada", "diplomats"),
    (
        "Turkey's foreign minister paid a visit to Baghdad.",
        "CONSULT",
        "visit",
        "minister",
        "baghdad",
    ),
    ("The government has lifted the curfew.", "CONCEDE", None, "government", ""),
    ("The agency released two hostages.", "RETREAT", "release", "agency", "hostages"),
]


@pytest.mark.parametrize(("text", "etype", "mode", "actor", "recipient"), CASES)
def test_events_coding_type_and_arguments(coder, text, etype, mode, actor, recipient):
    events = _events(coder, text)
    matched = [e for e in events if e.event == etype]
    assert matched, f"no {etype} in {[explain(e) for e in events]}"
    ev = max(matched, key=lambda e: e.confidence)
    if mode is not None:
        assert ev.mode == mode, explain(ev)
    assert actor in _words(ev.actor), explain(ev)
    if recipient:
        assert recipient in _words(ev.recipient), explain(ev)
    assert ev.rule and 0 < ev.confidence <= 1
    assert ev.cameo and ev.cameo.isdigit()


@pytest.mark.parametrize(
    ("text", "etype", "aux"),
    [
        ("The army did not attack the village.", "ASSAULT", "negation"),
        ("The ministers will meet in Ottawa next month.", "CONSULT", "future"),
        ("If the rebels attack, the army would respond.", "ASSAULT", "hypothetical"),
        ("The union threatened to strike.", "THREATEN", "hypothetical"),
        ("The minister denied meeting the rebels.", "CONSULT", "negation"),
        ("There were no attacks on the village.", "ASSAULT", "negation"),
        ("Police failed to arrest the suspects.", "COERCE", "negation"),
        ("The army could attack the town.", "ASSAULT", "hypothetical"),
    ],
)
def test_events_coding_auxiliary_modes(coder, text, etype, aux):
    events = _events(coder, text)
    matched = [e for e in events if e.event == etype]
    assert matched, [explain(e) for e in events]
    assert aux in matched[0].aux, explain(matched[0])


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Sweden plans to impose sanctions on the regime.", "THREATEN"),
        ("The rebels will release the hostages unless the army withdraws.", "THREATEN"),
        ("Norway is willing to send aid to the region.", "AGREE"),
        ("The minister said Israel must end the blockade.", "REQUEST"),
        ("The group agreed to cooperate with investigators.", "AGREE"),
        ("The rebels declined to disarm.", "REJECT"),
        ("Hamas said it would not recognize Israel.", "REJECT"),
        ("Turkey closed its border with Syria.", "COERCE"),
        ("The ministry summoned the envoy to protest the remarks.", "ACCUSE"),
        ("India and Pakistan exchanged fire along the border.", "ASSAULT"),
    ],
)
def test_events_coding_intent_and_statements(coder, text, etype):
    events = _events(coder, text)
    assert events, text
    primary = max(events, key=lambda e: e.confidence)
    assert primary.event == etype, [explain(e) for e in events]


def test_events_coding_compound_actor_is_a_list(coder):
    events = _events(coder, "Jordan and Britain agreed to hold joint military exercises.")
    ev = next(e for e in events if e.event == "AGREE")
    assert [a.text for a in ev.actor] == ["Jordan", "Britain"]


def test_events_coding_speech_verb_is_not_an_event(coder):
    events = _events(coder, "The spokesman said the talks went well.")
    assert all(e.trigger.text != "said" for e in events)


def test_events_coding_reported_event_keeps_its_own_actor(coder):
    events = _events(coder, "The minister said rebels attacked a convoy near Goma.")
    ev = next(e for e in events if e.event == "ASSAULT")
    assert "rebels" in _words(ev.actor)
    assert "minister" not in _words(ev.actor)


def test_events_coding_hedged_noun_is_not_coded(coder):
    events = _events(coder, "There will be no hesitation in expelling the invaders.")
    assert events == []


def test_events_coding_ids_offsets_and_explain(coder):
    text = "Egypt criticized Ethiopia. Sudan praised Egypt."
    events = _events(coder, text)
    assert [e.id for e in events] == [f"ev{i + 1}" for i in range(len(events))]
    for e in events:
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert text[e.sentence.start : e.sentence.end] == e.sentence.text
        for ref in e.actor + e.recipient:
            assert text[ref.start : ref.end] == ref.text
        line = explain(e)
        assert e.event in line and "confidence" in line and "\n" not in line


def test_events_coding_event_nouns_reported_as_happening(coder):
    events = _events(coder, "Clashes erupted between police and protesters in Dhaka.")
    assert [e.event for e in events] == ["ASSAULT"]


def test_events_coding_nominal_events(coder):
    events = _events(coder, "The anniversary of the US-led invasion of Iraq passed quietly.")
    ev = next(e for e in events if e.event == "ASSAULT")
    assert "US" in [a.text for a in ev.actor]
    assert "Iraq" in _words(ev.recipient).title()


def test_events_coding_threat_recipient_from_condition(coder):
    events = _events(coder, "The minister warned that sanctions would follow if Iran continued.")
    ev = next(e for e in events if e.event == "THREATEN")
    assert "Iran" in [r.text for r in ev.recipient]


def test_events_coding_contexts(coder):
    events = _events(coder, "Troops shelled the rebel base as the army advanced.")
    ev = next(e for e in events if e.event == "ASSAULT")
    assert "military" in ev.context


def test_events_coding_object_beats_place_and_takes_its_country(coder):
    events = _events(coder, "Indonesian police detained six suspected militants in Jakarta.")
    ev = next(e for e in events if e.event == "COERCE")
    assert "militants" in _words(ev.recipient)
    assert {r.code for r in ev.recipient} == {"IDN"}


def test_events_coding_unresolved_actor_takes_country_of_location(coder):
    events = _events(coder, "Prisoners rioted at a jail in Nairobi on Monday.")
    ev = next(e for e in events if e.event == "PROTEST")
    assert "Prisoners" in [a.text for a in ev.actor]
    assert {a.code for a in ev.actor} == {"KEN"}
