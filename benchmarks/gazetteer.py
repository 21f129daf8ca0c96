"""Gazetteer benchmark: index load time, lookup cost, and the places annotator's share of coding.

    PYTHONPATH=src python3 benchmarks/gazetteer.py [--articles N] [--rebuild]

``--rebuild`` first builds the index into a temporary cache folder (the first-run cost).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def main() -> None:
    """Print the figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=50)
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    from eventwire import gazetteer as gz

    if args.rebuild:
        with tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            gz.build_index(Path(tmp) / "g.sqlite")
            print(f"first-run index build: {time.perf_counter() - t:.1f} s")
    gz.load()  # make sure the cached index exists before timing a fresh process
    code = (
        "import time; t=time.perf_counter(); from eventwire import gazetteer as g; "
        "g.load(); print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    print(f"gazetteer load in a fresh process (cached index): {float(out.stdout):.3f} s")

    gaz = gz.load()
    names = ["Springfield", "Baghdad", "Paris", "Washington", "New York", "Georgia", "Nowhere"]
    t = time.perf_counter()
    n = 0
    for name in names:
        for _ in range(200):
            gaz._lookup_uncached(gz.name_key(name))
            n += 1
    print(f"lookup, uncached: {(time.perf_counter() - t) / n * 1e6:.0f} µs")
    t = time.perf_counter()
    for _ in range(10_000):
        gaz.lookup("Springfield")
    print(f"lookup, memoised: {(time.perf_counter() - t) / 10_000 * 1e6:.1f} µs")

    gold = SHARED / "eval" / "geo" / "geowebnews" / "GWN.xml"
    if not gold.exists():
        return
    from eventwire import Coder
    from eventwire.annotators import Context
    from eventwire.coder import make_article
    from eventwire.evaluation.geo import read_gold
    from eventwire.records import Analysis

    texts = [a.text for a in read_gold(gold)[: args.articles]]
    coder = Coder({"annotators": ["places"]})
    places = coder.annotators[0]
    t = time.perf_counter()
    docs = list(coder.nlp.pipe(texts))
    parse = time.perf_counter() - t
    t = time.perf_counter()
    for text, doc in zip(texts, docs, strict=True):
        art = make_article(text)
        places(Context(article=art, doc=doc, analysis=Analysis(art), settings=coder.settings))
    ann = time.perf_counter() - t
    chars = sum(map(len, texts))
    print(
        f"{len(texts)} GeoWebNews articles ({chars:,} chars): spaCy parse {parse:.2f} s, "
        f"places annotator {ann:.2f} s ({ann / (parse + ann):.0%} of the two)"
    )


if __name__ == "__main__":
    main()
