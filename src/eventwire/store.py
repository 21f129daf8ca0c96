"""The event store: one DuckDB file holding every coded article and its records.

Schema (one row per record; ``article_id`` + ``id`` identify a record; offsets are
Python string offsets into ``articles.text``)::

    articles      id PK, date, title, source, url, language, text, text_hash, coded_at,
                  analysis (the Analysis as JSON: the exact record, for exports)
    entities      article_id, id, name, code, sectors[], kind, source
    mentions      article_id, entity_id, text, start_char, end_char, kind, sentence
    events        article_id, id, event, mode, context[], aux[], date, date_origin, cameo,
                  trigger_text, trigger_start, trigger_end, sentence_text, sentence_start,
                  sentence_end, confidence, rule, quote_id, location_name, location_lat,
                  location_lon, location_country, location_geonameid, location_feature,
                  date_precision, date_start, date_end, date_rule, place_rule,
                  location_basis (added in schema version 2; see ``EVENT_COLUMNS_V2``)
    event_actors  article_id, event_id, role ('actor' | 'recipient'), position, entity_id,
                  code, sectors[], text, start_char, end_char
    quotes        article_id, id, kind, speaker_text, speaker_start, speaker_end,
                  speaker_entity, cue_text, cue_start, cue_end, content_text, content (JSON)
    times         article_id, n, text, start_char, end_char, type, value, end_value, anchor
    places        article_id, n, text, start_char, end_char, name, lat, lon, country,
                  geonameid, feature
    claims        article_id, n, kind, text, start_char, end_char, label
    ingest_errors source, message, logged_at
    search_terms  term, article_id, field, tf (the full-text index: see eventwire.search)

Corpus level (written by the clustering pass, ``eventwire cluster``; see
``eventwire.corpus.cluster``)::

    corpus_events    id PK (global id of the earliest report), event, aux[], date, cameo,
                     actor_codes[], recipient_codes[], location_name, location_country,
                     location_lat, location_lon, location_geonameid, location_feature,
                     num_mentions, num_sources, num_articles, first_article_id,
                     first_event_id, first_report_date, first_source, first_url,
                     confidence, window_days, clustered_at
    corpus_mentions  corpus_event_id, position, article_id, event_id, source, url,
                     article_date, date, trigger_text, trigger_start, trigger_end,
                     sentence_start, sentence_end, confidence
    corpus_copies    corpus_event_id, article_id, of_article_id, source, url, article_date
                     (syndicated copies found by corpus.dedup: counted, not coded)

Writes are idempotent: an article whose id and content hash (text and metadata)
are already stored is left alone; the same id with a new hash replaces all of
that article's records. An article an annotator failed on is stored with the
records of the others and its ``warnings`` (in ``analysis``), under a hash
marked partial, so that the next ingest codes it again. Each batch is one
transaction, so a crash leaves no half-stored article and loses nothing already
committed.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError, StoreError
from .records import PLOVER_TYPES, Analysis, Article, Event

log = logging.getLogger("eventwire")

SCHEMA_VERSION = 2

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, date DATE, title VARCHAR, source VARCHAR, url VARCHAR,
    language VARCHAR, text VARCHAR, text_hash VARCHAR, coded_at TIMESTAMP, analysis JSON);
CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR, id VARCHAR, name VARCHAR, code VARCHAR, sectors VARCHAR[],
    kind VARCHAR, source VARCHAR);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, entity_id VARCHAR, text VARCHAR, start_char INTEGER,
    end_char INTEGER, kind VARCHAR, sentence INTEGER);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, id VARCHAR, event VARCHAR, mode VARCHAR, context VARCHAR[],
    aux VARCHAR[], date VARCHAR, date_origin VARCHAR, cameo VARCHAR, trigger_text VARCHAR,
    trigger_start INTEGER, trigger_end INTEGER, sentence_text VARCHAR,
    sentence_start INTEGER, sentence_end INTEGER, confidence DOUBLE, rule VARCHAR,
    quote_id VARCHAR, location_name VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
    location_country VARCHAR, location_geonameid BIGINT, location_feature VARCHAR,
    date_precision VARCHAR, date_start VARCHAR, date_end VARCHAR, date_rule VARCHAR,
    place_rule VARCHAR, location_basis VARCHAR);
CREATE TABLE IF NOT EXISTS event_actors (
    article_id VARCHAR, event_id VARCHAR, role VARCHAR, position INTEGER,
    entity_id VARCHAR, code VARCHAR, sectors VARCHAR[], text VARCHAR,
    start_char INTEGER, end_char INTEGER);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, id VARCHAR, kind VARCHAR, speaker_text VARCHAR,
    speaker_start INTEGER, speaker_end INTEGER, speaker_entity VARCHAR, cue_text VARCHAR,
    cue_start INTEGER, cue_end INTEGER, content_text VARCHAR, content JSON);
CREATE TABLE IF NOT EXISTS times (
    article_id VARCHAR, n INTEGER, text VARCHAR, start_char INTEGER, end_char INTEGER,
    type VARCHAR, value VARCHAR, end_value VARCHAR, anchor VARCHAR);
CREATE TABLE IF NOT EXISTS places (
    article_id VARCHAR, n INTEGER, text VARCHAR, start_char INTEGER, end_char INTEGER,
    name VARCHAR, lat DOUBLE, lon DOUBLE, country VARCHAR, geonameid BIGINT,
    feature VARCHAR);
CREATE TABLE IF NOT EXISTS claims (
    article_id VARCHAR, n INTEGER, kind VARCHAR, text VARCHAR, start_char INTEGER,
    end_char INTEGER, label VARCHAR);
CREATE TABLE IF NOT EXISTS ingest_errors (source VARCHAR, message VARCHAR, logged_at TIMESTAMP);
"""

