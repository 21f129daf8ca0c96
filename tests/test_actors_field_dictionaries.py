"""Actors from the field's dictionaries: user PETRARCH files, roles by date, agents, composition.

Every name and sentence here is invented for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Coder
from eventwire.annotators.actors import ActorDictionary
from eventwire.errors import ConfigError

ACTORS = """\
TOMAS_VELKARO_
+PRESIDENT_VELKARO
\t[MDAELI 900101-100315]
\t[MDAGOV 100315-150601]
\t[MDAELI]
IRINA_DOBROVA_
\t[ROUGOV 050101-080101]
HARBOUR_GUILD_OF_ODESSA_ [UKRBUS]
"""

AGENTS = """\
!WARDEN! = WARDEN, WARDENS
LIGHTHOUSE_KEEPER [~GOV]
BORDER_!WARDEN! [~COP]
"""


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("petrarch")
    actors, agents = folder / "mine.actors.txt", folder / "mine.agents.txt"
    actors.write_text(ACTORS, encoding="utf-8")
    agents.write_text(AGENTS, encoding="utf-8")
    return [actors, agents]


@pytest.fixture(scope="module")
def field_coder(files) -> Coder:
    return Coder({"petrarch_dictionaries": [str(p) for p in files]})


def _entity(coder: Coder, text: str, date: str | None, name: str):
    analysis = coder.code(text, date=date)
    for ent in analysis.entities:
        if any(m.text == name for m in ent.mentions) or any(
            name in m.text for m in ent.mentions if ent.kind != "country"
        ):
            return ent
    raise AssertionError(f"no entity mentioned as {name!r} in {text!r}: {analysis.entities}")


@pytest.mark.parametrize(
    ("date", "code", "sectors", "span"),
    [
        ("2012-06-01", "MDA", ["GOV"], "MDAGOV 2010-03-15..2015-06-01"),  # in office
        ("1995-06-01", "MDA", ["ELI"], "MDAELI 1990-01-01..2010-03-15"),  # a dated ELI role
        ("2018-06-01", "MDA", ["ELI"], "MDAELI"),  # after: the undated code
        (None, "MDA", ["GOV"], "MDAGOV 2010-03-15..2015-06-01"),  # no date: the office
    ],
)
def test_actors_field_roles_by_date(field_coder, date, code, sectors, span):
    ent = _entity(field_coder, "Tomas Velkaro spoke on Monday.", date, "Tomas Velkaro")
    assert (ent.code, ent.sectors, ent.kind) == (code, sectors, "person")
    # the record says which entry and which date range gave the code
    assert ent.source is not None and "mine.actors.txt:1" in ent.source and span in ent.source


@pytest.mark.parametrize(
    ("date", "sectors"),
    [
        ("2006-01-01", ["GOV"]),
        ("2011-01-01", ["ELI"]),  # after her only role: a former official, not GOV
        ("2001-01-01", []),  # before it: the country alone
    ],
)
def test_actors_field_outside_roles_no_government_sector(field_coder, date, sectors):
    ent = _entity(field_coder, "Irina Dobrova arrived in the morning.", date, "Irina Dobrova")
    assert (ent.code, ent.sectors) == ("ROU", sectors)


def test_actors_field_title_in_text_beats_an_ended_role(field_coder):
    """ "the new President X" reports an office the dictionary's dates put elsewhere."""
    text = "The new Romanian President Irina Dobrova spoke."
    ent = _entity(field_coder, text, "2011-01-01", "The new Romanian President Irina Dobrova")
    assert (ent.code, ent.sectors) == ("ROU", ["GOV"])


def test_actors_field_alias_and_organisation(field_coder):
    ent = _entity(
        field_coder, "President Velkaro met the press.", "2012-01-01", "President Velkaro"
    )
    assert (ent.code, ent.sectors) == ("MDA", ["GOV"])
    guild = _entity(
        field_coder,
        "The Harbour Guild of Odessa protested.",
        "2012-01-01",
        "Harbour Guild of Odessa",
    )
    assert (guild.code, guild.sectors) == ("UKR", ["BUS"])


@pytest.mark.parametrize(
    ("dictionaries", "text", "name", "code", "sector"),
    [
        # agents from the user's file, with a country
        (
            "field_coder",
            "Moldovan border wardens stopped the lorry.",
            "Moldovan border wardens",
            "MDA",
            "COP",
        ),
        (
            "field_coder",
            "A Ukrainian lighthouse keeper was arrested.",
            "A Ukrainian lighthouse keeper",
            "UKR",
            "GOV",
        ),
        ("field_coder", "Ukraine's border wardens left.", "Ukraine's border wardens", "UKR", "COP"),
        # the packaged dictionaries alone
        ("coder", "Iraqi police closed the road.", "Iraqi police", "IRQ", "COP"),
        ("coder", "Syrian rebels shelled the base.", "Syrian rebels", "SYR", "REB"),
        (
            "coder",
            "The Turkish foreign minister flew home.",
            "The Turkish foreign minister",
            "TUR",
            "GOV",
        ),
        ("coder", "Chile's navy sailed south.", "Chile's navy", "CHL", "MIL"),
        (
            "coder",
            "Peruvian peasants marched.",
            "Peruvian peasants",
            "PER",
            "AGR",
        ),  # a Phoenix agent
        (
            "coder",
            "Anatol Berezan, Moldova's foreign minister, resigned.",
            "Anatol Berezan",
            "MDA",
            "GOV",
        ),
        ("coder", "Albanian rebel-held territory was shelled.", "Albanian rebel", "ALB", "REB"),
    ],
)
def test_actors_field_agents_compose(request, dictionaries, text, name, code, sector):
    """A country word and an agent compose into one code, with the user's files
    (``field_coder``) or the packaged dictionaries alone (``coder``)."""
    ent = _entity(request.getfixturevalue(dictionaries), text, "2012-01-01", name)
    assert (ent.code, ent.sectors[:1]) == (code, [sector])


def test_actors_field_text_country_beats_a_namesake(field_coder):
    """A dictionary person's namesake whom the text gives another country keeps the text's."""
    ent = _entity(
        field_coder, "Bulgarian lawmaker Irina Dobrova voted.", "2006-01-01", "Irina Dobrova"
    )
    assert ent.code == "BGR"


def test_actors_field_misspelt_name_found(field_coder):
    ent = _entity(field_coder, "President Tomas Velkaru spoke.", "2012-01-01", "Tomas Velkaru")
    assert ent.code == "MDA"


def test_actors_field_packaged_phoenix_loaded():
    d = ActorDictionary.load()
    # the index is a dict from a phrase's tokens to its row: lookups, not scans
    assert isinstance(d.petrarch, dict) and len(d.petrarch) > 30_000
    assert d.petrarch_first["nato"] >= 1
    rows = d.rows(f"phx:{d.petrarch['nato']}")
    assert rows and rows[0].code == "IGO"
    un = d.rows(f"phx:{d.petrarch['united nations']}")
    assert un and un[0].code == "UNO"


def test_actors_field_bad_user_file_names_file_and_line(tmp_path):
    bad = tmp_path / "broken.actors.txt"
    bad.write_text("SOMEONE_\n\t[MDAGOV 99-01]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"broken\.actors\.txt:2:"):
        ActorDictionary.load(petrarch=[bad], tokenize=lambda names: [n.lower() for n in names])
