"""The less frequent types coded only where they happened (issue 24 items 1, 2).

A trigger of AGREE, AID, RETREAT, CONSULT, CONCEDE, COOPERATE, PROTEST, SANCTION or
THREATEN read in its everyday sense codes nothing: an event a club coordinates or a party
hosts, calls or a recommendation received, testing offered by a clinic, delegates
"pledged" by party rules, one voice agreeing, an interview released, an offender
assisted, a gathering spoken to, a person struck by glass, a warning of rain, a plea of
not guilty, money invested in one's own training, gunfire that "opened", another's act
hoped for, reservations suspended, a view of another acknowledged, a topic one person
discussed. The near-miss beside each keeps its type. Every sentence was written for
these tests.
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
        # a service offered
        ("The charity will be offering free testing at a reduced rate to members.", "AGREE"),
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
        # a warning of a natural hazard is no threat
        (
            "Officials in the county are warning residents that oncoming rains will cause "
            "dangerous landslides.",
            "THREATEN",
        ),
        # a plea of not guilty concedes nothing
        ("The three men have pleaded not guilty to murder.", "CONCEDE"),
        # money put into one's own work is no economic co-operation
        (
            "In just two years the unit has invested more than 4 million dollars into "
            "training its members.",
            "COOPERATE",
        ),
        (
            "The group, which has invested heavily in efforts to put the candidates on "
            "alert, made the same demands.",
            "COOPERATE",
        ),
        # "open" with no object opens no border
        (
            "Three people were detained after a flurry of gunfire opened early Monday in the "
            "parking lot of a bar.",
            "RETREAT",
        ),
        # another party's act hoped for is no pledge
        ("I hope the council will end its wasteful lawsuits.", "AGREE"),
        # a view of another party is no concession
        (
            "The anchor has acknowledged in recent interviews that Senator Jane Doe is a "
            "fascinating person to cover.",
            "CONCEDE",
        ),
        # one person speaking of a topic meets no one
        ("Jane Doe also discussed the six trends that will shape the market in 2018.", "CONSULT"),
        # a program named in a phrase of the object suspended is not what is suspended
        (
            "The airline suspended reservations for its program for transporting animals "
            "until May 1.",
            "SANCTION",
        ),
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
        (
            "The general warned the militia that it would face consequences if it crossed "
            "the river.",
            "THREATEN",
        ),
        ("The former aide pleaded guilty to fraud on Monday.", "CONCEDE"),
        ("China invested heavily in Kenya last year.", "COOPERATE"),
        ("The crossing was opened on Monday.", "RETREAT"),
        ("Washington suspended its military aid to the junta.", "SANCTION"),
        ("The government suspended most of its aid program for the province.", "SANCTION"),
        ("The governor acknowledged that she had misspoken in two interviews.", "CONCEDE"),
        ("The minister discussed the crisis with the envoy on Monday.", "CONSULT"),
        ("The two leaders discussed trade on Monday.", "CONSULT"),
        ("The government suspended talks with the rebels.", "SANCTION"),
        ("The minister said the rebels will release the hostages on Friday.", "AGREE"),
    ],
)
def test_near_miss_keeps_its_type(rules_only: Any, text: str, event: str) -> None:
    assert event in _types(rules_only, text)
