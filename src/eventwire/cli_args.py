"""The arguments of the ``eventwire`` command: its sub-commands, options and checks.

``build_parser`` declares every command and option (``eventwire.cli`` runs them);
the helpers below turn parsed options into the library's filter objects.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from typing import Any

from . import ingest
from .errors import InputError
from .formats.output import CODE_FORMATS, EVENT_FORMATS, EXPORT_FORMATS

Commands = Mapping[str, Callable[[argparse.Namespace], int]]


def build_parser(commands: Commands) -> argparse.ArgumentParser:
    """The argument parser of the ``eventwire`` command; ``commands`` by name run them."""
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
    p.set_defaults(func=commands["code"])

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
    p.set_defaults(func=commands["ingest"])

    _watch_parser(sub, commands)

    p = sub.add_parser("events", help="query stored events")
    p.add_argument("--db", required=True)
    _event_filters(p)
    _level_arg(p)
    p.add_argument("--format", choices=EVENT_FORMATS, default="table")
    p.set_defaults(func=commands["events"])

    p = sub.add_parser("export", help="export stored events")
    p.add_argument("--db", required=True)
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    p.add_argument("--out", required=True, help="output file")
    _event_filters(p)
    _level_arg(p)
    p.set_defaults(func=commands["export"])

    _corpus_parsers(sub, commands)

    from .evaluation import TASKS

    p = sub.add_parser("eval", help="score eventwire on gold data")
    p.add_argument("task", choices=sorted(TASKS))
    p.add_argument("--gold", required=True, help="gold file or folder")
    p.add_argument("--json", action="store_true", help="machine-readable report")
    p.add_argument("--limit", type=int, help="score only the first N gold items")
    p.add_argument("--config", help="JSON file of settings")
    p.set_defaults(func=commands["eval"])
    _serve_parser(sub, commands)  # serve block above
    return parser


def _serve_parser(sub: Any, commands: Commands) -> None:
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
    p.set_defaults(func=commands["serve"])


def _corpus_parsers(sub: Any, commands: Commands) -> None:
    p = sub.add_parser("cluster", help="group stored events into corpus-level events")
    p.add_argument("--db", required=True)
    p.add_argument(
        "--window", type=int, help="days two reports of one event may differ by (default 1)"
    )
    p.add_argument("--config", help="JSON file of settings")
    p.set_defaults(func=commands["cluster"])

    p = sub.add_parser("load", help="load Parquet shards from 'ingest --engine ray' into a store")
    p.add_argument("dir", metavar="DIR", help="the --out folder of 'ingest --engine ray'")
    p.add_argument("--db", required=True, help="DuckDB file (created if missing)")
    p.add_argument("--no-cluster", action="store_true", help="do not rebuild corpus events")
    p.add_argument("--config", help="JSON file of settings")
    p.set_defaults(func=commands["load"])


def _watch_parser(sub: Any, commands: Commands) -> None:
    p = sub.add_parser("watch", help="follow RSS/Atom feeds: code and store new items")
    p.add_argument("feeds", nargs="+", metavar="FEED", help="feed URLs")
    p.add_argument("--db", required=True, help="DuckDB file (created if missing)")
    p.add_argument("--every", default="15m", help="polling interval: 90, 30s, 15m, 1h")
    p.add_argument("--once", action="store_true", help="poll once and stop")
    p.add_argument("--all-languages", action="store_true", help="code every language")
    p.add_argument("--no-follow", action="store_true", help="do not follow item links")
    p.add_argument("--keep-duplicates", action="store_true", help="store copies separately")
    p.add_argument("--config", help="JSON file of settings")
    p.set_defaults(func=commands["watch"])


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


def _probability(value: str) -> float:
    try:
        p = float(value)
    except ValueError:
        p = -1.0
    if not 0.0 <= p <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {value!r}")
    return p


def _filter_options(args: argparse.Namespace) -> dict[str, Any]:
    """The options that filter events at either level."""
    return {
        "actor": args.actor,
        "recipient": args.recipient,
        "type": args.type,
        "since": args.since,
        "until": args.until,
        "include_negated": not args.no_negated,
    }


def event_filter(args: argparse.Namespace) -> Any:
    """The mention-level event filter the options ask for."""
    from .store import EventFilter

    return EventFilter(**_filter_options(args), min_confidence=args.min_confidence)


def corpus_filter(args: argparse.Namespace) -> Any:
    """The corpus-level event filter the options ask for."""
    from .store import CorpusFilter

    return CorpusFilter(**_filter_options(args), min_mentions=args.min_mentions)


def check_mention_level(args: argparse.Namespace) -> None:
    """Refuse options that only mean something for corpus-level events."""
    if args.min_mentions != 1:
        raise InputError(
            f"--min-mentions {args.min_mentions} counts the reports of corpus-level events; "
            "add --level event (mention-level events are single reports)"
        )
