"""The grammar and word lists of the times annotator are data files; bad lines are named."""

from __future__ import annotations

import pytest

from eventwire.annotators.timex.grammar import Grammar
from eventwire.annotators.timex.lexicon import (
    WORD_KINDS,
    expand,
    load_lexicon,
    load_patterns,
    load_words,
    parse_patterns,
    parse_words,
)
from eventwire.errors import ConfigError


@pytest.mark.parametrize(
    "line",
    [
        "rule\tyear\tyear",  # no pattern
        "define\tYEAR",  # no pattern
        "phrases\tMOD\tearly|late",  # no AFTER column
        "regex\tYEAR\t\\d{4}",  # unknown kind of line
    ],
)
def test_times_grammar_file_malformed_line_names_file_and_line(line):
    with pytest.raises(ConfigError, match=r"g\.tsv:1: expected define, phrases, rule"):
        parse_patterns(line, "g.tsv")


def test_times_grammar_file_unknown_block_is_named():
    with pytest.raises(ConfigError, match=r"unknown block \{MONTHS\}"):
        expand("(?P<mon>{MONTHS})", {"MON": "(?:may)"}, "g.tsv: rule month")


@pytest.mark.parametrize(
    ("pattern", "blocks", "expected"),
    [
        ("{Y}-{Y}", {"Y": r"\d{4}"}, r"\d{4}-\d{4}"),
        (r"\d{1,2}{Y}", {"Y": "x"}, r"\d{1,2}x"),  # a quantifier is not a block
    ],
)
def test_times_grammar_file_expands_blocks(pattern, blocks, expected):
    assert expand(pattern, blocks, "g.tsv") == expected


def test_times_grammar_file_phrases_longest_first():
    pf = parse_patterns("phrases\tQ\t\\s+\tthe|the past|about", "g.tsv")
    assert pf.blocks == (("Q", r"(?:(?:the\s+past|about|the)\s+)"),)


def test_times_grammar_file_unknown_normaliser_is_named(monkeypatch):
    import eventwire.annotators.timex.grammar as grammar

    broken = parse_patterns("rule\tyear\tno_such_normaliser\t\\d{4}", "patterns.tsv")
    monkeypatch.setattr(grammar, "load_patterns", lambda: broken)
    with pytest.raises(ConfigError, match="no_such_normaliser"):
        Grammar(load_lexicon(()))


def test_times_grammar_file_every_rule_compiles_with_its_normaliser():
    grammar = Grammar(load_lexicon(()))
    names = [name for name, _normaliser, _pattern in load_patterns().rules]
    assert [name for name, _p, _fn in grammar.rules] == names
    assert all(callable(fn) for _n, _p, fn in grammar.rules)


@pytest.mark.parametrize("line", ["future_aux", "colour\tred", "reporting\tsay\textra"])
def test_times_grammar_file_malformed_word_line(line):
    with pytest.raises(ConfigError, match=r"w\.tsv:1: expected KIND<TAB>WORD"):
        parse_words(line, "w.tsv")


@pytest.mark.parametrize("kind", WORD_KINDS)
def test_times_grammar_file_every_word_kind_has_entries(kind):
    assert load_words()[kind]