# The event columns schema version 2 added (an event's date precision and period, and why
# its date and place were chosen), with where each is in the analysis JSON's event: an
# older store gets them when the new code first opens it for writing (``migrate``).
EVENT_COLUMNS_V2: tuple[tuple[str, str], ...] = (
    ("date_precision", "$.date_precision"),
    ("date_start", "$.date_start"),
    ("date_end", "$.date_end"),
    ("date_rule", "$.date_rule"),
    ("place_rule", "$.place_rule"),
    ("location_basis", "$.location.basis"),
)


def migrate(con: Any) -> None:
    """Bring a store made by an older schema version up to ``SCHEMA_VERSION``: add the
    missing event columns and fill them from each article's stored analysis."""
    have = {r[0] for r in con.execute("DESCRIBE events").fetchall()}
    missing = [(col, path) for col, path in EVENT_COLUMNS_V2 if col not in have]
    if not missing:
        return
    for col, _path in missing:
        con.execute(f"ALTER TABLE events ADD COLUMN {col} VARCHAR")
    sets = ", ".join(f"{col} = s.{col}" for col, _path in missing)
    picks = ", ".join(f"json_extract_string(ev, '{path}') AS {col}" for col, path in missing)
    con.execute(
        f"UPDATE events SET {sets} FROM ("
        f"  SELECT article_id, json_extract_string(ev, '$.id') AS event_id, {picks}"
        "   FROM (SELECT id AS article_id,"
        "         unnest(json_extract(analysis, '$.events[*]')) AS ev FROM articles)"
        ") s WHERE events.article_id = s.article_id AND events.id = s.event_id"
    )


RECORD_TABLES = (
    "entities",
    "mentions",
    "events",
    "event_actors",
    "quotes",
    "times",
    "places",
    "claims",
)
TABLES = ("articles", *RECORD_TABLES)


def content_hash(article: Article) -> str:
    """A hash of the article's text and metadata: equal hashes mean nothing changed."""
    raw = json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


# Marks the stored hash of an article an annotator failed on: it never equals the
# article's content hash, so the next ingest recodes it (with a fixed version, fully).
PARTIAL = "+partial"


def stored_hash(analysis: Analysis) -> str:
    """The hash stored with an analysis: its content hash, marked when it is partial."""
    digest = content_hash(analysis.article)
    return digest + PARTIAL if analysis.annotator_failures() else digest


# What the file system says when it has no room left (or the file may grow no more).
_FULL = ("no space left", "file too large", "disk quota", "not enough space")


def rollback(con: Any) -> None:
    """Roll back the open transaction; nothing to do when a failed COMMIT already ended it."""
    try:
        con.execute("ROLLBACK")
    except Exception:  # noqa: BLE001, S110 - no transaction left open: nothing to undo
        pass


def write_failure(path: str, action: str, exc: BaseException) -> StoreError:
    """The StoreError for a failed write: a full disk is named as such, with what to do."""
    text = " ".join(str(exc).split())
    if any(word in text.lower() for word in _FULL) or getattr(exc, "errno", None) in (27, 28):
        return StoreError(
            f"{path}: {action} failed: the disk is full or the file may grow no more ({text}); "
            "nothing of this batch was stored and everything committed before is intact; "
            "free some space and run the same command again to resume"
        )
    return StoreError(f"{path}: {action} failed and was rolled back ({text})")


