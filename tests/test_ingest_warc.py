"""WARC and WARC.gz: HTML responses only, streamed; truncated and corrupt archives reported."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pytest

from eventwire.errors import SourceError
from eventwire.ingest import read
from eventwire.ingest.html import url_id
from eventwire.records import Article

HTML = Path(__file__).parent / "fixtures" / "sources" / "html"


def write_warc(path: Path, records: list[tuple], gz: bool) -> None:
    """Write (kind, url, payload, content_type, status) records, the way a crawler does."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "eventwire tests"}))
        for kind, url, payload, ctype, status in records:
            warc_headers = {"WARC-Date": "2024-02-20T12:00:00Z"}
            if kind == "request":
                http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True)
                rec = w.create_warc_record(
                    url,
                    "request",
                    payload=io.BytesIO(b""),
                    http_headers=http,
                    warc_headers_dict=warc_headers,
                )
            else:
                http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
                rec = w.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(payload),
                    http_headers=http,
                    warc_headers_dict=warc_headers,
                )
            w.write_record(rec)  # fmt: skip


def crawl() -> list[tuple]:
    page = lambda n: (HTML / f"{n}.html").read_bytes()  # noqa: E731
    return [
        ("request", "http://a.example/kenya", b"", "", ""),
        ("response", "http://a.example/kenya", page("wire-nodate"), "text/html; charset=utf-8",
         "200 OK"),
        ("response", "http://a.example/logo.png", b"\x89PNG....", "image/png", "200 OK"),
        ("response", "http://a.example/old", b"moved", "text/html", "301 Moved Permanently"),
        ("response", "http://a.example/iraq", page("news-classic"), "text/html", "200 OK"),
        ("response", "http://a.example/index", page("section-index"), "text/html", "200 OK"),
        ("response", "http://a.example/geneva", page("magazine-divs"),
         "application/xhtml+xml", "200 OK"),
    ]  # fmt: skip


@pytest.mark.parametrize("gz", [True, False])
def test_ingest_warc_reads_html_responses_only(tmp_path, gz):
    f = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(f, crawl(), gz)
    stats: Counter[str] = Counter()
    items = list(read([str(f)], stats=stats))
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, SourceError)]
    assert [a.url for a in arts] == [
        "http://a.example/kenya",
        "http://a.example/iraq",
        "http://a.example/geneva",
    ]
    assert arts[0].id == url_id("http://a.example/kenya")
    # no date metadata: the dateline's Feb. 14 takes its year from the crawl date
    assert (arts[0].date, arts[0].date_origin, arts[0].dateline) == (
        "2024-02-14",
        "dateline",
        "NAIROBI",
    )
    assert arts[1].date == "2023-03-09" and arts[1].date_origin == "metadata"
    assert len(errs) == 1 and "http://a.example/index" in str(errs[0])
    assert stats["warc: not an HTML page"] == 1
    assert stats["warc: HTTP status 301"] == 1
    assert stats["warc: not an HTTP response"] == 2  # the warcinfo and the request record


@pytest.mark.parametrize("gz", [True, False])
@pytest.mark.parametrize("keep", [0.5, 0.8])
def test_ingest_warc_truncated_archive_keeps_what_came_before(tmp_path, gz, keep):
    f = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    write_warc(f, crawl(), gz)
    data = f.read_bytes()
    f.write_bytes(data[: int(len(data) * keep)])
    other = tmp_path / "after.html"
    other.write_bytes((HTML / "blog-wordpress.html").read_bytes())
    items = list(read([str(f), str(other)]))
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, SourceError)]
    assert arts[0].url == "http://a.example/kenya"
    assert arts[-1].id == "after"  # the batch goes on after the broken archive
    assert any(str(f) in str(e) and ("truncated" in str(e) or "corrupt" in str(e)) for e in errs)


@pytest.mark.parametrize(
    ("content", "name"),
    [(b"this is not a web archive\n" * 10, "junk.warc"), (b"\x1f\x8b\x08\x00junk", "junk.warc.gz"),
     (b"", "empty.warc")],
)  # fmt: skip
def test_ingest_warc_not_an_archive_is_reported(tmp_path, content, name):
    f = tmp_path / name
    f.write_bytes(content)
    items = list(read([str(f)]))
    assert all(isinstance(i, SourceError) for i in items)
    if content:
        assert items and str(f) in str(items[0])


def test_ingest_warc_streams_lazily(tmp_path):
    f = tmp_path / "big.warc.gz"
    page = (HTML / "news-classic.html").read_bytes()
    write_warc(
        f,
        [("response", f"http://a.example/{n}", page, "text/html", "200 OK") for n in range(60)],
        True,
    )
    gen = read([str(f)])
    first = next(gen)
    assert isinstance(first, Article) and first.url == "http://a.example/0"
    gen.close()  # the archive is closed without being read to the end
