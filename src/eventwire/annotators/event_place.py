"""The event_place annotator: where each event happened.

An event's location is the place attached to its trigger in the parse: the object of a place
preposition hanging from the trigger ("visit to Baghdad", "troops at a base in northeast
Syria", "talks in Geneva"), possibly through other nouns and prepositions ("a visit to the
Iraqi capital of Baghdad"), or the direct object of a motion verb ("visited Iraq"). Paths that
cross another clause or pass through the event's actor ("a delegation from Iran met …") do not
count. Failing that, an article that opens with a dateline ("BAGHDAD, March 7 (Reuters) -")
places its events there. Otherwise the location stays None: the article's first place is not
a default. The prepositions and verbs are data: ``resources/geo/event_place.tsv``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .. import gazetteer as _gaz
from ..errors import ConfigError
from ..records import Event, Place
from . import Annotator, Context, register, sentence_ids
from .places import dateline

#: dependency labels a path from a place up to its event may climb through
_PATH_DEPS = {"pobj", "prep", "compound", "appos", "conj", "cc", "npadvmod", "nmod", "poss"}
#: how far (in parse arcs) a place may sit from its event's trigger
MAX_PATH = 7
#: how far into the text a reader's ``Article.dateline`` is looked for
_DATELINE_CHARS = 400


def read_rules(text: str | None = None) -> dict[str, set[str]]:
    """The words of an ``event_place.tsv`` file by kind: ``prep``, ``verb`` and ``light``."""
    text = _gaz._resource_text("event_place.tsv") if text is None else text
    rules: dict[str, set[str]] = {"prep": set(), "verb": set(), "light": set()}
    for n, cells in _gaz._rows(text, "event_place.tsv", 2):
        if cells[0] not in rules:
            raise ConfigError(
                f"event_place.tsv, line {n}: kind {cells[0]!r}; expected prep, verb or light"
            )
        rules[cells[0]].add(cells[1].casefold())
    return rules


def _token_at(doc: Any, start: int, end: int) -> Any | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


@register("event_place")
class EventPlaceAnnotator(Annotator):
    """Sets ``Event.location`` from the parse, else the dateline, else leaves it None."""

    assigns = ("event_locations",)
    requires = ("events", "places")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        rules = read_rules()
        self.preps, self.verbs, self.light = rules["prep"], rules["verb"], rules["light"]

    def __call__(self, ctx: Context) -> None:
        if not ctx.analysis.events:
            return
        doc = ctx.doc
        anchored = [(p, _token_at(doc, p.start, p.end)) for p in ctx.analysis.places]
        # a place attaches only to an event of its own sentence: look at those alone
        sid = sentence_ids(doc)
        placed: dict[int, list[tuple[Place, Any]]] = {}
        for p, t in anchored:
            if t is not None:
                placed.setdefault(sid[t.i], []).append((p, t))
        fallback = self.dateline_place(ctx)
        for event in ctx.analysis.events:
            found = self.attached(doc, event, placed)
            if found is not None:
                event.location = replace(found)
            elif fallback is not None:
                event.location = replace(fallback)

    def dateline_place(self, ctx: Context) -> Place | None:
        """The resolved place of the article's dateline, if it has one.

        The dateline is read from the text; a reader may also have recorded it as
        ``Article.dateline`` (the place as written), which counts where it stands near the
        start of the text.
        """
        spans = []
        line = dateline(ctx.doc.text)
        if line is not None:
            spans.append((line[0], line[1]))
        named = ctx.article.dateline
        if named:
            at = ctx.doc.text.find(named, 0, _DATELINE_CHARS)
            if at >= 0:
                spans.append((at, at + len(named)))
        for start, end in spans:
            for place in ctx.analysis.places:
                if place.start < end and start < place.end and place.lat is not None:
                    return place
        return None

    def attached(
        self,
        doc: Any,
        event: Event,
        places: list[tuple[Place, Any]] | dict[int, list[tuple[Place, Any]]],
    ) -> Place | None:
        """The place the parse attaches to the event's trigger, the nearest one if several
        (``places``: (place, token) pairs, or those pairs by sentence number)."""
        trigger = _token_at(doc, event.trigger.start, event.trigger.end)
        if trigger is None:
            return None
        if isinstance(places, dict):
            places = places.get(sentence_ids(doc)[trigger.i], [])
        heads = {trigger}
        # "paid a visit to Syria": the light verb may carry the trigger noun's prepositions
        if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "attr", "nsubj"):
            heads.add(trigger.head)
        if trigger.lemma_.casefold() in self.light:
            heads.update(c for c in trigger.children if c.dep_ == "dobj")
        where = None
        # "Syria, where he met …": the relative clause's event happened at its antecedent
        if trigger.dep_ == "relcl" and any(c.lower_ == "where" for c in trigger.children):
            where = trigger.head
        actors = [(a.start, a.end) for a in event.actor]
        best: tuple[int, int, Place] | None = None
        sid = sentence_ids(doc)
        for place, tok in places:
            if sid[tok.i] != sid[trigger.i] or any(s <= place.start < e for s, e in actors):
                continue
            length = 1 if where is not None and tok.i == where.i else self._path(tok, heads)
            if length is None:
                continue
            # prefer the nearest in the parse, then the more specific (a city over a country)
            rank = (length, 0 if place.feature in ("city", "region") else 1)
            if best is None or rank < best[:2]:
                best = (*rank, place)
        return best[2] if best else None

    def _path(self, tok: Any, heads: set[Any]) -> int | None:
        """Arcs from a place token up to one of ``heads`` along a placing path, else None."""
        located = False
        steps = 0
        node = tok
        while steps <= MAX_PATH:
            parent = node.head
            if parent.i == node.i:
                return None
            if node.dep_ == "dobj" and parent in heads and parent.lemma_.casefold() in self.verbs:
                return steps + 1
            if node.dep_ == "compound" and steps == 0 and parent in heads and parent.pos_ == "NOUN":
                return 1  # "the Baghdad visit", "the Geneva talks"
            if node.dep_ == "dobj" and parent in heads and located and steps == 2:
                # "met officials in Tehran": the parser often hangs the place on the object;
                # only there, not deeper ("condemned the visit to a base in Syria")
                return steps + 1
            if node.dep_ not in _PATH_DEPS:
                return None
            if node.dep_ == "prep" and node.lower_ in self.preps:
                located = True
            steps += 1
            if parent in heads:
                return steps if located else None
            if parent.pos_ in ("VERB", "AUX"):
                return None  # another clause's place
            node = parent
        return None
