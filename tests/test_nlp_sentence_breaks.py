"""Sentence boundaries the parse keeps: a header line ending in ":" ends a sentence;
an abbreviated month does not end one before its day or year; a paragraph whose last
token is a stop ends its sentence at the blank line."""

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


# a paragraph ending in a stop ends its sentence at the blank line
PARAGRAPHS = [
    (
        '"We will not sign this budget," the governor told reporters.\n\n'
        "The council voted the plan down the next morning.",
        [
            '"We will not sign this budget," the governor told reporters.',
            "The council voted the plan down the next morning.",
        ],
    ),
    (
        "Lawmakers reject the port deal in a late vote.\n\n"
        "SPRINGFIELD, Ill. - State lawmakers voted against the harbor lease on Tuesday.",
        [
            "Lawmakers reject the port deal in a late vote.",
            "SPRINGFIELD, Ill. - State lawmakers voted against the harbor lease on Tuesday.",
        ],
    ),
    (
        "Would the union accept the offer?\n\nIts leaders met for six hours without an answer.",
        [
            "Would the union accept the offer?",
            "Its leaders met for six hours without an answer.",
        ],
    ),
]


@pytest.mark.parametrize(("text", "sentences"), PARAGRAPHS)
def test_nlp_line_breaks_paragraph_stop_ends_a_sentence(pipeline, text, sentences):
    assert _sentences(pipeline, text) == sentences


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Unions back the wage bill.\n\nThe vote is due next week.", "The"),
        ("Talks resume in Geneva!\n\nEnvoys arrived on Sunday.", "Envoys"),
        ("Who pays for the new bridge?\n\nTaxpayers, the mayor says.", "Taxpayers"),
        ("The board met in Dover, Del.\n\nIts chair resigned.", "Its"),
    ],
)
def test_nlp_line_breaks_paragraph_stop_marks_a_sentence_start(pipeline, text, first):
    doc = pipeline.make_doc(text)
    mark_sentence_breaks(doc)
    assert next(t for t in doc if t.text == first).is_sent_start is True


@pytest.mark.parametrize(
    "text",
    [
        "HAVERFORD (AP) --\n\nThe township board met on Monday.",
        "The agency said in a statement:\n\nThe line will reopen soon.",
        "Budget talks stall\n\nNegotiators left the room before noon.",
        'He called the vote "a disgrace."\n\nThe party chairman agreed.',
        "The talks ended at noon.\nThe envoys left by train.",
    ],
)
def test_nlp_line_breaks_paragraph_without_stop_is_left_to_the_parser(pipeline, text):
    doc = pipeline.make_doc(text)
    mark_sentence_breaks(doc)
    assert all(t.is_sent_start is None for t in doc[1:])
