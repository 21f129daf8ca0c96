"""Polite HTTP fetching for the readers and ``watch``: one place that talks to the network.

A ``Fetcher`` sends a User-Agent naming eventwire, waits ``host_delay`` seconds
between two requests to the same host, sends conditional-GET headers when given
(ETag / Last-Modified) and turns every failure (time-out, refused connection,
HTTP error, oversized body) into a ``SourceError`` naming the URL and the reason.
It uses only the standard library so nothing else is needed to read a URL.
"""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .. import __version__
from ..errors import SourceError

USER_AGENT = f"eventwire/{__version__} (news event coder; +https://pypi.org/project/eventwire/)"
MAX_BYTES = 20 * 1024 * 1024  # a news page or feed is far smaller; more is a mistake or a trap


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
    """Fetches URLs politely; safe to share between threads."""

    def __init__(
        self,
        timeout: float = 20.0,
        host_delay: float = 1.0,
        user_agent: str = USER_AGENT,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self.timeout = timeout
        self.host_delay = host_delay
        self.user_agent = user_agent
        self.max_bytes = max_bytes
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
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                body = resp.read(self.max_bytes + 1)
                hdrs = {k.lower(): v for k, v in resp.headers.items()}
                status, final = resp.status, resp.geturl()
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                hdrs = {k.lower(): v for k, v in (exc.headers or {}).items()}
                return Response(url=url, status=304, headers=hdrs)
            raise SourceError(f"{url}: HTTP {exc.code} {exc.reason}") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError):
                raise SourceError(f"{url}: timed out after {self.timeout:g} s") from None
            raise SourceError(f"{url}: cannot be fetched ({reason})") from None
        except TimeoutError:
            raise SourceError(f"{url}: timed out after {self.timeout:g} s") from None
        except (OSError, ValueError) as exc:
            raise SourceError(f"{url}: cannot be fetched ({exc})") from None
        if len(body) > self.max_bytes:
            raise SourceError(f"{url}: larger than {self.max_bytes:,} bytes; not a news page")
        return Response(url=final, status=status, headers=hdrs, body=body)
