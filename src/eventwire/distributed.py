"""The distributed runner: the same Coder on a Ray cluster, writing Parquet shards.

``run`` reads JSON Lines or Parquet inputs with Ray Data, codes them in a pool of
Ray actors (one ``Coder``, so one spaCy load, per actor) and writes, for each
batch, one Parquet *shard* per store table. ``load`` brings a folder of shards
into a DuckDB store. Install Ray with ``pip install -e '.[ray]'``.

Shard layout (``--out DIR``)::

    DIR/articles/part-HASH.parquet      DIR/events/part-HASH.parquet
    DIR/entities/part-HASH.parquet      DIR/event_actors/part-HASH.parquet
    DIR/mentions/part-HASH.parquet      DIR/quotes/part-HASH.parquet
    DIR/times/part-HASH.parquet         DIR/places/part-HASH.parquet
    DIR/claims/part-HASH.parquet        DIR/ingest_errors/part-HASH.parquet
    DIR/_manifest.json                  (the run's summary, written last)
    DIR/_actors/HOST-PID.json           (each Coder actor: host, pid, when it was ready)

Each table folder holds rows with exactly the columns and types of the store
table of the same name (see ``eventwire.store``), so DuckDB or Spark can query the
folder directly, e.g. ``SELECT event, count(*) FROM 'DIR/events/*.parquet' GROUP BY 1``.
One batch makes the same ``part-HASH`` name in every folder; ``HASH`` is a digest
of the batch's article ids and content hashes, so re-running a batch (a retried
Ray task, a re-run job) rewrites the same files. Each file is written to a
temporary name and renamed, the articles file last; ``load`` skips, with a warning
naming the file, any shard left half-written or incomplete by a killed run (or an
interrupted copy), so its articles are coded again by the next run.

``load`` is idempotent: for each article id it takes one shard's copy (the most
recently coded), skips it when the store holds the same content hash, replaces
the stored records when the hash differs, and inserts it otherwise: all in one
transaction.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .errors import EventwireError, InputError
from .store import TABLES, Store, WriteStats, content_hash, rollback, write_failure

log = logging.getLogger("eventwire")

SHARD_TABLES: tuple[str, ...] = (*TABLES, "ingest_errors")
INPUT_SUFFIXES = (".jsonl", ".ndjson", ".parquet")
# Reading is light I/O: a fraction of a CPU, so a cluster whose CPUs all hold Coder
# actors still schedules its reads.
_READ_CPUS = 0.1


@dataclass
class RunSummary:
    """What a distributed run did."""

    articles: int = 0
    events: int = 0
    errors: int = 0
    shards: int = 0
    seconds: float = 0.0
    workers: int = 1


# --- one batch: code and write a shard ----------------------------------------------------


def _articles_from_rows(
    rows: Iterable[Mapping[str, Any]],
    date: str | None,
    on_error: Any,
    languages: tuple[str, ...] = (),
) -> Iterator[Any]:
    """Articles from input rows: ``{"line": raw JSONL}`` or Parquet columns.

    Each article is finished as the local readers finish theirs (dateline, date origin,
    language check: ``eventwire.ingest.complete`` and ``check_language``), so both
    engines store the same records.
    """
    from .coder import make_article
    from .ingest import check_language, complete

    for row in rows:
        # Ray Data gives no line numbers: name the file and show the line's start instead
        if "line" in row and "text" not in row:
            where = f"{row.get('_path') or 'input'}: line {str(row['line'])[:40]!r}"
        else:
            where = f"{row.get('_path') or 'input'}: row with id {row.get('id')!r}"
        try:
            if "line" in row and "text" not in row:
                raw = row["line"]
                if not raw or not str(raw).strip():
                    continue
                try:
                    obj = json.loads(raw)
                except json.JSONDecodeError as exc:
                    raise InputError(
                        f"{where}: not valid JSON ({exc.msg} at column {exc.colno})"
                    ) from None
                if not isinstance(obj, dict):
                    raise InputError(
                        f"{where}: a JSON {type(obj).__name__}; expected an object with 'text'"
                    )
            else:
                obj = {k: v for k, v in row.items() if not k.startswith("_")}
            item = check_language(complete(make_article(obj, date=date, where=where)), languages)
            if isinstance(item, EventwireError):
                raise item
            yield item
        except EventwireError as exc:
            on_error(where, exc)


def shard_name(analyses: list[Any], errors: Iterable[tuple[str, str]] = ()) -> str:
    """The shard name of a batch: a digest of its article ids, content hashes and errors."""
    h = hashlib.sha1()
    for key in sorted(f"{a.article.id}\x00{content_hash(a.article)}" for a in analyses):
        h.update(key.encode("utf-8", "surrogatepass") + b"\x01")
    for source, message in sorted(errors):
        h.update(f"!{source}\x00{message}".encode("utf-8", "surrogatepass") + b"\x01")
    return "part-" + h.hexdigest()[:20]


def write_shard(out: str | Path, analyses: list[Any], errors: list[tuple[str, str]]) -> str:
    """Write one batch's records as one Parquet file per store table; returns the shard name."""
    out = Path(out)
    name = shard_name(analyses, errors)
    # An in-memory store gives the shard exactly the rows and types the DuckDB store holds.
    with Store(":memory:") as mem:
        mem.write(analyses)
        for source, message in errors:
            mem.log_error(source, message)
        # articles last: a shard with its articles file is complete (load checks it too)
        for table in sorted(SHARD_TABLES, key=lambda t: t == "articles"):
            folder = out / table
            folder.mkdir(parents=True, exist_ok=True)
            final = folder / f"{name}.parquet"
            tmp = folder / f".{name}.{os.getpid()}.tmp"
            mem.con.execute(f"COPY (SELECT * FROM {table}) TO '{_sql_path(tmp)}' (FORMAT parquet)")
            os.replace(tmp, final)
    return name


