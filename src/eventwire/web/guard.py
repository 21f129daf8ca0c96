"""Request guard: the HTTP rules the web app enforces before any route runs.

- **Host names** (against DNS rebinding): a request is answered only when its
  ``Host`` header names a host the server is served under: the loopback names by
  default, more with ``serve(allow_hosts=...)`` / ``eventwire serve --allow-host NAME``
  (``*`` accepts any). Others get 400 ``bad_host``.
- **Methods**: the app is read-only. ``HEAD`` is answered like ``GET`` without the
  body; any other method gets 405 with ``Allow: GET, HEAD``.
- **Length**: a path longer than ``MAX_PATH`` bytes gets 414 (the app bounds the query
  string itself).

Errors use the app's one JSON error shape. It is plain ASGI, so it wraps the app
whatever the framework's routing does.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_HOSTS: tuple[str, ...] = ("localhost", "127.0.0.1", "::1")
ALLOW = "GET, HEAD"
MAX_PATH = 2048  # bytes in a URL's path; every route's path is far shorter


def host_name(header: str) -> str:
    """The host name of a ``Host`` header, without port, brackets or a trailing dot."""
    value = header.strip().lower()
    if value.startswith("["):  # [::1]:8000
        return value[1 : value.find("]")] if "]" in value else value
    if value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


class RequestGuard:
    """ASGI middleware enforcing the host, method and length rules above."""

    def __init__(self, app: ASGIApp, allow_hosts: Iterable[str] = ()) -> None:
        self.app = app
        names = {host_name(h) for h in (*LOOPBACK_HOSTS, *allow_hosts) if h.strip()}
        self.any_host = "*" in names
        self.hosts = frozenset(names - {"*"})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = host_name(headers.get("host", ""))
        if not self.any_host and host not in self.hosts:
            shown = ", ".join(sorted(self.hosts))
            await _error(
                send,
                400,
                "bad_host",
                f"Host {headers.get('host', '')!r} is not a name this server is served under "
                f"({shown}); start it with --allow-host NAME to add one",
            )
            return
        if len(scope.get("raw_path") or scope["path"].encode()) > MAX_PATH:
            await _error(send, 414, "uri_too_long", f"URL path over {MAX_PATH} bytes")
            return
        method = scope["method"]
        if method not in ("GET", "HEAD"):
            await _error(
                send, 405, "method_not_allowed", "this server is read-only: GET and HEAD only"
            )
            return
        if method == "HEAD":
            await self.app({**scope, "method": "GET"}, receive, _headers_only(send))
            return
        await self.app(scope, receive, _with_allow(send))


def _headers_only(send: Send) -> Send:
    """A ``send`` that passes the response start (headers, status) and drops the body."""
    done = False

    async def wrapped(message: Message) -> None:
        nonlocal done
        if message["type"] == "http.response.start":
            await _with_allow(send)(message)
        elif message["type"] == "http.response.body" and not done:
            if not message.get("more_body", False):
                done = True
                await send({"type": "http.response.body", "body": b""})
        else:
            await send(message)

    return wrapped


def _with_allow(send: Send) -> Send:
    """A ``send`` that adds ``Allow`` to a 405 the app answers itself."""

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start" and message.get("status") == 405:
            headers = [h for h in message.get("headers", []) if h[0].lower() != b"allow"]
            message = {**message, "headers": [*headers, (b"allow", ALLOW.encode())]}
        await send(message)

    return wrapped


async def _error(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps(
        {"error": {"status": status, "code": code, "message": message, "param": None}}
    ).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
    ]
    if status == 405:
        headers.append((b"allow", ALLOW.encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
