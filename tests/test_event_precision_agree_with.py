"""Agreeing with a person or with what was said or thought ("I agree with him", "agreed
with the governor's assessment") is a view shared, an opinion that NEWS-GUIDELINES.md
does not label, not an AGREE (``annotators/event_precision_news.py``, classes
``answer``, ``idea``, ``speech`` and ``conduct`` of ``object_classes.txt``); agreeing
with a party to or on an act stays AGREE. Sentences written for these tests, not taken
from any article."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "I totally agree with him, the governor said.",
        "Most voters agree with the candidate's assessment of the economy.",
        "Many delegates agreed with her remarks about the budget.",
    ],
)
def test_view_shared_is_no_agreement(rules_only, text: str) -> None:
    assert "AGREE" not in [e.event for e in events_of(rules_only, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels agreed with the government to a truce.",
        "Iran agreed with Russia on a swap of nuclear fuel.",
        "The union agreed to end the strike on Friday.",
    ],
)
def test_agreement_on_an_act_stays(rules_only, text: str) -> None:
    assert "AGREE" in [e.event for e in events_of(rules_only, text)]