def _sql_path(p: Path) -> str:
    return str(p).replace("'", "''")


class CoderActor:
    """A Ray actor: one Coder, coding batches and writing their shards."""

    def __init__(self, settings: dict[str, Any], out: str, date: str | None = None) -> None:
        import socket

        from .coder import Coder

        t0 = time.time()
        self.coder = Coder(settings)
        self.out = out
        self.date = date
        # who ran and when it was ready: for diagnostics and for timing the coding alone
        folder = Path(out) / "_actors"
        folder.mkdir(parents=True, exist_ok=True)
        ready = time.time()
        info = {"host": socket.gethostname(), "pid": os.getpid(), "ready": ready}
        info["load_seconds"] = ready - t0
        (folder / f"{info['host']}-{info['pid']}.json").write_text(json.dumps(info))

    def __call__(self, batch: Any) -> dict[str, list[Any]]:
        rows = batch.to_pylist() if hasattr(batch, "to_pylist") else _dict_rows(batch)
        errors: list[tuple[str, str]] = []

        def on_error(where: Any, exc: EventwireError) -> None:
            src = where if isinstance(where, str) else getattr(where, "id", "article")
            errors.append((str(src), str(exc)))

        languages = tuple(self.coder.settings.get("languages") or ())
        arts = list(_articles_from_rows(rows, self.date, on_error, languages))
        analyses = list(self.coder.pipe(arts, on_error=on_error))
        name = write_shard(self.out, analyses, errors) if analyses or errors else ""
        return {
            "shard": [name],
            "articles": [len(analyses)],
            "events": [sum(len(a.events) for a in analyses)],
            "errors": [len(errors)],
        }


def actors_ready(out: str | Path) -> list[float]:
    """When each Coder actor of a run into ``out`` had loaded (seconds since the epoch)."""
    folder = Path(out) / "_actors"
    times = []
    for f in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            times.append(float(json.loads(f.read_text())["ready"]))
        except (OSError, ValueError, KeyError):
            continue
    return times


def _dict_rows(batch: Mapping[str, Any]) -> list[dict[str, Any]]:
    cols = list(batch)
    n = len(batch[cols[0]]) if cols else 0
    return [{c: _plain(batch[c][i]) for c in cols} for i in range(n)]


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


