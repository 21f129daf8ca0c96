"""Cuts in relations (PLOVER SANCTION, CAMEO 16) announced, done to a mission, or done to a
person: a plain future of a cut in relations (CAMEO 161, 163, 166) is the act with status
future (the NEWS-GUIDELINES: a future act with commitment keeps its own type), while a
condition, a pledge or a coming punishment or aid cut still makes a threat; closing an
embassy or a consulate (PETRARCH's CANCEL block, CAMEO 161), whose recipient is the other
state: the mission's owner where named (and not the actor), else the host; suspending
someone, a dismissal for a time (CAMEO 160). Sentences written for these tests; the rules
are tested with the learned filter off."""

from __future__ import annotations

import pytest
from helpers import events_of


def _coded(coder, text: str) -> list[tuple[str, list[str]]]:
    return [(e.event, e.aux) for e in events_of(coder, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the country would expel thirty diplomats.",
        "The government will close the consulate in the port city.",
        "The republic will expel the envoy and close its embassy next week.",
    ],
)
def test_event_sanction_relations_future_cut_keeps_its_type(rules, text: str) -> None:
    coded = _coded(rules, text)
    types = [t for t, _ in coded]
    assert "SANCTION" in types and "THREATEN" not in types, coded
    assert all("future" in aux for t, aux in coded if t == "SANCTION"), coded


@pytest.mark.parametrize(
    "text",
    [
        "The network will suspend him next week.",
        "The state said it would cut aid to the province.",
    ],
)
def test_event_sanction_relations_future_punishment_stays_a_threat(rules, text: str) -> None:
    """Only cuts in relations (CAMEO 161, 163, 166) keep their type in a plain future; a
    suspension (160) or a cut in aid (162) announced is a threat of it."""
    types = [t for t, _ in _coded(rules, text)]
    assert "THREATEN" in types and "SANCTION" not in types, types


@pytest.mark.parametrize(
    "text",
    [
        "The bloc will impose sanctions if the talks fail.",
        "The president vowed to impose sanctions on the regime.",
        "Police will arrest anyone who joins the march.",
    ],
)
def test_event_sanction_relations_condition_or_pledge_stays_a_threat(rules, text: str) -> None:
    types = [t for t, _ in _coded(rules, text)]
    assert "THREATEN" in types and "SANCTION" not in types, types


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The government closed its consulate in Porto.", [("Porto", "PRT")]),
        ("The ministry announced the closure of its embassy in Quito.", [("Quito", "ECU")]),
        ("The kingdom shut its embassy in the capital on Friday.", []),
        ("The government closed the consulate in the port city.", []),
        ("Peru will close the Bolivian embassy in Lima.", [("Bolivian", "BOL")]),
        ("The city's mayor shut the embassy of Chile in Rome.", [("Chile", "CHL")]),
        ("Norway shut the Norwegian consulate in Bergen.", [("Bergen", "NOR")]),
    ],
)
def test_event_sanction_relations_mission_closed(
    rules, text: str, host: list[tuple[str, str]]
) -> None:
    """The recipient of a closed mission is the other state: the one the mission is of
    where named and not the actor, else the host where a place names it, else no one;
    never the mission itself."""
    sanction = [e for e in events_of(rules, text) if e.event == "SANCTION"]
    assert sanction and sanction[0].mode == "withdraw", sanction
    assert [(r.text, r.code) for r in sanction[0].recipient] == host


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Chile decided to close the Chilean consulate in Mendoza.", "Mendoza"),
        ("Chile recalled its ambassador and closed the Chilean consulate in Mendoza.", "Mendoza"),
        ("The Chilean consulate in Mendoza was closed by Chile.", "Mendoza"),
        ("Chile announced the closure of the Chilean consulate in Mendoza.", "Mendoza"),
        (
            "The Chilean cabinet, which closed the Chilean consulate in Mendoza, said nothing.",
            "Mendoza",
        ),
        ("Argentina decided to close the Chilean consulate in Mendoza.", "Chilean"),
        ("The Chilean consulate in Mendoza was closed by Argentina.", "Chilean"),
        ("Argentina announced the closure of the Chilean consulate in Mendoza.", "Chilean"),
    ],
)
def test_event_sanction_relations_mission_of_the_actor(rules, text: str, recipient: str) -> None:
    """A state closing its own mission cuts relations with the host, whatever the shape
    that names the state as actor: a control verb, a conjunct, a "by" agent, a light
    verb's noun or a relative clause; a mission of another state is that state's."""
    sanction = [e for e in events_of(rules, text) if e.event == "SANCTION" and e.mode == "withdraw"]
    assert sanction and [r.text for r in sanction[-1].recipient] == [recipient], sanction


@pytest.mark.parametrize(
    "text",
    [
        "The aid group will close its mission in the valley.",
        "A mining company said it would shut its mission in the north.",
    ],
)
def test_event_sanction_relations_other_missions_are_no_cut(rules, text: str) -> None:
    assert "SANCTION" not in [e.event for e in events_of(rules, text)]


def test_event_sanction_relations_mission_closure_noun(rules) -> None:
    text = "The foreign ministry announced the closure of the embassy."
    assert "SANCTION" in [e.event for e in events_of(rules, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor closed the road after the flood.",
        "The factory was shut down after the fire.",
        "The council shut the lane behind the consulate for repairs.",
        "Guards closed the gate to the consulate at noon.",
    ],
)
def test_event_sanction_relations_other_closures_are_no_cut(rules, text: str) -> None:
    assert "SANCTION" not in [e.event for e in events_of(rules, text)]


@pytest.mark.parametrize(
    ("text", "suspended"),
    [
        ("The broadcaster suspended Jones for a week.", "Jones"),
        ("She was suspended by the board on Monday.", "She"),
    ],
)
def test_event_sanction_relations_person_suspended(rules, text: str, suspended: str) -> None:
    sanction = [e for e in events_of(rules, text) if e.event == "SANCTION"]
    assert sanction, events_of(rules, text)
    assert [r.text for r in sanction[0].recipient] == [suspended]
    assert (sanction[0].rule or "").startswith("suspend person")


@pytest.mark.parametrize(
    "text",
    [
        "The senator suspended his campaign on Tuesday.",
        "The regulator suspended trading in the shares.",
    ],
)
def test_event_sanction_relations_suspended_thing_is_no_dismissal(rules, text: str) -> None:
    assert not any((e.rule or "").startswith("suspend person") for e in events_of(rules, text))


def test_event_sanction_relations_sanctions_announced(rules) -> None:
    coded = _coded(rules, "The government will impose sanctions on the neighbouring state.")
    assert ("SANCTION", ["future"]) in [(t, [a for a in aux if a == "future"]) for t, aux in coded]
