"""Cross-article clustering on hand-built Analyses: paraphrases merge, near-misses stay apart."""

from __future__ import annotations

import random

import pytest
from helpers import sample_analysis

from eventwire.corpus.cluster import (
    EventMention,
    LocKey,
    cluster,
    cluster_analyses,
    mentions_from_analysis,
    places_compatible,
    signature,
)
from eventwire.records import ActorRef, Analysis, Article, Event, Place, Span
from eventwire.store import (
    CorpusFilter,
    Store,
    corpus_events,
    corpus_stale,
    event_mentions,
    write_corpus_events,
)

KHARKIV = Place("Kharkiv", 0, 7, "Kharkiv", 49.98, 36.25, "UKR", 706483, "city")
ODESA = Place("Odesa", 0, 5, "Odesa", 46.48, 30.73, "UKR", 698740, "city")
UKRAINE = Place("Ukraine", 0, 7, "Ukraine", 49.0, 32.0, "UKR", 690791, "country")
CAIRO = Place("Cairo", 0, 5, "Cairo", 30.06, 31.25, "EGY", 360630, "city")


def ref(code: str | None, *sectors: str) -> ActorRef:
    return ActorRef("x", 0, 1, None, code, list(sectors))


def report(
    article_id: str,
    source: str,
    article_date: str,
    event: str = "ASSAULT",
    actor: tuple = ("RUS", "MIL"),
    recipient: tuple | None = ("UKR",),
    date: str | None = "2024-02-10",
    place: Place | None = KHARKIV,
    aux: tuple[str, ...] = (),
    n_events: int = 1,
) -> Analysis:
    """One article reporting one event (``n_events`` times, as a lede and a recap would)."""
    text = "A report. " * 4
    events = [
        Event(
            id=f"ev{i + 1}",
            event=event,
            trigger=Span("report", 2, 8),
            sentence=Span(text[:10], 0, 10),
            aux=list(aux),
            actor=[ref(*actor)] if actor else [],
            recipient=[ref(*recipient)] if recipient else [],
            date=date,
            location=place,
            cameo="190" if event == "ASSAULT" else None,
            confidence=0.8,
        )
        for i in range(n_events)
    ]
    art = Article(id=article_id, text=text, date=article_date, source=source)
    return Analysis(article=art, events=events)


def base_reports() -> list[Analysis]:
    """Three outlets, four articles, five mentions of one strike on Kharkiv."""
    return [
        report("wire-1", "Wire", "2024-02-10", n_events=2),
        report("daily-1", "Daily", "2024-02-11", actor=("RUS",)),  # "Russia" for "Russian forces"
        report("gazette-1", "Gazette", "2024-02-11", place=UKRAINE),  # only the country named
        report("wire-2", "Wire", "2024-02-11", recipient=None, date="2024-02-11"),  # no recipient
    ]


def test_corpus_cluster_paraphrases_become_one_event_with_gdelt_counts():
    events = cluster_analyses(base_reports())
    assert len(events) == 1
    ce = events[0]
    assert (ce.num_mentions, ce.num_articles, ce.num_sources) == (5, 4, 3)
    assert ce.id == "wire-1-ev1"  # the earliest report
    assert ce.first.article_date == "2024-02-10"
    assert ce.location is not None and ce.location.name == "Kharkiv"  # the most specific place
    assert ce.actor_codes == ["RUS", "RUSMIL"] and ce.recipient_codes == ["UKR"]
    assert [(m.article_id, m.event_id) for m in ce.mentions][:2] == [
        ("wire-1", "ev1"),
        ("wire-1", "ev2"),
    ]


NEAR_MISSES = {
    "different actor": dict(actor=("UKR", "MIL"), recipient=("RUS",)),
    "different actor sector": dict(actor=("RUS", "GOV")),
    "different recipient": dict(recipient=("GEO",)),
    "date beyond window": dict(date="2024-02-14"),
    "different place": dict(place=ODESA),
    "place in another country": dict(place=CAIRO),
    "different type": dict(event="ACCUSE"),
    "negated": dict(aux=("negation",)),
    "future": dict(aux=("future",)),
    "no actor resolved": dict(actor=None),
    "coarse date only": dict(date="2024-02"),
}


@pytest.mark.parametrize("change", NEAR_MISSES.values(), ids=list(NEAR_MISSES))
def test_corpus_cluster_near_miss_stays_apart(change):
    miss = report("near-1", "Herald", "2024-02-11", **change)
    events = cluster_analyses([*base_reports(), miss])
    assert len(events) == 2
    alone = [e for e in events if e.mentions[0].article_id == "near-1"]
    assert len(alone) == 1 and alone[0].num_mentions == 1


