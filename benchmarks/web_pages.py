"""Time every web page and API endpoint over a synthetic 100k-event store.

    PYTHONPATH=src python3 benchmarks/web_pages.py                  # build (cached) + time
    PYTHONPATH=src python3 benchmarks/web_pages.py --events 20000   # a smaller store
    PYTHONPATH=src python3 benchmarks/web_pages.py --screenshots docs/screenshots

The store is made of synthetic articles (four events each, with actors, quotes,
times and places whose offsets are true to the text) written with ``Store.write``,
so no parse is needed. Pages are requested in-process through FastAPI's TestClient
(routing, validation, SQL, template rendering; no network), three runs each after
one warm-up; the median and worst are reported. ``--screenshots`` also codes the
seed article with the real Coder into the store and saves PNGs of the pages, taken
by headless Chromium (Debian's ``/usr/bin/chromium`` driven by playwright).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from eventwire import records as rec
from eventwire.store import Store

ROOT = Path(__file__).resolve().parents[1]

ACTORS = [
    ("the Pentagon", "USA", ["MIL"], "organization"),
    ("the White House", "USA", ["GOV"], "organization"),
    ("Iraqi lawmakers", "IRQ", ["LEG"], "group"),
    ("the Iraqi government", "IRQ", ["GOV"], "organization"),
    ("Kurdish fighters", "IRQ", ["REB"], "group"),
    ("the Kremlin", "RUS", ["GOV"], "organization"),
    ("Ukrainian forces", "UKR", ["MIL"], "organization"),
    ("protesters in Tehran", "IRN", ["CVL"], "population"),
    ("Iranian officials", "IRN", ["GOV"], "group"),
    ("the United Nations", "UNO", [], "organization"),
    ("NATO", "NATO", [], "organization"),
    ("Syrian rebels", "SYR", ["REB"], "group"),
    ("the Turkish army", "TUR", ["MIL"], "organization"),
    ("Israeli police", "ISR", ["COP"], "organization"),
    ("Egyptian diplomats", "EGY", ["GOV"], "group"),
]
PLACES = [
    ("Baghdad", "IRQ", 33.34, 44.40, 98182),
    ("Erbil", "IRQ", 36.19, 44.01, 95446),
    ("Kyiv", "UKR", 50.45, 30.52, 703448),
    ("Kharkiv", "UKR", 49.98, 36.25, 706483),
    ("Moscow", "RUS", 55.75, 37.62, 524901),
    ("Tehran", "IRN", 35.69, 51.42, 112931),
    ("Damascus", "SYR", 33.51, 36.29, 170654),
    ("Aleppo", "SYR", 36.20, 37.16, 170063),
    ("Ankara", "TUR", 39.92, 32.85, 323786),
    ("Jerusalem", "ISR", 31.77, 35.23, 281184),
    ("Cairo", "EGY", 30.04, 31.24, 360630),
    ("Washington", "USA", 38.90, -77.04, 4140963),
    ("New York", "USA", 40.71, -74.01, 5128581),
    ("Brussels", "BEL", 50.85, 4.35, 2800866),
    ("Geneva", "CHE", 46.20, 6.14, 2660646),
]
VERBS = {
    "AGREE": ("agreed with", "057"), "CONSULT": ("met", "040"), "SUPPORT": ("praised", "051"),
    "CONCEDE": ("eased restrictions on", "081"), "COOPERATE": ("worked with", "060"),
    "AID": ("sent aid to", "070"), "RETREAT": ("withdrew from talks with", "087"),
    "REQUEST": ("urged", "100"), "ACCUSE": ("accused", "112"), "REJECT": ("rejected", "120"),
    "THREATEN": ("threatened", "130"), "PROTEST": ("protested against", "140"),
    "SANCTION": ("imposed sanctions on", "163"), "MOBILIZE": ("massed troops against", "150"),
    "COERCE": ("arrested members of", "173"), "ASSAULT": ("attacked", "190"),
}  # fmt: skip
MODES = {"ASSAULT": ["air", "firearms", "explosives"], "PROTEST": ["demonstrate", "strike"]}
CONTEXTS = ["military", "economic", "political", "human rights", "diplomatic"]
SOURCES = ["Reuters", "AP", "AFP", "Al Jazeera", "BBC", "Kyiv Independent", "Rudaw"]
SAYINGS = [
    "we will not accept any interference in our affairs",
    "the border must stay open for aid",
    "talks will resume next week",
    "the attack was a clear violation of the ceasefire",
    "sanctions hurt ordinary people most",
]


def _span(text: str, sub: str, start: int = 0) -> rec.Span:
    i = text.index(sub, start)
    return rec.Span(sub, i, i + len(sub))


def synthetic_analysis(rng: random.Random, n: int, events: int = 4) -> rec.Analysis:
    """One synthetic article with ``events`` events, a quote, times and places."""
    import datetime as dt

    day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(730))
    parts: list[str] = []
    plans = []
    for _ in range(events):
        a, r = rng.sample(ACTORS, 2)
        kind = rng.choice(rec.PLOVER_TYPES)
        place = rng.choice(PLACES)
        sent = f"{a[0][0].upper() + a[0][1:]} {VERBS[kind][0]} {r[0]} in {place[0]} on {day:%A}. "
        plans.append((len("".join(parts)), sent, a, r, kind, place))
        parts.append(sent)
    speaker = rng.choice(ACTORS)
    saying = rng.choice(SAYINGS)
    parts.append(f'"{saying[0].upper() + saying[1:]}," {speaker[0]} said.')
    text = "".join(parts)
    entities: dict[str, rec.Entity] = {}

    def ent(actor: tuple[str, str, list[str], str], span: rec.Span) -> str:
        key = actor[0]
        if key not in entities:
            entities[key] = rec.Entity(f"e{len(entities) + 1}", key, actor[1], actor[2], actor[3])
        entities[key].mentions.append(rec.Mention(span.text, span.start, span.end, "name"))
        return entities[key].id

    evs, places, times = [], [], []
    for i, (off, sent, a, r, kind, place) in enumerate(plans):
        head = a[0][0].upper() + a[0][1:]
        asp = _span(text, head, off)
        rsp = _span(text, r[0], asp.end)
        trig = _span(text, VERBS[kind][0], asp.end)
        psp = _span(text, place[0], rsp.end)
        tsp = _span(text, f"{day:%A}", psp.end)
        loc = rec.Place(psp.text, psp.start, psp.end, place[0], place[2], place[3], place[1],
                    place[4], "city")  # fmt: skip
        places.append(loc)
        times.append(rec.TimeValue(tsp.text, tsp.start, tsp.end, "DATE", day.isoformat()))
        evs.append(
            rec.Event(
                id=f"ev{i + 1}",
                event=kind,
                trigger=trig,
                sentence=rec.Span(sent.strip(), off, off + len(sent.strip())),
                mode=rng.choice(MODES.get(kind, [None])),
                context=rng.sample(CONTEXTS, rng.randint(0, 2)),
                aux=["negation"] if rng.random() < 0.05 else [],
                actor=[rec.ActorRef(asp.text, asp.start, asp.end, ent(a, asp), a[1], list(a[2]))],
                recipient=[
                    rec.ActorRef(rsp.text, rsp.start, rsp.end, ent(r, rsp), r[1], list(r[2]))
                ],
                date=day.isoformat(),
                date_origin="text",
                location=loc,
                cameo=VERBS[kind][1],
                confidence=round(rng.uniform(0.4, 0.95), 2),
                rule="synthetic",
            )
        )
    content = _span(text, saying[0].upper() + saying[1:])
    sp = _span(text, speaker[0], content.end)
    cue = _span(text, "said", sp.end)
    speaker_rec = rec.Speaker(sp.text, sp.start, sp.end, ent(speaker, sp))
    quote = rec.Quote("q1", "direct", [content], speaker_rec, cue)
    article = rec.Article(
        id=f"syn-{n:06d}",
        text=text,
        date=day.isoformat(),
        title=f"Synthetic report {n}",
        source=rng.choice(SOURCES),
        url=f"https://example.org/news/{n}",
    )
    return rec.Analysis(article, list(entities.values()), evs, [quote], times, places, [])


def make_db(path: Path, events: int, seed: int = 8) -> None:
    """Write a synthetic store with about ``events`` events (four per article)."""
    rng = random.Random(seed)
    n_articles = max(1, events // 4)
    with Store(path) as store:
        batch = []
        for n in range(n_articles):
            batch.append(synthetic_analysis(rng, n))
            if len(batch) == 2000:
                store.write(batch)
                batch = []
        if batch:
            store.write(batch)


PAGES = [
    "/events",
    "/events?page=400",
    "/events?type=ASSAULT&actor=USA",
    "/events?recipient=IRQ&since=2022-06-01&until=2022-12-31",
    "/events?q=sanctions&country=RUS",
    "/events?source=Reuters&aux=none&context=military",
    "/timeline",
    "/timeline?interval=week&by=quad",
    "/timeline?interval=day&type=PROTEST",
    "/map",
    "/map?type=ASSAULT",
    "/actors/USAMIL",
    "/actors/Iraqi%20lawmakers",
    "/articles/syn-000042",
    "/quotes",
    "/quotes?speaker=NATO&q=border",
    "/api/events",
    "/api/events?actor=IRQ&per_page=500",
    "/api/timeline?interval=week",
    "/api/map",
    "/api/actors/USAMIL",
    "/api/articles/syn-000042",
    "/api/quotes?q=ceasefire",
    "/events/export?format=csv&type=AID&country=UKR",
    "/events?sort=-confidence&min_confidence=0.8",
    "/search?q=ceasefire",
    "/actors",
    "/network",
    "/api/search?q=border+Baghdad",
    "/api/actors?q=IRQ",
    "/api/network?type=ASSAULT,COERCE",
    "/api/quotes?format=csv&speaker=NATO",
]


def time_pages(db: Path, runs: int = 3) -> list[tuple[str, float, float, int]]:
    """(url, median ms, worst ms, status) for every page."""
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    client = TestClient(create_app(db), base_url="http://localhost")
    out = []
    for url in PAGES:
        client.get(url)  # warm-up: first-query planning, template compilation
        times, status = [], 0
        for _ in range(runs):
            t0 = time.perf_counter()
            r = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
            status = r.status_code
        out.append((url, statistics.median(times), max(times), status))
    return out


def screenshots(db: Path, folder: Path) -> None:
    """Ingest the seed article into ``db`` and save PNGs of each page under ``folder``."""
    import json

    import uvicorn
    from playwright.sync_api import sync_playwright

    from eventwire import Coder
    from eventwire.web import create_app

    seed = json.loads((ROOT / "examples" / "seed-article.jsonl").read_text().splitlines()[0])
    with Store(db) as store:
        store.write([Coder().code(seed)])
        seed_id = seed["id"]
    server = uvicorn.Server(uvicorn.Config(create_app(db), port=8765, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    folder.mkdir(parents=True, exist_ok=True)
    base = "http://127.0.0.1:8765"
    shots = [
        ("events", "/events?actor=USA&since=2022-06-01", 900),
        ("timeline", "/timeline?interval=month", 620),
        ("map", "/map", 820),
        ("actor", "/actors/USAMIL", 900),
        ("article", f"/articles/{seed_id}", 1000),
        ("quotes", "/quotes?q=ceasefire", 700),
        ("search", "/search?q=ceasefire+Baghdad", 800),
        ("actors", "/actors", 800),
        ("network", "/network?country=IRQ&type=ASSAULT,COERCE,THREATEN", 760),
    ]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for name, url, height in shots:
            page.set_viewport_size({"width": 1280, "height": height})
            page.goto(base + url)
            if name == "map":
                page.wait_for_selector(".ew-marker", timeout=10000)
                page.wait_for_timeout(2000)  # let the cluster animation settle
            if name == "network":
                page.wait_for_selector("#network[data-edges]", timeout=15000)
                page.wait_for_timeout(500)
            _save(page, folder / f"{name}.png")
        page.set_viewport_size({"width": 390, "height": 844})  # a phone
        page.goto(base + "/events?actor=USA&since=2022-06-01")
        _save(page, folder / "phone-events.png")
        browser.close()
    server.should_exit = True
    thread.join(timeout=5)


def _save(page: object, path: Path) -> None:
    page.screenshot(path=str(path))  # type: ignore[attr-defined]
    if shutil.which("pngquant"):  # Debian's pngquant: a README-sized palette PNG
        subprocess.run(
            ["pngquant", "--force", "--speed", "1", "--output", str(path), "64", str(path)],
            check=False,
        )
    print(f"saved {path} ({path.stat().st_size // 1024} KiB)")


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the benchmark store, time every page, print a table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", type=Path, help="store to use (built if missing)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--screenshots", type=Path, help="save page screenshots in this folder")
    args = ap.parse_args(argv)
    db = args.db or Path(tempfile.gettempdir()) / f"eventwire-web-bench-{args.events}.duckdb"
    if not db.exists():
        t0 = time.perf_counter()
        make_db(db, args.events)
        print(f"built {db} ({args.events} events) in {time.perf_counter() - t0:.1f} s")
    if args.screenshots:
        screenshots(db, args.screenshots)
        return 0
    with Store(db, read_only=True) as s:
        counts = s.counts()
    print(f"store: {counts['articles']} articles, {counts['events']} events, "
          f"{counts['quotes']} quotes")  # fmt: skip
    print(f"{'page':<60} {'median ms':>10} {'worst ms':>9} status")
    worst = 0.0
    for url, med, mx, status in time_pages(db, args.runs):
        worst = max(worst, mx)
        print(f"{url:<60} {med:>10.1f} {mx:>9.1f} {status}")
    print(f"slowest page, worst run: {worst:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
