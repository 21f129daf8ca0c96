"""Request19's constructions, on sentences of our own: a pronoun object read on the thing
it stands for ("has not released them": the figures), the reporter's "no comment" after
"refuse", a court's order to pay a penalty (SANCTION, not REQUEST), and a demonstrative
called untrue in a quote (the speaker's REJECT of the claim)."""

from __future__ import annotations

from typing import Any

import pytest


def _types(rules: Any, text: str) -> list[str]:
    return [e.event for e in rules.code(text, date="2024-03-05").events]


@pytest.mark.parametrize(
    "text",
    [
        "The bureau, which gathers the crime statistics, has not yet released them.",
        "The aides kept the transcripts of the speeches. They will not release them.",
        "The agency wrote a long report but has not released it.",
    ],
)
def test_pronoun_for_a_document_releases_no_one(rules: Any, text: str) -> None:
    types = _types(rules, text)
    assert "RETREAT" not in types and "REJECT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The rebels took the hostages to the mountains. They released them on Friday.",
        "The police detained the protesters and later released them.",
    ],
)
def test_pronoun_for_people_is_still_a_release(rules: Any, text: str) -> None:
    assert "RETREAT" in _types(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "The foundation refused to comment on the donations.",
        "The ministry refused to elaborate.",
    ],
)
def test_refused_to_comment_is_no_refusal(rules: Any, text: str) -> None:
    assert "REJECT" not in _types(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry refused to meet the envoy.",
        "The ministry refused to name the suspects.",
        "The rebels refused to release the prisoners.",
    ],
)
def test_refusals_of_acts_and_facts_stay(rules: Any, text: str) -> None:
    assert "REJECT" in _types(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "The court ordered the company to pay $5 million in damages.",
        "The judge ordered the two men to pay a fine of $500.",
        "The firm was ordered to pay damages to the families.",
    ],
)
def test_order_to_pay_a_penalty_is_a_sanction(rules: Any, text: str) -> None:
    types = _types(rules, text)
    assert "SANCTION" in types and "REQUEST" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The president ordered the treasury to pay the workers' salaries.",
        "The governor ordered the ministry to pay the teachers.",
    ],
)
def test_order_to_pay_no_penalty_stays_a_request(rules: Any, text: str) -> None:
    types = _types(rules, text)
    assert "REQUEST" in types and "SANCTION" not in types


@pytest.mark.parametrize(
    "text",
    [
        '"That is absolutely false," the spokesman said.',
        '"This is a complete fabrication," the minister told reporters.',
    ],
)
def test_demonstrative_called_untrue_is_a_denial(rules: Any, text: str) -> None:
    assert "REJECT" in _types(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        '"That is wrong," the senator said of the pension cuts.',
        '"That is not false," the spokesman said.',
    ],
)
def test_demonstrative_judged_otherwise_is_no_denial(rules: Any, text: str) -> None:
    assert "REJECT" not in _types(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor has stayed silent amid calls for the governor to resign.",
        "The senators kept quiet amid growing calls for the minister to step down.",
    ],
)
def test_calls_for_a_party_to_act_are_a_request(rules: Any, text: str) -> None:
    assert "REQUEST" in _types(rules, text)


def test_calls_as_telephone_calls_are_no_request(rules: Any) -> None:
    text = "The office took dozens of calls from worried parents on Monday."
    assert "REQUEST" not in _types(rules, text)
