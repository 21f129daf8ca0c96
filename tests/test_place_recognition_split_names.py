"""Place names the small model splits or cuts short, and country names before "city".

Docs are built by hand so the entity split under test does not depend on the model's guess;
sentences written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire import Coder


def _doc(coder: Coder, words: list[str], ents: list[str]) -> Doc:
    pos = ["PROPN" if w[:1].isupper() and w not in ("The", "Families") else "X" for w in words]
    pos = [
        p if p == "PROPN" else ("PUNCT" if w == "." else "NOUN")
        for p, w in zip(pos, words, strict=True)
    ]
    tags = ["NNP" if p == "PROPN" else ("." if p == "PUNCT" else "NN") for p in pos]
    starts = [True] + [False] * (len(words) - 1)
    return Doc(coder.nlp.vocab, words=words, pos=pos, tags=tags, ents=ents, sent_starts=starts)


def _toponyms(coder: Coder, doc: Doc) -> dict[str, set[str]]:
    tops = coder.annotators[0].recognise(doc)
    return {doc[t.start : t.end].text: {e.cc or "" for e, _ in t.candidates} for t in tops}


@pytest.mark.parametrize(
    ("words", "ents", "name", "cc"),
    [
        # two entities side by side: a word the model does not know, then a known one
        (
            ["Families", "settled", "in", "Porto", "Alegre", "."],
            ["O", "O", "O", "B-GPE", "B-ORG", "O"],
            "Porto Alegre",
            "BR",
        ),
        (
            ["Doctors", "flew", "to", "Sierra", "Leone", "."],
            ["O", "O", "O", "B-GPE", "B-GPE", "O"],
            "Sierra Leone",
            "SL",
        ),
        # the entity leaves the rest of the name outside it
        (
            ["Ferries", "left", "for", "Puerto", "Rico", "."],
            ["O", "O", "O", "B-GPE", "O", "O"],
            "Puerto Rico",
            "PR",
        ),
    ],
)
def test_place_recognition_joins_a_split_name(places_coder, words, ents, name, cc) -> None:
    found = _toponyms(places_coder, _doc(places_coder, words, ents))
    assert name in found, found
    assert cc in found[name]


def test_place_recognition_keeps_a_designator_phrase_apart(places_coder) -> None:
    # "The City of" then "Paris": the town's own name stays apart, for one sense per name
    words = ["The", "City", "of", "Paris", "paved", "roads", "."]
    ents = ["B-GPE", "I-GPE", "I-GPE", "B-GPE", "O", "O", "O"]
    found = _toponyms(places_coder, _doc(places_coder, words, ents))
    assert "The City of Paris" not in found
    assert "Paris" in found


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the Canada city grant ends in May.",
        "The new rule puts every Mexico town under one agency.",
    ],
)
def test_place_recognition_country_before_city_is_the_country(places_coder, text) -> None:
    # "a Canada city" is a city in the country, not a town called "Canada"
    places = places_coder.code(text).places
    countries = [p for p in places if p.feature == "country"]
    assert countries, [(p.text, p.name, p.feature) for p in places]
    assert not any(p.feature == "city" for p in places)
