"""The eventwire command line: a thin layer over the library.

It parses arguments, calls the library, prints, and maps eventwire's errors to
messages and exit codes (2 bad input or settings, 3 missing resource, 4 store).
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import logging
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO, TypeVar

from . import ingest
from .errors import EventwireError, InputError, SourceError
from .records import Analysis, Article, Event

T = TypeVar("T")

CODE_FORMATS = ("json", "jsonl", "plover", "table")
EVENT_FORMATS = ("json", "jsonl", "plover", "table", "gdelt-csv")
EXPORT_FORMATS = ("plover-jsonl", "gdelt-csv", "parquet")


class Reporter:
    """Reports skipped inputs on stderr and counts them."""

    def __init__(self, store: Any = None) -> None:
        self.errors = 0
        self.store = store

    def __call__(self, item: Any, exc: EventwireError) -> None:
        self.errors += 1
        print(f"eventwire: skipped: {exc}", file=sys.stderr)
        if self.store is not None:
            source = getattr(item, "id", None) or str(exc).split(":", 1)[0]
            self.store.log_error(str(source), str(exc))


def _articles(items: Iterable[Article | SourceError], report: Reporter) -> Iterator[Article]:
    for item in items:
        if isinstance(item, SourceError):
            report(None, item)
        else:
            yield item


def _coder(args: argparse.Namespace) -> Any:
    from .coder import Coder, resolve_workers
    from .settings import Settings

    settings: dict[str, Any] = {}
    if getattr(args, "config", None):
        settings = _load_config(args.config)
    if getattr(args, "min_confidence", None) is not None:
        settings["min_confidence"] = args.min_confidence
    if hasattr(args, "workers"):  # --workers N, else the workers setting (0: every core)
        args.workers = resolve_workers(args.workers, Settings(settings))
    # with worker processes the parent only hands out articles: it loads no model
    return Coder(settings, lazy=getattr(args, "workers", 1) > 1)


def _counted(analyses: Iterable[Analysis], progress: Any, report: Reporter) -> Iterator[Analysis]:
    """The analyses, ticking the progress (articles/s, ETA) as each one comes."""
    for a in analyses:
        progress.errors = report.errors
        progress.update(done=1)
        yield a


def _load_config(path: str) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read settings file ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path}: settings file is not valid JSON ({exc.msg}, line {exc.lineno})"
        ) from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: settings file must hold a JSON object of setting: value")
    return data


def _print_analyses(analyses: Iterable[Analysis], fmt: str, explain: bool, out: TextIO) -> int:
    from .formats import plover, table

    n = 0
    if fmt == "json":
        items = [a.to_dict() for a in analyses]
        n = len(items)
        payload: Any = items[0] if n == 1 else items
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return n
    for a in analyses:
        n += 1
        if fmt == "jsonl":
            out.write(a.to_json() + "\n")
        elif fmt == "plover":
            for rec in plover.records(a):
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            out.write("\n".join(table.analysis_lines(a, explain)) + "\n\n")
        out.flush()
    return n


def cmd_code(args: argparse.Namespace) -> int:
    paths = args.files or ["-"]
    if paths == ["-"] and sys.stdin.isatty():
        raise InputError("no input: give FILE arguments or pipe an article's text to stdin")
    report = Reporter()
    coder = _coder(args)
    progress = _progress("code", args, paths)
    opts = _read_opts(args, coder.settings)  # sources: see the block below
    items = _articles(ingest.read(paths, fmt=args.input_format, date=args.date, **opts), report)
    analyses = coder.pipe(items, n_process=args.workers, on_error=report)
    n = _print_analyses(_counted(analyses, progress, report), args.format, args.explain, sys.stdout)
    progress.errors = report.errors
    progress.close()
    _report_skips(opts)
    if n == 0:
        print("eventwire: nothing was coded", file=sys.stderr)
        return 2
    return 0


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for a in items:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def cmd_ingest(args: argparse.Namespace) -> int:
    from .store import Store, WriteStats

    if getattr(args, "engine", "local") == "ray":  # corpus scale: see the block below
        return cmd_ingest_ray(args)
    if not args.db:
        raise InputError("ingest: --db FILE is required (the DuckDB store to write)")
    progress = _ingest_progress(args)
    coder = _coder(args)
    opts = _read_opts(args, coder.settings)  # sources: see the block below
    items = ingest.read(args.paths, fmt=args.input_format, date=args.date, **opts)
    if not Path(args.db).exists():
        # a new store is created only once some input could be read
        items, readable = _first_article(items)
        if not readable:
            for err in items:
                print(f"eventwire: skipped: {err}", file=sys.stderr)
            print(
                f"eventwire: no article could be read; {args.db} was not created", file=sys.stderr
            )
            return 2

    with Store(args.db) as store:
        report = Reporter(store)
        stats = WriteStats()
        seen = copies = coded = 0
        dedup = None if args.keep_duplicates else _deduplicator(store, coder.settings)

        def fresh() -> Iterator[Article]:
            nonlocal seen, copies
            # the store file is held only while a chunk is checked and a batch written, so
            # that 'serve' can snapshot it in between (the coding takes the time)
            for chunk in _batches(_articles(items, report), args.batch_size):
                new: list[Article] = []
                for art in chunk:
                    seen += 1
                    if store.is_current(art):
                        stats.unchanged += 1
                        progress.update(done=1)  # an article already stored counts as done
                    elif _is_copy(dedup, art, opts):
                        copies += 1
                        progress.update(done=1)
                    else:
                        new.append(art)
                store.release()
                yield from new

        on_error = _forgetting(report, dedup)  # sources: a copy's original must be stored
        analyses = coder.pipe(fresh(), n_process=args.workers, on_error=on_error)
        partial = 0
        for batch in _batches(_counted(analyses, progress, report), args.batch_size):
            coded += len(batch)
            partial += _report_partial(batch)
            stats += _store_batch(store, batch, dedup)
            store.release()
        _store_batch(store, [], dedup)  # copies of articles stored in a later batch
        progress.errors = report.errors
        progress.close()
        _cluster_after_ingest(args, store)
        counts = store.counts()
    print(
        f"ingested {seen} article(s) into {args.db}: {stats.inserted} new, "
        f"{stats.replaced} replaced, {stats.unchanged} unchanged, {report.errors} skipped, "
        f"{partial} coded with an annotator failure; "
        f"store holds {counts['articles']} articles, {counts['events']} events",
        file=sys.stderr,
    )
    _report_skips(opts)
    # 0: every article coded (or already stored), some perhaps skipped and reported;
    # 2: there were inputs, and not one article was coded or found stored
    return 2 if report.errors and not (coded or stats.unchanged or copies) else 0


def _first_article(
    items: Iterator[Article | SourceError],
) -> tuple[Iterator[Article | SourceError], bool]:
    """Read ``items`` up to the first article: the same items again, and whether one came."""
    head: list[Article | SourceError] = []
    for item in items:
        head.append(item)
        if isinstance(item, Article):
            return itertools.chain(head, items), True
    return iter(head), False


def _report_partial(batch: list[Analysis]) -> int:
    """Print the annotator failures of a batch on stderr; the number of articles they hit."""
    n = 0
    for a in batch:
        failures = a.annotator_failures()
        for w in failures:
            print(f"eventwire: warning: article {a.article.id!r}: {w}", file=sys.stderr)
        n += bool(failures)
    return n


def _print_events(
    pairs: Iterable[tuple[Analysis, Event]], fmt: str, out: TextIO, header: bool = False
) -> int:
    from .formats import gdelt, plover, table

    n = 0
    if fmt == "gdelt-csv":
        return gdelt.write((gdelt.row(a, e) for a, e in pairs), out, header)
    if fmt == "json":
        items = [{"article": a.article.meta(), **e.to_dict()} for a, e in pairs]
        out.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
        return len(items)
    for a, e in pairs:
        n += 1
        if fmt == "jsonl":
            out.write(
                json.dumps({"article": a.article.meta(), **e.to_dict()}, ensure_ascii=False) + "\n"
            )
        elif fmt == "plover":
            out.write(json.dumps(plover.event_record(a, e), ensure_ascii=False) + "\n")
        else:
            out.write("\n".join(table.event_lines([(a, e)])) + "\n")
    return n


def _filter(args: argparse.Namespace) -> Any:
    from .store import EventFilter

    return EventFilter(
        actor=args.actor,
        recipient=args.recipient,
        type=args.type,
        since=args.since,
        until=args.until,
        include_negated=not args.no_negated,
        min_confidence=args.min_confidence,
    )


def cmd_events(args: argparse.Namespace) -> int:
    from .store import Store

    if getattr(args, "level", "mention") == "event":  # corpus scale: see the block below
        return cmd_events_corpus(args)
    _check_mention_level(args)
    flt = _filter(args)
    with Store(args.db, read_only=True) as store:
        n = _print_events(store.events(flt), args.format, sys.stdout, args.header)
    print(f"{n} event(s)", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .formats import gdelt, parquet, plover
    from .store import Store

    if getattr(args, "level", "mention") == "event":  # corpus scale: see the block below
        return cmd_export_corpus(args)
    _check_mention_level(args)
    flt = _filter(args)
    with Store(args.db, read_only=True) as store:
        pairs = store.events(flt)
        if args.format == "parquet":
            n = parquet.write((parquet.row(a, e) for a, e in pairs), args.out)
        else:
            with open(args.out, "w", encoding="utf-8", newline="") as fh:
                if args.format == "gdelt-csv":
                    n = gdelt.write((gdelt.row(a, e) for a, e in pairs), fh, args.header)
                else:
                    n = 0
                    for a, e in pairs:
                        fh.write(json.dumps(plover.event_record(a, e), ensure_ascii=False) + "\n")
                        n += 1
    print(f"wrote {n} event(s) to {args.out} ({args.format})", file=sys.stderr)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from . import evaluation

    module = evaluation.task(args.task)
    gold = Path(args.gold)
    if not gold.exists():
        raise InputError(f"{gold}: no such gold file or folder")
    report = module.evaluate(gold, _coder(args), limit=args.limit)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(module.render(report))
    return 0


def _event_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--actor", help="actor code prefix, e.g. USA or USAMIL")
    p.add_argument("--recipient", help="recipient code prefix, e.g. IRQ")
    p.add_argument("--type", help="PLOVER event type, e.g. CONSULT")
    p.add_argument("--since", help="earliest event date, YYYY-MM-DD")
    p.add_argument("--until", help="latest event date, YYYY-MM-DD")
    p.add_argument("--no-negated", action="store_true", help="leave out negated events")
    _min_confidence_arg(p)
    p.add_argument("--header", action="store_true", help="gdelt-csv: write the column names first")


def _min_confidence_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--min-confidence",
        type=_probability,
        metavar="P",
        help="leave out events whose confidence is below P (0 to 1; see README: Accuracy)",
    )


def _probability(value: str) -> float:
    try:
        p = float(value)
    except ValueError:
        p = -1.0
    if not 0.0 <= p <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {value!r}")
    return p


def _check_mention_level(args: argparse.Namespace) -> None:
    """Refuse options that only mean something for corpus-level events."""
    if args.min_mentions != 1:
        raise InputError(
            f"--min-mentions {args.min_mentions} counts the reports of corpus-level events; "
            "add --level event (mention-level events are single reports)"
        )


# --- serve: the web UI and JSON API (eventwire.web) -------------------------------------


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the web UI and the JSON API over a store, read-only."""
    from .store import Store
    from .web import serve

    Store(args.db, read_only=True).close()  # a clear error before uvicorn starts
    serve(args.db, host=args.host, port=args.port, allow_hosts=args.allow_host)
    return 0


