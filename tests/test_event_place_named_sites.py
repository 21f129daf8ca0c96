"""event_place: a named site (a building, base, campus or institution: ``sites.tsv``) as an
act's place, at level ``site``. A town named inside the site phrase keeps its point and name
and the site becomes the place's text; a site the gazetteer does not know, named in the act's
clause, is the place itself. Sentences written for these tests, with invented names."""

from __future__ import annotations

import pytest
from helpers import event_by_trigger

from eventwire import Coder
from eventwire.annotators.event_place_sites import _site_preps, read_site_nouns
from eventwire.records import Event, Span


def _where(coder: Coder, text: str, trigger: str) -> tuple[str, str | None, str | None] | None:
    analysis = coder.code(text, date="2024-05-06", id="named-sites")
    event = event_by_trigger(analysis, trigger)
    loc = event.location
    return (loc.text, loc.name, loc.feature) if loc else None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # the town inside the site phrase: its name stays, the site is the text
        (
            "The senator met the prime minister at the Grand Plaza Hotel in Denver.",
            "met",
            ("the Grand Plaza Hotel in Denver", "Denver", "site"),
        ),
        (
            "Students protested at Westfield University in Boston on Monday.",
            "protested",
            ("Westfield University in Boston", "Boston", "site"),
        ),
        # a site the gazetteer does not know, after a placing preposition of the clause
        (
            "The governor met the mayor at the Riverton County Courthouse.",
            "met",
            ("the Riverton County Courthouse", "the Riverton County Courthouse", "site"),
        ),
        # the object of a deed done on the ground
        (
            "The rebels stormed the Ramsey Air Base on Friday.",
            "stormed",
            ("the Ramsey Air Base", "the Ramsey Air Base", "site"),
        ),
        # the parser hangs the site on the meeting's other side
        (
            "The bishop met the senator at the Riverton guest house on Saturday.",
            "met",
            ("the Riverton guest house", "the Riverton guest house", "site"),
        ),
        # near misses: a town with no site around it stays as it was; an unnamed building
        # is no place; a statement's object is what it is about, not where it was said
        ("The senator met the prime minister in Denver.", "met", ("Denver", "Denver", "city")),
        ("The governor met the mayor at the courthouse.", "met", None),
        ("The mayor criticized the Riverton County Courthouse on Friday.", "criticized", None),
        ("The mayor criticized the fees at the Riverton guest house.", "criticized", None),
        # a bare chamber is no named site
        ("The committee met the governor in the House on Friday.", "met", None),
    ],
)
def test_event_place_named_sites(
    coder: Coder, text: str, trigger: str, place: tuple[str, str, str] | None
) -> None:
    assert _where(coder, text, trigger) == place


def test_event_place_site_rule_is_explained(coder: Coder) -> None:
    text = "The governor met the mayor at the Riverton County Courthouse."
    event = event_by_trigger(coder.code(text, date="2024-05-06", id="named-sites"), "met")
    assert event.place_rule.startswith("site: at 'the Riverton County Courthouse'")


def test_site_nouns_are_read() -> None:
    nouns = read_site_nouns()
    assert {"hotel", "base", "university", "courthouse", "embassy"} <= nouns
    assert read_site_nouns("# c\nsite\tArena\n") == frozenset({"arena"})


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a gathering the parse hangs on the statement's object clause: said there
        (
            "The governor criticized the plan to build a dam on the river at a town hall in Akron.",
            "criticized",
            "Akron",
        ),
        # near misses: what the object is urged to do at a rally is theirs; a reported
        # clause with its own subject keeps its place
        ("The governor urged supporters to march at a rally in Akron.", "urged", None),
    ],
)
def test_event_place_gathering_below_the_act(
    coder: Coder, text: str, trigger: str, place: str | None
) -> None:
    where = _where(coder, text, trigger)
    assert (where[0] if where else None) == place


def test_event_place_gathering_rule_is_explained(coder: Coder) -> None:
    text = "The governor criticized the plan to build a dam on the river at a town hall in Akron."
    event = event_by_trigger(coder.code(text, date="2024-05-06", id="named-sites"), "criticized")
    assert event.place_rule == "gathering: at 'a town hall' in 'Akron', below the act"


def test_event_place_on_a_landmark_the_act_names(coder: Coder) -> None:
    # "on" places a landmark site even where the act takes it for its other side
    text = "The lawyers met the judge on Capitol Hill on Tuesday."
    assert _where(coder, text, "met") == ("Capitol Hill", "Washington", "site")
    # not a country or town the act is about
    assert _where(coder, "The council imposed sanctions on Chile.", "imposed") != (
        "Chile",
        "Chile",
        "country",
    )


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a word that ends a person's name in the article is the person before an act's
        # noun, not a town of that name
        (
            "Lucia Denver spoke on Monday. The Denver endorsement of the mayor surprised many.",
            "endorsement",
            None,
        ),
        (
            "Lucia Denver's aides spoke on Monday. The Denver endorsement of the mayor "
            "surprised many.",
            "endorsement",
            None,
        ),
        # near miss: a town before the act's noun, with no person of that name
        ("The Paris attacks shocked the world.", "attacks", "Paris"),
    ],
)
def test_event_place_surname_before_an_act_is_no_place(
    coder: Coder, text: str, trigger: str, place: str | None
) -> None:
    where = _where(coder, text, trigger)
    assert (where[0] if where else None) == place


def test_event_place_site_called_on_is_no_place(coder: Coder) -> None:
    # "on" after a statement's verb, or one its lexicon row takes ("call on"), opens the
    # party asked, not where the act was done
    text = "LAKEVILLE (Wire) - The nurses' union called on the Westbrook Clinic to reopen its wing."
    event = event_by_trigger(coder.code(text, date="2024-05-06", id="named-sites"), "called")
    assert event.location is None, event.place_rule


def test_site_preps_leave_out_the_rows_own_on() -> None:
    # a non-statement act whose lexicon row takes "on" ("rely on") is not placed by its "on"
    event = Event(id="e", event="SUPPORT", trigger=Span("relied", 0, 6), sentence=Span("x", 0, 1))
    event.rule = "rely on"
    assert "on" not in _site_preps(event, verbal=frozenset({"accuse"}))
    event.rule = "meet"
    assert "on" in _site_preps(event, verbal=frozenset({"accuse"}))
    event.event = "ACCUSE"
    assert "on" not in _site_preps(event, verbal=frozenset({"accuse"}))


def test_event_place_site_takes_no_country_from_the_dateline(coder: Coder) -> None:
    # a dateline tells where the reporter is: a site with no place named inside it gets no
    # country from it
    text = "WASHINGTON (Wire) - The two delegations met on Monday at the Lindqvist Conference Hall."
    event = event_by_trigger(coder.code(text, date="2024-05-06", id="named-sites"), "met")
    loc = event.location
    assert loc is not None and loc.feature == "site", event.place_rule
    assert loc.text == "the Lindqvist Conference Hall" and loc.country is None
