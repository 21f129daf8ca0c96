"""Framing: the article's own voice, as ``Claim`` records.

Runs last, after the quotes annotator, and marks:

- ``unattributed``: a sentence that no attribution covers (neither its content, cue
  nor source) and that is not itself inside quotation marks: the article asserts it;
- ``hedge``: a distancing or evidential word (*allegedly*, *so-called*, *under the
  guise of*), from ``resources/framing/hedges.tsv``;
- ``loaded``: a word carrying a judgement (*occupation*, *regime*, *terrorists*), from
  ``resources/framing/loaded.tsv``, with the lexicon's class as ``label``;
- ``scare_quote``: a short quotation (five words or fewer) that no attribution claims.

Words inside quotation marks are the speaker's and get no hedge or loaded mark.
``framing_summary(analysis)`` counts them per article, so two outlets' reports of the
same event can be compared.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..records import Analysis, Claim
from ..resources import file_names, read_text, read_user_file
from . import Annotator, Context, SpanIndex, doc_sents, doc_tokens, register

KINDS = ("hedge", "loaded")
SCARE_MAX_WORDS = 5
MIN_SENTENCE_WORDS = 4


@dataclass(frozen=True)
class Term:
    """One lexicon entry: its kind, phrase, label and compiled pattern."""

    kind: str
    phrase: str
    label: str
    pattern: re.Pattern[str]
    key: str  # the first word without its wildcard: it must occur for the phrase to match


def _compile(phrase: str) -> re.Pattern[str]:
    words = []
    for word in phrase.split():
        if word.endswith("*"):
            words.append(re.escape(word[:-1]) + r"[\w-]*")
        else:
            words.append(re.escape(word))
    return re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", re.IGNORECASE)


def _parse(text: str, where: str) -> list[Term]:
    terms = []
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in raw.split("\t")]
        if len(cols) < 3 or cols[0] not in KINDS or not cols[1] or not cols[2]:
            raise ConfigError(
                f"{where}, line {n}: {raw!r} is not 'KIND<TAB>PHRASE<TAB>LABEL'; expected KIND "
                f"one of {', '.join(KINDS)} (see resources/framing/README.md)"
            )
        key = cols[1].lower().split()[0].rstrip("*")
        terms.append(Term(cols[0], cols[1].lower(), cols[2], _compile(cols[1]), key))
    return terms


def load_terms(paths: Iterable[str | Path] = ()) -> list[Term]:
    """The packaged framing lexicons (every ``*.tsv``) followed by the user's files."""
    terms: list[Term] = []
    for name in file_names("framing", ".tsv"):
        terms.extend(_parse(read_text("framing", name), f"{name} (packaged)"))
    for path in paths:
        terms.extend(_parse(read_user_file(path, "framing lexicon", "framing"), str(path)))
    return terms


@register("framing")
class FramingAnnotator(Annotator):
    """Unattributed assertions, hedges, loaded terms and scare quotes."""

    assigns = ("claims",)
    requires = ("quotes", "quote_regions")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.terms = load_terms(settings["framing_lexicons"])

    def __call__(self, ctx: Context) -> None:
        text = ctx.article.text
        analysis = ctx.analysis
        regions: list[tuple[int, int]] = list(ctx.quote_regions)
        covered: list[tuple[int, int]] = []
        speech: list[tuple[int, int]] = []
        for q in analysis.quotes:
            for c in q.content:
                covered.append((c.start, c.end))
                speech.append((c.start, c.end))
            for part in (q.cue, q.speaker):
                if part is not None:
                    covered.append((part.start, part.end))
        claims: list[Claim] = []
        in_covered, in_regions = SpanIndex(covered), SpanIndex(regions)
        in_speech = SpanIndex(speech)

        tokens = doc_tokens(ctx.doc)
        for sent in doc_sents(ctx.doc):
            s, e = sent.start_char, sent.end_char
            sent_tokens = tokens[sent.start : sent.end]
            words = [t for t in sent_tokens if t.is_alpha]
            if len(words) < MIN_SENTENCE_WORDS or not any(
                t.pos_ in ("VERB", "AUX") for t in sent_tokens
            ):
                continue
            if in_covered.overlaps(s, e) or in_regions.contains(s, e):
                continue
            claims.append(Claim(kind="unattributed", text=text[s:e], start=s, end=e))

        found: list[tuple[int, int, Term]] = []
        lowered = text.lower()
        for term in self.terms:
            if term.key not in lowered:
                continue  # a substring test is far cheaper than the regex
            for m in term.pattern.finditer(text):
                if not in_regions.contains(m.start(), m.end()):
                    found.append((m.start(), m.end(), term))
        # The longest match wins where entries overlap ("false pretext" over "pretext").
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        last_end = -1
        for s, e, term in found:
            if s < last_end:
                continue
            last_end = e
            claims.append(Claim(kind=term.kind, text=text[s:e], start=s, end=e, label=term.label))

        for s, e in regions:
            inner = text[s + 1 : e - 1] if e - s > 2 else ""
            n_words = len(re.findall(r"\w+", inner))
            if not 0 < n_words <= SCARE_MAX_WORDS:
                continue
            # A quotation that is an attribution's whole content is speech, not a scare quote.
            if in_speech.contains(s, e):
                continue
            claims.append(Claim(kind="scare_quote", text=text[s:e], start=s, end=e))

        claims.sort(key=lambda c: (c.start, c.end))
        analysis.claims.extend(claims)


def framing_summary(analysis: Analysis) -> dict[str, Any]:
    """Per-article counts of the own-voice markers and of the attributions."""
    by_kind = Counter(c.kind for c in analysis.claims)
    loaded: dict[str, list[str]] = {}
    for c in analysis.claims:
        if c.kind == "loaded":
            loaded.setdefault(c.label or "", []).append(c.text)
    unattributed_chars = sum(c.end - c.start for c in analysis.claims if c.kind == "unattributed")
    n_chars = len(analysis.article.text) or 1
    return {
        "unattributed": by_kind.get("unattributed", 0),
        "hedges": by_kind.get("hedge", 0),
        "loaded": by_kind.get("loaded", 0),
        "scare_quotes": by_kind.get("scare_quote", 0),
        "loaded_by_label": {k: len(v) for k, v in sorted(loaded.items())},
        "loaded_terms": {k: sorted(set(t.lower() for t in v)) for k, v in sorted(loaded.items())},
        "hedge_terms": sorted({c.text.lower() for c in analysis.claims if c.kind == "hedge"}),
        "quotes": dict(Counter(q.kind for q in analysis.quotes)),
        "unattributed_share": round(unattributed_chars / n_chars, 3),
    }
