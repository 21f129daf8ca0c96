"""The pages in a real browser: headless Chromium (Debian's /usr/bin/chromium) via playwright.

A uvicorn server runs in a thread over the hand-built store of ``test_web_corpus``;
each test drives the UI as an analyst would and saves a screenshot under pytest's
tmp dir. The hostile-article test proves no script from article content runs.
Skipped where playwright or the chromium package is missing (``make test`` installs both).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

CHROMIUM = Path("/usr/bin/chromium")
sync_api = pytest.importorskip("playwright.sync_api")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} missing (apt-get install chromium)", allow_module_level=True)

from helpers import serve_app  # noqa: E402
from test_web_corpus import HOSTILE_ID, build_db  # noqa: E402

from eventwire.web import create_app  # noqa: E402


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_db(tmp_path_factory.mktemp("webui") / "corpus.duckdb")
    with serve_app(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module", name="browser")
def chromium_browser() -> Iterator[Any]:
    """One headless Chromium for the module (``test_web_browser_analyst`` imports it too)."""
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM))
        yield b
        b.close()


class Watch:
    """What a page did that it should not: script errors, console errors, dialogs."""

    def __init__(self, page: Any) -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on(
            "console",
            lambda msg: self.errors.append(msg.text) if msg.type == "error" else None,
        )

        def on_dialog(dialog: Any) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.watch = Watch(pg)
    yield pg
    ctx.close()


def shot(page: Any, tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 1000


PAGES = [
    ("events", "/events", "table.events"),
    ("timeline", "/timeline", "svg.chart"),
    ("map", "/map", ".ew-marker"),
    ("actor", "/actors/USAMIL", "h1.actor-key"),
    ("article", "/articles/a2", "#text"),
    ("quotes", "/quotes", "ol.quotes"),
    ("docs", "/api/docs", ".swagger-ui .info"),
]


@pytest.mark.parametrize(("name", "url", "selector"), PAGES)
def test_web_browser_every_page_loads(
    page: Any, base_url: str, tmp_path: Path, name: str, url: str, selector: str
) -> None:
    page.goto(base_url + url)
    page.wait_for_selector(selector, timeout=15000)
    shot(page, tmp_path, name)
    assert page.watch.errors == []


def test_web_browser_filter_through_the_form(page: Any, base_url: str, tmp_path: Path) -> None:
    page.goto(base_url + "/events")
    assert page.locator("table.events tbody tr").count() == 4
    page.select_option("#f-type", "ASSAULT")
    page.fill("#f-actor", "USA")
    page.click("#f-apply")
    page.wait_for_url("**/events?*")
    query = parse_qs(urlparse(page.url).query)
    # empty fields stay out of the URL, so the view is short to share
    assert query == {"type": ["ASSAULT"], "actor": ["USA"]}
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 1 and "struck" in rows.first.inner_text()
    shot(page, tmp_path, "events-filtered")


def test_web_browser_timeline_bar_to_events(page: Any, base_url: str, tmp_path: Path) -> None:
    page.goto(base_url + "/timeline?interval=month&type=ASSAULT")
    # clicking a bar lists its period's events under the chart
    page.locator('a.bar[data-period="2023-04-01"] rect[data-key="ASSAULT"]').click()
    page.wait_for_url("**/timeline?*period=2023-04-01*")
    rows = page.locator("#drill table.events tbody tr")
    assert rows.count() == 1 and "Erbil" in rows.first.inner_text()
    shot(page, tmp_path, "timeline-drill")
    page.locator("#drill a", has_text="on the events page").click()
    page.wait_for_url("**/events?*")
    query = parse_qs(urlparse(page.url).query)
    assert query == {"since": ["2023-04-01"], "until": ["2023-04"], "type": ["ASSAULT"]}
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 1 and "Erbil" in rows.first.inner_text()
    shot(page, tmp_path, "timeline-to-events")


def test_web_browser_map_point_to_events(page: Any, base_url: str, tmp_path: Path) -> None:
    page.goto(base_url + "/map?type=REQUEST")
    marker = page.locator(".ew-marker").first
    marker.wait_for(timeout=15000)
    assert page.locator(".ew-marker").count() == 1
    marker.click()
    link = page.locator(".leaflet-popup a.ew-events-link")
    link.wait_for(timeout=15000)
    assert "Baghdad" in page.locator(".leaflet-popup").inner_text()
    shot(page, tmp_path, "map-popup")
    link.click()
    page.wait_for_url("**/events?*")
    assert "bbox" in parse_qs(urlparse(page.url).query)
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 1 and "urged" in rows.first.inner_text()
    assert page.watch.errors == []


def test_web_browser_article_highlights(page: Any, base_url: str, tmp_path: Path) -> None:
    page.goto(base_url + "/articles/a1")
    trigger = page.locator("#text span.k-event", has_text="urged")
    assert trigger.count() == 1
    assert "REQUEST" in trigger.get_attribute("title")
    trigger.hover()
    actor = page.locator("#text span.k-actor", has_text="Iraqi lawmakers").first
    assert "IRQ LEG" in actor.get_attribute("title")
    # the legend switches a kind of highlight off
    page.locator('#toggles input[data-kind="event"]').uncheck()
    assert "off-event" in page.locator("#text").get_attribute("class")
    shot(page, tmp_path, "article")


def test_web_browser_hostile_article_runs_no_script(
    page: Any, base_url: str, tmp_path: Path
) -> None:
    from urllib.parse import quote

    urls = [
        "/articles/" + quote(HOSTILE_ID),
        "/events",
        "/events?type=ASSAULT&country=IRQ",
        "/quotes",
        "/actors/IRQREB",
        "/timeline",
        "/timeline?period=2023-05-01",
        "/actors",
        "/network",
        "/search?q=rebels+return",
        "/quotes?speaker=commander",
    ]
    for url in urls:
        page.goto(base_url + url)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__pwned") == "undefined", url
    # the map's popups are built from store text too
    page.goto(base_url + "/map?country=IRQ&type=ASSAULT")
    page.locator(".ew-marker").first.wait_for(timeout=15000)
    for i in range(page.locator(".ew-marker").count()):
        page.locator(".ew-marker").nth(i).click()
        page.wait_for_timeout(200)
    page.goto(base_url + "/articles/" + quote(HOSTILE_ID))
    page.locator("#text span.hl").first.hover()
    text = page.locator("#text").inner_text()
    assert "<script>window.__pwned=1;alert(1)</script>" in text  # shown as text
    shot(page, tmp_path, "hostile")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.watch.dialogs == []
