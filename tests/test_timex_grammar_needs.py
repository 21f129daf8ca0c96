"""A time rule's scan is skipped only where the text holds none of the strings every
match of it holds: ``needed_words`` reads those strings from the rule's syntax tree,
and the tagger proposes the same candidates with the skip as without it. Texts
written for these tests."""

from __future__ import annotations

import re
from typing import Any

import pytest

from eventwire.annotators.timex.grammar import needed_words


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"(?<![\w-])(\d+) (?:days|weeks) ago(?![\w-])", {" ago"}),  # the longest run
        (r"(?:january|february|march)\s+\d{1,2}", {"january", "february", "march"}),
        (r"(?:last|next)\s+(?:monday|friday)", {"monday", "friday"}),
        (r"\d{4}", {""}),  # a digit: always looked for
        (r"[0-9]+\s*(?:am|pm)", {"am", "pm"}),
        (r"(?:the\s+)?quarter", {"quarter"}),
        (r"(?:day)+s?", {"day"}),
    ],
)
def test_timex_grammar_needed_words(pattern: str, needed: set[str]) -> None:
    assert needed_words(re.compile(pattern)) == frozenset(needed)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:ago)?\s*\w+",  # an optional word is no need
        r"(?:days|\w+)",  # one alternative needs nothing known
        r"[^a-z]+",  # a negated class
        r"(?i:ago)",  # regardless of case
    ],
)
def test_timex_grammar_no_needed_words(pattern: str) -> None:
    assert needed_words(re.compile(pattern)) is None


def test_timex_grammar_case_free_pattern_needs_nothing() -> None:
    assert needed_words(re.compile("ago", re.I)) is None


TEXTS = [
    "The mayor resigned three weeks ago, and the council meets again next Tuesday.",
    "In the first quarter of 2019 sales rose; by the end of the decade they fell.",
    "Talks resume at 10 a.m. on Jan. 5 and last until midnight.",
    "No date at all here, only words about a river and a bridge.",
    "Every Monday since the spring of 1998 the market has opened twice a week.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_timex_tagger_candidates_same_with_and_without_skipping(tagger: Any, text: str) -> None:
    grammar = tagger.grammar

    def spans() -> list[tuple[int, int, str, int]]:
        return [(c.start, c.end, c.rule, c.priority) for c in tagger.candidates(text)]

    skipping = spans()
    needs = grammar.needs
    try:
        grammar.needs = [None] * len(needs)
        assert spans() == skipping
    finally:
        grammar.needs = needs


def test_timex_grammar_every_packaged_rule_has_a_need(tagger: Any) -> None:
    # a rule added without one is scanned on every text: not wrong, only slower
    needs = tagger.grammar.needs
    assert len(needs) == len(tagger.grammar.rules)
    assert sum(n is not None for n in needs) >= len(needs) // 2
