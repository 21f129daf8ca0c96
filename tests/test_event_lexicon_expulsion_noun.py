"""The noun of expelling diplomats, envoys, inspectors or forces is SANCTION `expel`, as its
verb rows are (CAMEO 166 and its children, SANCTION in the CAMEO -> PLOVER table): its
"of" phrase is its object. Expelling other people stays COERCE `deport` (CAMEO 174).
Sentences written for these tests; the rules are tested with the learned filter off."""

from __future__ import annotations

import pytest


def _types(c, text: str) -> set[str]:
    return {e.event for e in c.code(text, date="2024-03-08").events}


@pytest.mark.parametrize(
    "text",
    [
        "The government announced the expulsion of twelve Iranian diplomats on Monday.",
        "Moscow's expulsion of the Dutch envoy came after the spy case.",
        "The expulsion of the UN inspectors by the regime drew wide criticism.",
        "The junta announced the expulsion of the French troops within a month.",
    ],
)
def test_event_lexicon_expulsion_of_officials_is_sanction(rules, text: str) -> None:
    assert "SANCTION" in _types(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "The expulsion of migrants from the camp began on Monday.",
        "Police carried out the expulsion of the squatters from the building.",
    ],
)
def test_event_lexicon_expulsion_of_others_is_no_sanction(rules, text: str) -> None:
    assert "SANCTION" not in _types(rules, text)