def test_corpus_cluster_vague_report_does_not_chain_two_events():
    # Kharkiv and Odesa strikes the same day; a report naming only "Ukraine" fits both
    # but must not merge them into one.
    arts = [
        report("a", "Wire", "2024-02-10", place=KHARKIV),
        report("b", "Daily", "2024-02-10", place=UKRAINE),
        report("c", "Gazette", "2024-02-10", place=ODESA),
    ]
    events = cluster_analyses(arts)
    assert len(events) == 2
    assert sorted(e.num_mentions for e in events) == [1, 2]


def test_corpus_cluster_window_is_a_setting():
    arts = [report("a", "W", "2024-02-10"), report("b", "D", "2024-02-13", date="2024-02-13")]
    assert len(cluster_analyses(arts, window_days=1)) == 2
    assert len(cluster_analyses(arts, window_days=3)) == 1


def test_corpus_cluster_does_not_depend_on_input_order():
    arts = base_reports() + [
        report(f"n{i}", "H", "2024-02-11", **c) for i, c in enumerate(NEAR_MISSES.values())
    ]
    want = signature(cluster_analyses(arts))
    ids = [e.id for e in cluster_analyses(arts)]
    rng = random.Random(7)
    for _ in range(5):
        rng.shuffle(arts)
        events = cluster_analyses(arts)
        assert signature(events) == want and [e.id for e in events] == ids


def test_corpus_cluster_undated_events_stay_single():
    arts = [report("a", "W", None, date=None), report("b", "D", None, date=None)]
    assert [e.num_mentions for e in cluster_analyses(arts)] == [1, 1]


def test_corpus_cluster_empty_input():
    assert cluster([]) == []


@pytest.mark.parametrize(
    "a,b,ok",
    [
        (None, LocKey(1, "X", "UKR", "city"), True),
        (LocKey(1, "X", "UKR", "city"), LocKey(1, "X", "UKR", "city"), True),
        (LocKey(1, "X", "UKR", "city"), LocKey(2, "Y", "UKR", "city"), False),
        (LocKey(9, "Ukraine", "UKR", "country"), LocKey(2, "Y", "UKR", "city"), True),
        (LocKey(9, "Ukraine", "UKR", "country"), LocKey(3, "Z", "EGY", "city"), False),
        (LocKey(None, "Mosul", "IRQ", None), LocKey(None, "mosul", "IRQ", None), True),
    ],
)
def test_corpus_cluster_places_compatible(a, b, ok):
    assert places_compatible(a, b) is ok
    assert places_compatible(b, a) is ok


def test_corpus_cluster_store_roundtrip_and_filters(tmp_path):
    arts = [
        *base_reports(),
        report("near-1", "Herald", "2024-02-11", event="ACCUSE", actor=("UKR", "GOV")),
    ]
    with Store(tmp_path / "s.duckdb") as store:
        store.write(arts)
        assert corpus_stale(store)
        # the SQL path reads the same mentions as the record path
        from_sql = sorted(event_mentions(store), key=EventMention.report_key)
        from_records = sorted(
            (m for a in arts for m in mentions_from_analysis(a)), key=EventMention.report_key
        )
        assert from_sql == from_records
        events = cluster(from_sql)
        assert write_corpus_events(store, events, window_days=1) == 2
        assert not corpus_stale(store)
        stored = list(corpus_events(store))
        assert [e.to_dict() for e in stored] == [e.to_dict() for e in events]
        assert [e.id for e in corpus_events(store, CorpusFilter(min_mentions=2))] == ["wire-1-ev1"]
        assert len(list(corpus_events(store, CorpusFilter(actor="RUSMIL")))) == 1
        assert len(list(corpus_events(store, CorpusFilter(type="accuse")))) == 1
        assert len(list(corpus_events(store, CorpusFilter(recipient="EGY")))) == 0
        # a rebuild replaces, never adds
        write_corpus_events(store, events, window_days=1)
        assert store.con.execute("SELECT count(*) FROM corpus_mentions").fetchone()[0] == 6
        store.write([sample_analysis("new")])
        assert corpus_stale(store)


def test_corpus_cluster_vague_report_needs_an_anchor():
    # no recipient and no place: type, actor and date alone do not tie it to the event
    vague = report("vague", "Herald", "2024-02-10", recipient=None, place=None)
    events = cluster_analyses([*base_reports(), vague])
    assert sorted(e.num_mentions for e in events) == [1, 5]
    # two equally vague reports of the same day still merge with each other
    other = report("vague-2", "Daily", "2024-02-10", recipient=None, place=None)
    assert [e.num_mentions for e in cluster_analyses([vague, other])] == [2]