def _serve_parser(sub: Any) -> None:
    p = sub.add_parser("serve", help="browse and query a store in a web browser (and JSON API)")
    p.add_argument("--db", required=True, help="DuckDB file made by 'eventwire ingest'")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="also answer requests for this host name (repeatable; '*' any); loopback "
        "names and the --host address are always answered (against DNS rebinding)",
    )
    p.set_defaults(func=cmd_serve)


# --- end serve ---------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``eventwire`` command."""
    parser = argparse.ArgumentParser(
        prog="eventwire",
        description="News articles in, coded political event data out.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("code", help="code articles and print the records")
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="text, .jsonl, HTML, feed, WARC, CSV/TSV/Parquet files or URLs; '-' reads stdin",
    )
    p.add_argument("--date", help="article date for plain-text input, YYYY-MM-DD")
    p.add_argument("--format", choices=CODE_FORMATS, default="json", help="output format")
    p.add_argument("--input-format", choices=sorted(ingest.FORMATS), help="force an input format")
    p.add_argument("--explain", action="store_true", help="show each event's rule and confidence")
    p.add_argument("--config", help="JSON file of settings")
    _min_confidence_arg(p)
    _workers_args(p)
    _source_args(p)
    p.set_defaults(func=cmd_code)

    p = sub.add_parser("ingest", help="code articles and store them in a DuckDB file")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--db", help="DuckDB file (created if missing); not with --engine ray")
    p.add_argument("--date", help="article date for plain-text input, YYYY-MM-DD")
    p.add_argument("--input-format", choices=sorted(ingest.FORMATS), help="force an input format")
    p.add_argument("--batch-size", type=int, default=64, help="articles per transaction")
    _scale_args(p)
    p.add_argument("--config", help="JSON file of settings")
    _source_args(p)
    p.add_argument(
        "--keep-duplicates",
        action="store_true",
        help="store syndicated copies as separate articles (setting keep_duplicates)",
    )
    p.set_defaults(func=cmd_ingest)

    _watch_parser(sub)

    p = sub.add_parser("events", help="query stored events")
    p.add_argument("--db", required=True)
    _event_filters(p)
    _level_arg(p)
    p.add_argument("--format", choices=EVENT_FORMATS, default="table")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("export", help="export stored events")
    p.add_argument("--db", required=True)
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    p.add_argument("--out", required=True, help="output file")
    _event_filters(p)
    _level_arg(p)
    p.set_defaults(func=cmd_export)

    _corpus_parsers(sub)

    from .evaluation import TASKS

    p = sub.add_parser("eval", help="score eventwire on gold data")
    p.add_argument("task", choices=sorted(TASKS))
    p.add_argument("--gold", required=True, help="gold file or folder")
    p.add_argument("--json", action="store_true", help="machine-readable report")
    p.add_argument("--limit", type=int, help="score only the first N gold items")
    p.add_argument("--config", help="JSON file of settings")
    p.set_defaults(func=cmd_eval)
    _serve_parser(sub)  # serve block above
    return parser


