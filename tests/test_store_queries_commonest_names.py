"""The web's summaries name a place or a counterpart by its commonest name, ties broken
alphabetically, never by whichever row DuckDB meets first (``any_value``)."""

from __future__ import annotations

from typing import Any

import duckdb
import pytest

from eventwire import store_queries
from eventwire.store_queries import Filters


def _con(names: list[str | None]) -> Any:
    """An in-memory cache of one event per name: each at one point, each with actor "AAA"
    and a recipient "BBB" called by that name."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE memory.main.ev (k INTEGER, d VARCHAR, event VARCHAR, "
        "location_lat DOUBLE, location_lon DOUBLE, location_name VARCHAR, "
        "location_country VARCHAR, p_month VARCHAR, p_week VARCHAR, p_day VARCHAR)"
    )
    con.execute(
        "CREATE TABLE memory.main.refs (k INTEGER, role VARCHAR, full_code VARCHAR, "
        "name VARCHAR, text VARCHAR, words VARCHAR)"
    )
    for k, name in enumerate(names):
        country = None if name is None else f"C{name}"
        con.execute(
            "INSERT INTO memory.main.ev VALUES (?, '2024-01-01', 'PROTEST', 1.5, 2.5, ?, ?, "
            "'2024-01-01', NULL, NULL)",
            [k, name, country],
        )
        con.execute(
            "INSERT INTO memory.main.refs VALUES (?, 'actor', 'AAA', 'first party', NULL, ''), "
            "(?, 'recipient', 'BBB', ?, 'them', '')",
            [k, k, name],
        )
    return con


CASES = [
    pytest.param(["B", "A", "A", "A"], "A", id="commonest-after-a-rarer-one"),
    pytest.param(["A", "A", "A", "B"], "A", id="commonest-first"),
    pytest.param(["D", "C", "D", "C"], "C", id="tie-alphabetical"),
    pytest.param(["Z", "Z", "Y", "Y", "X"], "Y", id="tie-among-commonest-only"),
]


@pytest.mark.parametrize(("names", "expected"), CASES)
def test_store_queries_map_point_named_by_commonest(names: list[str], expected: str) -> None:
    for order in (names, names[::-1]):
        (point,) = store_queries.map_points(_con(order), Filters(), 10)["points"]
        assert (point["name"], point["country"], point["n"]) == (
            expected,
            f"C{expected}",
            len(names),
        )


@pytest.mark.parametrize(("names", "expected"), CASES)
def test_store_queries_counterpart_named_by_commonest(names: list[str], expected: str) -> None:
    for order in (names, names[::-1]):
        body = store_queries.actor_summary(_con(order), "AAA")
        assert body["counterparts"] == [
            {"as": "actor", "code": "BBB", "name": expected, "events": len(names)}
        ]


def test_store_queries_missing_name_never_outranks_a_name() -> None:
    (point,) = store_queries.map_points(_con([None, None, None, "B"]), Filters(), 10)["points"]
    assert (point["name"], point["n"]) == ("B", 4)


@pytest.mark.parametrize(("names", "expected"), CASES)
def test_store_queries_network_node_named_by_commonest(names: list[str], expected: str) -> None:
    for order in (names, names[::-1]):
        nodes = store_queries.network(_con(order), Filters(), 10)["nodes"]
        assert {n["id"]: n["name"] for n in nodes} == {"AAA": "first party", "BBB": expected}


@pytest.mark.parametrize(("names", "expected"), CASES)
def test_store_queries_actor_index_named_by_commonest(names: list[str], expected: str) -> None:
    index_sql = next(s for s in store_queries.CACHE_SQL if "actor_index AS" in s)
    for order in (names, names[::-1]):
        con = _con(order)
        con.execute(index_sql)
        _, items = store_queries.actors(con, "BBB", 10, 0)
        assert [(i["code"], i["name"], i["events"]) for i in items] == [
            ("BBB", expected, len(names))
        ]
