"""The eventwire command line: a thin layer over the library.

It parses arguments, calls the library, prints, and maps eventwire's errors to
messages and exit codes (2 bad input or settings, 3 missing resource, 4 store).
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from . import cli_args, pipeline
from .errors import EventwireError, InputError


def _skipped(item: Any, exc: EventwireError) -> None:
    print(f"eventwire: skipped: {exc}", file=sys.stderr)


def _warned(analysis: Any, warning: str) -> None:
    print(f"eventwire: warning: article {analysis.article.id!r}: {warning}", file=sys.stderr)


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


def _ticker(progress: Any) -> pipeline.ProgressHandler:
    """A pipeline progress callback that ticks ``progress`` (articles/s, ETA)."""

    def tick(done: int, skipped: int) -> None:
        progress.errors = skipped
        progress.update(done=done)

    return tick


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


class _Skips:
    """Reports skipped inputs on stderr and counts them (``code``: nothing is stored)."""

    def __init__(self) -> None:
        self.errors = 0

    def __call__(self, item: Any, exc: EventwireError) -> None:
        self.errors += 1
        _skipped(item, exc)


def _counted(analyses: Iterable[Any], progress: Any, report: _Skips) -> Iterator[Any]:
    """The analyses, ticking the progress (articles/s, ETA) as each one comes."""
    for a in analyses:
        progress.errors = report.errors
        progress.update(done=1)
        yield a


def cmd_code(args: argparse.Namespace) -> int:
    from .formats.output import write_analyses

    paths = args.files or ["-"]
    if paths == ["-"] and sys.stdin.isatty():
        raise InputError("no input: give FILE arguments or pipe an article's text to stdin")
    report = _Skips()
    coder = _coder(args)
    progress = _progress("code", args, paths)
    opts = _read_opts(args, coder.settings)  # sources: see the block below
    items = pipeline.read(paths, coder.settings, args.input_format, args.date, opts)
    analyses = coder.pipe(pipeline.articles(items, report), n_process=args.workers, on_error=report)
    n = write_analyses(_counted(analyses, progress, report), args.format, args.explain, sys.stdout)
    progress.errors = report.errors
    progress.close()
    _report_skips(opts)
    if n == 0:
        print("eventwire: nothing was coded", file=sys.stderr)
        return 2
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from .store import Store

    if getattr(args, "engine", "local") == "ray":  # corpus scale: see the block below
        return cmd_ingest_ray(args)
    if not args.db:
        raise InputError("ingest: --db FILE is required (the DuckDB store to write)")
    progress = _ingest_progress(args)
    coder = _coder(args)
    opts = _read_opts(args, coder.settings)  # sources: see the block below
    items = pipeline.read(args.paths, coder.settings, args.input_format, args.date, opts)
    if not Path(args.db).exists():
        # a new store is created only once some input could be read
        items, readable = pipeline.first_article(items)
        if not readable:
            for err in items:
                print(f"eventwire: skipped: {err}", file=sys.stderr)
            print(
                f"eventwire: no article could be read; {args.db} was not created", file=sys.stderr
            )
            return 2

    with Store(args.db) as store:
        run = pipeline.Pipeline(
            coder,
            store,
            workers=args.workers,
            batch_size=args.batch_size,
            keep_duplicates=args.keep_duplicates,
            on_skip=_skipped,
            on_warning=_warned,
            on_progress=_ticker(progress),
            read_stats=opts["stats"],
        )
        result = run.ingest(items)
        progress.errors = result.skipped
        progress.close()
        _report_clustering(run.cluster_if_stale(not args.no_cluster))
        counts = store.counts()
    stats = result.stats
    print(
        f"ingested {result.seen} article(s) into {args.db}: {stats.inserted} new, "
        f"{stats.replaced} replaced, {stats.unchanged} unchanged, {result.skipped} skipped, "
        f"{result.partial} coded with an annotator failure; "
        f"store holds {counts['articles']} articles, {counts['events']} events",
        file=sys.stderr,
    )
    _report_skips(opts)
    # 0: every article coded (or already stored), some perhaps skipped and reported;
    # 2: there were inputs, and not one article was coded or found stored
    return 2 if result.nothing_coded else 0


def _stored_events(args: argparse.Namespace, write: Callable[[Iterable[Any]], int]) -> int:
    """Hand the stored (mention-level) events the options select to ``write``."""
    from .store import Store

    cli_args.check_mention_level(args)
    flt = cli_args.event_filter(args)
    with Store(args.db, read_only=True) as store:
        return write(store.events(flt))


def cmd_events(args: argparse.Namespace) -> int:
    from .formats.output import write_events

    if getattr(args, "level", "mention") == "event":  # corpus scale: see the block below
        return cmd_events_corpus(args)
    n = _stored_events(args, lambda ev: write_events(ev, args.format, sys.stdout, args.header))
    print(f"{n} event(s)", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .formats.output import export_events

    if getattr(args, "level", "mention") == "event":  # corpus scale: see the block below
        return cmd_export_corpus(args)
    n = _stored_events(args, lambda ev: export_events(ev, args.format, args.out, args.header))
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


# --- serve: the web UI and JSON API (eventwire.web) -------------------------------------


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the web UI and the JSON API over a store, read-only."""
    from .store import Store
    from .web import serve

    Store(args.db, read_only=True).close()  # a clear error before uvicorn starts
    serve(args.db, host=args.host, port=args.port, allow_hosts=args.allow_host)
    return 0


