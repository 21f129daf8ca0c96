"""Material acts and their look-alikes, fourth pass (issue 24).

Contests for votes, posts, prizes or markets told in words of war are no attack; a
resignation from a firm or to take up something else yields to no one, where an
official's resignation does; a court's act or trading suspended and a person pulled out
of a place are no sanction or retreat; a legislature's floor taken over is a sit-in;
arrest, detention or deportation faced is coercion undergone. Every sentence was written
for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest


def _events(coder: Any, text: str) -> list[Any]:
    return [e for e in coder.code(text, date="2024-05-02").events if "negation" not in e.aux]


def _types(coder: Any, text: str) -> set[str]:
    return {e.event for e in _events(coder, text)}


@pytest.mark.parametrize(
    "text",
    [
        # electoral, sporting and business senses of the verbs of war
        "The governor is battling the senator for the nomination in a crowded field.",
        "Both candidates are fighting for votes in the suburbs this week.",
        "The mayor battled two rivals for the party's endorsement.",
        "The two retailers are fighting a price war over holiday sales.",
        "Beijing says it is ready to wage a tariff war if talks fail.",
        "He beat his rival in the runoff election last month.",
        "The campaign hopes to execute its strategy before the convention.",
        "The bank executed the trade in seconds.",
        # losses and damage are inflicted by markets and scandals as often
        "The tariffs inflicted heavy losses on farmers.",
        "The scandal inflicted lasting damage on his campaign.",
    ],
)
def test_event_lexicon_contest_is_no_assault(rules_only: Any, text: str) -> None:
    assert "ASSAULT" not in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        # the same verbs with force still code the attack
        "Rebels battled government troops for control of the airport.",
        "Militants fought soldiers near the border for three days.",
        "Gunmen beat a journalist outside his home.",
        "The regime executed three dissidents on Monday.",
    ],
)
def test_event_lexicon_force_stays_assault(rules_only: Any, text: str) -> None:
    assert "ASSAULT" in _types(rules_only, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a court's act or trading suspended, a person pulled out of a place
        ("The exchange suspended trading in the company's shares.", "SANCTION"),
        ("The judge suspended the hearing until Monday.", "SANCTION"),
        ("Rescuers pulled her out of the rubble.", "RETREAT"),
    ],
)
def test_event_lexicon_figurative_sense_not_coded(rules_only: Any, text: str, event: str) -> None:
    assert event not in _types(rules_only, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the same verbs with a party's forces or property
        ("The government suspended aid to the junta.", "SANCTION"),
        ("The United States pulled its troops out of the country.", "RETREAT"),
    ],
)
def test_event_lexicon_literal_sense_coded(rules_only: Any, text: str, event: str) -> None:
    assert event in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The chief financial officer resigned to pursue other interests.",
        "She resigned as chief executive of the retailer last year.",
        "The editor resigned from the magazine after the dispute.",
        "The coach resigned after a losing season.",
    ],
)
def test_event_lexicon_private_resignation_is_no_retreat(rules_only: Any, text: str) -> None:
    assert "RETREAT" not in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister resigned under pressure from parliament.",
        "The defense secretary resigned on Friday.",
    ],
)
def test_event_lexicon_official_resignation_coded(rules_only: Any, text: str) -> None:
    assert "RETREAT" in _types(rules_only, text)


@pytest.mark.parametrize(
    ("text", "event", "recipient"),
    [
        # a legislature's floor taken over: a sit-in
        ("Opposition lawmakers occupied the floor of the assembly overnight.", "PROTEST", None),
        ("Democrats seized the chamber floor and refused to leave.", "PROTEST", None),
        ("Dozens of legislators took over the speaker's podium.", "PROTEST", None),
        # arrest, detention or deportation faced: the subject undergoes it
        ("The activists face deportation if their appeal fails.", "COERCE", "The activists"),
        ("The journalist faces arrest on his return home.", "COERCE", "The journalist"),
        ("Hundreds of migrants face detention under the new rules.", "COERCE", None),
        ("The former minister faces a long prison sentence.", "COERCE", None),
        ("The refugees now face the threat of expulsion.", "COERCE", None),
        # casualties inflicted, active and reduced relative
        ("Government artillery inflicted heavy casualties on the rebels.", "ASSAULT", None),
        ("Civilian deaths inflicted by the militia have risen.", "ASSAULT", None),
        # an outlet taken off the air
        ("The regulator took the independent television station off the air.", "COERCE", None),
    ],
)
def test_event_lexicon_material_act_coded(
    rules_only: Any, text: str, event: str, recipient: str | None
) -> None:
    found = [e for e in _events(rules_only, text) if e.event == event]
    assert found, text
    if recipient is not None:
        assert recipient in [r.text for e in found for r in e.recipient]


@pytest.mark.parametrize(
    "text",
    [
        # speaking from the floor is no sit-in; a charge faced is an accusation
        "The senator took the floor to defend the bill.",
        "The speaker opened the floor to questions.",
    ],
)
def test_event_lexicon_floor_without_takeover_is_no_protest(rules_only: Any, text: str) -> None:
    assert "PROTEST" not in _types(rules_only, text)
