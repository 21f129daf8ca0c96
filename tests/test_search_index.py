"""The full-text index as a library: words, snippets, and search straight on a store."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_web_analyst import second_report

from eventwire.search import parts, query_terms, search, snippet, words
from eventwire.store import Store


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jets hit Erbil, 2 said.", ["jets", "hit", "erbil", "said"]),
        ("Kyiv's mayor — São Paulo", ["kyiv", "mayor", "são", "paulo"]),
        ("", []),
        (None, []),
    ],
)
def test_search_index_words(text: str | None, expected: list[str]) -> None:
    assert words(text) == expected


def test_search_index_query_terms_are_distinct_and_bounded() -> None:
    assert query_terms("Erbil erbil jets") == ["erbil", "jets"]
    assert len(query_terms(" ".join(f"w{i}" for i in range(30)))) == 8


def test_search_index_snippet_marks_whole_words() -> None:
    snip = snippet("The jetsam floated; jets flew over the jets' base.", ["jets"])
    assert [snip["text"][s:e] for s, e in snip["highlights"]] == ["jets", "jets"]
    assert "".join(p for p, _ in parts(snip["text"], snip["highlights"])) == snip["text"]


def test_search_index_search_on_a_store(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.write([second_report()])
        res = search(store.con, "erbil JETS", 10, 0)  # ranked on the fly from the store
        assert [a["id"] for a in res["articles"]] == ["a4"] and res["total"] == 1
        assert [e["id"] for e in res["events"]] == ["a4-ev1"]
        assert search(store.con, "erbil submarine", 10, 0)["total"] == 0