# --- end serve ---------------------------------------------------------------------------


# --- corpus scale: progress, clustering, event level, Ray runner (corpus, distributed) ---


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


def _report_clustering(done: pipeline.ClusterResult | None) -> None:
    if done is not None:
        print(
            f"eventwire: clustered {done.mentions} event mention(s) into {done.events} "
            "corpus event(s)",
            file=sys.stderr,
        )


def cmd_cluster(args: argparse.Namespace) -> int:
    from .store import Store

    with Store(args.db) as store:
        done = pipeline.cluster(store, _cluster_settings(args), args.window)
    print(
        f"clustered {done.mentions} event mention(s) into {done.events} corpus event(s) "
        f"in {args.db}",
        file=sys.stderr,
    )
    return 0


def _corpus_events(args: argparse.Namespace, write: Callable[[Any, Iterable[Any]], int]) -> int:
    """Hand the store and the corpus-level events the options select to ``write``."""
    from .store import Store, corpus_events

    with Store(args.db, read_only=True) as store:
        return write(store, corpus_events(store, cli_args.corpus_filter(args)))


def cmd_events_corpus(args: argparse.Namespace) -> int:
    from .formats.output import write_corpus_events

    n = _corpus_events(
        args, lambda st, ev: write_corpus_events(st, ev, args.format, sys.stdout, args.header)
    )
    print(f"{n} corpus event(s)", file=sys.stderr)
    return 0


def cmd_export_corpus(args: argparse.Namespace) -> int:
    from .formats.output import export_corpus_events

    n = _corpus_events(
        args, lambda st, ev: export_corpus_events(st, ev, args.format, args.out, args.header)
    )
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
    from .store import Store

    with Store(args.db) as store:
        stats, done = pipeline.load_shards(
            args.dir,
            store,
            _cluster_settings(args),
            lambda msg: print(f"eventwire: warning: {msg}", file=sys.stderr),
            cluster_after=not args.no_cluster,
        )
        _report_clustering(done)
        counts = store.counts()
    print(
        f"loaded {args.dir} into {args.db}: {stats.inserted} new, {stats.replaced} replaced, "
        f"{stats.unchanged} unchanged; store holds {counts['articles']} articles, "
        f"{counts['events']} events",
        file=sys.stderr,
    )
    return 0


# --- end of corpus scale block ----------------------------------------------------------


# --- sources: input options, duplicates, feed watching (eventwire.ingest, corpus.dedup, watch)


def _read_opts(args: argparse.Namespace, settings: Any) -> dict[str, Any]:
    """Reader options (``eventwire.ingest.read``) from the command line and the settings."""
    return pipeline.read_options(
        settings,
        column_map=getattr(args, "map", None),
        dayfirst=getattr(args, "dayfirst", False),
        all_languages=getattr(args, "all_languages", False),
        follow_links=not getattr(args, "no_follow", False),
    )


def _report_skips(opts: dict[str, Any]) -> None:
    counted = pipeline.passed_over(opts)
    if counted:
        print(f"eventwire: passed over: {counted}", file=sys.stderr)


def cmd_watch(args: argparse.Namespace) -> int:
    from .store import Store
    from .watch import Watcher, parse_every

    coder = _coder(args)
    settings = coder.settings
    every = parse_every(args.every)
    with Store(args.db) as store:
        run = pipeline.Pipeline(
            coder, store, keep_duplicates=args.keep_duplicates, on_skip=_skipped
        )

        def on_articles(arts: list[Any]) -> None:
            stats = run.add(arts)
            if stats.inserted or stats.replaced:
                print(
                    f"eventwire: stored {stats.inserted} new, {stats.replaced} changed article(s)",
                    file=sys.stderr,
                )

        watcher = Watcher(
            args.feeds,
            on_articles,
            every=every,
            fetcher=pipeline.fetcher(settings),
            state_path=args.db + ".feeds.json",
            on_error=lambda source, exc: run.skip(None, exc),
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


# --- end of sources block ---------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``eventwire`` command."""
    return cli_args.build_parser(COMMANDS)


COMMANDS: cli_args.Commands = {
    "code": cmd_code,
    "ingest": cmd_ingest,
    "watch": cmd_watch,
    "events": cmd_events,
    "export": cmd_export,
    "cluster": cmd_cluster,
    "load": cmd_load,
    "eval": cmd_eval,
    "serve": cmd_serve,
}


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
