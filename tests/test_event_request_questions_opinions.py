"""REQUEST only where a party is asked to act: the interview's question, put by no one
named ("was asked about the budget", "was asked whether she would run", "was asked the
same question"), is no request (``question`` row of senses.tsv), while a party's inquiry
stays; seeking an office ("seeking the nomination") is running for it, no demand
(``contest`` row of seek); a reported "should be able to" says what a party may do, no
demand (annotators/event_precision_public.py). The near misses, a party asked to act or a
demand said, stay REQUEST (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _types(coder: Coder, text: str) -> list[str]:
    return [e.event for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    "text",
    [
        "The senator was asked about the new pipeline during a radio interview.",
        "The city treasurer was asked about the budget gap on Tuesday.",
        "The minister was asked on Monday whether the budget would grow.",
        "The mayor's office was asked the same question twice.",
        "The questions asked of the two finalists were long.",
    ],
)
def test_event_request_interview_question_is_no_request(rules_only, text) -> None:
    assert "REQUEST" not in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The union asked the court to block the new law.",
        "The appeals court was asked by the ministry to suspend the ruling.",
        "The police are asking for help in finding the missing truck.",
        "The village council asked the province for a loan.",
        "The president asked Congress to approve the funds.",
        # a party's inquiry of another party: a question is the interview's only in the
        # passive with no one named who asks
        "The foreign ministry asked the embassy about the detained sailors.",
        "Two senators asked whether the agency had shared its files with the police.",
        "The governor was asked by the council whether she would delay the vote.",
    ],
)
def test_event_request_party_asked_to_act_stays(rules_only, text) -> None:
    assert "REQUEST" in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor has been seeking the Republican nomination since May.",
        "A senator seeking the presidency opened an office in Iowa.",
        "The former mayor is seeking a seat in the state senate.",
    ],
)
def test_event_request_seeking_office_is_no_request(rules_only, text) -> None:
    assert "REQUEST" not in _types(rules_only, text)


def test_event_request_seeking_a_party_act_stays(rules_only) -> None:
    text = "The government sought the extradition of the banker from the neighbouring state."
    assert "REQUEST" in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor says residents should be able to fish in the lake at night.",
        "The mayor said parents should be able to choose the school.",
    ],
)
def test_event_request_should_be_able_is_no_request(rules_only, text) -> None:
    assert "REQUEST" not in _types(rules_only, text)


def test_event_request_must_be_able_stays_a_demand(rules_only) -> None:
    # "must be able to" binds a party to a capacity it is told to have: still a demand
    text = "The envoy said the port authority must be able to unload the aid ships by Friday."
    assert "REQUEST" in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the rebels must lay down their arms.",
        "The governor said the council should resign.",
        "The opposition leader insisted the vote be held in May.",
    ],
)
def test_event_request_said_demand_stays(rules_only, text) -> None:
    assert "REQUEST" in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "A port clerk, who requested anonymity, told us the ledger was forged.",
        "A customs inspector, pleading anonymity, told us the crates were never opened.",
    ],
)
def test_event_request_source_anonymity_is_no_request(rules_only, text) -> None:
    assert "REQUEST" not in _types(rules_only, text)


def test_event_request_requested_ceasefire_stays(rules_only) -> None:
    assert "REQUEST" in _types(rules_only, "The rebels requested a ceasefire on Sunday.")
