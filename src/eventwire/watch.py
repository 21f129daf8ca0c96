"""Following feeds: poll RSS/Atom feeds politely and hand each new item's article on.

``Watcher`` polls its feeds every ``every`` seconds. Each poll is a conditional GET
(``If-None-Match`` with the feed's last ETag, ``If-Modified-Since`` with its last
``Last-Modified``), so an unchanged feed costs the server a 304 and nothing else;
requests to one host are spaced by ``host_delay`` seconds; the User-Agent names
eventwire. Items already seen (by guid or link) are passed over; new ones become
articles (the link followed when the feed carries only a summary), pass the
language check, and go to ``on_articles`` in one list per feed and poll.

A feed that is down, times out or is not a feed is reported to ``on_error`` and
tried again at the next poll; the other feeds go on. Ctrl-C (SIGINT) or ``stop()``
ends the loop after the request in flight; a second Ctrl-C interrupts at once.
Feed state (ETag, Last-Modified, the items seen) is kept in a JSON file when
``state_path`` is given, so a restarted watcher does not re-read old items.
"""

from __future__ import annotations

import json
import logging
import os
import re
import signal
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError, EventwireError, SourceError
from .ingest import Skipped, check_language
from .ingest.feeds import FULL_TEXT_WORDS, item_article, parse_feed
from .ingest.fetch import Fetcher
from .records import Article

log = logging.getLogger("eventwire.watch")

SEEN_LIMIT = 5000  # item keys remembered per feed; feeds carry far fewer items at a time
RETRIES = 3  # polls an item whose link fails is retried before it is given up
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(value: str | float | int) -> float:
    """A polling interval: seconds, or a number with s, m, h or d (``15m``, ``1h``)."""
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", str(value).lower())
        if not m:
            raise ConfigError(
                f"polling interval {value!r} is not understood; expected e.g. 90, 30s, 15m or 1h"
            )
        seconds = float(m.group(1)) * _UNITS[m.group(2) or "s"]
    if seconds <= 0:
        raise ConfigError(f"polling interval {value!r} must be more than zero")
    return seconds


@dataclass
class FeedState:
    """What the watcher remembers about one feed."""

    url: str
    etag: str | None = None
    modified: str | None = None
    seen: list[str] = field(default_factory=list)
    retries: dict[str, int] = field(default_factory=dict)
    failures: int = 0  # consecutive failed polls
    last_error: str | None = None


@dataclass
class PollStats:
    """What one poll over all feeds did."""

    fetched: int = 0
    not_modified: int = 0
    new_items: int = 0
    articles: int = 0
    errors: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


ErrorHandler = Callable[[str, EventwireError], None]


def _log_error(source: str, exc: EventwireError) -> None:
    log.warning("%s", exc)


