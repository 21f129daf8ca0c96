"""Verbal co-operation of political news as lexicon rows: giving up a suit or objection
and granting what was asked (CONCEDE), thanks and prayers (SUPPORT), and talk with
reporters or voters that is no consultation (a deal struck stays no strike, immunity
received no visit); on sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The opposition party withdrew its legal challenge to the election results.", "CONCEDE"),
        ("The corruption charges against the governor were dropped in 2011.", "CONCEDE"),
        ("The ministry abandoned its appeal against the court ruling on Monday.", "CONCEDE"),
        ("The former aide was granted immunity from prosecution.", "CONCEDE"),
        ("The appeals court granted the journalist permission to appeal the ruling.", "CONCEDE"),
        ("The military junta granted an amnesty to political prisoners.", "CONCEDE"),
        ("The government made concessions to the striking miners.", "CONCEDE"),
        (
            "The mayor said she was grateful to the firefighters who saved the city hall.",
            "SUPPORT",
        ),
        ("The prime minister expressed gratitude to the rescue workers.", "SUPPORT"),
        ("The president offered prayers for the victims of the flood.", "SUPPORT"),
    ],
)
def test_event_lexicon_cooperation_coded(coder, text: str, expected: str) -> None:
    types = [e.event for e in events_of(coder, text)]
    assert expected in types, types


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a struck deal is no strike and no attack
        ("An accord was struck in Geneva after a night of bargaining.", "PROTEST"),
        ("The unions struck a deal with the government on Monday.", "ASSAULT"),
        # a withdrawn challenge is a concession, not a pull-back of forces
        ("The opposition party withdrew its legal challenge to the election results.", "RETREAT"),
        # an amnesty granted is a concession, not aid
        ("The military junta granted an amnesty to political prisoners.", "AID"),
        # a plan approved is no legal relief received
        ("The plan received approval from the regional council.", "CONCEDE"),
        # received immunity is no visit received
        ("Two former aides received immunity in the inquiry into the contracts.", "CONSULT"),
        # talk with reporters or voters, and the formula of thanks, are no events
        ("The minister talked with supporters at the rally.", "CONSULT"),
        ("The senator spoke to reporters after the vote.", "CONSULT"),
        ('"Well, thank you so much," the governor said.', "SUPPORT"),
        # giving up is about one's own suit or claim: leaflets, business attempts and a
        # bid for office are not
        ("The bombers dropped leaflets over the city.", "CONCEDE"),
        ("The company ended its attempt to buy the rival firm.", "CONCEDE"),
        ("The senator abandoned her bid for the party leadership on Monday.", "CONCEDE"),
    ],
)
def test_event_lexicon_cooperation_not_coded(coder, text: str, absent: str) -> None:
    assert absent not in [e.event for e in events_of(coder, text)]
