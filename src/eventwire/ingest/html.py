"""HTML pages in, Articles out: main text and metadata with trafilatura.

``extract`` reads one page: the main text (navigation, comments, related-link
blocks and footers left out), its title, site name, author and URL, and the
publication date with where it came from (``Article.date_origin``):

- ``metadata``: the page's own metadata (meta tags, JSON-LD, the URL), via htmldate's
  quick search;
- ``dateline``: the story's dateline (``BAGHDAD, March 7 (Reuters) -``), its year taken
  from a reference date (the crawl or fetch date) when it has none;
- ``page``: a date found elsewhere in the page by htmldate's extensive search;
- ``given``: the ``date`` the user passed; ``none``: no date at all.

``read_html`` is the reader for a file, a folder of ``.html``/``.htm`` files, or a URL.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..coder import article_id_for, normalise_date
from ..errors import ConfigError, EventwireError, SourceError
from ..records import Article
from . import dateline as _dateline
from .fetch import Fetcher, is_url

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# Fewer words of prose than this is a stub, an index page or a paywall, not an article.
MIN_WORDS = 25
# A prose line: enough words, ending as a sentence ends (a list of headlines does not).
_PROSE_LINE = re.compile(r"(?:\S+\s+){5,}.*[.!?…:;)\"”’']\s*$")
BOILERPLATE_FILE = Path(__file__).resolve().parents[1] / "resources" / "sources" / "boilerplate.txt"
_BOILERPLATE: dict[tuple[str, ...], list[re.Pattern[str]]] = {}


def boilerplate_patterns(extra: tuple[str, ...] = ()) -> list[re.Pattern[str]]:
    """The packaged boilerplate line patterns plus those in ``extra`` files (loaded once)."""
    key = tuple(extra)
    if key not in _BOILERPLATE:
        pats: list[re.Pattern[str]] = []
        for f in (str(BOILERPLATE_FILE), *extra):
            try:
                lines = Path(f).read_text(encoding="utf-8").splitlines()
            except OSError as exc:
                raise ConfigError(f"{f}: boilerplate pattern file cannot be read ({exc})") from None
            for n, line in enumerate(lines, start=1):
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                try:
                    pats.append(re.compile(line.strip(), re.IGNORECASE))
                except re.error as exc:
                    raise ConfigError(
                        f"{f}:{n}: {line.strip()!r} is not a regular expression ({exc})"
                    ) from None
        _BOILERPLATE[key] = pats
    return _BOILERPLATE[key]


def strip_boilerplate(text: str, patterns: list[re.Pattern[str]]) -> str:
    """Drop lines at the start and end of ``text`` that match a boilerplate pattern whole."""
    lines = [ln for ln in text.split("\n")]

    def furniture(line: str) -> bool:
        s = line.strip()
        return not s or any(p.fullmatch(s) for p in patterns)

    while lines and furniture(lines[-1]):
        lines.pop()
    while lines and furniture(lines[0]):
        lines.pop(0)
    return "\n".join(lines)


def drop_pull_quotes(text: str) -> str:
    """Drop short lines repeated word for word inside another line (pull quotes, captions)."""
    lines = text.split("\n")
    norm = [" ".join(re.findall(r"\w+", ln.casefold())) for ln in lines]
    keep = []
    for i, (line, n) in enumerate(zip(lines, norm, strict=True)):
        short = 4 <= len(n.split()) <= 20  # shorter phrases recur by chance
        repeated = short and any(
            j != i and len(m) > len(n) and f" {n} " in f" {m} " for j, m in enumerate(norm)
        )
        if not repeated:
            keep.append(line)
    return "\n".join(keep)


def prose_words(text: str) -> int:
    """Words in lines that read as prose (sentences), not as lists of links or headlines."""
    return sum(len(ln.split()) for ln in text.split("\n") if _PROSE_LINE.match(ln.strip()))


def url_id(url: str) -> str:
    """A stable article id for a URL, so fetching the same page again is idempotent."""
    return "u-" + hashlib.sha1(url.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def fetcher_for(opts: dict[str, Any]) -> Fetcher:
    """The batch's Fetcher (made from the options on first use and kept in them)."""
    fetcher = opts.get("fetcher")
    if fetcher is None:
        fetcher = Fetcher(
            timeout=float(opts.get("timeout") or 20.0),
            host_delay=float(opts.get("host_delay", 1.0)),
            allow_private=bool(opts.get("allow_private", False)),
        )
        opts["fetcher"] = fetcher  # one per batch, so the per-host delay holds across items
    return fetcher  # type: ignore[no-any-return]


