"""The gazetteer's helpers never crash on arbitrary text; the build shows a progress bar."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire import gazetteer as gz
from eventwire.annotators.places import dateline


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_gazetteer_name_key_any_text(text: str) -> None:
    key = gz.name_key(text)
    assert isinstance(key, str) and key == key.strip() and key == key.casefold()


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_gazetteer_dateline_any_text(text: str) -> None:
    found = dateline(text)
    if found is not None:
        start, end, r0, r1 = found
        assert 0 <= start < end <= len(text)
        assert (r0 is None) == (r1 is None)


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_gazetteer_progress_bar_on_a_terminal() -> None:
    out = _Tty()
    bar = gz._Progress(out)
    for k in range(5):
        bar(k / 4, "indexing cities")
    text = out.getvalue()
    assert "building gazetteer" in text and "100%" in text and text.endswith("\n")


def test_gazetteer_no_progress_bar_off_a_terminal() -> None:
    out = io.StringIO()
    gz._Progress(out)(0.5, "indexing cities")
    assert out.getvalue() == ""
