"""The Ray runner on a local 2-worker cluster gives the single-process output, row for row."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import ingest
from eventwire.distributed import load, shard_name, write_shard
from eventwire.records import Article
from eventwire.store import TABLES, Store

FIXTURE = Path(__file__).parent / "fixtures" / "corpus" / "reports.jsonl"


def _rows(store: Store, table: str) -> list[tuple]:
    cols = [c[0] for c in store.con.execute(f"DESCRIBE {table}").fetchall() if c[0] != "coded_at"]
    return store.con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY ALL").fetchall()


def _single_process(coder, db: Path) -> Store:
    arts = [a for a in ingest.read([str(FIXTURE)]) if isinstance(a, Article)]
    store = Store(db)
    store.write(coder.pipe(arts))
    return store


def test_distributed_shards_load_like_a_direct_write(tmp_path, coder):
    # no Ray needed: a shard written by hand and loaded equals a direct store write
    direct = _single_process(coder, tmp_path / "direct.duckdb")
    analyses = list(direct.analyses())
    write_shard(tmp_path / "out", analyses[:5], [])
    write_shard(tmp_path / "out", analyses[5:], [("bad.jsonl:3", "not valid JSON")])
    write_shard(tmp_path / "out", analyses[5:], [])  # a retried batch rewrites, never adds
    with Store(tmp_path / "loaded.duckdb") as loaded:
        first = load(tmp_path / "out", loaded)
        again = load(tmp_path / "out", loaded)
        for table in TABLES:
            assert _rows(loaded, table) == _rows(direct, table), table
        assert loaded.con.execute("SELECT count(*) FROM ingest_errors").fetchone()[0] == 1
    direct.close()
    assert (first.inserted, again.inserted, again.unchanged) == (len(analyses), 0, len(analyses))
    assert shard_name(analyses[5:]) == shard_name(list(reversed(analyses[5:])))


def test_distributed_load_replaces_a_changed_article(tmp_path, coder):
    direct = _single_process(coder, tmp_path / "direct.duckdb")
    analyses = list(direct.analyses())
    direct.close()
    write_shard(tmp_path / "a", analyses, [])
    changed = coder.code({**analyses[0].article.to_dict(), "text": "Protesters rallied in Paris."})
    write_shard(tmp_path / "b", [changed], [])
    with Store(tmp_path / "s.duckdb") as store:
        load(tmp_path / "a", store)
        stats = load(tmp_path / "b", store)
        assert stats.replaced == 1
        assert store.counts()["articles"] == len(analyses)
        text = next(store.analyses([changed.article.id])).article.text
        assert text == "Protesters rallied in Paris."


def test_distributed_ray_two_workers_equal_single_process(tmp_path, coder):
    pytest.importorskip("ray")
    from eventwire.distributed import run

    summary = run([str(FIXTURE)], tmp_path / "shards", address="local", workers=2, batch_size=4)
    assert summary.errors == 0 and summary.articles == 12
    direct = _single_process(coder, tmp_path / "direct.duckdb")
    with Store(tmp_path / "ray.duckdb") as via_ray:
        load(tmp_path / "shards", via_ray)
        for table in TABLES:
            assert _rows(via_ray, table) == _rows(direct, table), table
    direct.close()


def test_distributed_cli_load_is_idempotent_and_clusters(tmp_path, capsys):
    from test_corpus_cluster import base_reports

    from eventwire import cli

    write_shard(tmp_path / "out", base_reports(), [])
    db = str(tmp_path / "s.duckdb")
    assert cli.main(["load", str(tmp_path / "out"), "--db", db]) == 0
    assert cli.main(["load", str(tmp_path / "out"), "--db", db]) == 0
    err = capsys.readouterr().err
    assert "4 new" in err and "0 new, 0 replaced, 4 unchanged" in err
    assert "into 1 corpus event(s)" in err
    assert cli.main(["load", str(tmp_path / "nothing"), "--db", db]) == 2
    assert cli.main(["ingest", "--engine", "ray", "x.jsonl"]) == 2  # no --out
