"""Time full-text search (``/api/search``) over a store of 10,000 articles.

    PYTHONPATH=src python3 benchmarks/web_search.py                  # build (cached) + time
    PYTHONPATH=src python3 benchmarks/web_search.py --articles 2000  # a smaller store

The articles are ``web_pages.py``'s synthetic reports (four events, a quote), each
followed by the sentences of the bundled seed article in a shuffled order with a
few article-specific words, so an article is news-sized (about 3,200 characters,
some 300 index rows) and the vocabulary grows with the corpus. They are written
with ``Store.write``, which keeps the index current, in batches of 1,000. Queries go
through FastAPI's TestClient (routing, validation, SQL, snippets, JSON), five runs
each after one warm-up; the median and worst wall-clock times are reported, and the
median CPU time of the process (all its threads), which the neighbours' load on a
shared machine inflates far less than the wall clock.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from web_pages import synthetic_analysis  # noqa: E402

from eventwire.records import Analysis  # noqa: E402
from eventwire.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
QUERIES = [
    "ceasefire",  # a word in one quote in five
    "sanctions",  # common: in many events and quotes
    "Baghdad",
    "Pentagon border",  # two words
    "parliament resolution troops",  # three words, all in the filler
    "report 4242",  # one article's own words (in a store of 4,243 or more)
    "zeppelin",  # no hit
]


def _filler() -> list[str]:
    seed = json.loads((ROOT / "examples" / "seed-article.jsonl").read_text().splitlines()[0])
    return [s for s in re.split(r"(?<=[.!?])\s+", seed["text"]) if s]


def article(rng: random.Random, n: int, filler: list[str]) -> Analysis:
    """A synthetic report, then shuffled seed sentences and words of its own (offsets kept)."""
    a = synthetic_analysis(rng, n)
    tail = filler[:]
    rng.shuffle(tail)
    extra = f" Report {n} filed from desk {rng.randrange(500)} as item {rng.randrange(10**6)}."
    art = replace(a.article, text=a.article.text + "\n" + " ".join(tail) + extra)
    return replace(a, article=art)


def make_db(path: Path, n_articles: int, seed: int = 20) -> float:
    """Write the store; returns the seconds the writes took."""
    rng = random.Random(seed)
    filler = _filler()
    took = 0.0
    with Store(path) as store:
        batch = []
        for n in range(n_articles):
            batch.append(article(rng, n, filler))
            if len(batch) == 1000 or n == n_articles - 1:
                t0 = time.perf_counter()
                store.write(batch)
                took += time.perf_counter() - t0
                batch = []
    return took


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the store, time each query, print a table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--db", type=Path, help="store to use (built if missing)")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    db = args.db or Path(tempfile.gettempdir()) / f"eventwire-search-bench-{args.articles}.duckdb"
    if not db.exists():
        took = make_db(db, args.articles)
        print(f"built {db}: {args.articles} articles written in {took:.1f} s (index included)")
    with Store(db, read_only=True) as s:
        con = s.con
        n_art = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        n_terms = con.execute("SELECT count(*) FROM search_terms").fetchone()[0]
        chars = con.execute("SELECT avg(length(text)) FROM articles").fetchone()[0]
    print(f"store: {n_art} articles (mean {chars:.0f} characters), {n_terms} index rows")

    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    t0 = time.perf_counter()
    client = TestClient(create_app(db))
    print(f"server start (snapshot + caches): {time.perf_counter() - t0:.1f} s")
    print(f"{'query':<32} {'articles':>8} {'median ms':>10} {'worst ms':>9} {'CPU ms':>7}")
    worst = 0.0
    for q in QUERIES:
        r = client.get("/api/search", params={"q": q})  # warm-up
        assert r.status_code == 200, r.text
        times, cpu = [], []
        for _ in range(args.runs):
            t0, c0 = time.perf_counter(), time.process_time()
            r = client.get("/api/search", params={"q": q})
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        worst = max(worst, max(times))
        print(
            f"{q:<32} {r.json()['total']:>8} {statistics.median(times):>10.1f} "
            f"{max(times):>9.1f} {statistics.median(cpu):>7.1f}"
        )
    print(f"slowest search, worst run: {worst:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
