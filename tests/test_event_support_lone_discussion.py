"""A discussion by one side (CONSULT ``discuss``): one party talking a topic over with no
other side or meeting in its phrases is a talk or a body's own deliberation, no meeting of
parties; two parties, another side named (a party after "with", a recipient), a country
named as such, or a discussion serving a meeting stay
(``event_precision_support.py``); on sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "The governor discussed the plan with the mayor.",
        "The two leaders discussed trade and security.",
        "The senator said she had discussed the nominee with the president.",
        "The foreign minister discussed the crisis during talks in Paris.",
        # a recipient, or a country named as such: another side is implied
        "The United States discussed the sanctions at the Security Council.",
        "Iran discussed the nuclear deal on Monday.",
        "The governor discussed the plan with him on Monday.",
    ],
)
def test_discussion_between_sides_is_consult(rules_only, text: str) -> None:
    types = [e.event for e in events_of(rules_only, text)]
    assert "CONSULT" in types, types


@pytest.mark.parametrize(
    "text",
    [
        "The economist discussed the outlook for interest rates.",
        "The cabinet discussed the budget on Monday.",
        "The president discussed the economy in his speech.",
        # "with" before no party, a meeting noun inside the topic, the passive
        "The cabinet discussed the plan with enthusiasm.",
        "The cabinet discussed the call for new taxes on Monday.",
        "The budget was discussed by the cabinet.",
    ],
)
def test_discussion_by_one_side_is_none(rules_only, text: str) -> None:
    types = [e.event for e in events_of(rules_only, text)]
    assert "CONSULT" not in types, types
