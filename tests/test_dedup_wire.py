"""Near-duplicate detection on a corpus of rewritten wire stories.

Each original story (tests/fixtures/sources/wire) is syndicated by several outlets,
each rewriting it the way newspapers do: a byline and a new top, paragraphs cut
from the end, house-style word changes, a local paragraph added, paragraphs moved.
Every copy must be grouped with its original; no two distinct stories (including
follow-ups that repeat a background paragraph, and another agency's own report of
the same event) may be grouped together.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from eventwire.corpus.dedup import Deduplicator, exact_key, group, shingles, signature
from eventwire.records import Article

WIRE = Path(__file__).parent / "fixtures" / "sources" / "wire"

# House-style edits a copy desk makes; applied as whole-word replacements.
EDITS = {
    "said": "told reporters",
    "government": "administration",
    "Thursday": "Thursday evening",
    "Monday": "Monday afternoon",
    "neighbouring": "neighboring",
    "defence": "defense",
    "travellers": "travelers",
    "organisations": "organizations",
    "U.S.": "American",
    "about": "around",
    "more than": "over",
    "capital": "capital city",
}


def _paras(text: str) -> list[str]:
    return [p for p in text.strip().split("\n") if p.strip()]


def _edit(text: str) -> str:
    for old, new in EDITS.items():
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)
    return text


def rewrite(text: str, how: str) -> str:
    """One outlet's copy of a wire story."""
    ps = _paras(text)
    if how == "restyled":  # byline, curly quotes, different spacing and case of the lead
        body = "\n\n".join(ps).replace('"', "\u201c")
        return "By Staff and Wire Reports\n\n" + body
    if how == "cut":  # the bottom third cut to fit the page
        return "\n".join(ps[: max(2, round(len(ps) * 0.6))])
    if how == "edited":  # house style plus a local paragraph
        return "\n".join(_edit(p) for p in ps) + (
            "\nThe embassy in our capital city did not immediately respond to a request for "
            "comment on the developments."
        )
    if how == "cut_edited":
        return "\n".join(_edit(p) for p in ps[: max(3, round(len(ps) * 0.5))])
    if how == "reordered":  # an editor's note on top, two paragraphs swapped, the last dropped
        ps = ps[:-1]
        ps[1], ps[2] = ps[2], ps[1]
        return "(Adds background in paragraph three)\n" + "\n".join(ps)
    raise ValueError(how)


HOWS = ("restyled", "cut", "edited", "cut_edited", "reordered")


def corpus() -> tuple[list[Article], dict[str, str]]:
    """The articles in a shuffled order and, for each id, the story it belongs to."""
    arts: list[Article] = []
    truth: dict[str, str] = {}
    for f in sorted(WIRE.glob("*.txt")):
        story = f.stem
        text = f.read_text(encoding="utf-8")
        arts.append(Article(id=f"{story}/wire", text=text))
        truth[f"{story}/wire"] = story
        for n, how in enumerate(HOWS):
            aid = f"{story}/outlet{n}-{how}"
            arts.append(Article(id=aid, text=rewrite(text, how)))
            truth[aid] = story
    random.Random(7).shuffle(arts)
    return arts, truth


def test_dedup_finds_every_syndicated_copy_and_merges_no_distinct_story():
    arts, truth = corpus()
    groups = group(arts)
    stories_per_group = {c: {truth[i] for i in ids} for c, ids in groups.items()}
    merged = {c: s for c, s in stories_per_group.items() if len(s) > 1}
    assert not merged, f"distinct stories merged: {merged}"
    n_stories = len(set(truth.values()))
    assert len(groups) == n_stories, {c: ids for c, ids in groups.items() if len(ids) < 6}
    assert all(len(ids) == 1 + len(HOWS) for ids in groups.values())


def test_dedup_keeps_same_event_reports_by_different_agencies_apart():
    d = Deduplicator()
    a = (WIRE / "wire-nodate.txt").read_text(encoding="utf-8")
    b = (WIRE / "kenya-independent.txt").read_text(encoding="utf-8")
    assert d.add("reuters", a) is None
    assert d.add("ap", b) is None


def test_dedup_follow_up_sharing_a_background_paragraph_is_not_a_copy():
    d = Deduplicator()
    d.add("day1", (WIRE / "news-classic.txt").read_text(encoding="utf-8"))
    assert d.find((WIRE / "iraq-followup.txt").read_text(encoding="utf-8")) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Iraq's parliament voted.", "IRAQ'S  parliament -- voted!"),
        ("Caf\u00e9 talks resume", "Cafe talks resume"),
    ],
)
def test_dedup_exact_key_ignores_case_punctuation_and_accents(a, b):
    assert exact_key(a) == exact_key(b)


def test_dedup_copy_points_to_first_seen_and_chains_collapse():
    d = Deduplicator()
    text = (WIRE / "quake.txt").read_text(encoding="utf-8")
    assert d.add("first", text) is None
    m = d.add("second", rewrite(text, "edited"))
    assert m is not None and m.of == "first" and m.kind == "near"
    m2 = d.add("third", rewrite(text, "edited"))
    assert m2 is not None and m2.of == "first" and m2.kind == "exact"
    assert d.canonical("third") == "first"


@pytest.mark.parametrize("text", ["", "   ", "\u200b\u200b", "Hi.", "\U0001f600" * 40, "a " * 3])
def test_dedup_odd_input_never_crashes(text):
    d = Deduplicator()
    d.add("x", text)
    d.find(text)
    sig, size = signature(text)
    assert len(sig) > 0 and size == len(shingles(text))
