"""Entity bookkeeping: new entities, mentions added to them, and merged evidence."""

from __future__ import annotations

from typing import Any

from ...records import Entity, Mention
from .search import CorefSearch
from .structures import RANK_ENTRY, Phrase, Resolution, _EntityState, code_rank
from .words import KINDS, NOUN_GENDER, TITLE_GENDER, _strip_honorifics


class EntityBook(CorefSearch):
    """Creates entities, adds mentions to them and merges a mention's evidence into its chain."""

    def _sync(self, res: Resolution, st: _EntityState) -> Resolution:
        res.code, res.sectors, res.kind = st.entity.code, list(st.entity.sectors), st.entity.kind
        return res

    def _merge_res(self, st: _EntityState, res: Resolution) -> None:
        """A new mention's evidence joins its chain: the chain keeps the better code."""
        ent = st.entity
        rank = code_rank(res)
        if res.code and ent.code is not None and res.code != ent.code and rank > st.rank:
            # a better-founded code for the whole chain ("Lopez", then the dictionary's
            # "Maria Lopez"): every mention takes it, with the new mention's sectors
            ent.code, ent.source, st.rank = res.code, res.source or ent.source, rank
            if res.sectors:
                ent.sectors = list(res.sectors)
        elif ent.code is None and res.code:
            ent.code, st.rank = res.code, rank
        elif res.code == ent.code:
            st.rank = max(st.rank, rank)
        if not ent.sectors and res.sectors:
            ent.sectors = list(res.sectors)

    def _state(self, entity_id: str | None) -> _EntityState | None:
        for s in self.states:
            if s.entity.id == entity_id:
                return s
        return None

    def _new(self, res: Resolution, key: tuple[Any, ...] | None) -> _EntityState:
        ent = Entity(
            id=f"e{len(self.states) + 1}",
            name=res.name,
            code=res.code,
            sectors=list(res.sectors),
            kind=res.kind if res.kind in KINDS else "unknown",
            source=res.source,
        )
        st = _EntityState(ent, key, number=res.number, rank=code_rank(res))
        self.states.append(st)
        if key is not None:
            self.by_key[key] = st
        return st

    def _country_state(self, code: str) -> _EntityState:
        key = ("country", code)
        st = self.by_key.get(key)
        if st is None:
            name = self.d.country_names.get(code, code)
            res = Resolution(code=code, kind="country", name=name, source="country")
            st = self._new(res, key)
            st.rank = RANK_ENTRY
        return st

    def _add(
        self, p: Phrase, st: _EntityState, kind: str, names: tuple[str, ...] | None = None
    ) -> None:
        doc = self.doc
        p.entity = st.entity.id
        span = doc[p.start : p.end]
        if (span.start_char, span.end_char) not in st.spans:
            st.spans.add((span.start_char, span.end_char))
            st.last_sentence = max(st.last_sentence, self.sent_of[p.head])
            st.entity.mentions.append(
                Mention(
                    text=span.text,
                    start=span.start_char,
                    end=span.end_char,
                    kind=kind,
                    sentence=self.sent_of[p.head],
                )
            )
        own = range(*p.own_name) if p.own_name else range(0)
        if p.head not in own or st.entity.kind != "person":
            st.heads.add(doc[p.head].lemma_.lower())
        if st.gender is None and st.entity.kind == "person":
            # the person's noun may say the gender: "a man" is no "she"; so may the
            # title run into a name ("campaign spokeswoman Dana Reyes")
            said = p.head if p.head not in own else own.start - 1
            if said >= p.start:
                st.gender = NOUN_GENDER.get(doc[said].lower_)
        for i in range(p.start, p.end):
            hk = self.hit_at.get(i)
            if i in own and st.entity.kind == "person":
                continue  # "King" in "Larry King" is a surname, not a title
            if hk is not None and hk.type == "sector" and i == hk.end - 1:
                st.heads.add(doc[i].lemma_.lower())
        if names:
            st.names.append(names)
            stripped = _strip_honorifics(names)
            if stripped:
                for index, key in ((self.by_last, stripped[-1]), (self.by_first, stripped[0])):
                    bucket = index.setdefault(key, [])
                    if st not in bucket:
                        bucket.append(st)
            if st.gender is None and st.entity.kind == "person":
                st.gender = self._gender_of(names)
        st.last = max(st.last, p.head)
        self.mentions.append((p.head, p, st))

    def _gender_of(self, names: tuple[str, ...]) -> str | None:
        first = names[0].lower().rstrip(".")
        if first in TITLE_GENDER:
            return TITLE_GENDER[first]
        stripped = _strip_honorifics(names)
        return self.d.genders.get(stripped[0]) if len(stripped) > 1 else None