# --- corpus scale: progress, clustering, event level, Ray runner (corpus, distributed) ---


def _workers_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="worker processes (default: the workers setting, 0: one per CPU core); "
        "1 codes in this process, for debugging",
    )
    p.add_argument(
        "--no-progress", action="store_true", help="no progress bar or progress log lines"
    )
    p.add_argument(
        "--progress-every",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="off a terminal: write a progress log line every SECONDS (default 10)",
    )


def _scale_args(p: argparse.ArgumentParser) -> None:
    _workers_args(p)
    p.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="local: worker processes on this machine (default); ray: a Ray cluster",
    )
    p.add_argument(
        "--address",
        default="local",
        help="with --engine ray: 'local' starts a Ray cluster here, 'auto' joins a running one, "
        "or ray://HOST:PORT",
    )
    p.add_argument("--out", help="with --engine ray: folder for the Parquet shards")
    p.add_argument(
        "--no-cluster",
        action="store_true",
        help="do not rebuild the corpus-level events after storing (see 'eventwire cluster')",
    )


def _ingest_progress(args: argparse.Namespace) -> Any:
    if args.db is None:
        raise InputError("ingest: --db FILE is required (or --engine ray with --out DIR)")
    return _progress("ingest", args, args.paths)


def _progress(label: str, args: argparse.Namespace, paths: list[str]) -> Any:
    """Per-article progress on stderr: a bar on a terminal, log lines elsewhere."""
    from .progress import Progress, estimate_total

    total = estimate_total(paths)
    if args.no_progress or (label == "code" and total == 1):  # one article: no ETA to give
        return Progress(label, stream=io.StringIO(), tty=False, log_every=1e9)
    return Progress(label, total=total, log_every=args.progress_every)


