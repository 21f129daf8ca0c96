"""The JSON API and the server-rendered pages, through FastAPI's TestClient (no browser)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402
from helpers import item_ids as ids
from helpers import web_client  # noqa: E402
from test_web_corpus import HOSTILE_ID, PWN, build_db  # noqa: E402

from eventwire.errors import StoreError  # noqa: E402
from eventwire.web import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = build_db(tmp_path_factory.mktemp("webapi") / "corpus.duckdb")
    return web_client(db)


def test_web_api_events_lists_newest_first(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["total"] == 4 and body["page"] == 1 and body["next"] is None
    assert ids(body) == ["evil/<b>1</b>-ev1", "a2-ev1", "a2-ev2", "a1-ev1"]
    ev = body["items"][-1]
    assert ev["event"] == "REQUEST" and ev["cameo"] == "10" and ev["quad"] == 3
    assert ev["actor"][0]["code"] == "IRQ" and ev["actor"][0]["sectors"] == ["LEG"]
    assert ev["recipient"][0]["name"] == "government"
    assert ev["location"]["name"] == "Baghdad" and ev["trigger"]["text"] == "urged"


def test_web_api_events_paginate(client: TestClient) -> None:
    first = client.get("/api/events?per_page=3").json()
    assert len(first["items"]) == 3 and first["pages"] == 2
    assert first["next"] == "?page=2&per_page=3"
    second = client.get("/api/events" + first["next"]).json()
    assert ids(second) == ["a1-ev1"] and second["next"] is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=ASSAULT", ["evil/<b>1</b>-ev1", "a2-ev1"]),
        ("type=assault&type=REQUEST", ["evil/<b>1</b>-ev1", "a2-ev1", "a1-ev1"]),
        ("quad=3", ["a2-ev2", "a1-ev1"]),
        ("since=2023-04-01&until=2023-04-30", ["a2-ev1", "a2-ev2"]),
        ("until=2023-03", ["a1-ev1"]),
        ("since=2023-05", ["evil/<b>1</b>-ev1"]),
        ("mode=air", ["a2-ev1"]),
        ("context=military", ["a2-ev1", "a1-ev1"]),
        ("aux=historical", ["a2-ev2"]),
        ("aux=none&type=ASSAULT", ["evil/<b>1</b>-ev1", "a2-ev1"]),
        ("actor=USA", ["a2-ev1", "a2-ev2"]),
        ("actor=USAMIL&recipient=IRQREB", ["a2-ev1"]),
        ("actor=IRQLEG", ["a1-ev1"]),
        ("actor=lawmakers", ["a1-ev1"]),
        ("actor=pentagon", ["a2-ev2"]),
        ("recipient=IRQ", ["evil/<b>1</b>-ev1", "a2-ev1", "a1-ev1"]),
        ("country=IRQ&location=erbil", ["a2-ev1"]),
        ("country=irq&type=REQUEST", ["a1-ev1"]),
        ("source=wire", ["a2-ev1", "a2-ev2"]),
        ("q=self-defence", ["a2-ev2"]),
        ("q=100%25", []),  # a literal %, not a wildcard
        ("article=a1", ["a1-ev1"]),
        ("bbox=44,33,45,34", ["a1-ev1"]),
        ("type=&actor=&since=", ["evil/<b>1</b>-ev1", "a2-ev1", "a2-ev2", "a1-ev1"]),
    ],
)
def test_web_api_events_filters(client: TestClient, query: str, expected: list[str]) -> None:
    r = client.get("/api/events?" + query)
    assert r.status_code == 200, r.text
    assert ids(r.json()) == expected


ERROR_CASES = [
    ("/api/events?since=2023-13-01", 400, "since"),
    ("/api/events?since=yesterday", 400, "since"),
    ("/api/events?since=2023-05-01&until=2023-04", 400, "until"),
    ("/api/events?type=FIGHT", 400, "type"),
    ("/api/events?quad=5", 400, "quad"),
    ("/api/events?aux=maybe", 400, "aux"),
    ("/api/events?country=IRAQ", 400, "country"),
    ("/api/events?bbox=1,2,3", 400, "bbox"),
    ("/api/events?bbox=10,0,5,1", 400, "bbox"),
    ("/api/events?bbox=nan,0,1,1", 400, "bbox"),
    ("/api/events?page=0", 400, "page"),
    ("/api/events?page=x", 400, "page"),
    ("/api/events?per_page=100000", 400, "per_page"),
    ("/api/events?q=" + "x" * 300, 400, "q"),
    ("/api/events?actor=%01", 400, "actor"),
    ("/api/timeline?interval=year", 400, "interval"),
    ("/api/timeline?by=actor", 400, "by"),
    ("/api/quotes?kind=rumour", 400, "kind"),
    ("/events/export?format=xml", 400, "format"),
    ("/api/articles/nope", 404, "article_id"),
    ("/api/actors/XYZZY", 404, "key"),
    ("/api/nothing-here", 404, None),
    ("/api/events?" + "&".join(["q=a"] * 2000), 414, None),
]


@pytest.mark.parametrize(("url", "status", "param"), ERROR_CASES)
def test_web_api_errors_have_one_shape(
    client: TestClient, url: str, status: int, param: str | None
) -> None:
    r = client.get(url)
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message", "param"}
    assert body["error"]["status"] == status and body["error"]["param"] == param
    assert body["error"]["message"]


def test_web_api_results_are_bounded(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.web import app as web_app

    monkeypatch.setattr(web_app, "MAP_POINTS", 1)
    body = client.get("/api/map").json()
    assert len(body["points"]) == 1 and body["truncated"] is True
    monkeypatch.setattr(web_app, "EXPORT_LIMIT", 2)
    lines = client.get("/events/export?format=plover-jsonl").text.splitlines()
    assert len(lines) == 2


def test_web_api_next_link_keeps_the_filters(client: TestClient) -> None:
    first = client.get("/api/events?actor=USA&per_page=1").json()
    assert first["next"] == "?actor=USA&page=2&per_page=1"
    assert ids(client.get("/api/events" + first["next"]).json()) == ["a2-ev2"]


def test_web_api_is_read_only(client: TestClient) -> None:
    r = client.post("/api/events", json={"x": 1})
    assert r.status_code == 405 and r.json()["error"]["code"] == "method_not_allowed"


@pytest.mark.parametrize(
    "url", ["/events?since=2023-13-01", "/articles/missing", "/no/such/page", "/actors/ZZZZ"]
)
def test_web_pages_errors_are_html(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code in (400, 404)
    assert r.headers["content-type"].startswith("text/html")
    assert "<h1>" in r.text


def test_web_api_timeline_by_month_and_quad(client: TestClient) -> None:
    body = client.get("/api/timeline").json()
    assert [b["period"] for b in body["buckets"]] == ["2023-03-01", "2023-04-01", "2023-05-01"]
    april = body["buckets"][1]
    assert april["counts"] == {"ASSAULT": 1, "THREATEN": 1}
    assert (april["since"], april["until"]) == ("2023-04-01", "2023-04")
    assert april["goldstein"] == -7.2  # mean of ASSAULT 195 (-10) and THREATEN 130 (-4.4)
    week = client.get("/api/timeline?interval=week&by=quad").json()["buckets"]
    assert week[0] == {
        "period": "2023-03-06",
        "since": "2023-03-06",
        "until": "2023-03-12",
        "total": 1,
        "counts": {"3": 1},
        "goldstein": -5.0,  # CAMEO 10
    }


def test_web_api_map_points(client: TestClient) -> None:
    points = client.get("/api/map").json()["points"]
    assert {(p["name"], p["event"], p["n"]) for p in points} >= {
        ("Baghdad", "REQUEST", 1),
        ("Erbil", "ASSAULT", 1),
    }
    assert client.get("/api/map?type=REQUEST").json()["points"][0]["lat"] == 33.34


def test_web_api_actor(client: TestClient) -> None:
    body = client.get("/api/actors/USAMIL").json()
    assert body["events"] == {"actor": 2, "recipient": 0}
    assert body["by_type"] == {"ASSAULT": 1, "THREATEN": 1}
    assert body["counterparts"][0] == {
        "as": "actor",
        "code": "IRQREB",
        "name": "militants",
        "events": 1,
    }
    assert body["quotes"]["total"] == 1
    assert body["quotes"]["items"][0]["content"][0]["text"] == "We acted in self-defence,"
    by_name = client.get("/api/actors/Iraqi lawmakers").json()
    assert by_name["events"]["actor"] == 1 and by_name["over_time"][0]["period"] == "2023-03-01"


def test_web_api_article_is_the_json_contract(client: TestClient) -> None:
    body = client.get("/api/articles/a2").json()
    assert set(body) >= {"article", "entities", "events", "quotes", "times", "places", "claims"}
    assert body["article"]["text"].startswith("US forces struck")
    assert client.get("/api/articles/evil/%3Cb%3E1%3C/b%3E").json()["article"]["id"] == HOSTILE_ID


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["evil/<b>1</b>-q1", "a2-q1", "a1-q1"]),
        ("speaker=pentagon", ["a2-q1"]),
        ("speaker=USA", ["a2-q1"]),
        ("q=expel", ["a1-q1"]),
        ("kind=indirect", ["a1-q1"]),
        ("since=2023-04-01&until=2023-04-30", ["a2-q1"]),
    ],
)
def test_web_api_quotes_search(client: TestClient, query: str, expected: list[str]) -> None:
    assert ids(client.get("/api/quotes?" + query).json()) == expected


def test_web_export_csv(client: TestClient) -> None:
    r = client.get("/events/export?format=csv&actor=USA")
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["id"] for row in rows] == ["a2-ev1", "a2-ev2"]
    assert rows[0]["actor_codes"] == "USAMIL" and rows[0]["mode"] == "air"


def test_web_export_plover_jsonl(client: TestClient) -> None:
    r = client.get("/events/export?format=plover-jsonl&type=REQUEST")
    recs = [json.loads(line) for line in r.text.splitlines()]
    assert len(recs) == 1
    assert recs[0]["id"] == "a1-ev1" and recs[0]["event"] == ["REQUEST"]
    assert recs[0]["cite_info"]["article_id"] == "a1"


def test_web_export_gdelt_csv(client: TestClient) -> None:
    from eventwire.formats.gdelt import COLUMNS

    r = client.get("/events/export?format=gdelt-csv&type=ASSAULT&country=IRQ&header=true")
    lines = r.text.splitlines()
    assert lines[0].split("\t") == list(COLUMNS)
    rows = list(csv.DictReader(io.StringIO(r.text), delimiter="\t"))
    assert {row["EventCode"] for row in rows} == {"195", ""}
    bare = client.get("/events/export?format=gdelt-csv&type=ASSAULT&country=IRQ").text
    # GDELT 2.0 files have no header (DATEADDED may differ by a second between the calls)
    assert [x.split("\t")[:59] for x in bare.splitlines()] == [
        x.split("\t")[:59] for x in lines[1:]
    ]
    empty = client.get("/events/export?format=gdelt-csv&type=AID&header=1").text.splitlines()
    assert empty == ["\t".join(COLUMNS)]


PAGES = [
    "/events",
    "/events?type=REQUEST&page=1&per_page=10",
    "/timeline",
    "/timeline?interval=day&by=quad",
    "/map",
    "/actors/IRQLEG",
    "/actors/USA",
    "/articles/a1",
    "/quotes?speaker=pentagon",
    "/api/docs",
]


@pytest.mark.parametrize("url", PAGES)
def test_web_pages_render_with_security_headers(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1][:30]
    assert r.headers["x-content-type-options"] == "nosniff"
    # no script, style or image is loaded from another host: the UI works offline
    assert not re.search(r'src="(https?:)?//', r.text)
    assert not re.search(r'<link[^>]*href="(https?:)?//', r.text)


def test_web_pages_events_table_and_links(client: TestClient) -> None:
    html = client.get("/events?actor=USAMIL").text
    assert "struck" in html and "urged" not in html
    assert 'href="/actors/USAMIL"' in html and 'href="/articles/a2#ev1"' in html
    assert "/events/export?actor=USAMIL&amp;format=gdelt-csv" in html


def test_web_pages_quotes_list(client: TestClient) -> None:
    html = client.get("/quotes?q=self-defence").text
    assert "We acted in self-defence," in html and 'href="/actors/USAMIL"' in html


def test_web_pages_timeline_bars_link_to_events(client: TestClient) -> None:
    html = client.get("/timeline").text
    # a bar lists its period's events under the chart
    bar = 'href="/timeline?interval=month&amp;by=type&amp;period=2023-04-01#drill"'
    assert bar in html and 'id="drill"' not in html
    assert ">Apr 2023<" in html  # a readable date axis
    drill = client.get("/timeline?period=2023-04-01").text
    assert 'id="drill"' in drill and "Apr 2023: 2 event(s)" in drill
    assert "militants near Erbil on Friday" in drill and "to expel US troops" not in drill
    assert 'href="/events?since=2023-04-01&amp;until=2023-04"' in drill


def test_web_pages_article_highlights(client: TestClient) -> None:
    html = client.get("/articles/a2").text
    assert re.search(r'<span class="hl k-event[^"]*"[^>]*title="[^"]*ASSAULT/air cameo 195', html)
    assert re.search(r'class="hl k-actor[^"]*" data-refs="e1"[^>]*>US forces</span>', html)


@pytest.mark.parametrize(
    "url",
    [
        "/events",
        "/events?type=ASSAULT",
        "/articles/evil/%3Cb%3E1%3C/b%3E",
        "/quotes",
        "/actors/IRQREB",
        "/timeline",
        "/map",
    ],
)
def test_web_pages_escape_hostile_text(client: TestClient, url: str) -> None:
    html = client.get(url).text
    assert "<script>window" not in html and "<img src=x" not in html
    assert "<svg onload" not in html and "<i onmouseover" not in html
    assert 'href="javascript:' not in html


def test_web_pages_hostile_article_shows_its_markup_as_text(client: TestClient) -> None:
    html = client.get("/articles/evil/%3Cb%3E1%3C/b%3E").text
    assert "&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html
    assert PWN in html  # shown, as text


def test_web_openapi_documents_the_api(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    for path in (
        "/api/events",
        "/api/actors/{key}",
        "/api/articles/{article_id}",
        "/api/quotes",
        "/api/timeline",
    ):
        assert path in spec["paths"], path
    responses = spec["paths"]["/api/events"]["get"]["responses"]
    assert set(responses) == {"200", "400", "404"}
    assert responses["400"]["content"]["application/json"]["schema"]["$ref"].endswith("ErrorBody")
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"since", "until", "type", "actor", "recipient", "country", "q", "page"} <= params
    docs = client.get("/api/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


@pytest.mark.parametrize(
    "asset",
    [
        "/static/vendor/leaflet/leaflet.js",
        "/static/vendor/markercluster/leaflet.markercluster.js",
        "/static/vendor/world-atlas/countries-110m.json",
        "/static/vendor/topojson-client/topojson-client.min.js",
        "/static/map.js",
    ],
)
def test_web_assets_are_bundled(client: TestClient, asset: str) -> None:
    assert client.get(asset).status_code == 200


def test_web_missing_db_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        create_app(tmp_path / "missing.duckdb")


def test_web_cli_serve_defaults_to_loopback() -> None:
    from eventwire.cli import build_parser

    args = build_parser().parse_args(["serve", "--db", "x.duckdb"])
    assert (args.host, args.port, args.db) == ("127.0.0.1", 8000, "x.duckdb")
