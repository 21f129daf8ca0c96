"""WARC ingest memory: stream a generated archive of N pages and sample resident memory.

    PYTHONPATH=src python3 benchmarks/warc_memory.py --pages 10000

Writes the archive to a temporary folder (about 25 MB gzipped for 10,000 pages), then reads it
with ``eventwire.ingest.read`` (extraction, dateline, language check; no coding) and prints the
resident set size (VmRSS) every ``--every`` pages. Flat memory means the numbers stop growing
after the first samples (library caches warm up, then nothing accumulates).
"""

from __future__ import annotations

import argparse
import io
import random
import tempfile
import time
from pathlib import Path

WORDS = (
    "government minister parliament talks troops border election protest agreement "
    "sanctions ceasefire council officials spokesman capital province opposition forces "
    "president embassy negotiators vote resolution aid workers police strike statement"
).split()


def rss_mb() -> float:
    """This process's resident memory in MiB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def page(n: int, rng: random.Random) -> bytes:
    paras = []
    for _ in range(rng.randint(5, 9)):
        sents = []
        for _ in range(rng.randint(2, 4)):
            w = [rng.choice(WORDS) for _ in range(rng.randint(12, 22))]
            sents.append(" ".join(w).capitalize() + ".")
        paras.append("<p>" + " ".join(sents) + "</p>")
    return (
        f"<html><head><title>Story {n}</title>"
        f'<meta property="article:published_time" content="2024-03-{1 + n % 28:02d}">'
        f"</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Story {n}</h1>{''.join(paras)}</article>"
        f"<footer>Copyright Example News</footer></body></html>"
    ).encode()


def build(path: Path, pages: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(1)
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for n in range(pages):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            rec = w.create_warc_record(
                f"http://news.example.com/{n}",
                "response",
                payload=io.BytesIO(page(n, rng)),
                http_headers=http,
            )
            w.write_record(rec)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--every", type=int, default=1000)
    args = ap.parse_args()
    from eventwire.ingest import read

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "crawl.warc.gz"
        t0 = time.perf_counter()
        build(path, args.pages)
        print(f"built {args.pages} pages, {path.stat().st_size / 2**20:.1f} MiB gzipped, "
              f"in {time.perf_counter() - t0:.0f} s")  # fmt: skip
        print(f"{'pages read':>10}  {'RSS MiB':>8}")
        print(f"{0:>10}  {rss_mb():>8.1f}")
        t0 = time.perf_counter()
        n = errors = 0
        for item in read([str(path)]):
            n += 1
            if not hasattr(item, "text"):
                errors += 1
            if n % args.every == 0:
                print(f"{n:>10}  {rss_mb():>8.1f}", flush=True)
        dt = time.perf_counter() - t0
        print(f"read {n} items ({errors} errors) in {dt:.0f} s ({n / dt:.0f} pages/s)")


if __name__ == "__main__":
    main()
