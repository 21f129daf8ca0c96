"""End to end on the synthetic paraphrase corpus: code, cluster, check groups and near-misses.

The corpus (tests/fixtures/corpus) has reports of two happenings by several outlets
and near-misses (another actor, a later date, another place, another type). The
clustering must never put a near-miss's event into a group's event; a group's
reports must come together, allowing one report the coder reads differently.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire import ingest
from eventwire.corpus.cluster import cluster_analyses
from eventwire.records import Article

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def clustered(coder):
    arts = [a for a in ingest.read([str(FIXTURES / "reports.jsonl")]) if isinstance(a, Article)]
    analyses = list(coder.pipe(arts))
    if not any(a.events for a in analyses):
        pytest.skip("the events annotator finds no events (placeholder build)")
    return cluster_analyses(analyses)


def _expected() -> dict:
    return json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("group", sorted(_expected()["groups"]))
def test_corpus_paraphrase_group_comes_together(clustered, group):
    spec = _expected()["groups"][group]
    members = set(spec["articles"])
    best = max(
        (e for e in clustered if e.event == spec["event"]),
        key=lambda e: len({m.article_id for m in e.mentions} & members),
    )
    together = {m.article_id for m in best.mentions} & members
    assert len(together) >= len(members) - 1, (group, sorted(together))
    assert best.num_articles >= len(together) and best.num_sources >= 2


@pytest.mark.parametrize("group", sorted(_expected()["apart"]))
def test_corpus_paraphrase_near_misses_stay_apart(clustered, group):
    spec = _expected()["groups"][group]
    members = set(spec["articles"])
    near = set(_expected()["apart"][group])
    for e in clustered:
        arts = {m.article_id for m in e.mentions}
        if e.event == spec["event"] and arts & members:
            assert not arts & near, (group, e.id, sorted(arts))
