"""Following feeds: conditional GET (ETag, Last-Modified), new items only, per-host delay,
a User-Agent naming eventwire, survival of down and malformed feeds, clean stop."""

from __future__ import annotations

import os
import signal
import threading

import pytest

from eventwire.errors import ConfigError
from eventwire.ingest.fetch import Fetcher
from eventwire.watch import Watcher, parse_every


def _watcher(feeds, got, errors=None, **kw):
    return Watcher(
        feeds,
        got.extend,
        every=kw.pop("every", 60),
        fetcher=Fetcher(timeout=2.0, host_delay=0.0, allow_private=True),
        on_error=(lambda src, exc: errors.append((src, str(exc)))) if errors is not None else None,
        **kw,
    )


def test_watch_conditional_get_with_etag_answers_304(site):
    site.feed("/world.rss", "world.rss", etag='"v1"')
    site.page("/world/iraq-troops-vote.html", "news-classic.html")
    got: list = []
    w = _watcher([site.base + "/world.rss"], got)
    first = w.poll_once()
    assert (first.fetched, first.new_items, first.articles) == (1, 3, 3)
    second = w.poll_once()
    assert (second.not_modified, second.new_items, second.articles) == (1, 0, 0)
    feed_requests = [(h, s) for p, h, s in site.log if p == "/world.rss"]
    assert "if-none-match" not in feed_requests[0][0]
    assert feed_requests[1][0]["if-none-match"] == '"v1"' and feed_requests[1][1] == 304
    assert all(h["user-agent"].startswith("eventwire/") for _p, h, _s in site.log)
    assert len(got) == 3


def test_watch_conditional_get_with_last_modified(site):
    stamp = "Thu, 09 Mar 2023 15:00:00 GMT"
    site.feed("/world.rss", "world.rss", modified=stamp)
    site.page("/world/iraq-troops-vote.html", "news-classic.html")
    w = _watcher([site.base + "/world.rss"], [])
    w.poll_once()
    assert w.poll_once().not_modified == 1
    assert site.log[-1][1]["if-modified-since"] == stamp and site.log[-1][2] == 304


def test_watch_only_new_items_after_the_feed_changes(site, tmp_path):
    site.feed("/world.rss", "world.rss", etag='"v1"')
    site.page("/world/iraq-troops-vote.html", "news-classic.html")
    got: list = []
    state = tmp_path / "db.feeds.json"
    w = _watcher([site.base + "/world.rss"], got, state_path=state)
    w.poll_once()
    # the feed gains one item under a new ETag
    status, headers, body = site.routes["/world.rss"]
    item = (
        b"<item><title>Water cuts spark farm protests</title>"
        b"<link>" + site.base.encode() + b"/2024/04/water-cuts.html</link>"
        b"<guid>example-world-2001</guid><pubDate>Sat, 20 Apr 2024 08:00:00 GMT</pubDate>"
        b"<description>Farmers protest.</description></item>"
    )
    site.routes["/world.rss"] = (200, {**headers, "ETag": '"v2"'}, body.replace(
        b"<item>", item + b"<item>", 1))  # fmt: skip
    site.page("/2024/04/water-cuts.html", "blog-wordpress.html")
    stats = w.poll_once()
    assert (stats.fetched, stats.new_items, stats.articles) == (1, 1, 1)
    assert got[-1].author == "Omar Farouk" and len(got) == 4
    # a new watcher with the same state file knows the ETag and the items seen
    again = _watcher([site.base + "/world.rss"], got, state_path=state)
    assert again.poll_once().not_modified == 1


