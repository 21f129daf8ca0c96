"""Worker processes exit when their parent is killed with SIGKILL (no orphans left coding)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from concurrent.futures import Future
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

PARENT = textwrap.dedent(
    """
    import os, sys, time
    from concurrent.futures import ProcessPoolExecutor
    from eventwire.coder import watch_parent

    def work(_):
        time.sleep(120)  # a long article: the worker is busy when its parent dies

    def pid(_):
        return os.getpid()

    if __name__ == "__main__":
        guard = sys.argv[1] == "guarded"
        pool = ProcessPoolExecutor(
            2,
            initializer=watch_parent if guard else None,
            initargs=(os.getpid(), 0.05) if guard else (),
        )
        pids = set(pool.map(pid, range(8)))
        pool.submit(work, 0)
        print(" ".join(map(str, sorted(pids))), flush=True)
        time.sleep(120)
    """
)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (exited, not yet reaped) is gone for our purpose
        return Path(f"/proc/{pid}/status").read_text().find("State:\tZ") < 0
    except OSError:
        return True


def _orphans_after_parent_killed(tmp_path: Path, mode: str) -> list[int]:
    script = tmp_path / "parent.py"
    script.write_text(PARENT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.Popen(
        [sys.executable, str(script), mode], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    pids = [int(p) for p in proc.stdout.readline().split()]
    assert pids
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    left = [p for p in pids if _alive(p)]
    for p in left:  # never leave a process behind, whatever the outcome
        os.kill(p, signal.SIGKILL)
    return left


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_coder_orphan_workers_exit_when_the_parent_is_killed(tmp_path):
    assert _orphans_after_parent_killed(tmp_path, "guarded") == []


def test_coder_orphan_workers_pool_is_given_the_parent_pid(monkeypatch):
    from eventwire import coder as coder_mod

    seen: dict = {}

    class Pool:
        def __init__(self, max_workers, initializer, initargs):
            seen["initializer"], seen["initargs"] = initializer, initargs

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def submit(self, fn, chunk):  # the workers' answer: nothing coded
            done: Future = Future()
            done.set_result([])
            return done

    monkeypatch.setattr(coder_mod, "ProcessPoolExecutor", Pool)
    arts = [{"text": "One article."}, {"text": "Two articles."}]  # one would stay in-process
    coder = coder_mod.Coder(lazy=True)
    assert list(coder_mod._pipe_parallel(coder, arts, 2, 8, lambda i, e: None)) == []
    assert seen["initializer"] is coder_mod._init_worker
    assert seen["initargs"][1] == os.getpid()
