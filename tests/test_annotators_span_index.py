"""SpanIndex answers exactly what a scan of all spans answers."""

from __future__ import annotations

import random

import pytest

from eventwire.annotators import SpanIndex


def _spans(rng: random.Random, n: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        s = rng.randrange(0, 400)
        out.append((s, s + rng.choice([0, 1, 3, 17, 40, 130])))
    return out


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("block", [8, 64, 2048])
def test_annotators_span_index_matches_a_scan(monkeypatch, seed, block):
    monkeypatch.setattr(SpanIndex, "BLOCK", block)
    rng = random.Random(seed)
    spans = _spans(rng, 60)
    index = SpanIndex()
    for k, (s, e) in enumerate(spans):
        index.add(s, e, k)
    for start, end in _spans(rng, 300):
        assert sorted(index.containing(start, end)) == [
            k for k, (s, e) in enumerate(spans) if s <= start and end <= e
        ]
        assert sorted(index.overlapping(start, end)) == [
            k for k, (s, e) in enumerate(spans) if s < end and start < e
        ]
        assert index.contains(start, end) == any(s <= start and end <= e for s, e in spans)
        assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans)
        assert index.holds(start) == any(s <= start < e for s, e in spans)
