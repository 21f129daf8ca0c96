"""A town or village undergoing an act, or a home or possession named by nationality, stands
for the people (CVL, as CAMEO codes them), with the country its modifier names. Invented
sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _assert_civilians(coder, text: str, mentions: Callable[[str], bool], code: str | None) -> None:
    """The first entity with a mention that ``mentions`` accepts is ``code``'s civilians."""
    analysis = coder.code(text, date="2020-05-01")
    ents = [e for e in analysis.entities if any(mentions(m.text) for m in e.mentions)]
    assert ents, [e.to_dict() for e in analysis.entities]
    assert (ents[0].code, ents[0].sectors) == (code, ["CVL"])


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Artillery shelled the Georgian village of Zemo Nikozi overnight.", "village", "GEO"),
        ("Troops withdrew from the Moldovan town of Orhei on Friday.", "town", "MDA"),
        ("Floods cut off three villages in the north.", "villages", None),
    ],
)
def test_actors_settlements_are_civilians(coder, text, word, code):
    _assert_civilians(coder, text, lambda mention: word in mention, code)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Bulldozers razed Armenian homes near the border on Tuesday.", "Armenian", "ARM"),
        ("Settlers burned Moldovan farms overnight.", "Moldovan", "MDA"),
    ],
)
def test_actors_settlements_property_is_its_civilians(coder, text, word, code):
    """A nationality word before a home or possession stands for that country's civilians."""
    _assert_civilians(coder, text, lambda mention: mention == word, code)


def test_actors_settlements_nationality_alone_stays_the_country(coder):
    """Before any other noun, the word is its country, with no sector."""
    analysis = coder.code("Armenian officials met on Tuesday.", date="2020-05-01")
    assert all(e.sectors != ["CVL"] for e in analysis.entities if e.code == "ARM")