def _cluster_settings(args: argparse.Namespace) -> Any:
    from .settings import Settings

    return Settings(_load_config(args.config) if getattr(args, "config", None) else {})


def _run_clustering(store: Any, settings: Any, window: int | None = None) -> tuple[int, int]:
    from .corpus.cluster import attach_copies, cluster
    from .store import article_copies, event_mentions, write_corpus_events

    days = settings["cluster_window_days"] if window is None else window
    mentions = list(event_mentions(store))
    events = cluster(mentions, window_days=days, open_recipient=settings["cluster_open_recipient"])
    attach_copies(events, article_copies(store))
    write_corpus_events(store, events, window_days=days)
    return len(mentions), len(events)


def _cluster_after_ingest(args: argparse.Namespace, store: Any) -> None:
    from .store import corpus_stale

    settings = _cluster_settings(args)
    if args.no_cluster or not settings["cluster_after_ingest"] or not corpus_stale(store):
        return
    n_mentions, n_events = _run_clustering(store, settings)
    print(
        f"eventwire: clustered {n_mentions} event mention(s) into {n_events} corpus event(s)",
        file=sys.stderr,
    )


def cmd_cluster(args: argparse.Namespace) -> int:
    from .store import Store

    with Store(args.db) as store:
        n_mentions, n_events = _run_clustering(store, _cluster_settings(args), args.window)
    print(
        f"clustered {n_mentions} event mention(s) into {n_events} corpus event(s) in {args.db}",
        file=sys.stderr,
    )
    return 0


