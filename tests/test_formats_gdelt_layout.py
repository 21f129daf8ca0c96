"""gdelt-csv is a GDELT 2.0 event file: 61 tab-separated columns in the codebook's order."""

from __future__ import annotations

import io

import pytest
from helpers import sample_analysis

from eventwire import goldstein
from eventwire.formats import gdelt

# The GDELT 2.0 event table, in order, as listed by the GDELT Event Codebook V2.0
# (data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf) and the
# gdelt-bq.gdeltv2.events table; written out here by hand, not derived from the code.
CODEBOOK = """GLOBALEVENTID SQLDATE MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode
Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode
Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale
NumMentions NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code
Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code
Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code
ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL""".split()


def test_formats_gdelt_columns_are_the_codebook_columns_in_order():
    assert len(CODEBOOK) == 61
    assert list(gdelt.COLUMNS) == CODEBOOK


def _written(header: bool = False, article_id: str = "a1") -> str:
    analysis = sample_analysis(article_id)
    analysis.events[0].cameo = "0431"
    out = io.StringIO()
    n = gdelt.write((gdelt.row(analysis, e) for e in analysis.events), out, header)
    assert n == 1
    return out.getvalue()


def test_formats_gdelt_file_has_no_header_and_61_fields_by_default():
    [line] = _written().splitlines()
    fields = line.split("\t")
    assert len(fields) == 61
    rec = dict(zip(CODEBOOK, fields, strict=True))
    assert rec["GLOBALEVENTID"].isdigit() and 0 < int(rec["GLOBALEVENTID"]) < 2**63
    assert rec["SQLDATE"] == "20230307" and rec["Year"] == "2023"
    assert rec["EventCode"] == "0431" and rec["EventRootCode"] == "04"
    assert float(rec["GoldsteinScale"]) == goldstein.score("043") == 2.8
    assert rec["Actor1CountryCode"] == "IRQ" and rec["Actor1Type1Code"] == "LEG"
    assert rec["AvgTone"] == "" and rec["Actor1Geo_FullName"] == ""
    assert gdelt.record_ids(rec["SOURCEURL"]) == ("a1", "ev1")
    assert rec["SOURCEURL"].startswith("https://example.org/a#eventwire=")


def test_formats_gdelt_header_only_when_asked():
    lines = _written(header=True).splitlines()
    assert lines[0].split("\t") == CODEBOOK and len(lines) == 2


def test_formats_gdelt_event_number_is_stable_and_distinct():
    first = _written().split("\t")[0]
    assert _written().split("\t")[0] == first
    assert _written(article_id="a2").split("\t")[0] != first
    assert gdelt.event_number("a1-ev1") == gdelt.event_number("a1-ev1")
    numbers = {gdelt.event_number(f"art{i}-ev{j}") for i in range(300) for j in range(10)}
    assert len(numbers) == 3000


@pytest.mark.parametrize(
    ("article_id", "event_id"),
    [("a1", "ev1"), ("wire/2024#3", "ev 2"), ("ünï-cøde", "ev/9"), ("x%41", "e")],
)
def test_formats_gdelt_sourceurl_gives_back_the_record_ids(article_id, event_id):
    url = gdelt.source_url("https://news.example/p?id=1", article_id, event_id)
    assert "\t" not in url and " " not in url
    assert gdelt.record_ids(url) == (article_id, event_id)


@pytest.mark.parametrize(
    ("cameo", "score"),
    [("042", 1.9), ("0431", 2.8), ("190", -10.0), ("20", -10.0), ("057", 8.0), (None, None)],
)
def test_formats_gdelt_goldstein_scores_from_the_table(cameo, score):
    assert goldstein.score(cameo) == score


def test_formats_gdelt_goldstein_table_covers_every_root_code():
    table = goldstein.table()
    assert all(f"{root:02d}" in table for root in range(1, 21))
    assert all(-10.0 <= v <= 10.0 for v in table.values())
