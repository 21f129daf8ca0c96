"""'eventwire load' skips a half-written or incomplete shard with a warning naming the file."""

from __future__ import annotations

import pytest
from helpers import sample_analysis

from eventwire.cli import main
from eventwire.distributed import SHARD_TABLES, write_shard
from eventwire.store import Store


@pytest.fixture()
def shards(tmp_path):
    out = tmp_path / "out"
    names = [write_shard(out, [sample_analysis(f"a{i}")], []) for i in range(3)]
    return out, names


def _damage(out, name: str, how: str) -> str:
    target = out / "events" / f"{name}.parquet"
    if how == "truncated":
        data = target.read_bytes()
        target.write_bytes(data[: len(data) // 2])
    elif how == "garbage":
        target.write_bytes(b"PAR1 not really")
    elif how == "empty":
        target.write_bytes(b"")
    else:
        target.unlink()
    return str(target)


@pytest.mark.parametrize("how", ["truncated", "garbage", "empty", "missing"])
def test_distributed_load_skips_a_damaged_shard_and_names_it(shards, tmp_path, capsys, how):
    out, names = shards
    damaged = _damage(out, names[1], how)
    db = tmp_path / "s.duckdb"
    assert main(["load", str(out), "--db", str(db), "--no-cluster"]) == 0
    err = capsys.readouterr().err
    assert damaged in err and "skipped the whole shard" in err
    with Store(db, read_only=True) as store:
        ids = sorted(a.article.id for a in store.analyses())
        assert len(ids) == 2 and store.counts()["events"] == 2
    # the shard's article is not half-stored: a later ingest codes it in full
    lost = {"a0", "a1", "a2"} - set(ids)
    assert len(lost) == 1


def test_distributed_load_complete_shards_load_without_warning(shards, tmp_path, capsys):
    out, names = shards
    assert all((out / t / f"{n}.parquet").exists() for t in SHARD_TABLES for n in names)
    db = tmp_path / "s.duckdb"
    assert main(["load", str(out), "--db", str(db), "--no-cluster"]) == 0
    assert "warning" not in capsys.readouterr().err
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 3