def _level_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--level",
        choices=("mention", "event"),
        default="mention",
        help="mention: every coded event of every article (default); event: corpus-level "
        "events clustered across reports, with their mention counts",
    )
    p.add_argument(
        "--min-mentions", type=int, default=1, help="with --level event: at least N mentions"
    )


def _corpus_filter(args: argparse.Namespace) -> Any:
    from .store import CorpusFilter

    return CorpusFilter(
        actor=args.actor,
        recipient=args.recipient,
        type=args.type,
        since=args.since,
        until=args.until,
        min_mentions=args.min_mentions,
        include_negated=not args.no_negated,
    )


def _representative(store: Any, ce: Any) -> tuple[Analysis, Event] | None:
    """The earliest report of a corpus event, as its article's Analysis and Event."""
    for analysis in store.analyses([ce.first.article_id]):
        for ev in analysis.events:
            if ev.id == ce.first.event_id:
                return analysis, ev
    return None


def _corpus_lines(ce: Any) -> str:
    loc = ce.location.name if ce.location else "-"
    first = ce.first
    return (
        f"{ce.date or '-':10}  {ce.event:9}  {','.join(ce.actor_codes) or '-'} -> "
        f"{','.join(ce.recipient_codes) or '-'}  @ {loc}  mentions {ce.num_mentions}, "
        f"sources {ce.num_sources}, articles {ce.num_articles}  first: {first.article_id}"
        + (f" ({first.source})" if first.source else "")
    )


