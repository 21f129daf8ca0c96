"""Throughput and memory: bare spaCy parse vs full eventwire coding vs ingest into the store.

Codes the same real news articles (the PolNeAR texts, read in place from
../shared/eval/quotes/polnear/{train,dev}/text) with the same number of worker
processes (default: one per CPU core) in four stages, each in a fresh subprocess so
peak memory is its own:

  (a) parse   eventwire's spaCy pipeline (eventwire.nlp.load() + nlp.pipe), nothing else
  (b) code    the full Coder: one parse, then every annotator in settings order
  (c) ingest  `eventwire ingest` into a new DuckDB file (coding + store writes, wall time
              including worker start-up), with no flags when N is the core count
  (d) cli     `eventwire code --format jsonl` (coding + JSON output), likewise

and prints articles/s, words/s, peak RSS per worker process and the ratios b/a, c/a
and d/a by wall time (and b/a by CPU time: the CPU seconds the workers spent; on a
shared machine the wall-time rates move with the neighbours' load, CPU time does not).
Stages (a) and (b) time the work only, after every worker has loaded its models; (a)
is also timed from the start of its pool (its start-up included, as in (c) and (d)).

    python benchmarks/throughput.py                      # 500 articles, a worker per core
    python benchmarks/throughput.py --workers 1 --limit 924
    python benchmarks/throughput.py --profile 100        # per-annotator times + cProfile top
    python benchmarks/throughput.py --profile 40 --passes 3 --cpu   # fastest of 3, CPU time
    python benchmarks/throughput.py --limit 40 --config settings.json   # other settings

Floors: b/a >= 0.75 with every annotator on (issue 7); c/a and d/a >= 0.75 with no flags
(issue 22); peak RSS <= 1 GiB per worker.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "eval" / "quotes" / "polnear"
GIB = 1024**3
STAGES = ("parse", "code", "ingest", "cli")


def load_articles(limit: int, root: Path = POLNEAR) -> list[dict[str, Any]]:
    """PolNeAR texts as article dicts (id, date, source, title, text), train then dev."""
    meta: dict[str, dict[str, str]] = {}
    tsv = root / "metadata.tsv"
    if tsv.exists():
        with tsv.open(encoding="utf-8") as fh:
            meta = {r["filename"]: r for r in csv.DictReader(fh, delimiter="\t")}
    files = sorted((root / "train" / "text").glob("*.txt")) + sorted(
        (root / "dev" / "text").glob("*.txt")
    )
    if not files:
        sys.exit(f"no PolNeAR texts under {root}; expected {root}/train/text/*.txt")
    out = []
    for f in files[:limit]:
        m = meta.get(f.stem, {})
        out.append(
            {
                "id": f.stem,
                "date": m.get("publication_date") or None,
                "source": m.get("publisher") or None,
                "title": m.get("title") or None,
                "text": f.read_text(encoding="utf-8"),
            }
        )
    return out


def _rss() -> int:
    # ru_maxrss is in KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


# --- worker side ----------------------------------------------------------------------------

_STATE: dict[str, Any] = {}


def _init(stage: str, settings: dict[str, Any] | None = None) -> None:
    if stage == "parse":
        from eventwire import nlp

        _STATE["nlp"] = nlp.load()
    else:
        from eventwire import Coder

        _STATE["coder"] = Coder(settings or {})


def _ready(_: int) -> int:
    time.sleep(0.3)  # long enough that every worker takes one and so has finished loading
    return os.getpid()


def _run_chunk(chunk: list[dict[str, Any]]) -> tuple[int, int, int, float]:
    cpu = time.process_time()
    if "nlp" in _STATE:
        for _doc in _STATE["nlp"].pipe((a["text"] for a in chunk), batch_size=8):
            pass
    else:
        for _analysis in _STATE["coder"].pipe(chunk, n_process=1):
            pass
    cpu = time.process_time() - cpu
    return len(chunk), sum(len(a["text"].split()) for a in chunk), _rss(), cpu


def stage_work(
    stage: str,
    articles: list[dict[str, Any]],
    workers: int,
    settings: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Time stage ``parse`` or ``code`` over the articles in ``workers`` processes."""
    chunks = [articles[i : i + 16] for i in range(0, len(articles), 16)]
    start = time.perf_counter()
    with ProcessPoolExecutor(workers, initializer=_init, initargs=(stage, settings)) as pool:
        list(pool.map(_ready, range(workers)))
        t0 = time.perf_counter()
        results = list(pool.map(_run_chunk, chunks))
        seconds = time.perf_counter() - t0
    return {
        "stage": stage,
        "articles": sum(r[0] for r in results),
        "words": sum(r[1] for r in results),
        "seconds": seconds,
        "seconds_with_startup": time.perf_counter() - start - 0.3,  # less _ready's sleep
        "cpu_seconds": sum(r[3] for r in results),
        "peak_rss_per_worker": max(r[2] for r in results),
    }


