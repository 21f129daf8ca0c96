"""Co-operative acts read with their participants (issue 24, sixth pass; sentences written
for these tests): meetings hosted, huddled or scheduled are CONSULT; regretting one's own
act accuses no one; the supports of a structure are no support; a means of contact is no
actor; help between parties is aid; a phrasal verb's particle must be its own."""

from __future__ import annotations

import pytest

from eventwire import Coder
from eventwire.records import Event


def _events(coder: Coder, text: str) -> list[Event]:
    return coder.code(text, date="2024-03-08").events


def _types(coder: Coder, text: str) -> list[str]:
    return [e.event for e in _events(coder, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The chancellor welcomed the French president to Berlin on Thursday.",
        "The king welcomed the visiting premier to Amman with a state banquet.",
        "Senate leaders huddled on the spending bill late on Tuesday.",
        "Cabinet ministers huddled over the draft budget into the night.",
        "The governor huddled with union chiefs over the strike.",
    ],
)
def test_event_parties_hosting_and_huddling_are_consult(rules_only, text) -> None:
    types = _types(rules_only, text)
    assert "CONSULT" in types
    assert not {"SUPPORT", "ACCUSE"} & set(types)


@pytest.mark.parametrize(
    "text",
    [
        "The two presidents were expected to discuss border security at a summit next week.",
        "The envoys are scheduled to confer with the rebel commanders in Oslo on Friday.",
        "The negotiators are slated to meet the mediators in Cairo next week.",
    ],
)
def test_event_parties_scheduled_meeting_is_future_consult(rules_only, text) -> None:
    found = [e for e in _events(rules_only, text) if e.event == "CONSULT"]
    assert found and "future" in found[0].aux
    assert "AGREE" not in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "Refugees huddled in the church overnight.",
        "Lenders cheered the rebound in exports.",
        "The mayor welcomed the move to the new stadium.",
    ],
)
def test_event_parties_no_meeting_without_parties(rules_only, text) -> None:
    assert "CONSULT" not in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry regretted its decision to close the embassy.",
        "The president said he regretted his comments about the judge.",
        "The senator regrets having voted for the war.",
        "We regret that we misjudged the threat, the commander said.",
        "The party rued its choice of candidate.",
    ],
)
def test_event_parties_regret_of_own_act_accuses_no_one(rules_only, text) -> None:
    assert "ACCUSE" not in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister regretted the opposition's decision to boycott the vote.",
        "The mayor regretted that the council had ignored the warnings.",
    ],
)
def test_event_parties_regret_of_anothers_act_still_accuses(rules_only, text) -> None:
    assert "ACCUSE" in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "Engineers found that the bridge's cracked supports had rusted.",
        "Inspectors said the tower's steel supports were sound.",
        "Workers replaced the supports of the roof after the storm.",
        "Two concrete pillars support the deck of the viaduct.",
    ],
)
def test_event_parties_supports_of_a_structure_are_no_support(rules_only, text) -> None:
    assert "SUPPORT" not in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese and Russian leaders conferred by phone on Friday.",
        "The two foreign ministers conferred by video link on Monday.",
        "The envoys conferred by telephone about the hostages.",
    ],
)
def test_event_parties_means_of_contact_is_no_actor(rules_only, text) -> None:
    found = [e for e in _events(rules_only, text) if e.event == "CONSULT"]
    assert found
    means = {"phone", "video", "link", "telephone", "video link"}
    assert all(r.text.lower() not in means for e in found for r in e.actor)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Washington would help Kenya build its counterterrorism capabilities.",
            "Washington",
            "Kenya",
        ),
        ("France helped the rebels to train their fighters.", "France", "the rebels"),
        ("Germany has helped Ukraine repair its power grid.", "Germany", "Ukraine"),
    ],
)
def test_event_parties_help_between_parties_is_aid(rules_only, text, actor, recipient) -> None:
    found = [e for e in _events(rules_only, text) if e.event == "AID"]
    assert found
    assert [r.text for r in found[0].actor] == [actor]
    assert [r.text for r in found[0].recipient] == [recipient]


@pytest.mark.parametrize(
    "text",
    [
        "The artillery would help the Saudis modernize their army.",
        "The loan helped Egypt pay its debts.",
        "The guide helped the visitors understand the exhibits.",
        "Perhaps they can help a tourist understand the anger of a protester in Boston.",
    ],
)
def test_event_parties_help_without_two_parties_is_no_aid(rules_only, text) -> None:
    assert not {"AID", "AGREE"} & set(_types(rules_only, text))


@pytest.mark.parametrize(
    "text",
    [
        "She said the rebels died to give the people freedom in the republic.",
        "The minister lifted the curfew to give residents a chance to shop in the city.",
    ],
)
def test_event_parties_particle_of_another_phrase_is_no_giving_in(rules_only, text) -> None:
    found = [e for e in _events(rules_only, text) if e.rule and e.rule.startswith("give in")]
    assert not found


def test_event_parties_giving_in_still_concedes(rules_only) -> None:
    assert "CONCEDE" in _types(rules_only, "The opposition finally gave in to the demands.")
