"""coder.batches: the lists of articles the worker pool and the pipeline's store writes take."""

from __future__ import annotations

import pytest

from eventwire.coder import batches


@pytest.mark.parametrize(
    ("n", "size", "lengths"),
    [
        (0, 3, []),
        (1, 3, [1]),
        (3, 3, [3]),
        (7, 3, [3, 3, 1]),
        (4, 1, [1, 1, 1, 1]),
    ],
)
def test_coder_batches_in_order_last_one_shorter(n: int, size: int, lengths: list[int]) -> None:
    got = list(batches(iter(range(n)), size))
    assert [len(b) for b in got] == lengths
    assert [x for b in got for x in b] == list(range(n))


def test_coder_batches_reads_lazily() -> None:
    read: list[int] = []

    def items():
        for i in range(10):
            read.append(i)
            yield i

    first = next(batches(items(), 4))
    assert first == [0, 1, 2, 3]
    assert read == [0, 1, 2, 3]
