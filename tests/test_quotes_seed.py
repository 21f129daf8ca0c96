"""The seed article's quotes (../shared/examples/seed-article.facts.md, "Quotes")."""

from __future__ import annotations

import pytest


def _find(analysis, cue: str, content_start: str):
    for q in analysis.quotes:
        if q.cue and q.cue.text == cue and any(c.text.startswith(content_start) for c in q.content):
            return q
    raise AssertionError(
        f"no quote with cue {cue!r} and content starting {content_start!r}: "
        + repr([(q.cue and q.cue.text, [c.text[:40] for c in q.content]) for q in analysis.quotes])
    )


@pytest.mark.parametrize(
    ("cue", "content_start", "speaker"),
    [
        ("told", "“Efforts continue", "Fatah Alliance lawmaker Karim Aliwi"),
        ("said", "“Iraqi resistance, popular mobilization", "Aliwi"),
        ("said", "“The continued presence of American forces", "the lawmaker"),
        ("condemned", "“the illegal visit", "Syrian Foreign Ministry"),
    ],
)
def test_quotes_seed_direct(seed_analysis, cue, content_start, speaker):
    q = _find(seed_analysis, cue, content_start)
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.text == speaker
    text = seed_analysis.article.text
    for c in q.content:
        assert text[c.start : c.end] == c.text
        assert c.text[0] == "“" and c.text[-1] == "”"


def test_quotes_seed_mixed(seed_analysis):
    q = _find(seed_analysis, "said", "Milley’s visit was “a flagrant violation")
    assert q.kind == "mixed"
    assert q.speaker is not None and q.speaker.text == "the ministry"
    assert "“a flagrant violation of the sovereignty and integrity”" in q.content[0].text


@pytest.mark.parametrize(
    ("cue", "content_start"),
    [
        ("says", "the country’s resistance and political groups agree"),
        ("urged", "the Iraqi parliament to implement"),
        ("calling on", "“the US administration"),
    ],
)
def test_quotes_seed_indirect(seed_analysis, cue, content_start):
    q = _find(seed_analysis, cue, content_start)
    assert q.speaker is not None


def test_quotes_seed_ids_and_shared_data(coder, seed):
    analysis = coder.code(seed)
    assert [q.id for q in analysis.quotes] == [f"q{i}" for i in range(1, len(analysis.quotes) + 1)]
    assert all(q.kind in ("direct", "indirect", "mixed") for q in analysis.quotes)


def test_quotes_seed_speakers_resolve_to_the_entity(seed_analysis):
    """Aliwi's three quotes share one entity (needs the real actors annotator)."""
    if not seed_analysis.entities:
        pytest.skip("the actors annotator produced no entities (placeholder not yet replaced)")
    aliwi = [
        _find(seed_analysis, "told", "“Efforts continue"),
        _find(seed_analysis, "said", "“Iraqi resistance"),
        _find(seed_analysis, "said", "“The continued presence"),
    ]
    ids = {q.speaker.entity for q in aliwi}
    assert len(ids) == 1 and None not in ids
    ent = seed_analysis.entity(ids.pop())
    assert any("Aliwi" in m.text for m in ent.mentions)
    ministry = _find(seed_analysis, "said", "Milley’s visit")
    assert ministry.speaker.entity is not None
    assert (
        ministry.speaker.entity == _find(seed_analysis, "condemned", "“the illegal").speaker.entity
    )
