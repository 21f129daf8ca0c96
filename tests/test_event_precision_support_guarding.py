"""The verb "defend" in its sense of keeping from harm by force is no verbal defence (CAMEO 052 is
"defend verbally"; annotators/event_precision_support.py, classes ``guarding_verb`` and
``guarded_land``): joined to another verb of guarding ("will protect and defend the
citizens") or with only a land or its people as its object ("a larger navy to defend the
nation against attack", "the sheriff will defend the town"). The
near misses still code SUPPORT: a party or a party's act defended in words ("defended the
governor", "defended the council's decision"), and a named country, whose defence may be
either, and a land defended in words (fixb26). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _support(coder: Coder, text: str) -> list[str]:
    events = coder.code(text, date="2024-03-08").events
    return [e.trigger.text for e in events if e.event == "SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the army will protect and defend the citizens of the republic.",
        "Officials said the kingdom needs a larger navy to defend the nation against attack.",
        "The general said his brigade would defend the capital until the spring.",
        "The governor vowed to guard and defend the borders of the province.",
        # a land defended with no sign of words, whoever defends it (fixd26)
        '"We will defend our homeland to the last man," the general told the troops.',
        "The republic said it would defend its frontier.",
        "The sheriff will defend the town.",
    ],
)
def test_event_support_defence_by_force_is_no_event(rules_only, text) -> None:
    assert _support(rules_only, text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Ada Roe defended the governor against the charges on Tuesday.", "defended"),
        ("The mayor defended the council's decision to close the park.", "defended"),
        ("The party chairman defended Governor Tom Hale in a radio interview.", "defended"),
        # near misses (fixb26): a land defended in words, against a claim or a criticism,
        # in a forum of speech or with a clause of speaking
        ("The envoy defended the republic against claims of vote rigging.", "defended"),
        (
            "A ministry spokeswoman defended the province against criticism over the floods.",
            "defended",
        ),
        ("The consul defended the country in a statement on Friday.", "defended"),
        ("The premier defended the island, saying the audit was unfair.", "defended"),
        # ... or in a to-clause of purpose on a verb of speaking (fixd26)
        ("The premier spoke in Oslo to defend the coastline.", "defend"),
        ("The mayor went on the radio to defend the town.", "defend"),
    ],
)
def test_event_support_defence_in_words_stays(rules_only, text, trigger) -> None:
    assert trigger in _support(rules_only, text)
