"""The less frequent types coded only where they happened (issue 24 items 1, 2).

A trigger of AGREE, AID, RETREAT, CONSULT, COOPERATE or PROTEST read in its everyday
sense codes nothing: an event a club coordinates or a party hosts, calls or a
recommendation received, testing offered by a clinic, donations accepted, delegates
"pledged" by party rules, one voice agreeing, an interview released, an offender
assisted, a gathering spoken to, a person struck by glass. The near-miss beside each keeps
its type. Every sentence was written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest


def _types(coder: Any, text: str) -> set[str]:
    events = coder.code(text, date="2024-05-02").events
    return {e.event for e in events if "negation" not in e.aux}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # an event organised or staged (object class ``occasion``)
        ("The club will be coordinating a number of activities on Friday.", "AGREE"),
        ("Families will benefit from a fashion show coordinated by the women's club.", "COOPERATE"),
        ("The county party will host the forum on Saturday.", "CONSULT"),
        # receiving a thing, not a visitor (``party_object``)
        ("The police department received several calls about the vandalism.", "CONSULT"),
        ("Travellers on the highway received a recommendation from the sign.", "CONSULT"),
        # a service offered, money accepted
        ("The charity will be offering free testing at a reduced rate to members.", "AGREE"),
        ("The singer only accepts small donations from individuals.", "AGREE"),
        # the participle as an adjective, and one voice concurring
        ("The governor has won 758 pledged delegates so far.", "AGREE"),
        ("Professor Jane Smith agreed.", "AGREE"),
        # a released interview (the noun the participle modifies)
        (
            "She told the network in an interview taped and released on Wednesday that she "
            "would run.",
            "RETREAT",
        ),
        # assisting an offender is a crime charged, not aid
        ("His girlfriend is accused of assisting the alleged gunmen to evade capture.", "AID"),
        # a gathering spoken to
        ("The senator told the party's annual meeting in Ohio that taxes would fall.", "CONSULT"),
        # struck by a thing: no labour strike
        ("The boy was struck by glass after a man attacked the car.", "PROTEST"),
    ],
)
def test_everyday_sense_codes_no_event(rules_only: Any, text: str, event: str) -> None:
    assert event not in _types(rules_only, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The two ministries coordinated their response to the flooding.", "COOPERATE"),
        ("Egypt will host a summit of Arab leaders next month.", "CONSULT"),
        ("The president hosted the Kenyan delegation at the palace.", "CONSULT"),
        ("The president received the foreign minister at the palace.", "CONSULT"),
        ("The government offered the rebels an amnesty.", "AGREE"),
        ("The rebels accepted the peace proposal on Monday.", "AGREE"),
        ("The governor pledged to cut taxes by ten percent.", "AGREE"),
        ("The rebels agreed to a ceasefire on Monday.", "AGREE"),
        ("The rebels released the hostages on Friday.", "RETREAT"),
        ("The United States assisted the Kenyan army with training.", "AID"),
        ("The senator met the party's leaders after the annual meeting in Ohio.", "CONSULT"),
        ("Workers struck on Monday over unpaid wages.", "PROTEST"),
    ],
)
def test_near_miss_keeps_its_type(rules_only: Any, text: str, event: str) -> None:
    assert event in _types(rules_only, text)