def _corpus_records(store: Any, events: Iterable[Any], fmt: str) -> Iterator[Any]:
    from .formats import gdelt, plover

    for ce in events:
        if fmt in ("json", "jsonl", "parquet"):
            yield ce.to_dict()
            continue
        rep = _representative(store, ce)
        if rep is None:
            continue
        counts = (ce.num_mentions, ce.num_sources, ce.num_articles)
        if fmt == "gdelt-csv":
            row = gdelt.row(rep[0], rep[1], counts)
            row["GLOBALEVENTID"] = gdelt.event_number(ce.id)
            yield row
        else:  # plover: the earliest report's record, with the corpus-level fields added
            rec = plover.event_record(*rep)
            rec["id"] = ce.id
            rec.update(
                {
                    "num_mentions": counts[0],
                    "num_sources": counts[1],
                    "num_articles": counts[2],
                    "mentions": [m.to_dict() for m in ce.mentions],
                }
            )
            yield rec


def cmd_events_corpus(args: argparse.Namespace) -> int:
    from .formats import gdelt
    from .store import Store, corpus_events

    with Store(args.db, read_only=True) as store:
        events = corpus_events(store, _corpus_filter(args))
        n = 0
        if args.format == "table":
            for ce in events:
                sys.stdout.write(_corpus_lines(ce) + "\n")
                n += 1
        elif args.format == "gdelt-csv":
            n = gdelt.write(_corpus_records(store, events, "gdelt-csv"), sys.stdout, args.header)
        elif args.format == "json":
            items = list(_corpus_records(store, events, "json"))
            sys.stdout.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
            n = len(items)
        else:
            for rec in _corpus_records(store, events, args.format):
                sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} corpus event(s)", file=sys.stderr)
    return 0


def cmd_export_corpus(args: argparse.Namespace) -> int:
    from .formats import gdelt
    from .store import Store, corpus_events

    with Store(args.db, read_only=True) as store:
        events = corpus_events(store, _corpus_filter(args))
        if args.format == "parquet":
            from .corpus.cluster import write_parquet

            n = write_parquet(events, args.out)
        else:
            fmt = "gdelt-csv" if args.format == "gdelt-csv" else "plover"
            with open(args.out, "w", encoding="utf-8", newline="") as fh:
                if fmt == "gdelt-csv":
                    n = gdelt.write(_corpus_records(store, events, fmt), fh, args.header)
                else:
                    n = 0
                    for rec in _corpus_records(store, events, fmt):
                        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                        n += 1
    print(f"wrote {n} corpus event(s) to {args.out} ({args.format})", file=sys.stderr)
    return 0


def cmd_ingest_ray(args: argparse.Namespace) -> int:
    from . import distributed

    if not args.out:
        raise InputError("ingest --engine ray: --out DIR is required (a folder for the shards)")
    settings = _load_config(args.config) if args.config else {}
    summary = distributed.run(
        args.paths,
        args.out,
        address=args.address,
        workers=_ray_workers(args.workers, settings),
        batch_size=args.batch_size,
        settings=settings,
        date=args.date,
    )
    print(
        f"coded {summary.articles} article(s) on Ray into {args.out}: {summary.events} events, "
        f"{summary.errors} skipped, {summary.shards} shard(s), "
        f"{summary.articles / max(summary.seconds, 1e-9):.1f} articles/s; "
        f"load with: eventwire load {args.out} --db FILE",
        file=sys.stderr,
    )
    return 0 if summary.articles or not summary.errors else 2


def _ray_workers(value: int | None, settings: dict[str, Any]) -> int:
    from .coder import resolve_workers
    from .settings import Settings

    return resolve_workers(value, Settings(settings))


