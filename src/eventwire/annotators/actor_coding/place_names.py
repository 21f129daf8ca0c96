"""Toponyms that are no place for an actor: a person's name, a word capitalised by position.

The places annotator reads a capitalised word the gazetteer knows as a town: a surname
("Lopez" of "Senator Maria Lopez", also a Philippine town), a common word at the start of a
sentence or headline ("Hope fades …"), a headline's label in capitals ("WATCH: …"). An
actor's code never comes from such a toponym:

- a **person's name**: a token of a full name the article writes (a PERSON entity opening
  with two or more proper nouns), or a word the article uses as a person's surname (the
  last word of such a name, or of a name after a title or occupation: ``surnames``);
- a **dateline** at a line's start ("LIMA -" under a title line): where the story was filed;
- a **common word capitalised by its position**: a one-word toponym spaCy did not tag as a
  place whose word the article also writes in lower case ("Hope fades …" in a story that
  speaks of hope), or an all-capital word that labels a headline ("WATCH: …").

``person_or_word_tokens`` gives these tokens once per doc; ``names_no_place`` asks it of a
token range. A one-word name is read as a person's even where spaCy tagged it a place (the
small model tags many a surname GPE); a country or a first-order division ("Jordan",
"Georgia", "KENYA:") always keeps its name. The actors annotator leaves such toponyms out
of the places it reads, and the events annotator never takes one as a party's place
(``place_of_no_party``).
"""

from __future__ import annotations

from typing import Any

from ...records import Entity, Place
from .. import Context, doc_ents, doc_tokens, per_doc
from .words import PERSON_TITLES, TITLE_GENDER

#: spaCy's labels of a place: a word tagged so is a place as written, whatever else it is
PLACE_LABELS = ("GPE", "LOC")


def surnames(doc: Any, toks: Any) -> frozenset[str]:
    """Last words of the persons' names an article writes in full: of a person's name of
    two or more proper nouns ("Ann Jordan"), or of a name after an occupation or a gendered
    title ("Coach Jordan", "author Ann Bishop", "Mr. Israel"). Built once per doc
    (``toks`` is ``doc_tokens(doc)``)."""
    return per_doc("person_surnames", doc, lambda d: _surnames(d, toks))


def _surnames(doc: Any, toks: Any) -> frozenset[str]:
    """``surnames``, built."""
    out = {name[-1].text for ent, name in _full_names(doc) if len(name) == len(ent)}
    n = len(toks)
    for i in range(n - 1):
        if toks[i].lower_ not in PERSON_TITLES and toks[i].lower_.rstrip(".") not in TITLE_GENDER:
            continue
        j = i + 1
        while j < n and toks[j].pos_ == "PROPN" and toks[j].text[:1].isupper():
            j += 1
        if j > i + 1 and toks[i].lower_ in PERSON_TITLES:
            out.add(toks[j - 1].text)
        elif j > i + 2:  # "King Abdullah" is a king; "Mr. Sam Israel" a person
            out.add(toks[j - 1].text)
    return frozenset(out)


def _full_names(doc: Any) -> list[tuple[Any, list[Any]]]:
    """The PERSON entities that open with a full name, each with that name: the proper nouns
    (two or more) the entity opens with, up to a possessive ("Ann Lee's" is Ann Lee; a name
    after the possessive, "Austin's Baghdad visit", is not hers)."""
    out: list[tuple[Any, list[Any]]] = []
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON":
            continue
        name = []
        for tok in ent:
            if tok.pos_ != "PROPN":
                break
            name.append(tok)
        if len(name) >= 2:
            out.append((ent, name))
    return out


def lower_case_words(doc: Any) -> frozenset[str]:
    """The words an article writes in lower case (once per doc through ``ctx.memo``)."""
    return frozenset(t.text for t in doc_tokens(doc) if t.is_lower and t.is_alpha)


