"""Annotators: each adds one kind of record to an Analysis, reading the shared parse.

An annotator is a class registered by name with ``@register``; it declares what it
``assigns`` and what it ``requires`` (assigned by an annotator that runs before it):
record lists of the Analysis (``"entities"``, ``"quotes"`` …) and the typed fields of
the ``Context`` that one annotator hands to the next (``"actor_resolver"``,
``"time_signals"``, ``"quote_regions"`` …, listed in ``HANDOFFS``). It is built once
per Coder with the settings (load data files in ``__init__``) and then called once
per article with a ``Context``.

Adding an annotator means adding a module and registering it; built-in ones are
imported lazily from ``BUILTIN``. The Coder checks when it is built that every
requirement is met by an earlier annotator (``check_order``).
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from ..errors import AnnotatorOrderError, ConfigError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..records import Analysis, Article
    from ..settings import Settings
    from .actors import Resolution

T = TypeVar("T")

# name -> module that registers it
BUILTIN: dict[str, str] = {
    "times": "eventwire.annotators.times",
    "places": "eventwire.annotators.places",
    "actors": "eventwire.annotators.actors",
    "quotes": "eventwire.annotators.quotes",
    "events": "eventwire.annotators.events",
    "event_learned": "eventwire.annotators.event_learned",
    "event_criticism": "eventwire.annotators.event_criticism",
    "event_time": "eventwire.annotators.event_time",
    "event_date_learned": "eventwire.annotators.event_date_learned",
    "actor_dates": "eventwire.annotators.actor_dates",
    "event_place": "eventwire.annotators.event_place",
    "framing": "eventwire.annotators.framing",
}

REGISTRY: dict[str, type[Annotator]] = {}


class ActorResolver(Protocol):
    """What the actors annotator offers later ones: a phrase resolved from the
    dictionaries alone (no coreference), for arguments and speakers no mention covers."""

    def resolve_span(self, ctx: Context, span: Span) -> Resolution:
        """The code and sectors the dictionaries give the phrase ``span``."""
        ...


@dataclass
class QuoteTokens:
    """The tokens of each attribution the quotes annotator found, by quote id."""

    # quote id -> token ranges [start, end) of its content (events inside are reported speech)
    content: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    cue: dict[int, str] = field(default_factory=dict)  # token of a cue word -> quote id
    source: dict[int, str] = field(default_factory=dict)  # token of a source word -> quote id


class Memo:
    """Values one annotator computes once per article and reuses (an index over the parse
    or over a record list). Each is filed under a key that starts with the function that
    owns it, so a memo is private to the module that defines that function: annotators
    hand results to each other through the typed fields of the ``Context`` only."""

    def __init__(self) -> None:
        self._values: dict[tuple[Any, ...], Any] = {}

    def once(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """The value filed under ``key``, computed with ``compute`` the first time."""
        if not key or not callable(key[0]):
            raise TypeError(f"a memo key starts with the function that owns it; got {key!r}")
        if key not in self._values:
            self._values[key] = compute()
        return self._values[key]  # type: ignore[no-any-return]


def _handoff(doc: str, default: Any = None, factory: Callable[[], Any] | None = None) -> Any:
    """A Context field that one annotator assigns and later ones require."""
    meta = {"handoff": doc}
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass
class Context:
    """What an annotator sees for one article: the article, its parse, the records so far,
    and the typed results earlier annotators hand on.

    Each hand-off field is filled by the annotator that names it in ``assigns`` and read
    by those that name it in ``requires`` (``HANDOFFS`` lists them); ``memo`` keeps an
    annotator's own per-article indexes.
    """

    article: Article
    doc: Doc
    analysis: Analysis
    settings: Settings
    # actors: token index -> id of the entity whose mention covers it, so later annotators
    # resolve a phrase to an entity without re-reading the text
    token_entity: dict[int, str] = _handoff("actors", factory=dict)
    # actors: resolves a phrase no mention covers from the dictionaries alone
    actor_resolver: ActorResolver | None = _handoff("actors")
    # times: the date the text states at its head, when the article came without one
    article_date: str | None = _handoff("times")
    # times: index of a duration in analysis.times -> (signal word, its token index), for
    # a duration followed by "after"/"before"/"earlier"/"later"
    time_signals: dict[int, tuple[str, int]] = _handoff("times", factory=dict)
    # quotes: character spans of every paired quotation (marks included), attributed or not
    quote_regions: list[tuple[int, int]] = _handoff("quotes", factory=list)
    # quotes: the tokens of each attribution's content, cue and source
    quote_tokens: QuoteTokens = _handoff("quotes", factory=QuoteTokens)
    # quotes, when its ``record`` is on (the training command): every candidate's features
    quote_candidates: list[dict[str, Any]] = _handoff("quotes", factory=list)
    # events: start character of each sentence -> the sentence-level decision's probability
    # that it reports a political act (``event_presence``; empty when the filter is off)
    event_presence: dict[int, float] = _handoff("events", factory=dict)
    memo: Memo = field(default_factory=Memo)


# The Context fields annotators hand to each other, as named in requires/assigns.
HANDOFFS: tuple[str, ...] = tuple(f.name for f in fields(Context) if "handoff" in f.metadata)
# The record lists of an Analysis, as named in requires/assigns.
RECORDS: tuple[str, ...] = ("entities", "events", "quotes", "times", "places", "claims")


def sentence_ids(doc: Doc) -> list[int]:
    """The sentence number of every token of ``doc``, computed once per doc.

    ``Token.sent`` walks the sentence boundaries on every access; annotators that
    compare the sentences of many token pairs use this instead.
    """
    cached = doc.user_data.get("eventwire.sentence_ids")
    if cached is not None and len(cached) == len(doc):
        return cached  # type: ignore[no-any-return]
    ids = [0] * len(doc)
    for k, sent in enumerate(doc_sents(doc)):
        for i in range(sent.start, sent.end):
            ids[i] = k
    doc.user_data["eventwire.sentence_ids"] = ids
    return ids


_KEPT = threading.local()  # what is built once per doc, for the doc this thread works on


def per_doc(slot: str, doc: Doc, build: Callable[[Doc], T]) -> T:
    """``build(doc)``, built once while a thread works on ``doc`` and kept under ``slot``.

    Each thread keeps the value of the last doc it built one for in each slot (a
    ``threading.local``, so threads coding different docs never share one); a kept value
    of another doc, or of this doc when its length changed, is built again. Kept beside
    the doc, not in its ``user_data``, which must stay serialisable."""
    kept = getattr(_KEPT, slot, None)
    if kept is None or kept[0] is not doc or kept[1] != len(doc):
        kept = (doc, len(doc), build(doc))
        setattr(_KEPT, slot, kept)
    return kept[2]  # type: ignore[no-any-return]


def doc_text(doc: Doc) -> str:
    """The text of ``doc``, joined once per doc and kept with it.

    ``Doc.text`` joins every token's text on each read (milliseconds for a news
    article); the annotators that read the whole text (datelines, the places' context)
    use this instead. A kept text that no longer spans the doc's tokens is joined again.
    """
    if not len(doc):
        return str(doc.text)
    text = doc.user_data.get("eventwire.text")
    if not isinstance(text, str) or len(text) != doc[-1].idx + len(doc[-1].text_with_ws):
        text = doc.text
        doc.user_data["eventwire.text"] = text
    return str(text)


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """The named entities of ``doc``, built once while a thread works on that doc
    (``Doc.ents`` builds a new span for every entity on each read; no annotator sets
    entities). Kept beside the doc, not in its ``user_data``, which must stay
    serialisable."""
    return per_doc("ents", doc, _ents)


def doc_tokens(doc: Doc) -> tuple[Token, ...]:
    """The tokens of ``doc``, built once while a thread works on that doc (iterating a
    ``Doc`` or indexing it builds a new ``Token`` object on every read; the scans over
    every token of an article index this tuple instead). Kept beside the doc, like
    ``doc_ents``."""
    return per_doc("tokens", doc, tuple)


def span_tokens(span: Span) -> tuple[Token, ...]:
    """The tokens of ``span`` (a sentence) from ``doc_tokens``: iterating a ``Span``
    builds a new ``Token`` for each of its words on every scan."""
    return doc_tokens(span.doc)[span.start : span.end]


def token_at(doc: Doc | None, start: int, end: int) -> Token | None:
    """The root token of the characters [start, end) of ``doc`` (widened to whole tokens),
    or None where they hold no token (or there is no parse)."""
    if doc is None or not len(doc):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def read_model_file(path: str, what: str, command: str) -> str:
    """The text of a model file a setting names; a ``ConfigError`` naming the file, what it
    should hold (``what``) and the command that writes one, where it cannot be read."""
    from pathlib import Path

    try:
        return Path(path).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{what} {path!r} cannot be read ({exc}); expected a JSON file written by {command}"
        ) from exc


def doc_children(doc: Doc) -> tuple[tuple[Token, ...], ...]:
    """Every token's syntactic children in text order (as ``Token.children`` yields them),
    built once while a thread works on that doc: ``Token.children`` builds a new ``Token``
    for every left and right dependent on each read, and the event rules ask for the
    dependents of the same words many times. Kept beside the doc, like ``doc_tokens``."""
    return per_doc("children", doc, _build_children)


def _build_children(doc: Doc) -> tuple[tuple[Token, ...], ...]:
    toks = doc_tokens(doc)
    kids: list[list[Token]] = [[] for _ in toks]
    for tok in toks:
        head = tok.head.i
        if head != tok.i:
            kids[head].append(tok)
    return tuple(tuple(k) for k in kids)


def doc_sents(doc: Doc) -> tuple[Span, ...]:
    """The sentences of ``doc``, built once while a thread works on that doc
    (``Doc.sents`` walks every token and builds every sentence span on each read)."""
    return per_doc("sents", doc, _sents)


def _ents(doc: Doc) -> tuple[Span, ...]:
    return tuple(doc.ents)


def _sents(doc: Doc) -> tuple[Span, ...]:
    return tuple(doc.sents)


class SpanIndex:
    """Character spans filed under every block of text they touch, so that asking which
    spans hold a position, contain a span or overlap one reads a block or two instead of
    scanning all of them (a scan per sentence or per match grows with the square of a
    long article's length). Each span may carry an item (its index in a record list)."""

    BLOCK = 2048

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._at: dict[int, list[tuple[int, int, Any]]] = {}
        for s, e in spans:
            self.add(s, e)

    def _blocks(self, start: int, end: int) -> range:
        return range(start // self.BLOCK, max(start, end - 1) // self.BLOCK + 1)

    def add(self, start: int, end: int, item: Any = None) -> None:
        """File the span [start, end), with ``item``."""
        entry = (start, end, item)
        for b in self._blocks(start, end):
            self._at.setdefault(b, []).append(entry)

    def holds(self, char: int) -> bool:
        """Whether a span holds the character at ``char`` (start <= char < end)."""
        return any(s <= char < e for s, e, _ in self._at.get(char // self.BLOCK, ()))

    def containing(self, start: int, end: int) -> list[Any]:
        """The items of the spans that contain [start, end) (s <= start and end <= e)."""
        blocks = {start // self.BLOCK}
        if end <= start:  # an empty span is also inside one that ends where it is
            blocks.add(max(0, start - 1) // self.BLOCK)
        return self._items(blocks, lambda s, e: s <= start and end <= e)

    def contains(self, start: int, end: int) -> bool:
        """Whether a span contains [start, end)."""
        return bool(self.containing(start, end))

    def overlapping(self, start: int, end: int) -> list[Any]:
        """The items of the spans that overlap [start, end) (s < end and start < e)."""
        return self._items(self._blocks(start, end), lambda s, e: s < end and start < e)

    def _items(self, blocks: Iterable[int], test: Callable[[int, int], bool]) -> list[Any]:
        seen: set[int] = set()
        out = []
        for b in blocks:
            for entry in self._at.get(b, ()):
                if id(entry) not in seen and test(entry[0], entry[1]):
                    seen.add(id(entry))  # a span across blocks is filed in each
                    out.append(entry[2])
        return out

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span overlaps [start, end)."""
        blocks = self._blocks(start, end)
        return any(s < end and start < e for b in blocks for s, e, _ in self._at.get(b, ()))


class Annotator:
    """Base class: subclasses set ``name``, ``assigns``, ``requires`` and implement ``__call__``."""

    name: ClassVar[str] = ""
    assigns: ClassVar[tuple[str, ...]] = ()
    requires: ClassVar[tuple[str, ...]] = ()

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, ctx: Context) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


def register(name: str) -> Callable[[type[Annotator]], type[Annotator]]:
    """Class decorator: make an annotator available under ``name``."""

    def deco(cls: type[Annotator]) -> type[Annotator]:
        cls.name = name
        REGISTRY[name] = cls
        return cls

    return deco


def get(name: str) -> type[Annotator]:
    """The annotator class registered as ``name``, importing a built-in one on first use."""
    if name not in REGISTRY and name in BUILTIN:
        importlib.import_module(BUILTIN[name])
    try:
        return REGISTRY[name]
    except KeyError:
        valid = ", ".join(sorted(set(BUILTIN) | set(REGISTRY)))
        raise ConfigError(f"unknown annotator {name!r}; known annotators: {valid}") from None


def check_order(names: tuple[str, ...] | list[str]) -> list[type[Annotator]]:
    """The annotator classes of ``names``, checking each one's requirements are assigned
    by an annotator before it; raises AnnotatorOrderError naming what is missing."""
    classes: list[type[Annotator]] = []
    assigned: dict[str, str] = {}
    for name in names:
        cls = get(name)
        missing = [r for r in cls.requires if r not in assigned]
        if missing:
            givers = {
                r: sorted(n for n in set(BUILTIN) | set(REGISTRY) if r in _assigns_of(n))
                for r in missing
            }
            hint = "; ".join(
                f"{r!r} is assigned by {', '.join(map(repr, g)) or 'no known annotator'}"
                for r, g in givers.items()
            )
            raise AnnotatorOrderError(
                f"annotator {name!r} requires {missing} from an earlier annotator; order "
                f"given: {list(names)}; {hint}: put it earlier in the 'annotators' setting"
            )
        classes.append(cls)
        for a in cls.assigns:
            assigned.setdefault(a, name)
    return classes


def _assigns_of(name: str) -> tuple[str, ...]:
    try:
        return get(name).assigns
    except ConfigError:
        return ()


def build(names: tuple[str, ...] | list[str], settings: Settings) -> list[Annotator]:
    """Instantiate annotators in order, checking each one's requirements are assigned earlier."""
    return [cls(settings) for cls in check_order(names)]