def cmd_load(args: argparse.Namespace) -> int:
    from . import distributed
    from .store import Store

    with Store(args.db) as store:
        stats = distributed.load(
            args.dir, store, lambda msg: print(f"eventwire: warning: {msg}", file=sys.stderr)
        )
        if not args.no_cluster:
            _cluster_after_ingest(args, store)
        counts = store.counts()
    print(
        f"loaded {args.dir} into {args.db}: {stats.inserted} new, {stats.replaced} replaced, "
        f"{stats.unchanged} unchanged; store holds {counts['articles']} articles, "
        f"{counts['events']} events",
        file=sys.stderr,
    )
    return 0


def _corpus_parsers(sub: Any) -> None:
    p = sub.add_parser("cluster", help="group stored events into corpus-level events")
    p.add_argument("--db", required=True)
    p.add_argument(
        "--window", type=int, help="days two reports of one event may differ by (default 1)"
    )
    p.add_argument("--config", help="JSON file of settings")
    p.set_defaults(func=cmd_cluster)

    p = sub.add_parser("load", help="load Parquet shards from 'ingest --engine ray' into a store")
    p.add_argument("dir", metavar="DIR", help="the --out folder of 'ingest --engine ray'")
    p.add_argument("--db", required=True, help="DuckDB file (created if missing)")
    p.add_argument("--no-cluster", action="store_true", help="do not rebuild corpus events")
    p.add_argument("--config", help="JSON file of settings")
    p.set_defaults(func=cmd_load)


# --- end of corpus scale block ----------------------------------------------------------


# --- sources: input options, duplicates, feed watching (eventwire.ingest, corpus.dedup, watch)


def _source_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--map",
        metavar="FIELD=COLUMN,...",
        help="CSV/TSV/Parquet columns of the article fields, e.g. text=body,date=published",
    )
    p.add_argument(
        "--dayfirst", action="store_true", help="read 03/07/2023 in tables as 3 July, not March 7"
    )
    p.add_argument(
        "--all-languages",
        action="store_true",
        help="code articles in every language (default: skip those not in setting languages)",
    )
    p.add_argument(
        "--no-follow",
        action="store_true",
        help="code feed items from the feed's own text; do not follow their links",
    )


def _read_opts(args: argparse.Namespace, settings: Any) -> dict[str, Any]:
    """Reader options (``eventwire.ingest.read``) from the command line and the settings."""
    from collections import Counter

    return {
        "map": getattr(args, "map", None),
        "dayfirst": getattr(args, "dayfirst", False),
        "languages": () if getattr(args, "all_languages", False) else settings["languages"],
        "follow_links": not getattr(args, "no_follow", False),
        "feed_full_text_words": settings["feed_full_text_words"],
        "boilerplate_patterns": settings["boilerplate_patterns"],
        "fetcher": _fetcher(settings),
        "stats": Counter(),
    }


def _fetcher(settings: Any) -> Any:
    """The Fetcher the settings describe (time-out, per-host delay, private addresses)."""
    from .ingest.fetch import Fetcher

    return Fetcher(
        timeout=settings["fetch_timeout"],
        host_delay=settings["host_delay"],
        allow_private=settings["fetch_private_addresses"],
    )


def _report_skips(opts: dict[str, Any]) -> None:
    stats = opts.get("stats") or {}
    if stats:
        counted = ", ".join(f"{n} {why}" for why, n in sorted(stats.items()))
        print(f"eventwire: passed over: {counted}", file=sys.stderr)


def _deduplicator(store: Any, settings: Any) -> Any:
    """The store's duplicate index, or None when the keep_duplicates setting is on."""
    if settings["keep_duplicates"]:
        return None
    from .corpus.dedup import StoredDeduplicator

    return StoredDeduplicator(
        store.live(),
        similarity=settings["near_duplicate_similarity"],
        containment=settings["near_duplicate_containment"],
    )


def _store_batch(store: Any, batch: list[Analysis], dedup: Any) -> Any:
    """Store a batch with its articles' near-duplicate rows, in one transaction."""
    ids = [a.article.id for a in batch]
    stats = store.write(batch, also=dedup.pending(ids) if dedup is not None else ())
    if dedup is not None:
        dedup.stored(ids)
    return stats


