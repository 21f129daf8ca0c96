"""Mention finding: which tokens are actor-like, and the noun phrase each heads."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...ingest.dateline import lead_span
from .. import Context, doc_text, doc_tokens
from .dictionary import PHX, ActorDictionary, CountryForm
from .place_names import PLACE_LABELS, lower_case_words, positional
from .place_names import surnames as person_surnames
from .structures import (
    Hit,
    Phrase,
    _doc_index,
    _EntityState,
    _nominal,
    _place_tokens,
    _PlaceAt,
    _Places,
)
from .words import (
    ARTICLES,
    ATTACH_PREPS,
    CLIMB_DEPS,
    NAME_LABELS,
    NAME_LINKS,
    PERSONAL,
    STORY_SENSE,
)

# where a capitalised common noun spelt like a surname the story gives in full is that
# person: as a clause's subject or object, or a possessor (the tagger's guess of NOUN for
# a rare name at a sentence's start)
SURNAME_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss"})


class PhraseFinder:
    """An article's dictionary hits and the actor phrases built from them."""

    def __init__(self, dictionary: ActorDictionary, ctx: Context, hits: list[Hit]) -> None:
        self.d = dictionary
        self.ctx = ctx
        self.doc = ctx.doc
        self.toks = doc_tokens(self.doc)  # indexing a Doc builds a new Token each time
        self.date = ctx.article.date
        places = _place_tokens(ctx)
        hits = [_as_placed(dictionary, h, places) for h in hits if not _in_place(h, places)]
        surnames = person_surnames(self.doc, self.toks)
        self.surnames = surnames
        self.lower_words = ctx.memo.once(
            (lower_case_words, self.doc), lambda: lower_case_words(self.doc)
        )
        hits = [h for h in hits if not _surname_hit(h, self.toks, surnames, dictionary)]
        self.hit_at: dict[int, Hit] = {}
        for h in hits:
            for i in range(h.start, h.end):
                self.hit_at[i] = h
        self.sector_tokens = {
            h.end - 1 for h in hits if h.type == "sector" and h.sector and h.sector.sectors
        }
        # the sectors the story's other sector words name: they decide a title read two
        # ways ("officers" in a story of police and no soldiers are police officers)
        self.story_sectors = frozenset(
            s
            for h in hits
            if h.type == "sector" and h.sector and h.sector.word not in STORY_SENSE
            for s in h.sector.sectors
        )
        # once per doc: resolve_span builds an article per call
        index = ctx.memo.once((_doc_index, self.doc), lambda: _doc_index(self.doc))
        self.ent_at: dict[int, Any] = index[0]
        # toponyms the places annotator resolved: a city tells its country ("from Calgary")
        self.place_at: Mapping[int, str] = _PlaceAt(places, self.hit_at)
        # sentence of every token, computed once per doc: Token.sent is slow
        self.sent_of: list[int] = index[1]
        self.sent_spans: list[tuple[int, int]] = index[2]
        self.phrases: dict[int, Phrase] = {}
        self.states: list[_EntityState] = []
        self.by_key: dict[tuple[Any, ...], _EntityState] = {}
        self.country_evidence: list[tuple[int, str]] = []  # (token, code) in text order
        self.main_country: tuple[str] | None = None  # compose._main_country, "" for none
        self.by_last: dict[str, list[_EntityState]] = {}  # a name's last word -> entities
        self.by_first: dict[str, list[_EntityState]] = {}
        self.mentions: list[tuple[int, Phrase, _EntityState]] = []  # (head, phrase, entity)
        # a dateline ("NEW YORK, March 3 (AP) —") says where the story was filed: its
        # place, region and agency name no actor
        self.dateline = ctx.memo.once(
            (_dateline_chars, self.doc), lambda: _dateline_chars(self.doc)
        )

    def actorish(self, i: int) -> bool:
        tok = self.toks[i]
        if self.dateline[0] <= tok.idx < self.dateline[1]:
            return False
        h = self.hit_at.get(i)
        if h is not None:
            if h.type == "sector":
                return i == h.end - 1 or _nominal(tok)
            return not self._against(h.start)  # "pro-Russian stance" names no actor
        if tok.lower_ in PERSONAL and tok.pos_ == "PRON":
            return True
        ent = self.ent_at.get(i)
        if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP") and _nominal(tok):
            return tok.text[:1].isalnum()
        return self._repeated_surname(i, ent)

    def _repeated_surname(self, i: int, ent: Any) -> bool:
        """A lone proper noun that repeats the surname of a person the article names in
        full ("Ann Jordan ... Jordan said") is that person, also where the tagger gave it no
        person label (a sentence's first word, a rare name); not a common word capitalised at
        a sentence's start that the article writes in lower case elsewhere ("Ann Power ...
        Power was cut ... the power came back")."""
        tok = self.toks[i]
        if tok.text not in self.surnames or not _nominal(tok):
            return False
        if tok.is_sent_start and positional(tok, self.lower_words):
            return False
        if tok.pos_ != "PROPN" and tok.dep_ not in SURNAME_DEPS:
            return False  # a common noun spelt like the name, in a compound ("Rice prices")
        if ent is not None and (len(ent) > 1 or ent.label_ in PLACE_LABELS):
            return False  # part of another name ("Jordan Valley") or a place
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        prev = self.toks[i - 1] if i > 0 else None
        return not any(t is not None and t.pos_ == "PROPN" for t in (prev, nxt))

    def country_at(self, j: int) -> str | None:
        """The country a country word or a resolved place that starts at token ``j`` names."""
        hm = self.hit_at.get(j)
        if hm is not None and hm.type == "country" and hm.country is not None and j == hm.start:
            return hm.country.code
        if hm is None and j in self.place_at and self.place_at.get(j - 1) is None:
            return self.place_at[j]
        return None

    def climb(self, i: int) -> int:
        """The head of the noun phrase token ``i`` modifies (the last actor-like one)."""
        tok = self.toks[i]
        best = i
        seen = 0
        while (
            (
                tok.dep_ in CLIMB_DEPS
                or (tok.dep_ == "conj" and tok.head.dep_ in ("amod", "compound"))
            )
            and tok.head.i != tok.i
            and seen < 12
        ):
            if tok.dep_ == "poss" and tok.lower_ in PERSONAL:
                break
            tok = tok.head
            seen += 1
            if self.actorish(tok.i) and _nominal(tok):
                best = tok.i
        first = self.toks[i]
        if best == i and first.dep_ in ("amod", "compound", "nmod") and i not in self.sector_tokens:
            # "Israeli army bulldozers": the country modifies its sibling "army"
            for sib in first.head.children:
                if sib.i > i and sib.i < first.head.i and sib.i in self.sector_tokens:
                    return self.climb(sib.i)
            nxt = self._adjacent_agent(i)
            if nxt is not None:
                return nxt
        return best

    def _adjacent_agent(self, i: int) -> int | None:
        """ "Albanian rebel-held territory": a country adjective right before a sector word
        that modifies something else (the parse hangs both on "held") composes with it."""
        h = self.hit_at.get(i)
        if h is None or h.type != "country" or h.country is None or h.country.form != "adjective":
            return None
        j = h.end
        hj = self.hit_at.get(j)
        if (
            hj is None
            or hj.type != "sector"
            or hj.sector is None
            or not hj.sector.sectors
            or hj.end - 1 not in self.sector_tokens
            or self.toks[hj.end - 1].dep_ not in ("amod", "compound", "nmod", "npadvmod")
            or self.toks[hj.end - 1].head.i == hj.end - 1
        ):
            return None
        return hj.end - 1

    def name_run(self, head: int) -> tuple[int, int] | None:
        """The proper name ending at ``head``: PROPN tokens left of it, up to a title word."""
        doc = self.doc
        tok = doc[head]
        if (
            tok.pos_ != "PROPN"
            and not (tok.ent_type_ in NAME_LABELS and tok.tag_ == "NNP")
            and not self._repeated_surname(head, self.ent_at.get(head))
        ):
            return None
        h = self.hit_at.get(head)
        if h is not None and h.type == "sector":
            # "Free Patriotic Movement": a role word closing a proper name is part of it
            before = doc[h.start - 1] if h.start > 0 else None
            if (
                tok.pos_ != "PROPN"
                or before is None
                or before.pos_ != "PROPN"
                or before.i in self.hit_at
            ):
                return None
        start = head
        k = head - 1
        while k >= 0:
            t = doc[k]
            hk = self.hit_at.get(k)
            if hk is not None and (h is None or hk is not h):
                break  # a title ("General") or another actor ("Pentagon") ends the name
            if h is not None and h.start <= k:
                k -= 1
                continue
            if t.text == ")":
                # a gloss inside the name: "The Fatah (Conquest) Alliance"
                opening = next(
                    (j for j in range(k - 1, max(k - 6, -1), -1) if doc[j].text == "("), None
                )
                if opening is not None and opening > 0 and doc[opening - 1].pos_ == "PROPN":
                    k = opening - 1
                    continue
                break
            if t.pos_ == "PROPN" or t.text in NAME_LINKS:
                start = k
                k -= 1
                continue
            break
        while start < head and not doc[start].text[:1].isalpha():
            start += 1
        if h is not None:
            start = min(start, h.start)
        return (start, head + 1)

    def phrase_for(self, head: int, limit: tuple[int, int] | None = None) -> Phrase | None:
        """The phrase headed by token ``head`` (built once)."""
        if head in self.phrases:
            return self.phrases[head]
        if not self.actorish(head):
            return None
        doc = self.doc
        tok = doc[head]
        lo, hi = limit if limit else (0, len(doc))
        if tok.lower_ in PERSONAL and tok.pos_ == "PRON":
            p = Phrase(head, head, head + 1, pronoun=True, mention_kind="pronoun")
            self.phrases[head] = p
            return p
        # left part: every left child's subtree; right part: of/in/... attachments
        start = head
        for child in tok.lefts:
            if child.dep_ in ("punct", "cc", "conj", "appos", "prep", "advmod", "mark"):
                continue
            start = min(start, child.left_edge.i)
        if tok.dep_ in ("amod", "compound", "nmod") and not self.actorish(tok.head.i):
            # a modifier of a non-actor ("Israeli police custody"): its left siblings join
            for sib in tok.head.lefts:
                if sib.i >= tok.i or sib.dep_ not in ("amod", "compound", "nmod"):
                    continue
                hs = self.hit_at.get(sib.i)
                if hs is not None and hs.type in ("country", "sector"):
                    start = min(start, sib.left_edge.i)
        end = head + 1
        h = self.hit_at.get(head)
        if h is not None:
            start, end = min(start, h.start), max(end, h.end)
        prev = self.hit_at.get(start - 1) if start > 0 else None
        if prev is not None and prev.end == start and self._adjacent_agent(prev.start) == head:
            start = prev.start  # "Albanian rebel(-held)": the adjective joins the agent
        attach: list[Any] = []
        for child in tok.rights:
            if child.i < end:
                continue
            if (
                child.dep_ == "prep"
                and child.lower_ in ATTACH_PREPS
                and any(self.actorish(t.i) or t.i in self.place_at for t in child.subtree)
            ):
                attach.append(child)
                end = max(end, child.right_edge.i + 1)
            elif child.dep_ in ("compound", "flat", "nummod", "amod") and child.i == end:
                end = child.right_edge.i + 1
            else:
                break
        if h is not None and h.type == "country" and not _nominal(doc[h.end - 1]):
            start, end = h.start, h.end  # "Iraqi" standing alone: just the adjective
        sent_span = self.sent_spans[self.sent_of[head]]
        start, end = max(start, lo, sent_span[0]), min(end, hi, sent_span[1])
        for k in range(start, head):
            # a mention never spans a line break ("12:30 p.m.\n\nMaria Lopez")
            if doc[k].is_space or "\n" in doc[k].whitespace_:
                start = k + 1
        # trim punctuation and quotes at the edges
        while start < head and (doc[start].is_punct or doc[start].is_space):
            start += 1
        while end - 1 > head and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        p = Phrase(head, start, end)
        self.phrases[head] = p
        p.own_name = self.name_run(head)
        # nested phrases: other actor heads inside the span
        for i in range(start, end):
            if i == head or (p.own_name and p.own_name[0] <= i < p.own_name[1]):
                continue
            if h is not None and h.start <= i < h.end:
                continue
            if not self.actorish(i):
                continue
            j = self.climb(i)
            if j == head:
                # a modifier of our head: nested only when it names another actor
                sub = self._nested_name(i, p)
                if sub is not None and sub not in p.nested:
                    p.nested.append(sub)
            elif start <= j < end and j != head:
                sub = self.phrase_for(j)
                if sub is not None and sub is not p and sub not in p.nested:
                    if sub.parent is None:
                        sub.parent = p
                    p.nested.append(sub)
        return p

    def _nested_name(self, i: int, outer: Phrase) -> Phrase | None:
        """A named actor inside another phrase's modifiers ("Pentagon", "Syria's")."""
        doc = self.doc
        h = self.hit_at.get(i)
        tok = doc[i]
        if h is not None and h.type == "sector":
            if h.sector is None or h.sector.kind != "country" or tok.dep_ != "poss":
                return None
            p = Phrase(i, max(tok.left_edge.i, outer.start), i + 1)
            p.parent = outer
            self.phrases[i] = p
            return p
        if h is not None and h.type == "country":
            # a country as adjective or compound is a modifier; as possessor, an actor
            last = doc[h.end - 1]
            if last.dep_ != "poss" and not (h.end < len(doc) and doc[h.end].tag_ == "POS"):
                return None
        if tok.lower_ in PERSONAL:
            return None
        if h is None:
            ent = self.ent_at.get(i)
            if ent is None or ent.label_ not in ("PERSON", "ORG"):
                return None
            s, e = ent.start, min(ent.end, outer.head)
            # the part of the entity before the head's title words and name
            cut = next((k for k in range(i, e) if self.hit_at.get(k) is not None), e)
            if outer.own_name is not None:
                cut = min(cut, outer.own_name[0])
            e = cut
            while e > s and not doc[e - 1].text[:1].isalnum():
                e -= 1
            if e <= i or s >= e:
                return None
        else:
            s, e = h.start, h.end
        key = e - 1
        if key in self.phrases:
            return self.phrases[key]
        while s < e and doc[s].lower_ in ARTICLES:
            s += 1
        p = Phrase(key, s, e, own_name=(s, e) if h is None or h.type == "actor" else None)
        p.parent = outer
        self.phrases[key] = p
        return p

    def _against(self, i: int) -> bool:
        """Whether the country at token ``i`` is the object of "anti-"/"pro-"."""
        doc = self.doc
        prev = doc[i - 1].lower_ if i > 0 else ""
        if prev in ("anti", "anti-", "pro", "pro-"):
            return True
        return prev == "-" and i > 1 and doc[i - 2].lower_ in ("anti", "pro")

    def _title_before(self, s: int, lo: int) -> bool:
        for k in range(s - 1, lo - 1, -1):
            hk = self.hit_at.get(k)
            if hk is not None and hk.type == "sector" and hk.sector is not None:
                return hk.sector.kind == "person"
        return False

    def _is_country(self, p: Phrase) -> bool:
        h = self.hit_at.get(p.head)
        if h is not None and h.type == "actor" and h.key.startswith(PHX):
            rows = self.d.rows(h.key)
            return bool(rows) and rows[0].kind == "country"  # a town filed under its country
        return h is not None and h.type == "country"

    def _has_title(self, p: Phrase) -> bool:
        for i in range(p.start, p.end):
            h = self.hit_at.get(i)
            if h is not None and h.type == "sector" and h.sector and h.sector.kind == "person":
                return True
        return False


