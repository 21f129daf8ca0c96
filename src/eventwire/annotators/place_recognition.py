"""Toponym recognition: the place names of a parsed text, as token spans.

Recognition takes spaCy's GPE and LOC entities (FAC ones when the gazetteer knows them), place
names after a possessive inside a PERSON entity ("Austin's Baghdad visit"), the dateline
("BAGHDAD, March 7 (Reuters) -") and proper-noun runs that the gazetteer knows well (a country,
a division, a region, or a city of some size), or that stand where a place name does ("near
Auburn", "Auburn, N.Y."). Demonyms ("Iraqi", "Americans") are not places. The function words
read around a name are in ``resources/geo/toponym_words.tsv``.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .. import gazetteer as _gaz
from ..gazetteer import Entry, Gazetteer
from . import doc_ents, doc_text, doc_tokens
from .place_resolution import AREA_FEATURES, PlaceResolver, toponym_words

PLACE_LABELS = ("GPE", "LOC")
#: entity labels whose tokens are never read as gazetteer matches
_BLOCKING = {
    "PERSON",
    "NORP",
    "DATE",
    "TIME",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "CARDINAL",
    "ORDINAL",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
    "EVENT",
    "PRODUCT",
}
#: entity labels the small model often gives towns (even "Corinth" an ordinal); they block a
#: town unless the words around it say place
_SOFT_BLOCKING = {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE", "ORDINAL"}
#: the roles a further mention of a known place name may have to be taken as one
_PROPAGATE_DEPS = {"compound", "nmod", "pobj"}
#: entity labels that may hold part of a place name the small model split in two
_JOINABLE = {"GPE", "LOC", "ORG", "FAC", "PERSON"}
#: population from which a city named outside any entity is taken as a toponym
MIN_POPULATION_UNTAGGED = 100_000
#: population from which a city named after a place preposition or before a state is taken
MIN_POPULATION_LOCATIVE = 1_000
#: population from which a city's name tagged as a person or organisation is read as the city
MIN_POPULATION_MISREAD = 20_000


_DATELINE = re.compile(
    r"\A\s*(?P<place>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?"
    r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"\s*(?:\([^)\n]{1,40}\))?"
    # a dash or colon (old AP wire copy writes the dash "_": "MOSCOW (AP)_ Presidents"), or
    # (wire style: "LONDON The Latest") straight into the first sentence
    r"(?:\s*(?P<sep>[-–—_\ufffd]{1,2}|:)|\s+(?=[A-Z][a-z]))"
)


def dateline(
    text: str, gazetteer: Gazetteer | None = None
) -> tuple[int, int, int | None, int | None] | None:
    """Where the dateline's place and its qualifier lie, if the text opens with a dateline.

    A dateline is an upper-case place name at the very start, optionally followed by a
    qualifier (", Ukraine"), a date and an agency in parentheses, then a dash:
    ``"BAGHDAD, March 7 (Reuters) -"``, ``"KYIV, Ukraine (AP) —"``; failing that, the
    dateline reader of ``eventwire.ingest.dateline`` (one after a byline, or in Title Case
    with a date or an agency: ``"Kyiv, March 7 (AFP) -"``) has its say.
    """
    m = _DATELINE.match(text)
    if m is None:
        return _ingest_dateline(text)
    if m.group("sep") is None and not (m.group("region") or m.group(0).rstrip().endswith(")")):
        # "LONDON The Latest …" passes for a dateline; "US President …" does not: without a
        # dash, a qualifier or an agency, only a city name of some length will do
        if len(m.group("place")) < 4 or not _city_like(m.group("place"), gazetteer):
            return None
    r0, r1 = (m.start("region"), m.end("region")) if m.group("region") else (None, None)
    return m.start("place"), m.end("place"), r0, r1


#: the dateline's pattern anywhere: after a headline, where the body of the article begins
_DATELINE_BODY = re.compile(_DATELINE.pattern.removeprefix(r"\A"))
#: how far into the text a dateline after a headline may begin
HEADLINE_CHARS = 300


def headline_dateline(text: str) -> tuple[int, int, int | None, int | None] | None:
    """Where a dateline that follows the headline lies ("Storm topples trucks. SALINA, Kan.
    (AP) — …"): one opening a sentence in the first ``HEADLINE_CHARS`` characters, with a
    dash, a colon or a qualifier after it (a bare upper-case word there may be a shout)."""
    for brk in re.finditer(r"[.!?]\s+", text[:HEADLINE_CHARS]):
        m = _DATELINE_BODY.match(text, brk.end())
        if m is None or not (m.group("sep") or m.group("region")):
            continue
        if len(m.group("place")) < 3:
            continue
        r0, r1 = (m.start("region"), m.end("region")) if m.group("region") else (None, None)
        return m.start("place"), m.end("place"), r0, r1
    return None


def _ingest_dateline(text: str) -> tuple[int, int, int | None, int | None] | None:
    from ..ingest import dateline as _reader

    found = _reader.parse(text)
    if found is None or text[found.start : found.start + len(found.place)] != found.place:
        return None
    end = found.start + len(found.place)
    if found.region:
        r0 = text.find(found.region, end, found.end)
        if r0 >= 0:
            return found.start, end, r0, r0 + len(found.region)
    return found.start, end, None, None


def _city_like(name: str, gazetteer: Gazetteer | None) -> bool:
    """Whether the gazetteer (the given one, else one already loaded) knows a city ``name``."""
    gaz = gazetteer or _gaz.loaded()
    if gaz is None:
        return False
    return any(e.feature == "city" and e.population >= 10_000 for e in gaz.entries(name))


@dataclass
class Toponym:
    """A recognised place name, before and after resolution."""

    start: int  # token indices [start, end)
    end: int
    source: str  # ner | gazetteer | dateline | state (abbreviation after a town) | same name
    direction: tuple[float, float] | None = None
    direction_start: int | None = None  # token index of the direction word
    candidates: list[tuple[Entry, bool]] = field(default_factory=list)
    entry: Entry | None = None
    basis: str | None = None  # the clue that chose ``entry`` (one of BASES)


def _acronym(text: str) -> bool:
    """Whether a name is written like an acronym ("MoD", "BOV", "WA")."""
    return len(text) <= 5 and (text.isupper() or any(c.isupper() for c in text[1:]))


def _acronym_reading(entry: Entry, primary: bool) -> bool:
    """Whether an acronym may stand for this entry: acronyms and odd casing match towns'
    short names far too easily, so only a country, a division or a named area will do."""
    return entry.feature in ("country", "adm1") or (entry.feature in AREA_FEATURES and primary)


def _named_area(entry: Entry, min_population: int) -> bool:
    """Whether an entry is a country, division or named area, or a city of some size."""
    if entry.feature in ("country", "adm1", "continent") or entry.feature in AREA_FEATURES:
        return True
    return entry.feature == "city" and entry.population >= min_population


def _street_word(tok: Any) -> bool:
    """A word of a street's own name: capitalised ("Gillham", "Fourth") or an ordinal number
    ("4th")."""
    text = tok.text
    if text[:1].isdigit():
        return text[-2:].lower() in ("st", "nd", "rd", "th") and text[:-2].isdigit()
    return text[:1].isupper() and text.isalpha() and tok.pos_ in ("PROPN", "ADJ", "NOUN", "NUM")


def _proper(tok: Any) -> bool:
    text = tok.text
    return (
        tok.pos_ == "PROPN"
        and text[:1].isupper()
        and any(ch.isalpha() for ch in text)
        and not (len(text) <= 2 and not text.isupper())
    )


class TokenFlags:
    """What the toponym scans read of every token of one parse, read once: the form, the
    lower-cased form, whether it starts a sentence and whether it is a proper noun in the
    sense of ``_proper``. The scans run over every token several times (streets, party
    homes, local heads, two gazetteer passes); indexing these lists builds no spaCy
    ``Token`` and recomputes nothing."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.size = len(doc)
        toks = doc_tokens(doc)
        self.text: list[str] = [t.text for t in toks]
        self.lower: list[str] = [t.lower_ for t in toks]
        self.sent_start: list[bool] = [bool(t.is_sent_start) for t in toks]
        self.proper: list[bool] = [_proper(t) for t in toks]


_FLAGS = threading.local()


def token_flags(doc: Any) -> TokenFlags:
    """The ``TokenFlags`` of a parse, built once while a thread works on that parse."""
    flags: TokenFlags | None = getattr(_FLAGS, "flags", None)
    if flags is None or flags.doc is not doc or flags.size != len(doc):
        flags = _FLAGS.flags = TokenFlags(doc)
    return flags


class ToponymRecogniser:
    """Finds the toponyms of a parsed text and looks up each one's gazetteer candidates."""

    def __init__(self, resolver: PlaceResolver) -> None:
        self.resolver = resolver
        self.gaz = resolver.gaz
        self.words = toponym_words()

    def recognise(self, doc: Any) -> list[Toponym]:
        """The toponyms of a parsed text, as token spans, each with its gazetteer candidates."""
        found: list[Toponym] = []
        taken: set[int] = set()

        def add(top: Toponym) -> None:
            found.append(top)
            taken.update(range(top.start, top.end))

        text = doc_text(doc)
        line = dateline(text, self.gaz) or headline_dateline(text)
        if line is not None:
            span = doc.char_span(line[0], line[1], alignment_mode="expand")
            if span is not None and self.resolver.candidates(span.text):
                add(Toponym(span.start, span.end, "dateline"))
        self._streets(doc, taken, add)
        party_homes(self, doc, taken, add)
        local_heads(self, doc, taken, add)
        self._joined(doc, taken, add)
        surnames = {
            ent[-1].lower_ for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent) > 1
        }
        for ent in doc_ents(doc):
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            if self._not_place(doc, ent.start):
                continue
            if ent.label_ in ("PERSON", "ORG") and self._misread(ent, surnames):
                # the small model often calls "Tamil Nadu" a person or "Qamishli" an org
                add(Toponym(ent.start, ent.end, "gazetteer"))
                continue
            if ent.label_ in PLACE_LABELS or ent.label_ == "FAC":
                start, end = ent.start, ent.end
                while start < end and doc[start].lower_ == "the":
                    start += 1
                while end > start and doc[end - 1].tag_ == "POS":
                    end -= 1
                if end < ent.end and self._facility(doc, ent.end):
                    continue  # "Saint X's Cathedral": the name of a building, not a town
                span = doc[start:end]
                if start >= end or self._demonym(span) or self.resolver.demonym(span.text):
                    continue
                cands = self.resolver.candidates(doc[start:end].text)
                if not cands:
                    parts = self._parts(doc, start, end)
                    if parts:
                        for top in parts:
                            add(top)
                        continue
                if ent.label_ == "FAC" and not cands:
                    continue
                add(Toponym(start, end, "ner", candidates=cands))
            elif ent.label_ == "PERSON":
                # "Austin's Baghdad visit": the part after a possessive may be a place
                for tok in ent:
                    if tok.tag_ == "POS" and tok.i + 1 < ent.end:
                        self._scan(doc, tok.i + 1, ent.end, taken, add, strict=True)
        # a facility the gazetteer does not know is no town ("Windsor Castle")
        blocked = {
            i
            for ent in doc_ents(doc)
            if ent.label_ in _BLOCKING or ent.label_ == "FAC"
            for i in range(ent.start, ent.end)
        }
        inside_org = {
            i for ent in doc_ents(doc) if ent.label_ == "ORG" for i in range(ent.start, ent.end)
        }
        self._scan(doc, 0, len(doc), taken | blocked, add, strict=False, org=inside_org)
        # the small model calls many a town a product or a work of art ("near Auburn"):
        # where the words around say place, those labels do not block a town
        soft = {
            i
            for ent in doc_ents(doc)
            if ent.label_ in _SOFT_BLOCKING
            for i in range(ent.start, ent.end)
        }
        self._scan(
            doc, 0, len(doc), taken | (blocked - soft), add, False, inside_org, only_local=True
        )
        self._propagate(doc, found, taken | (blocked - soft), add)
        for top in list(found):
            self._state_after_town(doc, top, found, taken, add)
        for top in found:
            if top.source == "street":
                continue  # placed by the town named with it, never looked up
            if not top.candidates:
                top.candidates = self.resolver.candidates(doc[top.start : top.end].text)
            nxt = doc[top.end] if top.end < len(doc) else None
            kind = self.words.designated.get(nxt.lower_, "") if nxt is not None else ""
            if kind == "city" and any(e.feature == "country" and p for e, p in top.candidates):
                kind = ""  # "a Canada city": a city in the country, not one of its name
            if nxt is not None and nxt.is_lower and kind:
                # "Washington state", "Idlib province": the word belongs to the name
                wider = self.resolver.candidates(doc[top.start : top.end + 1].text)
                if wider:
                    top.end += 1
                    top.candidates = wider
            self._direction(doc, top)
        found.sort(key=lambda t: t.start)
        return [t for t in found if not _vehicle(doc, t, self.words.locative)]

    def _streets(self, doc: Any, taken: set[int], add: Any) -> None:
        """Streets: capitalised words ending in a street word ("Gillham Road", "East Fourth
        Street", "Oak St.")."""
        toks = doc_tokens(doc)
        for k, word in enumerate(token_flags(doc).text):
            if k in taken or k == 0 or word not in self.words.streets:
                continue
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.text[:1].isupper() and not nxt.is_sent_start:
                continue  # "Highway Patrol", "St. Louis": the name goes on, or is no street
            start = k
            while start > 0 and k - start < 4 and start - 1 not in taken:
                prev = toks[start - 1]
                if prev.text == "-" and start > 1 and toks[start - 2].text[:1].isupper():
                    start -= 1  # "Hyland-Croy Road"
                    continue
                if not _street_word(prev) or toks[start].is_sent_start:
                    break
                start -= 1
            if start < k:
                add(Toponym(start, k + 1, "street"))

    def _joined(self, doc: Any, taken: set[int], add: Any) -> None:
        """A place entity and the proper nouns right after it that together are one place's
        name: the small model splits names whose first word it does not know ("Porto"
        "Alegre", "Sierra" "Leone") or leaves the rest out ("Puerto" "Rico")."""
        label = {i: ent.label_ for ent in doc_ents(doc) for i in range(ent.start, ent.end)}
        ends = {ent.start: ent.end for ent in doc_ents(doc)}
        for ent in doc_ents(doc):
            if ent.label_ not in PLACE_LABELS or ent.start in taken:
                continue
            if not all(_proper(t) for t in ent):
                continue  # "The City of" "Paris": a designator phrase, not a split name
            stop = ent.end
            while stop < len(doc) and _proper(doc[stop]) and not doc[stop].is_sent_start:
                if label.get(stop, "GPE") not in _JOINABLE:
                    break
                stop = ends.get(stop, stop + 1)  # a whole entity, or one word outside any
                if stop - ent.start > 6:
                    break
                cands = self.resolver.candidates(doc[ent.start : stop].text)
                if any(p and _named_area(e, MIN_POPULATION_MISREAD) for e, p in cands):
                    add(Toponym(ent.start, stop, "ner", candidates=cands))
                    break

    @staticmethod
    def _propagate(doc: Any, found: list[Toponym], taken: set[int], add: Any) -> None:
        """Other mentions of a name already taken as a place are places too.

        One sense per name per article, for recognition: "Rock Hill" found after "in" makes
        "Rock Hill police" and the "Rock Hill School Board" name the town as well.
        """
        known: dict[tuple[str, ...], list[tuple[Entry, bool]]] = {}
        for top in found:
            words = tuple(t.text for t in doc[top.start : top.end])
            if top.candidates and top.source != "state" and words not in known:
                known[words] = top.candidates
        if not known:
            return
        longest = max(len(w) for w in known)
        heads = {w[0] for w in known}
        texts = token_flags(doc).text
        i = 0
        while i < len(doc):
            if texts[i] not in heads:
                i += 1
                continue
            for n in range(min(longest, len(doc) - i), 0, -1):
                words = tuple(texts[i : i + n])
                if words not in known or any(k in taken for k in range(i, i + n)):
                    continue
                # a name inside a longer name ("Rock Hill police", "the Cavan County
                # Council") or after a preposition; one standing alone as subject or object
                # ("Centre said", an organisation named just so) is not taken
                last = doc[i + n - 1]
                whole_org = any(
                    e.label_ == "ORG" and e.start == i and e.end == i + n for e in doc_ents(doc)
                )
                if last.dep_ in _PROPAGATE_DEPS and not whole_org and words[0][:1].isupper():
                    add(Toponym(i, i + n, "same name", candidates=known[words]))
                    i += n - 1
                    break
            i += 1

    def _parts(self, doc: Any, start: int, end: int) -> list[Toponym]:
        """Known places inside an unknown place entity: "Asia-Pacific", "Pacific equatorial"."""
        bounds: list[tuple[int, int]] = []
        lo = start
        for i in range(start, end + 1):
            if i == end or doc[i].text in ("-", "/", "–"):
                if i > lo:
                    bounds.append((lo, i))
                lo = i + 1
        if len(bounds) == 1:
            lo, hi = bounds[0]
            while hi > lo + 1 and doc[hi - 1].is_lower:
                hi -= 1  # trailing common words: "eastern Pacific equatorial"
            bounds = [(lo, hi)] if hi < end else []
        out = []
        for lo, hi in bounds:
            first = 1 if doc[lo].lower_ in self.resolver.directions and hi > lo + 1 else 0
            cands = self.resolver.candidates(doc[lo + first : hi].text)
            if not cands:
                return []
            out.append(Toponym(lo, hi, "ner", candidates=[] if first else cands))
        return out

    def _state_after_town(
        self, doc: Any, top: Toponym, found: list[Toponym], taken: set[int], add: Any
    ) -> None:
        """A US state's AP abbreviation or postal code after a town and a comma is its state.

        "Corinth, Miss.", "Tulsa, OK": only there, since alone "Miss.", "Pa.", "OK" or "ME"
        are words (``resources/geo/us_state_abbreviations.tsv``).
        """
        k = top.end
        if k + 1 >= len(doc) or doc[k].text != ",":
            return
        if not any(e.feature in ("city", "adm2") and e.cc == "US" for e, _ in top.candidates):
            return
        # a toponym already there ("Pa." read as a town, "MT" as an unknown place) gives way
        there = next((t for t in found if t.start == k + 1), None)
        if there is not None and any(
            e.feature == "adm1" and e.cc == "US" for e, _ in there.candidates
        ):
            return
        for n in (3, 2, 1):
            end = k + 1 + n
            inside = [i for i in range(k + 1, end) if i in taken]
            if end > len(doc) or (inside and (there is None or end > there.end)):
                continue
            text = doc[k + 1 : end].text
            code = self.resolver.state_codes.get(text)
            if code is None and end < len(doc) and doc[end].text == ".":
                code = self.resolver.state_codes.get(text + ".")
                end += 1 if code else 0
            if code is None and n == 1 and len(text) == 2 and text.isupper():
                code = text
            state = self.gaz.admin1("US", code) if code else None
            if state is not None:
                if there is not None:
                    found.remove(there)
                add(Toponym(k + 1, end, "state", candidates=[(state, True)]))
                return

    def _facility(self, doc: Any, i: int) -> bool:
        """Whether token i is a capitalised facility word ("Cathedral", "Hospital")."""
        return i < len(doc) and _proper(doc[i]) and doc[i].lower_ in self.resolver.facilities

    def _not_place(self, doc: Any, start: int) -> bool:
        """A title or storm word before the name: "Mr. Austin", "Hurricane Harvey"."""
        return start > 0 and doc[start - 1].lower_.rstrip(".") in self.resolver.not_before

    def _misread(self, ent: Any, surnames: set[str]) -> bool:
        """A PERSON or ORG entity that is, as a whole, a well-known place's own name."""
        if ent[-1].lower_ in surnames or ent.text.isupper() or ent[0].lower_ == "the":
            return False
        if ent[-1].tag_ == "POS" or not all(_proper(t) for t in (ent[0], ent[-1])):
            return False
        for entry, primary in self.resolver.gaz.lookup(ent.text):
            if not primary:
                continue
            if entry.feature in ("country", "adm1") or entry.feature in AREA_FEATURES:
                return True
            if entry.feature == "city" and entry.population >= MIN_POPULATION_MISREAD:
                return True
        return False

    @staticmethod
    def _demonym(span: Any) -> bool:
        # spaCy sometimes tags "Iraqi" or "Americans" as GPE: an adjective or plural proper
        # noun is a people or an attribute, not a place.
        return len(span) == 1 and span[0].tag_ in ("JJ", "NNPS", "NNS")

    def _scan(
        self,
        doc: Any,
        lo: int,
        hi: int,
        taken: set[int],
        add: Any,
        strict: bool,
        org: set[int] | None = None,
        only_local: bool = False,
    ) -> None:
        """Gazetteer matches among the proper-noun runs of tokens lo..hi (longest first).

        ``only_local``: only matches where the words around say place (see ``_local``).
        """
        org = org or set()
        flags = token_flags(doc)
        proper, lower, starts = flags.proper, flags.lower, flags.sent_start
        connectors = self.words.connectors
        i = lo
        while i < hi:
            if i in taken or not proper[i] or self._not_place(doc, i):
                i += 1
                continue
            best: tuple[int, list[tuple[Entry, bool]]] | None = None
            for n in range(min(6, hi - i), 0, -1):
                j = i + n
                if any(k in taken for k in range(i, j)) or not proper[j - 1]:
                    continue
                if any(not proper[k] and lower[k] not in connectors for k in range(i, j)):
                    continue
                if any(starts[k] for k in range(i + 1, j)):
                    continue
                if j < len(doc) and lower[j] in self.resolver.facilities and proper[j]:
                    continue  # "Hampton Avenue", "Washington University": a facility's name
                toks = doc[i:j]
                # inside an organisation's name ("in Congress") a town needs size, not words,
                # unless the name itself says where ("Cathedral in Boston", a misread phrase)
                in_org = i in org and not (i - 1 in org and doc[i - 1].lower_ == "in")
                local = not strict and not in_org and self._local(doc, i, j)
                if only_local and not local:
                    continue
                cands = self.resolver.candidates(toks.text)
                if cands and self._strong(cands, toks, strict or in_org, local=local):
                    best = (j, cands)
                    break
            if best is None:
                i += 1
                continue
            add(Toponym(i, best[0], "gazetteer", candidates=best[1]))
            i = best[0]

    @staticmethod
    def _strong(
        cands: list[tuple[Entry, bool]], toks: Any, strict: bool, local: bool = False
    ) -> bool:
        """Whether a gazetteer match outside a place entity is taken as a toponym.

        ``local``: the words around it say it is a place ("near Auburn", "Auburn, N.Y."), so
        a town of any size will do.
        """
        sentence_start = toks[0].is_sent_start
        text = toks.text
        acronym = _acronym(text)
        for entry, primary in cands:
            if acronym and not _acronym_reading(entry, primary):
                continue
            if entry.feature in ("country", "adm1", "continent") or (
                entry.feature in AREA_FEATURES and primary
            ):
                return True
            if entry.feature == "adm2" and primary and len(toks) > 1:
                return True  # "Boone County": the designator makes it a place
            if sentence_start and len(toks) == 1:
                continue
            floor = MIN_POPULATION_UNTAGGED * (10 if strict else 1)
            if local:
                floor = MIN_POPULATION_LOCATIVE
            if entry.feature == "city" and primary and entry.population >= floor:
                return True
        return False

    def _local(self, doc: Any, i: int, j: int) -> bool:
        """Whether tokens i..j stand where a place name does: after a place preposition
        ("near Auburn", not "with Auburn") or before a comma and a US state ("Auburn, N.Y.")."""
        if i > 0 and doc[i - 1].lower_ in self.words.at:
            return not (i > 1 and doc[i - 2].lower_ in self.words.not_before)
        if j + 1 < len(doc) and doc[j].text == ",":
            nxt = doc[j + 1].text
            after = doc[j + 1 : min(j + 4, len(doc))].text
            return nxt in self.resolver.state_codes or any(
                after.startswith(a) for a in self.resolver.state_codes if len(a) > 2
            )
        return False

    def _direction(self, doc: Any, top: Toponym) -> None:
        """Mark a toponym led by a direction word ("northeast Syria") as a region."""
        first = doc[top.start]
        directions = self.resolver.directions
        if first.lower_ in directions and top.end - top.start > 1:
            rest = self.resolver.candidates(doc[top.start + 1 : top.end].text)
            area = any(e.feature != "city" for e, _ in rest)
            if area and not self.resolver.gaz.lookup(doc[top.start : top.end].text):
                rest = [(e, p) for e, p in rest if e.feature != "city"]
                top.candidates = rest
                top.direction, top.direction_start = directions[first.lower_], top.start
                top.start += 1
                return
        if top.start > 0:
            prev = doc[top.start - 1]
            if prev.lower_ in directions and prev.sent == first.sent:
                top.direction, top.direction_start = directions[prev.lower_], prev.i


