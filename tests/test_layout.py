"""Layout masked before the parse (eventwire.layout): web header labels, URLs and e-mail
addresses become spaces, offsets unchanged; the headline after TITLE is read as the first
line; no URL or header label is an actor, a recipient, a place or a quote speaker."""

import pytest

from eventwire import Coder
from eventwire.layout import header_labels, mask

HEADER = (
    "TITLE: Farmers in Valdoria protest new water tax "
    "LINK: https://www.example-news.com/2018/04/farmers-protest-tax/\n"
    "Hundreds of farmers marched on the ministry in Port Aster on Tuesday, "
    "said Anna Belrose, a union leader."
)


def test_layout_mask_keeps_offsets_and_values():
    masked = mask(HEADER)
    assert len(masked) == len(HEADER)
    assert masked.startswith(" " * 7 + "Farmers in Valdoria protest new water tax.")
    assert "LINK" not in masked and "http" not in masked and "TITLE" not in masked
    body = HEADER.index("Hundreds")
    assert masked[body:] == HEADER[body:]


def test_layout_mask_email_and_url_in_body():
    text = "Write to desk@example.org or see www.example.org/page. The office opened."
    masked = mask(text)
    assert len(masked) == len(text)
    assert "@" not in masked and "www" not in masked
    assert masked.endswith(". The office opened.")  # a stop after the URL stays


@pytest.mark.parametrize(
    "text",
    [
        "The minister said: the talks will resume in May.",
        "Police arrested two men in the port city on Monday.",
        "UPDATE: The road has reopened.",
        "Weather at 10:30 was mild.",
    ],
)
def test_layout_mask_leaves_prose_alone(text):
    assert mask(text) == text


def test_layout_label_must_start_a_line():
    text = "The court heard the title: it was not a LINK: to anything."
    assert mask(text) == text


def test_layout_labels_come_from_the_resource():
    assert {"TITLE", "LINK", "URL", "SOURCE"} <= header_labels()


@pytest.fixture(scope="module")
def analysis():
    return Coder().code(HEADER, date="2018-04-05")


def test_layout_no_url_or_label_in_parties(analysis):
    for ev in analysis.events:
        for ref in [*ev.actor, *ev.recipient]:
            assert "LINK" not in ref.text and "http" not in ref.text and "TITLE" not in ref.text
            assert ref.text == ref.text.strip()


def test_layout_title_is_no_quote_speaker(analysis):
    for q in analysis.quotes:
        assert q.speaker is None or "TITLE" not in q.speaker.text
        assert all(c.text == HEADER[c.start : c.end] for c in q.content)


def test_layout_headline_event_is_read(analysis):
    heads = [e for e in analysis.events if e.trigger.start < HEADER.index("\n")]
    assert heads and heads[0].actor and heads[0].actor[0].text == "Farmers in Valdoria"


def test_layout_parse_reads_the_masked_text():
    from eventwire import nlp

    doc = nlp.parse(nlp.load(), HEADER)
    assert len(doc.text) == len(HEADER)
    assert doc.text == mask(HEADER)
    first = next(iter(doc.sents))
    assert first.end_char <= HEADER.index("\n") + 1  # the headline is its own sentence


@pytest.mark.parametrize(
    "text",
    [
        "The singer wrote on Twitter @examplehandle that the show was off.",
        "The shop at 5 Awww.Lane stayed open.",
    ],
)
def test_layout_handles_and_words_are_no_addresses(text):
    assert mask(text) == text


def test_layout_url_glued_to_a_stop_is_masked():
    text = "It is a shame.https://t.example/abc12 said a spokesman."
    assert "http" not in mask(text)