def _dateline_chars(doc: Any) -> tuple[int, int]:
    """The characters of the article's opening dateline or agency credit, else (0, 0)."""
    return lead_span(doc_text(doc)) or (0, 0)


def _as_placed(d: ActorDictionary, h: Hit, places: _Places) -> Hit:
    """A country's name that the places annotator read, in this article, as a division or
    town of another country ("Georgia" beside Alabama and Atlanta: the US state) names that
    other country."""
    if h.type != "country" or h.country is None or h.country.form != "name":
        return h
    spans, covering = places
    for k in covering.get(h.start, ()):
        toks, code = spans[k]
        if toks == range(h.start, h.end) and code != h.country.code:
            form = next((c for c in d.countries.values() if c.code == code), None)
            if form is not None:
                return Hit(
                    h.start, h.end, h.type, h.key, country=CountryForm(code, "name", form.name)
                )
    return h


def _in_place(h: Hit, places: _Places) -> bool:
    """Whether a sector word is part of a toponym the places annotator resolved: a place's
    name ("Queens" the borough, "King County") is no role noun."""
    if h.type != "sector":
        return False
    spans, covering = places
    return any(
        h.start in spans[k][0] and h.end - 1 in spans[k][0] for k in covering.get(h.start, ())
    )


def _surname_hit(
    h: Hit, toks: Any, surnames: frozenset[str], d: ActorDictionary | None = None
) -> bool:
    """Whether a one-word country, title or town hit is the surname of a person the article
    names ("Bishop's daughter" after "author Ann Bishop"; "Jordan said" after "Coach Jordan";
    "Senator Ann Mendoza" is no Argentine town, nor are "Mendoza supporters")."""
    if h.end - h.start != 1:
        return False
    town = h.type == "actor" and d is not None and _town(d, h, toks[h.start].text)
    if h.type not in ("country", "sector") and not town:
        return False
    tok = toks[h.start]
    if tok.text not in surnames or not tok.text[:1].isupper():
        return False
    if h.type == "country" and (h.country is None or h.country.form == "adjective"):
        return False
    prev = toks[h.start - 1].lower_ if h.start > 0 else ""
    return town or prev not in ARTICLES  # "the Mendoza administration" is hers as well


def _town(d: ActorDictionary, h: Hit, text: str) -> bool:
    """Whether an actor hit is a town, not a country's own name: a capital city, or a town
    the field's dictionaries file under its country (a port city, a provincial capital)."""
    if text in d.countries:
        return False
    rows = d.rows(h.key)
    return bool(rows) and all(r.kind in ("country", "capital") for r in rows)
