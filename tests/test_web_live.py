"""Serving a store while another process writes it (``eventwire ingest``).

The server answers from a snapshot of the store and takes a new one when the file
changes; a writer holds the file only while it writes a batch. Both tests run the
writer in a subprocess, as DuckDB's file lock is per process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402
from helpers import sample_analysis, web_client  # noqa: E402

from eventwire.store import Store  # noqa: E402

SRC = str(Path(__file__).resolve().parents[1] / "src")
HOLD = """
import sys
sys.path.insert(0, {tests!r})
from helpers import sample_analysis
from eventwire.store import Store
store = Store({db!r})
store.write([sample_analysis("held-1"), sample_analysis("held-2")])
print("held", flush=True)
sys.stdin.readline()  # hold the file until the test says so
store.close()
print("released", flush=True)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _articles(client: TestClient) -> int:
    r = client.get("/api/events")
    assert r.status_code == 200, r.text  # never a lock error
    return len({e["article_id"] for e in r.json()["items"]})


def _wait_for(client: TestClient, n: int, seconds: float = 20) -> int:
    deadline = time.monotonic() + seconds
    while (got := _articles(client)) != n and time.monotonic() < deadline:
        time.sleep(0.2)
    return got


def test_web_live_answers_while_a_writer_holds_the_store(tmp_path: Path) -> None:
    db = tmp_path / "live.duckdb"
    with Store(db) as store:
        store.write([sample_analysis("a1")])
    client = web_client(db)
    assert _articles(client) == 1
    code = HOLD.format(tests=str(Path(__file__).parent), db=str(db))
    writer = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_env(),
    )  # fmt: skip
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "held"
        # the writer holds the file: the server keeps answering from its last snapshot
        for _ in range(3):
            assert _articles(client) == 1
            assert client.get("/events").status_code == 200
            time.sleep(0.4)
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "released"
    finally:
        writer.wait(timeout=30)
    assert writer.returncode == 0
    assert _wait_for(client, 3) == 3  # the new articles, once the writer let go


def test_web_live_ingest_in_a_subprocess(tmp_path: Path) -> None:
    db = tmp_path / "ingest.duckdb"
    with Store(db) as store:
        store.write([sample_analysis("a1")])
    client = web_client(db)
    src = tmp_path / "news.jsonl"
    texts = [
        "Protesters marched in Nairobi on Monday against new taxes.",
        "The French president met the German chancellor in Berlin on Tuesday.",
        "Police arrested two journalists in Istanbul on Wednesday.",
    ]
    src.write_text(
        "".join(
            json.dumps({"id": f"n{i}", "date": "2024-05-06", "text": t}) + "\n"
            for i, t in enumerate(texts)
        ),
        encoding="utf-8",
    )
    ingest = subprocess.Popen(
        [sys.executable, "-c", "from eventwire.cli import main; raise SystemExit(main())",
         "ingest", str(src), "--db", str(db), "--batch-size", "1", "--no-cluster"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(),
    )  # fmt: skip
    answered = 0
    while ingest.poll() is None:
        assert _articles(client) >= 1
        answered += 1
        time.sleep(0.1)
    out, err = ingest.communicate()
    assert ingest.returncode == 0, err
    assert answered > 0
    assert _wait_for(client, 4) == 4
    r = client.get("/api/search?q=journalists")
    assert [a["id"] for a in r.json()["articles"]] == ["n2"]
