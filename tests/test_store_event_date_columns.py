"""The event's date precision, period and rules, and its place's basis, are store columns
and export fields; a store made before they existed gets them when it is opened."""

import duckdb
import pytest
from helpers import dated_analysis

from eventwire.formats import parquet
from eventwire.store import EVENT_COLUMNS_V2, SCHEMA_VERSION, Store

COLUMNS = [col for col, _path in EVENT_COLUMNS_V2]
EXPECTED = {
    "date_precision": "month",
    "date_start": "2023-02-01",
    "date_end": "2023-02-28",
    "date_rule": "clause: 'last month'",
    "place_rule": "clause: 'in Baghdad'",
    "location_basis": "qualifier",
}


def _stored(path: str) -> dict[str, object]:
    con = duckdb.connect(path, read_only=True)
    try:
        row = con.execute(f"SELECT {', '.join(COLUMNS)} FROM events").fetchone()
    finally:
        con.close()
    assert row is not None
    return dict(zip(COLUMNS, row, strict=True))


def test_store_writes_event_date_and_place_columns(tmp_path):
    db = str(tmp_path / "s.duckdb")
    with Store(db) as s:
        s.write([dated_analysis()])
    assert _stored(db) == EXPECTED


def test_store_old_file_gets_the_new_columns_filled_from_its_analyses(tmp_path):
    db = str(tmp_path / "old.duckdb")
    with Store(db) as s:
        s.write([dated_analysis()])
    # make it a schema-1 store: the events table as it was before these columns
    con = duckdb.connect(db)
    for col in COLUMNS:
        con.execute(f"ALTER TABLE events DROP COLUMN {col}")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with Store(db) as s:
        version = s.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        s.write([dated_analysis("a2")])  # and new articles are written into the migrated table
    assert version == (str(SCHEMA_VERSION),)
    con = duckdb.connect(db, read_only=True)
    rows = con.execute(
        f"SELECT article_id, {', '.join(COLUMNS)} FROM events ORDER BY article_id"
    ).fetchall()
    con.close()
    assert [r[0] for r in rows] == ["a1", "a2"]
    for r in rows:
        assert dict(zip(COLUMNS, r[1:], strict=True)) == EXPECTED


@pytest.mark.parametrize("field", sorted(EXPECTED))
def test_store_export_row_has_event_date_and_place_fields(field):
    a = dated_analysis()
    assert parquet.row(a, a.events[0])[field] == EXPECTED[field]


def test_store_parquet_export_keeps_event_date_and_place_fields(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    a = dated_analysis()
    path = tmp_path / "ev.parquet"
    assert parquet.write([parquet.row(a, a.events[0])], path) == 1
    got = pq.read_table(str(path)).to_pylist()[0]
    assert {k: got[k] for k in EXPECTED} == EXPECTED
