"""The PETRARCH/Phoenix dictionary readers: actors with dated roles, agents, codes, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import petrarch
from eventwire.errors import ConfigError

ACTORS = """\
# an invented actor file in PETRARCH format
TOMAS_VELKARO_  # an office-holder
+PRESIDENT_VELKARO
+T._VELKARO
\t[MDAELI 900101-100315]
\t[MDAGOV 100315-150601]
\t[MDAELI]
HARBOUR_GUILD_OF_ODESSA_ [UKRBUS]
NORTH_SEA_PILOTS_ [NGO] [GBRBUS >20010101]

ISLAND_WATCH_COUNCIL
ISLAND_WATCH_BOARD
\t[IGOUNO <991231]
"""

AGENTS = """\
!WARDEN! = WARDEN, WARDENS
LIGHTHOUSE_KEEPER [~GOV]
BORDER_!WARDEN! [~COP]
HARBOUR_POLICE {} [~COP]
CUSTOMS_OFFICER {CUSTOMS_OFFICERS} [~GOVMED]
TRUCE_OBSERVER [IGO~]
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_petrarch_read_actor_names_and_roles(tmp_path):
    actors = petrarch.read_actor_dictionary(_write(tmp_path, "a.txt", ACTORS))
    assert [a.names[0] for a in actors] == [
        "TOMAS VELKARO",
        "HARBOUR GUILD OF ODESSA",
        "NORTH SEA PILOTS",
        "ISLAND WATCH COUNCIL",
    ]
    velkaro = actors[0]
    assert velkaro.names == ["TOMAS VELKARO", "PRESIDENT VELKARO", "T. VELKARO"]
    assert velkaro.roles == [
        petrarch.Role("MDAELI", "1990-01-01", "2010-03-15"),
        petrarch.Role("MDAGOV", "2010-03-15", "2015-06-01"),
        petrarch.Role("MDAELI"),
    ]
    assert velkaro.line == 2 and velkaro.where.endswith("a.txt:2")
    # two codes on the root line; "root lines in a row" share the codes after them
    assert actors[2].roles == [petrarch.Role("NGO"), petrarch.Role("GBRBUS", "2001-01-01")]
    assert actors[3].names == ["ISLAND WATCH COUNCIL", "ISLAND WATCH BOARD"]
    assert actors[3].roles == [petrarch.Role("IGOUNO", end="1999-12-31")]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("090120", "2009-01-20"),
        ("300101", "2030-01-01"),  # YY 00-30 is 20YY, as TABARI reads it
        ("310101", "1931-01-01"),
        ("19060101", "1906-01-01"),
    ],
)
def test_petrarch_read_dates(text, iso):
    assert petrarch.parse_date(text) == iso


@pytest.mark.parametrize(
    ("inside", "role"),
    [
        ("USAGOV 090120-130201", petrarch.Role("USAGOV", "2009-01-20", "2013-02-01")),
        ("USAGOV >090120", petrarch.Role("USAGOV", "2009-01-20", None)),
        ("USAGOV <090120", petrarch.Role("USAGOV", None, "2009-01-20")),
        ("USAGOV 19820101", petrarch.Role("USAGOV", "1982-01-01", None)),
        ("IGOUNO  >070201", petrarch.Role("IGOUNO", "2007-02-01", None)),
        ("---", petrarch.Role("---")),
    ],
)
def test_petrarch_read_role(inside, role):
    assert petrarch.parse_role(inside) == role


def test_petrarch_read_agents(tmp_path):
    agents = petrarch.read_agent_dictionary(_write(tmp_path, "g.txt", AGENTS))
    got = [(a.words, a.plural, a.code, a.prefix) for a in agents]
    assert got == [
        ("LIGHTHOUSE KEEPER", None, "GOV", False),
        ("BORDER WARDEN", None, "COP", False),
        ("BORDER WARDENS", None, "COP", False),
        ("HARBOUR POLICE", None, "COP", False),
        ("CUSTOMS OFFICER", "CUSTOMS OFFICERS", "GOVMED", False),
        ("TRUCE OBSERVER", None, "IGO", True),
    ]
    assert agents[1].line == 3