@dataclass
class WriteStats:
    """What a write did: articles newly stored, replaced (changed), and left (unchanged)."""

    inserted: int = 0
    replaced: int = 0
    unchanged: int = 0

    def __iadd__(self, other: WriteStats) -> WriteStats:
        self.inserted += other.inserted
        self.replaced += other.replaced
        self.unchanged += other.unchanged
        return self


_FILTER_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def check_filter_type(value: str | None) -> str | None:
    """An event-type filter checked against the PLOVER ontology (upper-cased), or None."""
    if value is None:
        return None
    if value.strip().upper() not in PLOVER_TYPES:
        raise InputError(
            f"event type filter {value!r} is not a PLOVER event type; expected one of "
            f"{', '.join(PLOVER_TYPES)}"
        )
    return value.strip().upper()


def check_filter_date(name: str, value: str | None) -> str | None:
    """A ``since``/``until`` filter checked to be a calendar value YYYY[-MM[-DD]], or None."""
    if value is None:
        return None
    m = _FILTER_DATE.fullmatch(value.strip())
    try:
        if m is None:
            raise ValueError(value)
        year, month, day = (int(g) if g else 1 for g in m.groups())
        _dt.date(year, month, day)
    except ValueError:
        raise InputError(
            f"{name} date filter {value!r} is not a date; expected YYYY, YYYY-MM or "
            "YYYY-MM-DD (e.g. 2023-03-08)"
        ) from None
    return value.strip()


