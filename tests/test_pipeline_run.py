"""The corpus pipeline as a library: read, de-duplicate, code, store, cluster, no CLI."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from eventwire import pipeline
from eventwire.errors import EventwireError
from eventwire.records import Article
from eventwire.store import Store

WIRE = Path(__file__).parent / "fixtures" / "sources" / "wire"
QUAKE = (WIRE / "quake.txt").read_text(encoding="utf-8")

ARTICLES = [
    {
        "id": "p1",
        "date": "2024-05-02",
        "text": "The Kenyan government condemned Uganda on Tuesday over the border raid.",
    },
    {
        "id": "p2",
        "date": "2024-05-03",
        "text": "France sent food aid to Haiti on Wednesday, the foreign ministry said.",
    },
]


class Calls:
    """Records what the pipeline reports through its callbacks."""

    def __init__(self) -> None:
        self.skipped: list[str] = []
        self.warnings: list[str] = []
        self.done = 0

    def skip(self, item: Any, exc: EventwireError) -> None:
        self.skipped.append(str(exc))

    def warn(self, analysis: Any, warning: str) -> None:
        self.warnings.append(warning)

    def progress(self, done: int, skipped: int) -> None:
        self.done += done

    def handlers(self) -> dict[str, Any]:
        """The Pipeline's callback arguments, each recording here."""
        return {"on_skip": self.skip, "on_warning": self.warn, "on_progress": self.progress}


def _jsonl(path: Path, rows: list[dict[str, Any]]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def _run(coder: Any, db: str, paths: list[str], calls: Calls) -> pipeline.IngestResult:
    opts = pipeline.read_options(coder.settings)
    with Store(db) as store:
        run = pipeline.Pipeline(coder, store, read_stats=opts["stats"], **calls.handlers())
        return run.run(pipeline.read(paths, coder.settings, options=opts))


def test_pipeline_run_codes_stores_and_clusters_without_printing(
    coder: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.duckdb")
    calls = Calls()
    result = _run(coder, db, [_jsonl(tmp_path / "a.jsonl", ARTICLES)], calls)
    assert (result.seen, result.coded, result.stats.inserted, result.skipped) == (2, 2, 2, 0)
    assert calls.done == 2 and not calls.skipped
    assert result.clustered is not None and result.clustered[0] >= 1
    assert capsys.readouterr() == ("", "")  # progress goes to the callback, not to a stream
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 2
        assert {a.article.id for a in store.analyses()} == {"p1", "p2"}


def test_pipeline_run_again_codes_nothing(coder: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    path = _jsonl(tmp_path / "a.jsonl", ARTICLES)
    _run(coder, db, [path], Calls())
    calls = Calls()
    again = _run(coder, db, [path], calls)
    assert (again.seen, again.coded, again.stats.unchanged) == (2, 0, 2)
    assert calls.done == 2  # an article already stored counts as done
    assert again.clustered is None  # the store did not change: no new clustering
    assert not again.nothing_coded


@pytest.mark.parametrize(
    ("bad", "expected"),
    [
        ("missing.jsonl", "missing.jsonl"),
        ("notes.unknownext", "notes.unknownext"),
    ],
)
def test_pipeline_run_reports_unreadable_inputs(
    coder: Any, tmp_path: Path, bad: str, expected: str
) -> None:
    db = str(tmp_path / "s.duckdb")
    calls = Calls()
    good = _jsonl(tmp_path / "a.jsonl", ARTICLES[:1])
    result = _run(coder, db, [good, str(tmp_path / bad)], calls)
    assert result.coded == 1 and result.skipped == 1
    assert len(calls.skipped) == 1 and expected in calls.skipped[0]
    with Store(db, read_only=True) as store:
        logged = store.con.execute("SELECT message FROM ingest_errors").fetchall()
    assert len(logged) == 1 and expected in logged[0][0]


def test_pipeline_run_stores_a_wire_copy_as_a_source(coder: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    copy = "\n".join(QUAKE.split("\n")[:3])
    rows = [
        {"id": "wire", "date": "2024-05-05", "text": QUAKE, "source": "Agency"},
        {"id": "paper", "date": "2024-05-05", "text": copy, "source": "Paper"},
    ]
    opts = pipeline.read_options(coder.settings)
    with Store(db) as store:
        run = pipeline.Pipeline(coder, store, read_stats=opts["stats"])
        result = run.ingest(
            pipeline.read([_jsonl(tmp_path / "w.jsonl", rows)], coder.settings, options=opts)
        )
        sources = store.con.execute(
            "SELECT copy_id FROM article_sources WHERE article_id = 'wire' ORDER BY 1"
        ).fetchall()
    assert (result.coded, result.copies) == (1, 1)
    assert sources == [("paper",), ("wire",)]
    assert pipeline.passed_over(opts) == "1 near duplicate (stored as a source of its original)"


def test_pipeline_add_stores_one_batch_once(coder: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    arts = [Article(id=a["id"], text=a["text"], date=a["date"]) for a in ARTICLES]
    with Store(db) as store:
        run = pipeline.Pipeline(coder, store)
        first = run.add(arts)
        second = run.add(arts)
    assert (first.inserted, second.inserted, second.replaced) == (2, 0, 0)


@pytest.mark.parametrize(
    ("size", "expected"), [(2, [[1, 2], [3]]), (3, [[1, 2, 3]]), (5, [[1, 2, 3]])]
)
def test_pipeline_batches(size: int, expected: list[list[int]]) -> None:
    assert list(pipeline.batches([1, 2, 3], size)) == expected


def test_pipeline_passed_over_counts_in_name_order() -> None:
    opts = {"stats": Counter({"skipped: language de": 2, "exact duplicate": 1})}
    assert pipeline.passed_over(opts) == "1 exact duplicate, 2 skipped: language de"
    assert pipeline.passed_over({"stats": Counter()}) is None


def test_pipeline_ingest_counts_each_runs_own_skips(coder: Any, tmp_path: Path) -> None:
    good = _jsonl(tmp_path / "a.jsonl", ARTICLES)
    missing = str(tmp_path / "missing.jsonl")
    with Store(str(tmp_path / "s.duckdb")) as store:
        run = pipeline.Pipeline(coder, store, on_skip=Calls().skip)
        first = run.ingest(pipeline.read([good, missing], coder.settings))
        second = run.ingest(pipeline.read([good, missing], coder.settings))
    assert (first.skipped, second.skipped) == (1, 1)
    assert (first.coded, second.stats.unchanged) == (2, 2)
