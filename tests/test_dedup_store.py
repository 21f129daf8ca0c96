"""The duplicate index kept in the event store: reloaded across runs, sources recorded."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from eventwire.corpus.dedup import StoredDeduplicator
from eventwire.records import Article

WIRE = Path(__file__).parent / "fixtures" / "sources" / "wire"
TEXT = (WIRE / "quake.txt").read_text(encoding="utf-8")


def test_dedup_store_index_survives_a_restart(tmp_path):
    db = str(tmp_path / "s.duckdb")
    con = duckdb.connect(db)
    d = StoredDeduplicator(con)
    assert d.check(Article(id="wire", text=TEXT, source="Agency")) is None
    cut = "\n".join(TEXT.split("\n")[:3])
    assert d.check(Article(id="paper", text=cut, source="Paper")).of == "wire"
    d.flush()  # what the store's transaction does when it stores "wire"
    con.close()
    con = duckdb.connect(db)
    again = StoredDeduplicator(con)
    m = again.check(Article(id="other", text=TEXT.replace("fourteen", "15"), source="Other"))
    assert m is not None and m.of == "wire"
    again.flush()
    rows = con.execute(
        "SELECT copy_id, kind, source FROM article_sources WHERE article_id = 'wire' ORDER BY 1"
    ).fetchall()
    assert rows == [("other", "near", "Other"), ("paper", "near", "Paper"),
                    ("wire", "original", "Agency")]  # fmt: skip
    # the same copy seen again replaces its row: counts stay the same
    again.check(Article(id="paper", text=cut, source="Paper"))
    again.flush()
    assert con.execute("SELECT count(*) FROM article_sources").fetchone() == (3,)
    con.close()


def test_dedup_store_changed_article_is_not_its_own_copy(tmp_path):
    con = duckdb.connect(str(tmp_path / "s.duckdb"))
    d = StoredDeduplicator(con)
    d.check(Article(id="a", text=TEXT))
    assert d.check(Article(id="a", text=TEXT + "\nA correction was appended.")) is None


def test_dedup_store_forgotten_article_no_longer_absorbs_copies(tmp_path):
    con = duckdb.connect(str(tmp_path / "s.duckdb"))
    d = StoredDeduplicator(con)
    d.check(Article(id="failed", text=TEXT))
    d.forget("failed")
    assert d.check(Article(id="next", text=TEXT)) is None
    assert con.execute(
        "SELECT count(*) FROM article_fingerprints WHERE article_id = 'failed'"
    ).fetchone() == (0,)


def test_dedup_store_fingerprint_is_not_committed_without_its_article(tmp_path):
    """A run killed after indexing an article but before storing it leaves no trace of it:
    a later copy is coded as an original, not taken for a copy of a missing article."""
    from helpers import sample_analysis

    from eventwire.store import Store

    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        d = StoredDeduplicator(store.con)
        assert d.check(Article(id="lost", text=TEXT, source="Agency")) is None
        # killed here: the article's batch was never written
    with Store(db) as store:
        d = StoredDeduplicator(store.con)
        assert d.check(Article(id="copy", text=TEXT, source="Paper")) is None
        analysis = sample_analysis("copy")
        store.write([analysis], also=d.pending(["copy"]))
        d.stored(["copy"])
        assert d.check(Article(id="later", text=TEXT, source="Other")).of == "copy"
        store.write([], also=d.pending([]))
        assert store.con.execute(
            "SELECT article_id, copy_id FROM article_sources ORDER BY 2"
        ).fetchall() == [("copy", "copy"), ("copy", "later")]
        assert store.con.execute("SELECT count(*) FROM article_fingerprints").fetchone() == (2,)


def test_dedup_store_rows_commit_with_the_article_or_not_at_all(tmp_path):
    from helpers import sample_analysis

    from eventwire.errors import StoreError
    from eventwire.store import Store

    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        d = StoredDeduplicator(store.con)
        d.check(Article(id="a1", text=TEXT))
        bad = ("INSERT INTO no_such_table VALUES (1)", [])
        with pytest.raises(StoreError, match="rolled back"):
            store.write([sample_analysis("a1")], also=[*d.pending(["a1"]), bad])
        assert store.con.execute("SELECT count(*) FROM articles").fetchone() == (0,)
        assert store.con.execute("SELECT count(*) FROM article_fingerprints").fetchone() == (0,)
