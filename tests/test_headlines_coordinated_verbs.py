"""Title-Case headlines joining two acts with "and": the verb form after "and", which the
small model reads as a plural noun even in lower case, is read again with a cue, so both
acts code; a noun phrase joined by "and" is not made a verb, and no offset moves.
Headlines written for these tests (invented parties)."""

from __future__ import annotations

import pytest
from helpers import events_of

from eventwire import nlp as _nlp

_BODY = "\n\nThe statement came on Monday in the capital, where the minister met reporters."


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Ruritania's Party Leader Backs Governor And Denounces Senator.",
            {("SUPPORT", "Backs"), ("ACCUSE", "Denounces")},
        ),
        (
            "Minister Praises Police And Condemns Protesters.",
            {("SUPPORT", "Praises"), ("ACCUSE", "Condemns")},
        ),
    ],
)
def test_headlines_coordinated_second_verb_codes(coder, headline: str, expected) -> None:
    found = {(e.event, e.trigger.text) for e in events_of(coder, headline + _BODY) if e.trigger}
    assert expected <= found


def test_headlines_coordinated_second_verb_keeps_the_subject(coder) -> None:
    events = events_of(coder, "Minister Praises Police And Condemns Protesters." + _BODY)
    accuse = next(e for e in events if e.event == "ACCUSE")
    assert [a.text for a in accuse.actor] == ["Minister"]


@pytest.mark.parametrize(
    "headline",
    ["Governor Signs Tax And Spending Bill.", "Peace And Security Council Meets Today."],
)
def test_headlines_coordinated_noun_phrase_is_no_second_act(nlp, headline: str) -> None:
    doc = _nlp.parse(nlp, headline + _BODY)
    words = {t.text: t for t in next(doc.sents)}
    after_and = [t for t in next(doc.sents) if t.i > 0 and doc[t.i - 1].lower_ == "and"]
    assert all(t.pos_ != "VERB" for t in after_and), words


def test_headlines_coordinated_reparse_keeps_text_and_offsets(nlp) -> None:
    text = "Ruritania's Party Leader Backs Governor And Denounces Senator." + _BODY
    before = nlp(text)
    after = _nlp.parse(nlp, text)
    assert after.text == text
    assert [(t.idx, t.text) for t in after] == [(t.idx, t.text) for t in before]
    verb = next(t for t in after if t.text == "Denounces")
    assert verb.pos_ == "VERB" and verb.dep_ == "conj" and verb.lemma_ == "denounce"
    assert [(e.start_char, e.end_char, e.label_) for e in after.ents] == [
        (e.start_char, e.end_char, e.label_) for e in before.ents
    ]