class Where:
    """A SQL condition built clause by clause, its parameters kept in order: the one
    place the filters of every event query (``Store.events``, ``store_queries``) are
    written as SQL."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        """Require ``clause``, with ``params`` for its placeholders."""
        self.clauses.append(clause)
        self.params.extend(params)

    def dates(self, column: str, since: str | None, until: str | None) -> None:
        """``column`` (a YYYY[-MM[-DD]] text) within ``since`` .. ``until``."""
        if since:
            self.add(f"{column} >= ?", since)
        if until:
            # a coarse date such as 2023-03 sorts before 2023-03-31, so compare prefixes
            self.add(f"substr({column}, 1, ?) <= ?", len(until), until)

    def one_of(self, column: str, values: Sequence[Any]) -> None:
        """``column`` is one of ``values`` (no condition when there are none)."""
        if values:
            self.add(f"{column} IN (SELECT unnest(?))", list(values))

    def aux(self, column: str, modes: Sequence[str]) -> None:
        """The list ``column`` holds every mode in ``modes``; ``none``: it is empty."""
        for mode in modes:
            if mode == "none":
                self.add(f"len(coalesce({column}, [])) = 0")
            else:
                self.add(f"list_contains({column}, ?)", mode)

    def at_least(self, column: str, value: float | None) -> None:
        """``column`` >= ``value`` (no condition when it is None)."""
        if value is not None:
            self.add(f"{column} >= ?", value)

    @property
    def sql(self) -> str:
        """The condition (``TRUE`` when there is none)."""
        return " AND ".join(self.clauses) or "TRUE"


@dataclass
class EventFilter:
    """Filters for event queries; None means no filter. Bad values raise InputError."""

    actor: str | None = None  # code prefix, e.g. USA or USAMIL
    recipient: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    article: str | None = None
    include_negated: bool = True
    min_confidence: float | None = None

    def __post_init__(self) -> None:
        self.type = check_filter_type(self.type)
        self.since = check_filter_date("since", self.since)
        self.until = check_filter_date("until", self.until)


def _rows(analysis: Analysis, digest: str, now: _dt.datetime) -> dict[str, list[tuple[Any, ...]]]:
    art = analysis.article
    aid = art.id
    rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in TABLES}
    rows["articles"].append(
        (
            aid,
            art.date,
            art.title,
            art.source,
            art.url,
            art.language,
            art.text,
            digest,
            now,
            analysis.to_json(),
        )
    )
    for ent in analysis.entities:
        rows["entities"].append(
            (aid, ent.id, ent.name, ent.code, list(ent.sectors), ent.kind, ent.source)
        )
        for m in ent.mentions:
            rows["mentions"].append((aid, ent.id, m.text, m.start, m.end, m.kind, m.sentence))
    for ev in analysis.events:
        loc = ev.location
        rows["events"].append(
            (
                aid,
                ev.id,
                ev.event,
                ev.mode,
                list(ev.context),
                list(ev.aux),
                ev.date,
                ev.date_origin,
                ev.cameo,
                ev.trigger.text,
                ev.trigger.start,
                ev.trigger.end,
                ev.sentence.text,
                ev.sentence.start,
                ev.sentence.end,
                ev.confidence,
                ev.rule,
                ev.quote,
                loc.name if loc else None,
                loc.lat if loc else None,
                loc.lon if loc else None,
                loc.country if loc else None,
                loc.geonameid if loc else None,
                loc.feature if loc else None,
                ev.date_precision,
                ev.date_start,
                ev.date_end,
                ev.date_rule,
                ev.place_rule,
                loc.basis if loc else None,
            )
        )
        for role, refs in (("actor", ev.actor), ("recipient", ev.recipient)):
            for pos, ref in enumerate(refs):
                rows["event_actors"].append(
                    (
                        aid,
                        ev.id,
                        role,
                        pos,
                        ref.entity,
                        ref.code,
                        list(ref.sectors),
                        ref.text,
                        ref.start,
                        ref.end,
                    )
                )
    for q in analysis.quotes:
        sp, cue = q.speaker, q.cue
        rows["quotes"].append(
            (
                aid,
                q.id,
                q.kind,
                sp.text if sp else None,
                sp.start if sp else None,
                sp.end if sp else None,
                sp.entity if sp else None,
                cue.text if cue else None,
                cue.start if cue else None,
                cue.end if cue else None,
                " … ".join(c.text for c in q.content),
                json.dumps([c.to_dict() for c in q.content]),
            )
        )
    for n, t in enumerate(analysis.times):
        rows["times"].append(
            (aid, n, t.text, t.start, t.end, t.type, t.value, t.end_value, t.anchor)
        )
    for n, p in enumerate(analysis.places):
        rows["places"].append(
            (
                aid,
                n,
                p.text,
                p.start,
                p.end,
                p.name,
                p.lat,
                p.lon,
                p.country,
                p.geonameid,
                p.feature,
            )
        )
    for n, c in enumerate(analysis.claims):
        rows["claims"].append((aid, n, c.kind, c.text, c.start, c.end, c.label))
    return rows


class Store:
    """A DuckDB event store. Use as a context manager, or call ``close()``.

    DuckDB lets one process write a file and no other process read it meanwhile, so a
    long job (``ingest``) can ``release()`` the file between batches: the next use of
    ``con`` opens it again, waiting up to ``lock_timeout`` seconds while another
    process (``serve`` taking a snapshot) holds it.
    """

    def __init__(
        self, path: str | Path, read_only: bool = False, lock_timeout: float = 30.0
    ) -> None:
        self.path = str(path)
        self.read_only = read_only
        self.lock_timeout = lock_timeout
        self._con: Any = None
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database; create it with 'eventwire ingest'")
        self._con = self._connect()
        try:
            if not read_only:
                self._con.execute(SCHEMA)
                migrate(self._con)
                self._con.execute(CORPUS_SCHEMA)
                self._con.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                    [str(SCHEMA_VERSION)],
                )
                self.ensure_index()
            else:
                self._con.execute("SELECT count(*) FROM articles")
        except Exception as exc:
            self._con.close()
            raise StoreError(
                f"{self.path}: cannot open as an eventwire DuckDB store ({exc}); "
                "expected a database made by 'eventwire ingest' or a new file path"
            ) from None

    def _connect(self) -> Any:
        import time

        import duckdb

        deadline = time.monotonic() + self.lock_timeout
        while True:
            try:
                return duckdb.connect(self.path, read_only=self.read_only)
            except duckdb.Error as exc:
                locked = "lock" in str(exc).lower()
                if locked and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                if locked:
                    raise StoreError(
                        f"{self.path}: in use by another process for {self.lock_timeout:g} s "
                        f"({exc}); wait for it to finish or stop it"
                    ) from None
                raise StoreError(
                    f"{self.path}: cannot open as an eventwire DuckDB store ({exc}); "
                    "expected a database made by 'eventwire ingest' or a new file path"
                ) from None

    @property
    def con(self) -> Any:
        """The DuckDB connection, opened again if ``release()`` closed it."""
        if self._con is None:
            self._con = self._connect()
        return self._con

    def release(self) -> None:
        """Close the file until the next use, so other processes may open it meanwhile."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def close(self) -> None:
        """Close the store; a failure to flush on closing (a full disk) loses nothing
        committed, so it is logged, not raised over the error that caused it."""
        try:
            self.release()
        except Exception as exc:  # noqa: BLE001 - duckdb raises several kinds
            self._con = None
            log.warning("%s: closing the store failed (%s)", self.path, exc)

    def live(self) -> Any:
        """An object with ``execute`` that always runs on the current connection.

        For helpers that keep a connection (the duplicate index) across ``release()``.
        """
        store = self

        class _Live:
            def execute(self, *args: Any) -> Any:
                return store.con.execute(*args)

        return _Live()

    def ensure_index(self) -> None:
        """Build the full-text index (``eventwire.search``) if this store lacks it."""
        from . import search

        if search.has_index(self._con):
            return
        self._con.execute("BEGIN TRANSACTION")
        try:
            search.rebuild(self._con, self.analyses(), self._insert)
            self._con.execute("COMMIT")
        except Exception:
            self._con.execute("ROLLBACK")
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------

    def stored_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        """The stored content hash of each of these article ids that is in the store."""
        if not ids:
            return {}
        res = self.con.execute(
            "SELECT id, text_hash FROM articles WHERE id IN (SELECT unnest(?))", [list(ids)]
        ).fetchall()
        return {r[0]: r[1] for r in res}

    def is_current(self, article: Article) -> bool:
        """True when this exact article (same id, text and metadata) is already stored."""
        return self.stored_hashes([article.id]).get(article.id) == content_hash(article)

    def write(
        self, analyses: Iterable[Analysis], also: Sequence[tuple[str, list[Any]]] = ()
    ) -> WriteStats:
        """Store a batch of analyses in one transaction (idempotent, see module docstring).

        ``also``: more statements (SQL, parameters) committed in the same transaction,
        such as the near-duplicate fingerprints of these articles."""
        batch = list(analyses)
        from . import search

        stats = WriteStats()
        if not batch and not also:
            return stats
        # The last occurrence of an id in a batch wins, as if written one after the other.
        by_id: dict[str, Analysis] = {}
        for a in batch:
            by_id[a.article.id] = a
        stored = self.stored_hashes(list(by_id))
        now = _dt.datetime.now(_dt.UTC).replace(tzinfo=None)
        rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in TABLES}
        terms: list[tuple[str, str, str, int]] = []
        replace: list[str] = []
        for aid, analysis in by_id.items():
            digest = stored_hash(analysis)
            if stored.get(aid) == digest:
                stats.unchanged += 1
                continue
            if aid in stored:
                replace.append(aid)
                stats.replaced += 1
            else:
                stats.inserted += 1
            for table, table_rows in _rows(analysis, digest, now).items():
                rows[table].extend(table_rows)
            terms.extend(search.rows(analysis))
        if not replace and not rows["articles"] and not also:
            return stats
        con = self.con
        try:
            con.execute("BEGIN TRANSACTION")
            if replace:
                for table in (*RECORD_TABLES, "search_terms"):
                    con.execute(
                        f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [replace]
                    )
                con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [replace])
            for table in TABLES:
                if rows[table]:
                    self._insert(table, rows[table])
            if terms:
                self._insert("search_terms", terms)
            for sql, params in also:
                con.execute(sql, params)
            con.execute("COMMIT")
        except Exception as exc:
            rollback(con)
            raise write_failure(self.path, "write", exc) from exc
        return stats

    def _insert(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        import pyarrow as pa

        cols = [c[0] for c in self.con.execute(f"DESCRIBE {table}").fetchall()]
        arrow = pa.table({c: [r[i] for r in rows] for i, c in enumerate(cols)})
        self.con.register("_ew_rows", arrow)
        try:
            self.con.execute(f"INSERT INTO {table} SELECT * FROM _ew_rows")
        finally:
            self.con.unregister("_ew_rows")

    def log_error(self, source: str, message: str) -> None:
        """Record an input that could not be ingested."""
        now = _dt.datetime.now(_dt.UTC).replace(tzinfo=None)
        try:
            self.con.execute("INSERT INTO ingest_errors VALUES (?, ?, ?)", [source, message, now])
        except Exception as exc:  # noqa: BLE001 - duckdb raises several kinds
            raise write_failure(self.path, "recording an input error", exc) from exc

    # --- reading ---------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Row counts of every record table."""
        out = {}
        for table in TABLES:
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def analyses(self, ids: Sequence[str] | None = None) -> Iterator[Analysis]:
        """Stored analyses (all, or those of ``ids``), in article id order."""
        sql = "SELECT analysis, text FROM articles"
        params: list[Any] = []
        if ids is not None:
            sql += " WHERE id IN (SELECT unnest(?))"
            params.append(list(ids))
        sql += " ORDER BY id"
        cur = self.con.execute(sql, params)
        while True:
            chunk = cur.fetchmany(256)
            if not chunk:
                break
            for raw, text in chunk:
                yield Analysis.from_json(raw, text=text)

    def events(self, flt: EventFilter | None = None) -> Iterator[tuple[Analysis, Event]]:
        """Events matching ``flt``, each with its article's analysis, by date then id."""
        flt = flt or EventFilter()
        where = Where()
        if flt.type:
            where.add("e.event = ?", flt.type.upper())
        for role, code in (("actor", flt.actor), ("recipient", flt.recipient)):
            if code:
                where.add(
                    "EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = e.article_id"
                    " AND x.event_id = e.id AND x.role = ?"
                    " AND (x.code || coalesce(array_to_string(x.sectors, ''), '')) LIKE ?)",
                    role,
                    code.upper() + "%",
                )
        where.dates("coalesce(e.date, CAST(a.date AS VARCHAR))", flt.since, flt.until)
        if flt.article:
            where.add("e.article_id = ?", flt.article)
        if not flt.include_negated:
            where.add("NOT list_contains(e.aux, 'negation')")
        where.at_least(
            "e.confidence", None if flt.min_confidence is None else float(flt.min_confidence)
        )
        sql = (
            "SELECT e.article_id, e.id FROM events e JOIN articles a ON a.id = e.article_id "
            f"WHERE {where.sql} "
            "ORDER BY coalesce(e.date, CAST(a.date AS VARCHAR)), e.article_id, "
            "try_cast(substr(e.id, 3) AS INTEGER), e.id"
        )
        hits = self.con.execute(sql, where.params).fetchall()
        cache: dict[str, Analysis] = {}
        for aid, eid in hits:
            if aid not in cache:
                if len(cache) > 512:
                    cache.clear()
                cache.update({a.article.id: a for a in self.analyses([aid])})
            analysis = cache[aid]
            for ev in analysis.events:
                if ev.id == eid:
                    yield analysis, ev
                    break


# === corpus level: events clustered across articles (eventwire.corpus.cluster) ==========
# Rebuilt as a whole by one pass in one transaction, so a crash leaves the previous
# clustering in place; ``meta.corpus_state`` records which state of the mention tables
# it was built from, so a later ingest knows whether to rebuild.

CORPUS_SCHEMA = """
CREATE TABLE IF NOT EXISTS corpus_events (
    id VARCHAR PRIMARY KEY, event VARCHAR, aux VARCHAR[], date VARCHAR, cameo VARCHAR,
    actor_codes VARCHAR[], recipient_codes VARCHAR[], location_name VARCHAR,
    location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
    location_geonameid BIGINT, location_feature VARCHAR, num_mentions INTEGER,
    num_sources INTEGER, num_articles INTEGER, first_article_id VARCHAR,
    first_event_id VARCHAR, first_report_date VARCHAR, first_source VARCHAR,
    first_url VARCHAR, confidence DOUBLE, window_days INTEGER, clustered_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS corpus_mentions (
    corpus_event_id VARCHAR, position INTEGER, article_id VARCHAR, event_id VARCHAR,
    source VARCHAR, url VARCHAR, article_date VARCHAR, date VARCHAR, trigger_text VARCHAR,
    trigger_start INTEGER, trigger_end INTEGER, sentence_start INTEGER,
    sentence_end INTEGER, confidence DOUBLE);
CREATE TABLE IF NOT EXISTS corpus_copies (
    corpus_event_id VARCHAR, article_id VARCHAR, of_article_id VARCHAR, source VARCHAR,
    url VARCHAR, article_date VARCHAR);
"""
CORPUS_TABLES = ("corpus_events", "corpus_mentions", "corpus_copies")


@dataclass
class CorpusFilter:
    """Filters for corpus-level event queries; None means no filter."""

    actor: str | None = None  # code prefix over any actor code of the event
    recipient: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    min_mentions: int = 1
    include_negated: bool = True

    def __post_init__(self) -> None:
        self.type = check_filter_type(self.type)
        self.since = check_filter_date("since", self.since)
        self.until = check_filter_date("until", self.until)
        if self.min_mentions < 1:
            raise InputError(
                f"min_mentions filter {self.min_mentions}; expected a whole number of 1 or more"
            )


def _corpus_state(store: Store) -> str:
    row = store.con.execute(
        "SELECT count(*), CAST(max(coded_at) AS VARCHAR), "
        "(SELECT count(*) FROM events) FROM articles"
    ).fetchone()
    state = f"{row[0]}:{row[1]}:{row[2]}" if row else "0"
    if _has_table(store, "article_sources"):  # a new syndicated copy changes the counts
        copies = store.con.execute("SELECT count(*) FROM article_sources").fetchone()
        state += f":{copies[0] if copies else 0}"
    return state


def _has_corpus_tables(store: Store) -> bool:
    row = store.con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'corpus_events'"
    ).fetchone()
    return bool(row and row[0])


