"""The analyst's workflow in real Chromium, on a phone (390 px) and a desktop screen.

One browser and one server for the module, over the store of ``test_web_analyst``
(the web corpus, a second report of the strike, a wire copy, clustered events).
Skipped where playwright or the chromium package is missing (``make test`` installs both).
"""

from __future__ import annotations

import csv
import io
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
from test_web_analyst import build_analyst_db  # noqa: E402
from test_web_browser import Watch, chromium_browser  # noqa: E402, F401 (fixture "browser")

from eventwire.web import create_app  # noqa: E402

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_analyst_db(tmp_path_factory.mktemp("analystui") / "analyst.duckdb")
    with serve_app(create_app(db)) as url:
        yield url


def _page(browser: Any, viewport: dict[str, int]) -> Iterator[Any]:
    ctx = browser.new_context(viewport=viewport, accept_downloads=True)
    pg = ctx.new_page()
    pg.watch = Watch(pg)
    yield pg
    assert pg.watch.errors == [] and pg.watch.dialogs == []
    ctx.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    yield from _page(browser, DESKTOP)


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    yield from _page(browser, PHONE)


PAGES = [
    ("/events", "table.events"),
    ("/events?level=event", "table.corpus"),
    ("/timeline?period=2023-04-01", "#drill"),
    ("/map", ".ew-marker"),
    ("/network", "#network canvas"),
    ("/actors", "table.actors"),
    ("/actors/USAMIL", "h1.actor-key"),
    ("/articles/a2", "#text"),
    ("/quotes", "ol.quotes"),
    ("/search?q=Erbil", "ol.results"),
]


@pytest.mark.parametrize(("url", "selector"), PAGES)
def test_web_browser_analyst_phone_pages_fit_the_screen(
    phone: Any, base_url: str, tmp_path: Path, url: str, selector: str
) -> None:
    phone.goto(base_url + url)
    phone.wait_for_selector(selector, timeout=15000)
    phone.wait_for_load_state("networkidle")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{url} is {width} px wide on a {PHONE['width']} px screen"
    phone.screenshot(path=str(tmp_path / "phone.png"), full_page=True)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_web_browser_analyst_search_from_any_page(
    browser: Any, base_url: str, viewport: dict[str, int]
) -> None:
    for pg in _page(browser, viewport):
        pg.goto(base_url + "/map")
        pg.fill("#search-q", "jets Erbil")
        pg.press("#search-q", "Enter")
        pg.wait_for_url("**/search?*")
        hits = pg.locator("#search-articles li")
        assert hits.count() == 1 and "Jets hit militants" in hits.first.inner_text()
        assert pg.locator("#search-articles p.snippet mark").all_inner_texts() == ["jets", "Erbil"]
        assert pg.locator("#search-events li").count() == 1
        hits.first.locator("a.title").click()
        pg.wait_for_url("**/articles/a4")


def test_web_browser_analyst_sort_filter_and_levels(page: Any, base_url: str) -> None:
    page.goto(base_url + "/events")
    page.locator('th a[data-sort="confidence"]').click()  # first click: highest first
    page.wait_for_url("**sort=-confidence*")
    confs = [float(x) for x in page.locator("td.conf").all_inner_texts()]
    assert confs == sorted(confs, reverse=True) and confs[0] == 0.95
    page.locator('th a[data-sort="confidence"]').click()  # again: lowest first
    page.wait_for_url("**sort=confidence*")
    confs = [float(x) for x in page.locator("td.conf").all_inner_texts()]
    assert confs == sorted(confs)
    page.select_option("#f-conf", "0.8")
    page.click("#f-apply")
    page.wait_for_url("**min_confidence=0.8*")
    assert parse_qs(urlparse(page.url).query)["sort"] == ["confidence"]  # the sort is kept
    assert all(float(x) >= 0.8 for x in page.locator("td.conf").all_inner_texts())
    assert page.locator("td.gold").first.inner_text() in ("-10.0", "-5.0")
    # from reports to events: two reports of the strike are one event
    page.click("#level-event")
    page.wait_for_url("**level=event*")
    first = page.locator("table.corpus tbody tr").first
    first.locator("details.reports summary").click()
    reports = first.locator("details.reports li")
    assert reports.count() == 2
    reports.first.locator("a").click()
    page.wait_for_url("**/articles/*")


def test_web_browser_analyst_actors_and_network(page: Any, base_url: str) -> None:
    page.goto(base_url + "/actors")
    page.fill("#f-actor-q", "pentagon")
    page.press("#f-actor-q", "Enter")
    page.wait_for_url("**/actors?q=pentagon")
    page.locator("a.actor-link").first.click()
    page.wait_for_url("**/actors/USAMIL")
    page.goto(base_url + "/network")
    net = page.locator("#network")
    page.wait_for_selector("#network[data-edges]", timeout=15000)
    assert int(net.get_attribute("data-nodes")) == 5 and int(net.get_attribute("data-edges")) == 3
    assert "5 actor(s), 3 link(s)" in page.locator("#network-status").inner_text()


def test_web_browser_analyst_quotes_export(page: Any, base_url: str) -> None:
    page.goto(base_url + "/quotes")
    assert "USAMIL" in page.locator("code.speaker-code").all_inner_texts()
    with page.expect_download() as info:
        page.click("#quotes-csv")
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8"))))
    assert {r["speaker_code"] for r in rows} >= {"USAMIL"}


def test_web_browser_analyst_map_unlocated_and_antimeridian(page: Any, base_url: str) -> None:
    page.goto(base_url + "/map")
    page.locator(".ew-marker").first.wait_for(timeout=15000)
    page.wait_for_selector("#map-unlocated:not([hidden])")
    assert page.locator("#map-unlocated").get_attribute("data-count") == "1"
    page.wait_for_selector("#map[data-land]", timeout=15000)
    # no ring jumps across the map: the country shapes are unwrapped at +-180
    jump = page.evaluate(
        """() => {
          let worst = 0;
          const rings = [];
          for (const f of document.getElementById('map').ewLand.features) {
            const g = f.geometry;
            if (!g) continue;
            const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
            for (const p of polys) for (const r of p) rings.push(r);
          }
          for (const r of rings)
            for (let i = 1; i < r.length; i++)
              worst = Math.max(worst, Math.abs(r[i][0] - r[i - 1][0]));
          return worst;
        }"""
    )
    assert jump < 180
    # dense points cluster: the two Erbil points and Baghdad make one marker far out
    page.goto(base_url + "/map?country=IRQ")
    page.locator(".ew-cluster").first.wait_for(timeout=15000)


def test_web_browser_analyst_goldstein_timeline_and_copies(page: Any, base_url: str) -> None:
    page.goto(base_url + "/timeline?by=goldstein")
    bar = page.locator('a.bar[data-period="2023-04-01"]')
    assert "mean Goldstein: -8.13" in bar.inner_html()
    bar.locator("rect").last.click()
    page.wait_for_url("**period=2023-04-01*")
    assert page.locator("#drill table.events tbody tr").count() == 3
    page.goto(base_url + "/articles/a2")
    assert "Syndicator" in page.locator("#copies").inner_text()
