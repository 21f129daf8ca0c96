"""Bad input never crashes the actors annotator; offsets stay true to the text."""

from __future__ import annotations

import pytest
from helpers import context_through
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.annotators import Context
from eventwire.annotators.actors import actor_ref

ODD = [
    "“",
    "He said it.",
    ")))(((",
    "US",
    "the the the",
    "\u202e\u0000abc Iraq’s",
    'They said "',
    "al-",
    "The (",
    "Mr. ( Smith",
    ". . .",
    "Iraqi" * 50,
    "the lawmaker said he would; it did; they did not.",
    "Washington Washington Washington",
    "ISIS ISIL IS Daesh",
    "\n\n\nIraqi lawmaker\n\n\nAli Hassan said\n",
    "President President President Smith",
    "’s ’s ’s",
    "Iran, Libya, , and North Korea and",
    "anti-anti-pro-US",
]


def _annotate(coder, text: str) -> Context:
    return context_through(coder, text, "2023-01-01")


def _check(ctx: Context) -> None:
    text = ctx.article.text
    ids = {e.id for e in ctx.analysis.entities}
    assert len(ids) == len(ctx.analysis.entities)
    assert set(ctx.token_entity.values()) <= ids
    for ent in ctx.analysis.entities:
        assert ent.mentions
        assert ent.kind in ("person", "organization", "country", "group", "population", "unknown")
        for m in ent.mentions:
            assert text[m.start : m.end] == m.text
    for i in range(len(ctx.doc)):
        for j in (i + 1, min(len(ctx.doc), i + 4)):
            ref = actor_ref(ctx, ctx.doc[i:j])
            assert ref.text == text[ref.start : ref.end]


@pytest.mark.parametrize("text", ODD)
def test_actors_robust_odd_text(coder, text):
    _check(_annotate(coder, text))


def test_actors_robust_empty_span(coder):
    ctx = _annotate(coder, "Iraq said so.")
    ref = actor_ref(ctx, ctx.doc[1:1])
    assert ref.code is None


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(min_size=1, max_size=120))
def test_actors_robust_any_unicode(coder, text):
    _check(_annotate(coder, text))


@pytest.mark.parametrize(
    ("text", "start", "end", "code", "sector"),
    [
        ("Iraqi lawmakers voted.", 0, 2, "IRQ", "LEG"),
        ("The Kremlin denied it.", 0, 2, "RUS", "GOV"),
        ("Syria's foreign ministry denied it.", 0, 4, "SYR", "GOV"),
        ("Nobody denied it.", 0, 1, None, None),
    ],
)
def test_actors_robust_actor_ref_without_mentions(coder, text, start, end, code, sector):
    """A phrase no mention covers is resolved from the dictionaries (entity None)."""
    ctx = _annotate(coder, text)
    ctx.token_entity.clear()
    ref = actor_ref(ctx, ctx.doc[start:end])
    assert ref.entity is None
    assert (ref.code, ref.sectors[0] if ref.sectors else None) == (code, sector)
