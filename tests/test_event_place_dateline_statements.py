"""event_place: a statement (a ``verbal`` type) takes the dateline only where its sentence
says it was made before people (``in_person``, ``occasion`` and ``audience`` rows of
``resources/geo/event_place.tsv``): the news guidelines place a verbal act where it was made
if the article says so, and a dateline says where the reporter is. An act done on the ground
(``on_site`` rows) that names no party and whose recipient is its sentence's place happened
there. Sentences written for these tests, with invented names."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import context_through, event_by_trigger

from eventwire import Coder
from eventwire.annotators import sentence_ids, token_at
from eventwire.annotators.event_place import read_rules, sentence_site
from eventwire.records import ActorRef, Analysis, Event, Span


def _code(coder: Coder, text: str) -> Analysis:
    return coder.code(text, date="2024-05-06", id="dateline-statements")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("QUITO (AP) - The opposition leader on Monday accused the minister of fraud.", "accused"),
        ("QUITO (AP) - The party chairman on Monday praised the new budget.", "praised"),
    ],
)
def test_event_place_statement_not_at_the_dateline(coder: Coder, text: str, trigger: str) -> None:
    event = event_by_trigger(_code(coder, text), trigger)
    assert event.location is None, event.place_rule
    assert "a statement not said to be made there" in (event.place_rule or "")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "QUITO (AP) - The opposition leader on Monday accused the minister of fraud in a "
            "speech to party members.",
            "accused",
        ),
        (
            "QUITO (AP) - The opposition leader told reporters on Monday that the minister had "
            "lied, and accused him of fraud.",
            "accused",
        ),
    ],
)
def test_event_place_statement_in_person_keeps_the_dateline(
    coder: Coder, text: str, trigger: str
) -> None:
    event = event_by_trigger(_code(coder, text), trigger)
    assert event.location is not None and event.location.name == "Quito", event.place_rule
    assert (event.place_rule or "").startswith("dateline:")


def test_event_place_deed_keeps_the_dateline(coder: Coder) -> None:
    text = "QUITO (AP) - Police on Monday arrested two men outside the ministry."
    event = event_by_trigger(_code(coder, text), "arrested")
    assert event.location is not None and event.location.name == "Quito", event.place_rule


def test_event_place_deed_at_its_sentence_place(coder: Coder) -> None:
    text = "Supporters of the governor began a two day rally in the capital, Lusaka, on Tuesday."
    event = event_by_trigger(_code(coder, text), "rally")
    assert event.location is not None and event.location.name == "Lusaka", event.place_rule
    assert (event.place_rule or "").startswith("sentence place:")


def test_event_place_transfer_to_a_place_is_no_site(coder: Coder) -> None:
    text = "The federal agency awarded a grant of $2 million to Marion County on Monday."
    analysis = _code(coder, text)
    given = [e for e in analysis.events if e.event in ("AID", "COOPERATE", "SUPPORT")]
    assert given, [(e.event, e.trigger.text) for e in analysis.events]
    for event in given:
        assert not (event.place_rule or "").startswith("sentence place:"), event.place_rule


def _site_of(coder: Coder, text: str, town: str, verb: str) -> Any:
    """``sentence_site`` of a COERCE act of trigger ``verb`` whose one recipient is the
    toponym ``town`` the places annotator found in the same sentence."""
    ctx = context_through(coder, text, "2024-05-06", last="actors")
    place = next(p for p in ctx.analysis.places if p.text == town)
    tok = token_at(ctx.doc, place.start, place.end)
    trigger = next(t for t in ctx.doc if t.text == verb)
    event = Event(
        id="e1",
        event="COERCE",
        trigger=Span(trigger.text, trigger.idx, trigger.idx + len(trigger.text)),
        sentence=Span(text, 0, len(text)),
        recipient=[ActorRef(place.text, place.start, place.end, code=place.country)],
    )
    placed = {sentence_ids(ctx.doc)[tok.i]: [(place, tok)]}
    return sentence_site(ctx, event, placed, read_rules()["on_site"])


def test_event_place_sentence_site_skips_a_word_capitalised_by_position(coder: Coder) -> None:
    # "Man" (a town of Cote d'Ivoire) opens the headline; the story writes "man" in lower
    # case: a common word, not the town the act took place in
    text = "UPDATE: Man rescued from flooded cellar\n\nFirefighters pulled an old man out."
    assert _site_of(coder, text, "Man", "rescued") is None


def test_event_place_sentence_site_keeps_a_town(coder: Coder) -> None:
    text = "UPDATE: Riot police disperse crowds in Kumasi\n\nPolice broke up a march."
    site = _site_of(coder, text, "Kumasi", "disperse")
    assert site is not None and site[1].startswith("sentence place:"), site


def test_event_place_rules_file_on_site_and_in_person() -> None:
    rules = read_rules()
    assert {"assault", "coerce", "protest"} <= rules["on_site"]
    assert not {"accuse", "aid", "support"} & rules["on_site"]
    assert {"speech", "remark"} <= rules["in_person"]  # lemmas: "in remarks to reporters"
    assert {"tell", "address"} <= rules["addressing"]
    assert not {"statement", "announcement"} & rules["in_person"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # "speech" is what the complaint is about, not where it was made
        (
            "LAKEVILLE (Wire) - The union chief on Monday blamed the mayor for curbing free "
            "speech at council meetings.",
            "blamed",
        ),
        # "addressed" with a topic for its object: no audience
        (
            "LAKEVILLE (Wire) - The union chief on Monday addressed the tax plan and blamed "
            "the mayor for the shortfall.",
            "blamed",
        ),
    ],
)
def test_event_place_speech_word_off_the_clause_is_no_stage(
    coder: Coder, text: str, trigger: str
) -> None:
    event = event_by_trigger(_code(coder, text), trigger)
    assert event.location is None, event.place_rule
    assert "a statement not said to be made there" in (event.place_rule or "")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "LAKEVILLE (Wire) - The union chief on Monday blamed the mayor for the shortfall "
            "in remarks on state radio.",
            "blamed",
        ),
        (
            "LAKEVILLE (Wire) - Speaking on Monday in a speech at the docks, the union chief "
            "blamed the mayor for the shortfall.",
            "blamed",
        ),
    ],
)
def test_event_place_statement_made_in_person_keeps_the_dateline(
    coder: Coder, text: str, trigger: str
) -> None:
    event = event_by_trigger(_code(coder, text), trigger)
    assert event.location is not None and event.location.name == "Lakeville", event.place_rule
    assert (event.place_rule or "").startswith("dateline:")


def test_event_place_court_ruling_keeps_the_dateline(coder: Coder) -> None:
    # a court's refusal is a ruling made where the court sits: the dateline holds, as the
    # local story's town does (below)
    text = "KUMASI (Wire) - The Ghanaian Supreme Court on Monday rejected the government's appeal."
    event = event_by_trigger(_code(coder, text), "rejected")
    assert "JUD" in {s for a in event.actor for s in a.sectors}, event.actor
    assert event.location is not None and event.location.name == "Kumasi", event.place_rule
    assert (event.place_rule or "").startswith("dateline:")


def test_event_place_local_statement_not_at_the_town(coder: Coder) -> None:
    # a town's official's statement with no place said is not placed at the story's town
    text = (
        "SPRINGVILLE, Ohio - The city council voted on Monday to close the old bridge. "
        "The mayor criticized the county for the delay."
    )
    event = event_by_trigger(_code(coder, text), "criticized")
    assert event.location is None, event.place_rule


def test_event_place_local_court_ruling_at_the_town(coder: Coder) -> None:
    text = (
        "SPRINGVILLE, Ohio - A man was arrested on Monday after a fight at a bar. "
        "A municipal court rejected his plea for bail."
    )
    event = event_by_trigger(_code(coder, text), "rejected")
    assert event.location is not None and event.location.text == "SPRINGVILLE", event.place_rule
    # the ruling is no unsited statement on either path: the dateline, the town, holds
    assert (event.place_rule or "").startswith(("dateline:", "local story:"))


def test_event_place_speech_a_statement_answers_is_no_occasion(coder: Coder) -> None:
    # "to" before a speech makes it what the statement answers, not where it was made; "to"
    # places a statement only before an audience ("remarks to reporters")
    text = (
        "LAKEVILLE (Wire) - The union chief on Monday condemned the governor in reply to "
        "her televised address."
    )
    event = event_by_trigger(_code(coder, text), "condemned")
    assert event.location is None, event.place_rule
    assert "a statement not said to be made there" in (event.place_rule or "")
