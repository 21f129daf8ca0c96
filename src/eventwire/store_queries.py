"""The store's read-only queries for analysts: the ones behind the web pages and the JSON API.

The store (``eventwire.store``) owns the schema, so it owns these queries too: the web
layer calls them and holds no SQL of its own. ``open_db`` opens an in-memory DuckDB
database and attaches a snapshot of the store file (``eventwire.web.live``) read-only
as ``store``. For each snapshot it builds tables in memory from the store's tables,
because a snapshot never changes while it is served and a list page must stay well
under 500 ms on 100k events:

    memory.ev     one row per event: its sort rank ``k``, date ``d`` (the event's
                  date, else its article's), quad class, the columns a list shows,
                  the article's source/title/url, and its actors' and recipients'
                  full codes (``|USAGOV|IRQ|``) and lower-cased words for filtering
    memory.refs   one row per actor/recipient argument, keyed by the event's ``k``
    memory.qt     one row per quote with its article's date and its speaker's entity
    memory.actor_index   one row per full actor code: commonest name, event counts
    memory.search_sorted the full-text index ranked per (word, article), in word order
    memory.goldstein     the CAMEO -> Goldstein table (``eventwire.goldstein``)

Every query is parameterised SQL over these and the attached store; list pages
never decode an article's stored JSON. Only the article page and the exports
rebuild ``Analysis`` objects.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from . import search
from .formats import PLOVER_QUAD
from .goldstein import load as load_goldstein
from .records import Analysis, Event
from .store import Where

INTERVALS = ("day", "week", "month")
# The order that puts a point's commonest (name, country) pair first (pairs counted in
# ``n``), ties broken alphabetically; a missing name comes last.
_COMMONEST = "(name IS NULL), n DESC, name, country"

_FULL = "(coalesce(x.code, '') || coalesce(array_to_string(x.sectors, ''), ''))"
_QUAD_CASE = (
    "CASE e.event " + " ".join(f"WHEN '{t}' THEN {q}" for t, q in PLOVER_QUAD.items()) + " END"
)

CACHE_SQL = [
    "USE store",
    f"""CREATE OR REPLACE TABLE memory.main.refs_raw AS
    SELECT x.article_id, x.event_id, x.role, x.position, x.entity_id, x.code,
           coalesce(x.sectors, []) AS sectors, x.text, x.start_char, x.end_char,
           n.name, {_FULL} AS full_code,
           lower(coalesce(x.text, '') || ' | ' || coalesce(n.name, '')) AS words
    FROM store.event_actors x LEFT JOIN store.entities n
      ON n.article_id = x.article_id AND n.id = x.entity_id""",
    f"""CREATE OR REPLACE TABLE memory.main.ev AS
    WITH agg AS (
      SELECT article_id, event_id,
        '|' || coalesce(string_agg(full_code, '|') FILTER (role = 'actor'), '') || '|'
          AS actor_codes,
        '|' || coalesce(string_agg(words, ' | ') FILTER (role = 'actor'), '') || '|'
          AS actor_words,
        '|' || coalesce(string_agg(full_code, '|') FILTER (role = 'recipient'), '') || '|'
          AS recipient_codes,
        '|' || coalesce(string_agg(words, ' | ') FILTER (role = 'recipient'), '') || '|'
          AS recipient_words
      FROM memory.main.refs_raw GROUP BY ALL)
    SELECT CAST(row_number() OVER (ORDER BY d DESC NULLS LAST, e.article_id,
             try_cast(substr(e.id, 3) AS INTEGER), e.id) AS INTEGER) AS k, *,
      strftime(try_cast(substr(d, 1, 10) AS DATE), '%Y-%m-%d') AS p_day,
      strftime(date_trunc('week', try_cast(substr(d, 1, 10) AS DATE)), '%Y-%m-%d') AS p_week,
      CASE WHEN length(d) >= 7 AND try_cast(substr(d, 1, 7) || '-01' AS DATE) IS NOT NULL
           THEN substr(d, 1, 7) || '-01' END AS p_month
    FROM (
      SELECT e.article_id, e.id, coalesce(e.date, CAST(a.date AS VARCHAR)) AS d,
        e.event, {_QUAD_CASE} AS quad, e.mode, coalesce(e.context, []) AS context,
        coalesce(e.aux, []) AS aux, e.cameo, e.trigger_text, e.trigger_start,
        e.trigger_end, e.sentence_text, e.sentence_start, e.sentence_end, e.confidence,
        e.location_name, e.location_lat, e.location_lon, e.location_country,
        e.location_geonameid, e.location_basis, e.date_precision, e.date_start,
        e.date_end, e.date_rule, e.place_rule, a.source, a.title, a.url,
        coalesce(g.actor_codes, '||') AS actor_codes,
        coalesce(g.actor_words, '||') AS actor_words,
        coalesce(g.recipient_codes, '||') AS recipient_codes,
        coalesce(g.recipient_words, '||') AS recipient_words
      FROM store.events e JOIN store.articles a ON a.id = e.article_id
      LEFT JOIN agg g ON g.article_id = e.article_id AND g.event_id = e.id
    ) e ORDER BY k""",
    # the Goldstein score of the event's CAMEO code, falling back to its 3- then 2-digit root
    """CREATE OR REPLACE TABLE memory.main.ev AS
    SELECT e.*, coalesce(g4.score, g3.score, g2.score) AS goldstein FROM memory.main.ev e
    LEFT JOIN memory.main.goldstein g4 ON g4.code = e.cameo
    LEFT JOIN memory.main.goldstein g3 ON g3.code = substr(e.cameo, 1, 3)
    LEFT JOIN memory.main.goldstein g2 ON g2.code = substr(e.cameo, 1, 2)
    ORDER BY e.k""",
    """CREATE OR REPLACE TABLE memory.main.refs AS
    SELECT v.k, r.* EXCLUDE (article_id, event_id) FROM memory.main.refs_raw r
    JOIN memory.main.ev v ON v.article_id = r.article_id AND v.id = r.event_id
    ORDER BY v.k, r.role, r.position""",
    "DROP TABLE memory.main.refs_raw",
    # the actor index: one row per full actor code, its commonest name and event counts
    """CREATE OR REPLACE TABLE memory.main.actor_index AS
    WITH per AS (
      SELECT full_code AS code, k, role, coalesce(name, text) AS nm FROM memory.main.refs
      WHERE full_code <> ''),
    nm AS (SELECT code, nm, count(*) AS n FROM per GROUP BY ALL),
    agg AS (
      SELECT code, count(DISTINCT k) AS events,
        count(DISTINCT k) FILTER (role = 'actor') AS as_actor,
        count(DISTINCT k) FILTER (role = 'recipient') AS as_recipient
      FROM per GROUP BY code),
    names AS (
      SELECT code, first(nm ORDER BY (nm IS NULL), n DESC, nm) AS name,
        string_agg(nm, ' | ') AS names
      FROM nm GROUP BY code)
    SELECT a.code, n.name, n.names, a.events, a.as_actor, a.as_recipient
    FROM agg a JOIN names n USING (code)""",
    """CREATE OR REPLACE TABLE memory.main.qt AS
    SELECT q.article_id, q.id, q.kind, q.speaker_text, q.speaker_entity, q.cue_text,
      q.content_text, q.content, CAST(a.date AS VARCHAR) AS date, a.title, a.source,
      q.speaker_start, q.speaker_end, q.cue_start, q.cue_end,
      n.name AS speaker_name, n.code AS speaker_code,
      coalesce(n.sectors, []) AS speaker_sectors,
      coalesce(n.code, '') || coalesce(array_to_string(n.sectors, ''), '') AS speaker_full,
      lower(coalesce(q.speaker_text, '') || ' | ' || coalesce(n.name, '')) AS speaker_words
    FROM store.quotes q JOIN store.articles a ON a.id = q.article_id
    LEFT JOIN store.entities n ON n.article_id = q.article_id AND n.id = q.speaker_entity
    ORDER BY a.date DESC NULLS LAST, q.article_id, q.id""",
]


def open_db(path: str) -> Any:
    """An in-memory DuckDB with the store attached read-only and the caches built."""
    import duckdb

    con = duckdb.connect(":memory:")
    con.execute("SET enable_progress_bar = false")
    con.execute("ATTACH ? AS store (READ_ONLY)", [str(path)])
    con.execute("CREATE TABLE memory.main.goldstein (code VARCHAR, score DOUBLE)")
    con.executemany(
        "INSERT INTO memory.main.goldstein VALUES (?, ?)", list(load_goldstein().items())
    )
    for sql in CACHE_SQL:
        con.execute(sql)
    source = "store.search_terms"
    if not search.has_index(con, "store"):
        # a store made before the index: index it here, in memory, for this server's life
        con.execute("USE memory")
        con.execute(search.SCHEMA)
        insert = _inserter(con)
        con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        search.rebuild(con, _stored_analyses(con), insert)
        con.execute("USE store")
        source = "memory.main.search_terms"
    # sorted by word, a lookup reads the few row groups that hold it (min/max pruning)
    # instead of scanning an index that the store keeps in the order articles came
    con.execute(
        f"CREATE TABLE memory.main.{SEARCH_TABLE} AS {search.ranked_sql(source, 'store.articles')}"
    )
    if source.startswith("memory."):
        con.execute(f"DROP TABLE {source}")
    return con


SEARCH_TABLE = "search_sorted"


def search_table(con: Any) -> str:
    """This server's copy of the full-text index, sorted by word."""
    return f"memory.main.{SEARCH_TABLE}"


