"""The actor coding's word table (resources/actors/words.tsv): read, and bad lines reported."""

from __future__ import annotations

import pytest

from eventwire.annotators.actor_coding.words import HONORIFICS, PERSONAL, read_words
from eventwire.errors import ResourceError


def test_actors_words_packaged_lists():
    words = read_words()
    assert words["pronoun"]["she"] == "person sg f"
    assert PERSONAL["they"] == ("any", "pl")
    assert "mrs." in HONORIFICS


@pytest.mark.parametrize(
    "line",
    [
        "pronoun\tshe",  # two columns
        "colour\tred\t",  # a list the table does not have
        "former\t\t",  # no word
    ],
)
def test_actors_words_bad_line_names_file_and_line(tmp_path, line):
    path = tmp_path / "words.tsv"
    path.write_text(f"# a comment\nlist\tword\tvalue\nformer\tex\t\n{line}\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"words\.tsv:4: expected 'list<TAB>word<TAB>value'"):
        read_words(path)
