"""The analyst's workflow over HTTP: search, sorting, confidence, corpus-level events,
Goldstein scores, actors, network, quote exports, unlocated events, wire copies.

The store is the web tests' three articles plus a second outlet's report of the air
strike (so clustering makes one event of two reports) and a syndicated copy of the
first strike report, recorded by the duplicate index as one more source of it.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402
from helpers import item_ids as ids
from helpers import span_of, web_client  # noqa: E402
from test_web_corpus import PWN, strike_analysis, web_analyses  # noqa: E402

from eventwire.corpus.cluster import attach_copies, cluster  # noqa: E402
from eventwire.corpus.dedup import StoredDeduplicator  # noqa: E402
from eventwire.records import (  # noqa: E402
    ActorRef,
    Analysis,
    Article,
    Entity,
    Event,
    Mention,
    Place,
    Span,  # noqa: E402
)
from eventwire.store import (  # noqa: E402
    Store,
    article_copies,
    event_mentions,
    write_corpus_events,
)
from eventwire.web import create_app  # noqa: E402

SECOND = "American jets hit militants close to Erbil on Friday, an official told reporters."


def second_report() -> Analysis:
    """Another outlet's report of the strike near Erbil (same event, other words)."""
    text = SECOND
    art = Article(
        "a4", text, "2023-04-15", "Jets hit militants", "Other Agency", "https://ex.org/4"
    )

    jets, mil, erbil = (span_of(text, w) for w in ("American jets", "militants", "Erbil"))
    loc = Place("Erbil", erbil.start, erbil.end, "Erbil", 36.19, 44.01, "IRQ", 95446, "city")
    ev = Event(
        id="ev1",
        event="ASSAULT",
        trigger=span_of(text, "hit"),
        sentence=Span(text, 0, len(text)),
        mode="air",
        actor=[ActorRef(jets.text, jets.start, jets.end, "e1", "USA", ["MIL"])],
        recipient=[ActorRef(mil.text, mil.start, mil.end, "e2", "IRQ", ["REB"])],
        date="2023-04-14",
        date_origin="text",
        location=loc,
        cameo="195",
        confidence=0.95,
    )
    ents = [
        Entity(
            "e1", "American jets", "USA", ["MIL"], "organization", [Mention(*vars(jets).values())]
        ),
        Entity("e2", "militants", "IRQ", ["REB"], "group", [Mention(*vars(mil).values())]),
    ]
    return Analysis(art, ents, [ev], [], [], [loc], [])


def build_analyst_db(path: Path) -> Path:
    """The web corpus, a second report, a wire copy, and the clustering pass."""
    strike = strike_analysis()
    copy = replace(strike.article, id="a2-wire", source="Syndicator", url="https://ex.org/w")
    with Store(path) as store:
        dedup = StoredDeduplicator(store.live())
        for a in web_analyses():
            assert dedup.check(a.article) is None
        assert dedup.check(copy) is not None  # a copy: counted, not coded
        analyses = [*web_analyses(), second_report()]
        ids = [a.article.id for a in analyses]
        store.write(analyses, also=dedup.pending(ids))  # the copy's source row with them
        dedup.stored(ids)
        events = cluster(list(event_mentions(store)), window_days=1)
        attach_copies(events, article_copies(store))
        write_corpus_events(store, events, window_days=1)
    return path


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = build_analyst_db(tmp_path_factory.mktemp("analyst") / "analyst.duckdb")
    return web_client(db)


# --- 1. full-text search ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "articles"),
    [
        ("Erbil", ["a2", "a4"]),  # text
        ("erbil militants", ["a2", "a4"]),  # every word, any order and case
        ("jets", ["a4"]),
        ("self-defence", ["a2"]),  # a quote's words
        ("Pentagon", ["a2"]),  # an actor's name
        ("lawmakers Erbil", []),  # no article holds both
        ("Hostile", ["evil/<b>1</b>"]),  # a title
    ],
)
def test_web_analyst_search_articles(client: TestClient, q: str, articles: list[str]) -> None:
    body = client.get("/api/search", params={"q": q}).json()
    assert sorted(a["id"] for a in body["articles"]) == sorted(articles)
    assert body["total"] == len(articles)


def test_web_analyst_search_snippets_and_events(client: TestClient) -> None:
    body = client.get("/api/search?q=jets+Erbil").json()
    art = body["articles"][0]
    snip = art["snippet"]
    hits = [snip["text"][s:e] for s, e in snip["highlights"]]
    assert hits == ["jets", "Erbil"]
    assert [e["id"] for e in body["events"]] == ["a4-ev1"]
    assert body["terms"] == ["jets", "erbil"]


@pytest.mark.parametrize("q", ["", "   ", "!!", "-"])
def test_web_analyst_search_needs_words(client: TestClient, q: str) -> None:
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 400 and r.json()["error"]["param"] == "q"


