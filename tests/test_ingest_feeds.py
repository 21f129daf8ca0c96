"""RSS and Atom feeds: full-text items, summary items whose link is followed, bad feeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import SourceError
from eventwire.ingest import read
from eventwire.ingest.feeds import html_to_text, parse_feed
from eventwire.ingest.fetch import Fetcher
from eventwire.ingest.html import url_id
from eventwire.records import Article

FEEDS = Path(__file__).parent / "fixtures" / "sources" / "feeds"
HTML = Path(__file__).parent / "fixtures" / "sources" / "html"


def _opts(**kw):
    return {"fetcher": Fetcher(timeout=2.0, host_delay=0.0, allow_private=True), **kw}


def test_ingest_feeds_rss_items_parsed():
    items = parse_feed((FEEDS / "world.rss").read_bytes(), "world.rss")
    assert [i.key for i in items] == [
        "example-world-1001",
        "example-world-1002",
        "example-world-1003",
    ]
    assert [i.full for i in items] == [True, True, False]
    assert items[0].date == "2024-02-14" and items[0].author == "Africa desk"
    assert items[0].source == "Example World News"


def test_ingest_feeds_full_text_items_need_no_fetch():
    # links point to an unreachable host; full-text items are read from the feed alone
    items = list(read([str(FEEDS / "world.rss")], **_opts(timeout=0.5)))
    arts = [i for i in items if isinstance(i, Article)]
    assert [a.title for a in arts[:2]] == [
        "Kenya government, opposition agree to talks after deadly protests",
        "Rivals restore ties after Geneva talks",
    ]
    body = (HTML / "wire-nodate.body.txt").read_text(encoding="utf-8").strip()
    assert arts[0].text == body
    assert arts[0].id == url_id("http://news.example.com/africa/kenya-talks.html")
    assert (arts[0].date, arts[0].date_origin, arts[0].dateline) == (
        "2024-02-14",
        "metadata",
        "NAIROBI",
    )


def test_ingest_feeds_summary_item_with_dead_link_is_reported_and_batch_goes_on(site):
    feed = site.base + "/world.rss"
    site.feed("/world.rss", "world.rss")  # the summary item's page is not served: 404
    items = list(read([feed], **_opts()))
    assert sum(isinstance(i, Article) for i in items) == 2
    (err,) = [i for i in items if isinstance(i, SourceError)]
    assert "Iraqi lawmakers ask" in str(err) and "HTTP 404" in str(err)
    assert "only a summary" in str(err)


def test_ingest_feeds_summary_item_link_followed(site):
    site.feed("/world.rss", "world.rss")
    site.page("/world/iraq-troops-vote.html", "news-classic.html")
    items = list(read([site.base + "/world.rss"], **_opts()))
    assert all(isinstance(i, Article) for i in items), items
    iraq = items[2]
    body = (HTML / "news-classic.body.txt").read_text(encoding="utf-8").strip()
    assert iraq.text == body and iraq.author == "Samira Haddad"
    assert iraq.source == "The Daily Ledger" and iraq.date == "2023-03-09"
    assert iraq.id == url_id(site.base + "/world/iraq-troops-vote.html")
    paths = [p for p, _h, _s in site.log]
    assert paths == ["/world.rss", "/world/iraq-troops-vote.html"]  # full items not fetched
    assert all("eventwire" in h["user-agent"] for _p, h, _s in site.log)


def test_ingest_feeds_atom(site):
    site.feed("/river.atom", "river.atom")
    site.page("/2019/06/strike.html", "table-layout.html")
    items = list(read([site.base + "/river.atom"], **_opts()))
    assert all(isinstance(i, Article) for i in items), items
    water, strike = items
    assert water.author == "Omar Farouk" and water.date == "2024-04-20"
    assert water.source == "Riverlands Report"
    assert strike.title == "Health workers strike over unpaid wages"
    assert strike.date == "2019-06-03"  # the feed's date is the metadata


def test_ingest_feeds_atom_file_without_following_uses_feed_text():
    items = list(read([str(FEEDS / "river.atom")], follow_links=False))
    assert all(isinstance(i, Article) for i in items)
    assert items[1].text == "Thousands of health workers went on strike on Monday."


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("not-a-feed.xml", None),
        ("empty.rss", b""),
        ("binary.rss", b"\x00\x01\x02\x03\xff"),
        ("json.rss", b'{"items": []}'),
    ],
)
def test_ingest_feeds_not_a_feed_is_reported(tmp_path, name, content):
    f = FEEDS / name if content is None else tmp_path / name
    if content is not None:
        f.write_bytes(content)
    items = list(read([str(f)]))
    assert len(items) == 1 and isinstance(items[0], SourceError)
    assert str(f) in str(items[0])
    assert "not an RSS or Atom feed" in str(items[0]) or "empty" in str(items[0])


def test_ingest_feeds_url_that_times_out_is_reported(site):
    items = list(
        read(
            [site.base + "/slow"], fetcher=Fetcher(timeout=0.3, host_delay=0.0, allow_private=True)
        )
    )
    assert len(items) == 1 and "timed out" in str(items[0])
    assert site.base + "/slow" in str(items[0])


def test_ingest_feeds_url_serving_html_is_read_as_a_page(site):
    site.page("/story", "blog-wordpress.html")
    (art,) = read([site.base + "/story"], **_opts())
    assert isinstance(art, Article) and art.author == "Omar Farouk"


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("<p>One.</p><p>Two &amp; three.</p>", "One.\nTwo & three."),
        ("Plain text", "Plain text"),
        ("<p>Un<b>balanced", "Unbalanced"),
        ("<script>x()</script><p>Kept.</p>", "Kept."),
        ("", ""),
    ],
)
def test_ingest_feeds_html_to_text(fragment, text):
    assert html_to_text(fragment) == text
