"""Polite, guarded HTTP fetching for the readers and ``watch``: one place that talks
to the network.

A ``Fetcher`` sends a User-Agent naming eventwire, waits ``host_delay`` seconds
between two requests to the same host, sends conditional-GET headers when given
(ETag / Last-Modified) and turns every failure (time-out, refused connection,
HTTP error, oversized body) into a ``SourceError`` naming the URL and the reason.
It uses only the standard library so nothing else is needed to read a URL.

Because a feed names the links that are then fetched, a hostile feed could point
eventwire at the machine it runs on or at its network (server-side request
forgery). So, unless ``allow_private`` (setting ``fetch_private_addresses``):

- every connection, redirects included, goes only to public addresses: a host that
  resolves to a loopback, private, link-local (cloud metadata at 169.254.169.254),
  shared, reserved or multicast address is refused; the address is checked where the
  socket connects, so a name that changes its address between two look-ups
  (DNS rebinding) gains nothing;
- redirects go to http(s) URLs only, and proxies from the environment are not used
  (a proxy would connect on eventwire's behalf, unchecked).

``timeout`` bounds the whole fetch (connection, headers and body), not each read,
and ``max_bytes`` is enforced while the body streams in.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .. import __version__
from ..errors import AddressRefused, SourceError

USER_AGENT = f"eventwire/{__version__} (news event coder; +https://pypi.org/project/eventwire/)"
MAX_BYTES = 20 * 1024 * 1024  # a news page or feed is far smaller; more is a mistake or a trap
CHUNK = 64 * 1024


def is_public(address: str) -> bool:
    """True when ``address`` (an IP) is a public, unicast Internet address."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(ip.is_global) and not ip.is_multicast


class _Call:
    """One fetch: its deadline, whether private addresses are allowed, its sockets."""

    def __init__(self, timeout: float, allow_private: bool) -> None:
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.allow_private = allow_private
        self.sockets: list[socket.socket] = []
        self.expired = False

    def remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            self.expired = True
            raise TimeoutError("deadline reached")
        return left

    def kill(self) -> None:
        """At the deadline: shut the sockets, so a read blocked on a slow server returns."""
        self.expired = True
        for sock in self.sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def connect(
        self, address: tuple[str, int], timeout: Any = None, source_address: Any = None
    ) -> socket.socket:
        """``socket.create_connection`` that connects only to allowed addresses."""
        host, port = address
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        allowed = [i for i in infos if self.allow_private or is_public(str(i[4][0]))]
        if not allowed:
            shown = ", ".join(sorted({str(i[4][0]) for i in infos}))
            raise AddressRefused(
                f"{host} resolves to {shown}, not a public address (loopback, private, "
                "link-local or reserved); set fetch_private_addresses to allow it"
            )
        error: OSError | None = None
        for family, type_, proto, _name, sockaddr in allowed:
            sock = socket.socket(family, type_, proto)
            try:
                sock.settimeout(self.remaining())
                if source_address:
                    sock.bind(source_address)
                self.sockets.append(sock)
                sock.connect(sockaddr)
                return sock
            except OSError as exc:
                sock.close()
                error = exc
        raise error or OSError(f"{host}: no address to connect to")


def _opener(call: _Call) -> urllib.request.OpenerDirector:
    """An opener whose every connection, redirects included, goes through ``call``."""

    class Connection(http.client.HTTPConnection):
        def __init__(self, *args: Any, **kw: Any) -> None:
            super().__init__(*args, **kw)
            self._create_connection = call.connect  # type: ignore[method-assign,assignment]

    class SecureConnection(http.client.HTTPSConnection):
        def __init__(self, *args: Any, **kw: Any) -> None:
            super().__init__(*args, **kw)
            self._create_connection = call.connect  # type: ignore[method-assign,assignment]

    class Handler(urllib.request.HTTPHandler):
        def http_open(self, req: Any) -> Any:
            return self.do_open(Connection, req)

    class SecureHandler(urllib.request.HTTPSHandler):
        def https_open(self, req: Any) -> Any:
            return self.do_open(SecureConnection, req)

    class Redirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(
            self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
        ) -> Any:
            if not is_url(newurl):
                raise urllib.error.URLError(f"redirect to {newurl!r}, not an http(s) URL")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return urllib.request.build_opener(
        urllib.request.ProxyHandler({}), Handler, SecureHandler, Redirects
    )


