"""The seed article's "must" actor chains (examples/seed-article.facts.md)."""

from __future__ import annotations

import pytest
from helpers import context_through

from eventwire.annotators.actors import actor_ref


def _entity_at(analysis, text: str, nth: int = 0):
    """The entity covering the nth occurrence of ``text`` in the article (exact span)."""
    art = analysis.article.text
    # "[Aliwi] said": find the context, then the bracketed part of it
    context = text.replace("[", "").replace("]", "")
    offset = text.index("[") if "[" in text else 0
    text = text[offset:].split("]")[0].lstrip("[") if "[" in text else text
    pos = -1
    for _ in range(nth + 1):
        pos = art.find(context, pos + 1)
        assert pos >= 0, f"{context!r} not in the article"
    pos += offset
    best = None
    for ent in analysis.entities:
        for m in ent.mentions:
            if m.start <= pos and pos + len(text) <= m.end:
                if best is None or (m.end - m.start) < best[0]:
                    best = (m.end - m.start, ent)
    assert best is not None, f"no mention covers {text!r}"
    return best[1]


@pytest.mark.parametrize(
    ("text", "nth", "code", "sector"),
    [
        ("Fatah (Conquest) Alliance", 0, "IRQ", "LEG"),
        ("Karim Aliwi", 0, "IRQ", "LEG"),
        ("Lloyd Austin", 0, "USA", "GOV"),
        ("Mark Milley", 0, "USA", "MIL"),
        ("American troops", 0, "USA", "MIL"),
        ("US forces", 0, "USA", "MIL"),
        ("the Americans", 0, "USA", "MIL"),
        ("US troops", 0, "USA", "MIL"),
        ("US military personnel", 0, "USA", "MIL"),
        ("US occupation troops", 0, "USA", "MIL"),
        ("Syrian Foreign Ministry", 0, "SYR", "GOV"),
        ("the ministry", 0, "SYR", "GOV"),
        ("Washington", 0, "USA", "GOV"),
        ("the US administration", 0, "USA", "GOV"),
        ("the lawmaker", 0, "IRQ", "LEG"),
        ("[Aliwi] said", 0, "IRQ", "LEG"),
        ("[Austin]’s", 0, "USA", "GOV"),
        ("[Milley]’s", 0, "USA", "MIL"),
        ("Popular Mobilization Forces", 0, "IRQ", "PRM"),
        ("Abu Mahdi al-Muhandis", 0, "IRQ", "PRM"),
        ("Daesh", 0, "IMG", "REB"),
        ("the Iraqi parliament", 0, "IRQ", "LEG"),
        ("al-Maluma news agency", 0, "IRQ", "JRN"),
    ],
)
def test_actors_seed_codes(seed_analysis, text, nth, code, sector):
    ent = _entity_at(seed_analysis, text, nth)
    assert ent.code == code, (text, ent)
    assert ent.sectors and ent.sectors[0] == sector, (text, ent)


def test_actors_seed_un_is_uno(seed_analysis):
    assert _entity_at(seed_analysis, "[UN] decisions").code == "UNO"


@pytest.mark.parametrize(
    "chain",
    [
        [
            "Fatah Alliance lawmaker Karim Aliwi",
            "[Aliwi] said",
            "[He] also urged",
            "[the lawmaker]",
        ],
        ["Pentagon chief Lloyd Austin", "[Austin]’s Baghdad"],
        [
            "General Mark Milley",
            "[US Chairman] of the Joint",
            "[Milley]’s visit",
            "where [he] met",
            "the American [chairman] of the chiefs",
        ],
        [
            "all American troops",
            "US forces",
            "expelling [the Americans]",
            "the US troops",
            "US military personnel",
            "US occupation troops",
            "kept [its forces]",
        ],
        ["Syrian Foreign Ministry", "[the ministry] said"],
        ["Washington", "required [its] withdrawal", "calling on “[the US administration]"],
    ],
)
def test_actors_seed_chains(seed_analysis, chain):
    first = _entity_at(seed_analysis, chain[0])
    for text in chain[1:]:
        ent = _entity_at(seed_analysis, text)
        assert ent.id == first.id, (chain[0], text, first, ent)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Karim Aliwi", "Lloyd Austin"),
        ("Lloyd Austin", "Mark Milley"),
        ("Karim Aliwi", "Mark Milley"),
        ("Syrian Foreign Ministry", "the US administration"),
        ("Fatah (Conquest) Alliance", "Karim Aliwi"),
        ("American troops", "Washington"),
        ("Popular Mobilization Forces", "the national army"),
        ("Daesh", "Popular Mobilization Forces"),
    ],
)
def test_actors_seed_no_merge(seed_analysis, a, b):
    assert _entity_at(seed_analysis, a).id != _entity_at(seed_analysis, b).id


def test_actors_seed_kinds(seed_analysis):
    assert _entity_at(seed_analysis, "Karim Aliwi").kind == "person"
    assert _entity_at(seed_analysis, "Syrian Foreign Ministry").kind == "organization"
    assert _entity_at(seed_analysis, "Iran").kind == "country"


def test_actors_seed_token_entity_covers_every_mention(coder, seed):
    ctx = context_through(coder, seed["text"], seed["date"], article_id="s")
    art, doc = ctx.article, ctx.doc
    ids = {e.id for e in ctx.analysis.entities}
    assert set(ctx.token_entity.values()) <= ids
    for ent in ctx.analysis.entities:
        for m in ent.mentions:
            assert art.text[m.start : m.end] == m.text
            toks = [t for t in doc if m.start <= t.idx < m.end]
            assert all(t.i in ctx.token_entity for t in toks), (ent.name, m.text)
    # actor_ref through the head of an argument phrase
    sent = next(s for s in doc.sents if "Washington kept" in s.text)
    ref = actor_ref(ctx, doc[sent.start + 2 : sent.start + 3])
    assert (ref.code, ref.sectors[:1]) == ("USA", ["GOV"])
    span = next(c for c in doc.noun_chunks if c.text == "the US administration")
    ref = actor_ref(ctx, span)
    assert ref.code == "USA" and ref.sectors[0] == "GOV" and ref.entity is not None


def test_actors_seed_mentions_are_tight(seed_analysis):
    """No mention runs across a line or swallows a neighbouring actor's possessive."""
    for ent in seed_analysis.entities:
        for m in ent.mentions:
            assert "\n" not in m.text, m
            assert not (ent.code == "IRQ" and m.text.startswith("Austin")), m
