"""Verbal acts of political news read by lexicon rows and parse shapes (issue 24, verbal7):
a claim debunked (criticism of its maker), rising against a party's authority (a
refusal), counter-measures taken or vowed (SANCTION, or THREATEN when vowed), a
judgement named with its complement parsed as an apposition or a second object ("called
the governor's plan a disaster"), "ought to" as an obligation a reported clause lays on
its subject, a necessity said with a dummy "it" ("told reporters it is time to reopen
the crossings": a demand on no one named; with "time" only a change of policy), and
praise and appeals undergone ("drew praise from", "faced calls to resign from"), chairing
a meeting, being open to talks and convincing a party to act, a fault said to be a
party's ("said it was the council's fault"), and rulings overturned and bills stalled;
with the look-alikes that are no such act.
Sentences written for these tests, with invented names."""

from __future__ import annotations

import pytest
from helpers import events_of


def _types(coder, text: str) -> list[str]:
    return [e.event for e in events_of(coder, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fact-checking site debunked the senator's claim about the budget.", "ACCUSE"),
        ("The governor has rebelled against the party leadership.", "REJECT"),
        ("Beijing took countermeasures against the tariffs.", "SANCTION"),
        ("The ministry vowed to take countermeasures against the new duties.", "THREATEN"),
        ("The mayor called the governor's plan a disaster.", "ACCUSE"),
        ("The mayor called the governor's plan a success.", "SUPPORT"),
    ],
)
def test_event_verbal_act_coded(coder, text: str, expected: str) -> None:
    assert expected in _types(coder, text), text


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a myth exposed, no party's claim
        ("The new study debunked the myth that coffee stunts growth.", "ACCUSE"),
        # a teenager against his parents: no party's authority
        ("The teenager rebelled against his parents.", "REJECT"),
        # a measure or a step alone is any policy
        ("The city will take further steps to improve the roads.", "THREATEN"),
        ("The hospital will take further measures to cut waiting times.", "THREATEN"),
        ("The government took strong measures to contain the outbreak.", "SANCTION"),
        # a call by telephone with an apposition to the one called
        ("The mayor called the governor's aide, a former banker.", "ACCUSE"),
        # the speaker's own obligation is no demand on another
        ('"We ought to rebuild the old bridge next year," Governor Ann Pike said.', "REQUEST"),
    ],
)
def test_event_verbal_look_alike_left_alone(coder, text: str, absent: str) -> None:
    assert absent not in _types(coder, text), text


@pytest.fixture(scope="module")
def rules_coder():
    """A Coder without the learned filter: what the rules propose."""
    from eventwire import Coder

    return Coder({"event_filter": False})


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ida Marsh said the council ought to resign.",
        '"The ministry ought to release the report," the senator said.',
    ],
)
def test_event_verbal_ought_is_a_demand_on_its_subject(rules_coder, text: str) -> None:
    found = [e for e in events_of(rules_coder, text) if e.event == "REQUEST"]
    assert found, text
    assert (found[0].rule or "").startswith("speech+obligation")
    assert found[0].recipient


def test_event_verbal_naming_complement_judges_the_owner(coder) -> None:
    text = "Senator Hal Brook called Governor Nina Park's budget a disaster."
    found = [e for e in events_of(coder, text) if e.event == "ACCUSE"]
    assert found
    assert any("Brook" in a.text for a in found[0].actor)
    assert any("Park" in r.text for r in found[0].recipient)


@pytest.mark.parametrize(
    ("text", "expected", "actor"),
    [
        ("Governor Nina Park drew praise from the teachers' union.", "SUPPORT", "union"),
        ("Senator Hal Brook faced calls to resign from party leaders.", "REQUEST", ""),
    ],
)
def test_event_verbal_undergone_praise_and_appeals(
    coder, text: str, expected: str, actor: str
) -> None:
    found = [e for e in events_of(coder, text) if e.event == expected]
    assert found, text
    assert any(("Park" in r.text or "Brook" in r.text) for r in found[0].recipient)
    assert not actor or any(actor in a.text for a in found[0].actor)


