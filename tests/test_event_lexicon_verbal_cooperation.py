"""Verbal co-operation of everyday political news, by construction class: support declared
or lent and alignment behind a party, nominating a candidate and speaking well of a party
(SUPPORT); relief from the law received, clemency and caving in (CONCEDE); striking a deal
(AGREE); directing a party to act and pressure put on it (REQUEST); with guards for the
senses of the same words that are no such act. Sentences written for these tests, not
taken from any article."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # support declared, lent or thrown behind a party
        ("Senator Baldwin signaled her support for the farm bill on Monday.", "SUPPORT"),
        ("The teachers' union pledged its backing to Governor Cooper.", "SUPPORT"),
        ("Mayor Garcetti threw his support behind Senator Harris.", "SUPPORT"),
        ("The AFL-CIO lent its support to Senator Brown's trade bill.", "SUPPORT"),
        # aligning behind a party
        ("House Democrats lined up behind Speaker Pelosi's plan.", "SUPPORT"),
        ("Republican senators united behind Senator McConnell after the vote.", "SUPPORT"),
        ("Senate Republicans closed ranks around their leader.", "SUPPORT"),
        ("Vice President Biden stumped for Senator Casey in Scranton.", "SUPPORT"),
        # nominating a candidate
        ("Democrats nominated Governor Dukakis for president in Atlanta.", "SUPPORT"),
        ("President Obama tapped Merrick Garland as his nominee.", "SUPPORT"),
        # relief from the law received, clemency, yielding to pressure
        ("Senator Menendez's aide received immunity from federal prosecutors.", "CONCEDE"),
        ("The former congressman won a pardon from President Clinton.", "CONCEDE"),
        ("President Obama commuted the sentence of Chelsea Manning.", "CONCEDE"),
        ("The White House caved to Republican demands on the spending bill.", "CONCEDE"),
        ("The mayor caved in after a week of protests by the unions.", "CONCEDE"),
        # striking a deal
        ("Senate Democrats struck a deal with the White House on Tuesday.", "AGREE"),
        ("The budget compromise was hammered out by Senator Murray and Speaker Ryan.", "AGREE"),
        ("Iran and the European Union sealed an accord in Vienna.", "AGREE"),
        ("The president said he had reached an agreement with the mutinous soldiers.", "AGREE"),
        ("The two governments concluded a fisheries accord on Friday.", "AGREE"),
        # directing a party to act; pressure put on it
        ("Senator Sanders encouraged the delegates to back the platform.", "REQUEST"),
        ("Senator Cruz pushed Republicans to defund the health law.", "REQUEST"),
        ("The Chamber of Commerce pressured Congress to renew the bank's charter.", "REQUEST"),
        ("Senator Warren prodded the Federal Reserve to raise capital rules.", "REQUEST"),
        ("Democrats ramped up pressure on Senator Grassley to hold hearings.", "REQUEST"),
        # aid given to a party stays aid
        ("The European Union helped Greece with emergency loans.", "AID"),
        # speaking well of a party
        ("Governor Kasich spoke highly of Senator Portman at the dinner.", "SUPPORT"),
        ("Senator McCain spoke warmly of President Obama on Friday.", "SUPPORT"),
    ],
)
def test_event_lexicon_verbal_cooperation_coded(rules_only, text: str, expected: str) -> None:
    types = [e.event for e in events_of(rules_only, text)]
    assert expected in types, types


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a struck deal is an agreement, not a strike or an attack
        ("Senate Democrats struck a deal with the White House on Tuesday.", "PROTEST"),
        ("Senate Democrats struck a deal with the White House on Tuesday.", "ASSAULT"),
        # a lightning strike and a struck tone are no deals
        ("Lightning struck the barn near Dayton on Tuesday.", "AGREE"),
        ("Senator Collins struck a conciliatory tone in her speech.", "AGREE"),
        # a sentence is a sentence only with clemency: commuting is travel
        ("Many Senate staffers commute from Virginia every day.", "CONCEDE"),
        # support is a party's act: ordinary people and things are not lined up behind
        ("Traffic lined up behind the stalled truck on the bridge.", "SUPPORT"),
        ("The fans stood behind the fence during the parade.", "SUPPORT"),
        # a cave-in of a roof is no concession
        ("The roof of the old mine caved in after the storm.", "CONCEDE"),
        # receiving a prize is no relief from the law
        ("The novelist received an award from the academy.", "CONCEDE"),
        # pushing and pressing bodies or things, and pressing on, are no appeals
        ("The wind pushed the boat to the far shore.", "REQUEST"),
        ("Spectators pressed against the barriers outside the courthouse.", "REQUEST"),
        ("House Republicans pressed ahead with the vote on Thursday.", "REQUEST"),
        ("Rising interest rates put pressure on the housing market.", "REQUEST"),
        # helping someone do something is facilitating it, not aid
        ("The new museum will help visitors understand the civil rights era.", "AID"),
        ("The grant would help the county modernize its voting machines.", "AID"),
        ("The senator helped her former aide to find a job.", "AID"),
        # what is received is relief, not a visit
        ("Senator Menendez's aide received immunity from federal prosecutors.", "CONSULT"),
    ],
)
def test_event_lexicon_verbal_cooperation_not_coded(rules_only, text: str, absent: str) -> None:
    assert absent not in [e.event for e in events_of(rules_only, text)]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Senator Menendez's aide received immunity from federal prosecutors.", "aide"),
        ("The former congressman won a pardon from President Clinton.", "congressman"),
    ],
)
def test_event_lexicon_verbal_cooperation_relief_undergone(
    rules_only, text: str, recipient: str
) -> None:
    """The subject of "received immunity" is the one granted it, not the grantor."""
    conceded = [e for e in events_of(rules_only, text) if e.event == "CONCEDE"]
    assert conceded, text
    assert any(recipient in r.text for e in conceded for r in e.recipient), conceded
