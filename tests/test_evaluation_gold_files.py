"""The PLOVER gold readers of the events and actors evaluations: a file that cannot be read,
or holds no JSON list, is an EvaluationError (exit status 2) naming the file and what was
expected."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluation.actors import _gold_records
from eventwire.evaluation.events import load_gold

READERS: list[tuple[Callable[[Path], Any], str, str]] = [
    (_gold_records, "the gold file", "PLOVER gold records"),
    (load_gold, "PLOVER gold records", "records with 'text' and 'event'"),
]


@pytest.mark.parametrize(("reader", "what", "expected"), READERS)
@pytest.mark.parametrize(
    ("content", "fault"),
    [
        (b"{not json", "cannot read"),
        (b"\xff\xfe[]", "cannot read"),  # not UTF-8
        (b'{"a": 1}', "expected a JSON list of records, got dict"),
        (b'"records"', "expected a JSON list of records, got str"),
    ],
)
def test_evaluation_gold_file_unreadable_or_no_list(
    tmp_path: Path,
    reader: Callable[[Path], Any],
    what: str,
    expected: str,
    content: bytes,
    fault: str,
) -> None:
    gold = tmp_path / "gold.json"
    gold.write_bytes(content)
    with pytest.raises(EvaluationError, match=fault) as info:
        reader(gold)
    message = str(info.value)
    assert message.startswith(f"{gold}: ")
    if fault == "cannot read":
        assert f"cannot read {what} (" in message and expected in message
    assert info.value.exit_code == 2


@pytest.mark.parametrize(("reader", "what", "expected"), READERS)
def test_evaluation_gold_file_missing(
    tmp_path: Path, reader: Callable[[Path], Any], what: str, expected: str
) -> None:
    with pytest.raises(EvaluationError, match=f"cannot read {what}") as info:
        reader(tmp_path / "absent.json")
    assert expected in str(info.value)


@pytest.mark.parametrize(("reader", "what", "expected"), READERS)
def test_evaluation_gold_file_keeps_records_not_the_header(
    tmp_path: Path, reader: Callable[[Path], Any], what: str, expected: str
) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(
        '[{"event": "DOCUMENT", "text": "x"}, {"text": "Rebels shelled a town.", "event": '
        '"ASSAULT"}]',
        encoding="utf-8",
    )
    assert [r["event"] for r in reader(gold)] == ["ASSAULT"]
