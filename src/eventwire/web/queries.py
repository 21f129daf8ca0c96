"""Read-only queries behind the web pages and the JSON API.

Every query is parameterised SQL over the store's tables (see ``eventwire.store``);
list pages never decode an article's stored JSON, so a page stays fast on a large
store. Only the article page and the exports rebuild ``Analysis`` objects.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from ..formats import PLOVER_QUAD
from ..records import Analysis, Event

# The date an event is placed at: its own date, else its article's.
DATE_SQL = "coalesce(e.date, CAST(a.date AS VARCHAR))"
# An actor's full code as GDELT writes it (country/IGO code + sectors), e.g. IRQLEG.
FULL_CODE_SQL = "(coalesce(x.code, '') || coalesce(array_to_string(x.sectors, ''), ''))"
QUAD_SQL = (
    "CASE WHEN e.event IN ('AGREE','CONSULT','SUPPORT','CONCEDE') THEN 1 "
    "WHEN e.event IN ('COOPERATE','AID','RETREAT') THEN 2 "
    "WHEN e.event IN ('REQUEST','ACCUSE','REJECT','THREATEN') THEN 3 "
    "WHEN e.event IN ('PROTEST','SANCTION','MOBILIZE','COERCE','ASSAULT') THEN 4 END"
)
QUAD_NAMES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
INTERVALS = ("day", "week", "month")


def _like(value: str) -> str:
    """A LIKE pattern matching ``value`` anywhere, with its wildcards taken literally."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def is_code(value: str) -> bool:
    """True when an actor filter looks like a code (USA, IRQLEG) rather than a name."""
    return value.isascii() and value.isalpha() and value.isupper() and len(value) >= 3


