"""Material acts of ordinary news (issue 24): killings, arrests, forces, sanctions, protests.

Each row is a construction the lexicon or the construction rules read, in sentences
written for these tests: killing verbs of PETRARCH's MASSACRE and KILL synsets, a
target struck by arms, custody and bail, outlets shut, expulsion from a body one
belonged to, arms sales halted, military forces sent or raised, arms bought, a popular
revolt, a violent act noun marked by its toll or its victim, a protest that something
set off, a legal challenge withdrawn; and their look-alikes.
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
        # killing verbs of the MASSACRE / KILL synsets
        ("Gunmen slaughtered nine villagers in the hills overnight.", "ASSAULT"),
        ("Militia fighters mowed down the fleeing villagers at the river.", "ASSAULT"),
        # struck by arms, in the passive
        ("The army convoy was hit by two roadside bombs near the border.", "ASSAULT"),
        ("A patrol vehicle was hit with petrol bombs on the main road.", "ASSAULT"),
        # a violent act noun marked by its toll or manner, or by its victim
        ("The governor condemned the deadly shooting at the market.", "ASSAULT"),
        ("The brutal killing of the journalist is still unsolved.", "ASSAULT"),
        ("Residents mourned after the killing of two shopkeepers.", "ASSAULT"),
        # held by the police or the courts
        ("The suspect is being held without bail in the county jail.", "COERCE"),
        ("The activist was remanded in custody until next week.", "COERCE"),
        ("Officers took the organiser into custody after the rally.", "COERCE"),
        # an outlet shut by an authority
        ("Authorities shut down the opposition newspaper on Friday.", "COERCE"),
        # expelled from a body one belonged to; arms sales halted
        ("The party was expelled from the ruling coalition last month.", "SANCTION"),
        ("The rebels were expelled from the peace talks in March.", "SANCTION"),
        ("Washington halted arms sales to the junta after the coup.", "SANCTION"),
        # military forces sent or raised
        ("The government sent marines to the disputed island.", "MOBILIZE"),
        ("The country recruited 30,000 young men into the army last year.", "MOBILIZE"),
        # a popular revolt; a protest set off by something
        ("Opposition delegates launched a revolt on the floor of the congress.", "PROTEST"),
        ("The court's verdict sparked protests across the country.", "PROTEST"),
        ("The shooting triggered three nights of rioting in the suburb.", "PROTEST"),
        # a legal challenge withdrawn is a concession, not a retreat of forces
        ("The mining company withdrew its lawsuit against the regulator.", "CONCEDE"),
    ],
)
def test_event_constructions_material_act_coded(coder, text: str, event: str) -> None:
    assert event in _types(coder, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a ranking describes, it reports no act
        ("It was the deadliest mass shooting in the state's history.", "ASSAULT"),
        # struck by what is not a weapon
        ("The car was hit by a falling tree during the storm.", "ASSAULT"),
        # an adjective of personnel is no military force sent
        ("The agency sent military and civilian experts to inspect the dam.", "MOBILIZE"),
        # a warning of a hardship is no threat
        ("Farmers in the district warned of crop losses.", "THREATEN"),
        ("Businesses in Gauteng warned of job losses.", "THREATEN"),
        # a return with no party in it is no release or handover
        ("The racing series returns to the coast next month.", "RETREAT"),
        # a withdrawn lawsuit is no withdrawal of forces
        ("The mining company withdrew its lawsuit against the regulator.", "RETREAT"),
        # the cause of a protest is not its actor, and a verb of outbreak needs an act noun
        ("The remarks fuelled speculation about a cabinet reshuffle.", "PROTEST"),
    ],
)
def test_event_constructions_material_look_alike_not_coded(coder, text: str, event: str) -> None:
    assert event not in _types(coder, text)


def test_event_constructions_material_cause_is_not_actor(coder) -> None:
    events = coder.code(
        "The court's verdict sparked protests by farmers.", date="2024-05-02"
    ).events
    protests = [e for e in events if e.event == "PROTEST"]
    assert protests and all("verdict" not in a.text for e in protests for a in e.actor)
    assert any("farmers" in a.text for e in protests for a in e.actor)


def test_event_constructions_material_toll_of_accident(coder) -> None:
    # "left three dead and seven injured": the toll's verb has the accident as its subject
    text = (
        "A cylinder blast in a roadside eatery in the old quarter of Kanpur left three "
        "people dead and seven injured on Tuesday morning."
    )
    assert not _types(coder, text) & {"ASSAULT", "COERCE"}


@pytest.mark.parametrize(
    ("text", "mobilized"),
    [
        # soldiers sent after a disaster told just before are relief, no show of force
        (
            "Floodwaters swept away dozens of homes in the valley. The army sent 2,000 "
            "soldiers to the district.",
            False,
        ),
        # ... but not after a word of violence
        (
            "Rebels attacked two border posts on Sunday. The army sent 2,000 soldiers to "
            "the district.",
            True,
        ),
    ],
)
def test_event_constructions_material_forces_after_disaster(
    coder, text: str, mobilized: bool
) -> None:
    assert ("MOBILIZE" in _types(coder, text)) is mobilized


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a person fired from a post (NEWS-GUIDELINES: SANCTION "fire/dismiss officials")
        ("The president fired Smith on Tuesday.", "SANCTION"),
        ("The minister was sacked after the vote.", "SANCTION"),
        # ... and shooting "on" or "at" someone, or arms fired, stays an attack
        ("Police fired on him as he fled the checkpoint.", "ASSAULT"),
        ("Soldiers fired rubber bullets at her.", "ASSAULT"),
    ],
)
def test_event_constructions_material_fired_from_post(coder, text: str, event: str) -> None:
    assert event in _types(coder, text)


def test_event_constructions_material_fired_person_no_attack(coder) -> None:
    # "on Tuesday" is a date, not the target of a shooting
    assert "ASSAULT" not in _types(coder, "The president fired Smith on Tuesday.")


@pytest.mark.parametrize(
    "text",
    [
        # capturing an abstraction is no capture by force
        "In Denver, a gray sky seemed to capture the ambiguity of the day.",
        "The exhibition in Lagos captures the ambiguity of the colonial experience.",
    ],
)
def test_event_constructions_material_abstraction_not_captured(coder, text: str) -> None:
    assert not _types(coder, text) & {"COERCE", "ASSAULT", "THREATEN"}


@pytest.mark.parametrize(
    "text",
    [
        # preventing with no party in it is no coercion
        "The injury prevented him from playing in the final.",
        "A knee injury prevented the striker from playing in the final.",
    ],
)
def test_event_constructions_material_prevent_needs_party(coder, text: str) -> None:
    assert "COERCE" not in _types(coder, text)


def test_event_constructions_material_police_prevent_march(coder) -> None:
    text = "Riot police prevented the marchers from reaching the square."
    assert "COERCE" in _types(coder, text)
