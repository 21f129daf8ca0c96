"""The seed article's full analysis, pinned: a change to any record shows as a diff.

After a change that is meant to alter the output, rewrite the file and review the diff:

    PYTHONPATH=$PWD/src python -m pytest tests/test_coder_golden.py --update-golden
    git diff tests/golden/
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import pytest

GOLDEN = Path(__file__).parent / "golden"
# the lines of a diff shown in a failure; the rest is counted
SHOWN = 80


def _lines(data: Any) -> list[str]:
    return json.dumps(data, ensure_ascii=False, indent=1).splitlines()


def golden_diff(expected: Any, actual: Any, name: str) -> str:
    """A unified diff of two JSON values, cut to ``SHOWN`` lines; empty when they are equal."""
    diff = list(
        difflib.unified_diff(
            _lines(expected), _lines(actual), f"{name} (golden)", f"{name} (now)", lineterm="", n=2
        )
    )
    if len(diff) > SHOWN:
        diff = [*diff[:SHOWN], f"... {len(diff) - SHOWN} more diff lines"]
    return "\n".join(diff)


def check_golden(request: pytest.FixtureRequest, name: str, actual: Any) -> None:
    """Compare ``actual`` with tests/golden/``name``, or rewrite it with --update-golden."""
    path = GOLDEN / name
    if request.config.getoption("--update-golden"):
        path.write_text("\n".join(_lines(actual)) + "\n", encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path} is missing; write it with --update-golden and commit it")
    expected = json.loads(path.read_text(encoding="utf-8"))
    diff = golden_diff(expected, actual, name)
    if diff:
        pytest.fail(
            f"the output differs from {path}; if the change is meant, rerun with "
            f"--update-golden and review `git diff tests/golden/`\n{diff}",
            pytrace=False,
        )


def test_coder_golden_seed_article(request, seed_analysis):
    check_golden(request, "seed-article.json", seed_analysis.to_dict())


@pytest.mark.parametrize(
    "expected, actual, shown",
    [
        ({"a": 1}, {"a": 1}, []),
        ({"events": [{"id": "v1", "type": "AGREE"}]}, {"events": []}, ['-   "type": "AGREE"']),
        ({"quotes": []}, {"quotes": [{"id": "q1"}]}, ['- "quotes": []', '+   "id": "q1"']),
    ],
)
def test_coder_golden_diff_is_readable(expected, actual, shown):
    diff = golden_diff(expected, actual, "x.json")
    assert bool(diff) == bool(shown)
    for line in shown:
        assert line in diff.splitlines()


def test_coder_golden_diff_is_cut():
    diff = golden_diff({"n": list(range(500))}, {"n": list(range(1000, 1500))}, "x.json")
    assert diff.splitlines()[-1].startswith("... ") and len(diff.splitlines()) == SHOWN + 1