def stage_cli(command: str, corpus: Path, workers: int) -> dict[str, Any]:
    """Time `eventwire ingest` into a new store or `eventwire code` (in this process, its
    workers as children), with no --workers flag when ``workers`` is the core count."""
    from eventwire import cli
    from eventwire.coder import cpu_cores

    def cpu() -> float:
        me = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime

    flags = [] if workers == cpu_cores() else ["--workers", str(workers)]
    with tempfile.TemporaryDirectory() as tmp:
        if command == "ingest":
            argv = ["ingest", str(corpus), "--db", str(Path(tmp) / "bench.duckdb"), *flags]
        else:
            argv = ["code", str(corpus), "--format", "jsonl", *flags]
        t0, c0 = time.perf_counter(), cpu()
        with open(os.devnull, "w", encoding="utf-8") as sink:
            saved, sys.stdout = sys.stdout, sink
            try:
                rc = cli.main(argv)
            finally:
                sys.stdout = saved
        seconds, cpu_seconds = time.perf_counter() - t0, cpu() - c0
    if rc != 0:
        raise SystemExit(f"{command} failed with exit code {rc}")
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    lines = [json.loads(x) for x in corpus.read_text(encoding="utf-8").splitlines()]
    return {
        "stage": "cli" if command == "code" else command,
        "articles": len(lines),
        "words": sum(len(a["text"].split()) for a in lines),
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "peak_rss_per_worker": children if workers > 1 else _rss(),
    }


# --- profile ---------------------------------------------------------------------------------


def run_stage(args: list[str]) -> dict[str, Any] | None:
    """Run this eventwire checkout's Python on ``args`` in a fresh process and read the JSON
    result its last line prints; None (its errors printed) when it fails."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        print(out.stderr, file=sys.stderr)
        return None
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


class TimedAnnotator:
    """Stands in for an annotator and adds up its time on ``clock`` in ``spent[name]``."""

    def __init__(
        self, ann: Any, spent: dict[str, float], clock: Callable[[], float] = time.perf_counter
    ) -> None:
        self.ann, self.name, self.spent, self.clock = ann, ann.name, spent, clock
        spent[self.name] = 0.0

    def __call__(self, ctx: Any) -> None:
        t = self.clock()
        self.ann(ctx)
        self.spent[self.name] += self.clock() - t


def profile(
    articles: list[dict[str, Any]], top: int = 25, passes: int = 1, cpu: bool = False
) -> None:
    """Per-annotator time per article (the fastest of ``passes`` passes, by CPU time with
    ``cpu``), then cProfile's top functions by own time."""
    import cProfile
    import pstats

    from eventwire import Coder
    from eventwire.coder import make_article

    coder = Coder()
    clock = time.process_time if cpu else time.perf_counter
    spent: dict[str, float] = {"parse": 0.0}
    plain = coder.annotators
    coder.annotators = [TimedAnnotator(a, spent, clock) for a in plain]
    arts = [make_article(a) for a in articles]
    best: dict[str, float] = {}
    docs: list[Any] = []
    for _ in range(max(1, passes)):  # no profiler: honest per-stage times
        spent.update((name, 0.0) for name in spent)
        docs = []
        for art in arts:
            t = clock()
            doc = coder.nlp(art.text)
            spent["parse"] += clock() - t
            coder.annotate(art, doc)
            docs.append(doc)
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    spent = best
    coder.annotators = plain
    n = len(arts)
    total = sum(spent.values())
    kind = "CPU" if cpu else "wall"
    print(
        f"Per-article {kind} time over {n} articles (in-process, no profiler, fastest of "
        f"{max(1, passes)} passes):"
    )
    for name, sec in spent.items():
        print(f"  {name:12} {1000 * sec / n:8.1f} ms  {100 * sec / total:5.1f}%")
    annotators = total - spent["parse"]
    print(
        f"  annotators   {1000 * annotators / n:8.1f} ms; parse/(parse+annotators) = "
        f"{spent['parse'] / total:.2f} (the single-process b/a)"
    )
    prof = cProfile.Profile()
    prof.enable()
    for art, doc in zip(arts, docs, strict=True):  # second pass: the annotators only
        coder.annotate(art, doc)
    prof.disable()
    print(f"\ncProfile of the annotators, top {top} by own time:")
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


