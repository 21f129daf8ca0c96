"""Composition: what a phrase resolves to from its head, modifiers, nested names and attachments."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .dictionary import PHX, ActorEntry
from .entities import EntityLinker
from .structures import Hit, Phrase, Resolution, _nominal, _plural_tok
from .words import (
    FORMER,
    HONORIFICS,
    INDEFINITE,
    NAME_TITLES,
    PARTY_ADJECTIVES,
    PERSONAL,
    PROPERTY,
    STATE_SECTORS,
    STORY_SENSE,
)


@dataclass
class _Evidence:
    """What a phrase's words say about its code and sectors, gathered before choosing."""

    # (tier, -distance, code, how, token): the lowest tier wins, then the nearest
    code_cands: list[tuple[int, int, str, str, int]] = field(default_factory=list)
    # (weight, -distance, sectors): the heaviest wins, then the nearest
    sector_cands: list[tuple[float, int, list[str]]] = field(default_factory=list)
    former: bool = False
    coordinated: list[Hit] = field(default_factory=list)
    indefinite: bool = False
    definite: bool = False


class Composer(EntityLinker):
    """Resolves phrases compositionally, then links them."""

    def resolve(self, p: Phrase, link: bool = True) -> Resolution:
        """Resolve a phrase compositionally (memoised), then link it to an entity."""
        if p.res is not None:
            return p.res
        p.res = Resolution()  # guards against cycles
        res = self._compose(p, link)
        p.res = res
        return res

    def _entry_res(self, h: Hit) -> Resolution:
        doc = self.doc
        if h.type == "country":
            cf = h.country
            assert cf is not None
            sectors: list[str] = []
            if cf.form == "demonym":
                kind, number = "population", "pl"
            else:
                kind, number = "country", "sg"
            return Resolution(
                code=cf.code,
                sectors=sectors,
                kind=kind,
                name=cf.name,
                source=f"country:{cf.form}",
                named=True,
                number=number,
                code_from="head",
            )
        entry = self.d.entry(h.key, self.date)
        assert entry is not None
        sectors = list(entry.sectors)
        kind = entry.kind
        if kind == "capital":
            # a capital stands for its government only when it acts
            last = self.toks[h.end - 1]
            agent = last.dep_ in ("nsubj", "nsubjpass", "poss", "agent") or (
                last.dep_ == "conj" and last.head.dep_ in ("nsubj", "poss")
            )
            if last.dep_ == "pobj" and last.head.lower_ == "by":
                agent = True
            kind = "organization" if agent else "country"
            sectors = sectors if agent else []
        elif kind == "seat":
            kind = "organization"
        elif kind == "country" and h.key.startswith(PHX):
            # a town the field's dictionary files under its country ("Abidjan"): where it
            # undergoes an act, it stands for its people (CAMEO codes them CVL)
            last = self.toks[h.end - 1]
            text = doc[h.start : h.end].text
            if text not in self.d.countries and last.dep_ in ("dobj", "pobj", "nsubjpass"):
                sectors = ["CVL"]
        number = "pl" if _plural_tok(self.toks[h.end - 1]) else "sg"
        return Resolution(
            dated=_holds_on(entry, self.date),
            code=entry.code,
            sectors=sectors,
            kind=kind,
            name=entry.name,
            source=f"{entry.source}:{entry.name}",
            named=True,
            number=number,
            code_from="head",
            field_dictionary=h.key.startswith(PHX),
        )

    def _compose(self, p: Phrase, link: bool) -> Resolution:
        head = self.toks[p.head]
        if p.pronoun:
            res = Resolution(kind="unknown", number=PERSONAL[head.lower_][1])
            return self._link(p, res) if link else res
        h = self.hit_at.get(p.head)
        ev = _Evidence()
        res = self._head_evidence(p, h, ev)
        self._modifier_evidence(p, h, ev, link)
        ethnic = self._ethnic(p, h, res, ev)
        self._choose(p, h, res, ev, ethnic)
        res.key = ("indef", p.head) if ev.indefinite else None
        if not link:
            return res
        out = self._link(p, res, definite=ev.definite, indefinite=ev.indefinite)
        self._split_coordinated(p, out, ev.coordinated)
        return out

    def _head_evidence(self, p: Phrase, h: Hit | None, ev: _Evidence) -> Resolution:
        """The head's own evidence: its dictionary entry or sector word, and its name."""
        doc = self.doc
        head = self.toks[p.head]
        res = Resolution()
        if h is not None and h.type != "sector":
            res = self._entry_res(h)
            if res.sectors:
                ev.sector_cands.append((4.0, 0, list(res.sectors)))
        elif h is not None and h.type == "sector":
            sw = h.sector
            assert sw is not None
            plural = _plural_tok(head) or h.key != sw.word
            kind = sw.kind
            if kind == "person" and plural:
                kind = "group"
            res = Resolution(kind=kind, number="pl" if plural else "sg", source=f"sector:{sw.word}")
            sectors = list(sw.sectors)
            other = STORY_SENSE.get(sw.word)
            if other and other in self.story_sectors and not self.story_sectors & set(sectors):
                sectors = [other]  # "officers" in a police story
            if sectors:
                ev.sector_cands.append((sw.weight + 0.5, 0, sectors))
        if p.own_name is not None and not res.named:
            s, e = p.own_name
            name = doc[s:e].text
            ent = self.ent_at.get(p.head)
            res.name = name
            res.named = True
            if res.kind in ("unknown",):
                if ent is not None and ent.label_ == "NORP":
                    res.kind, res.number = "group", "pl"
                elif ent is not None and ent.label_ in ("ORG", "FAC"):
                    res.kind = "organization"
                elif ent is not None and ent.label_ == "GPE":
                    res.kind = "country"
                else:
                    res.kind = "person"
            # a title before the name makes it a person ("lawmaker Karim Aliwi")
            if s > p.start and self._title_before(s, p.start):
                res.kind = "person"
            if h is not None and h.type == "sector" and s < h.start:
                first = self.toks[s].text
                personal = (ent is not None and ent.label_ == "PERSON") or (
                    first.lower() in HONORIFICS or first in self.d.genders
                )
                if personal:
                    # "Larry King", "Mr. King": a surname, not a title
                    res.kind, res.number, res.source = "person", "sg", None
                    ev.sector_cands = [c for c in ev.sector_cands if c[1] != 0]
        return res

    def _modifier_evidence(self, p: Phrase, h: Hit | None, ev: _Evidence, link: bool) -> None:
        """Codes and sectors from the modifiers (left part), nested phrases, attachments."""
        head = self.toks[p.head]
        nested_tokens: set[int] = set()
        for q in p.nested:
            nested_tokens.update(range(q.start, q.end))
        own = set(range(*p.own_name)) if p.own_name else set()
        head_hit = set(range(h.start, h.end)) if h is not None else set()
        for i in range(p.start, p.end):
            if i in own or i in head_hit or i in nested_tokens:
                continue
            t = self.toks[i]
            if t.lower_ in FORMER and i < p.head:
                ev.former = True
            if t.dep_ in ("det", "predet") and t.head.i == p.head:
                if t.lower_ in INDEFINITE:
                    ev.indefinite = True
                elif t.lower_ in ("the", "this", "that", "these", "those"):
                    ev.definite = True
            hm = self.hit_at.get(i)
            if hm is None and i in self.place_at and (i == 0 or self.place_at.get(i - 1) is None):
                # a city or region: its country, as weak as an attachment
                right = i > p.head
                how = "attach-in" if right else "modifier"
                ev.code_cands.append(
                    (3 if right else 2, -abs(p.head - i), self.place_at[i], how, i)
                )
                continue
            if hm is None and i < p.head:
                party = self._party_country(p, h, i)
                if party is not None:
                    ev.code_cands.append((6, -abs(p.head - i), party, "modifier", i))
                continue
            if hm is None or i != hm.start:
                continue
            dist = abs(p.head - i)
            right = i > p.head
            if hm.type == "country" and hm.country is not None:
                if self._against(hm.start):
                    continue  # "anti-Syria journalist" is not Syrian
                tier = 3 if right else 1
                ev.code_cands.append((tier, -dist, hm.country.code, "modifier", i))
                t_last = self.toks[hm.end - 1]
                if not right and (
                    t_last.dep_ == "conj" or any(c.dep_ == "cc" for c in t_last.children)
                ):
                    ev.coordinated.append(hm)
            elif hm.type == "sector" and hm.sector is not None and hm.sector.sectors:
                if _nominal(self.toks[hm.end - 1]) or hm.end - hm.start > 1:
                    w = hm.sector.weight - (0.5 if right else 0)
                    ev.sector_cands.append((w, -dist, list(hm.sector.sectors)))
            elif hm.type == "sector" and hm.sector is not None and self._name_title(hm):
                # "Representative Ann Lee": a capitalised title before a name is an office
                ev.sector_cands.append((3.0, -dist, [NAME_TITLES[hm.sector.word]]))
            elif hm.type == "actor":
                r = self._entry_res(hm)
                if r.code:
                    ev.code_cands.append((3 if right else 1, -dist, r.code, "modifier", i))
                if r.sectors:
                    ev.sector_cands.append((2.0, -dist, list(r.sectors)))
        for child in head.rights:
            if child.dep_ != "acl":
                continue
            # "refugees fleeing the war in Liberia": a weak clue from the participle clause
            for t in child.subtree:
                ht = self.hit_at.get(t.i)
                code = None
                if ht is not None and ht.type == "country" and ht.country and t.i == ht.start:
                    code = ht.country.code
                elif ht is None and t.i in self.place_at:
                    code = self.place_at[t.i]
                if code and (t.dep_ == "pobj" or t.head.dep_ == "pobj"):
                    ev.code_cands.append((5, -abs(t.i - p.head), code, "attach-in", t.i))
        for q in p.nested:
            r = self.resolve(q, link)
            right = q.head > p.head
            dist = abs(p.head - q.head)
            if r.code:
                how = "mod"
                if right:
                    prep = self.toks[q.head].head
                    how = "attach" if prep.lower_ in ("of", "from") else "attach-in"
                ev.code_cands.append((3 if right else 1, -dist, r.code, how, q.head))
            if r.sectors and r.kind != "country":
                ev.sector_cands.append((2.0 - (0.5 if right else 0), -dist, list(r.sectors)))

    def _party_country(self, p: Phrase, h: Hit | None, i: int) -> str | None:
        """The country of the party a capitalised adjective before a person or group names
        ("a Republican senator"), where that country is the story's main one and no other
        country is written in the phrase ("a Dutch Democratic deputy"); the weakest of
        clues."""
        tok = self.toks[i]
        name = PARTY_ADJECTIVES.get(tok.lower_)
        if (
            name is None
            or not tok.text[:1].isupper()
            or not _person_head(h, self.ent_at.get(p.head))
        ):
            return None
        entry = self.d.entry(name, self.date)
        if entry is None or entry.code is None or self._main_country() != entry.code:
            return None
        phrase_codes = {self.country_at(j) for j in range(p.start, p.end)} - {None}
        return entry.code if phrase_codes <= {entry.code} else None

    def _main_country(self) -> str | None:
        """The story's main country: the one its country words, places and state bodies
        (not parties) name more often than any other; none on a tie."""
        if self.main_country is None:
            counts = Counter(code for _, code in self.country_evidence)
            counts.update(
                code
                for j in self.place_at
                if self.place_at.get(j - 1) is None
                if (code := self.place_at[j])
            )
            for j, hm in self.hit_at.items():
                if j != hm.start or hm.type != "actor":
                    continue
                r = self._entry_res(hm)
                if r.code and r.sectors and "PTY" not in r.sectors:
                    counts[r.code] += 1
            self.main_country = (_most_frequent(counts),)
        return self.main_country[0] or None

    def _name_title(self, hm: Hit) -> bool:
        """Whether a sector word with no sector of its own is written as the title of the
        name after it ("Representative Ann Lee", not "a representative of the firm")."""
        assert hm.sector is not None
        nxt = self.toks[hm.end] if hm.end < len(self.toks) else None
        return (
            hm.sector.word in NAME_TITLES
            and self.toks[hm.start].text[:1].isupper()
            and nxt is not None
            and nxt.pos_ == "PROPN"
        )

    def _ethnic(self, p: Phrase, h: Hit | None, res: Resolution, ev: _Evidence) -> set[int]:
        """Tokens of nationality words that name an ethnic group, not the country."""
        doc = self.doc
        # "Croatian Serb refugees", "Bosnian Serbs": of two nationality words in a row the
        # first is the country, the second the ethnic group; "ethnic Albanians in Serbia"
        ethnic = {
            i
            for i in range(p.start, min(p.head, len(doc) - 1) + 1)
            if (hm := self.hit_at.get(i)) is not None
            and hm.type == "country"
            and i == hm.start
            and p.start <= i
            and i <= p.head
            and (
                (i > 0 and self.toks[i - 1].lower_ == "ethnic")
                or (
                    i > p.start
                    and (prev := self.hit_at.get(i - 1)) is not None
                    and prev.type == "country"
                    and prev.country is not None
                    and hm.country is not None
                    and prev.country.code != hm.country.code
                )
            )
        }
        if ethnic:
            ev.code_cands = [c for c in ev.code_cands if c[4] not in ethnic]
            if h is not None and h.type == "country" and h.start in ethnic:
                res.kind, res.number = "population", "pl"
                ranked = sorted(ev.code_cands, key=lambda c: (c[0], -c[1]))
                res.code = ranked[0][2] if ranked else (h.country.code if h.country else None)
                res.code_from, res.named, res.source = "modifier", False, f"ethnic:{h.key}"
                res.name = ""
                ev.sector_cands.append((1.0, 0, ["CVL"]))
        return ethnic

    def _choose(
        self, p: Phrase, h: Hit | None, res: Resolution, ev: _Evidence, ethnic: set[int]
    ) -> None:
        """The phrase's code and sectors from the evidence gathered (res is updated)."""
        doc = self.doc
        if res.field_dictionary and ev.code_cands and res.kind == "person":
            best = min(ev.code_cands, key=lambda c: (c[0], -c[1]))
            if best[2] != res.code:
                # "Iraqi leader Ali Hassan": the text's country beats a namesake's entry
                res.code, res.code_from, res.sectors = None, "", []
                res.source, res.field_dictionary = None, False
                ev.sector_cands = [c for c in ev.sector_cands if c[0] != 4.0]
        if not res.code and ev.code_cands:
            ev.code_cands.sort(key=lambda c: (c[0], -c[1]))
            best = ev.code_cands[0]
            res.code, res.code_from = best[2], best[3]
        if ev.sector_cands:
            ev.sector_cands.sort(key=lambda c: (-c[0], -c[1]))
            chosen = list(ev.sector_cands[0][2])
            if not res.sectors or ev.sector_cands[0][0] > 4.0:
                res.sectors = chosen
            else:
                res.sectors = list(res.sectors)
        if (
            h is not None
            and h.type == "actor"
            and res.kind == "person"
            and res.sectors[:1] in ([], ["ELI"])
            and not ev.former
        ):
            # "Lebanon's new President X" on a date the dictionary has X out of office: the
            # title in the text says which office the person holds at the time it reports
            titled = [c for c in ev.sector_cands if c[0] != 4.0 and set(c[2]) & STATE_SECTORS]
            if titled:
                res.sectors = list(max(titled, key=lambda c: (c[0], c[1]))[2])
        if h is not None and h.type == "country" and h.start not in ethnic:
            res.sectors = []  # "NATO-member Norway" is Norway, not NATO's military
            owner = self.toks[h.end - 1].head
            if (
                (p.start, p.end) == (h.start, h.end)
                and self.toks[h.end - 1].dep_ in ("amod", "compound")
                and owner.lemma_.lower() in PROPERTY
            ):
                # "Ruritanian homes": the people's property, its civilians (as CAMEO codes)
                res.sectors, res.kind = ["CVL"], "population"
        if ev.former and res.kind in ("person", "group") and set(res.sectors) & STATE_SECTORS:
            # "ousted president X": a former official, no longer of the government
            res.sectors = ["ELI", *[s for s in res.sectors if s not in STATE_SECTORS | {"ELI"}]]
        if res.kind == "unknown" and (res.code or res.sectors):
            res.kind = "organization"
        if not res.name:
            s = p.start
            while s < p.head and self.toks[s].dep_ in ("det", "predet"):
                s += 1
            res.name = doc[s : p.end].text

    def _split_coordinated(self, p: Phrase, out: Resolution, coordinated: list[Hit]) -> None:
        """ "Hungarian and Romanian officials": each country's officials, one actor each."""
        doc = self.doc
        head = self.toks[p.head]
        codes = {hm.country.code for hm in coordinated if hm.country}
        if len(codes) > 1:
            # "Hungarian and Romanian officials": each country's officials, one actor each
            for hm in coordinated:
                assert hm.country is not None
                if hm.country.code == out.code:
                    continue
                sub = Phrase(hm.end - 1, hm.start, hm.end, parent=p)
                self.phrases.setdefault(sub.head, sub)
                r = Resolution(
                    code=hm.country.code,
                    sectors=list(out.sectors),
                    kind=out.kind,
                    name=f"{doc[hm.start : hm.end].text} {head.text}",
                    source=out.source,
                    number=out.number,
                )
                sub.res = r
                key = ("desc", r.code, r.sectors[0] if r.sectors else "", r.kind)
                st = self.by_key.get(key) or self._new(r, key)
                self._add(sub, st, "adjective")


def _holds_on(entry: ActorEntry, date: str | None) -> bool:
    """Whether ``entry`` is a dated role that holds on ``date``."""
    if date is None or (entry.start is None and entry.end is None):
        return False
    return (entry.start is None or entry.start <= date) and (entry.end is None or date < entry.end)


def _person_head(h: Hit | None, ent: Any) -> bool:
    """Whether a phrase's head (its hit ``h``, its entity ``ent``) is a person or a group: a
    sector word or title ("senator", "voters") or a person's name; not a thing ("Democratic
    reforms")."""
    return (h is not None and h.type == "sector") or (ent is not None and ent.label_ == "PERSON")


def _most_frequent(counts: Counter[str]) -> str:
    """The code counted more often than any other; "" where none is or two tie."""
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else ""
