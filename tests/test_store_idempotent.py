import dataclasses

import pytest
from helpers import sample_analysis

from eventwire.errors import StoreError
from eventwire.store import EventFilter, Store


def test_store_same_article_twice_changes_nothing(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as s:
        st1 = s.write([sample_analysis("a1"), sample_analysis("a2")])
        before = s.counts()
        st2 = s.write([sample_analysis("a1"), sample_analysis("a2")])
        assert s.counts() == before
    assert (st1.inserted, st2.inserted, st2.unchanged) == (2, 0, 2)
    assert before["articles"] == 2 and before["events"] == 2 and before["event_actors"] == 4


def test_store_changed_article_replaces_its_records(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        s.write([sample_analysis("a1")])
        changed = sample_analysis(
            "a1",
            text="Iraqi lawmakers urged the government on Tuesday "
            "to expel US troops from Baghdad. More text.",
        )
        changed.events = []
        st = s.write([changed])
        counts = s.counts()
        assert st.replaced == 1
        assert counts["articles"] == 1 and counts["events"] == 0 and counts["event_actors"] == 0
        assert next(s.analyses()).article.text.endswith("More text.")


def test_store_roundtrips_analysis_and_filters_events(tmp_path):
    a = sample_analysis("a1")
    with Store(tmp_path / "s.duckdb") as s:
        s.write([a])
        assert next(s.analyses()) == a
        assert len(list(s.events(EventFilter(actor="IRQ")))) == 1
        assert len(list(s.events(EventFilter(actor="IRQLEG")))) == 1
        assert len(list(s.events(EventFilter(actor="USA")))) == 0
        assert len(list(s.events(EventFilter(recipient="IRQGOV", type="request")))) == 1
        assert len(list(s.events(EventFilter(since="2023-03-08")))) == 0
        assert len(list(s.events(EventFilter(until="2023-03-07")))) == 1


def test_store_failed_batch_leaves_nothing_half_written(tmp_path):
    good, bad = sample_analysis("a1"), sample_analysis("a2")
    bad.events[0] = dataclasses.replace(bad.events[0], confidence="not a number")  # type: ignore
    with Store(tmp_path / "s.duckdb") as s:
        s.write([good])
        with pytest.raises(StoreError):
            s.write([bad])
        counts = s.counts()
    assert counts["articles"] == 1 and counts["events"] == 1


def test_store_unreadable_db_is_a_clear_error(tmp_path):
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="junk.duckdb"):
        Store(junk)
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.duckdb", read_only=True)
