"""Progress: a redrawn bar on a terminal, plain log lines elsewhere; rate, ETA, errors."""

from __future__ import annotations

import io

import pytest

from eventwire.progress import Progress, estimate_total, format_duration


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


@pytest.mark.parametrize(
    "seconds,text", [(0, "0s"), (45, "45s"), (187, "3m07s"), (7500, "2h05m"), (-3, "0s")]
)
def test_corpus_progress_durations(seconds, text):
    assert format_duration(seconds) == text


def test_corpus_progress_log_lines_off_a_terminal():
    out, clock = io.StringIO(), Clock()
    p = Progress("ingest", total=100, stream=out, tty=False, log_every=10, clock=clock)
    clock.t = 5
    p.update(done=20)  # not yet due
    assert out.getvalue() == ""
    clock.t = 10
    p.update(done=20, errors=1)
    assert out.getvalue() == (
        "eventwire: ingest: 40/100 articles (40%), 4.0 articles/s, ETA 15s, 1 errors\n"
    )
    p.close()  # the same status is not logged twice
    assert out.getvalue().count("\n") == 1


def test_corpus_progress_bar_on_a_terminal_redraws_one_line():
    out, clock = io.StringIO(), Clock()
    p = Progress("ingest", total=10, stream=out, tty=True, clock=clock)
    for i in range(1, 4):
        clock.t = i
        p.update(done=1)
    p.close()
    text = out.getvalue()
    assert text.count("\r") >= 3 and text.endswith("\n") and text.count("\n") == 1
    assert "3/10 articles  30%  1.0 art/s  ETA 7s  errors 0" in text


def test_corpus_progress_without_total_has_no_eta():
    out, clock = io.StringIO(), Clock()
    p = Progress("ingest", stream=out, tty=False, clock=clock)
    clock.t = 2
    p.done = 4
    assert p.line() == "eventwire: ingest: 4 articles, 2.0 articles/s, 0 errors"


def test_corpus_progress_broken_stream_does_not_stop_work():
    out = io.StringIO()
    out.close()
    p = Progress("ingest", stream=out, tty=False, log_every=0)
    p.update(done=1)
    p.close()


def test_corpus_progress_estimate_total(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text("An article.", encoding="utf-8")
    paths = [str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt")]
    assert estimate_total(paths) == 3
    assert estimate_total(["-"]) is None
