"""An apposition that names an international body's office ("X, the United Nations
mediator") codes a person the field dictionary lists by nationality with that body: the
text says the office held at the time reported. A country apposition or none keeps the
dictionary's country."""

from __future__ import annotations

import pytest


def _actor_codes(coder, text: str) -> set[str | None]:
    events = coder.code(text, date="2007-03-08").events
    assert events, text
    return {a.code for e in events for a in e.actor}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Martti Ahtisaari, the United Nations mediator, urged both sides to return to talks.",
            "UNO",
        ),
        ("Martti Ahtisaari, the UN relief coordinator, urged donors to send food.", "UNO"),
        ("Martti Ahtisaari, the United Nations special rapporteur, urged Serbia to talk.", "UNO"),
        (
            "Martti Ahtisaari, a former Finnish president, urged both sides to return to talks.",
            "FIN",
        ),
        ("Martti Ahtisaari urged both sides to return to talks.", "FIN"),
    ],
)
def test_actors_apposition_office_of_an_international_body(coder, text: str, code: str) -> None:
    assert _actor_codes(coder, text) == {code}