def is_url(path: str) -> bool:
    """True when ``path`` is an http(s) URL rather than a file name."""
    return path.startswith(("http://", "https://"))


@dataclass
class Response:
    """What a fetch returned: status, the final URL, headers (lower-case names) and body."""

    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional GET."""
        return self.status == 304


class Fetcher:
    """Fetches URLs politely and safely (see the module docstring); safe to share between
    threads."""

    def __init__(
        self,
        timeout: float = 20.0,
        host_delay: float = 1.0,
        user_agent: str = USER_AGENT,
        max_bytes: int = MAX_BYTES,
        allow_private: bool = False,
    ) -> None:
        self.timeout = timeout
        self.host_delay = host_delay
        self.user_agent = user_agent
        self.max_bytes = max_bytes
        self.allow_private = allow_private
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        self.sleep = time.sleep  # replaceable, so a stopping watcher can interrupt the wait

    def _wait_for(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            ready = self._last.get(host, -1e9) + self.host_delay
            self._last[host] = max(now, ready)
        if ready > now:
            self.sleep(ready - now)

    def get(self, url: str, etag: str | None = None, modified: str | None = None) -> Response:
        """GET ``url``; with ``etag``/``modified`` a conditional GET that may answer 304."""
        if not is_url(url):
            raise SourceError(f"{url}: not an http(s) URL")
        host = urlsplit(url).netloc.lower()
        self._wait_for(host)
        headers = {"User-Agent": self.user_agent, "Accept": "*/*"}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        req = urllib.request.Request(url, headers=headers)
        call = _Call(self.timeout, self.allow_private)
        watchdog = threading.Timer(self.timeout, call.kill)
        watchdog.daemon = True
        watchdog.start()
        try:
            with _opener(call).open(req, timeout=self.timeout) as resp:
                hdrs = {k.lower(): v for k, v in resp.headers.items()}
                status, final = resp.status, resp.geturl()
                body = self._body(url, resp, hdrs, call)
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                hdrs = {k.lower(): v for k, v in (exc.headers or {}).items()}
                return Response(url=url, status=304, headers=hdrs)
            raise SourceError(f"{url}: HTTP {exc.code} {exc.reason}") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, AddressRefused):
                raise SourceError(f"{url}: refused: {reason}") from None
            if isinstance(reason, TimeoutError) or call.expired:
                raise SourceError(f"{url}: timed out after {self.timeout:g} s") from None
            raise SourceError(f"{url}: cannot be fetched ({reason})") from None
        except AddressRefused as exc:
            raise SourceError(f"{url}: refused: {exc}") from None
        except (TimeoutError, OSError, ValueError, http.client.HTTPException) as exc:
            if isinstance(exc, TimeoutError) or call.expired:
                raise SourceError(f"{url}: timed out after {self.timeout:g} s") from None
            raise SourceError(f"{url}: cannot be fetched ({exc})") from None
        finally:
            watchdog.cancel()
        return Response(url=final, status=status, headers=hdrs, body=body)

    def _body(self, url: str, resp: Any, hdrs: dict[str, str], call: _Call) -> bytes:
        """The response body, read in chunks within the deadline and the size limit."""
        declared = hdrs.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise SourceError(f"{url}: larger than {self.max_bytes:,} bytes; not a news page")
        read = getattr(resp, "read1", None) or resp.read
        parts: list[bytes] = []
        size = 0
        while True:
            call.remaining()
            chunk = read(CHUNK)
            if call.expired:
                raise TimeoutError("deadline reached")
            if not chunk:
                return b"".join(parts)
            size += len(chunk)
            if size > self.max_bytes:
                raise SourceError(f"{url}: larger than {self.max_bytes:,} bytes; not a news page")
            parts.append(chunk)
