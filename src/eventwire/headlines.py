"""Headline-style lines read again where the parser found no verb in them.

Headlines drop articles and auxiliaries ("Rebels attack army base", "Mayor Praises
Firefighters"), and spaCy's small English model, trained on running text, often reads
their present-tense verb as a noun, an adjective or part of a name: the line then has no
verb and codes no event. A sentence of the parse is read again when all of these hold:

- it is short (at most MAX_WORDS words) and no token of it is a verb or auxiliary;
- a word in it is a present-tense form of a verb the event lexicon knows
  (resources/events/lexicon.txt) that agrees with the noun just before it: the bare form
  after a plural noun ("Rebels attack"), the -s form after a singular one ("Senate
  passes"), so that noun-phrase headlines ("Police raids in the north", "Senate tax
  bill") are left alone;
- a word that can be an object follows it (not a preposition, a stop or the line's end).

The sentence alone is parsed again with "now" put before that word and the word in lower
case (a cue the parser reads as a finite verb); where the second parse makes the word a
verb, its tags, lemmas and dependencies replace the first parse's for that sentence's
tokens. Token boundaries, the text and every character offset stay as they were; named
entities are not changed. Ordinary sentences have a verb and cost one scan of their tokens.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

MAX_WORDS = 14
_CUE = "now"
_VERB_POS = frozenset({"VERB", "AUX"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_SINGULAR_TAGS = frozenset({"NN", "NNP"})
_NOT_PLURAL = ("ss", "us", "is")  # endings of singular names and nouns ("Congress", "Paris")
# parts of speech of a word that can begin the verb's object
_OBJECT_POS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON"})


@functools.cache
def lexicon_verbs() -> frozenset[str]:
    """The verb heads of the packaged event lexicon that code an event (read by the
    lexicon's own parser: word-set heads expanded, ``/n`` nouns and ``---`` rows left out)."""
    from .annotators.event_lexicon import LEXICON_FILE, Pattern, _read_text, parse_lexicon
    from .dictionaries.petrarch_verbs import NON_EVENT

    rows = parse_lexicon(_read_text(LEXICON_FILE), LEXICON_FILE)
    return frozenset(
        p.head.lower()
        for p in rows
        if isinstance(p, Pattern) and p.pos == "v" and p.event != NON_EVENT and p.head.isalpha()
    )


def _third_person(lemma: str) -> str:
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        return lemma + "es"
    return lemma + "s"


@functools.cache
def _present_forms() -> dict[str, tuple[str, bool]]:
    """Present-tense form -> (lemma, whether it is the -s form)."""
    forms: dict[str, tuple[str, bool]] = {}
    for lemma in lexicon_verbs():
        forms.setdefault(lemma, (lemma, False))
        forms.setdefault(_third_person(lemma), (lemma, True))
    return forms


def _plural(tok: Token) -> bool:
    """A plural noun; in Title Case the tagger calls plurals proper nouns ("Guerrillas"),
    so a proper noun ending in a plural -s counts too."""
    if tok.tag_ in _PLURAL_TAGS:
        return True
    return tok.tag_ == "NNP" and tok.lower_.endswith("s") and not tok.lower_.endswith(_NOT_PLURAL)


def headline_verb(sent: Span) -> Token | None:
    """The word of a verbless headline-style sentence read as its present-tense verb,
    or None where the sentence is not one (see the module's note)."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words or len(words) > MAX_WORDS:
        return None
    if any(t.pos_ in _VERB_POS for t in sent):
        return None
    forms = _present_forms()
    for prev, tok in zip(words, words[1:], strict=False):
        form = forms.get(tok.lower_)
        if form is None:
            continue
        is_s_form = form[1]
        agrees = (_plural(prev) and not is_s_form) or (prev.tag_ in _SINGULAR_TAGS and is_s_form)
        if not agrees or tok.i + 1 >= sent.end:
            continue
        nxt = tok.doc[tok.i + 1]
        if nxt.pos_ in _OBJECT_POS:
            return tok
    return None


def _reparse(nlp: Language, sent: Span, verb: Token) -> Doc | None:
    """``sent`` parsed alone with the cue before ``verb``; None where the cue did not
    make it a verb."""
    start = verb.idx - sent.start_char
    text = sent.text
    variant = text[:start] + _CUE + " " + verb.text.lower() + text[start + len(verb) :]
    doc = nlp(variant)
    cue = verb.i - sent.start
    if len(doc) != len(sent) + 1 or doc[cue].text != _CUE or len(list(doc.sents)) != 1:
        return None
    if doc[cue + 1].pos_ != "VERB" or any(t.head.i == cue and t.i != cue for t in doc):
        return None
    if any(a.text.lower() != b.text.lower() for a, b in zip(sent, _without(doc, cue), strict=True)):
        return None
    return doc


def _without(doc: Doc, cue: int) -> list[Token]:
    return [t for t in doc if t.i != cue]


def reparse_headlines(nlp: Language, doc: Doc) -> Doc:
    """Re-read ``doc``'s verbless headline-style sentences in place (see the note)."""
    if not doc.has_annotation("DEP"):
        return doc  # a pipeline without a parser: no parse to correct
    fixes: list[tuple[Span, Doc, int]] = []
    for sent in doc.sents:
        verb = headline_verb(sent)
        if verb is None:
            continue
        variant = _reparse(nlp, sent, verb)
        if variant is not None:
            fixes.append((sent, variant, verb.i - sent.start))
    for sent, variant, cue in fixes:
        _copy_parse(doc, sent, variant, cue)
    return doc


def _copy_parse(doc: Doc, sent: Span, variant: Doc, cue: int) -> None:
    """Give ``sent``'s tokens the tags, lemmas and dependencies of ``variant`` (the
    sentence with the cue word at index ``cue``)."""
    start = sent.start
    kept = _without(variant, cue)

    def index(tok: Token) -> int:
        return start + (tok.i if tok.i < cue else tok.i - 1)

    root = start + next(i for i, t in enumerate(kept) if t.head.i == t.i)
    for offset, src in enumerate(kept):
        tok = doc[start + offset]
        tok.tag_ = src.tag_
        tok.pos_ = src.pos_
        tok.lemma_ = src.lemma_
        tok.morph = src.morph
        tok.dep_ = src.dep_
    for offset, src in enumerate(kept):
        tok = doc[start + offset]
        tok.head = doc[root] if src.head.i == src.i else doc[index(src.head)]
    doc[root].head = doc[root]
