"""An annotator that fails loses its own records, not the article's; the failure is recorded."""

from __future__ import annotations

import json

import pytest

from eventwire import Coder
from eventwire.annotators import REGISTRY, Annotator, Context, register
from eventwire.records import ANNOTATOR_FAILED, Analysis, Place
from eventwire.store import Store

TEXT = "Rebels shelled the port of Aden on Tuesday, officials in Yemen said."


class _Broken(Annotator):
    """Adds a place, then fails: the half-done place must not survive."""

    assigns = ("places",)
    error: type[Exception] = RuntimeError

    def __call__(self, ctx: Context) -> None:
        ctx.analysis.places.append(Place("Aden", 27, 31, "Aden", 12.8, 45.0, "YEM", None, "city"))
        raise self.error("index 7 out of range\nin the middle of work")


@pytest.fixture(scope="module")
def broken_coder(coder):
    register("broken_test")(_Broken)
    names = ["times", "broken_test", "actors", "quotes", "events", "event_time", "framing"]
    try:
        yield Coder({"annotators": names})
    finally:
        REGISTRY.pop("broken_test", None)


@pytest.mark.parametrize("error", [RuntimeError, RecursionError, KeyError, OverflowError])
def test_coder_annotator_failure_keeps_other_records_and_warns(broken_coder, error, monkeypatch):
    monkeypatch.setattr(_Broken, "error", error)
    analysis = broken_coder.code(TEXT, date="2024-05-15", id="a1")
    assert [t.text for t in analysis.times] == ["Tuesday"]
    assert analysis.entities and analysis.events
    assert analysis.places == []
    [failure] = analysis.annotator_failures()
    assert failure.startswith(ANNOTATOR_FAILED + "broken_test: " + error.__name__)
    assert "index 7 out of range" in failure
    assert "\n" not in failure


def test_coder_annotator_failure_survives_json_and_store_and_recodes(broken_coder, tmp_path):
    analysis = broken_coder.code(TEXT, date="2024-05-15", id="a1")
    again = Analysis.from_json(analysis.to_json(), text=TEXT)
    assert again.annotator_failures() == analysis.annotator_failures()
    with Store(tmp_path / "s.duckdb") as store:
        assert store.write([analysis]).inserted == 1
        [stored] = list(store.analyses())
        assert stored.annotator_failures() == analysis.annotator_failures()
        assert stored.events
        # a partial article is not current: the next ingest codes it again
        assert not store.is_current(analysis.article)
        full = Analysis(article=analysis.article, times=analysis.times)
        assert store.write([full]).replaced == 1
        assert store.is_current(analysis.article)


def test_coder_annotator_failure_is_counted_in_the_ingest_summary(
    broken_coder, tmp_path, capsys, monkeypatch
):
    from eventwire import cli

    src = tmp_path / "in.jsonl"
    line = json.dumps({"id": "a1", "date": "2024-05-15", "text": TEXT})
    src.write_text(line + "\n", encoding="utf-8")
    monkeypatch.setattr(cli, "_coder", lambda args: broken_coder)
    rc = cli.main(["ingest", str(src), "--db", str(tmp_path / "s.duckdb")])
    err = capsys.readouterr().err
    assert rc == 0
    assert "1 new" in err
    assert "1 coded with an annotator failure" in err
