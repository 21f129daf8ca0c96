"""Item 4 of issue 24: pronouns inside a quotation. In a speaker's own quoted words "he",
"she" and "they" stand for someone other than the speaker; in indirect speech ("X said he
would ...") "he" may be the speaker. Sentences and names written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of

from eventwire.annotators.actor_coding.quoted import quotation_at


def _entity_of(analysis, text: str, start: int):
    """The entity one of whose mentions is ``text`` at character ``start``, or None."""
    for ent in analysis.entities:
        for m in ent.mentions:
            if m.text == text and m.start == start:
                return ent
    return None


def _code(coder, text: str):
    return coder.code(text, date="2024-03-08")


@pytest.mark.parametrize(
    ("text", "pronoun", "speaker", "other"),
    [
        # the pronoun opens the quote; the speaker was the salient subject before it
        (
            "Governor Ada Lindqvist met Senator Dale Hurwitz on Monday. "
            '"He misled the voters," Lindqvist said.',
            "He",
            "Ada Lindqvist",
            "Dale Hurwitz",
        ),
        # a quote continued after its attribution
        (
            "Senator Dale Hurwitz attacked Mayor Tom Ebbers on Monday. "
            '"He has failed this city," Hurwitz said. "He broke his promises."',
            "He",
            "Dale Hurwitz",
            "Tom Ebbers",
        ),
        # the attribution before the quote
        (
            "Mayor Tom Ebbers visited the capital. Senator Dale Hurwitz said: "
            '"He insulted our workers."',
            "He",
            "Dale Hurwitz",
            "Tom Ebbers",
        ),
    ],
)
def test_quoted_third_person_pronoun_is_not_the_speaker(
    coder, text: str, pronoun: str, speaker: str, other: str
) -> None:
    analysis = _code(coder, text)
    for start in [i for i in range(len(text)) if text.startswith(pronoun + " ", i)]:
        if quotation_at(sorted((s, e) for s, e in _regions(text)), start) is None:
            continue
        ent = _entity_of(analysis, pronoun, start)
        assert ent is None or ent.name != speaker, (start, ent)
    linked = [
        _entity_of(analysis, pronoun, i)
        for i in range(len(text))
        if text.startswith(pronoun + " ", i)
    ]
    assert any(e is not None and e.name == other for e in linked), linked


def test_indirect_speech_pronoun_stays_the_speaker(coder) -> None:
    """ "Senator X said he would ...": outside quotation marks "he" is the speaker."""
    text = "Senator Dale Hurwitz said on Monday that he would oppose the budget."
    analysis = _code(coder, text)
    ent = _entity_of(analysis, "he", text.index(" he ") + 1)
    assert ent is not None and ent.name == "Dale Hurwitz"


def test_fragment_quoted_in_indirect_speech_keeps_the_speaker(coder) -> None:
    """A fragment quoted inside indirect speech is the reporter's sentence: its "he" may
    be the speaker ('X said that "he had no part" in it')."""
    text = 'Senator Dale Hurwitz said that "he had no part" in the deal.'
    analysis = _code(coder, text)
    ent = _entity_of(analysis, "he", text.index('"he') + 1)
    assert ent is not None and ent.name == "Dale Hurwitz"


def test_quoted_criticism_keeps_the_other_party(coder) -> None:
    """A quoted attack on a third person is not the speaker judging himself: the
    recipient is the other party, with its own code."""
    text = (
        "German Chancellor Hans Vogel criticized French President Paul Marchand on "
        'Monday. "He is a liar," Vogel said. "He deceived the voters."'
    )
    events = [e for e in events_of(coder, text) if e.event == "ACCUSE"]
    quoted = [e for e in events if e.recipient and e.recipient[0].text == "He"]
    assert quoted
    for ev in quoted:
        assert [r.code for r in ev.recipient] == ["FRA"], ev
        assert {a.code for a in ev.actor} == {"DEU"}, ev


def test_quotation_at() -> None:
    regions = [(5, 10), (20, 30)]
    assert quotation_at(regions, 7) == (5, 10)
    assert quotation_at(regions, 20) == (20, 30)
    assert quotation_at(regions, 10) is None
    assert quotation_at(regions, 2) is None
    assert quotation_at([], 2) is None


def _regions(text: str) -> list[tuple[int, int]]:
    from eventwire.annotators.quotes import find_regions

    return [(r.start, r.end) for r in find_regions(text)]