# --- driver ----------------------------------------------------------------------------------


def _fmt(r: dict[str, Any]) -> str:
    return (
        f"{r['stage']:7} {r['articles']:6d} {r['seconds']:9.1f} "
        f"{r['articles'] / r['seconds']:8.2f} {r['words'] / r['seconds']:8.0f} "
        f"{r['cpu_seconds']:8.1f} {r['articles'] / r['cpu_seconds']:8.2f} "
        f"{r['words'] / r['cpu_seconds']:8.0f} {r['peak_rss_per_worker'] / 2**20:8.0f}"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the three stages (each in a subprocess) and print the table."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--limit", type=int, default=500, help="articles (default 500; 924 max)")
    ap.add_argument("--workers", type=int, help="worker processes (default: one per CPU core)")
    ap.add_argument("--stage", choices=STAGES, help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--profile", type=int, metavar="N", help="profile coding of N articles")
    ap.add_argument("--passes", type=int, default=1, help="--profile: keep the fastest of K passes")
    ap.add_argument("--cpu", action="store_true", help="--profile: time by CPU, not wall clock")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--polnear", default=str(POLNEAR), help=f"PolNeAR folder (default {POLNEAR})")
    ap.add_argument("--config", help="JSON file of settings for the Coder of stage (b)")
    args = ap.parse_args(argv)
    settings = json.loads(Path(args.config).read_text(encoding="utf-8")) if args.config else {}
    if args.workers is None:
        from eventwire.coder import cpu_cores

        args.workers = cpu_cores()

    if args.profile:
        profile(load_articles(args.profile, Path(args.polnear)), passes=args.passes, cpu=args.cpu)
        return 0
    if args.stage:  # one stage, in its own process; results as JSON on stdout
        corpus = Path(args.corpus)
        if args.stage in ("ingest", "cli"):
            result = stage_cli("code" if args.stage == "cli" else "ingest", corpus, args.workers)
        else:
            arts = [json.loads(x) for x in corpus.read_text(encoding="utf-8").splitlines()]
            result = stage_work(args.stage, arts, args.workers, settings)
        print(json.dumps(result))
        return 0

    articles = load_articles(args.limit, Path(args.polnear))
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text(
            "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8"
        )
        for stage in STAGES:
            result = run_stage(
                [__file__, "--stage", stage, "--corpus", str(corpus)]
                + ["--workers", str(args.workers)]
                + (["--config", args.config] if args.config else [])
            )
            if result is None:
                return 1
            results.append(result)
    a, b = results[0], results[1]
    ratio = (b["articles"] / b["seconds"]) / (a["articles"] / a["seconds"])
    # On a shared machine wall time moves with the neighbours' load; CPU time does not.
    ratio_cpu = a["cpu_seconds"] / b["cpu_seconds"]
    # (c) and (d) include their start-up: against (a)'s work alone and with its start-up
    vs_a = {
        r["stage"]: (a["seconds"] / r["seconds"], a["seconds_with_startup"] / r["seconds"])
        for r in results[2:]
    }
    if args.json:
        print(
            json.dumps(
                {
                    "workers": args.workers,
                    "cpus": os.cpu_count(),
                    "stages": results,
                    "ratio_b_a": ratio,
                    "ratio_b_a_cpu": ratio_cpu,
                    "ratio_vs_parse": vs_a,
                }
            )
        )
        return 0
    print(
        f"{len(articles)} PolNeAR articles, {args.workers} worker process(es), "
        f"{os.cpu_count()} CPUs"
    )
    print(
        f"{'stage':7} {'articles':>6} {'wall s':>9} {'art/s':>8} {'words/s':>8} "
        f"{'CPU s':>8} {'art/CPUs':>8} {'w/CPUs':>8} {'RSS MiB':>8}"
    )
    for r in results:
        print(_fmt(r))
    worst = max(r["peak_rss_per_worker"] for r in results)
    print(f"ratio b/a by CPU time: {ratio_cpu:.2f}  (floor 0.75); by wall time: {ratio:.2f}")
    for name, (work, startup) in vs_a.items():
        print(
            f"ratio {name}/a by wall time: {work:.2f} against the parse's work alone, "
            f"{startup:.2f} against it with its pool's start-up (target 0.75)"
        )
    print(f"peak RSS per worker: {worst / 2**20:.0f} MiB  (ceiling {GIB / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
