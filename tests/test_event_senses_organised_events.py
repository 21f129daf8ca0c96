"""The less frequent types coded only where they happened (issue 24 items 1, 2).

A trigger of AGREE, AID, RETREAT, CONSULT, CONCEDE, COOPERATE, PROTEST, SANCTION or
THREATEN read in its everyday sense codes nothing: an event a club coordinates or a party
hosts, a warning received, vaccination offered by a clinic, delegates "pledged" by
party rules, one voice agreeing, a podcast released, a fugitive assisted, a gathering
spoken to, a person struck by debris, a warning of a storm, a plea of not guilty, money
invested in one's own equipment, gunfire that "opened", another's act hoped for,
bookings suspended, a view of another acknowledged, a topic one person discussed. The
near-miss beside each keeps its type. Every sentence was written for these tests.
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
        ("The library will be coordinating several events for children next month.", "AGREE"),
        (
            "Local families will enjoy a charity concert coordinated by the rotary club.",
            "COOPERATE",
        ),
        ("The county party will host a fundraiser on Saturday evening.", "CONSULT"),
        # receiving a thing, not a visitor (``party_object``)
        ("Drivers on the motorway received a warning from the electronic sign.", "CONSULT"),
        # a service offered
        ("The clinic is offering free vaccination to residents next week.", "AGREE"),
        # the participle as an adjective, and one voice concurring
        ("The governor has won 412 pledged delegates so far.", "AGREE"),
        ("Professor Jane Smith agreed.", "AGREE"),
        # a released podcast (the noun the participles modify)
        ("The singer spoke in a podcast recorded and released on Monday.", "RETREAT"),
        # assisting an offender is a crime charged, not aid
        ("She was accused of assisting the fugitive after the robbery.", "AID"),
        # a gathering spoken to
        ("The senator told the party's annual meeting in Ohio that taxes would fall.", "CONSULT"),
        # struck by a thing: no labour strike
        ("A passer-by was struck by flying debris after the crash.", "PROTEST"),
        # a warning of a natural hazard is no threat
        (
            "Officials in Oregon are warning residents that heavy rains will cause floods.",
            "THREATEN",
        ),
        (
            "The Kenyan government warned fishermen that the cyclone would bring high waves.",
            "THREATEN",
        ),
        # a plea of not guilty concedes nothing
        ("Both defendants pleaded not guilty to the robbery charges.", "CONCEDE"),
        # money put into one's own equipment is no economic co-operation
        ("The club has invested 2 million dollars in new equipment for its players.", "COOPERATE"),
        # "open" with no object opens no border
        ("Gunfire opened near the stadium late on Saturday.", "RETREAT"),
        # another party's act hoped for is no pledge
        ("We hope the city will end its appeals against the ruling.", "AGREE"),
        ("We hope the company will drop its legal challenge.", "AGREE"),
        # a view of another party is no concession
        (
            "The columnist acknowledged that Governor Ann Lee is a skilled campaigner.",
            "CONCEDE",
        ),
        # one person speaking of a topic meets no one
        ("Jane Doe also discussed the risks facing the industry this year.", "CONSULT"),
        # a program named in a phrase of the object suspended is not what is suspended
        ("The ferry company suspended bookings for its winter program until March.", "SANCTION"),
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
        ("Officials in Oregon warned residents that the rebels would attack the town.", "THREATEN"),
        ("China invested heavily in Kenya last year.", "COOPERATE"),
        ("The crossing was opened on Monday.", "RETREAT"),
        ("Washington suspended its military aid to the junta.", "SANCTION"),
        ("The government suspended most of its aid program for the province.", "SANCTION"),
        (
            "The treasurer acknowledged that her office had overstated the county's revenue.",
            "CONCEDE",
        ),
        # one's own act hoped for is a pledge; a pronoun that stands for the hoper
        ("The province hopes it will sign the water accord in June.", "AGREE"),
        ("We hope we will sign a lease with the council next month.", "AGREE"),
        ("The league said it hoped it would reach a deal with the players soon.", "AGREE"),
        # what opens to traffic with no object: access granted (CAMEO 086)
        ("The mountain pass opened to lorries on Thursday.", "RETREAT"),
        ("The river crossing opened again after the talks.", "RETREAT"),
        # a "wave of" acts, or fire under a condition, is a threat, no hazard
        ("The dockers warned of a wave of stoppages if the port was sold.", "THREATEN"),
        (
            "The colonel warned the gang that heavy fire would hit them if they moved north.",
            "THREATEN",
        ),
        # a bare "agreed" that answers a demand or an offer, or a leader's
        ("The strikers asked for a meeting with the owner, and she agreed.", "AGREE"),
        ("The farmers proposed a new price. He agreed.", "AGREE"),
        ("Governor Mary Fox agreed.", "AGREE"),
        ("The minister discussed the crisis with the envoy on Monday.", "CONSULT"),
        ("The two leaders discussed trade on Monday.", "CONSULT"),
        ("The government suspended talks with the rebels.", "SANCTION"),
        ("The minister said the rebels will release the hostages on Friday.", "AGREE"),
    ],
)
def test_near_miss_keeps_its_type(rules_only: Any, text: str, event: str) -> None:
    assert event in _types(rules_only, text)