@dataclass
class Filters:
    """The filters shared by the events, timeline and map pages and the API."""

    since: str | None = None
    until: str | None = None
    type: list[str] = field(default_factory=list)
    quad: int | None = None
    mode: str | None = None
    context: str | None = None
    aux: list[str] = field(default_factory=list)
    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    location: str | None = None
    source: str | None = None
    q: str | None = None
    article: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north

    def query(self, **override: Any) -> dict[str, Any]:
        """The filters as URL query parameters (lists repeat), with ``override`` applied."""
        d = {k: v for k, v in asdict(self).items()}
        d.update(override)
        out: dict[str, Any] = {}
        for k, v in d.items():
            if v is None or v == [] or v == "":
                continue
            if k == "bbox":
                v = ",".join(f"{c:g}" for c in v)
            out[k] = v
        return out

    def active(self) -> bool:
        """True when any filter is set."""
        return bool(self.query())

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition (over ``events e JOIN articles a``) and its parameters."""
        where: list[str] = []
        params: list[Any] = []
        if self.since:
            where.append(f"{DATE_SQL} >= ?")
            params.append(self.since)
        if self.until:
            # a coarse date such as 2023-03 sorts before 2023-03-31, so compare prefixes
            where.append(f"substr({DATE_SQL}, 1, ?) <= ?")
            params.extend([len(self.until), self.until])
        if self.type:
            where.append("e.event IN (SELECT unnest(?))")
            params.append(list(self.type))
        if self.quad:
            where.append(f"{QUAD_SQL} = ?")
            params.append(self.quad)
        if self.mode:
            where.append("e.mode = ?")
            params.append(self.mode)
        if self.context:
            where.append("list_contains(e.context, ?)")
            params.append(self.context)
        for aux in self.aux:
            if aux == "none":
                where.append("len(coalesce(e.aux, [])) = 0")
            else:
                where.append("list_contains(e.aux, ?)")
                params.append(aux)
        for role, value in (("actor", self.actor), ("recipient", self.recipient)):
            if value:
                cond, ps = actor_condition(value)
                where.append(
                    "EXISTS (SELECT 1 FROM event_actors x LEFT JOIN entities n"
                    " ON n.article_id = x.article_id AND n.id = x.entity_id"
                    " WHERE x.article_id = e.article_id AND x.event_id = e.id"
                    f" AND x.role = ? AND {cond})"
                )
                params.extend([role, *ps])
        if self.country:
            where.append("e.location_country = ?")
            params.append(self.country)
        if self.location:
            where.append("(e.location_name ILIKE ? ESCAPE '\\')")
            params.append(_like(self.location))
        if self.source:
            where.append("a.source ILIKE ? ESCAPE '\\'")
            params.append(_like(self.source))
        if self.q:
            where.append("e.sentence_text ILIKE ? ESCAPE '\\'")
            params.append(_like(self.q))
        if self.article:
            where.append("e.article_id = ?")
            params.append(self.article)
        if self.bbox:
            west, south, east, north = self.bbox
            where.append("e.location_lat BETWEEN ? AND ? AND e.location_lon BETWEEN ? AND ?")
            params.extend([south, north, west, east])
        return (" AND ".join(where) or "TRUE"), params


def actor_condition(value: str) -> tuple[str, list[Any]]:
    """SQL over ``event_actors x`` (and its ``entities n``) matching an actor filter.

    A code-like value (``USA``, ``IRQLEG``) matches full codes by prefix; anything
    else matches the words of the argument or the resolved entity's name.
    """
    if is_code(value):
        return f"{FULL_CODE_SQL} LIKE ?", [value + "%"]
    pattern = _like(value)
    return "(x.text ILIKE ? ESCAPE '\\' OR n.name ILIKE ? ESCAPE '\\')", [pattern, pattern]


FROM_EVENTS = "FROM events e JOIN articles a ON a.id = e.article_id"
ORDER_EVENTS = (
    f"ORDER BY {DATE_SQL} DESC NULLS LAST, e.article_id, try_cast(substr(e.id, 3) AS INTEGER), e.id"
)


def _dicts(cur: Any) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def count_events(con: Any, flt: Filters) -> int:
    """How many events match."""
    where, params = flt.where()
    row = con.execute(f"SELECT count(*) {FROM_EVENTS} WHERE {where}", params).fetchone()
    return int(row[0]) if row else 0


def list_events(con: Any, flt: Filters, limit: int, offset: int) -> list[dict[str, Any]]:
    """One page of matching events as flat dicts, with their actors and recipients."""
    where, params = flt.where()
    cur = con.execute(
        f"SELECT e.article_id, e.id, {DATE_SQL} AS date, e.event, e.mode, e.context, e.aux, "
        f"e.cameo, {QUAD_SQL} AS quad, e.trigger_text, e.trigger_start, e.trigger_end, "
        "e.sentence_text, e.sentence_start, e.sentence_end, e.confidence, "
        "e.location_name, e.location_lat, e.location_lon, e.location_country, "
        "e.location_geonameid, a.title, a.source, a.url "
        f"{FROM_EVENTS} WHERE {where} {ORDER_EVENTS} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    rows = _dicts(cur)
    if not rows:
        return []
    keys = [f"{r['article_id']}\x1f{r['id']}" for r in rows]
    refs: dict[str, dict[str, list[dict[str, Any]]]] = {
        k: {"actor": [], "recipient": []} for k in keys
    }
    cur = con.execute(
        "SELECT x.article_id, x.event_id, x.role, x.entity_id, x.code, x.sectors, x.text, "
        "x.start_char, x.end_char, n.name FROM event_actors x LEFT JOIN entities n "
        "ON n.article_id = x.article_id AND n.id = x.entity_id "
        "WHERE x.article_id IN (SELECT unnest(?)) "
        "ORDER BY x.article_id, x.event_id, x.role, x.position",
        [sorted({r["article_id"] for r in rows})],
    )
    for aid, eid, role, ent, code, sectors, text, start, end, name in cur.fetchall():
        slot = refs.get(f"{aid}\x1f{eid}")
        if slot is not None and role in slot:
            slot[role].append(
                {
                    "entity": ent,
                    "name": name,
                    "code": code,
                    "sectors": list(sectors or []),
                    "text": text,
                    "start": start,
                    "end": end,
                }
            )
    return [event_item(r, refs[k]) for r, k in zip(rows, keys, strict=True)]


def event_item(r: dict[str, Any], refs: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The API shape of one event row."""
    loc = None
    if r["location_name"] is not None or r["location_lat"] is not None:
        loc = {
            "name": r["location_name"],
            "lat": r["location_lat"],
            "lon": r["location_lon"],
            "country": r["location_country"],
            "geonameid": r["location_geonameid"],
        }
    return {
        "id": f"{r['article_id']}-{r['id']}",
        "article_id": r["article_id"],
        "event_id": r["id"],
        "date": r["date"],
        "event": r["event"],
        "mode": r["mode"],
        "context": list(r["context"] or []),
        "aux": list(r["aux"] or []),
        "cameo": r["cameo"],
        "quad": r["quad"],
        "actor": refs["actor"],
        "recipient": refs["recipient"],
        "trigger": {
            "text": r["trigger_text"],
            "start": r["trigger_start"],
            "end": r["trigger_end"],
        },
        "sentence": {
            "text": r["sentence_text"],
            "start": r["sentence_start"],
            "end": r["sentence_end"],
        },
        "confidence": r["confidence"],
        "location": loc,
        "article": {"title": r["title"], "source": r["source"], "url": r["url"]},
    }