def _strip_title(text: str, title: str | None) -> str:
    """Drop a first line that repeats the headline (kept in ``Article.title``)."""
    if not title:
        return text
    first, _, rest = text.partition("\n")
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    if first and norm(first) == norm(title):
        return rest.lstrip("\n")
    return text


def extract(
    html: bytes | str,
    where: str,
    url: str | None = None,
    id: str | None = None,
    date: Any = None,
    reference: _dt.date | None = None,
    boilerplate: tuple[str, ...] = (),
) -> Article:
    """One page's article: text and metadata; a ``SourceError`` when no article text is found.

    ``reference`` is when the page was fetched or crawled: it supplies the year of a
    dateline that has none. ``date`` is the user's date, used only when the page has none.
    """
    import trafilatura

    if isinstance(html, bytes | str) and not html.strip():
        raise SourceError(f"{where}: the page is empty; expected an HTML page")
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # noqa: BLE001 - the parser's errors vary with the input
        raise SourceError(f"{where}: not a readable HTML page ({type(exc).__name__})") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    title = getattr(doc, "title", None) if doc is not None else None
    text = _strip_title(text, title).strip()
    text = strip_boilerplate(text, boilerplate_patterns(boilerplate)).strip()
    text = drop_pull_quotes(text)
    if prose_words(text) < MIN_WORDS:
        raise SourceError(
            f"{where}: no article text could be extracted ({prose_words(text)} words of prose "
            f"in the main text; expected at least {MIN_WORDS}); is it an index, a stub or a "
            "paywalled page?"
        )
    page_url = url or getattr(doc, "url", None)
    art = Article(
        id=id or (url_id(page_url) if page_url else article_id_for(text)),
        text=text,
        title=title,
        source=getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or _host(page_url),
        url=page_url,
        author=getattr(doc, "author", None),
    )
    dl = _dateline.parse(text)
    art.dateline = dl.place if dl else None
    meta_date = _safe_norm(getattr(doc, "date", None))
    if meta_date:
        art.date, art.date_origin = meta_date, "metadata"
        return art
    page_date: str | None = None
    if dl is not None and dl.year is None and reference is None:
        page_date = _page_date(html)
        reference = _dt.date.fromisoformat(page_date) if page_date else None
    dl_date = dl.resolve(reference) if dl else None
    if dl_date:
        art.date, art.date_origin = dl_date, "dateline"
        return art
    page_date = page_date or _page_date(html)
    if page_date:
        art.date, art.date_origin = page_date, "page"
    elif date:
        art.date, art.date_origin = normalise_date(date, f"{where}: date"), "given"
    else:
        art.date_origin = "none"
    return art


def _safe_norm(value: Any) -> str | None:
    try:
        return normalise_date(value)
    except EventwireError:
        return None


def _page_date(html: bytes | str) -> str | None:
    """A date found anywhere in the page (htmldate's extensive search), or None."""
    try:
        from htmldate import find_date

        return _safe_norm(find_date(html, extensive_search=True, original_date=True))
    except Exception:  # noqa: BLE001 - a date heuristic must never sink the article
        return None


def _host(url: str | None) -> str | None:
    return urlsplit(url).netloc or None if url else None


def _pages(folder: Path) -> list[Path]:
    found = [
        Path(root) / name
        for root, _dirs, names in os.walk(folder)
        for name in names
        if name.lower().endswith(HTML_SUFFIXES)
    ]
    return sorted(found)


def read_html(path: str, opts: dict[str, Any]) -> Iterator[Article | SourceError]:
    """Articles from an HTML file, a folder of them (recursively), or an http(s) URL."""
    if is_url(path):
        try:
            resp = fetcher_for(opts).get(path)
            today = _dt.date.today()
            yield extract(
                resp.body,
                path,
                url=resp.url,
                date=opts.get("date"),
                reference=today,
                boilerplate=tuple(opts.get("boilerplate_patterns") or ()),
            )
        except SourceError as exc:
            yield exc
        return
    p = Path(path)
    folder = p.is_dir()
    files = _pages(p) if folder else [p]
    if p.is_dir() and not files:
        yield SourceError(f"{path}: a folder with no .html or .htm files")
        return
    for f in files:
        where = str(f)
        try:
            raw = f.read_bytes()
        except OSError as exc:
            yield SourceError.unreadable(where, exc)
            continue
        # A saved page's id is its file name (its path inside a folder), as for text files.
        # Its modification time is no reference date: copies and checkouts reset it.
        art_id = f.relative_to(p).with_suffix("").as_posix() if folder else f.stem
        try:
            yield extract(
                raw,
                where,
                id=art_id,
                date=opts.get("date"),
                boilerplate=tuple(opts.get("boilerplate_patterns") or ()),
            )
        except SourceError as exc:
            yield exc