# Patterns of local news that say a capitalised name is a place, whatever its entity label


def party_homes(recogniser: ToponymRecogniser, doc: Any, taken: set[int], add: Any) -> None:
    """A legislator's home after a party letter and a hyphen, set off by commas or
    brackets ("Rep. Jane Roe, D-Springfield, said"), where the gazetteer knows it."""
    texts = token_flags(doc).text
    for i in range(1, len(doc) - 2):
        if texts[i] not in recogniser.words.parties or texts[i + 1] != "-":
            continue
        if doc[i - 1].text not in (",", "(") or doc[i + 1].whitespace_:
            continue
        end = i + 2
        while end < len(doc) and end < i + 5 and _proper(doc[end]):
            end += 1
        if end == i + 2 or any(k in taken for k in range(i + 2, end)):
            continue
        if end < len(doc) and doc[end].text not in (",", ";", ".", ")", "—", "–", "-", "--"):
            continue
        cands = recogniser.resolver.candidates(doc[i + 2 : end].text)
        if cands:
            add(Toponym(i + 2, end, "gazetteer", candidates=cands))


def local_heads(recogniser: ToponymRecogniser, doc: Any, taken: set[int], add: Any) -> None:
    """A town or county before its own services or people ("Springfield police", "Boone
    County Sheriff", "Elm Grove residents"), whatever the small model labelled it."""
    flags = token_flags(doc)
    proper, lower = flags.proper, flags.lower
    for i in range(len(doc)):
        if not proper[i] or (i > 0 and proper[i - 1]) or i in taken:
            continue
        # the name runs up to the first head word, itself often capitalised ("Police")
        end = next(
            (j for j in range(i + 1, min(i + 4, len(doc))) if lower[j] in recogniser.words.local),
            None,
        )
        if end is None or not all(proper[k] for k in range(i, end)):
            continue
        if doc[end - 1].tag_ == "POS" or recogniser._not_place(doc, i):
            continue
        if any(_local_entry(e, p) for e, p in recogniser.resolver.gaz.lookup(doc[i:end].text)):
            add(Toponym(i, end, "gazetteer"))


def _local_entry(entry: Entry, primary: bool) -> bool:
    if not primary or entry.country != "USA":
        return False
    if entry.feature == "city":
        return entry.population >= MIN_POPULATION_LOCATIVE
    return entry.feature in ("adm1", "adm2")


@lru_cache(maxsize=1)
def vehicle_makes() -> frozenset[str]:
    """The packaged ``vehicle_makes.tsv``: makes that are also place names, read once."""
    text = _gaz.resource_text("vehicle_makes.tsv")
    return frozenset(cells[0].casefold() for _, cells in _gaz.rows(text, "vehicle_makes.tsv", 1))


def _vehicle(doc: Any, top: Toponym, locative: frozenset[str]) -> bool:
    """A vehicle make named as a car ("a 2003 Honda Accord", "the Toyota"), not after a
    preposition of place ("in Pontiac")."""
    if doc[top.start : top.end].text.casefold() not in vehicle_makes():
        return False
    k = top.start - 1
    while k >= 0 and (doc[k].like_num or doc[k].pos_ in ("DET", "PRON")):
        k -= 1
    return not (k >= 0 and doc[k].lower_ in locative)
