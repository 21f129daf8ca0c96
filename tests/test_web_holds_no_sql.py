"""The store owns the schema: the web layer calls the store's queries and writes no SQL."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

WEB = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "web"

# what a module that talks to DuckDB itself would contain
SQL = re.compile(
    r"\bimport duckdb\b|\bduckdb\.|\.execute(many)?\(|\.fetch(one|all|many)\("
    r"|\bSELECT\b|\bINSERT\s+INTO\b|\bCREATE\s+(OR\s+REPLACE\s+)?TABLE\b|\bDELETE\s+FROM\b"
    r"|\bUPDATE\s+\w+\s+SET\b|\bWHERE\b|\bJOIN\b"
)


def _web_modules() -> list[Path]:
    return sorted(WEB.rglob("*.py"))


def test_web_holds_no_sql_has_modules_to_check() -> None:
    assert len(_web_modules()) >= 5  # the check below must not pass on an empty folder


@pytest.mark.parametrize("path", _web_modules(), ids=lambda p: p.name)
def test_web_holds_no_sql(path: Path) -> None:
    hits = [
        f"{path.name}:{n}: {line.strip()}"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SQL.search(line)
    ]
    assert not hits, "SQL in the web layer (move it into the store's queries):\n" + "\n".join(hits)


@pytest.mark.parametrize(
    "line",
    [
        "rows = con.execute('SELECT 1').fetchall()",
        "import duckdb",
        "sql = 'CREATE OR REPLACE TABLE memory.x AS SELECT 1'",
        "q = f'... WHERE {cond}'",
    ],
)
def test_web_holds_no_sql_pattern_catches(line: str) -> None:
    assert SQL.search(line)
