"""Persons and groups no dictionary knows, coded from the article's own words.

- A surname repeated alone after the full name is that person and keeps the code the
  article gave them, also where the tagger reads the surname as a common noun or gives it
  no person label (a rare name at a sentence's start), but not a common word capitalised
  at a sentence's start that the article also writes in lower case.
- A party's adjective before a person or group ("a Republican senator", "Democratic
  candidates") gives the party's country only where that country is the story's main one
  and the phrase names no other; otherwise no code.

All names are invented."""

from __future__ import annotations

import pytest


def _codes(coder, text: str) -> list[tuple[str, str | None]]:
    events = coder.code(text, date="2020-05-01").events
    assert events, text
    return [(a.text, a.code) for e in events for a in e.actor]


@pytest.mark.parametrize(
    ("text", "surname", "code"),
    [
        (
            "Jane Roe, a Republican senator from Ohio, criticised the plan. "
            "Roe accused the governor of lying.",
            "Roe",
            "USA",
        ),
        (
            "Ghana's interior minister, Kofi Mensah, accused the opposition of plotting. "
            "Mensah also condemned the protesters.",
            "Mensah",
            "GHA",
        ),
    ],
)
def test_actors_repeated_surname_keeps_the_described_code(
    coder, text: str, surname: str, code: str
) -> None:
    assert (surname, code) in _codes(coder, text)


def test_actors_surname_spelt_like_a_common_noun_in_a_compound_is_no_person(coder) -> None:
    codes = _codes(
        coder,
        "Ann Rice, a Kenyan lawmaker, met the president. "
        "Rice prices rose, and Rice condemned the attack.",
    )
    assert ("Rice", "KEN") in codes
    assert all(not text.startswith("Rice prices") for text, _ in codes)


def test_actors_party_adjective_takes_the_country_the_story_names(coder) -> None:
    codes = _codes(
        coder, "Democratic presidential candidate Tom Bixby criticised the plan in Ohio."
    )
    assert ("Democratic presidential candidate Tom Bixby", "USA") in codes


def test_actors_party_adjective_without_the_country_gives_no_code(coder) -> None:
    codes = _codes(coder, "Republican lawmakers criticised the proposal on Tuesday.")
    assert all(code is None for _, code in codes)


def test_actors_party_adjective_of_a_story_about_another_country_gives_no_code(coder) -> None:
    # one US city in a story about France: the deputies are no Americans
    text = (
        "French police arrested two Republican deputies in Paris on Monday. France summoned "
        "the ambassador. The mayor of Lyon condemned the arrests after a trip to New York."
    )
    events = coder.code(text, date="2020-05-01").events
    refs = [r for e in events for r in e.actor + e.recipient]
    deputies = [r for r in refs if r.text == "two Republican deputies"]
    assert deputies, [r.text for r in refs]
    assert all(r.code is None for r in deputies)


def test_actors_common_word_at_a_sentence_start_is_not_the_surname(coder) -> None:
    # "Power" opens a sentence as a common noun the article also writes in lower case
    text = (
        "Ann Power, a Kenyan lawmaker, accused the utility of negligence. Power failed "
        "across the city on Monday, and power returned on Friday."
    )
    ctx = coder.code_context(text, date="2020-05-01")
    second = text.index("Power failed")
    starts = {m.start for e in ctx.analysis.entities for m in e.mentions}
    assert 0 in starts
    assert second not in starts
