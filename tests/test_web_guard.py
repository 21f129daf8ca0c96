"""The web server answers only its own host names, HEAD like GET, and says what it refuses."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402
from helpers import web_client  # noqa: E402
from test_web_corpus import build_db  # noqa: E402

from eventwire.web import create_app  # noqa: E402
from eventwire.web.guard import host_name  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory):
    return build_db(tmp_path_factory.mktemp("guard") / "corpus.duckdb")


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return web_client(db)


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("localhost:8000", "localhost"),
        ("LOCALHOST", "localhost"),
        ("127.0.0.1:8000", "127.0.0.1"),
        ("[::1]:8000", "::1"),
        ("[::1]", "::1"),
        ("news.example.org.", "news.example.org"),
        ("", ""),
    ],
)
def test_web_guard_host_name(header: str, name: str) -> None:
    assert host_name(header) == name


@pytest.mark.parametrize("host", ["localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000"])
def test_web_guard_loopback_hosts_are_answered(client: TestClient, host: str) -> None:
    assert client.get("/api/events", headers={"host": host}).status_code == 200


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8000", "localhost.evil.example", "127.0.0.1.nip.io", ""]
)
@pytest.mark.parametrize("path", ["/api/events", "/events", "/static/favicon.svg"])
def test_web_guard_other_hosts_are_refused(client: TestClient, host: str, path: str) -> None:
    r = client.get(path, headers={"host": host})
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "bad_host"
    assert "--allow-host" in r.json()["error"]["message"]


def test_web_guard_allow_host_adds_names(db) -> None:
    app = create_app(db, allow_hosts=["events.newsroom.example"])
    c = TestClient(app, base_url="http://events.newsroom.example")
    assert c.get("/api/events").status_code == 200
    assert c.get("/api/events", headers={"host": "other.example"}).status_code == 400
    anyone = TestClient(create_app(db, allow_hosts=["*"]), base_url="http://whatever.example")
    assert anyone.get("/api/events").status_code == 200


@pytest.mark.parametrize("path", ["/api/events", "/events", "/api/actors/IRQ", "/api/openapi.json"])
def test_web_guard_head_answers_like_get_without_body(client: TestClient, path: str) -> None:
    get = client.get(path)
    head = client.head(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_web_guard_405_carries_allow(client: TestClient, method: str) -> None:
    r = client.request(method, "/api/events")
    assert r.status_code == 405
    assert r.headers["allow"] == "GET, HEAD"
    assert r.json()["error"]["code"] == "method_not_allowed"


@pytest.mark.parametrize("path", ["/api/" + "a" * 3000, "/articles/" + "b" * 5000])
def test_web_guard_overlong_url_is_414(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 414
    assert r.json()["error"]["code"] == "uri_too_long"


def test_web_guard_overlong_query_is_414(client: TestClient) -> None:
    assert client.get("/api/events?q=" + "c" * 5000).status_code == 414


@pytest.mark.parametrize("path", ["/api/actors/", "/api/actors/%20"])
def test_web_guard_actor_api_with_empty_key_is_json_404(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["error"]["code"] == "not_found"