def test_web_analyst_search_page_marks_hits(client: TestClient) -> None:
    html = client.get("/search?q=jets").text
    assert "<mark>jets</mark>" in html and 'href="/articles/a4"' in html
    hostile = client.get("/search?q=hostile+rebels").text  # markup in title and text
    assert f"<script>{PWN}" not in hostile and "<img src=x" not in hostile
    assert "&lt;script&gt;" in hostile and "<mark>Hostile</mark>" in hostile
    assert 'id="search-q"' in client.get("/events").text  # the box on every page


def test_web_analyst_search_index_follows_writes(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write([second_report()])
    c = TestClient(create_app(db), base_url="http://localhost")
    assert c.get("/api/search?q=reporters").json()["total"] == 1
    changed = second_report()
    changed.article.text = SECOND.replace("reporters", "journalists")
    with Store(db) as store:
        assert store.write([changed]).replaced == 1
    c = TestClient(create_app(db), base_url="http://localhost")
    assert c.get("/api/search?q=reporters").json()["total"] == 0
    assert c.get("/api/search?q=journalists").json()["total"] == 1


def test_web_analyst_search_indexes_an_older_store(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.write([second_report()])
        store.con.execute("DROP TABLE search_terms")
        store.con.execute("DELETE FROM meta WHERE key = 'search_index'")
    # read-only: the server indexes it in memory
    assert (
        TestClient(create_app(db), base_url="http://localhost")
        .get("/api/search?q=jets")
        .json()["total"]
        == 1
    )
    with Store(db) as store:  # opened for writing: indexed in the store
        assert store.con.execute("SELECT count(*) FROM search_terms").fetchone()[0] > 0


# --- 2. sorting, confidence, several types --------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sort=-confidence", ["a4-ev1", "a1-ev1", "a2-ev1", "evil/<b>1</b>-ev1", "a2-ev2"]),
        ("sort=confidence&type=ASSAULT", ["evil/<b>1</b>-ev1", "a2-ev1", "a4-ev1"]),
        ("sort=date", ["a1-ev1", "a4-ev1", "a2-ev2", "a2-ev1", "evil/<b>1</b>-ev1"]),
        ("min_confidence=0.8", ["a2-ev1", "a4-ev1", "a1-ev1"]),
        ("min_confidence=0.9&type=ASSAULT,REQUEST", ["a4-ev1", "a1-ev1"]),
        ("min_confidence=0.9&type=ASSAULT", ["a4-ev1"]),
        ("type=ASSAULT,THREATEN&since=2023-04-15", ["evil/<b>1</b>-ev1"]),
        ("type=REQUEST,THREATEN", ["a2-ev2", "a1-ev1"]),
        ("sort=goldstein&type=REQUEST,THREATEN", ["a1-ev1", "a2-ev2"]),
    ],
)
def test_web_analyst_events_sort_and_confidence(
    client: TestClient, query: str, expected: list[str]
) -> None:
    body = client.get("/api/events?" + query).json()
    assert ids(body) == expected, body


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("sort=size", "sort"),
        ("min_confidence=high", "min_confidence"),
        ("min_confidence=1.5", "min_confidence"),
        ("min_confidence=nan", "min_confidence"),
        ("type=ASSAULT,BOMB", "type"),
        ("level=article", "level"),
        ("level=mention&sort=mentions", "sort"),
        ("level=event&min_mentions=0", "min_mentions"),
    ],
)
def test_web_analyst_events_bad_view(client: TestClient, query: str, param: str) -> None:
    r = client.get("/api/events?" + query)
    assert r.status_code == 400, r.text
    assert r.json()["error"]["param"] == param


def test_web_analyst_events_page_sorts_by_heads(client: TestClient) -> None:
    html = client.get("/events?sort=-confidence").text
    assert 'href="?sort=confidence" data-sort="confidence"' in html  # click again: ascending
    assert 'name="min_confidence"' in html
    assert html.index('href="/articles/a4#ev1"') < html.index('href="/articles/a1#ev1"')
    asc = client.get("/events?sort=confidence").text
    assert asc.index('href="/articles/a1#ev1"') < asc.index('href="/articles/a4#ev1"')


# --- 3. corpus-level events ---------------------------------------------------------------


def test_web_analyst_corpus_events(client: TestClient) -> None:
    body = client.get("/api/events?level=event&sort=-mentions").json()
    top = body["items"][0]
    # two coded reports and the wire copy of one of them, from three outlets
    assert top["event"] == "ASSAULT" and top["mentions"] == 3 and top["sources"] == 3
    assert sorted(r["article_id"] for r in top["reports"]) == ["a2", "a4"]
    assert top["goldstein"] == -10.0 and top["actor_codes"] == ["USAMIL"]
    assert body["total"] == 4  # five coded reports, two of one event
    only = client.get("/api/events?level=event&min_mentions=3").json()
    assert [e["id"] for e in only["items"]] == [top["id"]]
    assert only["next"] is None


def test_web_analyst_corpus_events_page(client: TestClient) -> None:
    html = client.get("/events?level=event").text
    assert 'class="events corpus cards"' in html and "<summary>3</summary>" in html
    assert 'href="/articles/a4#ev1"' in html


# --- 4. Goldstein -------------------------------------------------------------------------