@pytest.mark.parametrize(
    "text",
    [
        "The senator received military support from the neighbouring state.",
        "The hospital faced pressure from rising costs.",
        "The governor received a call from the president.",
    ],
)
def test_event_verbal_undergone_look_alikes(coder, text: str) -> None:
    kinds = _types(coder, text)
    assert "SUPPORT" not in kinds and "REQUEST" not in kinds, text


@pytest.mark.parametrize(
    "text",
    [
        "The union leader told reporters that it is time to reopen the border crossings.",
        "At the rally, Councillor Tam Rees argued it was urgent to repeal the water levy.",
    ],
)
def test_event_verbal_impersonal_necessity_is_a_demand_on_no_one(rules_coder, text) -> None:
    found = [e for e in events_of(rules_coder, text) if e.event == "REQUEST"]
    assert found, text
    assert (found[0].rule or "").startswith("speech+obligation")
    assert found[0].recipient == []


@pytest.mark.parametrize(
    "text",
    [
        "The union leader told reporters that it is not time to reopen the border crossings.",
        "Councillor Tam Rees argued it was time for a fresh start.",
        "Councillor Tam Rees argued it was necessary to note that the count was early.",
        "Councillor Tam Rees argued it was important to note that the count was early.",
        # "time" demands only a change of policy (grammar class policy_change)
        "After the final whistle the captain said it was time to celebrate.",
        "Councillor Tam Rees said it was time to go home and rest.",
        "The cook told the guests that it is time to eat.",
    ],
)
def test_event_verbal_impersonal_necessity_look_alikes(rules_coder, text: str) -> None:
    demands = [e for e in events_of(rules_coder, text) if "speech+obligation" in (e.rule or "")]
    assert demands == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister Eva Lind presided over a summit of regional leaders.", "CONSULT"),
        ("Senator Hal Brook convinced the governor to veto the bill.", "REQUEST"),
        ("The cabinet is open to fresh negotiations with the insurgents, an envoy said.", "AGREE"),
    ],
)
def test_event_verbal_meetings_and_persuasion(coder, text: str, expected: str) -> None:
    assert expected in _types(coder, text), text


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The judge presided over the trial.", "CONSULT"),
        ("The chairman presided over the company's growth.", "CONSULT"),
        ("Senator Hal Brook is convinced that the economy will recover.", "REQUEST"),
    ],
)
def test_event_verbal_meetings_and_persuasion_look_alikes(coder, text: str, absent: str) -> None:
    assert absent not in _types(coder, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Senator Hal Brook insisted that this had been the ministry's fault all along.",
        '"It was the council\'s fault," Mayor Rosa Quint said.',
    ],
)
def test_event_verbal_fault_said_blames_its_owner(coder, text: str) -> None:
    found = [e for e in events_of(coder, text) if e.event == "ACCUSE"]
    assert found, text
    assert (found[0].rule or "") == "evaluation: accusation fault"
    assert any(("ministry" in r.text or "council" in r.text) for r in found[0].recipient)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Rosa Quint said it was not the council's fault.",
        "Mayor Rosa Quint said it was her own fault.",
        '"It is my fault," Mayor Rosa Quint said.',
    ],
)
def test_event_verbal_fault_look_alikes(coder, text: str) -> None:
    assert "ACCUSE" not in _types(coder, text), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The high court overturned the senator's conviction.", "REJECT"),
        ("The senate stalled the nomination for months.", "REJECT"),
    ],
)
def test_event_verbal_rulings_undone_and_stalled(coder, text: str, expected: str) -> None:
    assert expected in _types(coder, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The boat overturned in the storm.",
        "The economy stalled last year.",
        "Talks stalled over the border.",
    ],
)
def test_event_verbal_rulings_look_alikes(coder, text: str) -> None:
    assert "REJECT" not in _types(coder, text), text


def test_event_verbal_own_decision_reversed_is_no_refusal(rules_coder) -> None:
    kinds = _types(rules_coder, "The ministry reversed its decision to close the school.")
    assert "REJECT" not in kinds
