"""Serving a store that another process may be writing (``eventwire ingest``).

DuckDB lets one process write a file and no other process open it meanwhile, even
to read. So the server never keeps the store open: it copies the file (while
holding it read-only for a moment, so no write is half-done) into a private
snapshot, serves from that, and, when the store file changes on disk (ingest
releases it after each batch it commits), takes a new snapshot and swaps it in.
While the writer holds the file the server keeps answering from the last snapshot.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import StoreError

CHECK_EVERY = 1.0  # seconds between looks at the store file's size and time


def stamp(path: str) -> tuple[int, ...]:
    """What changes when a writer commits: the store's and its WAL's size and mtime."""
    out: list[int] = []
    for p in (path, path + ".wal"):
        try:
            st = os.stat(p)
            out += [st.st_mtime_ns, st.st_size]
        except FileNotFoundError:
            out += [0, 0]
    return tuple(out)


def copy_store(path: str, into: Path, lock_timeout: float) -> Path:
    """Copy the store to a new file under ``into`` while holding it read-only."""
    from ..store import Store

    store = Store(path, read_only=True, lock_timeout=lock_timeout)  # waits out a writer
    try:
        fd, name = tempfile.mkstemp(prefix="snapshot-", suffix=".duckdb", dir=into)
        os.close(fd)
        shutil.copyfile(path, name)
        if os.path.exists(path + ".wal"):  # committed but not yet checkpointed
            shutil.copyfile(path + ".wal", name + ".wal")
    finally:
        store.close()
    return Path(name)


@dataclass
class Snapshot:
    """One consistent view of the store: a connection over a private copy, and its facts."""

    con: Any
    file: Path
    stamp: tuple[int, ...]
    facts: dict[str, Any] = field(default_factory=dict)


class LiveStore:
    """The current snapshot of a store, renewed when the file changes."""

    def __init__(
        self,
        path: str,
        build: Callable[[str], tuple[Any, dict[str, Any]]],
        check_every: float = CHECK_EVERY,
        lock_timeout: float = 30.0,
    ) -> None:
        self.path = path
        self.build = build
        self.check_every = check_every
        self.dir = Path(tempfile.mkdtemp(prefix="eventwire-serve-"))
        # the snapshots go with the server: at exit, or when this object is dropped
        self._cleanup = weakref.finalize(self, shutil.rmtree, self.dir, True)
        self._lock = threading.Lock()
        self._checked = time.monotonic()
        self.current = self._take(lock_timeout)  # at start, wait for a writer's batch

    def _take(self, lock_timeout: float) -> Snapshot:
        before = stamp(self.path)
        file = copy_store(self.path, self.dir, lock_timeout)
        con, facts = self.build(str(file))
        return Snapshot(con, file, before, facts)

    def get(self) -> Snapshot:
        """The snapshot to answer a request from; a changed store is copied in the background."""
        now = time.monotonic()
        if now - self._checked >= self.check_every and self._lock.acquire(blocking=False):
            self._checked = now
            if stamp(self.path) != self.current.stamp:
                # building the caches of a large store takes seconds: answer meanwhile
                threading.Thread(target=self._renew, daemon=True).start()
            else:
                self._lock.release()
        return self.current

    def _renew(self) -> None:
        try:
            self.refresh()
        finally:
            self._checked = time.monotonic()
            self._lock.release()

    def refresh(self, lock_timeout: float = 0.5) -> bool:
        """Take a new snapshot now; False (and the old one kept) while a writer holds the file."""
        try:
            snap = self._take(lock_timeout)
        except StoreError:
            return False
        old, self.current = self.current, snap
        _remove(old.file)  # requests still reading it keep their open handle
        return True

    def close(self) -> None:
        """Drop the snapshot files."""
        self._cleanup()


def _remove(file: Path) -> None:
    for p in (file, Path(str(file) + ".wal")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass
