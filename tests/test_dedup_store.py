"""The duplicate index kept in the event store: reloaded across runs, sources recorded."""

from __future__ import annotations

from pathlib import Path

import duckdb

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
    con.close()
    con = duckdb.connect(db)
    again = StoredDeduplicator(con)
    m = again.check(Article(id="other", text=TEXT.replace("fourteen", "15"), source="Other"))
    assert m is not None and m.of == "wire"
    rows = con.execute(
        "SELECT copy_id, kind, source FROM article_sources WHERE article_id = 'wire' ORDER BY 1"
    ).fetchall()
    assert rows == [("other", "near", "Other"), ("paper", "near", "Paper"),
                    ("wire", "original", "Agency")]  # fmt: skip
    # the same copy seen again replaces its row: counts stay the same
    again.check(Article(id="paper", text=cut, source="Paper"))
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
