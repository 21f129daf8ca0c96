"""A verb "protest" that protesters do, that a protest gathering is held for or that a
crowd or a union plans is a demonstration (PROTEST, CAMEO 141), told once; a "protest"
with a clause or said by one person stays a verbal protest (ACCUSE). Violent acts told
by their noun with their victim ("the kidnapping of ...", "the poisoning of ...") are acts
done, but an illness or a topic is not; gunfire is reported by its manner or the burst it
came in. Sentences written for these tests (assault18, review27a, review27d)."""

from __future__ import annotations

import pytest


def _events(c, text: str) -> list:
    return c.code(text, date="2024-03-08").events


@pytest.mark.parametrize(
    "text",
    [
        "Police clashed with demonstrators who were protesting the fee increase.",
        "The teachers union plans to protest the vote in the capital on Thursday.",
        "The farmers' movement intends to protest the new tariffs outside parliament.",
    ],
)
def test_protest_by_protesters_or_planned_is_a_demonstration(rules, text: str) -> None:
    types = [e.event for e in _events(rules, text)]
    assert "PROTEST" in types
    assert "ACCUSE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Activists held a march to protest the ruling against the governor.",
        "Hundreds of students joined a rally on Monday to protest the new tuition law.",
        "The drivers' guild announced a rally to protest the fuel levy.",
    ],
)
def test_protest_as_purpose_of_a_gathering_is_one_demonstration(rules, text: str) -> None:
    types = [e.event for e in _events(rules, text)]
    assert types.count("PROTEST") == 1
    assert "ACCUSE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The senator plans to protest the zoning decision with a formal appeal.",
        "The growers' association intends to protest the quota by petition.",
        "The firm intends to protest the penalty through the usual legal channels.",
        "Halvorsen plans to protest the levy at the next board meeting.",
        "Riot police broke up a demonstration to protest the count in the district.",
        "The Green Harbour party plans to protest the boundary changes before the chamber.",
        "The Green Harbour party plans to protest the boundary changes at the assembly.",
    ],
)
def test_protest_planned_by_one_party_or_under_a_broken_gathering_stays_verbal(
    rules, text: str
) -> None:
    """A person, a firm, a political party (it protests in a chamber as often as in the
    street; review27d) or a protest in writing plans no demonstration, and a gathering
    broken up by the police is not the police's demonstration: "protest" stays in words."""
    events = _events(rules, text)
    assert "ACCUSE" in {e.event for e in events}
    assert not any("protesters protest" in (e.rule or "") for e in events)


def test_protest_on_a_filed_complaint_is_no_demonstration(rules) -> None:
    """A protest filed is a complaint: the "protest" after it is no gathering's purpose."""
    events = _events(rules, "The club filed a protest to protest the umpire's decision.")
    assert [e.cameo for e in events if e.event == "PROTEST"].count("141") == 0


def test_protest_hanging_on_its_gathering_is_told_once(rules) -> None:
    """ "a protest to protest ..." parsed with the verb on the noun (acl): one event."""
    events = _events(rules, "Students walked out in a protest to protest the fee rise.")
    assert len([e for e in events if e.event == "PROTEST"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The minister protested that the report was unfair to the ministry.",
        "The senator protested the remarks, calling them unfair.",
    ],
)
def test_protest_in_words_stays_verbal(rules, text: str) -> None:
    types = [e.event for e in _events(rules, text)]
    assert "ACCUSE" in types
    assert "PROTEST" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Several countries recalled their envoys after the poisoning of a defector.",
        "The kidnapping of two aid workers in the north was condemned by the United Nations.",
        "Rights groups documented the torture of detainees at the prison.",
        "Residents of the village fled a burst of gunfire near the market late on Sunday.",
        "More heavy gunfire was reported in the northern province overnight.",
    ],
)
def test_violent_act_noun_marked_or_with_victim_is_an_assault(rules, text: str) -> None:
    assert "ASSAULT" in {e.event for e in _events(rules, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of guests were treated for food poisoning after the wedding.",
        "Children in the old district suffered lead poisoning for years.",
        "The senator has spoken often about torture in her speeches.",
        "Diplomats feared the killing of more villagers in the mountains.",
        "Salmonella poisoning sickened dozens of guests at the banquet.",
        "The poisoning of the reservoir by farm runoff was severe last summer.",
        "Deaths from gunfire have risen in the state, the report found.",
    ],
)
def test_illness_or_topic_noun_is_no_assault(rules, text: str) -> None:
    assert "ASSAULT" not in {e.event for e in _events(rules, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The new statute provides for automatic deportation after a second offence.",
        "The bill ends automatic detention for first offenders.",
        "A barrage of attacks on the chancellor followed her budget speech.",
        "A flurry of killings shook the market town that spring.",
    ],
)
def test_mark_or_burst_of_fire_marks_no_other_act(rules, text: str) -> None:
    """ "automatic", "a barrage of", "a flurry of": marks of gunfire, not of a deportation
    or of attacks and killings in general."""
    rules_told = " ".join(e.rule or "" for e in _events(rules, text))
    assert not any(m in rules_told for m in ("automatic", "barrage of", "flurry of"))
