"""A verb "protest" that protesters do, that a protest gathering is held for or that a
party plans is a demonstration (PROTEST, CAMEO 141), told once; a "protest" with a clause
or said by one person stays a verbal protest (ACCUSE). Violent acts told by their noun
with their victim ("the kidnapping of ...", "the poisoning of ...") are acts done, but an
illness is not; gunfire is reported by its manner or the burst it came in. Sentences
written for these tests (assault18)."""

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
    ],
)
def test_protest_as_purpose_of_a_gathering_is_one_demonstration(rules, text: str) -> None:
    types = [e.event for e in _events(rules, text)]
    assert types.count("PROTEST") == 1
    assert "ACCUSE" not in types


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
        "The senator faced a barrage of criticism over the plan.",
        "Deaths from gunfire have risen in the state, the report found.",
    ],
)
def test_illness_or_topic_noun_is_no_assault(rules, text: str) -> None:
    assert "ASSAULT" not in {e.event for e in _events(rules, text)}