def _period_sql(interval: str) -> str:
    """SQL giving an event's period start (YYYY-MM-DD) for an interval, NULL if too coarse."""
    day = f"try_cast(substr({DATE_SQL}, 1, 10) AS DATE)"
    if interval == "month":
        return f"CASE WHEN length({DATE_SQL}) >= 7 THEN substr({DATE_SQL}, 1, 7) || '-01' END"
    if interval == "week":
        return f"strftime(date_trunc('week', {day}), '%Y-%m-%d')"
    return f"strftime({day}, '%Y-%m-%d')"


def period_range(period: str, interval: str) -> tuple[str, str]:
    """The since/until filter values that select one timeline bar."""
    start = _dt.date.fromisoformat(period)
    if interval == "month":
        return start.isoformat(), start.isoformat()[:7]
    if interval == "week":
        return start.isoformat(), (start + _dt.timedelta(days=6)).isoformat()
    return start.isoformat(), start.isoformat()


def timeline(con: Any, flt: Filters, interval: str, by: str) -> dict[str, Any]:
    """Event counts per period, split by event type or quad class."""
    where, params = flt.where()
    period = _period_sql(interval)
    key = "e.event" if by == "type" else f"CAST({QUAD_SQL} AS VARCHAR)"
    rows = con.execute(
        f"SELECT {period} AS p, {key} AS k, count(*) {FROM_EVENTS} WHERE {where} "
        "GROUP BY ALL ORDER BY p NULLS LAST, k",
        params,
    ).fetchall()
    buckets: dict[str, dict[str, int]] = {}
    left_out = 0
    for p, k, n in rows:
        if p is None:
            left_out += n
            continue
        buckets.setdefault(p, {})[k or "?"] = int(n)
    return {
        "interval": interval,
        "by": by,
        "buckets": [
            {
                "period": p,
                "since": period_range(p, interval)[0],
                "until": period_range(p, interval)[1],
                "total": sum(c.values()),
                "counts": c,
            }
            for p, c in buckets.items()
        ],
        "left_out": left_out,
    }


def map_points(con: Any, flt: Filters, limit: int) -> dict[str, Any]:
    """Event locations with counts per (place, type); at most ``limit`` points."""
    where, params = flt.where()
    cur = con.execute(
        "SELECT e.location_lat AS lat, e.location_lon AS lon, "
        "any_value(e.location_name) AS name, any_value(e.location_country) AS country, "
        f"e.event AS event, count(*) AS n {FROM_EVENTS} WHERE {where} "
        "AND e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL "
        "GROUP BY e.location_lat, e.location_lon, e.event ORDER BY n DESC LIMIT ?",
        [*params, limit + 1],
    )
    points = _dicts(cur)
    truncated = len(points) > limit
    return {"points": points[:limit], "truncated": truncated}


