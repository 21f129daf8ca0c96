"""One person, one code per article, and no guessed countries. Invented names and sentences."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _chains(coder: Coder, text: str, date: str = "2012-06-01") -> dict[str, tuple]:
    """Each mention's text -> (entity id, code) of the chain holding it."""
    out: dict[str, tuple] = {}
    for ent in coder.code(text, date=date).entities:
        for m in ent.mentions:
            out.setdefault(m.text, (ent.id, ent.code))
    return out


@pytest.mark.parametrize(
    "text",
    [
        # the surname comes first, the full name later: one chain, the full name's code
        "Velkaro arrived first. Later Tomas Velkaro spoke, and Velkaro left.",
        "Tomas Velkaro spoke. Velkaro then left.",
    ],
)
def test_actors_chains_one_code_per_person(invented_coder, text):
    chains = _chains(invented_coder, text)
    ids = {chains[m] for m in chains if "Velkaro" in m}
    assert ids == {(chains["Tomas Velkaro"][0], "MDA")}


def test_actors_chains_ambiguous_surname_stays_apart(invented_coder):
    """Two people share the surname: a bare surname before either joins neither."""
    chains = _chains(invented_coder, "Velkaro spoke first. Tomas Velkaro and Andrei Velkaro waved.")
    assert chains["Tomas Velkaro"][0] != chains["Andrei Velkaro"][0]
    assert chains["Velkaro"][0] not in {chains["Tomas Velkaro"][0], chains["Andrei Velkaro"][0]}


def test_actors_chains_honorific_keeps_gender(coder):
    text = "Margaret Okafor and Daniel Okafor arrived. Mrs. Okafor spoke, then Mr. Okafor left."
    chains = _chains(coder, text)
    assert chains["Mrs. Okafor"][0] == chains["Margaret Okafor"][0]
    assert chains["Mr. Okafor"][0] == chains["Daniel Okafor"][0]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an unknown name next to a place, a quote speaker or another country gets no country
        ("Grigor Maltsev spoke in Chisinau on Monday.", "Grigor Maltsev"),
        ('"We will stay," said the Iraqi minister. Grigor Maltsev left.', "Grigor Maltsev"),
        ("CHISINAU, May 3 (Reuters) - Grigor Maltsev, a banker, denied it.", "Grigor Maltsev"),
        # a titled official in a text naming two countries: nothing to choose by
        ("President Grigor Maltsev met Kenya's envoy in Ghana.", "President Grigor Maltsev"),
    ],
)
def test_actors_chains_no_guessed_country(coder, text, name):
    chains = _chains(coder, text)
    assert chains[name][1] is None


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a titled official in a text that names one country only is that country's
        (
            "President Grigor Maltsev broke his pledge to the Malawian people.",
            "President Grigor Maltsev",
            "MWI",
        ),
        ("Minister Grigor Maltsev said Ghana would reform.", "Minister Grigor Maltsev", "GHA"),
    ],
)
def test_actors_chains_titled_official_of_the_only_country(coder, text, name, code):
    assert _chains(coder, text)[name][1] == code
