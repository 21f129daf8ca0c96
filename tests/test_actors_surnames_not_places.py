"""A person's surname that is also a town abroad, a common word capitalised at the start of a
headline, and a headline's label in capitals give no party a country; a civil office whose
title ends in "general" is no military general (invented sentences)."""

from __future__ import annotations

import pytest

from eventwire import code
from eventwire.annotators.actor_coding.place_names import person_or_word_tokens


def _refs(analysis):
    return [r for e in analysis.events for r in e.actor + e.recipient]


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        # a surname the gazetteer knows as an Argentine town, a Chilean capital, a Spanish city
        ("Governor Paul Cordoba spoke on Monday. Gunmen attacked the convoy, angering "
         "Cordoba supporters.", {"ARG", "ESP"}),
        ("Governor Paul Santiago spoke on Monday. Gunmen attacked the convoy, angering "
         "Santiago supporters.", {"CHL"}),
        # a common word that opens a headline, also a town of Côte d'Ivoire
        ("TITLE: Man arrested after attack on bus driver\nA 40-year-old man was arrested on "
         "Friday after he attacked a bus driver, police said.", {"CIV"}),
    ],
)  # fmt: skip
def test_surname_or_common_word_gives_no_foreign_country(text, foreign):
    codes = {r.code for r in _refs(code(text, date="2020-05-01"))}
    assert not codes & foreign, codes


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        # the towns themselves stay places
        ("Rebels attacked the convoy near Cordoba on Monday, the army said.", "Cordoba", "ESP"),
        ("Protesters in Santiago accused the government of corruption.",
         "Protesters in Santiago", "CHL"),
        ("The mayor of Valencia accused the company of fraud.", "The mayor of Valencia", "ESP"),
        # a place before a person's title is hers
        ("Ohio Treasurer Carla Whitfield denounced the new toll plan.",
         "Ohio Treasurer Carla Whitfield", "USA"),
    ],
)  # fmt: skip
def test_places_stay_places(text, phrase, country):
    refs = _refs(code(text, date="2020-05-01"))
    ref = next((r for r in refs if r.text == phrase), None)
    assert ref is not None, [r.text for r in refs]
    assert ref.code == country


def test_headline_label_in_capitals_is_no_place(coder):
    ctx = coder.code_context("LOOK: Crowds gather outside the court\nCrowds gathered on Monday.")
    names, words = person_or_word_tokens(ctx)
    assert 0 in words  # "LOOK" before the colon
    assert not names


def test_full_name_and_surname_tokens(coder):
    ctx = coder.code_context("Ann Mendoza spoke in Denver. Later Mendoza left for Boston.")
    names, _ = person_or_word_tokens(ctx)
    texts = {ctx.doc[i].text for i in names}
    assert texts == {"Ann", "Mendoza"}
    assert "Denver" not in texts and "Boston" not in texts


@pytest.mark.parametrize(
    "text",
    [
        "The Defense Department Inspector General accused the contractor of fraud.",
        "The inspector general of the Defense Department criticised the procurement office.",
    ],
)
def test_inspector_general_is_an_official(text):
    actor = code(text, date="2020-05-01").events[0].actor[0]
    assert actor.code == "USA"
    assert actor.sectors == ["GOV"]


def test_surname_before_an_office_word_gives_no_foreign_country():
    # a surname the gazetteer knows as a Spanish and a Venezuelan city, in a coded event
    text = (
        "Mayor Rosa Valencia spoke on Tuesday. Protesters accused the Valencia "
        "administration of corruption."
    )
    refs = _refs(code(text, date="2020-05-01"))
    office = [r for r in refs if "Valencia administration" in r.text]
    assert office, [r.text for r in refs]
    assert all(r.code not in ("ESP", "VEN") for r in office)


def test_western_diplomats_are_not_the_summoning_state():
    text = "Belarus summoned Western diplomats on Tuesday and accused them of meddling in the vote."
    refs = _refs(code(text, date="2020-05-01"))
    western = next(r for r in refs if r.text == "Western diplomats")
    assert western.code is None
    assert western.sectors == ["GOV"]


def test_national_bodies_in_the_plural_are_of_many_nations():
    text = (
        "Kenya's fishing fleet grew last year. The ministry and six national farming unions "
        "demanded lower fuel prices."
    )
    refs = _refs(code(text, date="2020-05-01"))
    plural = next(r for r in refs if r.text == "six national farming unions")
    assert plural.code is None


def test_dateline_below_a_headline_gives_no_country():
    text = (
        "Port strike enters third week\n\nLISBON - Union leader Ann Lee rejected the latest "
        "offer on Thursday."
    )
    refs = _refs(code(text, date="2020-05-01"))
    lee = [r for r in refs if r.text.endswith("Ann Lee")]
    assert lee, [r.text for r in refs]
    assert all(r.code != "PRT" for r in lee)