# --- the driver -----------------------------------------------------------------------------


def _dataset(paths: list[str]) -> Any:
    import ray.data

    def remote(p: str) -> bool:  # s3://, gs://, hdfs://: Ray Data reads them itself
        return "://" in p

    jsonl = [p for p in paths if Path(p).suffix.lower() in (".jsonl", ".ndjson")]
    parquet = [
        p
        for p in paths
        if p not in jsonl
        and (Path(p).suffix.lower() == ".parquet" or Path(p).is_dir() or remote(p))
    ]
    other = [p for p in paths if p not in jsonl and p not in parquet]
    if other:
        raise InputError(
            f"{other[0]}: the Ray runner reads JSON Lines (.jsonl) or Parquet (.parquet, or a "
            "folder of them); convert other inputs or use the local engine"
        )
    for p in paths:
        if not remote(p) and not Path(p).exists():
            raise InputError(f"{p}: no such file or folder")
    parts = []
    if jsonl:
        # Raw lines, parsed in the actor: a bad line is reported like the local reader does,
        # and no schema is inferred across files.
        parts.append(
            ray.data.read_text(
                jsonl, drop_empty_lines=True, include_paths=True, num_cpus=_READ_CPUS
            ).rename_columns({"text": "line", "path": "_path"})
        )
    if parquet:
        parts.append(ray.data.read_parquet(parquet, num_cpus=_READ_CPUS))
    ds = parts[0]
    for extra in parts[1:]:
        ds = ds.union(extra)
    return ds


def run(
    paths: Iterable[str],
    out: str | Path,
    address: str = "local",
    workers: int = 2,
    batch_size: int = 64,
    settings: Mapping[str, Any] | None = None,
    date: str | None = None,
) -> RunSummary:
    """Code JSONL/Parquet inputs on Ray with ``workers`` Coder actors; write shards to ``out``."""
    try:
        import ray
    except ImportError:
        raise InputError(
            "--engine ray needs Ray: pip install 'eventwire[ray]' (ray[data]==2.60.0)"
        ) from None
    from .settings import Settings

    Settings(settings)  # fail on a bad setting here, not inside every actor
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    started_here = False
    if not ray.is_initialized():
        if address == "local":
            # one CPU per Coder actor plus one for reading, or the actors starve the reader
            ray.init(num_cpus=workers + 1, include_dashboard=False, log_to_driver=False)
        else:
            ray.init(address=address, log_to_driver=False)
        started_here = True
    import logging

    # the summary line is ours; Ray Data's progress bars and logs would drown it
    ray.data.DataContext.get_current().enable_progress_bars = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    t0 = time.perf_counter()
    try:
        ds = _dataset([str(p) for p in paths]).map_batches(
            CoderActor,
            fn_constructor_kwargs={
                "settings": dict(settings or {}),
                "out": str(out.resolve()),
                "date": date,
            },
            batch_size=batch_size,
            compute=ray.data.ActorPoolStrategy(size=workers),
            num_cpus=1,
            batch_format="pyarrow",
        )
        summary = RunSummary(workers=workers)
        shards: set[str] = set()
        for row in ds.iter_rows():
            summary.articles += int(row["articles"])
            summary.events += int(row["events"])
            summary.errors += int(row["errors"])
            if row["shard"]:
                shards.add(row["shard"])
        summary.shards = len(shards)
        summary.seconds = time.perf_counter() - t0
    finally:
        if started_here:
            ray.shutdown()
    (out / "_manifest.json").write_text(
        json.dumps({**asdict(summary), "inputs": [str(p) for p in paths]}, indent=2) + "\n",
        encoding="utf-8",
    )
    return summary


# --- loading shards into a store ------------------------------------------------------------


