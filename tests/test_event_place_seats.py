"""event_place: a body that acts where it sits. A national legislature acting as a body is
placed in its country; a court named after its town ("Leeds Crown Court") places what it
did, and what was done before it, at the court in that town. Sentences written for these
tests, with invented people and generic phrasings."""

from __future__ import annotations

import pytest
from helpers import event_by_trigger

from eventwire import Coder
from eventwire.annotators.event_place_sites import read_site_words


def _placed(coder: Coder, text: str, trigger: str) -> tuple[str | None, str | None, str]:
    analysis = coder.code(text, date="2024-05-06", id="seats")
    event = event_by_trigger(analysis, trigger)
    loc = event.location
    return (loc.text if loc else None, loc.country if loc else None, event.place_rule or "")


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a legislature, or one of its chambers, votes where it sits
        ("The Kenyan parliament rejected the budget on Tuesday.", "rejected", "KEN"),
        (
            "The upper house of the Dutch parliament voted in favor of the treaty on Tuesday.",
            "voted",
            "NLD",
        ),
        (
            "The lower house of the Polish parliament approved the bill on Monday.",
            "approved",
            "POL",
        ),
    ],
)
def test_event_place_legislature_acts_in_its_country(
    coder: Coder, text: str, trigger: str, country: str
) -> None:
    _text, code, rule = _placed(coder, text, trigger)
    assert code == country
    assert rule.startswith("legislature: ")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # its members speak and act anywhere
        ("Kenyan lawmakers rejected the budget on Tuesday.", "rejected"),
        # a state's legislature sits in the state, not somewhere in the country
        ("The Ohio Senate approved the budget on Tuesday.", "approved"),
    ],
)
def test_event_place_legislature_near_misses(coder: Coder, text: str, trigger: str) -> None:
    assert _placed(coder, text, trigger)[0] is None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a judge of a court named after its town rules where the court sits
        (
            "Judge Anna Reyes of the Leeds Crown Court sentenced two men to ten years.",
            "sentenced",
            "the Leeds Crown Court",
        ),
        (
            "A judge at Leeds Crown Court sentenced two men to ten years.",
            "sentenced",
            "Leeds Crown Court",
        ),
        # the court of the act's own clause, or of its "when" clause
        (
            "Two men were sentenced at Belfast Crown Court on Monday.",
            "sentenced",
            "Belfast Crown Court",
        ),
        (
            "The two men were remanded in custody when they appeared at Leeds Magistrates' "
            "Court on Monday.",
            "remanded",
            "Leeds Magistrates' Court",
        ),
    ],
)
def test_event_place_court_named_after_its_town(
    coder: Coder, text: str, trigger: str, place: str
) -> None:
    got, code, rule = _placed(coder, text, trigger)
    assert (got, code) == (place, "GBR")
    assert rule.startswith("seat: ") and rule.endswith(
        ", in Leeds" if "Leeds" in place else ", in Belfast"
    )


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a court's rank is no town, though small towns bear such names
        ("Judge Anna Reyes of the Supreme Court sentenced two men to ten years.", "sentenced"),
        ("The Supreme Court rejected the appeal on Monday.", "rejected"),
        # a country's court names no town
        ("The Kenyan High Court rejected the appeal on Monday.", "rejected"),
    ],
)
def test_event_place_court_near_misses(coder: Coder, text: str, trigger: str) -> None:
    assert _placed(coder, text, trigger)[0] is None


def test_event_place_seat_words() -> None:
    words = read_site_words()
    assert {"court", "courthouse"} <= words["seat"] <= words["site"]
    assert {"supreme", "federal"} <= words["not_town"]
