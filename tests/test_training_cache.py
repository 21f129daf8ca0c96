"""The training commands' ``--rows`` caches name the files their rows come from."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.training import read_cache, write_cache


def test_a_cache_is_read_back_for_the_same_files(tmp_path):
    cache = tmp_path / "rows.json"
    inputs = [Path("train.jsonl"), Path("own-1.jsonl"), None]
    assert read_cache(cache, inputs) is None  # none yet
    write_cache(cache, inputs, {"rows": [[1, 2]]})
    assert read_cache(cache, inputs) == {"rows": [[1, 2]]}
    assert read_cache(None, inputs) is None
    write_cache(None, inputs, [1])  # no cache asked for: nothing written


def test_a_cache_of_other_files_is_refused_by_name(tmp_path):
    cache = tmp_path / "rows.json"
    write_cache(cache, [Path("train.jsonl")], [[0]])
    with pytest.raises(EventwireError, match="own-1.jsonl"):
        read_cache(cache, [Path("train.jsonl"), Path("own-1.jsonl")])
