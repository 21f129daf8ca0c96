"""The evaluations' cheap word test (``Evaluations._may_read``) passes every token that
has a reading: skipping the others changes no event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.annotators import doc_children, doc_tokens
from eventwire.annotators.event_grammar import lexical_view
from eventwire.annotators.events import EventsAnnotator

TEXTS = [
    # a judging adjective, a judging noun, a noun with a judging adjective
    "Councillor Ines Marr said the harbour plan was reckless and a disgrace.",
    '"Mayor Tom Hale is a dishonest leader," the union chief told the crowd.',
    # naming verbs and a noun of falsity
    "The party branded the minister incompetent; its spokesman said the charges were baseless.",
    'The envoy described the blockade as "a cruel folly" and said the claims were false.',
    # wrongdoing and blame with a harm
    "The monitors said the militia had deceived the farmers and was guilty of abuses.",
    "Aid groups praised the volunteers, calling the rescue an outstanding effort.",
]


@pytest.fixture(scope="module")
def evaluations(coder):
    ann = next(a for a in coder.annotators if isinstance(a, EventsAnnotator))
    return ann.evaluations


@pytest.mark.parametrize("text", TEXTS)
def test_event_evaluation_prefilter_keeps_every_reading(coder, evaluations, text: str) -> None:
    doc = coder.nlp(text)
    view = lexical_view(doc)
    read = [t for t in doc_tokens(doc) if evaluations._reading(t) is not None]
    assert read, f"no reading in {text!r}: the test sentence tests nothing"
    for tok in read:
        assert evaluations._may_read(tok, view, doc_children(doc)), (
            f"{tok.text!r} has a reading but is skipped"
        )


def test_event_evaluation_prefilter_skips_plain_words(coder, evaluations) -> None:
    doc = coder.nlp("The ferry left the port at noon with forty passengers.")
    view = lexical_view(doc)
    assert not any(evaluations._may_read(t, view, doc_children(doc)) for t in doc_tokens(doc))
