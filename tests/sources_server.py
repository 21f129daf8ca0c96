"""A loopback HTTP server for the source tests: feeds and pages served from the fixtures.

Only 127.0.0.1 is used; the server runs in a thread of the test and stops with it.
Routes (``Site.routes``) map a path to ``(status, headers, body)``; ``/slow`` sleeps
longer than a test's time-out. Every request is logged with its headers.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
EXAMPLE = "http://news.example.com"


class Site:
    """Routes, ETags and a request log shared with the handler."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.log: list[tuple[str, dict[str, str], int]] = []
        self.base = ""

    def feed(self, path: str, fixture: str, etag: str | None = None, modified: str | None = None):
        """Serve a feed fixture with its example.com links pointing to this server."""
        body = (
            (FIXTURES / "feeds" / fixture)
            .read_bytes()
            .replace(EXAMPLE.encode(), self.base.encode())
        )
        headers = {"Content-Type": "application/rss+xml; charset=utf-8"}
        if etag:
            headers["ETag"] = etag
        if modified:
            headers["Last-Modified"] = modified
        self.routes[path] = (200, headers, body)

    def page(self, path: str, fixture: str) -> None:
        body = (FIXTURES / "html" / fixture).read_bytes()
        self.routes[path] = (200, {"Content-Type": "text/html; charset=utf-8"}, body)


def reply(
    handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], body: bytes
) -> None:
    """Send one response with its headers and a Content-Length (the body's, unless the
    headers declare one); a client that hung up is no error."""
    try:
        handler.send_response(status)
        for k, v in headers.items():
            handler.send_header(k, v)
        handler.send_header("Content-Length", headers.get("Content-Length", str(len(body))))
        handler.end_headers()
        handler.wfile.write(body)
    except (BrokenPipeError, ConnectionResetError):
        pass


def serve() -> tuple[ThreadingHTTPServer, Site]:
    """Start a server on a free loopback port; call ``server.shutdown()`` when done."""
    site = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            headers = {k.lower(): v for k, v in self.headers.items()}
            if self.path == "/slow":
                time.sleep(1.5)
            status, hdrs, body = site.routes.get(self.path, (404, {}, b"not found"))
            etag = hdrs.get("ETag")
            modified = hdrs.get("Last-Modified")
            if status == 200 and (
                (etag and headers.get("if-none-match") == etag)
                or (not etag and modified and headers.get("if-modified-since") == modified)
            ):
                status, body = 304, b""
            site.log.append((self.path, headers, status))
            reply(self, status, hdrs, body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, site