def _is_copy(dedup: Any, art: Article, opts: dict[str, Any]) -> bool:
    """True when ``art`` copies a stored article: recorded as one more source of it."""
    if dedup is None:
        return False
    match = dedup.check(art)
    if match is None:
        return False
    if opts.get("stats") is not None:
        opts["stats"][f"{match.kind} duplicate (stored as a source of its original)"] += 1
    return True


def _forgetting(report: Reporter, dedup: Any) -> Any:
    """The error handler for coding: reports, and drops an uncoded article from the index."""

    def handler(item: Any, exc: EventwireError) -> None:
        report(item, exc)
        if dedup is not None and isinstance(item, Article):
            dedup.forget(item.id)

    return handler


def cmd_watch(args: argparse.Namespace) -> int:
    from .store import Store
    from .watch import Watcher, parse_every

    coder = _coder(args)
    settings = coder.settings
    every = parse_every(args.every)
    with Store(args.db) as store:
        report = Reporter(store)
        dedup = None if args.keep_duplicates else _deduplicator(store, settings)
        opts: dict[str, Any] = {"stats": None}

        def on_articles(arts: list[Article]) -> None:
            fresh = [a for a in arts if not store.is_current(a) and not _is_copy(dedup, a, opts)]
            store.release()  # 'serve' may snapshot the store while the coding takes the time
            coded = list(coder.pipe(fresh, on_error=_forgetting(report, dedup)))
            stats = _store_batch(store, coded, dedup)
            store.release()
            if stats.inserted or stats.replaced:
                print(
                    f"eventwire: stored {stats.inserted} new, {stats.replaced} changed article(s)",
                    file=sys.stderr,
                )

        watcher = Watcher(
            args.feeds,
            on_articles,
            every=every,
            fetcher=_fetcher(settings),
            state_path=args.db + ".feeds.json",
            on_error=lambda source, exc: report(None, exc),
            languages=() if args.all_languages else settings["languages"],
            follow_links=not args.no_follow,
            full_text_words=settings["feed_full_text_words"],
            boilerplate_patterns=settings["boilerplate_patterns"],
        )

        def on_poll(st: Any) -> None:
            print(
                f"eventwire: polled {len(watcher.feeds)} feed(s): {st.fetched} changed, "
                f"{st.not_modified} unchanged, {st.new_items} new item(s), {st.articles} "
                f"article(s), {st.errors} error(s)",
                file=sys.stderr,
            )

        polls = watcher.run(rounds=1 if args.once else None, on_poll=on_poll)
    print(f"eventwire: watch stopped after {polls} poll(s)", file=sys.stderr)
    return 0


def _watch_parser(sub: Any) -> None:
    p = sub.add_parser("watch", help="follow RSS/Atom feeds: code and store new items")
    p.add_argument("feeds", nargs="+", metavar="FEED", help="feed URLs")
    p.add_argument("--db", required=True, help="DuckDB file (created if missing)")
    p.add_argument("--every", default="15m", help="polling interval: 90, 30s, 15m, 1h")
    p.add_argument("--once", action="store_true", help="poll once and stop")
    p.add_argument("--all-languages", action="store_true", help="code every language")
    p.add_argument("--no-follow", action="store_true", help="do not follow item links")
    p.add_argument("--keep-duplicates", action="store_true", help="store copies separately")
    p.add_argument("--config", help="JSON file of settings")
    p.set_defaults(func=cmd_watch)


# --- end of sources block ---------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``eventwire`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.ERROR,
        format="eventwire: %(message)s",
    )
    try:
        return int(args.func(args))
    except EventwireError as exc:
        print(f"eventwire: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("eventwire: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # an output file: a full disk, a missing folder, no permission
        name = exc.filename or getattr(args, "out", None)  # a failed flush names no file
        where = f"{name}: " if name else ""
        print(f"eventwire: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
