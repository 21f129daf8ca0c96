"""CSV, TSV and Parquet with a column mapping; bad columns and rows are reported."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventwire.errors import SourceError
from eventwire.ingest import read
from eventwire.ingest.tabular import parse_mapping
from eventwire.records import Article

CSV = Path(__file__).parent / "fixtures" / "sources" / "tabular" / "monitor-export.csv"
MAP = "text=body,date=published,id=doc_id,title=headline,source=outlet,url=link"
STORY = (
    "The foreign ministers met in Geneva on Monday and agreed to reopen their embassies and "
    "restore direct flights between the capitals, officials said after the talks ended."
)


def _split(items):
    items = list(items)
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, SourceError)],
    )


def test_ingest_tabular_csv_with_mapping():
    arts, errs = _split(read([str(CSV)], map=MAP))
    assert not errs
    assert [a.id for a in arts] == ["mm-001", "mm-002", "mm-003", "mm-004"]
    # four date spellings in the export, one calendar date each
    assert [a.date for a in arts] == ["2023-03-09", "2024-04-20", "2024-02-14", "2024-09-16"]
    assert all(a.date_origin == "metadata" for a in arts)
    assert arts[2].source == "Wire Mirror" and arts[2].dateline == "NAIROBI"
    assert arts[0].url.startswith("https://ledger.example.com/")


def test_ingest_tabular_mapping_as_dict():
    arts, errs = _split(read([str(CSV)], map={"text": "body", "id": "doc_id"}))
    assert not errs and len(arts) == 4 and arts[0].date is None


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("text=content", "no column 'content' (mapped to text)"),
        ("text=body,date=when", "no column 'when' (mapped to date)"),
        ("body", "not FIELD=COLUMN"),
        ("words=body", "not an article field"),
        (None, "no 'text' column"),
    ],
)
def test_ingest_tabular_missing_or_bad_mapping_is_one_clear_error(spec, message):
    items = list(read([str(CSV)], map=spec))
    assert len(items) == 1 and isinstance(items[0], SourceError)
    assert message in str(items[0])
    if "column" in message:
        assert str(CSV) in str(items[0]) and "'body'" in str(items[0])  # lists the columns


def test_ingest_tabular_bad_rows_reported_rest_read(tmp_path):
    f = tmp_path / "rows.csv"
    with f.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text", "date"])
        w.writerow(["r1", STORY, "2024-09-16"])
        w.writerow(["r2", "", "2024-09-16"])
        w.writerow(["r3", STORY + " Again.", "not a date"])
        w.writerow(["r4", STORY + "\nA second paragraph,\nover lines.", ""])
    arts, errs = _split(read([str(f)]))
    assert [a.id for a in arts] == ["r1", "r4"]
    assert arts[1].date is None and arts[1].date_origin == "none"
    assert len(errs) == 2
    assert f"{f}:3" in str(errs[0]) and "empty" in str(errs[0])
    assert f"{f}:4" in str(errs[1]) and "'not a date'" in str(errs[1])


def test_ingest_tabular_tsv(tmp_path):
    f = tmp_path / "export.tsv"
    f.write_text(f"Body\tPublished\n{STORY}\t16/09/2024\n", encoding="utf-8")
    (art,) = read([str(f)], map="text=Body,date=Published", dayfirst=True)
    assert isinstance(art, Article) and art.date == "2024-09-16"


def test_ingest_tabular_columns_matched_by_name_in_any_case(tmp_path):
    f = tmp_path / "export.csv"
    f.write_text(f'TEXT,Title,URL\n"{STORY}",Geneva talks,https://x.example/g\n', "utf-8")
    (art,) = read([str(f)])
    assert (art.title, art.url) == ("Geneva talks", "https://x.example/g")


def test_ingest_tabular_parquet(tmp_path):
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    f = tmp_path / "export.parquet"
    table = pa.table(
        {
            "story": [STORY, STORY + " More.", None],
            "pub": [dt.date(2024, 9, 16), dt.date(2024, 9, 17), dt.date(2024, 9, 18)],
            "n": [1, 2, 3],
        }
    )
    pq.write_table(table, f)
    arts, errs = _split(read([str(f)], map="text=story,date=pub,id=n"))
    assert [(a.id, a.date) for a in arts] == [("1", "2024-09-16"), ("2", "2024-09-17")]
    assert len(errs) == 1 and f"{f}:3" in str(errs[0])


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "empty"),
        ("latin1.csv", "text\ncaf\u00e9 talks\n".encode("latin-1"), "not UTF-8"),
        ("broken.parquet", b"PAR1 not really", "not a readable Parquet"),
    ],
)
def test_ingest_tabular_bad_files(tmp_path, name, content, message):
    f = tmp_path / name
    f.write_bytes(content)
    items = list(read([str(f)]))
    assert items and isinstance(items[-1], SourceError) and message in str(items[-1])
    assert str(f) in str(items[-1])


def test_ingest_tabular_parse_mapping():
    assert parse_mapping("text=body, date = published,") == {"text": "body", "date": "published"}
    assert parse_mapping(None) == {}