def test_watch_survives_down_malformed_and_slow_feeds(site):
    site.feed("/world.rss", "world.rss")
    site.page("/world/iraq-troops-vote.html", "news-classic.html")
    site.routes["/broken.xml"] = (200, {"Content-Type": "text/xml"}, b"<html>oops</html>")
    got: list = []
    errors: list = []
    feeds = [
        "http://127.0.0.1:9/feed.xml",  # nothing listens there
        site.base + "/broken.xml",
        site.base + "/missing.rss",
        site.base + "/world.rss",
    ]
    w = _watcher(feeds, got, errors)
    stats = w.poll_once()
    assert stats.errors == 3 and stats.articles == 3 and len(got) == 3
    assert [src for src, _m in errors] == feeds[:3]
    assert "cannot be fetched" in errors[0][1]
    assert "not an RSS or Atom feed" in errors[1][1]
    assert "HTTP 404" in errors[2][1]
    assert w.state[feeds[0]].failures == 1
    w.poll_once()  # tried again, still alive
    assert w.state[feeds[0]].failures == 2


def test_watch_item_whose_page_is_down_is_retried_then_given_up(site):
    site.feed("/world.rss", "world.rss")  # the summary item's page is missing
    errors: list = []
    got: list = []
    w = _watcher([site.base + "/world.rss"], got, errors)
    for _ in range(4):
        w.poll_once()
    page_requests = [p for p, _h, _s in site.log if p.endswith("iraq-troops-vote.html")]
    assert len(page_requests) == 3  # RETRIES polls, then the item is given up
    assert len(got) == 2


def test_watch_per_host_delay_spaces_requests_to_one_host():
    waits: list[float] = []
    f = Fetcher(host_delay=5.0)
    f.sleep = waits.append  # record instead of sleeping: no timing in the test
    f._wait_for("a.example")
    f._wait_for("b.example")
    assert waits == []
    f._wait_for("a.example")
    assert len(waits) == 1 and 4.0 < waits[0] <= 5.0


def test_watch_stop_ends_the_loop(site):
    site.feed("/world.rss", "world.rss", etag='"v1"')
    site.page("/world/iraq-troops-vote.html", "news-classic.html")
    w = _watcher([site.base + "/world.rss"], [], every=3600)
    t = threading.Thread(target=w.run)
    t.start()
    while w.polls < 1:
        t.join(0.05)
    w.stop()
    t.join(10)
    assert not t.is_alive()


def test_watch_ctrl_c_stops_cleanly(site, tmp_path):
    site.feed("/world.rss", "world.rss", etag='"v1"')
    site.page("/world/iraq-troops-vote.html", "news-classic.html")
    state = tmp_path / "s.json"
    w = _watcher([site.base + "/world.rss"], [], every=3600, state_path=state)
    # the handler the watcher must put back: Python's default, or SIG_IGN where the test
    # process was started in the background by a non-interactive shell
    original = signal.getsignal(signal.SIGINT)

    def interrupt() -> None:
        # wait until the watcher's handler is in place and one poll is done, then Ctrl-C
        for _ in range(400):
            if w.polls >= 1 and signal.getsignal(signal.SIGINT) is not original:
                os.kill(os.getpid(), signal.SIGINT)
                return
            threading.Event().wait(0.05)

    timer = threading.Thread(target=interrupt, daemon=True)
    timer.start()
    polls = w.run()  # returns instead of raising KeyboardInterrupt
    timer.join(5)
    assert polls == 1 and w.stopping and state.exists()
    assert signal.getsignal(signal.SIGINT) is original


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("15m", 900.0), ("30s", 30.0), ("1h", 3600.0), ("90", 90.0), (2.5, 2.5), ("1.5m", 90.0)],
)
def test_watch_parse_every(value, seconds):
    assert parse_every(value) == seconds


@pytest.mark.parametrize("value", ["", "soon", "-5m", "0", "15 minutes"])
def test_watch_parse_every_rejects_bad_values(value):
    with pytest.raises(ConfigError):
        parse_every(value)


def test_watch_needs_feeds():
    with pytest.raises(ConfigError):
        Watcher([], print)


def test_watch_damaged_state_file_starts_afresh(site, tmp_path):
    state = tmp_path / "s.json"
    state.write_text("{not json", encoding="utf-8")
    site.feed("/world.rss", "world.rss")
    site.page("/world/iraq-troops-vote.html", "news-classic.html")
    w = _watcher([site.base + "/world.rss"], [], state_path=state)
    assert w.poll_once().articles == 3