def corpus_stale(store: Store) -> bool:
    """True when events were stored or replaced since the last clustering pass."""
    row = store.con.execute("SELECT value FROM meta WHERE key = 'corpus_state'").fetchone()
    return (row[0] if row else None) != _corpus_state(store)


def event_mentions(store: Store) -> Iterator[Any]:
    """Every stored event as an ``EventMention``, read with SQL (no JSON decoding)."""
    from .corpus.cluster import EventMention, LocKey, side

    sides: dict[tuple[str, str, str], list[tuple[str | None, list[str]]]] = {}
    for aid, eid, role, code, sectors in store.con.execute(
        "SELECT article_id, event_id, role, code, sectors FROM event_actors"
    ).fetchall():
        sides.setdefault((aid, eid, role), []).append((code, list(sectors or [])))
    cur = store.con.execute(
        "SELECT e.article_id, e.id, e.event, e.aux, e.date, e.cameo, e.trigger_text, "
        "e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end, e.confidence, "
        "e.location_name, e.location_country, e.location_lat, e.location_lon, "
        "e.location_geonameid, e.location_feature, a.source, CAST(a.date AS VARCHAR), a.url "
        "FROM events e JOIN articles a ON a.id = e.article_id"
    )
    while True:
        chunk = cur.fetchmany(4096)
        if not chunk:
            break
        for r in chunk:
            aid, eid = r[0], r[1]
            has_loc = r[12] is not None or r[13] is not None or r[16] is not None
            yield EventMention(
                article_id=aid,
                event_id=eid,
                event=r[2],
                aux=tuple(sorted(set(r[3] or []))),
                date=r[4] or r[19],
                actors=side(sides.get((aid, eid, "actor"), [])),
                recipients=side(sides.get((aid, eid, "recipient"), [])),
                location=(
                    LocKey(
                        geonameid=r[16],
                        name=r[12],
                        country=r[13],
                        feature=r[17],
                        lat=r[14],
                        lon=r[15],
                    )
                    if has_loc
                    else None
                ),
                source=r[18],
                article_date=r[19],
                url=r[20],
                cameo=r[5],
                trigger_text=r[6] or "",
                trigger_start=r[7] or 0,
                trigger_end=r[8] or 0,
                sentence_start=r[9] or 0,
                sentence_end=r[10] or 0,
                confidence=r[11] if r[11] is not None else 0.5,
            )


