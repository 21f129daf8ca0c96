"""event_place_scope: how far a place or an act reaches in the parse. The name after "the
province of", "the city of" is placed by the noun's preposition; a place inside a relative
clause with its own subject is no place of the act on the sentence-place path nor for the
learned chooser, unless the clause is on the act's own noun or a "where" clause; a concession told by "admitted that …" is
a statement, placed neither at the dateline nor in the actor's country. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from helpers import event_by_trigger

from eventwire import Coder
from eventwire.annotators.event_place import read_rules
from eventwire.annotators.event_place_scope import designators, named_area


def _event(coder: Coder, text: str, trigger: str):
    return event_by_trigger(coder.code(text, date="2024-05-06", id="scope"), trigger)


def test_said_rows_are_read() -> None:
    assert "concede" in read_rules()["said"]
    assert {"city", "province", "town"} <= designators()


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("More heavy gunfire in the province of Kosovo on Friday.", "gunfire", "Kosovo"),
        ("Thousands of workers marched in the city of Lyon on Friday.", "marched", "Lyon"),
    ],
)
def test_named_area_places_the_act(coder: Coder, text: str, trigger: str, name: str) -> None:
    event = _event(coder, text, trigger)
    assert event.location is not None and event.location.name == name, event.place_rule


def test_named_area_climbs_only_from_a_designator(coder: Coder) -> None:
    doc = coder.nlp("Fighting raged in the province of Kosovo and in the hills of Kosovo.")
    names = [t for t in doc if t.text == "Kosovo"]
    assert named_area(names[0]).lower_ == "province"
    assert named_area(names[1]) is names[1]  # "hills" is no designator


def test_relative_clause_place_is_not_the_raid(coder: Coder) -> None:
    text = (
        "Police said they raided two homes on Monday and searched for a suspect who had "
        "lived with his wife in Sudan until last year."
    )
    event = _event(coder, text, "raided")
    assert event.location is None or event.location.name != "Sudan", event.place_rule


def test_relative_clause_on_the_act_itself_holds_it(coder: Coder) -> None:
    doc = coder.nlp("The bombing, which killed ten people in Mombasa, shocked the town.")
    from eventwire.annotators.event_place_scope import relative_clause

    bombing = next(t for t in doc if t.text == "bombing")
    shocked = next(t for t in doc if t.text == "shocked")
    town = next(t for t in doc if t.text == "Mombasa")
    assert not relative_clause(town, bombing)  # the clause tells the bombing itself
    assert relative_clause(town, shocked)


def test_sentence_place_still_places_an_attack(coder: Coder) -> None:
    event = _event(coder, "Two guards were killed in Mombasa on Sunday.", "killed")
    assert event.location is not None and event.location.name == "Mombasa", event.place_rule


def test_where_clause_keeps_its_antecedent(coder: Coder) -> None:
    text = "The minister visited Mombasa, where two guards were killed on Sunday."
    event = _event(coder, text, "killed")
    assert event.location is not None and event.location.name == "Mombasa", event.place_rule


def test_admitted_that_takes_no_dateline_nor_home(coder: Coder) -> None:
    text = (
        "NAIROBI, May 6 (Reuters) - Kenyan police admitted on Monday that they do not know "
        "where the suspect is."
    )
    event = next(e for e in coder.code(text, date="2024-05-06").events if e.event == "CONCEDE")
    assert event.location is None, event.place_rule


def test_concession_said_at_a_news_conference_is_placed(coder: Coder) -> None:
    text = (
        "NAIROBI, May 6 (Reuters) - Kenyan police admitted at a news conference on Monday "
        "that they do not know where the suspect is."
    )
    event = next(e for e in coder.code(text, date="2024-05-06").events if e.event == "CONCEDE")
    assert event.location is not None and event.location.name == "Nairobi", event.place_rule


def test_material_concession_stays_at_home(coder: Coder) -> None:
    text = "The Kenyan government conceded defeat to Kenyan strikers on Monday."
    event = next(e for e in coder.code(text, date="2024-05-06").events if e.event == "CONCEDE")
    assert event.location is not None and event.location.country == "KEN", event.place_rule
