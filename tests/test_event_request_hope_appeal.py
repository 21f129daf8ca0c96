"""A hope voiced by the speaker that another party act is an appeal to that party
(REQUEST, CAMEO 020; the ``hope that_clause`` row and annotators/event_precision_hope.py);
a third party's hope, a hope about a thing, a hope of one's own act and a hope for a
party's state or for what is past appeal to no one (sentences written for these tests,
with invented names)."""

from __future__ import annotations

import pytest
from helpers import events_of


def _hope_requests(coder, text: str) -> list[str]:
    return [e.trigger.text for e in events_of(coder, text) if e.event == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        '"I hope the council will drop its lawsuit," the mayor said.',
        '"I hope the board will release the prisoners," the headmaster said.',
        '"We hope they free the hostages," the envoy said.',
    ],
)
def test_event_request_hope_of_another_party_is_an_appeal(rules_only, text) -> None:
    assert "hope" in _hope_requests(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials hope the economy will recover next year.",
        '"We hope we will sign the deal soon," the minister said.',
        '"I hope it works," the senator said.',
        "The mayor hopes the council will drop its lawsuit.",
        # a state or the past hoped for asks no act of anyone (fixd26)
        '"I hope the judges were mistaken," the lawyer said.',
        '"We hope the governor feels better soon," a spokesman said.',
        '"I hope the villagers remain safe," the bishop said.',
        '"I hope the board has learned its lesson," the senator said.',
    ],
)
def test_event_request_hope_of_no_other_party_is_no_appeal(rules_only, text) -> None:
    assert "hope" not in _hope_requests(rules_only, text)
