"""REQUEST where a party is told to act, not where an obligation is an opinion: a "must",
"should" or "have to" under a verb of belief or inference ("who believe they must ...",
grammar class ``opinion_verb``) binds no party (NEWS-GUIDELINES.md: opinions and
predictions are no event); a demand said under a verb of saying stays. Advice given to a
party that it act ("advised the minister to step down") is an appeal (CAMEO 020, PETRARCH's
SUGGEST block); advice with no party told to act is none. Sentences written for these
tests, with invented names."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _types(coder: Coder, text: str) -> list[str]:
    return [e.event for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said he believes the town has to repave its roads.",
        "Members who believe the club ought to admit everyone were outvoted.",
        "The survey implies that rents should rise next spring.",
        "The analysts predicted that the central bank should cut rates in June.",
    ],
)
def test_event_request_opinion_obligation_is_no_request(rules_only, text) -> None:
    assert "REQUEST" not in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor said the council must resign.",
        "The envoy said the army should return the seized trucks.",
        "The senator said they have to release the detained reporters.",
        "The council insisted any new contract must allow public audits.",
        # "think" stays a verb of saying: an opinion so put is as often a demand
        "The senator said she thinks the governor should resign.",
    ],
)
def test_event_request_obligation_on_a_party_stays(rules_only, text) -> None:
    assert "REQUEST" in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The party secretary advised the chairman to resign his post.",
        "The chief justice advised the petitioners to take their case to the appeals court.",
    ],
)
def test_event_request_advice_to_act_is_a_request(rules_only, text) -> None:
    assert "REQUEST" in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The doctor advised rest and plenty of water.",
        "The firm advises clients on tax matters.",
    ],
)
def test_event_request_advice_without_an_act_is_no_request(rules_only, text) -> None:
    assert "REQUEST" not in _types(rules_only, text)