def facets(con: Any) -> dict[str, list[str]]:
    """Values the filter form offers: modes, contexts and sources present in the store."""
    modes = [r[0] for r in con.execute(
        "SELECT DISTINCT mode FROM events WHERE mode IS NOT NULL ORDER BY 1 LIMIT 200"
    ).fetchall()]  # fmt: skip
    contexts = [r[0] for r in con.execute(
        "SELECT DISTINCT unnest(context) FROM events ORDER BY 1 LIMIT 200"
    ).fetchall()]  # fmt: skip
    return {"modes": modes, "contexts": contexts}


def actor_summary(con: Any, key: str, interval: str = "month") -> dict[str, Any]:
    """An actor's events as actor and as recipient over time, its counterparts and quotes."""
    cond, ps = actor_condition(key)
    period = _period_sql(interval)
    counts = {"actor": 0, "recipient": 0}
    for role, n in con.execute(
        "SELECT x.role, count(DISTINCT x.article_id || chr(31) || x.event_id) "
        "FROM event_actors x LEFT JOIN entities n ON n.article_id = x.article_id "
        f"AND n.id = x.entity_id WHERE {cond} GROUP BY x.role",
        ps,
    ).fetchall():
        counts[role] = int(n)
    mine = (
        "SELECT DISTINCT x.article_id, x.event_id, x.role FROM event_actors x "
        "LEFT JOIN entities n ON n.article_id = x.article_id AND n.id = x.entity_id "
        f"WHERE {cond}"
    )
    over_time: dict[str, dict[str, int]] = {}
    for p, role, n in con.execute(
        f"SELECT {period} AS p, m.role, count(*) FROM ({mine}) m "
        "JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id "
        "JOIN articles a ON a.id = e.article_id GROUP BY ALL ORDER BY p",
        ps,
    ).fetchall():
        if p is not None:
            over_time.setdefault(p, {"actor": 0, "recipient": 0})[role] = int(n)
    counterparts = []
    for role, code, name, n in con.execute(
        f"SELECT m.role, {FULL_CODE_SQL} AS code, any_value(coalesce(n.name, x.text)) AS name, "
        f"count(*) AS c FROM ({mine}) m JOIN event_actors x ON x.article_id = m.article_id "
        "AND x.event_id = m.event_id AND x.role <> m.role "
        "LEFT JOIN entities n ON n.article_id = x.article_id AND n.id = x.entity_id "
        "GROUP BY ALL ORDER BY c DESC, code LIMIT 20",
        ps,
    ).fetchall():
        counterparts.append({"as": role, "code": code or None, "name": name, "events": int(n)})
    by_type = {
        k: int(n)
        for k, n in con.execute(
            f"SELECT e.event, count(*) FROM ({mine}) m JOIN events e "
            "ON e.article_id = m.article_id AND e.id = m.event_id GROUP BY 1 ORDER BY 2 DESC",
            ps,
        ).fetchall()
    }
    names = [
        r[0]
        for r in con.execute(
            "SELECT coalesce(n.name, x.text) AS nm, count(*) c FROM event_actors x "
            "LEFT JOIN entities n ON n.article_id = x.article_id AND n.id = x.entity_id "
            f"WHERE {cond} GROUP BY 1 ORDER BY c DESC LIMIT 8",
            ps,
        ).fetchall()
    ]
    return {
        "key": key,
        "names": names,
        "events": counts,
        "by_type": by_type,
        "over_time": [{"period": p, **c} for p, c in sorted(over_time.items())],
        "counterparts": counterparts,
    }


