"""SIGKILL a real `eventwire ingest` mid-run, run it again: nothing lost, nothing doubled."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
from conftest import ROOT, shared_path

N_ARTICLES = 40
BATCH = 4


def _corpus(tmp_path: Path) -> Path:
    # Real news texts, cut short so the run is quick but not instant.
    texts = sorted(shared_path("eval", "quotes", "polnear", "dev", "text").glob("*.txt"))
    out = tmp_path / "corpus.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for f in texts[:N_ARTICLES]:
            text = f.read_text(encoding="utf-8")[:700]
            fh.write(json.dumps({"id": f.stem, "date": "2016-10-01", "text": text}) + "\n")
    return out


def _ingest(corpus: Path, db: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", "ingest", str(corpus), "--db", str(db)]
        + ["--batch-size", str(BATCH), "--no-cluster", "--progress-every", "0"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _watch(proc: subprocess.Popen, committed: threading.Event) -> None:
    assert proc.stderr is not None
    for line in proc.stderr:
        # progress ticks per article; article BATCH + 1 is taken once the first batch is stored
        done = re.match(rb"eventwire: ingest: (\d+)/", line)
        if done and int(done.group(1)) > BATCH:
            committed.set()
    committed.set()


def _articles(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def test_ingest_resume_after_sigkill_loses_and_doubles_nothing(tmp_path):
    corpus = _corpus(tmp_path)
    db = tmp_path / "s.duckdb"
    rng = random.Random(11)
    partial = []
    for _ in range(2):
        proc = _ingest(corpus, db)
        # once the first batch is committed, kill at a random moment (between batches,
        # inside a transaction, while coding)
        committed = threading.Event()
        threading.Thread(target=_watch, args=(proc, committed), daemon=True).start()
        committed.wait(timeout=180)
        time.sleep(rng.uniform(0.0, 2.0))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        partial.append(_articles(db))
    assert any(0 < n < N_ARTICLES for n in partial), f"no kill landed mid-run: {partial}"

    proc = _ingest(corpus, db)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()

    con = duckdb.connect(str(db), read_only=True)
    q = con.execute
    assert q("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (N_ARTICLES,) * 2
    # every stored record row belongs to exactly one copy of its article's analysis
    for aid, raw in q("SELECT id, analysis FROM articles").fetchall():
        analysis = json.loads(raw)
        for table, key in (("entities", "entities"), ("events", "events"), ("times", "times")):
            n = q(f"SELECT count(*) FROM {table} WHERE article_id = ?", [aid]).fetchone()[0]
            assert n == len(analysis[key]), (aid, table)
        mentions = sum(len(e["mentions"]) for e in analysis["entities"])
        n = q("SELECT count(*) FROM mentions WHERE article_id = ?", [aid]).fetchone()[0]
        assert n == mentions, aid
    for table in ("entities", "events"):
        dup = q(
            f"SELECT count(*) FROM (SELECT article_id, id FROM {table} GROUP BY ALL "
            "HAVING count(*) > 1)"
        ).fetchone()[0]
        assert dup == 0, table
    con.close()
