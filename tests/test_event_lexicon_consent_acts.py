"""Consent and the course of talks (``resources/events/lexicon.txt``, ``grammar.txt``):
a measure approved or voted for is consent to it (AGREE 030, PETRARCH's ALLOW and SELECT
blocks), also where its object has an "of" phrase of its own, while approving "of" a
party, a poll's rating in the news, codes nothing; talks or negotiations that stall,
collapse, fail or are renewed are the talks reported (CONSULT). The near misses: a
ratified treaty stays SUPPORT 057, a stated vote for a person is a voter's preference,
and a thing or an act other than talks that fails or collapses is no event.
Sentences invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest


def _coded(coder: Any, text: str) -> set[tuple[str, str]]:
    return {(e.event, e.trigger.text) for e in coder.code(text, date="2024-05-02").events}


@pytest.mark.parametrize(
    ("text", "event", "trigger"),
    [
        ("The regional assembly approved the budget plan on Tuesday.", "AGREE", "approved"),
        ("Ministers approved the request for more border staff.", "AGREE", "approved"),
        ("The senate voted for the water bill after a short debate.", "AGREE", "voted"),
        ("The assembly ratified the fisheries treaty in June.", "SUPPORT", "ratified"),
        # talks with no "with" or "between" phrase: the verb of their course reports them
        ("The talks collapsed on Friday.", "CONSULT", "talks"),
        ("Negotiations over the harbour lease stalled again in April.", "CONSULT", "Negotiations"),
        # a measure whose object has its own "of" phrase is still consented to
        ("The governor approved the release of the prisoners.", "AGREE", "approved"),
        ("The cabinet approved the sale of jets to Norland.", "AGREE", "approved"),
    ],
)
def test_consent_and_talks_code(rules_only: Any, text: str, event: str, trigger: str) -> None:
    assert (event, trigger) in _coded(rules_only, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # approving a measure is no support of a party
        ("The regional assembly approved the budget plan on Tuesday.", "SUPPORT"),
        # an approval rating is no act
        ("Most residents approve of the mayor, the survey found.", "SUPPORT"),
        ("Most residents approve of the mayor, the survey found.", "AGREE"),
        # a stated vote for a person is a voter's preference
        ("The former governor said she would vote for Ortiz in November.", "AGREE"),
        ("The former governor said she would vote for Ortiz in November.", "SUPPORT"),
        # a thing that fails or collapses holds no meeting
        ("The old bridge collapsed after the storm.", "CONSULT"),
        ("The pump failed during the night.", "CONSULT"),
        # an act noun other than talks that fails or collapses is not reported as done
        ("The ceasefire collapsed.", "RETREAT"),
        ("The aid failed to arrive.", "AID"),
    ],
)
def test_consent_and_talks_near_misses(rules_only: Any, text: str, absent: str) -> None:
    assert absent not in {t for t, _ in _coded(rules_only, text)}
