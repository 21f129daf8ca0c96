"""benchmarks/accuracy.py: the README's accuracy tables, computed from the eval reports."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest
from conftest import ROOT, shared_path


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


accuracy = _load("benchmark_accuracy", ROOT / "benchmarks" / "accuracy.py")


def _mask(label: str) -> str:
    """A row label with its figures masked (the README's counts change, its rows do not)."""
    return re.sub(r"\d[\d.,]*|\{gold:\.1f\}", "N", label)


def _readme_labels(section: str, column: int) -> list[str]:
    """The labels in one column of a README Accuracy table (figures masked out)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    body = text.split(f"\n### {section}\n", 1)[1].split("\n### ", 1)[0]
    rows = [line for line in body.splitlines() if line.startswith("| ") and "---" not in line]
    return [_mask(r.split(" | ")[column].strip("| ")) for r in rows[1:]]


def _spec_labels() -> list[str]:
    labels = []
    for _, _, specs in accuracy.EVENTS_ROWS:
        labels.append("")  # the section's header row
        labels += [_mask(s.label) for s in specs]
    return labels


def test_events_rows_are_the_readmes():
    readme = _readme_labels("Events", 0)
    ours = _spec_labels()
    assert len(readme) == len(ours)
    assert [r for r, o in zip(readme, ours, strict=True) if o] == [o for o in ours if o]


def test_task_rows_are_the_readmes():
    readme = _readme_labels("Actors, times, places, quotes, sources", 1)
    assert readme == [_mask(r[2]) for r in accuracy.TASK_ROWS]


def test_only_picks_evals_in_readme_order_and_refuses_unknown_names():
    assert accuracy.selected("news,events") == ["events", "news"]
    assert accuracy.selected("geo") == ["geowebnews", "lgl"]
    assert accuracy.selected(None) == list(accuracy.EVALS)
    with pytest.raises(SystemExit):
        accuracy.selected("nonsense")


def test_sources_table_and_json(tmp_path, capsys):
    """The sources eval needs no coder: the table's row and the JSON figures, quickly."""
    out = tmp_path / "figures.json"
    assert accuracy.main(["--only", "sources", "--json", str(out)]) == 0
    text = capsys.readouterr().out
    assert "### Actors, times, places, quotes, sources" in text
    assert re.search(r"\| sources \| HTML body-word recall .* \| \d\.\d\d / \d\.\d\d \|", text)
    assert "--only sources" in text and "### Events" not in text
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["sources"]["command"].startswith("eventwire eval sources --gold ")
    assert 0.0 <= figures["sources"]["report"]["recall"] <= 1.0


@pytest.mark.slow
def test_event_tables_on_a_few_gold_items(coder):
    """Every eval on its first few items: each table renders, whole and halves, no errors."""
    reports = accuracy.run(list(accuracy.EVALS), coder, shared_path(), limit=4)
    text = accuracy.render(reports)
    for title in ("### Events", "### Confidence", "### Actors, times, places, quotes, sources"):
        assert title in text
    assert "On the training news" in text
    assert re.search(r"\| type precision \| \*\*\d\.\d{3}\*\* \| \d\.\d{3} \| \d\.\d{3} \|", text)
    assert all("tune_errors" not in f["report"] for f in accuracy.figures(reports).values())
    assert "errors" not in accuracy.figures(reports)["actors"]["report"]
