"""The one reader of the geo data files whose rows give a word and its kind
(``event_place.tsv``, ``designators.tsv``): words by kind, a bad kind named with its line."""

from __future__ import annotations

import pytest

from eventwire import gazetteer
from eventwire.annotators.event_place import read_rules
from eventwire.annotators.place_resolution import _load_designators
from eventwire.errors import ConfigError

KINDS = ("north", "south")


@pytest.mark.parametrize(
    ("text", "kind_column", "word_column", "expected"),
    [
        ("# a note\nnorth\tFjord\n\nsouth\tdune\n", 0, 1, {"north": {"fjord"}, "south": {"dune"}}),
        ("Fjord\tnorth\nTundra\tnorth\n", 1, 0, {"north": {"fjord", "tundra"}, "south": set()}),
    ],
)
def test_gazetteer_grouped_words_by_kind(text, kind_column, word_column, expected):
    got = gazetteer.grouped_words(text, "test.tsv", KINDS, kind_column, word_column)
    assert got == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "north\tfjord\nwest\tmesa\n",
            "test.tsv, line 2: kind 'west'; expected one of north, south",
        ),
        ("north\n", "test.tsv, line 1: 1 tab-separated columns; expected at least 2"),
    ],
)
def test_gazetteer_grouped_words_names_the_bad_row(text, message):
    with pytest.raises(ConfigError, match=message):
        gazetteer.grouped_words(text, "test.tsv", KINDS, 0, 1)


@pytest.mark.parametrize(
    ("kind", "word"),
    [("prep", "in"), ("light", "hold")],
)
def test_gazetteer_grouped_words_reads_event_place_rules(kind, word):
    rules = read_rules()
    assert word in rules[kind]
    with pytest.raises(ConfigError, match=r"event_place.tsv, line 1: kind 'nowhere'"):
        read_rules("nowhere\tin\n")


@pytest.mark.parametrize("kind", ["after", "before", "not", "facility"])
def test_gazetteer_grouped_words_reads_designators(kind):
    assert _load_designators()[kind]
