"""The places annotator: toponyms recognised in the text and resolved to gazetteer entries.

Recognition (``place_recognition``) takes spaCy's place entities, the dateline and the
proper-noun runs the gazetteer knows; resolution (``place_resolution``) reads the article's
context to pick one entry per name, each with the clue that chose it. A direction word before
a country or division ("northeast Syria", "southern Guyana") makes a region of it: same
country, its point moved towards that side (``resources/geo/directions.tsv``).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .. import gazetteer as _gaz
from ..gazetteer import Entry
from ..records import Place
from . import Annotator, Context, doc_ents, doc_text, register
from .place_recognition import Toponym, ToponymRecogniser, dateline, headline_dateline
from .place_resolution import BASES, PlaceResolver, toponym_words

__all__ = ["BASES", "PlaceResolver", "PlacesAnnotator", "Toponym", "dateline"]


@register("places")
class PlacesAnnotator(Annotator):
    """Adds a Place for each toponym, resolved to the gazetteer where it can be."""

    assigns = ("places",)
    requires = ()

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.gaz = _gaz.load(
            settings["cache_dir"],
            settings["gazetteer_min_population"],
            settings["gazetteer_files"],
        )
        self.resolver = PlaceResolver(self.gaz)
        self.recogniser = ToponymRecogniser(self.resolver)
        self.keep_unresolved = bool(settings.get("places_keep_unresolved", False))

    def recognise(self, doc: Any) -> list[Toponym]:
        """The toponyms of a parsed text, as token spans, each with its gazetteer candidates."""
        return self.recogniser.recognise(doc)

    def __call__(self, ctx: Context) -> None:
        doc = ctx.doc
        found = self.recognise(doc)
        toponyms = [t for t in found if t.source != "street"]
        # a state's abbreviation ("Miss.", "OK") is read as the name of the state
        names = [
            t.candidates[0][0].name if t.source == "state" else doc[t.start : t.end].text
            for t in toponyms
        ]
        qualifiers: list[str | None] = []
        for k, top in enumerate(toponyms):
            nxt = toponyms[k + 1] if k + 1 < len(toponyms) else None
            follows = (
                nxt is not None
                and nxt.start == top.end + 1
                and top.end < len(doc)
                and doc[top.end].text == ","
                and not self._listed(doc, nxt, toponyms[k + 2 : k + 3])
            )
            qualifiers.append(names[k + 1] if follows else None)
        text = doc_text(doc)
        line = dateline(text, self.gaz) or headline_dateline(text)
        context: list[Entry] = []
        if line is not None and line[2] is not None and line[3] is not None:
            context = [e for e, _ in self.resolver.candidates(text[line[2] : line[3]])][:1]
        # "Iraqi lawmakers", "Syrian officials": the countries an article is about
        for ent in doc_ents(doc):
            if ent.label_ in ("NORP", "GPE"):
                entry = self.resolver.demonym(ent.text)
                if entry is not None:
                    context.append(entry)
        at_line = next((k for k, t in enumerate(toponyms) if t.source == "dateline"), None)
        entries = self.resolver.resolve_with_basis(names, qualifiers, context, at_line)
        kept: list[Toponym] = []
        for top, (entry, basis) in zip(toponyms, entries, strict=True):
            top.entry, top.basis = entry, basis
            if top.source == "state":
                # the abbreviation names its state, whatever else bears the state's name
                top.entry, top.basis = top.candidates[0][0], "only"
            if entry is None and not (self.keep_unresolved and self._locative(doc, top)):
                # every Place has coordinates; an unknown name is kept only on request, and
                # only where the parse places it ("in Makeen"): others are mostly no places
                continue
            kept.append(top)
        kept += self._place_streets(doc, [t for t in found if t.source == "street"], kept)
        kept.sort(key=lambda t: t.start)
        ctx.analysis.places.extend(self.place(doc, top) for top in kept)

    @staticmethod
    def _listed(doc: Any, top: Toponym, after: list[Toponym]) -> bool:
        """Whether ``top`` is joined to the next toponym by "and"/"or": a list of places
        ("A, B and C"), where B is no qualifier of A."""
        return (
            bool(after)
            and top.end < len(doc)
            and doc[top.end].lower_ in ("and", "or")
            and after[0].start == top.end + 1
        )

    @staticmethod
    def _place_streets(doc: Any, streets: list[Toponym], placed: list[Toponym]) -> list[Toponym]:
        """Each street at the town or county named nearest to it in its own sentence ("on
        Gillham Road in Alton", "420 Oak St., Alton"), else at the one the article names most
        often; a street in an article that names no town is dropped."""
        towns = [t for t in placed if t.entry is not None and t.entry.feature in ("city", "adm2")]
        if not towns:
            return []
        counts = Counter(t.entry.id for t in towns if t.entry is not None)
        home = max(towns, key=lambda t: counts[t.entry.id] if t.entry is not None else 0)
        out = []
        for street in streets:
            sent = doc[street.start].sent
            same = [t for t in towns if sent.start <= t.start < sent.end]
            town = min(same, key=lambda t: abs(t.start - street.start)) if same else home
            street.entry, street.basis = town.entry, "street"
            out.append(street)
        return out

    @staticmethod
    def _locative(doc: Any, top: Toponym) -> bool:
        """Whether the parse puts the name after a place preposition ("in Makeen")."""
        head = doc[top.start : top.end].root
        while head.dep_ in ("compound", "amod", "conj", "appos") and head.head != head:
            head = head.head
        return head.dep_ == "pobj" and head.head.lower_ in toponym_words().locative

    def place(self, doc: Any, top: Toponym) -> Place:
        """The Place record of a resolved (or unresolved) toponym."""
        start = top.direction_start if top.direction is not None else top.start
        assert start is not None
        span = doc[start : top.end]
        entry = top.entry
        if entry is None:
            return Place(text=span.text, start=span.start_char, end=span.end_char, name=span.text)
        if top.direction is not None and entry.feature in ("country", "adm1", "region", "island"):
            lat, lon = self.resolver.region(entry, top.direction)
            return Place(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                name=f"{doc[start].lower_} {entry.name}",
                lat=round(lat, 5),
                lon=round(lon, 5),
                country=entry.country,
                geonameid=None,
                feature="region",
                basis=top.basis,
            )
        name_span = doc[top.start : top.end]
        # a street keeps its name as written and has no GeoNames id
        street = top.source == "street"
        return Place(
            text=name_span.text,
            start=name_span.start_char,
            end=name_span.end_char,
            name=name_span.text if street else entry.name,
            lat=entry.lat,
            lon=entry.lon,
            country=entry.country,
            geonameid=None if street else entry.geonameid,
            feature="street" if street else entry.feature,
            basis=top.basis,
        )