class Watcher:
    """Polls feeds and hands new articles to ``on_articles``."""

    def __init__(
        self,
        feeds: Sequence[str],
        on_articles: Callable[[list[Article]], Any],
        every: float | str = 900.0,
        fetcher: Fetcher | None = None,
        state_path: str | Path | None = None,
        on_error: ErrorHandler | None = None,
        languages: tuple[str, ...] = ("en",),
        follow_links: bool = True,
        full_text_words: int = FULL_TEXT_WORDS,
        boilerplate_patterns: tuple[str, ...] = (),
    ) -> None:
        if not feeds:
            raise ConfigError("no feeds to watch; give one or more feed URLs")
        self.feeds = list(dict.fromkeys(feeds))
        self.on_articles = on_articles
        self.every = parse_every(every)
        self.fetcher = fetcher or Fetcher()
        self.on_error = on_error or _log_error
        self.languages = languages
        self.state_path = Path(state_path) if state_path else None
        self._stop = threading.Event()
        # The per-host delay waits on the stop event, so Ctrl-C does not wait it out.
        self.fetcher.sleep = self._stop.wait  # type: ignore[assignment]
        self.opts: dict[str, Any] = {
            "fetcher": self.fetcher,
            "follow_links": follow_links,
            "boilerplate_patterns": boilerplate_patterns,
        }
        self.full_text_words = full_text_words
        self.state: dict[str, FeedState] = {u: FeedState(u) for u in self.feeds}
        self._load_state()
        self.polls = 0

    # --- state ---------------------------------------------------------------------------

    def _load_state(self) -> None:
        if not self.state_path or not self.state_path.exists():
            return
        try:
            data = json.loads(self.state_path.read_text(encoding="utf-8"))
            for url, raw in data.get("feeds", {}).items():
                if url in self.state:
                    self.state[url] = FeedState(
                        url=url,
                        etag=raw.get("etag"),
                        modified=raw.get("modified"),
                        seen=list(raw.get("seen", []))[-SEEN_LIMIT:],
                        retries=dict(raw.get("retries", {})),
                    )
        except (OSError, ValueError, AttributeError, TypeError) as exc:
            # A damaged state file costs a re-read of current items, never the watcher.
            log.warning("%s: watch state unreadable (%s); starting afresh", self.state_path, exc)

    def save_state(self) -> None:
        """Write the feed state file (atomically: a crash never leaves half a file)."""
        if not self.state_path:
            return
        data = {
            "feeds": {
                u: {
                    "etag": s.etag,
                    "modified": s.modified,
                    "seen": s.seen[-SEEN_LIMIT:],
                    "retries": s.retries,
                }
                for u, s in self.state.items()
            }
        }
        tmp = self.state_path.with_name(self.state_path.name + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.state_path)

    # --- polling -------------------------------------------------------------------------

    def poll_feed(self, url: str, stats: PollStats) -> None:
        """Poll one feed: conditional GET, new items to articles, articles handed on."""
        st = self.state[url]
        try:
            resp = self.fetcher.get(url, etag=st.etag, modified=st.modified)
            if resp.not_modified:
                stats.not_modified += 1
                st.failures, st.last_error = 0, None
                return
            stats.fetched += 1
            items = parse_feed(resp.body, url, self.full_text_words)
        except SourceError as exc:
            st.failures += 1
            st.last_error = str(exc)
            stats.errors += 1
            self.on_error(url, exc)
            return
        # Validators are kept only once the feed parsed: a broken answer is fetched again.
        st.etag = resp.headers.get("etag") or None
        st.modified = resp.headers.get("last-modified") or None
        st.failures, st.last_error = 0, None
        seen = set(st.seen)
        batch: list[Article] = []
        for item in items:
            if self._stop.is_set():
                break
            if item.key in seen:
                continue
            stats.new_items += 1
            try:
                art = item_article(item, self.opts)
            except SourceError as exc:
                tries = st.retries.get(item.key, 0) + 1
                st.retries[item.key] = tries
                stats.errors += 1
                self.on_error(url, exc)
                if tries < RETRIES:
                    continue  # the page may be back at the next poll
            else:
                checked = check_language(art, self.languages)
                if isinstance(checked, Skipped):
                    stats.skipped[checked.reason] += 1
                    self.on_error(url, checked)
                elif isinstance(checked, Article):
                    batch.append(checked)
            st.retries.pop(item.key, None)
            st.seen.append(item.key)
            seen.add(item.key)
        del st.seen[:-SEEN_LIMIT]
        if batch:
            self.on_articles(batch)
            stats.articles += len(batch)

    def poll_once(self) -> PollStats:
        """One round over every feed; the state file is saved after it."""
        stats = PollStats()
        for url in self.feeds:
            if self._stop.is_set():
                break
            self.poll_feed(url, stats)
        self.polls += 1
        self.save_state()
        return stats

    def stop(self) -> None:
        """Ask the loop to end after the request in flight."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        """True once a stop was asked for."""
        return self._stop.is_set()

    def run(
        self, rounds: int | None = None, on_poll: Callable[[PollStats], Any] | None = None
    ) -> int:
        """Poll every ``every`` seconds until stopped (or ``rounds`` polls); returns the polls."""
        previous = None
        if threading.current_thread() is threading.main_thread():

            def on_sigint(signum: int, frame: Any) -> None:
                if self._stop.is_set():
                    raise KeyboardInterrupt  # a second Ctrl-C: stop now
                log.warning("stopping after the current request (Ctrl-C again to stop now)")
                self._stop.set()

            previous = signal.signal(signal.SIGINT, on_sigint)
        done = 0
        try:
            while not self._stop.is_set():
                stats = self.poll_once()
                done += 1
                if on_poll is not None:
                    on_poll(stats)
                if rounds is not None and done >= rounds:
                    break
                self._stop.wait(self.every)
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
            self.save_state()
        return done
