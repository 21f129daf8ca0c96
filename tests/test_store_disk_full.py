"""A full disk gives a clear error naming the store (exit 4); the store stays intact and
the same command resumes the run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from helpers import sample_analysis

from eventwire.cli import main
from eventwire.errors import StoreError
from eventwire.store import Store, write_failure

SRC = Path(__file__).resolve().parents[1] / "src"

# Runs an ingest with the file size limited, as a full disk would stop it (EFBIG);
# every article kept (the test texts are near-duplicates of each other).
LIMITED = textwrap.dedent(
    """
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = int(sys.argv[3])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from eventwire.cli import main
    sys.exit(main(["ingest", sys.argv[1], "--db", sys.argv[2], "--batch-size", "2",
                   "--all-languages", "--no-cluster", "--keep-duplicates"]))
    """
)


def _articles(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = f"Militia fighters shelled the port on Friday, report {i} said. " * 25
            fh.write(json.dumps({"id": f"n{i}", "date": "2024-05-17", "text": text}) + "\n")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")
def test_store_disk_full_during_ingest_is_clear_and_resumable(tmp_path):
    src, db, script = tmp_path / "in.jsonl", tmp_path / "s.duckdb", tmp_path / "limited.py"
    _articles(src, 10)
    script.write_text(LIMITED, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    run = subprocess.run(
        [sys.executable, str(script), str(src), str(db), "500000"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert run.returncode == 4, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    assert str(db) in run.stderr and "the disk is full" in run.stderr
    assert "run the same command again to resume" in run.stderr
    with Store(db) as store:  # intact: opens, and holds whole articles only
        stored = store.counts()["articles"]
        assert stored < 10
        for analysis in store.analyses():
            assert analysis.events
    again = ["--all-languages", "--no-cluster", "--keep-duplicates"]
    assert main(["ingest", str(src), "--db", str(db), *again]) == 0
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 10


@pytest.mark.parametrize(
    ("error", "full"),
    [
        (OSError(28, "No space left on device"), True),
        (RuntimeError('Could not write file "x.wal": File too large'), True),
        (RuntimeError("IO Error: Disk quota exceeded"), True),
        (RuntimeError("Constraint Error: duplicate key"), False),
    ],
)
def test_store_disk_full_message_says_what_to_do(error, full):
    err = write_failure("news.duckdb", "write", error)
    assert isinstance(err, StoreError) and str(err).startswith("news.duckdb: write failed")
    assert ("free some space" in str(err)) is full


def test_store_disk_full_export_names_the_output(tmp_path, capsys):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write([sample_analysis("a1")])
    rc = main(["export", "--db", str(db), "--format", "plover-jsonl", "--out", "/dev/full"])
    err = capsys.readouterr().err
    assert rc == 1
    assert "/dev/full: No space left on device" in err
