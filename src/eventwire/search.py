"""Full-text search over stored articles: an inverted index kept in the store.

DuckDB's ``fts`` extension needs a download, so the index is a plain table,
``search_terms (term, article_id, field, tf)``: one row per distinct word of an
article's title, text, quotes (what was said and who said it) and actor names,
with how often it occurs there. ``Store.write`` keeps it current in the batch's
own transaction; a store made before the index existed is indexed when it is
next opened for writing (``ensure_index``).

A query matches the articles that hold every one of its words (in any field),
ranked by a weighted count (title 3, actors 2, quotes 2, text 1); each result
carries a snippet of the text around the first hit with the hits' offsets, and
the article's events whose sentence holds every word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .records import Analysis

INDEX_VERSION = "1"
SCHEMA = """
CREATE TABLE IF NOT EXISTS search_terms (
    term VARCHAR, article_id VARCHAR, field VARCHAR, tf INTEGER);
"""
FIELD_WEIGHTS = {"title": 3, "actor": 2, "quote": 2, "text": 1}
MAX_TERMS = 8  # words in one query
SNIPPET = 160  # characters around the first hit

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str | None) -> list[str]:
    """The index words of a text: lower-cased runs of letters and digits, two or more long."""
    if not text:
        return []
    return [w for w in (m.group(0).lower() for m in _WORD.finditer(text)) if len(w) > 1]


def rows(analysis: Analysis) -> list[tuple[str, str, str, int]]:
    """The index rows of one article."""
    aid = analysis.article.id
    fields: dict[str, list[str]] = {
        "title": words(analysis.article.title),
        "text": words(analysis.article.text),
        "quote": [],
        "actor": [],
    }
    for q in analysis.quotes:
        for c in q.content:
            fields["quote"] += words(c.text)
        if q.speaker is not None:
            fields["quote"] += words(q.speaker.text)
    for ent in analysis.entities:
        fields["actor"] += words(ent.name)
        fields["actor"] += words(ent.code) + words("".join(ent.sectors))
    out = []
    for field, ws in fields.items():
        for term, tf in Counter(ws).items():
            out.append((term, aid, field, tf))
    return out


def query_terms(q: str) -> list[str]:
    """The distinct words of a query, in order, at most MAX_TERMS."""
    seen: list[str] = []
    for w in words(q):
        if w not in seen:
            seen.append(w)
    return seen[:MAX_TERMS]


def has_index(con: Any, schema: str = "") -> bool:
    """True when the store behind ``con`` holds a current search index."""
    prefix = f"{schema}." if schema else ""
    try:
        row = con.execute(f"SELECT value FROM {prefix}meta WHERE key = 'search_index'").fetchone()
    except Exception:  # noqa: BLE001 - an old store without the table or the meta row
        return False
    return bool(row and row[0] == INDEX_VERSION)


def rebuild(con: Any, analyses: Iterable[Analysis], insert: Any) -> int:
    """Index every article of ``analyses`` from scratch; returns the rows written."""
    con.execute(SCHEMA)
    con.execute("DELETE FROM search_terms")
    n = 0
    batch: list[tuple[str, str, str, int]] = []
    for a in analyses:
        batch += rows(a)
        if len(batch) > 200_000:
            insert("search_terms", batch)
            n += len(batch)
            batch = []
    if batch:
        insert("search_terms", batch)
        n += len(batch)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('search_index', ?)", [INDEX_VERSION])
    return n


def snippet(text: str, terms: list[str], width: int = SNIPPET) -> dict[str, Any]:
    """A piece of ``text`` around its first hit, with the hits' [start, end] inside it."""
    pattern = _pattern(terms)
    first = pattern.search(text) if terms else None
    if first is None:
        cut = text[:width]
        return {"text": cut + ("…" if len(text) > width else ""), "highlights": []}
    start = max(0, first.start() - width // 3)
    # start at a word boundary so the snippet does not open mid-word
    if start > 0:
        space = text.find(" ", start, first.start())
        start = space + 1 if space != -1 else start
    end = min(len(text), start + width)
    piece = text[start:end]
    lead = "…" if start > 0 else ""
    marks = [[m.start() + len(lead), m.end() + len(lead)] for m in pattern.finditer(piece)]
    return {"text": lead + piece + ("…" if end < len(text) else ""), "highlights": marks}


def _pattern(terms: list[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


def parts(text: str, highlights: list[list[int]]) -> list[tuple[str, bool]]:
    """A snippet cut into (piece, is_hit) runs, for pages that mark the hits."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for s, e in highlights:
        if s < pos:
            continue
        if s > pos:
            out.append((text[pos:s], False))
        out.append((text[s:e], True))
        pos = e
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def ranked_sql(source: str = "search_terms", articles: str = "articles") -> str:
    """SQL for the index as search reads it: one row per (word, article) with the
    article's weighted count of the word (``s``) and its date (``d``), in word order."""
    case = " ".join(f"WHEN '{f}' THEN {w}" for f, w in FIELD_WEIGHTS.items())
    return (
        f"SELECT t.term, t.article_id, sum(t.tf * CASE t.field {case} ELSE 1 END) AS s, "
        f"any_value(a.date) AS d FROM {source} t JOIN {articles} a ON a.id = t.article_id "
        "GROUP BY t.term, t.article_id ORDER BY t.term, t.article_id"
    )


def search(con: Any, q: str, limit: int, offset: int, ranked: str | None = None) -> dict[str, Any]:
    """Articles holding every word of ``q`` (best first), with snippets and their events.

    ``con`` is a connection whose current schema holds the store's tables (``articles``,
    ``events``, ``search_terms``); ``ranked`` names a table made by ``ranked_sql`` (the
    server keeps one), else the store's index is ranked on the fly.
    """
    terms = query_terms(q)
    if not terms:
        return {"terms": [], "total": 0, "articles": [], "events": [], "total_events": 0}
    table = ranked or f"({ranked_sql()})"
    marks = ", ".join("?" * len(terms))  # a constant list: pushed down to the scan
    hits = f"""
        SELECT article_id, sum(s) AS score, any_value(d) AS d FROM {table}
        WHERE term IN ({marks}) GROUP BY article_id HAVING count(*) = {len(terms)}"""
    # rank on narrow columns first; fetch the wide text of one page only
    page = con.execute(
        f"SELECT article_id, score, count(*) OVER () AS total FROM ({hits}) "
        "ORDER BY score DESC, d DESC NULLS LAST, article_id LIMIT ? OFFSET ?",
        [*terms, limit, offset],
    ).fetchall()
    if page:
        total = int(page[0][2])
    else:
        row = con.execute(f"SELECT count(*) FROM ({hits})", terms).fetchone()
        total = int(row[0]) if row else 0
    ids = [r[0] for r in page]
    details = {
        r[0]: r[1:]
        for r in con.execute(
            "SELECT id, title, source, CAST(date AS VARCHAR), url, text FROM articles "
            "WHERE id IN (SELECT unnest(?))",
            [ids],
        ).fetchall()
    }
    articles = []
    for aid, score, _ in page:
        title, source, date, url, text = details[aid]
        articles.append(
            {
                "id": aid,
                "title": title,
                "source": source,
                "date": date,
                "url": url,
                "score": int(score),
                "title_highlights": snippet(title, terms, 10_000)["highlights"] if title else [],
                "snippet": snippet(text or "", terms),
            }
        )
    # the events of this page's articles whose sentence holds every word
    patterns = [_pattern([t]) for t in terms]
    events = []
    if ids:
        for aid, eid, event, cameo, date, sentence in con.execute(
            "SELECT article_id, id, event, cameo, date, sentence_text FROM events "
            "WHERE article_id IN (SELECT unnest(?)) "
            "ORDER BY article_id, try_cast(substr(id, 3) AS INTEGER), id",
            [ids],
        ).fetchall():
            if not sentence or not all(p.search(sentence) for p in patterns):
                continue
            events.append(
                {
                    "id": f"{aid}-{eid}",
                    "article_id": aid,
                    "event_id": eid,
                    "event": event,
                    "cameo": cameo,
                    "date": date,
                    "snippet": snippet(sentence, terms, 400),
                }
            )
    return {
        "terms": terms,
        "total": total,
        "articles": articles,
        "events": events,
        "total_events": len(events),
    }
