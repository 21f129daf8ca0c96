"""The event_place annotator: the place attached to the event in the parse, else the dateline."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire import Coder
from eventwire.annotators import Context
from eventwire.annotators.event_place import EventPlaceAnnotator, read_rules
from eventwire.coder import make_article
from eventwire.errors import ConfigError
from eventwire.records import ActorRef, Analysis, Article, Event, Place, Span


@pytest.fixture(scope="module", name="places_coder")
def places_only_coder(coder) -> Coder:
    """A Coder that runs only the places annotator (``test_event_place_linking`` shares it)."""
    return Coder({"annotators": ["places"]})


@pytest.fixture(scope="module", name="annotator")
def event_place_annotator(places_coder: Coder) -> EventPlaceAnnotator:
    return EventPlaceAnnotator(places_coder.settings)


def code_event(
    coder: Coder,
    annotator: EventPlaceAnnotator,
    art: Article,
    trigger: str,
    kind: str = "CONSULT",
    nth: int = 0,
    **fields: Any,
) -> tuple[Event, Analysis]:
    """Code ``art``'s places, add one hand-built ``kind`` event on the ``nth`` ``trigger``
    (with ``fields``, such as its actor), run event_place. ``test_event_place_linking`` uses it.
    """
    text = art.text
    doc = coder.nlp(text)
    analysis = coder.annotate(art, doc)
    i = -1
    for _ in range(nth + 1):
        i = text.index(trigger, i + 1)
    event = Event(
        "ev1", kind, Span(trigger, i, i + len(trigger)), Span(text, 0, len(text)), **fields
    )
    analysis.events = [event]
    annotator(Context(article=art, doc=doc, analysis=analysis, settings=coder.settings))
    return event, analysis


def locate(
    coder: Coder,
    annotator: EventPlaceAnnotator,
    text: str,
    trigger: str,
    nth: int = 0,
    actor: str | None = None,
) -> Place | None:
    """The place event_place gives a hand-built event on ``trigger`` in ``text``."""
    actors = []
    if actor is not None:
        j = text.index(actor)
        actors = [ActorRef(actor, j, j + len(actor))]
    event, _ = code_event(coder, annotator, make_article(text), trigger, nth=nth, actor=actors)
    return event.location


@pytest.mark.parametrize(
    "text,trigger,nth,expected",
    [
        ("The minister met Iranian officials in Tehran on Monday.", "met", 0, "Tehran"),
        ("The minister visited Iraq and Syria last week.", "visited", 0, "Iraq"),
        ("He made a visit to the Iraqi capital of Baghdad.", "visit", 0, "Baghdad"),
        ("The general paid an unannounced visit to Syria.", "paid", 0, "Syria"),
        ("Austin's Baghdad visit came days later.", "visit", 0, "Baghdad"),
        ("He flew to Syria, where he met US troops.", "met", 0, "Syria"),
        ("They condemned the visit to a base in northeast Syria.", "visit", 0, "northeast Syria"),
        ("The US withdrew soldiers from Iraq in 2011.", "withdrew", 0, "Iraq"),
    ],
)
def test_event_place_from_the_parse(
    places_coder: Coder,
    annotator: EventPlaceAnnotator,
    text: str,
    trigger: str,
    nth: int,
    expected: str,
) -> None:
    place = locate(places_coder, annotator, text, trigger, nth)
    assert place is not None and place.text == expected


@pytest.mark.parametrize(
    "text,trigger,actor",
    [
        # the article's first place is no default
        ("Iraq and Iran signed a deal on oil.", "signed", "Iraq and Iran"),
        # a place inside the actor phrase is where the actor comes from, not the event
        ("A delegation from Iran met officials on Monday.", "met", "A delegation from Iran"),
        ("Syria condemned the strike.", "condemned", "Syria"),
        # the place of what is condemned is not where the condemning happened
        ("Damascus condemned the visit to a base in northeast Syria.", "condemned", "Damascus"),
        # a place in another clause
        ("He said that troops in Iraq would stay, and then resigned.", "resigned", "He"),
    ],
)
def test_event_place_none_without_attachment(
    places_coder: Coder, annotator: EventPlaceAnnotator, text: str, trigger: str, actor: str
) -> None:
    assert locate(places_coder, annotator, text, trigger, actor=actor) is None


def test_event_place_dateline_fallback(places_coder: Coder, annotator: EventPlaceAnnotator) -> None:
    text = "BAGHDAD, March 7 (Reuters) - Iraqi lawmakers urged the government to act."
    place = locate(places_coder, annotator, text, "urged", actor="Iraqi lawmakers")
    assert place is not None and place.name == "Baghdad" and place.start == 0


def test_event_place_parse_beats_dateline(
    places_coder: Coder, annotator: EventPlaceAnnotator
) -> None:
    text = "BAGHDAD, March 7 (Reuters) - The minister met officials in Tehran on Monday."
    place = locate(places_coder, annotator, text, "met", actor="The minister")
    assert place is not None and place.text == "Tehran"


def test_event_place_location_is_a_copy(
    places_coder: Coder, annotator: EventPlaceAnnotator
) -> None:
    art = make_article("The minister met officials in Tehran.")
    event, analysis = code_event(places_coder, annotator, art, "met")
    assert event.location == analysis.places[0] and event.location is not analysis.places[0]


def test_event_place_declares_its_records() -> None:
    assert EventPlaceAnnotator.requires == ("events", "places", "quotes")
    assert EventPlaceAnnotator.assigns == ("event_locations",)


def test_event_place_rules_file() -> None:
    rules = read_rules()
    assert {"in", "at"} <= rules["prep"] and "of" not in rules["prep"]
    # "to" places only a motion event ("a visit to Syria", not "a message to Iran")
    assert "to" in rules["toward"] and "to" not in rules["prep"] and "visit" in rules["motion"]
    assert "visit" in rules["verb"] and "pay" in rules["light"]
    assert "after" in rules["bound"] and "based" in rules["origin"]
    with pytest.raises(ConfigError, match="line 1"):
        read_rules("place\tin\n")


def test_event_place_dateline_after_a_byline(
    places_coder: Coder, annotator: EventPlaceAnnotator
) -> None:
    text = "By Jane Doe\nKYIV, March 7 (AFP) - Officials urged calm on Tuesday."
    place = locate(places_coder, annotator, text, "urged", actor="Officials")
    assert place is not None and place.name == "Kyiv" and place.country == "UKR"


def test_event_place_reader_dateline(places_coder: Coder, annotator: EventPlaceAnnotator) -> None:
    # a reader recorded the dateline (Article.dateline) that the text layout hides
    text = "KYIV\n\nPolice detained two men on Tuesday."
    art = make_article({"id": "k", "text": text})
    art.dateline = "KYIV"
    event, _ = code_event(places_coder, annotator, art, "detained", kind="COERCE")
    assert event.location is not None and event.location.name == "Kyiv"
