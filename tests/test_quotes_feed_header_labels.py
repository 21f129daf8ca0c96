"""A scraped feed's header names its fields in capitals before a colon ("TITLE: headline
LINK: address"): the field label is no speaker of the headline, while a transcript's
speaker in capitals still speaks. Text written for these tests."""

from __future__ import annotations


def _speakers(coder, text: str) -> set[str]:
    return {q.speaker.text for q in coder.code(text).quotes if q.speaker}


def test_quotes_feed_header_label_is_no_speaker(coder) -> None:
    text = (
        "TITLE: Police arrest rebel commander in border town "
        "LINK: http://example.com/news/police-arrest-rebel-commander/1\n\n"
        "Police said the arrest came on Monday."
    )
    speakers = _speakers(coder, text)
    assert not {"TITLE", "LINK", "HEADLINE", "URL"} & speakers


def test_quotes_transcript_speaker_in_capitals_still_speaks(coder) -> None:
    text = "Transcript of the hearing.\nMORALES: The governor has broken every promise to us.\n"
    assert "MORALES" in _speakers(coder, text)
