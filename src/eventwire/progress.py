"""Progress of a long run: a one-line bar on a terminal, plain log lines otherwise.

On a terminal the line is redrawn in place (at most a few times a second)::

    ingest  1,204/5,000 articles  24%  38.2 art/s  ETA 1m39s  errors 3

Elsewhere (a log file, CI, a pipe) a plain line is written every ``log_every``
seconds and once at the end, so logs stay readable::

    eventwire: ingest: 1204/5000 articles (24%), 38.2 articles/s, ETA 1m39s, 3 errors

The total is optional: without it there is no percentage or ETA.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO


def format_duration(seconds: float) -> str:
    """A short human duration: 45s, 3m07s, 2h05m."""
    s = max(0, int(round(seconds)))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{(s % 3600) // 60:02d}m"


class Progress:
    """Counts done articles and errors, and reports rate and ETA to a stream."""

    def __init__(
        self,
        label: str = "ingest",
        total: int | None = None,
        stream: TextIO | None = None,
        tty: bool | None = None,
        log_every: float = 10.0,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.label = label
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.tty = tty if tty is not None else bool(isatty and isatty())
        self.log_every = log_every
        self._now = clock or time.monotonic
        self.start = self._now()
        self.done = 0
        self.errors = 0
        self._last = self.start
        self._width = 0
        self._last_line = ""

    @property
    def rate(self) -> float:
        """Articles per second so far."""
        elapsed = self._now() - self.start
        return self.done / elapsed if elapsed > 0 else 0.0

    def eta(self) -> float | None:
        """Seconds left, when the total is known and the rate measurable."""
        if self.total is None or self.rate <= 0:
            return None
        return max(0, self.total - self.done) / self.rate

    def update(self, done: int = 0, errors: int = 0) -> None:
        """Add ``done`` finished articles and ``errors`` skipped ones; redraw when due."""
        self.done += done
        self.errors += errors
        now = self._now()
        due = 0.2 if self.tty else self.log_every
        if now - self._last >= due:
            self._last = now
            self._emit()

    def line(self) -> str:
        """The current status, in the form for this stream."""
        rate, eta = self.rate, self.eta()
        if self.tty:
            parts = [f"{self.label}  {self.done:,}"]
            if self.total is not None:
                parts[0] += f"/{self.total:,}"
            parts[0] += " articles"
            if self.total:
                parts.append(f"{min(100, 100 * self.done // self.total)}%")
            parts.append(f"{rate:.1f} art/s")
            if eta is not None:
                parts.append(f"ETA {format_duration(eta)}")
            parts.append(f"errors {self.errors}")
            return "  ".join(parts)
        msg = f"eventwire: {self.label}: {self.done}"
        if self.total is not None:
            msg += f"/{self.total}"
        msg += " articles"
        if self.total:
            msg += f" ({min(100, 100 * self.done // self.total)}%)"
        msg += f", {rate:.1f} articles/s"
        if eta is not None:
            msg += f", ETA {format_duration(eta)}"
        return msg + f", {self.errors} errors"

    def _emit(self) -> None:
        text = self.line()
        if not self.tty and text == self._last_line:
            return  # nothing new to log (the final line right after a periodic one)
        self._last_line = text
        try:
            if self.tty:
                pad = max(0, self._width - len(text))
                self.stream.write("\r" + text + " " * pad)
                self._width = len(text)
            else:
                self.stream.write(text + "\n")
            self.stream.flush()
        except (OSError, ValueError):  # a closed or broken stream must not stop the work
            pass

    def close(self) -> None:
        """Write the final status (and end the terminal line)."""
        self._emit()
        if self.tty:
            try:
                self.stream.write("\n")
                self.stream.flush()
            except (OSError, ValueError):
                pass


def estimate_total(paths: Iterable[str]) -> int | None:
    """How many articles these inputs hold, counted cheaply (JSONL lines, one per other file).

    None when it cannot be known without reading the input (standard input).
    """
    total = 0
    for path in paths:
        if path == "-":
            return None
        p = Path(path)
        if p.suffix.lower() in (".jsonl", ".ndjson"):
            try:
                with p.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                continue
        elif p.is_dir():
            return None
        else:
            total += 1
    return total