def positional(tok: Any, lower_words: frozenset[str]) -> bool:
    """A one-word toponym that is a common word capitalised by its position: written in
    lower case elsewhere in the article, or an all-capital label before a colon."""
    if tok.ent_type_ in PLACE_LABELS or not tok.text[:1].isupper():
        return False
    if tok.text != tok.lower_ and tok.lower_ in lower_words:
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.is_upper and len(tok.text) > 1 and nxt is not None and nxt.text == ":"


#: gazetteer features no person's surname or common word hides: a country or a first-order
#: division named like a person ("Jordan", "Georgia") or written as a heading in capitals
#: ("KENYA: ...") stays a place
_NAMED_PLACES = ("country", "adm1")


def _scan(doc: Any) -> tuple[frozenset[int], frozenset[int]]:
    """The tokens of persons' names, and those of common words capitalised by position."""
    toks = doc_tokens(doc)
    names = {t.i for _, name in _full_names(doc) for t in name}
    last = last_names(doc)
    lower_words = lower_case_words(doc)
    names.update(t.i for t in toks if t.text in last)
    words = {t.i for t in toks if t.i not in names and positional(t, lower_words)}
    return frozenset(names), frozenset(words)


def last_names(doc: Any) -> frozenset[str]:
    """The words that end a person's name in the article: the last word of each full name
    ("Ann Lee's" ends with Lee) and the ``surnames`` after titles; built once per doc."""
    return per_doc("person_last_names", doc, _last_names)


def _last_names(doc: Any) -> frozenset[str]:
    full = frozenset(name[-1].text for _, name in _full_names(doc))
    return full | surnames(doc, doc_tokens(doc))


def person_or_word_tokens(ctx: Context) -> tuple[frozenset[int], frozenset[int]]:
    """The tokens of persons' names and those of common words capitalised by position (once
    per doc)."""
    return ctx.memo.once((person_or_word_tokens, ctx.doc), lambda: _scan(ctx.doc))


def _dateline(doc: Any, i: int) -> bool:
    """Whether token ``i`` opens a dateline: an upper-case place at a line's start."""
    tok = doc[i]
    at_start = i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_space
    after = doc[i + 1].text if i + 1 < len(doc) else ""
    return at_start and tok.is_upper and len(tok) > 2 and after in (",", "(", "-", "—", "–")


def names_no_place(ctx: Context, start: int, end: int, feature: str | None = None) -> bool:
    """Whether the toponym of tokens [start, end) (of gazetteer ``feature``) opens a
    dateline at a line's start (where the story was filed, below a headline too), or is a
    one-word person's name or common word capitalised by position; a toponym of more
    words is a place as written, and so is a country or first-order division."""
    if _dateline(ctx.doc, start):
        return True
    if end - start != 1 or feature in _NAMED_PLACES:
        return False
    names, words = person_or_word_tokens(ctx)
    return start in words or start in names


def place_of_no_party(ctx: Context, place: Place) -> bool:
    """Whether a toponym the places annotator found is no place to code a party by: a
    one-word person's name or common word (``names_no_place``), or a word the actors
    annotator resolved as the name of a person a dictionary knows or the article names in
    full ("Lopez" of "the Lopez administration")."""
    span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    if names_no_place(ctx, span.start, span.end, place.feature):
        return True
    for i in range(span.start, span.end):
        ent_id = ctx.token_entity.get(i)
        ent = ctx.analysis.entity(ent_id) if ent_id else None
        if ent is not None and ent.kind == "person" and _known_person(ent):
            # the last word of the person's name ("Lopez"), not a word before it ("Texas
            # Sen. Ann Lee": Texas is a place of hers)
            return any(m.kind == "name" and m.end == place.end for m in ent.mentions)
    return False


def _known_person(ent: Entity) -> bool:
    """A person a dictionary knows, or one the article names in full somewhere: a lone
    word the parser merely tagged a person ("… a depot in Harrowby") may be the town."""
    return ent.source is not None or any(
        m.kind == "name" and len(m.text.split()) >= 2 for m in ent.mentions
    )
