"""Actors annotator cost relative to the spaCy parse, per article.

    PYTHONPATH=src python3 benchmarks/actors_overhead.py --articles 50 --repeat 2

Parses the seed article and the first N PolNeAR dev texts (../shared/eval/quotes/polnear/
dev/text), then times the parse and the actors annotator alone on each parse. The issue's
budget: actors adds at most 10% to the parse.
"""

from __future__ import annotations

import argparse
import time

from bench_texts import POLNEAR_DEV_TEXTS, seed_and_texts

from eventwire import Coder
from eventwire.annotators import Context
from eventwire.records import Analysis, Article


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--texts", default=str(POLNEAR_DEV_TEXTS))
    args = ap.parse_args()
    texts = seed_and_texts(args.texts, args.articles)
    coder = Coder()
    actors = next(a for a in coder.annotators if a.name == "actors")
    coder.nlp(texts[0])  # warm up: the seed article
    parse = annotate = 0.0
    for _ in range(args.repeat):
        for i, text in enumerate(texts):
            t0 = time.perf_counter()
            doc = coder.nlp(text)
            t1 = time.perf_counter()
            art = Article(id=str(i), text=text, date="2016-10-01")
            ctx = Context(
                article=art, doc=doc, analysis=Analysis(article=art), settings=coder.settings
            )
            actors(ctx)
            annotate += time.perf_counter() - t1
            parse += t1 - t0
    n = len(texts) * args.repeat
    print(
        f"{len(texts)} articles x {args.repeat}: parse {1000 * parse / n:.1f} ms/article, "
        f"actors {1000 * annotate / n:.1f} ms/article ({100 * annotate / parse:.1f}% of the parse)"
    )


if __name__ == "__main__":
    main()
