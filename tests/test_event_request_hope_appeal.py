"""A hope voiced by the speaker that another party act is an appeal to that party
(REQUEST, CAMEO 020; the ``hope that_clause`` row and annotators/event_precision_hope.py);
a third party's hope, a hope about a thing and a hope of one's own act appeal to no one
(sentences written for these tests, with invented names)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    "text",
    [
        '"I hope the council will drop its lawsuit," the mayor said.',
        '"And I hope the senators are watching closely," the governor said.',
        '"We hope they free the hostages," the envoy said.',
    ],
)
def test_event_request_hope_of_another_party_is_an_appeal(rules_only, text) -> None:
    assert ("REQUEST", "hope") in _events(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials hope the economy will recover next year.",
        '"We hope we will sign the deal soon," the minister said.',
        '"I hope it works," the senator said.',
        "The mayor hopes the council will drop its lawsuit.",
    ],
)
def test_event_request_hope_of_no_other_party_is_no_appeal(rules_only, text) -> None:
    assert ("REQUEST", "hope") not in _events(rules_only, text)
