"""The corpus pipeline: read sources, de-duplicate, code with workers, store, cluster.

The ``eventwire ingest``, ``watch`` and ``load`` commands are thin layers over this
module, and a Python user runs the same pipeline without them::

    from eventwire import Coder
    from eventwire.pipeline import Pipeline, read
    from eventwire.store import Store

    coder = Coder()
    with Store("news.duckdb") as store:
        pipeline = Pipeline(coder, store, workers=2)
        result = pipeline.run(read(["articles.jsonl"], coder.settings))

The steps, in the order of the data flow:

1. ``read`` turns paths and URLs into articles (``eventwire.ingest``); an input
   that cannot be read arrives as a ``SourceError`` and is reported, not fatal.
2. Articles the store already holds unchanged are passed over; wire copies of a
   stored article (``eventwire.corpus.dedup``) are recorded as one more source of it.
3. The rest are coded by the ``Coder``, in worker processes when ``workers > 1``.
4. Each batch of analyses is written in one transaction, with its articles' copies.
5. The mentions of one real-world event are clustered into corpus-level events.

Nothing here prints: what happens is reported through callbacks (``on_skip``,
``on_warning``, ``on_progress``) and the returned ``IngestResult``.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import ingest
from .coder import batches
from .errors import EventwireError, SourceError
from .records import Analysis, Article
from .settings import Settings
from .store import Store, WriteStats

SkipHandler = Callable[[Any, EventwireError], None]
"""Called with (the input or None, the error) for each input that is skipped."""
WarningHandler = Callable[[Analysis, str], None]
"""Called with (the analysis, the warning) for each annotator failure of a stored article."""
ProgressHandler = Callable[[int, int], None]
"""Called with (articles just finished, inputs skipped so far) as the run goes."""


# --- 1. reading ------------------------------------------------------------------------


def fetcher(settings: Settings) -> Any:
    """The Fetcher the settings describe (time-out, per-host delay, private addresses)."""
    from .ingest.fetch import Fetcher

    return Fetcher(
        timeout=settings["fetch_timeout"],
        host_delay=settings["host_delay"],
        allow_private=settings["fetch_private_addresses"],
    )


def read_options(
    settings: Settings,
    *,
    column_map: str | None = None,
    dayfirst: bool = False,
    all_languages: bool = False,
    follow_links: bool = True,
) -> dict[str, Any]:
    """Reader options for ``eventwire.ingest.read`` from the settings and the caller's
    choices; ``stats`` counts what the readers pass over (see ``passed_over``)."""
    return {
        "map": column_map,
        "dayfirst": dayfirst,
        "languages": () if all_languages else settings["languages"],
        "follow_links": follow_links,
        "feed_full_text_words": settings["feed_full_text_words"],
        "boilerplate_patterns": settings["boilerplate_patterns"],
        "fetcher": fetcher(settings),
        "stats": Counter(),
    }


def read(
    paths: Iterable[str],
    settings: Settings,
    fmt: str | None = None,
    date: str | None = None,
    options: dict[str, Any] | None = None,
) -> Iterator[Article | SourceError]:
    """Articles (or the SourceErrors of unreadable inputs) from files, folders and URLs;
    ``options`` as ``read_options`` makes them (its defaults when not given)."""
    opts = read_options(settings) if options is None else options
    return ingest.read(paths, fmt=fmt, date=date, **opts)


def articles(items: Iterable[Article | SourceError], on_skip: SkipHandler) -> Iterator[Article]:
    """The articles among ``items``; each SourceError goes to ``on_skip``."""
    for item in items:
        if isinstance(item, SourceError):
            on_skip(None, item)
        else:
            yield item


def passed_over(options: dict[str, Any]) -> str | None:
    """What the readers passed over ("2 skipped: language de, ..."), or None."""
    stats = options.get("stats") or {}
    if not stats:
        return None
    return ", ".join(f"{n} {why}" for why, n in sorted(stats.items()))


def first_article(
    items: Iterator[Article | SourceError],
) -> tuple[Iterator[Article | SourceError], bool]:
    """Read ``items`` up to the first article: the same items again, and whether one came."""
    head: list[Article | SourceError] = []
    for item in items:
        head.append(item)
        if isinstance(item, Article):
            return itertools.chain(head, items), True
    return iter(head), False


# --- 2 to 5: de-duplicating, coding, storing, clustering ---------------------------------


@dataclass
class IngestResult:
    """What one run of the pipeline did."""

    seen: int = 0  # articles read
    coded: int = 0  # articles coded (and stored, unless unchanged)
    copies: int = 0  # wire copies stored as sources of an original
    partial: int = 0  # coded with an annotator failure
    skipped: int = 0  # inputs that could not be read or coded
    stats: WriteStats = field(default_factory=WriteStats)
    clustered: tuple[int, int] | None = None  # (event mentions, corpus events) when clustered

    @property
    def nothing_coded(self) -> bool:
        """True when there were inputs and not one article was coded or found stored."""
        return bool(self.skipped) and not (self.coded or self.stats.unchanged or self.copies)


@dataclass
class ClusterResult:
    """What a clustering pass did."""

    mentions: int
    events: int


def _ignore_progress(done: int, skipped: int) -> None:
    return None


def _ignore_warning(analysis: Analysis, warning: str) -> None:
    return None


def _log_skip(item: Any, exc: EventwireError) -> None:
    import logging

    logging.getLogger("eventwire").warning("skipped: %s", exc)


class Pipeline:
    """Codes articles into a store: de-duplicated, in batches of one transaction each.

    ``workers`` worker processes code (1: in this process); ``keep_duplicates`` (or the
    setting of that name) stores wire copies as articles of their own. Every skipped
    input is logged in the store's ``ingest_errors`` and reported to ``on_skip``.
    """

    def __init__(
        self,
        coder: Any,
        store: Store,
        *,
        workers: int | None = 1,
        batch_size: int = 64,
        keep_duplicates: bool = False,
        on_skip: SkipHandler | None = None,
        on_warning: WarningHandler | None = None,
        on_progress: ProgressHandler | None = None,
        read_stats: Counter[str] | None = None,
    ) -> None:
        self.coder = coder
        self.store = store
        self.settings: Settings = coder.settings
        self.workers = workers
        self.batch_size = batch_size
        self.on_skip = on_skip or _log_skip
        self.on_warning = on_warning or _ignore_warning
        self.on_progress = on_progress or _ignore_progress
        self.read_stats = read_stats  # copies are counted here, beside the readers' skips
        self.dedup = None if keep_duplicates else deduplicator(store, self.settings)
        self.skipped = 0

    # --- reporting ------------------------------------------------------------------

    def skip(self, item: Any, exc: EventwireError) -> None:
        """Report a skipped input and log it in the store."""
        self.skipped += 1
        self.on_skip(item, exc)
        source = getattr(item, "id", None) or str(exc).split(":", 1)[0]
        self.store.log_error(str(source), str(exc))

    def _coding_failed(self, item: Any, exc: EventwireError) -> None:
        # an uncoded article leaves the duplicate index: a copy's original must be stored
        self.skip(item, exc)
        if self.dedup is not None and isinstance(item, Article):
            self.dedup.forget(item.id)

    # --- the run ----------------------------------------------------------------------

    def run(self, items: Iterable[Article | SourceError]) -> IngestResult:
        """Code and store ``items``, then cluster when the settings ask for it."""
        result = self.ingest(items)
        clustered = self.cluster_if_stale()
        if clustered is not None:
            result.clustered = (clustered.mentions, clustered.events)
        return result

    def ingest(self, items: Iterable[Article | SourceError]) -> IngestResult:
        """Code the new articles among ``items`` and store them, batch by batch."""
        result = IngestResult()
        skipped_before = self.skipped  # ``skipped`` counts over every run of this Pipeline
        analyses = self.coder.pipe(
            self._fresh(items, result), n_process=self.workers, on_error=self._coding_failed
        )
        for batch in batches(self._counted(analyses), self.batch_size):
            result.coded += len(batch)
            result.partial += self._warn(batch)
            result.stats += self._write(batch)
            self.store.release()
        self._write([])  # copies of articles stored in a later batch
        result.skipped = self.skipped - skipped_before
        return result

    def add(self, articles: Sequence[Article]) -> WriteStats:
        """Code and store one batch of articles (``watch`` hands each feed's new items)."""
        fresh = [a for a in articles if not self.store.is_current(a) and not self._is_copy(a)]
        self.store.release()  # 'serve' may snapshot the store while the coding takes the time
        coded = list(self.coder.pipe(fresh, n_process=self.workers, on_error=self._coding_failed))
        stats = self._write(coded)
        self.store.release()
        return stats

    def _fresh(
        self, items: Iterable[Article | SourceError], result: IngestResult
    ) -> Iterator[Article]:
        # the store file is held only while a chunk is checked and a batch written, so
        # that 'serve' can snapshot it in between (the coding takes the time)
        for chunk in batches(articles(items, self.skip), self.batch_size):
            new: list[Article] = []
            for art in chunk:
                result.seen += 1
                if self.store.is_current(art):
                    result.stats.unchanged += 1
                    self.on_progress(1, self.skipped)  # an article already stored counts as done
                elif self._is_copy(art):
                    result.copies += 1
                    self.on_progress(1, self.skipped)
                else:
                    new.append(art)
            self.store.release()
            yield from new

    def _counted(self, analyses: Iterable[Analysis]) -> Iterator[Analysis]:
        for a in analyses:
            self.on_progress(1, self.skipped)
            yield a

    def _warn(self, batch: list[Analysis]) -> int:
        """Report the annotator failures of a batch; the number of articles they hit."""
        n = 0
        for a in batch:
            failures = a.annotator_failures()
            for w in failures:
                self.on_warning(a, w)
            n += bool(failures)
        return n

    def _is_copy(self, art: Article) -> bool:
        """True when ``art`` copies a stored article: recorded as one more source of it."""
        if self.dedup is None:
            return False
        match = self.dedup.check(art)
        if match is None:
            return False
        if self.read_stats is not None:
            self.read_stats[f"{match.kind} duplicate (stored as a source of its original)"] += 1
        return True

    def _write(self, batch: list[Analysis]) -> WriteStats:
        """Store a batch with its articles' near-duplicate rows, in one transaction."""
        return store_batch(self.store, batch, self.dedup)

    # --- 5. clustering -------------------------------------------------------------

    def cluster_if_stale(self, enabled: bool = True) -> ClusterResult | None:
        """Cluster when ``enabled``, the ``cluster_after_ingest`` setting is on and the
        store changed since the last clustering; None when nothing was done."""
        return cluster_if_stale(self.store, self.settings, enabled)


def deduplicator(store: Store, settings: Settings) -> Any:
    """The store's duplicate index, or None when the keep_duplicates setting is on."""
    if settings["keep_duplicates"]:
        return None
    from .corpus.dedup import StoredDeduplicator

    return StoredDeduplicator(
        store.live(),
        similarity=settings["near_duplicate_similarity"],
        containment=settings["near_duplicate_containment"],
    )


def store_batch(store: Store, batch: list[Analysis], dedup: Any) -> WriteStats:
    """Store a batch with its articles' near-duplicate rows, in one transaction."""
    ids = [a.article.id for a in batch]
    stats: WriteStats = store.write(batch, also=dedup.pending(ids) if dedup is not None else ())
    if dedup is not None:
        dedup.stored(ids)
    return stats


def cluster(store: Store, settings: Settings, window: int | None = None) -> ClusterResult:
    """Group the store's event mentions into corpus-level events (``corpus.cluster``);
    ``window`` days two reports of one event may differ by (the setting by default)."""
    from .corpus.cluster import attach_copies
    from .corpus.cluster import cluster as cluster_mentions
    from .store import article_copies, event_mentions, write_corpus_events

    days = settings["cluster_window_days"] if window is None else window
    mentions = list(event_mentions(store))
    events = cluster_mentions(
        mentions, window_days=days, open_recipient=settings["cluster_open_recipient"]
    )
    attach_copies(events, article_copies(store))
    write_corpus_events(store, events, window_days=days)
    return ClusterResult(len(mentions), len(events))


def cluster_if_stale(
    store: Store, settings: Settings, enabled: bool = True
) -> ClusterResult | None:
    """``cluster`` when ``enabled``, the ``cluster_after_ingest`` setting is on and the
    store changed since the last clustering; None otherwise."""
    from .store import corpus_stale

    if not enabled or not settings["cluster_after_ingest"] or not corpus_stale(store):
        return None
    return cluster(store, settings)


def load_shards(
    folder: str,
    store: Store,
    settings: Settings,
    on_warning: Callable[[str], None],
    *,
    cluster_after: bool = True,
) -> tuple[WriteStats, ClusterResult | None]:
    """Bring the Parquet shards of a Ray run (``eventwire.distributed``) into ``store``,
    then cluster as after an ingest."""
    from . import distributed

    stats = distributed.load(folder, store, on_warning)
    return stats, cluster_if_stale(store, settings, cluster_after)
