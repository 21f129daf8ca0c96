"""Verbal conflict in the wordings political reporters use (issue 24 items 5 and 6,
fourth pass): attacks between politicians, small blows and harangues in words, standing
at odds, refusals in words (distancing, voting down, shooting down, scoffing), denials of
a report, and warnings of a penalty; with the senses of the same words that are no such
act. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


def _types(coder, text: str) -> list[str]:
    return [e.event for e in events_of(coder, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one politician's attack on another is criticism (actors of candidates too)
        ("The candidate attacked the front-runner at a town hall on Monday.", "ACCUSE"),
        ("The nominee attacked the governor over the state budget.", "ACCUSE"),
        ("The senator's attacks on the governor grew sharper this week.", "ACCUSE"),
        ("The mayor renewed her attacks on the city council.", "ACCUSE"),
        ("The president stepped up his attacks on the press.", "ACCUSE"),
        # small blows and harangues in words
        ("The challenger took a jab at the incumbent mayor.", "ACCUSE"),
        ("The governor took a dig at the legislature in her address.", "ACCUSE"),
        ("The senator launched a tirade against the agency.", "ACCUSE"),
        ("The minister hurled insults at the opposition leader.", "ACCUSE"),
        ("The governor trashed the senator's proposal.", "ACCUSE"),
        # standing in conflict
        ("The mayor has been at odds with the council for months.", "ACCUSE"),
        ("The governor remains at loggerheads with the legislature.", "ACCUSE"),
        # refusals in words
        ("The senator distanced himself from the party's platform.", "REJECT"),
        ("The assembly voted down the governor's amendment.", "REJECT"),
        ("The senator shot down the idea of a second vote.", "REJECT"),
        ("The governor shot down the proposal within hours.", "REJECT"),
        ("The minister scoffed at the opposition's proposal.", "REJECT"),
        ("The spokeswoman waved away the criticism.", "REJECT"),
        ("The nominee denied the story about her finances.", "REJECT"),
        ("The presidential candidate denied the allegations.", "REJECT"),
        ("The state vowed to fight the court's ruling.", "REJECT"),
        ("The company said it would fight the lawsuit.", "REJECT"),
        ("The minister's denial came a day after the report.", "REJECT"),
        ("The spokesman hit back at the senator's remarks.", "REJECT"),
        ("The nominee kept up her attacks on the governor.", "ACCUSE"),
        # idioms of reproach
        ("The treasurer took issue with the mayor's budget.", "ACCUSE"),
        ("The governor pointed the finger at the federal agency.", "ACCUSE"),
        ("Democrats cried foul over the new voting rules.", "ACCUSE"),
        ("The senator has been a vocal critic of the trade deal.", "ACCUSE"),
        ("The congressman is a longtime opponent of the pipeline.", "REJECT"),
        ("The governor withheld her endorsement of the nominee.", "REJECT"),
        ("Republicans seized on the remarks to attack the mayor.", "ACCUSE"),
        # a warning of a penalty, a vow of consequences: threats
        ("Washington and Seoul vowed consequences for the missile launch.", "THREATEN"),
        ("The regulator warned the banks of heavy penalties.", "THREATEN"),
        ("The president warned Tehran of serious consequences.", "THREATEN"),
    ],
)
def test_event_lexicon_verbal_wordings_coded(rules, text: str, expected: str) -> None:
    assert expected in _types(rules, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # force between armed sides stays an attack
        ("Government troops attacked the opposition stronghold at dawn.", "ACCUSE"),
        ("The army attacked the rebels in the north.", "ACCUSE"),
        ("Police attacked the protesters with batons.", "ACCUSE"),
        # a jab, a dig and a tirade that are no criticism of anyone
        ("Workers took a break at noon.", "ACCUSE"),
        ("The estimates are at odds with each other.", "ACCUSE"),
        # distance, shooting and waving in their physical senses
        ("The runner distanced herself from the pack.", "REJECT"),
        ("Soldiers shot down a drone near the border.", "REJECT"),
        ("The crowd waved flags as the parade passed.", "REJECT"),
        ("Firefighters fought the blaze through the night.", "REJECT"),
        ("Rebels kept up their attacks on army posts.", "ACCUSE"),
        ("The senator cast herself as a champion of farmers.", "SUPPORT"),
        ("The union took issue with nothing in particular.", "REJECT"),
        # a warning of a danger, not of a penalty
        ("Forecasters warned residents of heavy flooding.", "THREATEN"),
    ],
)
def test_event_lexicon_verbal_wordings_other_senses(rules, text: str, absent: str) -> None:
    assert absent not in _types(rules, text)
