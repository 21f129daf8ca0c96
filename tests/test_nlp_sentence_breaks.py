"""Sentence boundaries the parse keeps: a header line ending in ":" ends a sentence;
an abbreviated month does not end one before its day or year."""

import pytest

from eventwire import nlp as eventwire_nlp
from eventwire.nlp import mark_sentence_breaks


@pytest.fixture(scope="module")
def pipeline():
    return eventwire_nlp.load()


def _sentences(pipeline, text: str) -> list[str]:
    return [s.text.strip() for s in pipeline(text).sents]


BREAKS = [
    (
        "The Daily Ledger argues in a column on Monday, Feb. 3:\n\n"
        "The county board made a sound choice Sunday in keeping the clinic open.",
        "The county board made a sound choice Sunday in keeping the clinic open.",
    ),
    (
        "The mayor's office said in a statement on Friday, May 8:\n\n"
        "The bridge will stay closed until the repairs are done.",
        "The bridge will stay closed until the repairs are done.",
    ),
]


@pytest.mark.parametrize(("text", "last"), BREAKS)
def test_nlp_line_breaks_header_line_ends_a_sentence(pipeline, text, last):
    assert _sentences(pipeline, text)[-1] == last


KEPT = [
    "The strike began on Sept. 5 and ended in Oct. 2019 after long talks.",
    "Police arrested him on\nMonday after a short chase through the market.",
    "The treaty was signed in Dec. 1991 and ratified by the assembly in Feb. 1992.",
]


@pytest.mark.parametrize("text", KEPT)
def test_nlp_line_breaks_one_sentence_is_kept_whole(pipeline, text):
    assert _sentences(pipeline, text) == [text]


@pytest.mark.parametrize(
    ("month", "number"), [("Sept.", "5"), ("Jan.", "14"), ("Dec.", "1991"), ("Aug.", "31")]
)
def test_nlp_line_breaks_month_abbreviation_never_ends_a_sentence(pipeline, month, number):
    doc = pipeline.make_doc(f"The vote is set for {month} {number} in the capital.")
    mark_sentence_breaks(doc)
    after = next(t for t in doc if t.text == number)
    assert after.is_sent_start is False


def test_nlp_line_breaks_component_is_in_the_pipeline(pipeline):
    assert pipeline.pipe_names[0] == "eventwire_sentence_breaks"
