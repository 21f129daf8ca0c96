"""Deterministic halves of a development set: one to look at, one to check on.

Every dev set is split by a hash of its records' ids (or of their text where they have
none) into a ``tune`` half, whose errors we read and fix, and a ``check`` half that we
only score. A rule that fits language scores alike on both; a gap above 0.05 says a rule
fits sentences instead. The split depends on the key alone, so it is the same on every
machine and for every version of the coder.
"""

from __future__ import annotations

import hashlib
from collections import Counter

HALVES = ("tune", "check")


def half(key: str) -> str:
    """``"tune"`` or ``"check"``: the half a record with this id (or text) belongs to."""
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return HALVES[digest[-1] & 1]


def half_totals() -> dict[str, Counter[str]]:
    """Empty counts for the whole set (``"all"``) and for each half."""
    return {"all": Counter(), **{h: Counter() for h in HALVES}}


def add_to_half(totals: dict[str, Counter[str]], which: str, counts: Counter[str]) -> None:
    """Add one record's ``counts`` to the whole set's and to its half's (``which``)."""
    totals["all"].update(counts)
    totals[which].update(counts)
