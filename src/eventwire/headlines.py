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
entities are not changed. An ordinary sentence costs two scans of its tokens (one for
each kind of line below) and no second parse.

A Title-Case line ("Governor Endorses Rival: 'He Is Ready'", "Council Rejects Budget,
Calls It Unfair") can hold a verb (in a quote after a colon, in a second clause) while
the parser tags its event verb as something else (a proper noun, a noun, an adjective).
Such a sentence is read again when:

- it is short (at most TITLE_MAX_WORDS words, no web address) and most of its content
  words begin with a capital;
- a capitalised word of it (not all in capitals) is a regular form (base, -s, -ed, -ing)
  of an event lexicon verb that the parser did not tag as a verb.

The sentence alone is parsed again with its capitalised words in lower case, except its
first word, words in capitals, the names the article writes with a capital inside its
other sentences, and the line's own person, group and place names that are no lexicon
verb form; where the second parse keeps the tokens and the sentence and makes one of those
words a verb, its tags, lemmas and dependencies replace the first parse's. The text,
offsets and named entities stay as they were. The lowered texts of a document's
candidate lines are parsed together in one batch.
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
TITLE_MAX_WORDS = 24
_TITLE_SHARE = 0.8  # share of a line's content words that begin with a capital
_MIN_TITLE_WORDS = 3
# entity labels of the line's own names that the lower-case re-read of a Title-Case line
# keeps in capitals (always, beside the names the article's other sentences capitalise)
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


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
    candidates: list[tuple[Span, list[Token]]] = []
    for sent in doc.sents:
        verb = headline_verb(sent)
        if verb is not None:
            variant = _reparse(nlp, sent, verb)
            if variant is not None:
                fixes.append((sent, variant, verb.i - sent.start))
            continue
        found = title_case_verbs(sent)
        if found:
            candidates.append((sent, found))
    titles: list[tuple[Span, Doc]] = []
    if candidates:
        names = body_names(doc)
        texts = [_lowered_text(sent, names) for sent, _ in candidates]
        for (sent, found), lowered in zip(candidates, nlp.pipe(texts), strict=True):
            if _lowered_parse_fits(sent, found, lowered):
                titles.append((sent, lowered))
    for sent, variant, cue in fixes:
        _copy_parse(doc, sent, variant, cue)
    for sent, lowered in titles:
        _copy_aligned(doc, sent, list(lowered))
    return doc


def _inflections(lemma: str) -> tuple[str, str, str, str]:
    """The base, -s, regular past and -ing forms of a verb."""
    if lemma.endswith("e"):
        return lemma, _third_person(lemma), lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma, _third_person(lemma), lemma[:-1] + "ied", lemma + "ing"
    return lemma, _third_person(lemma), lemma + "ed", lemma + "ing"


@functools.cache
def _verb_forms() -> frozenset[str]:
    """The regular forms of the event lexicon's verbs (base, -s, past, -ing)."""
    return frozenset(form for lemma in lexicon_verbs() for form in _inflections(lemma))


def _is_title_case(words: list[Token]) -> bool:
    """Most content words of the line begin with a capital (or all are capitals)."""
    content = [t for t in words if t.is_alpha and not t.is_stop]
    if len(content) < _MIN_TITLE_WORDS:
        return False
    capitals = sum(1 for t in content if t.text[0].isupper())
    return capitals >= _TITLE_SHARE * len(content)


def title_case_verbs(sent: Span) -> list[Token]:
    """The capitalised words of a short Title-Case line that are forms of an event
    lexicon verb the parser did not read as a verb (see the module's note); [] where the
    line is not one."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words or len(words) > TITLE_MAX_WORDS or any(t.like_url for t in words):
        return []
    forms = _verb_forms()
    found = [
        t
        for t in words
        if t.lower_ in forms and t.pos_ not in _VERB_POS and t.text[0].isupper() and not t.is_upper
    ]
    return found if found and _is_title_case(words) else []


def body_names(doc: Doc) -> frozenset[str]:
    """Words written with a capital inside a sentence of ``doc`` (not at its start, not
    in a Title-Case line): the names the article uses."""
    names: set[str] = set()
    for sent in doc.sents:
        words = [t for t in sent if t.is_alpha]
        if len(words) < 2 or _is_title_case(words):
            continue
        names.update(t.text for t in words[1:] if t.text[0].isupper())
    return frozenset(names)


def _lowered_text(sent: Span, names: frozenset[str]) -> str:
    """``sent``'s text with each capitalised word in lower case, except its first word,
    words in capitals, the article's names and the line's own names that are no verb."""
    keep = {t.i for e in sent.ents if e.label_ in _NAME_LABELS for t in e}
    forms = _verb_forms()
    chars = list(sent.text)
    for tok in sent[1:]:
        text = tok.text
        if not text[:1].isupper() or text.isupper() or text in names:
            continue
        if tok.i in keep and tok.lower_ not in forms:
            continue
        lower = text.lower()
        if len(lower) != len(text):
            continue
        at = tok.idx - sent.start_char
        chars[at : at + len(text)] = lower
    return "".join(chars)


def _lowered_parse_fits(sent: Span, found: list[Token], doc: Doc) -> bool:
    """Whether ``doc``, ``sent`` parsed alone in lower case (see _lowered_text), can replace
    its parse: one sentence, the same tokens, and one of ``found`` (the line's
    title_case_verbs) read as a verb."""
    if len(doc) != len(sent) or len(list(doc.sents)) != 1:
        return False
    if any(a.lower_ != b.lower_ for a, b in zip(sent, doc, strict=True)):
        return False
    return any(doc[t.i - sent.start].pos_ == "VERB" for t in found)


def _copy_parse(doc: Doc, sent: Span, variant: Doc, cue: int) -> None:
    """Give ``sent``'s tokens the tags, lemmas and dependencies of ``variant`` (the
    sentence with the cue word at index ``cue``)."""
    _copy_aligned(doc, sent, _without(variant, cue))


def _copy_aligned(doc: Doc, sent: Span, kept: list[Token]) -> None:
    """Give ``sent``'s tokens the tags, lemmas and dependencies of ``kept`` (the tokens of
    a second parse, one for each token of ``sent``, in order)."""
    start = sent.start
    offset_of = {src.i: offset for offset, src in enumerate(kept)}
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
        tok.head = doc[root] if src.head.i == src.i else doc[start + offset_of[src.head.i]]
    doc[root].head = doc[root]
