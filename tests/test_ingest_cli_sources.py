"""The CLI over the source readers: formats by extension, --map, duplicates, watch."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from sources_server import serve

from eventwire.cli import main

SOURCES = Path(__file__).parent / "fixtures" / "sources"
CSV = SOURCES / "tabular" / "monitor-export.csv"
MAP = "text=body,date=published,id=doc_id,title=headline,source=outlet,url=link"


def _rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_ingest_cli_duplicates_stored_once_with_all_sources(tmp_path, capsys):
    db = tmp_path / "news.duckdb"
    args = ["ingest", str(SOURCES / "html"), str(CSV), "--map", MAP, "--db", str(db)]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "section-index.html" in err and "4 exact duplicate" in err
    assert _rows(db, "SELECT count(*) FROM articles") == [(6,)]
    sources = _rows(
        db, "SELECT copy_id, kind, source FROM article_sources WHERE article_id = 'news-classic'"
    )
    assert sorted(sources) == [
        ("mm-001", "exact", "The Daily Ledger"),
        ("news-classic", "original", "The Daily Ledger"),
    ]
    before = _rows(db, "SELECT (SELECT count(*) FROM articles), count(*) FROM article_sources")
    assert main(args) == 0  # idempotent: the same input again changes nothing
    after = _rows(db, "SELECT (SELECT count(*) FROM articles), count(*) FROM article_sources")
    assert before == after


def test_ingest_cli_keep_duplicates_stores_each_copy(tmp_path):
    db = tmp_path / "news.duckdb"
    args = ["ingest", str(SOURCES / "html"), str(CSV), "--map", MAP, "--db", str(db)]
    assert main([*args, "--keep-duplicates"]) == 0
    assert _rows(db, "SELECT count(*) FROM articles") == [(10,)]


def test_ingest_cli_code_csv_with_map(capsys):
    assert main(["code", str(CSV), "--map", MAP, "--format", "jsonl"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["article"]["id"] for o in out] == ["mm-001", "mm-002", "mm-003", "mm-004"]
    assert out[2]["article"]["dateline"] == "NAIROBI"
    assert {o["article"]["date_origin"] for o in out} == {"metadata"}


def test_ingest_cli_missing_mapped_column_is_reported(capsys):
    assert main(["code", str(CSV), "--map", "text=content"]) == 2
    err = capsys.readouterr().err
    assert "no column 'content'" in err and str(CSV) in err


def test_ingest_cli_other_language_skipped_and_counted(tmp_path, capsys):
    f = tmp_path / "fr.txt"
    f.write_text(
        "Les ministres des Affaires étrangères se sont réunis lundi à Genève et ont convenu "
        "de rouvrir leurs ambassades.",
        encoding="utf-8",
    )
    assert main(["code", str(f)]) == 2
    err = capsys.readouterr().err
    assert "language 'fr'" in err and "1 skipped: language" in err


@pytest.mark.parametrize("fmt", ["html", "rss", "warc", "csv", "parquet", "tsv"])
def test_ingest_cli_input_formats_offered(fmt, capsys):
    with pytest.raises(SystemExit):
        main(["code", "--help"])
    assert fmt in capsys.readouterr().out


def test_ingest_cli_watch_once_stores_feed_items(tmp_path, capsys):
    server, site = serve()
    try:
        site.feed("/world.rss", "world.rss", etag='"v1"')
        site.page("/world/iraq-troops-vote.html", "news-classic.html")
        db = tmp_path / "watch.duckdb"
        config = tmp_path / "local.json"  # the test server is on 127.0.0.1
        config.write_text('{"fetch_private_addresses": true}', encoding="utf-8")
        args = ["watch", site.base + "/world.rss", "--db", str(db), "--once", "--every", "1s"]
        args += ["--config", str(config)]
        assert main(args) == 0
        assert _rows(db, "SELECT count(*) FROM articles") == [(3,)]
        assert main(args) == 0
        err = capsys.readouterr().err
        assert "1 unchanged" in err  # the second poll got a 304
        assert (tmp_path / "watch.duckdb.feeds.json").exists()
    finally:
        server.shutdown()
        server.server_close()
