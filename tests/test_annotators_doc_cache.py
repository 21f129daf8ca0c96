"""``doc_text``, ``doc_ents`` and ``doc_sents`` give what ``Doc.text``, ``Doc.ents`` and
``Doc.sents`` give, built once per doc, and leave the doc serialisable. Texts written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.annotators import doc_ents, doc_sents, doc_text, sentence_ids

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
