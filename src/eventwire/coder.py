"""The Coder: Article -> Analysis. One spaCy parse per article, then the annotators in order.

The Coder holds no per-article state and does no I/O beyond loading its
resources once, so the same Coder runs in many processes (``pipe``) and inside
the distributed runner.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain
from typing import Any, TypeVar

from . import annotators as _annotators
from . import nlp as _nlp
from .errors import ArticleError, ConfigError, EventwireError
from .records import ANNOTATOR_FAILED, Analysis, Article
from .settings import Settings

log = logging.getLogger("eventwire")
T = TypeVar("T")

ErrorHandler = Callable[[Any, EventwireError], None]


# The longest reason an annotator failure warning quotes from its exception.
FAILURE_REASON_CHARS = 160


# Articles handed to a worker process at a time: few, so that every worker has work to
# the end of a small corpus and results (and progress) come back article by article.
PARALLEL_CHUNK = 4


def cpu_cores() -> int:
    """The CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def resolve_workers(value: int | None, settings: Settings | None = None) -> int:
    """Worker processes to code with: ``value`` (e.g. ``--workers``), else the ``workers``
    setting; 0 means one per CPU core."""
    where = "--workers" if value is not None else "setting 'workers'"
    n = value if value is not None else (settings or Settings())["workers"]
    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
        raise ConfigError(
            f"{where}: {n!r} is not a number of worker processes; expected 0 (one per CPU "
            "core), 1 (code in this process, for debugging) or more"
        )
    return n or cpu_cores()


