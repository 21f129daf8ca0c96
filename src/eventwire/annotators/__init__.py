"""Annotators: each adds one kind of record to an Analysis, reading the shared parse.

An annotator is a class registered by name with ``@register``; it declares the
records it ``assigns`` and those it ``requires`` (assigned by an annotator that
runs before it). It is built once per Coder with the settings (load data files
in ``__init__``) and then called once per article with a ``Context``.

Adding an annotator means adding a module and registering it; built-in ones are
imported lazily from ``BUILTIN``. The Coder checks at start-up that every
requirement is met by an earlier annotator.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from ..errors import ConfigError

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Analysis, Article
    from ..settings import Settings

# name -> module that registers it
BUILTIN: dict[str, str] = {
    "times": "eventwire.annotators.times",
    "places": "eventwire.annotators.places",
    "actors": "eventwire.annotators.actors",
    "quotes": "eventwire.annotators.quotes",
    "events": "eventwire.annotators.events",
    "event_time": "eventwire.annotators.event_time",
    "event_place": "eventwire.annotators.event_place",
    "framing": "eventwire.annotators.framing",
}

REGISTRY: dict[str, type[Annotator]] = {}


@dataclass
class Context:
    """What an annotator sees for one article: the article, its parse and the records so far.

    ``token_entity`` maps a token index to the id of the entity whose mention covers
    it (filled by the actors annotator) so later annotators can resolve a phrase to
    an entity without re-reading the text. ``data`` is scratch space shared by
    annotators of one article (documented where it is used).
    """

    article: Article
    doc: Doc
    analysis: Analysis
    settings: Settings
    token_entity: dict[int, str] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)


def sentence_ids(doc: Doc) -> list[int]:
    """The sentence number of every token of ``doc``, computed once per doc.

    ``Token.sent`` walks the sentence boundaries on every access; annotators that
    compare the sentences of many token pairs use this instead.
    """
    cached = doc.user_data.get("eventwire.sentence_ids")
    if cached is not None and len(cached) == len(doc):
        return cached  # type: ignore[no-any-return]
    ids = [0] * len(doc)
    for k, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            ids[i] = k
    doc.user_data["eventwire.sentence_ids"] = ids
    return ids


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


def build(names: tuple[str, ...] | list[str], settings: Settings) -> list[Annotator]:
    """Instantiate annotators in order, checking each one's requirements are assigned earlier."""
    built: list[Annotator] = []
    assigned: set[str] = set()
    for name in names:
        cls = get(name)
        missing = [r for r in cls.requires if r not in assigned]
        if missing:
            raise ConfigError(
                f"annotator {name!r} requires {missing} from an earlier annotator; "
                f"order given: {list(names)}"
            )
        built.append(cls(settings))
        assigned.update(cls.assigns)
    return built
