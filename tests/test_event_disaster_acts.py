"""Acts told inside a disaster's report are no violent political act (event_disaster_acts).

Sentences written for these rules, in wordings of regional and wire reports: a ban or an
emergency for an outbreak, a flood or snow; a warning of a disaster; forces storming into
a ruin to pull out the trapped; a stove left burning; forces sent to fight fires; a
disease by name as the killer. Beside them, the same constructions with violence, which
stay coded.
"""

from __future__ import annotations

from typing import Any

import pytest

VIOLENT = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN"})

QUIET = [
    # a restriction for a disaster, forces on a relief errand no word of violence
    "Bird flu was detected at three poultry farms in the district. Authorities banned the "
    "sale of chickens within a ten-kilometre radius.",
    "Floodwaters rose above the danger mark on Monday. The district administration imposed "
    "restrictions on movement near the river.",
    "Heavy snow buried the mountain villages. Soldiers helped evacuate stranded tourists. "
    "The governor declared an emergency in the district.",
    "An outbreak of swine fever forced the ministry to ban the transport of pigs.",
    "A cyclone battered the island overnight. Authorities imposed a ban on fishing for three days.",
    # a warning of a disaster
    "A river burst its banks and swept away two cars. Police divers are searching for the "
    "drivers. The weather service has issued a level 5 warning.",
    "Heavy rain lashed the coast for a third day. The weather office has issued a warning "
    "of more downpours.",
    # a hostile verb whose purpose is a rescue
    "Police stormed into the collapsed building to pull out trapped labourers.",
    "Soldiers stormed into the blazing warehouse to carry out stranded workers.",
    # a thing's state
    "Firefighters said a heater had been left burning in the empty room.",
    "Investigators believe a candle was left burning overnight in the shop.",
    "Neighbours said the gas stove was found burning in the locked kitchen.",
    # forces sent to fight fires
    "Army teams were sent to fight the fires on the hills above the town.",
    "Air force helicopters were sent to battle the blazes in the national park.",
    # a disease by name
    "Anthrax killed dozens of cattle in the valley.",
    "Dengue has killed 14 people in the city since June.",
    "Malaria killed three children in the camp last week.",
]
VIOLENCE = [
    "Gunmen attacked a police post near the flooded town. The governor declared an "
    "emergency in the district.",
    "Rioters torched shops after the match. Authorities imposed a curfew in the old city.",
    "The rebels warned they would attack the town if troops did not withdraw.",
    "The militia issued a warning that it would shell the port.",
    "Commandos stormed the hotel to kill the gunmen holding guests.",
    "Police stormed the camp to evict the protesters.",
    "Troops were deployed to fight the rebels in the north.",
    "Troops were sent to open fire on the marchers.",
    "Rioters burned cars and looted shops in the city centre.",
    "Authorities imposed a ban on rallies after clashes with police.",
]


def _violent(coder: Any, text: str) -> list[str]:
    return [
        f"{e.event} '{e.trigger.text}'"
        for e in coder.code(text, date="2024-03-08").events
        if e.event in VIOLENT and "negation" not in e.aux
    ]


@pytest.mark.parametrize("text", QUIET)
def test_event_disaster_acts_no_violent_act(coder, text: str) -> None:
    assert _violent(coder, text) == []


@pytest.mark.parametrize("text", VIOLENCE)
def test_event_disaster_acts_violence_still_coded(coder, text: str) -> None:
    assert _violent(coder, text) != []


@pytest.mark.parametrize(
    ("text", "force", "relief"),
    [
        # forces at an accident's scene are on a relief errand
        ("Police attended the crash on the ring road.", "Police", True),
        ("Police closed the bridge after two lorries collided.", "Police", True),
        # an animal or a storm in the forces' clause is no accident they attend
        (
            "When a stray dog barked at the barn, soldiers found a crate of pistols.",
            "soldiers",
            False,
        ),
        ("Despite the storm, soldiers searched the rebels' farms.", "soldiers", False),
        # an act on people is no errand, and a clause on its object tells no scene of theirs
        (
            "Police beat residents who blocked the highway after the train collision killed 40.",
            "Police",
            False,
        ),
        (
            "Police arrested three opposition activists at the site of the bridge collapse.",
            "Police",
            False,
        ),
        (
            "Soldiers detained two reporters near the scene of the mine explosion.",
            "Soldiers",
            False,
        ),
        ("Troops beat them outside the collapsed factory.", "Troops", False),
        ("Police sealed off the road where a tanker had overturned.", "Police", True),
    ],
)
def test_event_disaster_acts_forces_at_an_accident_scene(
    coder: Any, text: str, force: str, relief: bool
) -> None:
    from eventwire.annotators.event_disaster_acts import DisasterActs
    from eventwire.annotators.event_lexicon import load_lexicon

    acts = DisasterActs(load_lexicon())
    doc = coder.nlp(text)
    tok = next(t for t in doc if t.text == force)
    assert acts.relief_word(tok) is relief
