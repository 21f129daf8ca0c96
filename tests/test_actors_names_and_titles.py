"""Issue 16's actor lapses: abbreviated political titles give their sector ("Rep." and
"Sen." LEG), a person named like a country or a title is a person ("Coach Jordan",
"author Ann Bishop" and later "Bishop's daughter"), a passive's agent after a parenthetical is
its actor ("was accused of …, much of it …, by prosecutors"), a share of a thing
("much of it") is never a party, and "they" never stands for the one person who speaks.
Invented names and sentences."""

from __future__ import annotations

import pytest
from helpers import events_of


def _event(coder, text: str, kind: str):
    found = [e for e in events_of(coder, text) if e.event == kind]
    assert found, f"no {kind} in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind", "code", "sector"),
    [
        ("Rep. Dana Whitfield criticized the governor on Tuesday.", "ACCUSE", None, "LEG"),
        ("Texas Sen. Mark Holloway accused the president of lying.", "ACCUSE", "USA", "LEG"),
        ("Gen. Tomas Rivera threatened the rebels with an offensive.", "THREATEN", None, "MIL"),
        ("Representative Dana Whitfield criticized the governor.", "ACCUSE", None, "LEG"),
        ("U.S. Representative Dana Whitfield praised the mayor.", "SUPPORT", "USA", "LEG"),
    ],
)
def test_abbreviated_titles_give_their_sector(coder, text, kind, code, sector) -> None:
    actor = _event(coder, text, kind).actor
    assert actor and actor[0].code == code and sector in actor[0].sectors


def test_a_representative_of_a_firm_is_no_lawmaker(coder) -> None:
    text = "A representative of the company criticized the governor on Tuesday."
    actor = _event(coder, text, "ACCUSE").actor
    assert actor and "LEG" not in actor[0].sectors


def test_abbreviated_title_cut_off_by_the_sentence_end_is_no_party(coder) -> None:
    # a paragraph break parts "Rep." from the name it titles: it is no mention of any actor
    text = '"The governor must resign," Rep.\n\nDana Whitfield told reporters.'
    mentions = [m.text for e in coder.code(text, date="2024-03-08").entities for m in e.mentions]
    assert "The governor" in mentions
    assert "Rep." not in mentions


@pytest.mark.parametrize(
    ("text", "kind", "person"),
    [
        ("Coach Jordan praised the players after the match.", "SUPPORT", "Coach Jordan"),
        (
            "Coach Jordan spoke first. Jordan criticized the referee on Sunday.",
            "ACCUSE",
            "Jordan",
        ),
    ],
)
def test_person_named_like_a_country_takes_no_country(coder, text, kind, person) -> None:
    actor = _event(coder, text, kind).actor
    assert [a.text for a in actor] == [person]
    assert actor[0].code is None


def test_surname_spelt_like_a_title_is_no_cleric(coder) -> None:
    text = "Author Ann Bishop said a man attacked her car. Bishop's daughter was injured."
    named = [p for e in events_of(coder, text) for p in e.actor + e.recipient if "Bishop" in p.text]
    assert named
    assert all("REL" not in p.sectors for p in named)


def test_a_country_keeps_its_name_without_a_person_of_that_name(coder) -> None:
    actor = _event(coder, "Jordan condemned the attack on its embassy.", "ACCUSE").actor
    assert actor and actor[0].code == "JOR"


@pytest.mark.parametrize(
    "text",
    [
        "The former governor has been accused of diverting up to $30 million in state "
        "money, much of it thought to have been laundered, by prosecutors in the capital.",
        "The former governor has been accused of wasting nearly $8 million in aid money, "
        "most of it believed to have been stolen, by prosecutors in the capital.",
    ],
)
def test_passive_agent_after_a_parenthetical_is_the_actor(coder, text: str) -> None:
    ev = _event(coder, text, "ACCUSE")
    assert [a.text.split()[0] for a in ev.actor] == ["prosecutors"]
    assert [r.text for r in ev.recipient] == ["The former governor"]


def test_share_of_a_thing_is_never_an_actor(coder) -> None:
    text = (
        "The former governor has been accused of diverting up to $30 million, much of it "
        "thought to have been hidden abroad."
    )
    ev = _event(coder, text, "ACCUSE")
    assert all("much of it" not in a.text for a in ev.actor + ev.recipient)


def test_plural_pronoun_is_not_its_single_speaker(coder) -> None:
    ev = _event(coder, "Senator Dana Whitfield said they should resign at once.", "REQUEST")
    assert [r.text for r in ev.recipient] == ["they"]
    assert ev.actor and all(r.entity != ev.actor[0].entity for r in ev.recipient)


def test_one_who_died_in_custody_undergoes_the_act(coder) -> None:
    # PETRARCH's reversed code ("- * (IN &DETENTION) [:184]" under DIE): the subject is
    # the target
    ev = _event(coder, "A student prisoner died in Kenyan police custody.", "ASSAULT")
    assert any("prisoner" in r.text for r in ev.recipient)
    assert all("prisoner" not in a.text for a in ev.actor)