def _inserter(con: Any) -> Any:
    def insert(table: str, rows: list[tuple[Any, ...]]) -> None:
        con.executemany(f"INSERT INTO memory.main.{table} VALUES (?, ?, ?, ?)", rows)

    return insert


def _stored_analyses(con: Any) -> Iterator[Analysis]:
    cur = con.cursor()
    cur.execute("SELECT analysis, text FROM store.articles ORDER BY id")
    while chunk := cur.fetchmany(256):
        for raw, text in chunk:
            yield Analysis.from_json(raw, text=text)


def cursor(con: Any) -> Any:
    """A cursor for one request: its own connection to the same database, store in use."""
    cur = con.cursor()
    cur.execute("USE store")
    cur.execute("SET enable_progress_bar = false")
    return cur


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
    min_confidence: float | None = None

    def query(self, **override: Any) -> dict[str, Any]:
        """The filters as URL query parameters (lists repeat), with ``override`` applied."""
        d = dict(asdict(self))
        d.update(override)
        out: dict[str, Any] = {}
        for k, v in d.items():
            if v is None or v == [] or v == "":
                continue
            if k == "bbox":
                v = ",".join(f"{c:g}" for c in v)
            out[k] = v
        return out

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition over ``memory.ev e`` and its parameters."""
        where = Where()
        where.dates("e.d", self.since, self.until)
        where.one_of("e.event", self.type)
        if self.quad:
            where.add("e.quad = ?", self.quad)
        if self.mode:
            where.add("e.mode = ?", self.mode)
        if self.context:
            where.add("list_contains(e.context, ?)", self.context)
        where.aux("e.aux", self.aux)
        for role, value in (("actor", self.actor), ("recipient", self.recipient)):
            if value:
                cond, ps = role_condition(role, value)
                where.add(cond, *ps)
        if self.country:
            where.add("e.location_country = ?", self.country)
        for column, words in (
            ("e.location_name", self.location),
            ("e.source", self.source),
            ("e.sentence_text", self.q),
        ):
            if words:
                where.add(f"{column} ILIKE ? ESCAPE '\\'", _like(words))
        if self.article:
            where.add("e.article_id = ?", self.article)
        if self.bbox:
            west, south, east, north = self.bbox
            where.add(
                "e.location_lat BETWEEN ? AND ? AND e.location_lon BETWEEN ? AND ?",
                south,
                north,
                west,
                east,
            )
        where.at_least("e.confidence", self.min_confidence)
        return where.sql, where.params


def role_condition(role: str, value: str) -> tuple[str, list[Any]]:
    """SQL over ``memory.ev e`` matching an actor (or recipient) filter.

    A code-like value (``USA``, ``IRQLEG``) matches the start of any of the event's
    full codes for that role; anything else matches words of the argument's text or
    its resolved entity's name.
    """
    col = "actor" if role == "actor" else "recipient"
    if is_code(value):
        return f"e.{col}_codes LIKE ?", [f"%|{value}%"]
    return f"e.{col}_words LIKE ? ESCAPE '\\'", [_like(value.lower())]


def ref_condition(value: str) -> tuple[str, list[Any]]:
    """SQL over ``memory.refs x`` matching an actor key (code prefix or name words)."""
    if is_code(value):
        return "x.full_code LIKE ?", [value + "%"]
    return "x.words LIKE ? ESCAPE '\\'", [_like(value.lower())]


LIST_COLUMNS = (
    "e.k, e.article_id, e.id, e.d AS date, e.event, e.mode, e.context, e.aux, e.cameo, "
    "e.quad, e.trigger_text, e.trigger_start, e.trigger_end, e.sentence_text, "
    "e.sentence_start, e.sentence_end, e.confidence, e.location_name, e.location_lat, "
    "e.location_lon, e.location_country, e.location_geonameid, e.title, e.source, e.url, "
    "e.goldstein, e.date_precision, e.date_start, e.date_end, e.date_rule, e.place_rule, "
    "e.location_basis"
)


def _count(con: Any, sql: str, params: list[Any]) -> int:
    """The number a ``SELECT count(*)`` query answers (0 where it answers no row)."""
    row = con.execute(sql, params).fetchone()
    return int(row[0]) if row else 0


def _dicts(cur: Any) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def count_events(con: Any, flt: Filters) -> int:
    """How many events match."""
    where, params = flt.where()
    return _count(con, f"SELECT count(*) FROM memory.ev e WHERE {where}", params)


SORTS: dict[str, str] = {
    "-date": "e.k",  # k ranks events newest first
    "date": "e.k DESC",
    "-confidence": "e.confidence DESC NULLS LAST, e.k",
    "confidence": "e.confidence ASC NULLS FIRST, e.k",
    "-goldstein": "e.goldstein DESC NULLS LAST, e.k",
    "goldstein": "e.goldstein ASC NULLS LAST, e.k",
}


def list_events(
    con: Any, flt: Filters, limit: int, offset: int, sort: str = "-date"
) -> list[dict[str, Any]]:
    """One page of matching events (newest first, or by ``sort``) with their arguments."""
    where, params = flt.where()
    # page over the narrow sort key first, then fetch the page's wide rows by key
    keys = [
        r[0]
        for r in con.execute(
            f"SELECT e.k FROM memory.ev e WHERE {where} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
    ]
    return events_by_keys(con, keys)


def events_by_keys(con: Any, keys: list[int]) -> list[dict[str, Any]]:
    """The events with these sort keys, in key order, with their actors and recipients."""
    if not keys:
        return []
    cur = con.execute(
        f"SELECT {LIST_COLUMNS} FROM memory.ev e WHERE e.k BETWEEN ? AND ? "
        "AND e.k IN (SELECT unnest(?))",
        [min(keys), max(keys), keys],
    )
    by_key = {r["k"]: r for r in _dicts(cur)}
    rows = [by_key[k] for k in keys if k in by_key]  # in the order asked for
    refs: dict[int, dict[str, list[dict[str, Any]]]] = {
        r["k"]: {"actor": [], "recipient": []} for r in rows
    }
    cur = con.execute(
        "SELECT k, role, entity_id, name, code, sectors, text, start_char, end_char "
        # refs is stored in k order: the BETWEEN lets DuckDB skip most of it
        "FROM memory.refs WHERE k BETWEEN ? AND ? AND k IN (SELECT unnest(?)) "
        "ORDER BY k, role, position",
        [min(refs), max(refs), list(refs)],
    )
    for k, role, ent, name, code, sectors, text, start, end in cur.fetchall():
        slot = refs[k]
        if role in slot:
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
    return [event_item(r, refs[r["k"]]) for r in rows]


def _location(r: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any] | None:
    """The API shape of a row's ``location_*`` columns (``fields``, in that order); None
    when the row has no location."""
    if r["location_name"] is None and r["location_lat"] is None:
        return None
    return {f: r[f"location_{f}"] for f in fields}


def event_item(r: dict[str, Any], refs: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The API shape of one event row."""
    loc = _location(r, ("name", "lat", "lon", "country", "geonameid", "basis"))
    return {
        "id": f"{r['article_id']}-{r['id']}",
        "article_id": r["article_id"],
        "event_id": r["id"],
        "date": r["date"],
        "date_precision": r["date_precision"],
        "date_start": r["date_start"],
        "date_end": r["date_end"],
        "date_rule": r["date_rule"],
        "place_rule": r["place_rule"],
        "event": r["event"],
        "mode": r["mode"],
        "context": list(r["context"] or []),
        "aux": list(r["aux"] or []),
        "cameo": r["cameo"],
        "goldstein": r["goldstein"],
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
    """The ``memory.ev`` column holding an event's period start (YYYY-MM-DD, NULL if coarser)."""
    return {"day": "e.p_day", "week": "e.p_week", "month": "e.p_month"}[interval]


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
    key = "e.event" if by == "type" else "CAST(e.quad AS VARCHAR)"
    rows = con.execute(
        f"SELECT {_period_sql(interval)} AS p, {key} AS g, count(*) FROM memory.ev e "
        f"WHERE {where} GROUP BY ALL ORDER BY p NULLS LAST, g",
        params,
    ).fetchall()
    means = dict(
        con.execute(
            f"SELECT {_period_sql(interval)} AS p, avg(e.goldstein) FROM memory.ev e "
            f"WHERE {where} AND e.goldstein IS NOT NULL GROUP BY ALL",
            params,
        ).fetchall()
    )
    buckets: dict[str, dict[str, int]] = {}
    left_out = 0
    for p, g, n in rows:
        if p is None:
            left_out += n
            continue
        buckets.setdefault(p, {})[g or "?"] = int(n)
    out = []
    for p, c in buckets.items():
        since, until = period_range(p, interval)
        mean = means.get(p)
        out.append({"period": p, "since": since, "until": until, "total": sum(c.values()),
                    "counts": c,
                    "goldstein": round(float(mean), 2) if mean is not None else None})  # fmt: skip
    return {"interval": interval, "by": by, "buckets": out, "left_out": left_out}


def map_points(con: Any, flt: Filters, limit: int) -> dict[str, Any]:
    """Event locations with counts per (place, type); at most ``limit`` points."""
    where, params = flt.where()
    # A point's name and country: the commonest (name, country) pair its events give,
    # ties broken alphabetically, so the same request always names it the same way.
    cur = con.execute(
        "WITH named AS (SELECT e.location_lat AS lat, e.location_lon AS lon, "
        "e.location_name AS name, e.location_country AS country, e.event AS event, "
        f"count(*) AS n FROM memory.ev e WHERE {where} "
        "AND e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL GROUP BY ALL) "
        "SELECT lat, lon, "
        f"first(name ORDER BY {_COMMONEST}) AS name, "
        f"first(country ORDER BY {_COMMONEST}) AS country, "
        "event, CAST(sum(n) AS BIGINT) AS n FROM named "
        "GROUP BY lat, lon, event ORDER BY n DESC, lat, lon LIMIT ?",
        [*params, limit + 1],
    )
    points = _dicts(cur)
    unlocated = _count(
        con,
        f"SELECT count(*) FROM memory.ev e WHERE {where} "
        "AND (e.location_lat IS NULL OR e.location_lon IS NULL)",
        params,
    )
    return {"points": points[:limit], "truncated": len(points) > limit, "unlocated": unlocated}


def facets(con: Any) -> dict[str, list[str]]:
    """Values the filter form offers: the modes and contexts present in the store."""
    modes = con.execute(
        "SELECT DISTINCT mode FROM memory.ev WHERE mode IS NOT NULL ORDER BY 1 LIMIT 200"
    ).fetchall()
    contexts = con.execute(
        "SELECT DISTINCT c FROM (SELECT unnest(context) AS c FROM memory.ev) ORDER BY 1 LIMIT 200"
    ).fetchall()
    return {"modes": [r[0] for r in modes], "contexts": [r[0] for r in contexts]}


def actor_summary(con: Any, key: str, interval: str = "month") -> dict[str, Any]:
    """An actor's events as actor and as recipient over time, its counterparts and types.

    One query: the actor's argument rows are found once (a scan of ``memory.refs``) and
    the three summaries come back as tagged rows of one UNION.
    """
    x_cond, x_ps = ref_condition(key)
    sql = f"""
    WITH hit AS MATERIALIZED (
      SELECT x.k, x.role, coalesce(x.name, x.text) AS nm FROM memory.refs x WHERE {x_cond}),
    m AS (SELECT k, bool_or(role = 'actor') AS a, bool_or(role = 'recipient') AS r
          FROM hit GROUP BY k)
    SELECT 'p' AS tag, {_period_sql(interval)} AS s1, e.event AS s2, NULL AS s3,
      count(*) FILTER (m.a) AS n1, count(*) FILTER (m.r) AS n2, count(*) AS n3
      FROM m JOIN memory.ev e ON e.k = m.k GROUP BY ALL
    UNION ALL
    SELECT 'c', role, full_code, first(nm ORDER BY (nm IS NULL), n DESC, nm),
      CAST(sum(n) AS BIGINT), 0, 0 FROM (
        SELECT h.role, o.full_code, coalesce(o.name, o.text) AS nm, count(*) AS n
        FROM (SELECT DISTINCT k, role FROM hit) h
        JOIN memory.refs o ON o.k = h.k AND o.role <> h.role GROUP BY ALL)
      GROUP BY role, full_code
    UNION ALL
    SELECT 'n', nm, NULL, NULL, count(*), 0, 0 FROM hit GROUP BY nm
    """
    counts = {"actor": 0, "recipient": 0}
    periods: dict[str, dict[str, int]] = {}
    by_type: dict[str, int] = {}
    counterparts: list[dict[str, Any]] = []
    names: list[tuple[int, str]] = []
    for tag, s1, s2, s3, n1, n2, n3 in con.execute(sql, x_ps).fetchall():
        if tag == "p":
            counts["actor"] += int(n1)
            counts["recipient"] += int(n2)
            by_type[s2] = by_type.get(s2, 0) + int(n3)
            if s1 is not None:
                slot = periods.setdefault(s1, {"actor": 0, "recipient": 0})
                slot["actor"] += int(n1)
                slot["recipient"] += int(n2)
        elif tag == "c":
            counterparts.append({"as": s1, "code": s2 or None, "name": s3, "events": int(n1)})
        elif s1 is not None:
            names.append((-int(n1), s1))
    counterparts.sort(key=lambda c: (-c["events"], c["code"] or "", c["as"]))
    return {
        "key": key,
        "names": [nm for _, nm in sorted(names)[:8]],
        "events": counts,
        "by_type": dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))),
        "over_time": [{"period": p, **c} for p, c in sorted(periods.items())],
        "counterparts": counterparts[:20],
    }


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
    """Quotes by speaker (name words or code prefix) and by words said; newest first."""
    where = Where()
    if speaker:
        if is_code(speaker):
            where.add("q.speaker_full LIKE ?", speaker + "%")
        else:
            where.add("q.speaker_words LIKE ? ESCAPE '\\'", _like(speaker.lower()))
    if words:
        where.add("q.content_text ILIKE ? ESCAPE '\\'", _like(words))
    if kind:
        where.add("q.kind = ?", kind)
    where.dates("q.date", since, until)
    cond, params = where.sql, where.params
    total = _count(con, f"SELECT count(*) FROM memory.qt q WHERE {cond}", params)
    cur = con.execute(
        "SELECT q.article_id, q.id, q.kind, q.speaker_text, q.speaker_entity, q.speaker_name, "
        "q.speaker_code, q.speaker_sectors, q.cue_text, q.content_text, q.content, q.date, "
        "q.title, q.source, q.speaker_start, q.speaker_end, q.cue_start, q.cue_end "
        f"FROM memory.qt q WHERE {cond} LIMIT ? OFFSET ?",
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
    row = con.execute(
        "SELECT analysis, text FROM store.articles WHERE id = ?", [article_id]
    ).fetchone()
    if row is None:
        return None
    return Analysis.from_json(row[0], text=row[1])


def export_pairs(con: Any, flt: Filters, limit: int) -> Iterator[tuple[Analysis, Event]]:
    """Matching (analysis, event) pairs for the exports, decoding each article once."""
    where, params = flt.where()
    hits = con.execute(
        f"SELECT e.article_id, e.id FROM memory.ev e WHERE {where} ORDER BY e.k LIMIT ?",
        [*params, limit],
    ).fetchall()
    for i in range(0, len(hits), 512):
        chunk = hits[i : i + 512]
        wanted: dict[str, set[str]] = {}
        for aid, eid in chunk:
            wanted.setdefault(aid, set()).add(eid)
        cache = {
            aid: _export_analysis(raw, text, wanted[aid])
            for aid, raw, text in con.execute(
                "SELECT a.id, a.analysis, a.text FROM (SELECT unnest(?) AS id) w "
                "JOIN store.articles a ON a.id = w.id",
                [sorted(wanted)],
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


def _export_analysis(raw: str, text: str, event_ids: set[str]) -> Analysis:
    """Just what the export formats read (article, entities, the wanted events): decoding
    a whole analysis (mentions, quotes, times, places) would triple an export's time."""
    from .records import Article, Entity

    data = json.loads(raw)
    art = dict(data["article"])
    art.setdefault("text", text)
    return Analysis(
        article=Article.from_dict(art),
        entities=[Entity.from_dict({**e, "mentions": []}) for e in data.get("entities", [])],
        events=[Event.from_dict(e) for e in data.get("events", []) if e.get("id") in event_ids],
    )


# --- the analyst's views: corpus events, actors, network, copies, search ------------------


def _has(con: Any, table: str) -> bool:
    row = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = 'store' AND table_name = ?",
        [table],
    ).fetchone()
    return bool(row and row[0])


CORPUS_SORTS: dict[str, str] = {
    "-date": "c.date DESC NULLS LAST, c.id",
    "date": "c.date ASC NULLS LAST, c.id",
    "-confidence": "c.confidence DESC NULLS LAST, c.date DESC, c.id",
    "confidence": "c.confidence ASC NULLS FIRST, c.date DESC, c.id",
    "-mentions": "c.num_mentions DESC, c.date DESC, c.id",
    "mentions": "c.num_mentions ASC, c.date DESC, c.id",
    "-goldstein": "goldstein DESC NULLS LAST, c.date DESC, c.id",
    "goldstein": "goldstein ASC NULLS LAST, c.date DESC, c.id",
}


def corpus_events(
    con: Any, flt: Filters, limit: int, offset: int, sort: str = "-date", min_mentions: int = 1
) -> tuple[int, list[dict[str, Any]]]:
    """Corpus-level events (one per real-world event, clustered from its reports).

    The filters that apply to a clustered event: dates, types, quad, aux, actor and
    recipient codes, country, confidence, and mention counts.
    """
    if not _has(con, "corpus_events"):
        return 0, []
    where = Where()
    where.add("c.num_mentions >= ?", min_mentions)
    where.dates("c.date", flt.since, flt.until)
    where.one_of("c.event", flt.type)
    if flt.quad:
        where.add(_QUAD_CASE.replace("e.event", "c.event") + " = ?", flt.quad)
    where.aux("c.aux", flt.aux)
    for col, value in (("actor_codes", flt.actor), ("recipient_codes", flt.recipient)):
        if value:
            where.add(
                f"len(list_filter({col}, lambda x: upper(x) LIKE ?)) > 0",
                value.upper().replace(" ", "") + "%",
            )
    if flt.country:
        where.add("c.location_country = ?", flt.country)
    where.at_least("c.confidence", flt.min_confidence)
    cond, params = where.sql, where.params
    gold = (
        "coalesce((SELECT score FROM memory.main.goldstein g WHERE g.code = c.cameo), "
        "(SELECT score FROM memory.main.goldstein g WHERE g.code = substr(c.cameo, 1, 3)), "
        "(SELECT score FROM memory.main.goldstein g WHERE g.code = substr(c.cameo, 1, 2)))"
    )
    total = _count(con, f"SELECT count(*) FROM store.corpus_events c WHERE {cond}", params)
    cur = con.execute(
        "SELECT c.id, c.event, c.aux, c.date, c.cameo, c.actor_codes, c.recipient_codes, "
        "c.location_name, c.location_country, c.location_lat, c.location_lon, "
        "c.num_mentions, c.num_sources, c.num_articles, c.first_article_id, c.first_event_id, "
        f"c.first_source, c.confidence, {gold} AS goldstein "
        f"FROM store.corpus_events c WHERE {cond} ORDER BY {CORPUS_SORTS[sort]} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    items = _dicts(cur)
    reports: dict[str, list[dict[str, Any]]] = {r["id"]: [] for r in items}
    if items:
        for r in _dicts(
            con.execute(
                "SELECT m.corpus_event_id, m.article_id, m.event_id, m.source, m.url, "
                "m.article_date, m.date, m.trigger_text, m.confidence, a.title, "
                "e.sentence_text FROM store.corpus_mentions m "
                "LEFT JOIN store.articles a ON a.id = m.article_id "
                "LEFT JOIN store.events e ON e.article_id = m.article_id AND e.id = m.event_id "
                "WHERE m.corpus_event_id IN (SELECT unnest(?)) "
                "ORDER BY m.corpus_event_id, m.position",
                [list(reports)],
            )
        ):
            reports[r.pop("corpus_event_id")].append(r)
    out = []
    for r in items:
        loc = _location(r, ("name", "country", "lat", "lon"))
        out.append(
            {
                "id": r["id"],
                "event": r["event"],
                "aux": list(r["aux"] or []),
                "date": r["date"],
                "cameo": r["cameo"],
                "goldstein": r["goldstein"],
                "quad": PLOVER_QUAD.get(r["event"]),
                "actor_codes": list(r["actor_codes"] or []),
                "recipient_codes": list(r["recipient_codes"] or []),
                "location": loc,
                "mentions": r["num_mentions"],
                "sources": r["num_sources"],
                "articles": r["num_articles"],
                "confidence": r["confidence"],
                "first": {
                    "article_id": r["first_article_id"],
                    "event_id": r["first_event_id"],
                    "source": r["first_source"],
                },
                "reports": reports[r["id"]],
            }
        )
    return total, out


ACTOR_SORTS: dict[str, str] = {
    "-events": "events DESC, code",
    "events": "events ASC, code",
    "code": "code ASC",
    "-code": "code DESC",
    "name": "name ASC NULLS LAST, code",
    "-name": "name DESC NULLS LAST, code",
}


def actors(
    con: Any, q: str | None, limit: int, offset: int, sort: str = "-events"
) -> tuple[int, list[dict[str, Any]]]:
    """Actor codes with their commonest name and how many events have them as actor,
    as recipient, and in all; ``q`` is a code prefix or words of a name."""
    where, params = "TRUE", []
    if q:
        if is_code(q.replace(" ", "")):
            where, params = "code LIKE ?", [q.replace(" ", "") + "%"]
        else:
            where, params = "lower(names) LIKE ? ESCAPE '\\'", [_like(q.lower())]
    base = f"SELECT * FROM memory.main.actor_index WHERE {where}"
    total = _count(con, f"SELECT count(*) FROM ({base})", params)
    rows = con.execute(
        f"SELECT code, name, events, as_actor, as_recipient FROM ({base}) "
        f"ORDER BY {ACTOR_SORTS[sort]} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    items = [
        {"code": c, "name": n, "events": int(e), "as_actor": int(a), "as_recipient": int(r)}
        for c, n, e, a, r in rows
    ]
    return total, items


def network(con: Any, flt: Filters, max_edges: int) -> dict[str, Any]:
    """Actor -> recipient links among the matching events, counted by PLOVER type."""
    where, params = flt.where()
    rows = con.execute(
        f"""WITH hit AS (SELECT e.k, e.event FROM memory.ev e WHERE {where}),
        pair AS (
          SELECT DISTINCT h.k, h.event, a.full_code AS src, r.full_code AS dst
          FROM hit h JOIN memory.refs a ON a.k = h.k AND a.role = 'actor'
          JOIN memory.refs r ON r.k = h.k AND r.role = 'recipient'
          WHERE a.full_code <> '' AND r.full_code <> '')
        SELECT src, dst, event, count(*) AS n FROM pair GROUP BY ALL""",
        params,
    ).fetchall()
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for src, dst, event, n in rows:
        e = edges.setdefault((src, dst), {"source": src, "target": dst, "count": 0, "by_type": {}})
        e["count"] += int(n)
        e["by_type"][event] = int(n)
    ranked = sorted(edges.values(), key=lambda e: (-e["count"], e["source"], e["target"]))
    kept = ranked[:max_edges]
    nodes: dict[str, dict[str, Any]] = {}
    for e in kept:
        e["by_type"] = dict(sorted(e["by_type"].items(), key=lambda kv: (-kv[1], kv[0])))
        for end, role in ((e["source"], "as_actor"), (e["target"], "as_recipient")):
            node = nodes.setdefault(end, {"id": end, "as_actor": 0, "as_recipient": 0})
            node[role] += e["count"]
    if nodes:
        names = dict(
            con.execute(
                "SELECT full_code, first(nm ORDER BY (nm IS NULL), n DESC, nm) FROM ("
                "SELECT full_code, coalesce(name, text) AS nm, count(*) AS n FROM memory.refs "
                "WHERE full_code IN (SELECT unnest(?)) GROUP BY ALL) GROUP BY full_code",
                [list(nodes)],
            ).fetchall()
        )
        for code, node in nodes.items():
            node["name"] = names.get(code)
            node["events"] = node["as_actor"] + node["as_recipient"]
    return {
        "nodes": sorted(nodes.values(), key=lambda n: (-n["events"], n["id"])),
        "edges": kept,
        "truncated": len(ranked) > max_edges,
    }


def article_copies(con: Any, article_id: str) -> list[dict[str, Any]]:
    """The wire copies stored as sources of an article (``corpus.dedup``'s table)."""
    if not _has(con, "article_sources"):
        return []
    return _dicts(
        con.execute(
            "SELECT copy_id AS id, kind, similarity, title, source, url, date "
            "FROM store.article_sources WHERE article_id = ? AND copy_id <> article_id "
            "ORDER BY date NULLS LAST, copy_id",
            [article_id],
        )
    )


def search_store(con: Any, q: str, limit: int, offset: int) -> dict[str, Any]:
    """Full-text search (``eventwire.search``) over this server's snapshot of the store."""
    return search.search(con, q, limit, offset, ranked=search_table(con))


def quote_rows(
    con: Any,
    args: tuple[str | None, str | None, str | None, str | None, str | None],
    limit: int,
) -> list[dict[str, Any]]:
    """Quotes for the exports: one flat row each, offsets and the resolved speaker code."""
    speaker, words, kind, since, until = args
    _, items = search_quotes(con, speaker, words, kind, since, until, limit, 0)
    out = []
    for qt in items:
        code = (qt["speaker_code"] or "") + "".join(qt["speaker_sectors"])
        out.append(
            {
                "id": qt["id"],
                "article_id": qt["article_id"],
                "date": qt["date"],
                "kind": qt["kind"],
                "speaker": qt["speaker_text"],
                "speaker_start": qt["speaker_start"],
                "speaker_end": qt["speaker_end"],
                "speaker_name": qt["speaker_name"],
                "speaker_code": code or None,
                "cue": qt["cue_text"],
                "cue_start": qt["cue_start"],
                "cue_end": qt["cue_end"],
                "content": qt["content_text"],
                "content_spans": [[c.get("start"), c.get("end")] for c in qt["content"]],
                "source": qt["source"],
                "title": qt["title"],
            }
        )
    return out
