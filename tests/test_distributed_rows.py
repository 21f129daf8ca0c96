"""The Ray runner's input rows: bad lines are reported with their place, never raised."""

from __future__ import annotations

import pytest

from eventwire.distributed import _articles_from_rows, _dataset, shard_name
from eventwire.errors import InputError


def test_distributed_rows_report_bad_lines_and_keep_good_ones():
    rows = [
        {"line": '{"id": "a", "text": "Protesters rallied.", "date": "2024-01-02"}', "_path": "x"},
        {"line": "{not json", "_path": "x"},
        {"line": "[1, 2]", "_path": "x"},
        {"line": '{"id": "b"}', "_path": "x"},
        {"line": "   ", "_path": "x"},
        {"id": 7, "text": "Talks in Cairo.", "date": None},  # a Parquet row
        {"id": "c", "text": "x", "date": "not a date"},
    ]
    errors: list[tuple[str, str]] = []
    arts = list(
        _articles_from_rows(rows, None, lambda where, exc: errors.append((where, str(exc))))
    )
    assert [a.id for a in arts] == ["a", "7"]
    assert arts[0].date == "2024-01-02"
    assert len(errors) == 4
    assert "not valid JSON" in errors[0][1] and errors[0][0] == "x: line '{not json'"
    assert "expected an object" in errors[1][1] and "no 'text'" in errors[2][1]
    assert "not a date" in errors[3][1]


def test_distributed_inputs_other_than_jsonl_or_parquet_are_refused(tmp_path):
    pytest.importorskip("ray")
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    with pytest.raises(InputError, match="JSON Lines"):
        _dataset([str(tmp_path / "a.txt")])
    with pytest.raises(InputError, match="no such file"):
        _dataset([str(tmp_path / "missing.jsonl")])


def test_distributed_shard_name_depends_on_errors_too():
    assert shard_name([], [("x:1", "bad")]) != shard_name([], [("x:2", "bad")])
