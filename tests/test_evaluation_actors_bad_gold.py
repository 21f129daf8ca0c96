"""eval actors: a gold file that cannot be read is an EvaluationError (exit status 2), like the
other evaluations, naming the file and what was expected."""

from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluation.actors import _gold_records


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "cannot read the gold file"),
        ('{"a": 1}', "expected a JSON list of records, got dict"),
    ],
)
def test_evaluation_actors_bad_gold_is_evaluation_error(
    tmp_path: Path, content: str, expected: str
) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=expected) as info:
        _gold_records(gold)
    assert str(gold) in str(info.value)
    assert info.value.exit_code == 2


def test_evaluation_actors_missing_gold_is_evaluation_error(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="cannot read the gold file"):
        _gold_records(tmp_path / "absent.json")
