"""A demand by a verb of requirement is a party's act: a thing that makes something needful
("the treaty requires members to report", "the flooding required crews to stay"), an
agentless passive ("are required to disclose": a standing rule) and the participle as a
modifier ("her required disclosure forms") report no demand; a named party that requires keeps its
REQUEST (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The new treaty requires member states to report their emissions each year, "
            "the minister said.",
            "requires",
        ),
        ("The flooding required rescue crews to stay in the valley overnight.", "required"),
        ("Under the statute, charities are required to disclose their largest donors.", "required"),
        (
            "The mayor announced on Friday that she had submitted her required disclosure "
            "forms to the ethics board.",
            "required",
        ),
    ],
)
def test_event_request_requirement_of_a_thing_codes_no_request(rules_only, text, trigger) -> None:
    assert ("REQUEST", trigger) not in _events(rules_only, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The finance ministry required banks to report their reserves every month.", "required"),
        ("The regulator required the airline to ground its new jets on Tuesday.", "required"),
    ],
)
def test_event_request_party_that_requires_keeps_request(rules_only, text, trigger) -> None:
    assert ("REQUEST", trigger) in _events(rules_only, text)