def _has_table(store: Store, name: str) -> bool:
    row = store.con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
    ).fetchone()
    return bool(row and row[0])


def article_copies(store: Store) -> dict[str, list[Any]]:
    """Syndicated copies of stored articles (``corpus.dedup``'s table), by original id."""
    from .corpus.cluster import Copy

    if not _has_table(store, "article_sources"):
        return {}
    out: dict[str, list[Copy]] = {}
    for aid, copy_id, source, url, date in store.con.execute(
        "SELECT article_id, copy_id, source, url, date FROM article_sources "
        "WHERE kind <> 'original' AND copy_id <> article_id ORDER BY article_id, copy_id"
    ).fetchall():
        out.setdefault(aid, []).append(Copy(copy_id, aid, source, url, date))
    return out


def write_corpus_events(store: Store, events: Iterable[Any], window_days: int) -> int:
    """Replace the stored clustering with ``events`` (``CorpusEvent``s) in one transaction."""
    now = _dt.datetime.now(_dt.UTC).replace(tzinfo=None)
    ev_rows: list[tuple[Any, ...]] = []
    m_rows: list[tuple[Any, ...]] = []
    c_rows: list[tuple[Any, ...]] = []
    for ce in events:
        for c in ce.copies:
            c_rows.append((ce.id, c.article_id, c.of_article_id, c.source, c.url, c.article_date))
        loc, first = ce.location, ce.first
        ev_rows.append(
            (ce.id, ce.event, list(ce.aux), ce.date, ce.cameo, list(ce.actor_codes),
             list(ce.recipient_codes), loc.name if loc else None, loc.country if loc else None,
             loc.lat if loc else None, loc.lon if loc else None,
             loc.geonameid if loc else None, loc.feature if loc else None, ce.num_mentions,
             ce.num_sources, ce.num_articles, first.article_id, first.event_id,
             first.article_date, first.source, first.url, ce.confidence, window_days, now)
        )  # fmt: skip
        for pos, m in enumerate(ce.mentions):
            m_rows.append(
                (ce.id, pos, m.article_id, m.event_id, m.source, m.url, m.article_date, m.date,
                 m.trigger_text, m.trigger_start, m.trigger_end, m.sentence_start,
                 m.sentence_end, m.confidence)
            )  # fmt: skip
    con = store.con
    try:
        con.execute("BEGIN TRANSACTION")
        con.execute(CORPUS_SCHEMA)
        for table in CORPUS_TABLES:
            con.execute(f"DELETE FROM {table}")
        if ev_rows:
            store._insert("corpus_events", ev_rows)
        if m_rows:
            store._insert("corpus_mentions", m_rows)
        if c_rows:
            store._insert("corpus_copies", c_rows)
        con.execute(
            "INSERT OR REPLACE INTO meta VALUES ('corpus_state', ?)", [_corpus_state(store)]
        )
        con.execute("COMMIT")
    except Exception as exc:
        rollback(con)
        raise write_failure(store.path, "clustering write", exc) from exc
    return len(ev_rows)


