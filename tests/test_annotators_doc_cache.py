"""``doc_text``, ``doc_ents``, ``doc_sents`` and ``doc_tokens`` give what ``Doc.text``,
``Doc.ents``, ``Doc.sents`` and iterating the doc give, built once per doc, and leave the
doc serialisable; ``per_doc``, the cache under them, keeps one value per slot, doc and
thread. Texts written for these tests."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from eventwire.annotators import (
    doc_ents,
    doc_sents,
    doc_text,
    doc_tokens,
    per_doc,
    sentence_ids,
)

TEXTS = [
    "The mayor of Harlow met union leaders in Leeds on Friday.",
    "  Leading spaces, then a name: Ada Quill.\n\nA second paragraph.  ",
    "",
    "no names here at all",
]


@pytest.mark.parametrize("text", TEXTS)
def test_annotators_doc_text_is_the_doc_text(nlp: Any, text: str) -> None:
    doc = nlp(text)
    assert doc_text(doc) == doc.text == text
    assert doc_text(doc) is doc_text(doc) or not len(doc)  # joined once


@pytest.mark.parametrize("text", TEXTS)
def test_annotators_doc_ents_are_the_doc_ents(nlp: Any, text: str) -> None:
    doc = nlp(text)
    ents = doc_ents(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]
    assert doc_ents(doc) is ents  # built once
    other = nlp("Officials in Cairo spoke.")
    assert [e.text for e in doc_ents(other)] == [e.text for e in other.ents]
    doc.to_bytes()  # nothing unserialisable was left with the doc


@pytest.mark.parametrize("text", TEXTS)
def test_annotators_doc_sents_are_the_doc_sents(nlp: Any, text: str) -> None:
    doc = nlp(text)
    sents = doc_sents(doc)
    assert [(s.start, s.end) for s in sents] == [(s.start, s.end) for s in doc.sents]
    assert doc_sents(doc) is sents  # built once
    assert sentence_ids(doc) == [k for k, s in enumerate(doc.sents) for _ in s]


@pytest.mark.parametrize("text", TEXTS)
def test_annotators_doc_tokens_are_the_doc_tokens(nlp: Any, text: str) -> None:
    doc = nlp(text)
    toks = doc_tokens(doc)
    assert [(t.i, t.idx, t.text) for t in toks] == [(t.i, t.idx, t.text) for t in doc]
    assert all(a == b for a, b in zip(toks, doc, strict=True))
    assert doc_tokens(doc) is toks  # built once
    other = nlp("A short other text.")
    assert [t.text for t in doc_tokens(other)] == [t.text for t in other]
    assert doc_tokens(doc) is not toks or not len(doc)  # the other doc replaced it
    assert [t.i for t in doc_tokens(doc)] == list(range(len(doc)))
    doc.to_bytes()


@pytest.mark.parametrize("text", TEXTS)
def test_annotators_doc_views_give_each_token_its_sentence_text(nlp: Any, text: str) -> None:
    # the event filter reads a trigger's sentence and its text through these views
    doc = nlp(text)
    for tok in doc:
        sent = doc_sents(doc)[sentence_ids(doc)[tok.i]]
        assert (sent.start, sent.end) == (tok.sent.start, tok.sent.end)
        assert doc_text(doc)[sent.start_char : sent.end_char] == sent.text


def test_annotators_per_doc_builds_once_per_doc_slot_and_thread(nlp: Any) -> None:
    doc, other = nlp("Workers marched in Osterby."), nlp("A short other text.")
    built: list[int] = []

    def build(d: Any) -> list[str]:
        built.append(len(d))
        return [t.text for t in d]

    first = per_doc("test.words", doc, build)
    assert per_doc("test.words", doc, build) is first and built == [len(doc)]
    assert per_doc("test.other", doc, build) is not first  # a slot of its own
    assert per_doc("test.words", other, build) == [t.text for t in other]
    assert per_doc("test.words", doc, build) == first and len(built) == 4  # built again
    seen: list[Any] = []
    worker = threading.Thread(target=lambda: seen.append(per_doc("test.words", doc, build)))
    worker.start()
    worker.join()
    assert seen == [first] and seen[0] is not per_doc("test.words", doc, build)
    assert len(built) == 5  # the other thread built its own
