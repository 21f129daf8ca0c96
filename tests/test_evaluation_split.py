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


@pytest.mark.parametrize("key", ["record-1", "record-2", "record-3"])
def test_evaluation_split_counts_go_to_all_and_one_half(key: str) -> None:
    from collections import Counter

    from eventwire.evaluation.split import add_to_half, half_totals

    totals = half_totals()
    assert set(totals) == {"all", *HALVES} and not any(totals.values())
    add_to_half(totals, half(key), Counter(records=1, hit=1))
    add_to_half(totals, half(key), Counter(records=1))
    assert totals["all"] == Counter(records=2, hit=1)
    assert totals[half(key)] == totals["all"]
    other = next(h for h in HALVES if h != half(key))
    assert totals[other] == Counter()