def corpus_events(store: Store, flt: CorpusFilter | None = None) -> Iterator[Any]:
    """Stored corpus-level events (``CorpusEvent``, mentions included) by date then id."""
    from .corpus.cluster import Copy, CorpusEvent, EventMention, LocKey

    if not _has_corpus_tables(store):
        return
    flt = flt or CorpusFilter()
    where: list[str] = ["num_mentions >= ?"]
    params: list[Any] = [flt.min_mentions]
    if flt.type:
        where.append("event = ?")
        params.append(flt.type.upper())
    for col, code in (("actor_codes", flt.actor), ("recipient_codes", flt.recipient)):
        if code:
            where.append(f"len(list_filter({col}, lambda x: x LIKE ?)) > 0")
            params.append(code.upper() + "%")
    if flt.since:
        where.append("date >= ?")
        params.append(flt.since)
    if flt.until:
        where.append("substr(date, 1, ?) <= ?")
        params.extend([len(flt.until), flt.until])
    if not flt.include_negated:
        where.append("NOT list_contains(aux, 'negation')")
    rows = store.con.execute(
        "SELECT id, event, aux, date, cameo, actor_codes, recipient_codes, location_name, "
        "location_country, location_lat, location_lon, location_geonameid, location_feature "
        f"FROM corpus_events WHERE {' AND '.join(where)} ORDER BY date NULLS LAST, id",
        params,
    ).fetchall()
    for start in range(0, len(rows), 512):
        chunk = rows[start : start + 512]
        mentions: dict[str, list[EventMention]] = {}
        for r in store.con.execute(
            "SELECT corpus_event_id, article_id, event_id, source, url, article_date, date, "
            "trigger_text, trigger_start, trigger_end, sentence_start, sentence_end, confidence "
            "FROM corpus_mentions WHERE corpus_event_id IN (SELECT unnest(?)) "
            "ORDER BY corpus_event_id, position",
            [[r[0] for r in chunk]],
        ).fetchall():
            mentions.setdefault(r[0], []).append(
                EventMention(
                    article_id=r[1], event_id=r[2], event="", source=r[3], url=r[4],
                    article_date=r[5], date=r[6], trigger_text=r[7] or "",
                    trigger_start=r[8] or 0, trigger_end=r[9] or 0, sentence_start=r[10] or 0,
                    sentence_end=r[11] or 0, confidence=r[12] if r[12] is not None else 0.5,
                )
            )  # fmt: skip
        copies: dict[str, list[Copy]] = {}
        if _has_table(store, "corpus_copies"):
            for r in store.con.execute(
                "SELECT corpus_event_id, article_id, of_article_id, source, url, article_date "
                "FROM corpus_copies WHERE corpus_event_id IN (SELECT unnest(?)) "
                "ORDER BY corpus_event_id, article_id",
                [[r[0] for r in chunk]],
            ).fetchall():
                copies.setdefault(r[0], []).append(Copy(*r[1:]))
        for r in chunk:
            has_loc = r[7] is not None or r[8] is not None or r[11] is not None
            ms = mentions.get(r[0], [])
            for m in ms:
                m.event = r[1]
            yield CorpusEvent(
                id=r[0], event=r[1], aux=list(r[2] or []), date=r[3], cameo=r[4],
                actor_codes=list(r[5] or []), recipient_codes=list(r[6] or []),
                location=LocKey(r[11], r[7], r[8], r[12], r[9], r[10]) if has_loc else None,
                mentions=ms, copies=copies.get(r[0], []),
            )  # fmt: skip


# === end of the corpus-level block =======================================================