def test_web_analyst_goldstein_everywhere(client: TestClient) -> None:
    items = {e["id"]: e for e in client.get("/api/events").json()["items"]}
    assert items["a2-ev1"]["goldstein"] == -10.0  # CAMEO 195
    assert items["a2-ev2"]["goldstein"] == -4.4  # CAMEO 130
    assert items["evil/<b>1</b>-ev1"]["goldstein"] is None  # no CAMEO code
    rows = list(csv.DictReader(io.StringIO(client.get("/events/export?type=THREATEN").text)))
    assert rows[0]["goldstein"] == "-4.4"
    plover = client.get("/events/export?format=plover-jsonl&type=THREATEN").text
    assert json.loads(plover.splitlines()[0])["goldstein"] == -4.4
    assert json.loads(client.get("/api/articles/a2").text)["events"][0]["goldstein"] == -10.0
    assert ">-4.4<" in client.get("/events?type=THREATEN").text
    page = client.get("/timeline?by=goldstein").text
    # April: two CAMEO 195 strikes (-10) and a 130 threat (-4.4)
    assert 'id="by-goldstein"' in page and "2023-04-01 · mean Goldstein: -8.13" in page


# --- 5. actors ----------------------------------------------------------------------------


def test_web_analyst_actor_index(client: TestClient) -> None:
    body = client.get("/api/actors").json()
    by_code = {a["code"]: a for a in body["items"]}
    assert by_code["USAMIL"]["events"] == 3 and by_code["USAMIL"]["as_actor"] == 3
    assert by_code["IRQREB"]["as_recipient"] == 2 and by_code["IRQREB"]["as_actor"] == 1
    # most events first, ties by code
    assert [a["code"] for a in body["items"]][:3] == ["IRQREB", "USAMIL", "IRQGOV"]
    assert [a["code"] for a in client.get("/api/actors?sort=code").json()["items"]][:2] == [
        "IRQGOV",
        "IRQLEG",
    ]
    assert [a["code"] for a in client.get("/api/actors?q=IRQR").json()["items"]] == ["IRQREB"]
    assert [a["code"] for a in client.get("/api/actors?q=pentagon").json()["items"]] == ["USAMIL"]
    assert client.get("/api/actors?sort=loud").status_code == 400
    html = client.get("/actors").text
    assert 'href="/actors/USAMIL" class="actor-link"' in html


# --- 6. network ---------------------------------------------------------------------------


def test_web_analyst_network(client: TestClient) -> None:
    body = client.get("/api/network").json()
    edges = {(e["source"], e["target"]): e for e in body["edges"]}
    assert edges[("USAMIL", "IRQREB")]["count"] == 2
    assert edges[("USAMIL", "IRQREB")]["by_type"] == {"ASSAULT": 2}
    assert edges[("IRQLEG", "IRQGOV")]["by_type"] == {"REQUEST": 1}
    nodes = {n["id"]: n for n in body["nodes"]}
    assert nodes["USAMIL"]["as_actor"] == 2 and nodes["IRQREB"]["as_recipient"] == 2
    only = client.get("/api/network?type=REQUEST").json()
    assert [(e["source"], e["target"]) for e in only["edges"]] == [("IRQLEG", "IRQGOV")]
    assert client.get("/api/network?max_edges=0").status_code == 400
    html = client.get("/network").text
    assert "/static/vendor/cytoscape/cytoscape.min.js" in html


# --- 7. quotes export ---------------------------------------------------------------------


def test_web_analyst_quotes_export(client: TestClient) -> None:
    r = client.get("/api/quotes?format=csv")
    assert r.headers["content-type"].startswith("text/csv")
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(r.text))}
    q = rows["a2-q1"]
    assert q["speaker"] == "the Pentagon" and q["speaker_code"] == "USAMIL"
    assert q["cue"] == "said" and q["content"] == "We acted in self-defence,"
    text = strike_analysis().article.text
    assert text[int(q["speaker_start"]) : int(q["speaker_end"])] == "the Pentagon"
    s, e = map(int, q["content_spans"].split("-"))
    assert text[s:e] == "We acted in self-defence,"
    lines = client.get("/api/quotes?format=jsonl&speaker=USA").text.splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["a2-q1"]
    assert client.get("/api/quotes?format=xml").status_code == 400
    html = client.get("/quotes").text
    assert 'class="speaker-code">USAMIL<' in html and "→ Pentagon" in html


# --- 8. map -------------------------------------------------------------------------------


def test_web_analyst_map_counts_unlocated(client: TestClient) -> None:
    assert client.get("/api/map").json()["unlocated"] == 1  # the THREATEN has no place
    assert client.get("/api/map?type=ASSAULT").json()["unlocated"] == 0


# --- 10. copies ---------------------------------------------------------------------------


def test_web_analyst_article_lists_its_copies(client: TestClient) -> None:
    html = client.get("/articles/a2").text
    assert 'id="copies"' in html and "Syndicator" in html and "a2-wire" in html
    assert 'id="copies"' not in client.get("/articles/a4").text
