"""REQUEST from a reported obligation, two constructions (request16):

- a "must" or "should" on a passive clause asks the act of someone not named ("said the
  detained editor must be freed": the editor undergoes the release), a REQUEST by the
  speaker that takes the act demanded; with "should" only where the clause's verb is an
  event word (grammar class ``firm_obligation``: "said the results should be known by
  Friday" may be a forecast), and not in the perfect ("should have been freed" looks back);
- "think" over a reported obligation is a view where the speaker says it of their own mind
  ("I think the county has to pay") or a relative clause describes who holds it ("residents who
  think the county should pay"): grammar classes ``opinion_hedge`` and ``hedge_subject``;
  "said she thinks the governor should resign" stays a demand
  (test_event_request_opinions_advice.py).

Sentences written for these tests, with invented names."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _types(coder: Coder, text: str) -> list[str]:
    return [e.event for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition chief told reporters the detained editor must be freed.",
        '"The jailed blogger should be released at once," the rights group said.',
        "The union insisted that the dismissed strikers should be reinstated.",
        '"The licensing agency must be shut down," the senator said.',
    ],
)
def test_event_request_passive_obligation_is_a_request(rules_only, text) -> None:
    assert "REQUEST" in _types(rules_only, text)


def test_event_request_passive_obligation_takes_the_act(rules_only) -> None:
    events = rules_only.code(
        "The opposition chief told reporters the detained editor must be freed.", date="2024-03-08"
    ).events
    assert [e.event for e in events] == ["REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the results should be known by Friday.",
        "The spokesman said the new bridge should be finished next year.",
        "The senator said the two prisoners should have been freed years ago.",
    ],
)
def test_event_request_passive_forecast_or_regret_is_no_request(rules_only, text) -> None:
    assert "REQUEST" not in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        '"I think the council has to raise the levy," the mayor said.',
        '"She dismissed the residents who think the county should pay," the aide said.',
    ],
)
def test_event_request_hedged_opinion_is_no_request(rules_only, text) -> None:
    assert "REQUEST" not in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator said she thinks the governor should resign.",
        '"The governor should resign," the senator said.',
    ],
)
def test_event_request_obligation_said_of_a_party_stays(rules_only, text) -> None:
    assert "REQUEST" in _types(rules_only, text)
