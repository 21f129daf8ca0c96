"""A source path that cannot be read is one SourceError that names it and says why."""

from __future__ import annotations

import pytest

from eventwire.errors import SourceError
from eventwire.ingest import read


@pytest.mark.parametrize("name, fmt", [("pages.warc", None), ("rows.csv", None), ("a.jsonl", None)])
def test_ingest_unreadable_directory(tmp_path, name, fmt):
    folder = tmp_path / name
    folder.mkdir()
    items = list(read([str(folder)], fmt=fmt))
    assert len(items) == 1 and isinstance(items[0], SourceError)
    assert str(items[0]) == f"{folder}: is a directory; expected a file"


@pytest.mark.parametrize("name", ["missing.warc", "missing.csv", "missing.jsonl"])
def test_ingest_unreadable_missing(tmp_path, name):
    items = list(read([str(tmp_path / name)]))
    assert len(items) == 1 and isinstance(items[0], SourceError)
    assert str(items[0]) == f"{tmp_path / name}: no such file"


@pytest.mark.parametrize(
    "exc, message",
    [
        (FileNotFoundError(2, "No such file or directory"), "f.txt: no such file"),
        (IsADirectoryError(21, "Is a directory"), "f.txt: is a directory; expected a file"),
        (PermissionError(13, "Permission denied"), "f.txt: cannot be read (Permission denied)"),
    ],
)
def test_ingest_unreadable_messages(exc, message):
    assert str(SourceError.unreadable("f.txt", exc)) == message
