"""Cost of one long article against the separate articles it is made of.

Joins real news articles (the PolNeAR texts, read in place from
../shared/eval/quotes/polnear/{train,dev}/text) into one text of about ``--chars``
characters (default 900,000, just under the max_chars default of 1,000,000), then
codes, each in a fresh subprocess so that peak memory is its own:

  separate  the articles one by one (Coder.pipe, one process)
  joined    the one long article (Coder.code)

and prints CPU seconds, wall seconds and peak RSS of each, with the parse and each
annotator timed apart, and the ratio joined/separate. CPU time is the steady measure
on a shared machine (the neighbours' load moves the wall clock, not CPU time).

    python benchmarks/long_article.py                 # 900,000 characters
    python benchmarks/long_article.py --chars 400000 --json

Targets (issue 22): joined/separate <= 2; peak RSS < 1 GiB per process.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import POLNEAR, TimedAnnotator, load_articles, run_stage  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GIB = 1024**3


def corpus(chars: int, root: Path = POLNEAR) -> list[dict[str, Any]]:
    """The first PolNeAR articles that together hold at least ``chars`` characters."""
    out, n = [], 0
    for art in load_articles(10_000, root):
        if n >= chars:
            break
        out.append(art)
        n += len(art["text"]) + 2
    return out


def stage(name: str, articles: list[dict[str, Any]]) -> dict[str, Any]:
    """Code the articles one by one (``separate``) or joined into one (``joined``)."""
    from eventwire import Coder, nlp
    from eventwire.coder import make_article

    coder = Coder({"max_chars": max(1_000_000, sum(len(a["text"]) + 2 for a in articles))})
    coder.code("Officials met in Geneva on Monday.", date="2020-01-01")  # load everything
    spent: dict[str, float] = {"parse": 0.0}

    coder.annotators = [TimedAnnotator(a, spent, time.process_time) for a in coder.annotators]
    if name == "joined":
        texts = ["\n\n".join(a["text"] for a in articles)]
        arts = [make_article(texts[0], id="joined", date=articles[0]["date"])]
    else:
        texts = [a["text"] for a in articles]
        arts = [make_article(a) for a in articles]
    cpu, wall = time.process_time(), time.perf_counter()
    docs = nlp.pipe(coder.nlp, texts)
    for art in arts:
        t = time.process_time()
        doc = next(docs)
        spent["parse"] += time.process_time() - t
        coder.annotate(art, doc)
    return {
        "stage": name,
        "articles": len(arts),
        "chars": sum(len(t) for t in texts),
        "cpu_seconds": time.process_time() - cpu,
        "seconds": time.perf_counter() - wall,
        "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "parts": spent,
    }


def main(argv: list[str] | None = None) -> int:
    """Run both stages, each in a subprocess, and print the table."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--chars", type=int, default=900_000, help="length of the joined article")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--polnear", default=str(POLNEAR), help=f"PolNeAR folder (default {POLNEAR})")
    ap.add_argument("--stage", choices=("separate", "joined"), help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.stage:
        arts = json.loads(Path(args.corpus).read_text(encoding="utf-8"))
        print(json.dumps(stage(args.stage, arts)))
        return 0

    articles = corpus(args.chars, Path(args.polnear))
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.json"
        path.write_text(json.dumps(articles), encoding="utf-8")
        for name in ("separate", "joined"):
            result = run_stage([__file__, "--stage", name, "--corpus", str(path)])
            if result is None:
                return 1
            results.append(result)
    sep, joined = results
    ratio_cpu = joined["cpu_seconds"] / sep["cpu_seconds"]
    ratio_wall = joined["seconds"] / sep["seconds"]
    if args.json:
        print(json.dumps({"stages": results, "ratio_cpu": ratio_cpu, "ratio_wall": ratio_wall}))
        return 0
    names = list(sep["parts"])
    print(
        f"{joined['chars']:,} characters of PolNeAR news: {sep['articles']} articles, "
        "then joined into one"
    )
    print(f"{'stage':9} {'CPU s':>7} {'wall s':>7} {'RSS MiB':>8}  " + " ".join(names))
    for r in results:
        parts = " ".join(f"{r['parts'][n]:.1f}" for n in names)
        print(
            f"{r['stage']:9} {r['cpu_seconds']:7.1f} {r['seconds']:7.1f} "
            f"{r['peak_rss'] / 2**20:8.0f}  {parts}"
        )
    print(f"joined/separate by CPU time: {ratio_cpu:.2f} (target <= 2); by wall: {ratio_wall:.2f}")
    worst = max(r["peak_rss"] for r in results)
    print(f"peak RSS: {worst / 2**20:.0f} MiB (ceiling {GIB / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
