"""Near-duplicate index cost: add N distinct synthetic articles and time it.

    PYTHONPATH=src python3 benchmarks/dedup_scale.py --articles 5000

Articles are random draws from a 2,000-word vocabulary (about 300 words each), so any
candidate pair found is a false candidate the verification step must reject.
"""

from __future__ import annotations

import argparse
import random
import time

from eventwire.corpus.dedup import Deduplicator


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=5000)
    args = ap.parse_args()
    rng = random.Random(3)
    vocab = [f"w{i}" for i in range(2000)]
    texts = [" ".join(rng.choice(vocab) for _ in range(300)) for _ in range(args.articles)]
    d = Deduplicator()
    t0 = time.perf_counter()
    copies = sum(d.add(str(i), t) is not None for i, t in enumerate(texts))
    dt = time.perf_counter() - t0
    print(f"{args.articles} articles in {dt:.1f} s ({args.articles / dt:.0f}/s), {copies} merged")


if __name__ == "__main__":
    main()
