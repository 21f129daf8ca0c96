"""The places the rules refuse for an act (``event_place_refusals``), which the learned
chooser (``event_place_learned``) may never take: the other term of a comparison, another
act's time phrase or clause, where people come from, a trip's starting point, a verbal act's
topic or its recipient's country, a hyphenated pair of parties, and for an act of another
day the scene of the sentences before. Each article is coded with the chooser on."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_event_place_attach import code_event

from eventwire.annotators.event_place import EventPlaceAnnotator
from eventwire.annotators.event_place_refusals import (
    REFUSED_COMPARISON,
    REFUSED_ORIGIN,
    REFUSED_OTHER_ACT,
    REFUSED_OTHER_DAY,
    REFUSED_PARTIES,
    REFUSED_RECIPIENT_COUNTRY,
    REFUSED_TOPIC,
    REFUSED_TRIP_START,
    refusals,
)
from eventwire.coder import make_article
from eventwire.records import ActorRef
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def learned(places_coder) -> EventPlaceAnnotator:
    return EventPlaceAnnotator(Settings({"event_place_learned": True}))


def _ref(text: str, words: str, code: str | None = None) -> ActorRef:
    start = text.index(words)
    return ActorRef(words, start, start + len(words), code=code)


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "place", "why", "fields"),
    [
        (
            "Unlike in Peru, the army freed the detained miners.",
            "freed",
            "RETREAT",
            "Peru",
            REFUSED_COMPARISON,
            {},
        ),
        (
            "The guild praised her before the vote in Boise.",
            "praised",
            "SUPPORT",
            "Boise",
            REFUSED_OTHER_ACT,
            {},
        ),
        (
            "He spoke in Lisbon after meeting the envoys.",
            "meeting",
            "CONSULT",
            "Lisbon",
            REFUSED_OTHER_ACT,
            {},
        ),
        (
            "The minister talked with the mayor and with two traders from Bergen.",
            "talked",
            "CONSULT",
            "Bergen",
            REFUSED_ORIGIN,
            {},
        ),
        (
            "After leaving Kampala, the envoy praised the new cabinet.",
            "praised",
            "SUPPORT",
            "Kampala",
            REFUSED_TRIP_START,
            {},
        ),
        (
            "The union complained about Honduras on Friday.",
            "complained",
            "ACCUSE",
            "Honduras",
            REFUSED_TOPIC,
            {},
        ),
        (
            "Both sides hope to revive the Chile-Bolivia talks, the envoy said.",
            "talks",
            "CONSULT",
            "Bolivia",
            REFUSED_PARTIES,
            {},
        ),
    ],
)
def test_a_refused_place_is_never_chosen(
    places_coder, learned, text, trigger, kind, place, why, fields
):
    art = make_article({"id": "t", "text": text, "date": "2023-03-08"})
    event, analysis = code_event(places_coder, learned, art, trigger, kind=kind, **fields)
    assert event.location is None or event.location.text != place, event.place_rule
    found = refusals(places_coder.nlp(text), text, [event], analysis.places, learned.refusal_words)[
        event.id
    ]
    assert {k[0]: w for k, w in found.items()}.get(place.casefold()) == why


def test_a_recipient_country_is_refused_for_a_statement(places_coder, learned):
    text = "The ministry rebuked the Bolivian navy on Monday over a patrol near Bolivia."
    art = make_article({"id": "t", "text": text, "date": "2023-03-08"})
    recipient = [_ref(text, "the Bolivian navy", "BOLMIL")]
    event, analysis = code_event(
        places_coder, learned, art, "rebuked", kind="ACCUSE", recipient=recipient
    )
    assert event.location is None, event.place_rule
    found = refusals(places_coder.nlp(text), text, [event], analysis.places, learned.refusal_words)[
        event.id
    ]
    assert set(found.values()) <= {REFUSED_TOPIC, REFUSED_RECIPIENT_COUNTRY} and found


def test_an_act_of_another_day_takes_no_scene_from_before(places_coder, learned):
    text = "Two men held up a pharmacy in Fresno on Monday. Police caught a suspect in 2015."
    art = make_article({"id": "t", "text": text, "date": "2023-03-08"})
    event, analysis = code_event(
        places_coder, learned, art, "caught", kind="COERCE", aux=["historical"]
    )
    assert event.location is None, event.place_rule
    found = refusals(places_coder.nlp(text), text, [event], analysis.places, learned.refusal_words)[
        event.id
    ]
    assert list(found.values()) == [REFUSED_OTHER_DAY]


def test_a_placed_act_gets_no_refusals(places_coder, learned):
    # the chooser places only the acts the rules left with none: a placed act is not read
    text = "Unlike in Peru, the army freed the detained miners in Chile."
    art = make_article({"id": "t", "text": text, "date": "2023-03-08"})
    event, analysis = code_event(places_coder, learned, art, "freed", kind="RETREAT")
    assert event.location is not None and event.location.text == "Chile"
    doc = places_coder.nlp(text)
    assert event.id not in refusals(doc, text, [event], analysis.places, learned.refusal_words)


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "place"),
    [
        # a bounds phrase hung on the act only modifies it: the act is not told inside it
        (
            "Riot police fired water cannon in Tbilisi and workers marched after the layoffs.",
            "marched",
            "PROTEST",
            "Tbilisi",
        ),
        (
            "Riot police fired water cannon in Tbilisi and workers marched until dusk.",
            "marched",
            "PROTEST",
            "Tbilisi",
        ),
        # the place is outside the after-phrase that modifies the verb holding it
        (
            "The strike, which started in Daegu after the layoffs, spread to two ports.",
            "strike",
            "PROTEST",
            "Daegu",
        ),
        # a causative "leave": the place the act leaves in a state is the act's own
        (
            "The artillery barrage left Mosul in ruins, aid workers reported.",
            "barrage",
            "ASSAULT",
            "Mosul",
        ),
        # an act of a relative clause keeps the scene of its sentence
        (
            "In Tbilisi, guards who rioted on Sunday took over the armoury.",
            "rioted",
            "PROTEST",
            "Tbilisi",
        ),
    ],
)
def test_a_place_the_guidelines_allow_is_not_refused(
    places_coder, learned, text, trigger, kind, place
):
    art = make_article({"id": "t", "text": text, "date": "2023-03-08"})
    event, analysis = code_event(places_coder, learned, art, trigger, kind=kind)
    unplaced = replace(event, location=None)
    doc = places_coder.nlp(text)
    found = refusals(doc, text, [unplaced], analysis.places, learned.refusal_words)[event.id]
    assert place.casefold() not in {k[0] for k in found}, found
