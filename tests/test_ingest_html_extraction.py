"""HTML reader: main text without boilerplate, metadata, date origin, and bad pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import SourceError
from eventwire.evaluation.sources import score
from eventwire.ingest import read, reader_for
from eventwire.ingest.html import (
    boilerplate_patterns,
    drop_pull_quotes,
    extract,
    read_html,
    strip_boilerplate,
)
from eventwire.records import Article

HTML = Path(__file__).parent / "fixtures" / "sources" / "html"
PAGES = sorted(p.stem for p in HTML.glob("*.body.txt"))
PAGES = [p.removesuffix(".body") for p in PAGES]


@pytest.mark.parametrize("page", PAGES)
def test_ingest_html_extracts_the_body_without_boilerplate(page):
    art = next(read_html(str(HTML / f"{page}.html"), {}))
    assert isinstance(art, Article), art
    # the measure of ``eventwire eval sources``: recall of the body's words, share of the
    # extracted words that are not the body's
    recall, boiler = score(art.text, (HTML / f"{page}.body.txt").read_text(encoding="utf-8"))
    assert recall >= 0.95, (page, recall)
    assert boiler <= 0.05, (page, boiler, art.text)


@pytest.mark.parametrize(
    ("page", "title", "source", "author", "date", "origin"),
    [
        ("news-classic", "Iraqi lawmakers ask for timetable for foreign troop exit",
         "The Daily Ledger", "Samira Haddad", "2023-03-09", "metadata"),
        ("blog-wordpress", "Water cuts spark farm protests in three provinces",
         "Riverlands Report", "Omar Farouk", "2024-04-20", "metadata"),
        ("magazine-divs", "Rivals restore ties after Geneva talks", "Global Affairs Weekly",
         None, "2024-09-16", "metadata"),
        ("table-layout", "Health workers strike over unpaid wages", None, None, "2019-06-03",
         "page"),
        ("wire-nodate", "Kenya government, opposition agree to talks after deadly protests",
         None, None, None, "none"),
        ("agency-inline", "Global displacement rises for 12th year, UN agency says",
         "Wire Service", "Geneva newsroom", "2024-06-12", "metadata"),
    ],
)  # fmt: skip
def test_ingest_html_metadata_and_date_origin(page, title, source, author, date, origin):
    art = next(read_html(str(HTML / f"{page}.html"), {}))
    assert (art.title, art.source, art.author) == (title, source, author)
    assert (art.date, art.date_origin) == (date, origin)
    assert art.id == page


@pytest.mark.parametrize("page", ["agency-inline", "blog-wordpress", "magazine-divs"])
def test_ingest_html_page_without_url_or_id_takes_its_text_hash(page):
    # the id any article without one gets (coder.article_id_for): a page read twice, or
    # its text given as JSON, is the same article
    from eventwire.coder import article_id_for, make_article

    art = extract((HTML / f"{page}.html").read_bytes(), page)
    assert art.url is None
    assert art.id == article_id_for(art.text) == make_article({"text": art.text}).id
    assert art.id.startswith("a-") and len(art.id) == 14


def test_ingest_html_dateline_gives_date_and_place_when_metadata_has_none():
    import datetime as dt

    raw = (HTML / "wire-nodate.html").read_bytes()
    art = extract(raw, "wire", url="http://x.example/k", reference=dt.date(2024, 2, 20))
    assert art.dateline == "NAIROBI"
    assert (art.date, art.date_origin) == ("2024-02-14", "dateline")
    assert art.url == "http://x.example/k" and art.id.startswith("u-")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A long paragraph where these numbers will keep rising, he said.\nThese numbers will "
         "keep rising", "A long paragraph where these numbers will keep rising, he said."),
        ("Short line.\nAnother short line.", "Short line.\nAnother short line."),
        ("", ""),
    ],
)  # fmt: skip
def test_ingest_html_pull_quotes_dropped(text, expected):
    assert drop_pull_quotes(text) == expected


def test_ingest_html_canonical_url_from_metadata():
    art = next(read_html(str(HTML / "news-classic.html"), {}))
    assert art.url == "https://ledger.example.com/world/2023/03/09/iraq-troops-vote"


def test_ingest_html_folder_reads_every_page_and_reports_the_index_page():
    items = list(read([str(HTML)]))
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, SourceError)]
    assert sorted(a.id for a in arts) == sorted(PAGES)
    assert len(errs) == 1 and "section-index.html" in str(errs[0])
    assert "no article text" in str(errs[0])


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
        (b"\x00\x01\x02\xff\xfe binary junk \x00", "no article text"),
        ("<p>caf\u00e9 \ud800 broken</p>".encode("utf-8", "surrogatepass"), "no article text"),
        (b"<html><body><p>" + b"<div>" * 5000 + b"unbalanced", "no article text"),
    ],
)
def test_ingest_html_bad_pages_are_reported_with_the_source(tmp_path, content, reason):
    f = tmp_path / "bad.html"
    f.write_bytes(content)
    items = list(read([str(f)]))
    assert len(items) == 1 and isinstance(items[0], SourceError)
    assert str(f) in str(items[0]) and reason in str(items[0])


def test_ingest_html_missing_file_and_batch_goes_on(tmp_path):
    items = list(read([str(tmp_path / "nope.html"), str(HTML / "news-classic.html")]))
    assert isinstance(items[0], SourceError) and "no such file" in str(items[0])
    assert isinstance(items[1], Article)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Body line one.\n© 2024 Example Media. All rights reserved.", "Body line one."),
        ("Share this story\nBody.\nRead more: other story", "Body."),
        ("Body.\nThe minister said copyright law would change.", None),
    ],
)
def test_ingest_html_boilerplate_lines_dropped_only_at_the_edges(text, kept):
    out = strip_boilerplate(text, boilerplate_patterns())
    assert out == (kept if kept is not None else text)


def test_ingest_html_user_boilerplate_file_extends_the_packaged_one(tmp_path):
    extra = tmp_path / "mine.txt"
    extra.write_text("# my site\nthis story was produced by .*\n", encoding="utf-8")
    pats = boilerplate_patterns((str(extra),))
    assert strip_boilerplate("Body.\nThis story was produced by the desk.", pats) == "Body."


def test_ingest_html_bad_boilerplate_pattern_names_file_and_line(tmp_path):
    from eventwire.errors import ConfigError

    extra = tmp_path / "bad.txt"
    extra.write_text("ok\n(unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad.txt:2"):
        boilerplate_patterns((str(extra),))


@pytest.mark.parametrize(
    ("name", "reader"),
    [("a.html", "read_html"), ("a.HTM", "read_html"), ("a.rss", "read_feed"),
     ("a.atom", "read_feed"), ("a.warc.gz", "read_warc"), ("a.warc", "read_warc"),
     ("a.csv", "read_csv"), ("a.tsv", "read_tsv"), ("a.parquet", "read_parquet"),
     ("a.jsonl", "read_jsonl"), ("a.txt", "read_text"), ("https://x.example/a", "read_url")],
)  # fmt: skip
def test_ingest_reader_chosen_by_extension(name, reader):
    assert reader_for(name).__name__ == reader


def test_ingest_html_declared_latin1_page_is_decoded():
    page = (HTML / "table-layout.html").read_text(encoding="utf-8")
    page = page.replace("Thousands of health workers", "Thousands of health workers in Bogotá")
    art = extract(page.encode("latin-1"), "latin1.html")
    assert art.text.startswith("Thousands of health workers in Bogotá went on strike")
