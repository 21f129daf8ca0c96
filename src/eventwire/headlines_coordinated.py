"""The second of two coordinated verbs in a Title-Case headline, read with a cue.

A Title-Case line that joins two acts with "and" ("Party Leader Backs Governor And
Denounces Senator") is read again in lower case by headlines.py, but spaCy's small
English model still reads a present-tense -s form after "and" as a plural noun
("... backs governor and denounces senator": "denounces" NNS), so the second act codes
nothing. Where a verb form the Title-Case re-read found (headlines.title_case_verbs)
follows "and" and the lower-case parse does not make it a verb, the lower-case text is
parsed once more with "now" put before that word (the cue headlines.py gives verbless
lines); the cued parse is kept where it makes the word a verb joined (conj) to another
verb, no word depends on the cue, the tokens are the line's tokens and the words the
lower-case parse read as verbs stay verbs. Only such lines pay for the extra parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

_CUE = "now"
_COORDINATOR = "and"


def _verb_at(doc: Doc | None, size: int, offset: int) -> bool:
    return doc is not None and len(doc) == size and doc[offset].pos_ == "VERB"


def _after_and(words: list[Token]) -> bool:
    """Whether one of ``words`` (a line's Title-Case verb forms) follows "and"."""
    return any(t.i > 0 and t.doc[t.i - 1].lower_ == _COORDINATOR for t in words)


def cued_coordinate(
    nlp: Language, sent: Span, found: list[Token], lowered_text: str, lowered: Doc | None
) -> list[Token] | None:
    """The tokens of a cued parse of ``lowered_text`` (``sent`` in lower case, names kept;
    ``lowered`` its parse), one for each token of ``sent``, where a word of ``found``
    after "and" becomes a verb with the cue (see the module's note); None otherwise."""
    size = len(sent)
    verbs = [t.i - sent.start for t in found if _verb_at(lowered, size, t.i - sent.start)]
    for tok in found:
        offset = tok.i - sent.start
        if offset == 0 or not _after_and([tok]):
            continue
        if _verb_at(lowered, size, offset):
            continue
        at = tok.idx - sent.start_char
        doc = nlp(lowered_text[:at] + _CUE + " " + lowered_text[at:])
        if len(doc) != size + 1 or doc[offset].text != _CUE or len(list(doc.sents)) != 1:
            continue
        verb = doc[offset + 1]
        if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.head.pos_ != "VERB":
            continue  # not a second act joined to the line's first verb
        if any(t.head.i == offset and t.i != offset for t in doc):
            continue
        kept = [t for t in doc if t.i != offset]
        if any(a.lower_ != b.lower_ for a, b in zip(sent, kept, strict=True)):
            continue
        if any(kept[v].pos_ != "VERB" for v in verbs):
            continue
        return kept
    return None
