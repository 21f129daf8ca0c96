"""Coreference candidates: the entity a pronoun, description or name refers back to."""

from __future__ import annotations

from typing import Any

from .phrases import PhraseFinder
from .structures import Phrase, _EntityState
from .words import (
    _HONORIFIC_GENDER,
    BEYOND_STATE,
    FEMALE,
    HONORIFICS,
    MALE,
    NON_STATE,
    PERSONAL,
    _strip_honorifics,
)


class CorefSearch(PhraseFinder):
    """Looks back through the article's mentions for an antecedent."""

    def _bound(self, p: Phrase) -> set[int]:
        """Tokens a description or pronoun cannot corefer with (its own noun phrase)."""
        tok = self.toks[p.head]
        gov = tok.head
        if gov.dep_ == "prep":
            gov = gov.head
        if tok.dep_ == "poss" and tok.lower_ in PERSONAL:
            return {t.i for t in gov.subtree}
        bound = set(range(p.start, p.end))
        if tok.dep_ in ("pobj", "poss"):
            bound = {t.i for t in gov.subtree}
        if p.pronoun and tok.dep_ in ("dobj", "iobj", "pobj") and not tok.lower_.endswith("self"):
            # "Moscow denied it": an object pronoun is not its own clause's subject
            verb = gov if gov.pos_ in ("VERB", "AUX") else tok.head
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    bound |= {t.i for t in child.subtree}
        return bound

    def _recent(self, pred: Any, p: Phrase) -> _EntityState | None:
        bound = self._bound(p)
        for head, _q, st in reversed(self.mentions):
            if head >= p.head or head in bound:
                continue
            if pred(st):
                return st
        return None

    def _recent_country(self, p: Phrase, clause: bool = False) -> str | None:
        bound = self._bound(p)
        if clause:
            tok = self.toks[p.head]
            while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
                tok = tok.head
            bound |= {t.i for t in tok.subtree}
        best: str | None = None
        for i, code in self.country_evidence:
            if i >= p.start:
                break
            if i in bound:
                continue
            best = code
        return best

    def _match_person(self, toks: tuple[str, ...]) -> _EntityState | None:
        honorific = bool(toks) and toks[0].lower() in HONORIFICS
        orig_first = toks[0] if toks else ""
        toks = _strip_honorifics(toks)
        if not toks:
            return None
        # every rule below needs the same last name, or (after "Mr.") the same first one
        cands = list(self.by_last.get(toks[-1], ()))
        if honorific and len(toks) == 1:
            cands += self.by_first.get(toks[0], ())
        said = None  # the gender an honorific says ("Mrs. Lopez" is not Juan Lopez)
        if honorific and not toks[0][:1].islower():
            said = _HONORIFIC_GENDER.get(orig_first.lower().rstrip("."))
        for st in sorted(cands, key=lambda x: -x.last):
            if st.entity.kind != "person":
                continue
            if said is not None and st.gender is not None and st.gender != said:
                continue
            for name in st.names:
                name = _strip_honorifics(name)
                if not name:
                    continue
                if name == toks or (len(toks) == 1 and toks[0] == name[-1]):
                    return st
                if honorific and len(toks) == 1 and toks[0] == name[0]:
                    return st  # "Mr. Ban" is Ban Ki-moon: family name first
                if len(toks) < len(name) and toks == name[-len(toks) :]:
                    return st
                if len(toks) > len(name) and name == toks[-len(name) :] and len(name) > 1:
                    return st
        return None

    def _match_org(self, toks: tuple[str, ...]) -> _EntityState | None:
        if not toks:
            return None
        words = {t.lower() for t in toks if t.lower() not in ("the", "of", "and")}
        acronym = "".join(t[0] for t in toks if t[:1].isupper()) if len(toks) > 1 else ""
        for st in reversed(self.states):
            if st.entity.kind not in ("organization", "group", "unknown"):
                continue
            for name in st.names:
                other = {t.lower() for t in name if t.lower() not in ("the", "of", "and")}
                if words and (words <= other or other <= words):
                    return st
                if len(toks) == 1 and toks[0].isupper() and len(toks[0]) > 1:
                    if "".join(t[0] for t in name if t[:1].isupper()) == toks[0]:
                        return st
                if acronym and len(name) == 1 and name[0] == acronym:
                    return st
        return None

    def _antecedent_pronoun(self, p: Phrase) -> _EntityState | None:
        word = self.toks[p.head].lower_
        cls, number = PERSONAL[word]
        gender = "m" if word in MALE else "f" if word in FEMALE else None
        window = self.sent_of[p.head] - 3

        def fits(st: _EntityState) -> bool:
            kind = st.entity.kind
            if cls == "person":
                return kind == "person" and (st.gender is None or st.gender == gender)
            if cls == "thing":
                return kind in ("organization", "country") or (
                    kind == "group" and st.number == "sg"
                )
            return (kind in ("group", "population") and st.number == "pl") or (kind == "population")

        bound = self._bound(p)
        here = self.sent_of[p.head]
        best: tuple[int, _EntityState] | None = None
        for head, _q, st in reversed(self.mentions):
            if head >= p.head or head in bound:
                continue
            sent = self.sent_of[head]
            if sent < window:
                break
            if not fits(st):
                continue
            # salience: a subject in this or the last sentence beats a nearer object
            tok = self.toks[head]
            subject = tok.dep_ in ("nsubj", "nsubjpass") or (
                tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass")
            )
            score = (here - sent) * 2 + (0 if subject else 3)
            if best is None or score < best[0]:
                best = (score, st)
        return best[1] if best else None

    def _subject_country(self, p: Phrase) -> str | None:
        """ "The US withdrew soldiers": a bare force that a state moves is that state's."""
        tok = self.toks[p.head]
        if any(c.dep_ in ("det", "poss") for c in tok.lefts):
            return None
        if any(c.dep_ == "amod" and c.lower_ in BEYOND_STATE for c in tok.lefts):
            return None  # "Chile summoned Western envoys": not Chile's
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj":
            tok = tok.head.head  # "maintains a number of troops"
        if tok.dep_ != "dobj":
            return None
        verb = tok.head
        for child in verb.children:
            if child.dep_ == "nsubj":
                q = self.phrases.get(child.i)
                if q is not None and q.res is not None and q.res.code:
                    if q.res.kind in ("country", "organization"):
                        return q.res.code
        return None

    def only_country(self) -> str | None:
        """The one country the text names (countries, demonyms, state actors), else None."""
        codes = {code for _i, code in self.country_evidence}
        for h in {id(x): x for x in self.hit_at.values()}.values():
            if h.type == "actor":
                entry = self.d.entry(h.key, self.date)
                if entry and entry.code and entry.code not in NON_STATE:
                    codes.add(entry.code)
        return codes.pop() if len(codes) == 1 else None
