"""The one loader of packaged data files: word lists, named lists, clear errors."""

from __future__ import annotations

import pytest

from eventwire import resources
from eventwire.annotators.framing import load_terms
from eventwire.annotators.quotes import load_cues
from eventwire.errors import ConfigError, ResourceError


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[a]\nx y\nz\n", {"a": {"x", "y", "z"}}),
        ("# a note\n\n[a]\nx\n# between\n[b]\ny  z\n", {"a": {"x"}, "b": {"y", "z"}}),
        ("[empty]\n", {"empty": set()}),
    ],
)
def test_resources_loader_named_lists(text, expected):
    assert resources.parse_word_sets(text, "t.txt") == {
        k: frozenset(v) for k, v in expected.items()
    }


@pytest.mark.parametrize(
    "text, message",
    [
        ("x y\n[a]\n", r"t\.txt, line 1: .* before any list"),
        ("[a]\nx\n[a]\ny\n", r"t\.txt, line 3: .* repeated list name"),
        ("[ ]\n", r"t\.txt, line 1: .* empty"),
    ],
)
def test_resources_loader_bad_named_lists(text, message):
    with pytest.raises(ResourceError, match=message):
        resources.parse_word_sets(text, "t.txt")


def test_resources_loader_missing_file_and_list():
    with pytest.raises(ResourceError, match="resources/quotes/nothing.txt cannot be read"):
        resources.read_text("quotes", "nothing.txt")
    with pytest.raises(ResourceError, match=r"has no list \[nothing\]; it has .*pronouns"):
        resources.words(("quotes", "words.txt"), "nothing")


@pytest.mark.parametrize("parts", [("quotes", "words.txt"), ("quotes", "cue_nouns.txt")])
def test_resources_loader_files_say_where_entries_come_from(parts):
    head = [line for line in resources.read_text(*parts).splitlines() if line.startswith("#")]
    assert any("come from" in line for line in head), parts


def test_resources_loader_word_list_keeps_order():
    nouns = resources.word_list("quotes", "cue_nouns.txt")
    assert nouns and len(set(nouns)) == len(nouns) and not any(n.startswith("#") for n in nouns)


@pytest.mark.parametrize(
    "load, line",
    [
        (load_cues, "say"),
        (load_cues, "say\tshout"),
        (load_cues, "\tspeech"),
        (load_terms, "loaded\tjunta"),
        (load_terms, "mood\tjunta\tx"),
        (load_terms, "\tjunta\tx"),
    ],
)
def test_resources_loader_bad_user_lexicon_line(tmp_path, load, line):
    bad = tmp_path / "bad.tsv"
    bad.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.tsv, line 1"):
        load([bad])


@pytest.mark.parametrize(
    "load, kind, folder",
    [(load_cues, "cue lexicon", "quotes"), (load_terms, "framing lexicon", "framing")],
)
def test_resources_loader_unreadable_user_lexicon(tmp_path, load, kind, folder):
    missing = tmp_path / "missing.tsv"
    with pytest.raises(ConfigError, match=rf"{kind} .*missing.tsv.* resources/{folder}/README.md"):
        load([missing])


def test_resources_loader_table_rows_and_short_rows():
    rows = resources.table("ontology", "case2021-plover.tsv", columns=3)
    assert rows and all(len(r) >= 3 and r[1] in ("hit", "unscored", "negative") for r in rows)
    with pytest.raises(ResourceError, match=r"case2021-plover.tsv, line \d+: .* expected 9"):
        resources.table("ontology", "case2021-plover.tsv", columns=9)
