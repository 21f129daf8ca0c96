"""The PETRARCH verb dictionary's cost: its load time, and coding speed with it on and off.

Loads the event lexicon without and with the packaged dictionary (the second load in the
same process shows it is parsed once per process), then codes the same PolNeAR articles
with two Coders, dictionary off and the default, interleaved article by article in one
process so both see the same machine load, and prints articles per CPU-second of each.

    python benchmarks/event_dictionary.py --limit 40
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from throughput import POLNEAR, load_articles


def main(argv: list[str] | None = None) -> int:
    """Print the load times and the interleaved coding rates."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--limit", type=int, default=40, help="articles (default 40)")
    ap.add_argument("--rounds", type=int, default=2, help="passes over the articles (default 2)")
    ap.add_argument("--polnear", default=str(POLNEAR), help=f"PolNeAR folder (default {POLNEAR})")
    args = ap.parse_args(argv)

    from eventwire import Coder
    from eventwire.annotators.events import load_lexicon

    t0 = time.perf_counter()
    load_lexicon()
    t1 = time.perf_counter()
    load_lexicon(packaged_dictionary=True, dictionary_patterns="new_verbs")
    t2 = time.perf_counter()
    load_lexicon(packaged_dictionary=True, dictionary_patterns="new_verbs")
    t3 = time.perf_counter()
    print(
        f"event lexicon load: hand-written only {t1 - t0:.2f} s; with the dictionary, "
        f"first {t2 - t1:.2f} s, again in the same process {t3 - t2:.2f} s"
    )

    articles = load_articles(args.limit, Path(args.polnear))
    coders = {"off": Coder({"event_dictionary_patterns": "none"}), "default": Coder()}
    for coder in coders.values():
        coder.code(articles[0]["text"])  # load the models before timing
    cpu = dict.fromkeys(coders, 0.0)
    for _ in range(args.rounds):
        for art in articles:
            for name, coder in coders.items():
                t = time.process_time()
                coder.code(art["text"], date=art.get("date"))
                cpu[name] += time.process_time() - t
    n = len(articles) * args.rounds
    for name, seconds in cpu.items():
        print(f"dictionary {name:7}: {n / seconds:.2f} articles per CPU-second")
    print(f"ratio default / off: {cpu['off'] / cpu['default']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
