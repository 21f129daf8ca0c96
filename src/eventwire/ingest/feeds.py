"""RSS and Atom feeds in, Articles out (feedparser).

Each feed item becomes one article. When the item carries the full story
(``content:encoded``, Atom ``content``) of at least ``feed_full_text_words`` words,
that text is used; when it carries only a summary, the item's link is followed and
the page is read with the HTML reader (title, date and site name from the page,
the feed's values filling any gaps). A link that cannot be fetched is reported as
a ``SourceError`` naming the item; the other items go on.

``parse_feed`` reads a feed's bytes into ``FeedItem`` records (used by ``watch``);
``item_article`` turns one item into an Article; ``read_feed`` is the reader for a
feed file or URL.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import SourceError
from ..records import Article
from . import dateline as _dateline
from .fetch import is_url
from .html import extract, fetcher_for, prose_words, strip_boilerplate, url_id

# Feed content shorter than this is a summary: the item's link is followed for the story.
FULL_TEXT_WORDS = 150
_BLOCK_END = re.compile(r"(?i)<\s*(?:br\s*/?|/p|/div|/li|/h[1-6]|/blockquote|/tr)\s*>")


@dataclass
class FeedItem:
    """One feed entry: what the feed says about it, before any link is followed."""

    key: str  # a stable identity: the guid, else the link
    feed: str  # where the feed came from (file or URL)
    title: str | None = None
    link: str | None = None
    date: str | None = None
    author: str | None = None
    content: str = ""  # the item's text (content or summary), HTML removed
    full: bool = False  # True when ``content`` is the whole story
    source: str | None = None  # the feed's title


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one line per paragraph."""
    if "<" not in fragment:
        return "\n".join(ln.strip() for ln in fragment.splitlines() if ln.strip())
    import lxml.html

    marked = _BLOCK_END.sub("\n", fragment)
    try:
        root = lxml.html.fromstring(f"<div>{marked}</div>")
        for bad in root.xpath("//script|//style"):
            bad.drop_tree()
        raw = root.text_content()
    except Exception:  # noqa: BLE001 - malformed markup: fall back to removing tags
        raw = re.sub(r"<[^>]+>", " ", marked)
    lines = (re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in raw.splitlines())
    return "\n".join(ln for ln in lines if ln)


def _struct_date(st: Any) -> str | None:
    if not st:
        return None
    try:
        return _dt.datetime.fromtimestamp(calendar.timegm(st), _dt.UTC).date().isoformat()
    except (TypeError, ValueError, OverflowError):
        return None


def parse_feed(raw: bytes, where: str, full_text_words: int = FULL_TEXT_WORDS) -> list[FeedItem]:
    """The items of an RSS or Atom feed; a ``SourceError`` when ``raw`` is not a feed."""
    import feedparser

    if not raw.strip():
        raise SourceError(f"{where}: the feed is empty; expected RSS or Atom XML")
    parsed = feedparser.parse(raw)
    if not parsed.get("version") and not parsed.entries:
        why = parsed.get("bozo_exception")
        reason = f" ({type(why).__name__}: {why})" if why else ""
        raise SourceError(f"{where}: not an RSS or Atom feed{reason}; expected RSS or Atom XML")
    title = parsed.feed.get("title") or None
    items: list[FeedItem] = []
    for n, entry in enumerate(parsed.entries, start=1):
        contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
        body = max(contents, key=len) if contents else entry.get("summary", "") or ""
        text = html_to_text(body)
        link = entry.get("link") or None
        key = entry.get("id") or link or f"{where}#{n}"
        items.append(
            FeedItem(
                key=str(key),
                feed=where,
                title=entry.get("title") or None,
                link=link,
                date=_struct_date(entry.get("published_parsed") or entry.get("updated_parsed")),
                author=entry.get("author") or None,
                content=text,
                full=bool(contents) and len(text.split()) >= full_text_words,
                source=title,
            )
        )
    return items


def item_article(item: FeedItem, opts: dict[str, Any]) -> Article:
    """The article of one feed item, following its link when the feed has only a summary."""
    where = f"{item.feed}: item {item.title or item.key!r}"
    boiler = tuple(opts.get("boilerplate_patterns") or ())
    art_id = url_id(item.link) if item.link else url_id(item.key)
    follow = opts.get("follow_links", True)
    if not item.full and item.link and is_url(item.link) and follow:
        try:
            resp = fetcher_for(opts).get(item.link)
            ref = _dt.date.fromisoformat(item.date) if item.date else _dt.date.today()
            art = extract(
                resp.body, f"{where} ({item.link})", url=resp.url, reference=ref, boilerplate=boiler
            )
        except SourceError as exc:
            if prose_words(item.content) < 25:
                raise SourceError(f"{where}: the feed has only a summary and {exc}") from None
        else:
            art.id = art_id
            art.title = art.title or item.title
            art.author = art.author or item.author
            if item.date and art.date_origin != "metadata":
                art.date, art.date_origin = item.date, "metadata"
            return art
    text = strip_boilerplate(item.content, []).strip()
    if not text:
        raise SourceError(f"{where}: the item has no text and no link to follow")
    dl = _dateline.parse(text)
    art = Article(
        id=art_id,
        text=text,
        title=item.title,
        source=item.source,
        url=item.link,
        author=item.author,
        dateline=dl.place if dl else None,
    )
    if item.date:
        art.date, art.date_origin = item.date, "metadata"
    elif dl is not None and (d := dl.resolve(_dt.date.today())):
        art.date, art.date_origin = d, "dateline"
    else:
        art.date_origin = "none"
    return art


def read_feed(path: str, opts: dict[str, Any]) -> Iterator[Article | SourceError]:
    """Articles from an RSS/Atom feed file or URL, one per item."""
    try:
        if is_url(path):
            raw = fetcher_for(opts).get(path).body
        else:
            try:
                raw = Path(path).read_bytes()
            except FileNotFoundError:
                raise SourceError(f"{path}: no such file") from None
            except OSError as exc:
                raise SourceError(f"{path}: cannot be read ({exc.strerror})") from None
        items = parse_feed(raw, path, int(opts.get("feed_full_text_words") or FULL_TEXT_WORDS))
    except SourceError as exc:
        yield exc
        return
    yield from items_articles(items, opts)


def items_articles(items: list[FeedItem], opts: dict[str, Any]) -> Iterator[Article | SourceError]:
    """Each item's article, or the ``SourceError`` that says why it has none."""
    for item in items:
        try:
            yield item_article(item, opts)
        except SourceError as exc:
            yield exc
