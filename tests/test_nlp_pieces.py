"""A long article is parsed in pieces cut at line breaks and joined back into one Doc."""

from __future__ import annotations

import pytest
import spacy

from eventwire import nlp

PARAGRAPHS = [
    "Villagers in the northern district said soldiers burned three houses on Sunday.",
    "The defence ministry denied the report and promised an inquiry.",
    "Aid groups asked both sides to let food convoys reach the valley.",
    "Talks between the two delegations will resume in Vienna next week, a diplomat said.",
]


def _long_text(paragraphs: int) -> str:
    return "\n\n".join(f"{PARAGRAPHS[k % len(PARAGRAPHS)]} Report {k}." for k in range(paragraphs))


@pytest.mark.parametrize(
    "text,size",
    [
        (_long_text(60), 500),
        ("One sentence here. Another one there! A third? " * 40, 120),  # no line breaks
        ("word " * 300, 64),  # no sentence ends
        ("x" * 1000, 100),  # no spaces at all: hard cuts
        ("short text", 100),
        ("a\n\n\n\nb " * 200, 50),  # runs of blank lines
    ],
)
def test_nlp_pieces_split_joins_back(text, size):
    pieces = nlp.split_text(text, size)
    assert "".join(pieces) == text
    for piece in pieces[:-1]:
        body = piece.rstrip()
        assert len(body) <= size  # only its trailing whitespace may run past the size
        if "\n" in text:
            assert piece.endswith("\n")  # cut at a line break where there is one


def test_nlp_pieces_parse_matches_whole_parse(nlp_pipeline, monkeypatch):
    text = _long_text(40)
    whole = nlp_pipeline(text)
    monkeypatch.setattr(nlp, "PIECE_CHARS", 800)
    assert len(nlp.split_text(text, nlp.PIECE_CHARS)) > 3
    doc = nlp.parse(nlp_pipeline, text)
    assert doc.text == text
    assert [t.text for t in doc] == [t.text for t in whole]
    same = sum(
        (a.tag_, a.dep_, a.head.i, a.lemma_, a.ent_type_)
        == (b.tag_, b.dep_, b.head.i, b.lemma_, b.ent_type_)
        for a, b in zip(doc, whole, strict=True)
    )
    assert same / len(doc) > 0.97
    assert [s.text for s in doc.sents] == [s.text for s in whole.sents]


@pytest.fixture(scope="module")
def nlp_pipeline():
    return nlp.load()


class CountingNLP:
    """A tokenizer-only pipeline that records the batches it is given."""

    def __init__(self) -> None:
        self.blank = spacy.blank("en")
        self.batches: list[list[str]] = []

    def pipe(self, texts, batch_size=1):
        texts = list(texts)
        self.batches.append(texts)
        return (self.blank(t) for t in texts)


def test_nlp_pieces_pipe_keeps_order_and_bounds_batches(monkeypatch):
    monkeypatch.setattr(nlp, "PIECE_CHARS", 300)
    texts = ["A short one.", _long_text(20), "Another short one.", _long_text(7), "End."]
    fake = CountingNLP()
    docs = list(nlp.pipe(fake, texts, batch_size=3, batch_chars=700))  # type: ignore[arg-type]
    assert [d.text for d in docs] == texts
    for batch in fake.batches:
        assert len(batch) <= 3
        assert len(batch) == 1 or sum(len(t) for t in batch) <= 700
    assert max(len(t) for b in fake.batches for t in b) <= 300 + 2
