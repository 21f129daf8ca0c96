"""REQUEST from a reported obligation, two constructions (request16):

- a "must" or "should" on a passive clause asks the act of someone not named ("said the
  detained editor must be freed": the editor undergoes the release), a REQUEST by the
  speaker that takes the act demanded; with "should" only where the clause's verb is an
  event word (grammar class ``firm_obligation``: "said the results should be known by
  Friday" may be a forecast), and not in the perfect ("should have been freed" looks back),
  nor where the passive's verb is one of thinking, seeing or remembering (grammar class
  ``cognition_verb``: "the defeat must be regarded as a lesson" is a view) or its subject
  a dummy "it" standing for a clause ("it must be stressed that ..."); the one asked is not
  named, so the REQUEST has no recipient unless the verb of saying addresses someone;
- "think" over a reported obligation is a view where the speaker says it of their own mind
  ("I think the county has to pay") or a relative clause describes who holds it ("residents who
  think the county should pay"): grammar classes ``opinion_hedge`` and ``hedge_subject``;
  "said she thinks the governor should resign" stays a demand
  (test_event_request_opinions_advice.py).

Sentences written for these tests, with invented names."""

from __future__ import annotations

import pytest
from helpers import events_of


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
    assert "REQUEST" in [e.event for e in events_of(rules_only, text)]


def test_event_request_passive_obligation_takes_the_act(rules_only) -> None:
    """The REQUEST takes the act asked for (the release, no RETREAT of its own) and names
    no recipient: the editor undergoes the release, the one asked to free him is unnamed."""
    events = events_of(rules_only, "The opposition chief said the detained editor must be freed.")
    assert [e.event for e in events] == ["REQUEST"]
    request = events[0]
    assert "absorbs free" in (request.rule or "")
    assert request.cameo == "100"
    assert [a.text for a in request.actor] == ["The opposition chief"]
    assert request.recipient == []


def test_event_request_passive_obligation_keeps_the_addressee(rules_only) -> None:
    """A verb of saying that addresses a party names whom the demand is made of."""
    events = events_of(
        rules_only, "The opposition chief told the governor the detained editor must be freed."
    )
    assert [e.event for e in events] == ["REQUEST"]
    assert [r.text for r in events[0].recipient] == ["the governor"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the results should be known by Friday.",
        "The spokesman said the new bridge should be finished next year.",
        "The senator said the two prisoners should have been freed years ago.",
        # a passive of the mind states a view (grammar class cognition_verb)
        "The coach said the defeat must be regarded as a lesson.",
        "The envoy said the truce must be seen as fragile.",
        # a dummy "it" standing for the clause after the verb asks nothing of anyone
        "The minister said it must be stressed that the harbour was never closed.",
    ],
)
def test_event_request_passive_forecast_regret_or_view_is_no_request(rules_only, text) -> None:
    assert "REQUEST" not in [e.event for e in events_of(rules_only, text)]


@pytest.mark.parametrize(
    "text",
    [
        '"I think the council has to raise the levy," the mayor said.',
        '"She dismissed the residents who think the county should pay," the aide said.',
    ],
)
def test_event_request_hedged_opinion_is_no_request(rules_only, text) -> None:
    assert "REQUEST" not in [e.event for e in events_of(rules_only, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The senator said she thinks the governor should resign.",
        '"The governor should resign," the senator said.',
    ],
)
def test_event_request_obligation_said_of_a_party_stays(rules_only, text) -> None:
    assert "REQUEST" in [e.event for e in events_of(rules_only, text)]
