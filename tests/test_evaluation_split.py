"""The dev-set halves: deterministic, about even, keyed by the id alone."""

from __future__ import annotations

import pytest

from eventwire.evaluation.split import HALVES, half


@pytest.mark.parametrize("key", ["a", "article-17", "Syria condemned the visit.", ""])
def test_evaluation_split_is_deterministic(key: str) -> None:
    assert half(key) in HALVES
    assert half(key) == half(key)


def test_evaluation_split_is_about_even() -> None:
    counts = {h: 0 for h in HALVES}
    for i in range(2000):
        counts[half(f"record-{i}")] += 1
    assert 900 < counts["tune"] < 1100


def test_evaluation_split_known_values() -> None:
    # sha1 of the key's UTF-8 bytes, last byte's parity: pinned so the halves never move.
    import hashlib

    for key in ("x", "y", "z", "record-1"):
        expected = "check" if hashlib.sha1(key.encode()).digest()[-1] & 1 else "tune"
        assert half(key) == expected