def article_id_for(text: str) -> str:
    """A stable id for an article that came without one: a hash of its text."""
    return "a-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def normalise_date(value: Any, where: str = "date") -> str | None:
    """An article date as YYYY-MM-DD, from a date, datetime or ISO string; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        raw = value.strip()
        try:
            return _dt.date.fromisoformat(raw[:10]).isoformat()
        except ValueError:
            pass
    raise ArticleError(f"{where}: {value!r} is not a date; expected YYYY-MM-DD (e.g. 2023-03-08)")


def make_article(
    data: Article | Mapping[str, Any] | str,
    date: Any = None,
    id: str | None = None,
    where: str = "article",
    **meta: Any,
) -> Article:
    """Validate and build an Article from text, a mapping or an Article."""
    if isinstance(data, Article):
        art = data
    elif isinstance(data, str):
        art = Article(id=id or article_id_for(data), text=data, date=date, **meta)
    elif isinstance(data, Mapping):
        if "text" not in data:
            raise ArticleError(f"{where}: no 'text' field; expected an object with 'text'")
        fields = {k: data.get(k) for k in ("id", "date", "title", "source", "url", "language")}
        text = data["text"]
        if not isinstance(text, str):
            raise ArticleError(f"{where}: 'text' is {type(text).__name__}; expected a string")
        art = Article(
            id=str(fields["id"]) if fields["id"] not in (None, "") else article_id_for(text),
            text=text,
            date=fields["date"] if fields["date"] is not None else date,
            title=fields["title"],
            source=fields["source"],
            url=fields["url"],
            language=fields["language"] or "en",
        )
    else:
        raise ArticleError(f"{where}: got {type(data).__name__}; expected text or an article")
    if not isinstance(art.text, str):
        raise ArticleError(f"{where}: text is {type(art.text).__name__}; expected a string")
    try:
        art.text.encode("utf-8")
    except UnicodeEncodeError as err:
        raise ArticleError(
            f"{where}: text has an unpaired surrogate {art.text[err.start]!r} at offset "
            f"{err.start}; expected valid Unicode text (decode the source with its real charset)"
        ) from None
    art.date = normalise_date(art.date, f"{where}: date")
    return art


class Coder:
    """Codes articles into Analyses: events, actors, quotes, times, places, claims."""

    def __init__(
        self, settings: Settings | Mapping[str, Any] | None = None, lazy: bool = False
    ) -> None:
        """Load the pipeline and annotators now, or with ``lazy`` on first use.

        A lazy Coder checks the annotator names and order at once but loads nothing until it
        codes: ``pipe(n_process=N)`` codes in worker processes only, so the parent
        needs no spaCy pipeline of its own (corpus scale: saves a model load and its
        memory in the parent of every parallel ingest).
        """
        self.settings = settings if isinstance(settings, Settings) else Settings(settings)
        self._nlp_loaded: Any = None
        self._annotators: list[Any] | None = None
        if lazy:
            _annotators.check_order(self.settings["annotators"])
        else:
            self._nlp_loaded = _nlp.load(self.settings["model"])
            self._annotators = _annotators.build(self.settings["annotators"], self.settings)

    @property
    def _nlp(self) -> Any:
        if self._nlp_loaded is None:
            self._nlp_loaded = _nlp.load(self.settings["model"])
        return self._nlp_loaded

    @property
    def annotators(self) -> list[Any]:
        """The annotators, built in settings order."""
        if self._annotators is None:
            self._annotators = _annotators.build(self.settings["annotators"], self.settings)
        return self._annotators

    @annotators.setter
    def annotators(self, value: list[Any]) -> None:
        self._annotators = value

    @property
    def nlp(self) -> Any:
        """The spaCy pipeline this Coder parses with."""
        return self._nlp

    def _check(self, art: Article, where: str) -> None:
        if not art.text.strip():
            raise ArticleError(f"{where}: the text is empty; expected an article's text")
        limit = self.settings["max_chars"]
        if len(art.text) > limit:
            raise ArticleError(
                f"{where}: the text has {len(art.text):,} characters, more than max_chars="
                f"{limit:,}; split the article or raise the max_chars setting"
            )

    def code(
        self,
        text: str | Article | Mapping[str, Any],
        date: Any = None,
        id: str | None = None,
        **meta: Any,
    ) -> Analysis:
        """Code one article given as text (with ``date``, ``id``, ``title`` …) or as an Article."""
        art = make_article(text, date=date, id=id, **meta)
        where = f"article {art.id!r}"
        self._check(art, where)
        return self.annotate(art, _nlp.parse(self._nlp, art.text))

    def annotate(self, art: Article, doc: Any) -> Analysis:
        """Run the annotators over an already parsed article."""
        return self.finish(self.context(art, doc).analysis)

    def code_context(self, text: str | Article | Mapping[str, Any], **meta: Any) -> Any:
        """Like ``code``, but the annotators' whole context (with its hand-offs, such as the
        sentence-level decision's ``event_presence``); its analysis is finished as ``code``'s."""
        art = make_article(text, **meta)
        self._check(art, f"article {art.id!r}")
        ctx = self.context(art, _nlp.parse(self._nlp, art.text))
        self.finish(ctx.analysis)
        return ctx

    def finish(self, analysis: Analysis) -> Analysis:
        """Apply the settings that drop events (negated, under min_confidence, no dyad)."""
        if self.settings["drop_negated"]:
            analysis.events = [e for e in analysis.events if "negation" not in e.aux]
        floor = float(self.settings["min_confidence"])
        if floor > 0:
            analysis.events = [e for e in analysis.events if e.confidence >= floor]
        if self.settings["require_dyad"]:
            analysis.events = [
                e
                for e in analysis.events
                if any(a.code for a in e.actor) and any(r.code for r in e.recipient)
            ]
        return analysis

    def context(self, art: Article, doc: Any) -> _annotators.Context:
        """The annotators' shared context after they ran over an already parsed article
        (its typed fields hold what they hand on; ``annotate`` keeps only the analysis)."""
        analysis = Analysis(article=art)
        if art.date is None:
            analysis.warnings.append(
                "no article date: relative time expressions are left unresolved"
            )
        ctx = _annotators.Context(article=art, doc=doc, analysis=analysis, settings=self.settings)
        for annotator in self.annotators:
            kept = {f: len(getattr(analysis, f)) for f in _RECORD_LISTS}
            try:
                annotator(ctx)
            except EventwireError:
                raise  # a missing resource or bad setting fails every article alike
            except Exception as exc:  # noqa: BLE001 - an annotator's bug loses its records only
                for f, n in kept.items():
                    del getattr(analysis, f)[n:]
                analysis.warnings.append(_failure(annotator.name, exc))
                log.warning("article %r: %s", art.id, analysis.warnings[-1])
        return ctx

    def pipe(
        self,
        articles: Iterable[Article | Mapping[str, Any]],
        n_process: int | None = 1,
        batch_size: int = 32,
        on_error: ErrorHandler | None = None,
    ) -> Iterator[Analysis]:
        """Code many articles, in order; a bad article is reported to ``on_error`` and skipped.

        With ``n_process > 1`` the work runs in that many worker processes, each
        with its own Coder (one spaCy load per worker), and the results are the same,
        in the same order; ``None`` takes the ``workers`` setting (0: one per core). An
        input of one article is coded in this process, and if worker processes cannot be
        started (or die), the rest is coded here too.
        """
        handler = on_error or _log_error
        if n_process is None:
            n_process = resolve_workers(None, self.settings)
        if n_process <= 1:
            yield from self._pipe_local(articles, batch_size, handler)
            return
        yield from _pipe_parallel(self, articles, n_process, batch_size, handler)

    def _pipe_local(
        self, articles: Iterable[Any], batch_size: int, handler: ErrorHandler
    ) -> Iterator[Analysis]:
        batch: list[Article] = []
        for i, item in enumerate(articles):
            try:
                art = make_article(item, where=_where(item, i))
                self._check(art, f"article {art.id!r}")
            except EventwireError as exc:
                handler(item, exc)
                continue
            batch.append(art)
            if len(batch) >= batch_size:
                yield from self._code_batch(batch, batch_size, handler)
                batch = []
        if batch:
            yield from self._code_batch(batch, batch_size, handler)

    def _code_batch(
        self, batch: list[Article], batch_size: int, handler: ErrorHandler
    ) -> Iterator[Analysis]:
        # spaCy holds a whole batch's arrays at once: 32 news articles peaked near 800 MB
        # per process on PolNeAR, 8 near 430 MB, at the same parse speed (nlp.PARSE_BATCH)
        docs = _nlp.pipe(self._nlp, (a.text for a in batch), min(batch_size, _nlp.PARSE_BATCH))
        for art, doc in zip(batch, docs, strict=True):
            try:
                yield self.annotate(art, doc)
            except EventwireError as exc:
                handler(art, exc)


# The record lists of an Analysis; a failed annotator's additions to them are dropped.
_RECORD_LISTS = _annotators.RECORDS


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _failure(name: str, exc: BaseException) -> str:
    """The warning that annotator ``name`` failed with ``exc``: name, error and a short reason."""
    reason = " ".join(str(exc).split())
    if len(reason) > FAILURE_REASON_CHARS:
        reason = reason[: FAILURE_REASON_CHARS - 1] + "…"
    return (
        f"{ANNOTATOR_FAILED}{name}: {type(exc).__name__}: {reason or 'no message'}; its "
        "records are left out (a later ingest with a fixed eventwire recodes the article)"
    )


def _where(item: Any, i: int) -> str:
    if isinstance(item, Article):
        return f"article {item.id!r}"
    if isinstance(item, Mapping) and item.get("id") is not None:
        return f"article {item.get('id')!r}"
    return f"article #{i + 1}"


def _log_error(item: Any, exc: EventwireError) -> None:
    log.warning("skipped: %s", exc)


# --- parallel coding: one Coder per worker process -------------------------------------

_WORKER: Coder | None = None
PARENT_POLL_SECONDS = 0.5


def watch_parent(parent_pid: int, poll: float = PARENT_POLL_SECONDS) -> threading.Thread:
    """In a worker process: exit as soon as the parent ``parent_pid`` is gone.

    A parent killed with SIGKILL cannot stop its workers, and a worker waiting for
    work on the pool's queue would wait for ever (it holds the queue's pipe open
    itself); a worker re-parented to another process exits within ``poll`` seconds.
    """

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(poll)
        os._exit(1)

    thread = threading.Thread(target=watch, name="eventwire-parent-watch", daemon=True)
    thread.start()
    return thread


def _init_worker(settings: dict[str, Any], parent_pid: int | None = None) -> None:
    global _WORKER
    if parent_pid is not None:
        watch_parent(parent_pid)
    _WORKER = Coder(settings)


_Result = tuple[int, Any, Analysis | None, EventwireError | None]


def _work(chunk: list[tuple[int, Any]]) -> list[_Result]:
    assert _WORKER is not None
    out: list[_Result] = []
    errors: list[tuple[Any, EventwireError]] = []
    items = [item for _pos, item in chunk]
    results = list(_WORKER.pipe(items, n_process=1, on_error=lambda a, e: errors.append((a, e))))
    # pair results with their input positions, in order
    err_ids = {id(a) for a, _ in errors}
    it = iter(results)
    err_by_item = {id(a): e for a, e in errors}
    for pos, item in chunk:
        if id(item) in err_ids:
            out.append((pos, item, None, err_by_item[id(item)]))
        else:
            out.append((pos, item, next(it), None))
    return out


def _pipe_parallel(
    coder: Coder,
    articles: Iterable[Any],
    n_process: int,
    batch_size: int,
    handler: ErrorHandler,
) -> Iterator[Analysis]:
    # Validation happens up front so one bad article never reaches a worker.
    def valid() -> Iterator[tuple[int, Article]]:
        for i, item in enumerate(articles):
            try:
                yield i, make_article(item, where=_where(item, i))
            except EventwireError as exc:
                handler(item, exc)

    size = max(1, min(batch_size, PARALLEL_CHUNK))
    source = valid()
    head = [x for _, x in zip(range(2), source, strict=False)]
    if len(head) < 2:  # one article: a pool would only add its start-up
        yield from coder._pipe_local([art for _, art in head], batch_size, handler)
        return
    items = chain(head, source)

    def local(rest: Iterable[list[tuple[int, Any]]]) -> Iterator[Analysis]:
        arts = (art for chunk in rest for _, art in chunk)
        yield from coder._pipe_local(arts, batch_size, handler)

    pending: list[tuple[list[tuple[int, Any]], Future[list[_Result]]]] = []
    todo = batches(items, size)
    try:
        pool = ProcessPoolExecutor(
            max_workers=n_process,
            initializer=_init_worker,
            initargs=(coder.settings.as_dict(), os.getpid()),
        )
    except (OSError, ValueError, NotImplementedError) as exc:
        log.warning("cannot start %d worker processes (%s); coding in this process", n_process, exc)
        yield from local(todo)
        return
    with pool:
        exhausted = False
        while True:
            while not exhausted and len(pending) < n_process * 2:
                chunk = next(todo, None)
                if chunk is None:
                    exhausted = True
                    break
                try:
                    pending.append((chunk, pool.submit(_work, chunk)))
                except (BrokenProcessPool, RuntimeError, OSError) as exc:
                    log.warning("worker processes failed (%s); coding in this process", exc)
                    yield from local(chain([c for c, _ in pending], [chunk], todo))
                    return
            if not pending:
                break
            chunk, fut = pending[0]
            try:
                results = fut.result()
            except (BrokenProcessPool, OSError) as exc:
                log.warning("worker processes failed (%s); coding in this process", exc)
                yield from local(chain([c for c, _ in pending], todo))
                return
            pending.pop(0)
            for _pos, item, analysis, err in results:
                if analysis is not None:
                    yield analysis
                else:
                    handler(item, err or ArticleError(f"{_where(item, 0)}: failed"))
