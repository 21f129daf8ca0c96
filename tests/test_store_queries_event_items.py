"""The JSON event items of the web API carry the event's date precision, period and
rules, and its place's rule and basis (the store's schema-2 event columns)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import dated_analysis, web_client

from eventwire.store import Store

pytest.importorskip("fastapi")
pytest.importorskip("httpx")


@pytest.fixture(scope="module")
def item(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = Path(tmp_path_factory.mktemp("items") / "s.duckdb")
    with Store(db) as s:
        s.write([dated_analysis()])
    body = web_client(db).get("/api/events").json()
    return body["items"][0]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("date_precision", "month"),
        ("date_start", "2023-02-01"),
        ("date_end", "2023-02-28"),
        ("date_rule", "clause: 'last month'"),
        ("place_rule", "clause: 'in Baghdad'"),
    ],
)
def test_store_queries_event_item_has_date_and_place_rule(
    item: dict[str, Any], key: str, expected: str
) -> None:
    assert item[key] == expected


def test_store_queries_event_item_location_has_basis(item: dict[str, Any]) -> None:
    assert item["location"]["name"] == "Baghdad"
    assert item["location"]["basis"] == "qualifier"
