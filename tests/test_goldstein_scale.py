"""The CAMEO -> Goldstein table: lookups, root fall-back, and malformed files."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import ResourceError
from eventwire.goldstein import goldstein, load


@pytest.mark.parametrize(
    ("cameo", "score"),
    [
        ("0874", 10.0),  # a 4-digit code of its own
        ("0875", 9.0),  # unknown 4-digit code: its 3-digit root 087
        ("1959", -10.0),  # unknown: root 195
        ("042", 1.9),
        ("010", 0.0),  # leading zero kept: 010 is not 10
        ("10", -5.0),
        ("130", -4.4),
        ("99", None),
        ("", None),
        (None, None),
    ],
)
def test_goldstein_scale_lookup(cameo: str | None, score: float | None) -> None:
    assert goldstein(cameo) == score


def test_goldstein_scale_every_root_has_a_score() -> None:
    table = load()
    assert all(f"{n:02d}" in table for n in range(1, 21))
    assert all(-10 <= v <= 10 for v in table.values())


@pytest.mark.parametrize("line", ["042 1.9", "04x\t1.0", "042\tmany", "042\t11"])
def test_goldstein_scale_bad_line(tmp_path: Path, line: str) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("# header\n01\t0.0\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"g\.tsv:3"):
        load(path)
