"""Sentences that report no event of any type (annotators/event_precision_eventless.py):
a verb whose subjects are all abstract nouns (an idea, a quality, a course of things, a
record: classes of ``object_classes.txt`` and the abstract suffixes), in a clause where no
participant is a party, tells what a thing amounts to, not an act (NEWS-GUIDELINES.md:
an act needs an actor with a political role; descriptions are no event). A text that
speaks for its authors and a party as the subject still code. Sentences invented for
these tests."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    ("text", "event", "word"),
    [
        # each coded the event named before the rule
        ("His commitment to the region will reinforce the alliance.", "MOBILIZE", "reinforce"),
        ("Their determination defied every expectation.", "REJECT", "defied"),
    ],
)
def test_abstract_subject_reports_no_act(
    rules_only: Coder, text: str, event: str, word: str
) -> None:
    assert (event, word) not in _events(rules_only, text)


@pytest.mark.parametrize(
    ("text", "event", "word"),
    [
        # a text speaks for its authors, with no party in the clause too (classes
        # document and official_text)
        ("The report criticised the delays.", "ACCUSE", "criticised"),
        ("The resolution condemns the shelling of the port.", "ACCUSE", "condemns"),
        ("The petition demands a second count of the ballots.", "REQUEST", "demands"),
        ("The amendment bans rallies near the assembly.", "COERCE", "bans"),
        # a party acts
        ("The report criticised the ministry for the delays.", "ACCUSE", "criticised"),
        ("The ministry demanded that the tender be reopened.", "REQUEST", "demanded"),
        ("The army will reinforce the garrison in the north.", "MOBILIZE", "reinforce"),
        # a thing as the instrument of a material act, and a body named in the plural of
        # an abstract suffix
        ("Artillery fire killed three villagers near the border.", "ASSAULT", "killed"),
        ("The municipalities signed a pact on water sharing.", "SUPPORT", "signed"),
    ],
)
def test_texts_and_parties_still_code(rules_only: Coder, text: str, event: str, word: str) -> None:
    assert (event, word) in _events(rules_only, text)
