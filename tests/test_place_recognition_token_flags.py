"""``TokenFlags`` holds, for every token of a parse, what the toponym scans read of it
(form, lower-cased form, sentence start, ``_proper``), read once per doc. Texts written
for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.annotators.place_recognition import _proper, token_flags

TEXTS = [
    "Police in Oak Ridge said the fire on East Fourth Street spread to Millbrook.",
    "Rep. Jane Roe, D-Springfield, said. A second sentence starts here in Boone County.",
    "ok. NY and LA, then St. Louis; 42nd Street and an IBM office in the U.S. capital.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_place_recognition_token_flags_match_the_tokens(nlp: Any, text: str) -> None:
    doc = nlp(text)
    flags = token_flags(doc)
    assert flags.text == [t.text for t in doc]
    assert flags.lower == [t.lower_ for t in doc]
    assert flags.sent_start == [bool(t.is_sent_start) for t in doc]
    assert flags.proper == [_proper(t) for t in doc]
    assert token_flags(doc) is flags  # read once per doc


def test_place_recognition_token_flags_follow_the_doc(nlp: Any) -> None:
    first = nlp("Crews reached Millbrook.")
    second = nlp("Nobody was there.")
    assert token_flags(first).text == ["Crews", "reached", "Millbrook", "."]
    assert token_flags(second).text == ["Nobody", "was", "there", "."]
    assert token_flags(first).proper == [_proper(t) for t in first]
