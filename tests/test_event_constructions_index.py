"""The event matcher's indexes find what a scan of every token and every pattern finds:
``Constructions.matchable`` leaves out only tokens no pattern fits, ``PatternIndex``
picks the same first fitting pattern as trying a head's patterns in order, and the
``LexicalView`` of a parse reads the same words as its tokens. Sentences written for
these tests."""

from __future__ import annotations

import itertools
import random
from typing import Any

import pytest

from eventwire.annotators.event_grammar import (
    _dep_words,
    _has_word,
    _lemma,
    _match,
    _reported_predicate,
    lexical_view,
)
from eventwire.annotators.event_lexicon import Pattern, PatternIndex

SENTENCES = [
    "Rebels staged an attack on the convoy near the border on Tuesday.",
    "The ministry called on both sides to resume talks in Geneva.",
    "Police found a cache of rifles and grenades in the warehouse.",
    "A car bomb exploded outside the court, and thousands of protesters gathered later.",
    "Weapons were seized at the port, and the seized rifles were destroyed.",
    "The senator said the governor was corrupt and accused him of lying.",
    "Lawmakers imposed sanctions on three banks after the vote.",
    "The union called a strike for Monday; workers walked out of the mill.",
    "Jets struck the depot while the envoy met the Prime Minister in Ankara.",
    "She told the cadets to stand down and warned that the plan would fail.",
    "Officials expelled two diplomats and recalled their ambassador.",
    "The Borovian army shelled the town, killing four, residents said.",
    "",
    "Hmm.",
]


@pytest.fixture(scope="module")
def events(coder: Any) -> Any:
    return next(a for a in coder.annotators if a.name == "events")


def _linear_match(tok: Any, lex: Any) -> Pattern | None:
    """The matcher before its index: every key, every pattern of it, in order."""
    pos = tok.pos_
    low = str(tok.lower_)
    if pos in ("VERB", "AUX"):
        keys = [(_lemma(tok), "v")]
        for cut, end in ((1, "ed"), (2, "es"), (3, "ing")):
            if low.endswith(end) and len(low) > cut + 2:
                keys.append((low[:-cut], "v"))
        keys.append((low, "v"))
    elif pos in ("NOUN", "PROPN"):
        keys = [(_lemma(tok), "n"), (low, "n")]
    elif pos == "ADJ" and tok.tag_ == "VBN":
        keys = [(_lemma(tok), "v")]
    else:
        return None
    words = None
    for key in keys:
        for pat in lex.patterns.get(key) or ():
            if not pat.deps:
                return pat
            if words is None:
                reported = _reported_predicate(tok, lex)
                denied = {w[1:] for w in reported if w.startswith("-")}
                words = (_dep_words(tok) | reported) - denied
            if all(_has_word(w, words, lex) for w in pat.deps):
                return pat
    return None


@pytest.mark.parametrize("text", SENTENCES)
def test_event_constructions_index_matchable_holds_every_match(
    coder: Any, events: Any, text: str
) -> None:
    doc = coder.nlp(text)
    forms = events.triggers.forms
    full = [t.i for t in doc if forms.match(t) is not None]
    anchored = forms.matchable(doc)
    assert anchored == sorted(set(anchored))
    assert set(full) <= set(anchored), (full, anchored)
    assert [i for i in anchored if forms.match(doc[i]) is not None] == full


@pytest.mark.parametrize("text", SENTENCES)
def test_event_constructions_index_match_is_the_linear_match(
    coder: Any, events: Any, text: str
) -> None:
    doc = coder.nlp(text)
    for tok in doc:
        assert _match(tok, events.lex) is _linear_match(tok, events.lex), tok.text


def test_event_constructions_index_finds_triggers_of_its_own_sentences(
    coder: Any, events: Any
) -> None:
    doc = coder.nlp(SENTENCES[0] + " " + SENTENCES[3])
    forms = events.triggers.forms
    found = {doc[i].text for i in forms.matchable(doc) if forms.match(doc[i]) is not None}
    assert {"attack", "exploded", "gathered"} <= found, found


def _pattern(deps: tuple[str, ...], n: int) -> Pattern:
    return Pattern(
        head="meet", pos="v", deps=deps, event="CONSULT", mode=None, cameo=None, text=f"p{n}"
    )


_WORDS = ("with", "on", "talks", "envoy", "&arms", "over")


def _patterns(seed: int) -> list[Pattern]:
    rng = random.Random(seed)
    deps = [tuple(rng.sample(_WORDS, rng.randint(0, 3))) for _ in range(rng.randint(1, 12))]
    return [_pattern(d, n) for n, d in enumerate(deps)]


@pytest.mark.parametrize("seed", range(40))
def test_event_lexicon_pattern_index_first_fit_is_the_linear_first_fit(seed: int) -> None:
    pats = _patterns(seed)
    index = PatternIndex(pats)
    assert index.most_deps == max(len(p.deps) for p in pats)
    arms = {"rifle", "grenade"}

    def fits(p: Pattern, words: set[str]) -> bool:
        return all((bool(words & arms) if d == "&arms" else d in words) for d in p.deps)

    plain = [w for w in _WORDS if not w.startswith("&")] + ["rifle"]
    for size in range(len(plain) + 1):
        for combo in itertools.combinations(plain, size):
            words = set(combo)
            linear = next((k for k, p in enumerate(pats) if fits(p, words)), None)
            indexed = next((k for k in index.candidates(words) if fits(pats[k], words)), None)
            assert indexed == linear, (words, [p.deps for p in pats])


@pytest.mark.parametrize("text", SENTENCES[:4])
def test_event_grammar_lexical_view_reads_the_tokens(coder: Any, text: str) -> None:
    doc = coder.nlp(text)
    view = lexical_view(doc)
    assert lexical_view(doc) is view  # built once per parse
    assert view.lemma == [_lemma(t) for t in doc]
    assert view.lower == [t.lower_ for t in doc]
    assert view.pos == [t.pos_ for t in doc]
    assert view.ent == [t.ent_type_ for t in doc]
    assert view.stop == [t.is_stop for t in doc]
    other = coder.nlp("A different parse.")
    assert lexical_view(other).lower == ["a", "different", "parse", "."]
