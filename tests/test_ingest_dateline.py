"""Datelines: place, date and agency from a story's first line; loose dates in tables."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.ingest.dateline import parse, parse_date

REF = dt.date(2023, 3, 10)


@pytest.mark.parametrize(
    ("text", "place", "region", "agency", "date"),
    [
        ("BAGHDAD, March 7 (Reuters) - Iraq's parliament", "BAGHDAD", None, "Reuters",
         "2023-03-07"),
        ("WASHINGTON (AP) — The Pentagon said", "WASHINGTON", None, "AP", None),
        ("KYIV, Ukraine (AP) — Air raid sirens", "KYIV", "Ukraine", "AP", None),
        ("LONDON, 7 March 2022 (AFP) - Britain", "LONDON", None, "AFP", "2022-03-07"),
        ("Baghdad, March 7, 2023 — Lawmakers", "Baghdad", None, None, "2023-03-07"),
        ("NEW YORK/LONDON, Sept. 7 (Reuters) - Oil", "NEW YORK/LONDON", None, "Reuters",
         "2022-09-07"),
        ("BEIRUT, Lebanon, March 9 (Reuters) — Talks", "BEIRUT", "Lebanon", "Reuters",
         "2023-03-09"),
        ("By Jane Doe\nReuters\n\nGAZA CITY, Gaza Strip — Crowds", "GAZA CITY", "Gaza Strip",
         None, None),
        ("UNITED NATIONS, Dec. 30 (Reuters) -- The council", "UNITED NATIONS", None, "Reuters",
         "2022-12-30"),
        ("SEOUL, March 14 (Yonhap) -- North Korea", "SEOUL", None, "Yonhap", "2023-03-14"),
    ],
)  # fmt: skip
def test_ingest_dateline_parsed(text, place, region, agency, date):
    dl = parse(text)
    assert dl is not None
    assert (dl.place, dl.region, dl.agency) == (place, region, agency)
    assert dl.resolve(REF) == date
    assert text[dl.start : dl.start + len(place)] == place


@pytest.mark.parametrize(
    "text",
    [
        "The Fatah (Conquest) Alliance in the Iraqi parliament says",
        "Officials said - on Tuesday - that",
        "UPDATE 2-Iraq says troops must go",
        "WARNING: graphic content",
        "May 7 - a date is no place",
        "",
        "   ",
        "\u200b\u200b",
        "((((((",
        "A" * 5000,
    ],
)
def test_ingest_dateline_none_where_there_is_none(text):
    assert parse(text) is None


def test_ingest_dateline_year_from_reference_around_new_year():
    dl = parse("SEOUL, Dec. 30 (Yonhap) -- x")
    assert dl is not None
    assert dl.resolve(dt.date(2024, 1, 2)) == "2023-12-30"
    assert dl.resolve(None) is None  # no year and no reference: no guess


def test_ingest_dateline_impossible_day_gives_no_date():
    dl = parse("CAIRO, Feb. 30 (Reuters) - x")
    assert dl is not None and dl.resolve(REF) is None


@pytest.mark.parametrize(
    ("value", "dayfirst", "expected"),
    [
        ("2023-03-07", False, "2023-03-07"),
        ("2023-03-07T10:00:00Z", False, "2023-03-07"),
        ("Tue, 07 Mar 2023 10:00:00 GMT", False, "2023-03-07"),
        ("Mar 7, 2023", False, "2023-03-07"),
        ("7 March 2023", False, "2023-03-07"),
        ("03/07/2023", False, "2023-03-07"),
        ("07/03/2023", True, "2023-03-07"),
        (dt.date(2023, 3, 7), False, "2023-03-07"),
        (dt.datetime(2023, 3, 7, 9), False, "2023-03-07"),
        ("2023", False, None),
        ("March 7", False, None),
        ("yesterday", False, None),
        ("", False, None),
        (None, False, None),
    ],
)
def test_ingest_dateline_loose_dates(value, dayfirst, expected):
    assert parse_date(value, dayfirst=dayfirst) == expected