@pytest.mark.parametrize(
    ("cameo", "code", "sectors"),
    [
        ("USAGOVLEG", "USA", ("GOV", "LEG")),
        ("USAMED", "USA", ("JRN",)),  # CAMEO's media is PLOVER's JRN
        ("GBRHLH", "GBR", ("MED",)),  # CAMEO's health is PLOVER's MED
        ("IGOUNOREFHCR", "UNO", ("REF",)),
        ("IGOEUREEC", "EUR", ()),
        ("IGOWSTNAT", "IGO", ()),  # NATO: an IGO; CAMEO's finer tags are dropped
        ("IMGMUSALQ", "IMG", ()),
        ("KSVREB", "KOS", ("REB",)),
        ("MEAREB", None, ("REB",)),  # a region: no country
        ("ELI", None, ("ELI",)),
        ("---GOV", None, ("GOV",)),
    ],
)
def test_petrarch_read_codes(cameo, code, sectors):
    assert petrarch.code_table().convert(cameo) == (code, sectors)


@pytest.mark.parametrize(
    ("kind", "text", "line", "why"),
    [
        ("actor", "VELKARO_\n\t[MDAGOV 9001-100101]\n", 2, "YYMMDD"),
        ("actor", "VELKARO_\n\t[MDAGOV 100101-090101]\n", 2, "ends before it starts"),
        ("actor", "VELKARO_\n\t[MDAGOVX]\n", 2, "3-letter parts"),
        ("actor", "\t[MDAGOV]\n", 1, "before any actor"),
        ("actor", "+VELKARO\n", 1, "synonym before any actor"),
        ("actor", "# header\nVELKARO_ [MDAGOV\n", 2, "unclosed"),
        ("actor", "VELKARO_\n\nOTHER_ [MDA]\n", 1, "without a code"),
        ("agent", "LIGHTHOUSE_KEEPER\n", 1, "exactly one [code]"),
        ("agent", "x\nKEEPER [GOV]\n", 1, "exactly one [code]"),
        ("agent", "# c\nKEEPER [~GO]\n", 2, "is not '~SEC'"),
        ("agent", "KEEPER {KEEPERS [~GOV]\n", 1, "unclosed {plural}"),
    ],
)
def test_petrarch_read_bad_line_names_file_and_line(tmp_path, kind, text, line, why):
    path = _write(tmp_path, "bad.txt", text)
    read = petrarch.read_actor_dictionary if kind == "actor" else petrarch.read_agent_dictionary
    with pytest.raises(ConfigError) as err:
        read(path)
    assert f"{path}:{line}:" in str(err.value)
    assert why in str(err.value)


def test_petrarch_read_lenient_reports_and_skips(tmp_path):
    path = _write(tmp_path, "mixed.txt", "GOOD_ [MDA]\nBAD_\n\t[MDAGOV 99]\nALSO_GOOD_ [UKR]\n")
    report = petrarch.ReadReport()
    actors = petrarch.read_actor_dictionary(path, strict=False, report=report)
    assert [a.names[0] for a in actors] == ["GOOD", "ALSO GOOD"]
    assert len(report.problems) == 2 and f"{path}:3:" in report.problems[0]


def test_petrarch_read_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot be read"):
        petrarch.read_actor_dictionary(tmp_path / "nope.txt")


def test_petrarch_convert_writes_tables(tmp_path):
    src = [_write(tmp_path, "x.actors.txt", ACTORS), _write(tmp_path, "x.agents.txt", AGENTS)]
    report = petrarch.convert(src, tmp_path / "out")
    assert report.problems == []
    actors = (tmp_path / "out" / petrarch.GENERATED_ACTORS).read_text(encoding="utf-8")
    row = next(ln for ln in actors.splitlines() if ln.startswith("tomas velkaro"))
    names, roles, kind, phrase, where = row.split("\t")
    assert names.split("|") == ["tomas velkaro", "president velkaro", "t. velkaro"]
    assert roles == "MDAELI@1990-01-01..2010-03-15;MDAGOV@2010-03-15..2015-06-01;MDAELI"
    assert (kind, phrase, where) == ("person", "TOMAS VELKARO", "x.actors.txt:2")
    agents = (tmp_path / "out" / petrarch.GENERATED_AGENTS).read_text(encoding="utf-8")
    assert "border wardens\t\t~COP\tx.agents.txt:3" in agents
    assert "LICENSE-phoenix.txt" in agents.splitlines()[1] + agents.splitlines()[2]


def test_petrarch_packaged_tables_are_current():
    """The shipped tables hold the Phoenix set, with its licence beside them."""
    folder = petrarch.RESOURCES
    assert "MIT License" in (folder / "LICENSE-phoenix.txt").read_text(encoding="utf-8")
    rows = (folder / petrarch.GENERATED_ACTORS).read_text(encoding="utf-8").splitlines()
    data = [r for r in rows if not r.startswith("#")]
    assert len(data) > 25_000
    assert any(r.split("\t")[4].startswith("Phoenix.MilNonState") for r in data)
    assert any(r.split("\t")[4].startswith("Phoenix.International") for r in data)
