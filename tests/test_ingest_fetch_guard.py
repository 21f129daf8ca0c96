"""Feeds cannot make eventwire fetch from its own machine or network (SSRF); the fetch
time-out bounds the whole fetch and the size limit holds while the body streams."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sources_server import EXAMPLE, FIXTURES, reply, serve

from eventwire.errors import SourceError
from eventwire.ingest import fetch, read
from eventwire.ingest.fetch import Fetcher, is_public
from eventwire.records import Article

# 127.0.0.2 plays a public web server: the tests treat it as public, nothing else.
PUBLIC_STAND_IN = "127.0.0.2"


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("127.8.9.10", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.0.10", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.251", False),
        ("::1", False),
        ("fd00::1", False),
        ("fe80::1%eth0", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:169.254.169.254", False),
        ("not-an-ip", False),
        ("8.8.8.8", True),
        ("93.184.215.14", True),
        ("2001:4860:4860::8888", True),
    ],
)
def test_ingest_fetch_guard_public_addresses(address, public):
    assert is_public(address) is public


class _Drip(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        try:
            if self.path == "/drip":  # a byte every 50 ms for 4 s: each read is quick
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(80):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.05)
                return
            if self.path == "/endless":  # no Content-Length, more than any limit
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(200):
                    self.wfile.write(b"y" * 8192)
                return
            status, headers, body = self.routes.get(self.path, (404, {}, b"not found"))
            reply(self, status, headers, body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def local_site():
    server, site = serve()
    site.routes["/secret"] = (200, {"Content-Type": "text/html"}, b"<p>internal only</p>" * 50)
    yield site
    server.shutdown()
    server.server_close()


@pytest.fixture()
def public_site(monkeypatch) -> Iterator[tuple[str, dict]]:
    real = fetch.is_public
    monkeypatch.setattr(fetch, "is_public", lambda a: a == PUBLIC_STAND_IN or real(a))
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
    handler = type("Handler", (_Drip,), {"routes": routes})
    server = ThreadingHTTPServer((PUBLIC_STAND_IN, 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://{PUBLIC_STAND_IN}:{server.server_address[1]}", routes
    server.shutdown()
    server.server_close()


def test_ingest_fetch_guard_refuses_loopback_by_default(local_site):
    url = local_site.base + "/secret"
    with pytest.raises(SourceError, match="refused: 127.0.0.1 resolves to 127.0.0.1"):
        Fetcher(host_delay=0).get(url)
    assert not [p for p, _h, _s in local_site.log if p == "/secret"]
    assert b"internal only" in Fetcher(host_delay=0, allow_private=True).get(url).body


@pytest.mark.parametrize("name", ["localhost", "127.1"])
def test_ingest_fetch_guard_refuses_names_of_loopback(local_site, name):
    port = local_site.base.rsplit(":", 1)[1]
    with pytest.raises(SourceError, match="not a public address"):
        Fetcher(host_delay=0).get(f"http://{name}:{port}/secret")


@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
def test_ingest_fetch_guard_refuses_redirect_to_private(public_site, local_site, code):
    base, routes = public_site
    routes["/go"] = (code, {"Location": local_site.base + "/secret"}, b"")
    with pytest.raises(SourceError, match="refused"):
        Fetcher(host_delay=0).get(base + "/go")
    assert not [p for p, _h, _s in local_site.log if p == "/secret"]


def test_ingest_fetch_guard_refuses_redirect_to_another_scheme(public_site):
    base, routes = public_site
    routes["/go"] = (302, {"Location": "ftp://files.example/secret"}, b"")
    with pytest.raises(SourceError, match="not an http"):
        Fetcher(host_delay=0).get(base + "/go")


def test_ingest_fetch_guard_feed_link_to_private_address_is_not_followed(public_site, local_site):
    base, routes = public_site
    local_site.page("/world/iraq-troops-vote.html", "news-classic.html")
    site_feed = (FIXTURES / "feeds" / "world.rss").read_bytes()
    site_feed = site_feed.replace(EXAMPLE.encode(), local_site.base.encode())
    routes["/world.rss"] = (200, {"Content-Type": "application/rss+xml"}, site_feed)
    items = list(read([base + "/world.rss"], fetcher=Fetcher(host_delay=0)))
    errors = [i for i in items if isinstance(i, SourceError)]
    assert errors and all("refused" in str(e) for e in errors)
    assert all(isinstance(i, Article) for i in items if i not in errors)
    assert not [p for p, _h, _s in local_site.log if p.endswith(".html")]


def test_ingest_fetch_guard_timeout_bounds_the_whole_fetch(public_site):
    base, _routes = public_site
    with pytest.raises(SourceError, match="timed out after 0.5 s"):
        Fetcher(timeout=0.5, host_delay=0).get(base + "/drip")


@pytest.mark.parametrize("path", ["/endless", "/declared"])
def test_ingest_fetch_guard_size_limit_holds_while_streaming(public_site, path):
    base, routes = public_site
    routes["/declared"] = (200, {"Content-Length": "999999999"}, b"z")
    with pytest.raises(SourceError, match="larger than 100,000 bytes"):
        Fetcher(host_delay=0, max_bytes=100_000).get(base + path)
