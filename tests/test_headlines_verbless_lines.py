"""Headline-style lines whose present-tense verb the parser read as a noun, an adjective
or part of a name (issue 24): read again with a cue before the verb, so that they code
their event; noun-phrase headlines stay without one, and no offset moves. Headlines
written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of

from eventwire import nlp as _nlp
from eventwire.headlines import headline_verb, lexicon_verbs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lower-case headlines: the verb read as a noun
        ("Insurgents ambush convoy near airport", "ASSAULT"),
        # Title Case headlines: the verb read as part of a name
        ("Guerrillas Seize Mountain Village", "COERCE"),
        ("Governor Vetoes Spending Bill", "REJECT"),
        ("Pacific Trade Council Endorses Tariff Pact", "SUPPORT"),
        ("Farmers Block Highway Over Grain Prices", "PROTEST"),
        ("Diplomats Praise Ceasefire Deal", "SUPPORT"),
    ],
)
def test_headlines_verbless_line_codes_its_event(coder, text: str, expected: str) -> None:
    assert expected in [e.event for e in events_of(coder, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Police raids in the north",
        "Senate tax bill",
        "Army attacks on the coast",
        "City council budget vote",
    ],
)
def test_headlines_noun_phrase_line_is_left_alone(coder, nlp, text: str) -> None:
    doc = nlp(text)
    assert all(headline_verb(s) is None for s in doc.sents)
    # no word of the line is read as a verb, and the line codes nothing
    parsed = _nlp.parse(nlp, text)
    assert all(t.pos_ != "VERB" for t in parsed)
    assert events_of(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The council approved the budget on Tuesday after a long debate.",
        "Officials said the talks would resume next week.",
    ],
)
def test_headlines_sentence_with_verb_is_not_read_again(nlp, text: str) -> None:
    assert all(headline_verb(s) is None for s in nlp(text).sents)


def test_headlines_reparse_keeps_text_offsets_and_sentences(nlp) -> None:
    text = (
        "Rebels Seize Mountain Village.\n\nThe rebels took the village on Monday, "
        "residents said. Police raids in the north. Officials gave no figures."
    )
    before = nlp(text)
    after = _nlp.parse(nlp, text)
    assert after.text == text
    assert [(t.idx, t.text) for t in after] == [(t.idx, t.text) for t in before]
    assert [(s.start_char, s.end_char) for s in after.sents] == [
        (s.start_char, s.end_char) for s in before.sents
    ]
    verb = after[1]
    assert verb.text == "Seize" and verb.pos_ == "VERB" and verb.lemma_ == "seize"
    assert [t.text for t in verb.children if t.dep_ == "nsubj"] == ["Rebels"]
    # the sentences that were not headlines keep their first parse
    tail = after[5:]
    assert [(t.tag_, t.dep_, t.head.i) for t in tail] == [
        (t.tag_, t.dep_, t.head.i) for t in before[5:]
    ]


def test_headlines_verbs_come_from_the_event_lexicon() -> None:
    verbs = lexicon_verbs()
    assert {"attack", "detain", "seize", "endorse", "condemn"} <= verbs
    assert not any(v.endswith("/n") for v in verbs)