def complete_shards(folder: str | Path, on_skip: Callable[[str], None]) -> list[str]:
    """The names of the shards in ``folder`` whose every table file is a whole Parquet
    file; each other shard is reported to ``on_skip`` (naming the file) and left out."""
    import pyarrow.parquet as pq

    folder = Path(folder)
    good: list[str] = []
    for path in sorted((folder / "articles").glob("*.parquet")):
        name = path.stem
        for table in SHARD_TABLES:
            part = folder / table / f"{name}.parquet"
            try:
                pq.ParquetFile(part).metadata  # noqa: B018 - reads the footer: whole or not
            except FileNotFoundError:
                problem = f"{part}: missing, so shard {name} is incomplete"
            except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds
                problem = f"{part}: not a complete Parquet file ({type(exc).__name__}: {exc})"
            else:
                continue
            on_skip(
                f"{problem}; skipped the whole shard (a killed run leaves such files); "
                "its articles are coded again by the next ingest"
            )
            break
        else:
            good.append(name)
    return good


def load(
    folder: str | Path, store: Store, on_skip: Callable[[str], None] | None = None
) -> WriteStats:
    """Bring a folder of shards into ``store`` (idempotent; one transaction). A shard
    with a half-written or missing file is skipped and reported to ``on_skip``."""
    folder = Path(folder)
    if not (folder / "articles").is_dir():
        raise InputError(
            f"{folder}: no articles/ shards; expected the --out folder of 'ingest --engine ray'"
        )
    con = store.con
    stats = WriteStats()
    shards = complete_shards(folder, on_skip or (lambda msg: log.warning("%s", msg)))

    def src(table: str) -> str | None:
        files = [folder / table / f"{name}.parquet" for name in shards]
        files = [f for f in files if f.exists()]
        if not files:
            return None
        listed = ", ".join(f"'{_sql_path(f)}'" for f in files)
        return (
            f"(SELECT *, regexp_extract(filename, '[^/]+$') AS _shard FROM "
            f"read_parquet([{listed}], filename=true))"
        )

    articles = src("articles")
    if articles is None:
        return stats
    try:
        con.execute("BEGIN TRANSACTION")
        # one copy per article id: the most recently coded, then the last shard name
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _ew_pick AS SELECT p.id, p._shard, "
            "CASE WHEN s.id IS NULL THEN 'new' WHEN s.text_hash = p.text_hash THEN 'same' "
            "ELSE 'changed' END AS status FROM (SELECT id, text_hash, _shard, row_number() OVER "
            f"(PARTITION BY id ORDER BY coded_at DESC, _shard DESC) AS rn FROM {articles}) p "
            "LEFT JOIN articles s ON s.id = p.id WHERE p.rn = 1"
        )
        for status, n in con.execute("SELECT status, count(*) FROM _ew_pick GROUP BY 1").fetchall():
            if status == "new":
                stats.inserted = n
            elif status == "same":
                stats.unchanged = n
            else:
                stats.replaced = n
        for table in TABLES:
            key = "id" if table == "articles" else "article_id"
            con.execute(
                f"DELETE FROM {table} WHERE {key} IN "
                "(SELECT id FROM _ew_pick WHERE status = 'changed')"
            )
        for table in TABLES:
            source = src(table)
            if source is None:
                continue
            key = "id" if table == "articles" else "article_id"
            cols = ", ".join(f'r."{c[0]}"' for c in con.execute(f"DESCRIBE {table}").fetchall())
            con.execute(
                f"INSERT INTO {table} SELECT {cols} FROM {source} r JOIN _ew_pick k "
                f"ON k.id = r.{key} AND k._shard = r._shard WHERE k.status <> 'same'"
            )
        errors = src("ingest_errors")
        if errors is not None:
            con.execute(
                f"INSERT INTO ingest_errors SELECT DISTINCT r.source, r.message, r.logged_at "
                f"FROM {errors} r WHERE NOT EXISTS (SELECT 1 FROM ingest_errors e "
                "WHERE e.source = r.source AND e.message = r.message)"
            )
        con.execute("DROP TABLE _ew_pick")
        con.execute("COMMIT")
    except Exception as exc:
        rollback(con)
        raise write_failure(store.path, f"loading {folder}", exc) from exc
    return stats
