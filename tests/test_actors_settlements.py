"""A town or village undergoing an act stands for the people living there (CVL, as CAMEO
codes them), with the country its modifier names. Invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Artillery shelled the Georgian village of Zemo Nikozi overnight.", "village", "GEO"),
        ("Troops withdrew from the Moldovan town of Orhei on Friday.", "town", "MDA"),
        ("Floods cut off three villages in the north.", "villages", None),
    ],
)
def test_actors_settlements_are_civilians(coder, text, word, code):
    analysis = coder.code(text, date="2020-05-01")
    ents = [e for e in analysis.entities if any(word in m.text for m in e.mentions)]
    assert ents, [e.to_dict() for e in analysis.entities]
    assert (ents[0].code, ents[0].sectors) == (code, ["CVL"])
