"""Arbitrary text never crashes the source helpers: they answer or raise SourceError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.corpus.dedup import Deduplicator
from eventwire.errors import SourceError
from eventwire.ingest.dateline import parse, parse_date
from eventwire.ingest.feeds import html_to_text, parse_feed
from eventwire.ingest.html import extract
from eventwire.ingest.language import check

TEXT = st.text(max_size=400)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT)
def test_ingest_fuzz_dateline(text):
    dl = parse(text)
    if dl is not None:
        assert 0 <= dl.start < dl.end <= len(text)
        dl.resolve(None)
    parse_date(text)


@FAST
@given(TEXT)
def test_ingest_fuzz_language_and_dedup(text):
    check(text)
    d = Deduplicator()
    d.add("a", text)
    d.add("b", text)


@FAST
@given(TEXT)
def test_ingest_fuzz_markup(text):
    html_to_text(text)
    for raw in (text, "<html><body><p>" + text + "</p></body></html>"):
        try:
            extract(raw.encode("utf-8", "surrogatepass"), "fuzz")
        except SourceError:
            pass
    try:
        parse_feed(text.encode("utf-8", "surrogatepass"), "fuzz")
    except SourceError:
        pass
