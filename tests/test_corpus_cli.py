"""The corpus level on the command line: cluster, events/export --level event."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from test_corpus_cluster import ODESA, base_reports, report

from eventwire import cli
from eventwire.formats.gdelt import event_number
from eventwire.store import Store


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write([*base_reports(), report("odesa", "Herald", "2024-02-10", place=ODESA)])
    return str(path)


def test_corpus_cli_cluster_then_query_both_levels(db, capsys):
    assert cli.main(["cluster", "--db", db, "--window", "1"]) == 0
    assert "6 event mention(s) into 2 corpus event(s)" in capsys.readouterr().err
    assert cli.main(["events", "--db", db, "--level", "event", "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)
    big = next(e for e in events if e["num_mentions"] == 5)
    assert (big["num_sources"], big["num_articles"], big["id"]) == (3, 4, "wire-1-ev1")
    assert {m["article_id"] for m in big["mentions"]} == {
        "wire-1",
        "daily-1",
        "gazette-1",
        "wire-2",
    }
    assert cli.main(["events", "--db", db, "--level", "event", "--min-mentions", "2"]) == 0
    out = capsys.readouterr()
    assert "mentions 5, sources 3, articles 4" in out.out and "1 corpus event(s)" in out.err
    assert cli.main(["events", "--db", db, "--format", "jsonl"]) == 0  # mention level
    assert len(capsys.readouterr().out.splitlines()) == 6


def test_corpus_cli_export_event_level(db, tmp_path, capsys):
    cli.main(["cluster", "--db", db])
    gd, pl, pa_ = tmp_path / "e.tsv", tmp_path / "e.jsonl", tmp_path / "e.parquet"
    base = ["export", "--db", db, "--level", "event", "--out"]
    assert cli.main([*base, str(gd), "--format", "gdelt-csv", "--header"]) == 0
    rows = list(csv.DictReader(io.StringIO(gd.read_text()), delimiter="\t"))
    top = next(r for r in rows if r["GLOBALEVENTID"] == str(event_number("wire-1-ev1")))
    assert (top["NumMentions"], top["NumSources"], top["NumArticles"]) == ("5", "3", "4")
    assert cli.main([*base, str(pl), "--format", "plover-jsonl"]) == 0
    recs = [json.loads(x) for x in pl.read_text().splitlines()]
    assert max(r["num_mentions"] for r in recs) == 5 and all(r["mentions"] for r in recs)
    assert cli.main([*base, str(pa_), "--format", "parquet", "--min-mentions", "2"]) == 0
    table = pq.read_table(pa_).to_pylist()
    assert len(table) == 1 and table[0]["num_articles"] == 4 and len(table[0]["mentions"]) == 5


def test_corpus_cli_event_level_before_clustering_is_empty(db, capsys):
    assert cli.main(["events", "--db", db, "--level", "event"]) == 0
    assert "0 corpus event(s)" in capsys.readouterr().err


def test_corpus_cli_syndicated_copies_count_as_gdelt_counts_them(db, capsys):
    from eventwire.corpus.dedup import SCHEMA

    with Store(db) as store:
        store.con.execute(SCHEMA)
        store.con.execute(
            "INSERT INTO article_sources VALUES ('wire-1', 'syndic-1', 'exact', 1.0, 1.0, "
            "'T', 'Syndicate Times', 'https://syndicate.example/a', '2024-02-10', NULL)"
        )
    cli.main(["cluster", "--db", db])
    capsys.readouterr()
    cli.main(["events", "--db", db, "--level", "event", "--format", "json"])
    big = max(json.loads(capsys.readouterr().out), key=lambda e: e["num_mentions"])
    # the copy repeats wire-1's two mentions, adds one article and one outlet
    assert (big["num_mentions"], big["num_articles"], big["num_sources"]) == (7, 5, 4)
    assert big["copies"][0]["article_id"] == "syndic-1"
