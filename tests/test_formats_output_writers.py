"""The output writers the CLI prints through (eventwire.formats.output), called directly."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.formats import output
from eventwire.store import Store


@pytest.fixture(scope="module")
def pairs(seed_analysis: Any) -> list[Any]:
    return [(seed_analysis, ev) for ev in seed_analysis.events]


@pytest.mark.parametrize(("copies", "kind"), [(1, dict), (2, list)])
def test_formats_output_json_is_one_object_or_a_list(
    seed_analysis: Any, copies: int, kind: type
) -> None:
    out = io.StringIO()
    assert output.write_analyses([seed_analysis] * copies, "json", False, out) == copies
    assert isinstance(json.loads(out.getvalue()), kind)


@pytest.mark.parametrize(
    ("fmt", "lines_per_article"),
    [("jsonl", lambda a: 1), ("plover", lambda a: len(a.events))],
)
def test_formats_output_line_formats(seed_analysis: Any, fmt: str, lines_per_article: Any) -> None:
    out = io.StringIO()
    assert output.write_analyses([seed_analysis, seed_analysis], fmt, False, out) == 2
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 * lines_per_article(seed_analysis)
    assert all(json.loads(line) for line in lines)


@pytest.mark.parametrize("explain", [False, True])
def test_formats_output_table_explain_adds_the_rule(seed_analysis: Any, explain: bool) -> None:
    out = io.StringIO()
    output.write_analyses([seed_analysis], "table", explain, out)
    assert ("rule:" in out.getvalue()) is explain


@pytest.mark.parametrize("fmt", output.EVENT_FORMATS)
def test_formats_output_events_counts_each_event(pairs: list[Any], fmt: str) -> None:
    out = io.StringIO()
    assert output.write_events(pairs, fmt, out) == len(pairs) > 0
    assert out.getvalue()


@pytest.mark.parametrize("fmt", output.EXPORT_FORMATS)
def test_formats_output_export_writes_the_file(pairs: list[Any], fmt: str, tmp_path: Path) -> None:
    path = tmp_path / f"events.{fmt}"
    assert output.export_events(pairs, fmt, str(path)) == len(pairs)
    assert path.stat().st_size > 0


def test_formats_output_export_gdelt_header(pairs: list[Any], tmp_path: Path) -> None:
    plain, named = tmp_path / "plain.csv", tmp_path / "named.csv"
    output.export_events(pairs, "gdelt-csv", str(plain))
    output.export_events(pairs, "gdelt-csv", str(named), header=True)
    first = named.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("GLOBALEVENTID")
    assert len(named.read_text(encoding="utf-8").splitlines()) == len(pairs) + 1
    assert len(plain.read_text(encoding="utf-8").splitlines()) == len(pairs)


@pytest.mark.parametrize("fmt", [*output.EVENT_FORMATS, "parquet-file", "plover-jsonl-file"])
def test_formats_output_corpus_events(seed_analysis: Any, tmp_path: Path, fmt: str) -> None:
    from eventwire import pipeline
    from eventwire.settings import Settings
    from eventwire.store import corpus_events

    with Store(str(tmp_path / "s.duckdb")) as store:
        store.write([seed_analysis])
        pipeline.cluster(store, Settings())
        events = list(corpus_events(store))
        assert events
        if fmt.endswith("-file"):
            path = tmp_path / "corpus.out"
            n = output.export_corpus_events(store, events, fmt[: -len("-file")], str(path))
            assert path.stat().st_size > 0
        else:
            out = io.StringIO()
            n = output.write_corpus_events(store, events, fmt, out)
            assert out.getvalue()
    assert n == len(events)
