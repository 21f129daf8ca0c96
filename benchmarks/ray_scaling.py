"""Ray runner scaling: the same PolNeAR articles coded with 1 and then 2 Coder actors.

    pip install -e '.[ray]'
    python benchmarks/ray_scaling.py --limit 120            # workers 1 and 2, local cluster
    python benchmarks/ray_scaling.py --workers 1 2 4 8 --address auto   # on a running cluster

Each run starts with a fresh output folder. The rate counts the coding only: each
actor reports when it finished loading its Coder, and the clock starts at the
latest of those (so one-time model loads, which a long job amortises, do not
flatter or hide the scaling); wall time including start-up is printed too.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import POLNEAR, load_articles  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Run the Ray runner at each worker count and print articles/s and the speed-up."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--limit", type=int, default=120, help="articles (default 120)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--address", default="local", help="local (default), auto or ray://HOST:PORT")
    ap.add_argument("--polnear", default=str(POLNEAR))
    args = ap.parse_args(argv)

    from eventwire import distributed

    articles = load_articles(args.limit, Path(args.polnear))
    words = sum(len(a["text"].split()) for a in articles)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        for n in args.workers:
            out = Path(tmp) / f"out-{n}"
            t0 = time.time()
            summary = distributed.run(
                [str(corpus)], out, address=args.address, workers=n, batch_size=8
            )
            wall = time.time() - t0
            ready = distributed.actors_ready(out)
            start = max(ready) if len(ready) >= n else t0
            coding = max(t0 + wall - start, 1e-9)
            rows.append((n, summary.articles, wall, coding))
    base = rows[0][1] / rows[0][3]
    print(f"{len(articles)} PolNeAR articles ({words:,} words), Ray address {args.address}")
    print(
        f"{'workers':>7} {'articles':>8} {'wall s':>8} {'coding s':>9} {'art/s':>7} {'speed-up':>8}"
    )
    for n, arts, wall, coding in rows:
        rate = arts / coding
        print(f"{n:7d} {arts:8d} {wall:8.1f} {coding:9.1f} {rate:7.2f} {rate / base:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
