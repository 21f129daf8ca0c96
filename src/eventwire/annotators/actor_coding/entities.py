"""Linking: which entity a resolved phrase mentions, and the entities' bookkeeping."""

from __future__ import annotations

from typing import Any

from .book import EntityBook
from .structures import Hit, Phrase, Resolution, _EntityState, _plural_tok
from .words import FEMALE, MALE, STATE_SECTORS, _kind_fits, _strip_honorifics


class EntityLinker(EntityBook):
    """Links resolved phrases to entities (new ones or earlier ones)."""

    def _link(
        self, p: Phrase, res: Resolution, definite: bool = False, indefinite: bool = False
    ) -> Resolution:
        """Decide which entity a resolved phrase mentions (possibly updating res)."""
        if p.pronoun:
            return self._link_pronoun(p, res)
        h = self.hit_at.get(p.head)
        out = self._link_noun_of_kind(p, res, h, definite)
        if out is None:
            out = self._link_name(p, res, h)
        if out is None:
            out = self._link_description(p, res, h, definite, indefinite)
        return out

    def _link_pronoun(self, p: Phrase, res: Resolution) -> Resolution:
        """A pronoun joins its antecedent's entity and takes its code."""
        head = self.toks[p.head]
        state = self._antecedent_pronoun(p)
        if state is None:
            return res
        word = head.lower_
        if state.gender is None and state.entity.kind == "person":
            state.gender = "m" if word in MALE else "f" if word in FEMALE else None
        res.code, res.sectors = state.entity.code, list(state.entity.sectors)
        res.kind = state.entity.kind
        self._add(p, state, "pronoun")
        return res

    def _link_noun_of_kind(
        self, p: Phrase, res: Resolution, h: Hit | None, definite: bool
    ) -> Resolution | None:
        """ "the country", "the organization", "the Americans": a noun for a kind of actor
        joins the latest one of that kind; None where the phrase is no such noun."""
        head = self.toks[p.head]
        is_country_name = h is not None and h.type == "country"
        # "the country", "the nation"
        if h is not None and h.type == "sector" and h.sector is not None:
            if h.sector.kind == "country" and not res.code and not _plural_tok(head):
                code = self._recent_country(p)
                if code is None:
                    return res
                res.code, res.kind, res.name = code, "country", self.d.country_names.get(code, code)
                res.sectors = []
                res.code_from = "coref"
                state = self._country_state(code)
                self._add(p, state, "nominal")
                return res
            if h.sector.kind == "country" and res.code and not _plural_tok(head):
                # "the Pacific island nation of Kiribati"
                res.kind, res.sectors = "country", []
                self._add(p, self._country_state(res.code), "nominal")
                return res
            if (
                definite
                and not res.code
                and h.sector.weight == 0
                and h.sector.kind == "group"
                and res.number == "sg"
            ):
                # "the organization", "the group": the organisation the story just named
                sent = self.sent_of[head.i]
                st = self._recent(
                    lambda s: (
                        s.entity.kind in ("organization", "group")
                        and bool(s.names or s.entity.source)
                        and s.number == "sg"
                        and s.last_sentence >= sent - 3
                    ),
                    p,
                )
                if st is not None:
                    self._add(p, st, "nominal")
                    return self._sync(res, st)
        if is_country_name and res.kind == "population" and h is not None:
            # "the Americans": the group of that country already in the story, if any
            grp = self._recent(lambda s: s.entity.code == res.code and s.entity.kind == "group", p)
            if grp is not None:
                res.sectors, res.kind = list(grp.entity.sectors), grp.entity.kind
                self._add(p, grp, "name")
                return res
        return None

    def _link_name(self, p: Phrase, res: Resolution, h: Hit | None) -> Resolution | None:
        """A proper name: an earlier mention of the same person or organisation, the
        dictionary entry's entity, else an entity of its own; None for a description."""
        doc = self.doc
        state: _EntityState | None = None
        if res.named and p.own_name is not None and (res.source is None or res.kind == "person"):
            toks = tuple(t.text for t in doc[p.own_name[0] : p.own_name[1]] if t.text[:1].isalnum())
            # a surname the story already gave a person is that person, whatever NER says
            state = self._match_person(toks) if res.kind in ("person", "organization") else None
            if state is None and res.source is None and res.kind != "person":
                state = self._match_org(toks)
            if state is not None:
                self._merge_res(state, res)
                self._add(p, state, "name", names=toks)
                return self._sync(res, state)
        if res.field_dictionary and res.kind == "country" and h is not None:
            # "Austin's visit" after "Lloyd Austin": the person, not the Texan city the
            # field's dictionary lists under the United States
            toks = tuple(t.text for t in doc[h.start : h.end] if t.text[:1].isalnum())
            state = self._match_person(toks)
            if state is not None:
                self._add(p, state, "name", names=toks)
                return self._sync(res, state)
        if res.named and res.source is not None:
            key: tuple[Any, ...] = ("entry", res.name, res.code, tuple(res.sectors), res.kind)
            if res.kind == "country":
                key = ("country", res.code)
            elif (
                h is not None
                and h.type == "actor"
                and res.sectors == ["GOV"]
                and (entry := self.d.entry(h.key, None)) is not None
                and entry.kind == "capital"
            ):
                # "Washington" acting is the US government: one actor with "the US
                # administration", "the American government"
                key = ("desc", res.code, "GOV", "organization")
            state = self.by_key.get(key)
            if state is None:
                state = self._new(res, key)
            kind = "name"
            if h is not None and h.type == "country" and h.country is not None:
                kind = "adjective" if h.country.form == "adjective" else "name"
            names: tuple[str, ...] | None = None
            if p.own_name is not None and res.kind == "person":
                names = tuple(
                    t.text for t in doc[p.own_name[0] : p.own_name[1]] if t.text[:1].isalnum()
                )
            if h is not None and h.type == "actor":
                entry = self.d.entry(h.key, None)
                if entry is not None and entry.kind in ("capital", "seat"):
                    kind = "metonym"
                if res.kind == "person":
                    # the dictionary's full name, so "Mrs. Lopez" finds "Maria Lopez"
                    names = tuple(res.name.split())
            self._add(p, state, kind, names=names)
            return res
        if res.named and not res.code and res.kind == "person" and p.own_name is not None:
            # a misspelt name the dictionary knows: "President Laurent Gbago"
            words = tuple(t.text for t in doc[p.own_name[0] : p.own_name[1]] if t.text != "-")
            near = self.d.near_person(_strip_honorifics(words))
            entry = self.d.entry(near, self.date) if near else None
            if entry is not None and entry.code:
                res.code, res.code_from = entry.code, "head"
                res.source = f"{entry.source}:{entry.name} (spelt {' '.join(words)!r})"
                if not res.sectors or res.sectors[0] not in STATE_SECTORS:
                    res.sectors = list(entry.sectors)
        if (
            res.named
            and not res.code
            and res.kind == "person"
            and res.sectors
            and res.sectors[0] in STATE_SECTORS | {"ELI", "OPP"}
        ):
            # "President X" in a text that names one country and no other: that country's
            # (with two or more there is nothing to go on, and no country is given)
            only = self.only_country()
            if only:
                res.code, res.code_from = only, "context"
        # no guessing: any other name no dictionary knows and whose phrase names no country
        # keeps no country, rather than one borrowed from the story's countries or places
        if res.named and p.own_name is not None:
            toks = tuple(t.text for t in doc[p.own_name[0] : p.own_name[1]] if t.text[:1].isalpha())
            state = self._new(res, None)
            self._add(p, state, "name", names=toks)
            return res
        return None

    def _link_description(
        self, p: Phrase, res: Resolution, h: Hit | None, definite: bool, indefinite: bool
    ) -> Resolution:
        """A description ("the lawmaker", "Syrian Foreign Ministry", "US forces")."""
        head = self.toks[p.head]
        lemma = head.lemma_.lower()
        generic_group = (
            h is not None
            and h.type == "sector"
            and h.sector is not None
            and h.sector.kind in ("group", "organization")
            and res.number == "sg"
        )
        if generic_group:
            # "the Daesh terrorist group" is Daesh
            named = [q for q in p.nested if q.entity and q.head < p.head and q.res and q.res.named]
            named = [
                q for q in named if q.res is not None and q.res.kind in ("group", "organization")
            ]
            if named:
                st = self._state(named[-1].entity)
                if st is not None:
                    # "al-Maluma news agency": the name's entity learns what the noun says
                    self._merge_res(st, res)
                    self._add(p, st, "nominal")
                    return self._sync(res, st)
        if indefinite:
            state = self._new(res, None)
            self._add(p, state, "nominal")
            return res
        if res.kind == "person" and res.number == "sg" and definite:
            st = self._recent(
                lambda s: (
                    s.entity.kind == "person"
                    and lemma in s.heads
                    and (res.code is None or s.entity.code in (None, res.code))
                ),
                p,
            )
            if st is not None:
                self._merge_res(st, res)
                self._add(p, st, "nominal")
                return self._sync(res, st)
        if (
            not res.code
            and res.number == "sg"
            and any(c.lower_ == "national" and c.dep_ == "amod" for c in head.lefts)
        ):
            # "the national army": the army of the country the story is about ("several
            # national unions" in the plural are of as many nations)
            res.code, res.code_from = self._recent_country(p), "coref"
        if (
            definite
            and res.code_from in ("", "attach", "attach-in")
            and (res.sectors or res.kind != "unknown")
        ):
            st = self._definite_antecedent(p, res, lemma)
            if st is not None:
                self._merge_res(st, res)
                self._add(p, st, "nominal")
                return self._sync(res, st)
        if (
            definite
            and not res.code
            and res.sectors
            and res.sectors[0] in STATE_SECTORS
            and res.number == "sg"
            and res.kind in ("organization", "person")
        ):
            # "<two states> back the government" (of a country named before): the
            # latest country outside the clause the description sits in
            code = self._recent_country(p, clause=True)
            if code:
                res.code, res.code_from = code, "coref"
        if not res.code and res.sectors and res.kind in ("group", "person"):
            inherited = self._subject_country(p)
            if inherited:
                res.code, res.code_from = inherited, "subject"
        if res.code and res.sectors:
            key = ("desc", res.code, res.sectors[0], res.kind if res.kind != "person" else p.head)
            if res.kind == "person":
                key = ("desc-person", res.code, res.sectors[0], lemma)
                st = self.by_key.get(key) if definite else None
            else:
                st = self.by_key.get(key)
            if st is None:
                st = self._new(res, key)
            self._add(p, st, "nominal")
            return self._sync(res, st)
        if not res.code and not res.sectors and not res.named:
            return res  # "six men", "the organization" unresolved: no actor to record
        state = self._new(res, None)
        self._add(p, state, "nominal")
        return res

    def _definite_antecedent(self, p: Phrase, res: Resolution, lemma: str) -> _EntityState | None:
        """The entity a definite description refers back to: one with the same head word
        ("the lawmaker"), else an armed group of the same sector just named."""
        head = self.toks[p.head]
        st = self._recent(
            lambda s: (
                lemma in s.heads
                and _kind_fits(s.entity.kind, res.kind)
                and (res.code is None or s.entity.code in (None, res.code))
            ),
            p,
        )
        if st is None and res.sectors and res.sectors[0] not in STATE_SECTORS and p.parent is None:
            # "the Takfiri outfit": the armed group just named (state organs instead
            # take the country of their context: _link_description)
            sent = self.sent_of[head.i]
            st = self._recent(
                lambda s: (
                    bool(s.entity.sectors)
                    and s.entity.sectors[0] == res.sectors[0]
                    and s.entity.kind == res.kind
                    and (
                        res.code is None
                        or res.code_from == "attach-in"
                        or s.entity.code in (None, res.code)
                    )
                    and s.last_sentence >= sent - 2
                ),
                p,
            )
        return st
