"""store.Where: the one builder of the event filters' SQL conditions."""

from __future__ import annotations

from typing import Any

import duckdb
import pytest

from eventwire.store import Where


@pytest.mark.parametrize(
    ("build", "sql", "params"),
    [
        (lambda w: None, "TRUE", []),
        (lambda w: w.dates("d", "2023", None), "d >= ?", ["2023"]),
        (lambda w: w.dates("d", None, "2023-03"), "substr(d, 1, ?) <= ?", [7, "2023-03"]),
        (lambda w: w.one_of("t", []), "TRUE", []),
        (lambda w: w.one_of("t", ["A", "B"]), "t IN (SELECT unnest(?))", [["A", "B"]]),
        (lambda w: w.aux("x", ["none"]), "len(coalesce(x, [])) = 0", []),
        (lambda w: w.aux("x", ["future"]), "list_contains(x, ?)", ["future"]),
        (lambda w: w.at_least("c", None), "TRUE", []),
        (lambda w: w.at_least("c", 0.0), "c >= ?", [0.0]),
    ],
)
def test_store_where_clauses(build: Any, sql: str, params: list[Any]) -> None:
    w = Where()
    build(w)
    assert (w.sql, w.params) == (sql, params)


ROWS = [
    ("e1", "2023-03-08", "ASSAULT", ["future"], 0.9),
    ("e2", "2023-03", "CONSULT", [], 0.5),
    ("e3", "2022-12-31", "ASSAULT", None, None),
    ("e4", "2023-04-01", "AID", ["negation"], 0.7),
]


@pytest.mark.parametrize(
    ("since", "until", "types", "aux", "conf", "expected"),
    [
        (None, None, [], [], None, ["e1", "e2", "e3", "e4"]),
        ("2023", None, [], [], None, ["e1", "e2", "e4"]),
        (None, "2023-03", [], [], None, ["e1", "e2", "e3"]),  # a month takes its days
        (None, "2023-03-08", [], [], None, ["e1", "e2", "e3"]),
        (None, None, ["ASSAULT"], [], None, ["e1", "e3"]),
        (None, None, [], ["none"], None, ["e2", "e3"]),
        (None, None, [], ["future"], None, ["e1"]),
        (None, None, [], [], 0.6, ["e1", "e4"]),
        ("2023-01-01", "2023-12", ["ASSAULT", "AID"], [], 0.8, ["e1"]),
    ],
)
def test_store_where_selects_rows(
    since: str | None,
    until: str | None,
    types: list[str],
    aux: list[str],
    conf: float | None,
    expected: list[str],
) -> None:
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE e (id VARCHAR, d VARCHAR, t VARCHAR, aux VARCHAR[], c DOUBLE)")
    con.executemany("INSERT INTO e VALUES (?, ?, ?, ?, ?)", ROWS)
    w = Where()
    w.dates("d", since, until)
    w.one_of("t", types)
    w.aux("aux", aux)
    w.at_least("c", conf)
    got = con.execute(f"SELECT id FROM e WHERE {w.sql} ORDER BY id", w.params).fetchall()
    assert [r[0] for r in got] == expected