def speaker_condition(value: str) -> tuple[str, list[Any]]:
    """SQL over ``quotes q`` (and its speaker ``entities n``) matching a speaker filter."""
    if is_code(value):
        return (
            "(coalesce(n.code, '') || coalesce(array_to_string(n.sectors, ''), '')) LIKE ?",
            [value + "%"],
        )
    pattern = _like(value)
    return "(q.speaker_text ILIKE ? ESCAPE '\\' OR n.name ILIKE ? ESCAPE '\\')", [pattern, pattern]


def search_quotes(
    con: Any,
    speaker: str | None,
    words: str | None,
    kind: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    offset: int,
) -> tuple[int, list[dict[str, Any]]]:
    """Quotes by speaker (name or code) and by words in what was said; newest first."""
    where, params = ["TRUE"], []
    if speaker:
        cond, ps = speaker_condition(speaker)
        where.append(cond)
        params.extend(ps)
    if words:
        where.append("q.content_text ILIKE ? ESCAPE '\\'")
        params.append(_like(words))
    if kind:
        where.append("q.kind = ?")
        params.append(kind)
    if since:
        where.append("CAST(a.date AS VARCHAR) >= ?")
        params.append(since)
    if until:
        where.append("substr(CAST(a.date AS VARCHAR), 1, ?) <= ?")
        params.extend([len(until), until])
    frm = (
        "FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities n "
        "ON n.article_id = q.article_id AND n.id = q.speaker_entity"
    )
    cond = " AND ".join(where)
    row = con.execute(f"SELECT count(*) {frm} WHERE {cond}", params).fetchone()
    total = int(row[0]) if row else 0
    cur = con.execute(
        "SELECT q.article_id, q.id, q.kind, q.speaker_text, q.speaker_entity, n.name AS "
        "speaker_name, n.code AS speaker_code, n.sectors AS speaker_sectors, q.cue_text, "
        "q.content_text, q.content, CAST(a.date AS VARCHAR) AS date, a.title, a.source "
        f"{frm} WHERE {cond} ORDER BY a.date DESC NULLS LAST, q.article_id, q.id "
        "LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    items = []
    for r in _dicts(cur):
        try:
            content = json.loads(r.pop("content") or "[]")
        except (TypeError, ValueError):
            content = []
        r["content"] = content
        r["speaker_sectors"] = list(r["speaker_sectors"] or [])
        r["id"] = f"{r['article_id']}-{r.pop('id')}"
        items.append(r)
    return total, items


def article_analysis(con: Any, article_id: str) -> Analysis | None:
    """One stored article's analysis, or None."""
    row = con.execute("SELECT analysis, text FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return None
    return Analysis.from_json(row[0], text=row[1])


def article_source_info(con: Any, article_id: str) -> dict[str, Any] | None:
    """The article row's metadata as stored (date as text)."""
    cur = con.execute(
        "SELECT id, CAST(date AS VARCHAR) AS date, title, source, url, language, coded_at "
        "FROM articles WHERE id = ?",
        [article_id],
    )
    rows = _dicts(cur)
    return rows[0] if rows else None


def export_pairs(con: Any, flt: Filters, limit: int) -> Iterator[tuple[Analysis, Event]]:
    """Matching (analysis, event) pairs for the exports, decoding each article once."""
    where, params = flt.where()
    hits = con.execute(
        f"SELECT e.article_id, e.id {FROM_EVENTS} WHERE {where} {ORDER_EVENTS} LIMIT ?",
        [*params, limit],
    ).fetchall()
    for i in range(0, len(hits), 256):
        chunk = hits[i : i + 256]
        ids = sorted({aid for aid, _ in chunk})
        cache = {
            aid: Analysis.from_json(raw, text=text)
            for aid, raw, text in con.execute(
                "SELECT id, analysis, text FROM articles WHERE id IN (SELECT unnest(?))", [ids]
            ).fetchall()
        }
        for aid, eid in chunk:
            analysis = cache.get(aid)
            if analysis is None:
                continue
            for ev in analysis.events:
                if ev.id == eid:
                    yield analysis, ev
                    break


def quad_of(event: str) -> int | None:
    """The PLOVER quad class of an event type."""
    return PLOVER_QUAD.get(event)
