"""A party's country from the place its clause locates it in: composition for a generic
agent noun ("police", "prisoners"), never a guess for an unresolved name or a pronoun."""

from __future__ import annotations

import pytest
from helpers import event_of


@pytest.mark.parametrize(
    ("text", "kind", "actor", "country"),
    [
        ("Prisoners rioted at a jail in Nairobi on Monday.", "PROTEST", "Prisoners", "KEN"),
        ("Students demonstrated outside a court in Lima on Sunday.", "PROTEST", "Students", "PER"),
    ],
)
def test_events_place_country_generic_agent_takes_it(coder, text, kind, actor, country) -> None:
    ev = event_of(coder, text, kind)
    assert [a.text for a in ev.actor] == [actor]
    assert ev.actor[0].code == country


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("Tomasz Wrobel protested outside the embassy in Nairobi.", "PROTEST", "Tomasz Wrobel"),
        ("Kowalczyk Brothers sued the ministry in Lima.", "ACCUSE", "Kowalczyk Brothers"),
        ("They rioted at a prison in Nairobi.", "PROTEST", "They"),
        ("Borovia Front fighters attacked a village near Mosul.", "ASSAULT", "fighters"),
    ],
)
def test_events_place_country_unresolved_name_never_borrows(coder, text, kind, actor) -> None:
    ev = event_of(coder, text, kind)
    assert any(actor in a.text for a in ev.actor)
    assert all(a.code is None for a in ev.actor), [(a.text, a.code) for a in ev.actor]
    assert "actor country: location" not in ev.rule
