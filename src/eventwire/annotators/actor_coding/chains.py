"""The whole article: phrases, appositions resolved as one, surname chains, entities emitted."""

from __future__ import annotations

from .compose import Composer
from .structures import RANK_COMPOSED, Phrase, Resolution, _EntityState, code_rank
from .words import (
    _HONORIFIC_GENDER,
    FORMER,
    HONORIFICS,
    NON_STATE,
    STATE_SECTORS,
    _strip_honorifics,
)


class ActorArticle(Composer):
    """The per-article work: phrases, resolution, coreference, entities."""

    def run(self) -> None:
        doc = self.doc
        heads: list[int] = []
        seen: set[int] = set()
        money: set[int] = set()
        for i in range(len(doc)):
            h = self.hit_at.get(i)
            if h is not None and h.type == "country" and i == h.start and h.country is not None:
                nxt = doc[h.end] if h.end < len(doc) else None
                if nxt is not None and (nxt.text in ("$", "dollar", "dollars") or nxt.is_currency):
                    # "US $50 million" is money, not the United States: no evidence, no actor
                    money.update(range(h.start, h.end))
                else:
                    self.country_evidence.append((i, h.country.code))
            if i not in money and self.actorish(i):
                j = self.climb(i)
                if j not in seen:
                    seen.add(j)
                    heads.append(j)
        heads.sort(key=lambda j: -j)  # outer phrases (later heads) claim their names first
        covered: set[int] = set()
        for j in heads:
            if j in covered:
                continue
            p = self.phrase_for(j)
            if p is None:
                continue
            if p.own_name is not None:
                covered.update(i for i in range(*p.own_name) if i != p.head)
        for j in covered:
            q = self.phrases.get(j)
            if q is not None and q.parent is None:
                del self.phrases[j]
        # appositions and title-name chains: "X, the Y" / "US Chairman … General Mark Milley"
        for p in list(self.phrases.values()):
            tok = doc[p.head]
            if tok.dep_ not in ("appos", "conj") or p.pronoun:
                continue
            other = self.phrases.get(tok.head.i)
            if other is None or other is p or other.pronoun:
                continue
            if self._is_country(p) or self._is_country(other):
                continue  # "Iran, Libya, North Korea": a list, not one actor
            if tok.dep_ == "appos" and p.end < len(doc) and doc[p.end].pos_ in ("VERB", "AUX"):
                continue  # "…, a rights group protested": a new clause's subject
            if tok.dep_ == "conj":
                # only a title run into a name: "US Chairman of ... Staff General Mark Milley"
                between = doc[other.end : p.start]
                if any(c.dep_ == "cc" for c in tok.head.children) or any(
                    t.is_punct for t in between
                ):
                    continue
                if p.own_name is None or not self._has_title(other):
                    continue
            other.linked.append(p)
        order = sorted(self.phrases.values(), key=lambda q: (q.head, q.start))
        done: set[int] = set()
        for p in order:
            if p.head in done:
                continue
            group = self._group(p)
            for q in group:
                done.add(q.head)
            if len(group) == 1:
                self.resolve(p)
            else:
                self._resolve_group(group)
        self._unify_surnames()
        self._emit()

    def _unify_surnames(self) -> None:
        """One person, one chain: a surname met before the full name ("Lopez said …
        Maria Lopez") joins the one person of the story with that surname and takes
        that person's code, so a chain never holds two codes."""
        persons = [st for st in self.states if st.entity.kind == "person" and st.names]
        lone = [
            st
            for st in self.states
            if st.names
            and st.entity.mentions
            and (
                st.entity.kind == "person"
                # a lone surname the parser took for an organisation, known to no dictionary
                or (st.entity.kind in ("organization", "unknown") and st.entity.code is None)
            )
        ]
        for st in lone:
            short = {_strip_honorifics(n) for n in st.names}
            if not short or any(len(n) != 1 for n in short) or len(short) != 1:
                continue
            surname = next(iter(short))[0]
            said = {
                _HONORIFIC_GENDER.get(n[0].lower().rstrip("."))
                for n in st.names
                if len(n) > 1 and n[0].lower() in HONORIFICS
            } - {None}
            fuller = [
                other
                for other in persons
                if other is not st
                and other.entity.mentions
                and any(
                    len(n) > 1 and n[-1] == surname for n in map(_strip_honorifics, other.names)
                )
                and not (said and other.gender is not None and other.gender not in said)
            ]
            if len(fuller) != 1:
                continue  # none, or two (Bill and Hillary): the surname alone cannot tell
            self._merge_into(st, fuller[0])

    def _merge_into(self, st: _EntityState, into: _EntityState) -> None:
        ent, target = st.entity, into.entity
        for m in ent.mentions:
            if (m.start, m.end) not in into.spans:  # kept with the mentions (_add)
                into.spans.add((m.start, m.end))
                if m.sentence is not None:
                    into.last_sentence = max(into.last_sentence, m.sentence)
                target.mentions.append(m)
        ent.mentions = []
        better = ent.code is not None and target.code is not None and st.rank > into.rank
        if better and ent.code != target.code:
            # the chain keeps the better-founded code of the two
            target.code, target.sectors, target.source = ent.code, list(ent.sectors), ent.source
            into.rank = st.rank
        elif target.code is None and ent.code is not None:
            target.code, target.sectors, into.rank = ent.code, list(ent.sectors), st.rank
        into.names.extend(st.names)
        for q in self.phrases.values():
            if q.entity == ent.id:
                q.entity = target.id

    def _group(self, p: Phrase) -> list[Phrase]:
        out: list[Phrase] = []
        stack = [p]
        while stack:
            q = stack.pop()
            if q in out:
                continue
            out.append(q)
            stack.extend(q.linked)
            tok = self.toks[q.head]
            if q.parent is None and tok.dep_ in ("appos", "conj"):
                other = self.phrases.get(tok.head.i)
                if other is not None and q in other.linked:
                    stack.append(other)
        out.sort(key=lambda q: q.head)
        return out

    def _resolve_group(self, group: list[Phrase]) -> None:
        """Phrases in apposition are one actor: pool their evidence, link once."""
        resolutions = [self.resolve(q, link=False) for q in group]
        # the named phrase is the anchor; descriptions add code and sectors
        anchor_i = next(
            (i for i, r in enumerate(resolutions) if r.named and r.kind == "person"), None
        )
        if anchor_i is None:
            anchor_i = next((i for i, r in enumerate(resolutions) if r.named), 0)
        anchor = group[anchor_i]
        res = resolutions[anchor_i]
        code = res.code
        sectors = list(res.sectors)
        override = False
        ordered = sorted(
            (r for r in resolutions if r is not res), key=lambda r: 0 if r.sectors else 1
        )
        if res.field_dictionary and res.kind == "person":
            # "Ali Hassan, an Iraqi lawmaker": the apposition's country beats a namesake's;
            # so does an international body the apposition names ("X, the UN envoy"): the
            # field dictionary codes a person by nationality, the text by the office held
            described = next(
                (r.code for r in ordered if r.code and (not r.named or r.code in NON_STATE)),
                None,
            )
            if described and described != code:
                code, sectors, override = described, [], True
        rank = RANK_COMPOSED if override else code_rank(res)
        for r in [res, *ordered]:
            if not code and r.code:
                code, rank = r.code, code_rank(r)
        strongest = self._strongest_sectors(group)
        titled = bool(set(strongest[:1]) & STATE_SECTORS) and res.sectors[:1] == ["ELI"]
        if strongest and (not res.source or not res.sectors or titled):
            # a title in an apposition says the office held at the time reported
            sectors = strongest
            override = override or titled
        for r in ordered:
            if not sectors and r.sectors:
                sectors = list(r.sectors)
        anchor.res = None
        final = self.resolve(anchor)
        st = self._state(anchor.entity)
        if st is None:
            return
        better = code is not None and code != st.entity.code and rank > st.rank
        if (st.entity.code is None or override or better) and code:
            # the chain takes the group's code where it is better founded than its own
            st.entity.code, st.rank = code, max(rank, st.rank if override else 0.0)
        if sectors and (not st.entity.sectors or not res.source or override):
            st.entity.sectors = sectors
        if override:
            st.entity.source = None  # the description coded it, not the namesake's entry
        if st.entity.kind == "unknown" and res.kind != "unknown":
            st.entity.kind = res.kind
        final.code, final.sectors = st.entity.code, list(st.entity.sectors)
        for q in group:
            if q is anchor:
                continue
            q.res = Resolution(code=st.entity.code, sectors=list(st.entity.sectors))
            self._add(q, st, "nominal" if not q.own_name else "name")
        # later mentions of a nested phrase may have been linked already; fine.

    def _strongest_sectors(self, group: list[Phrase]) -> list[str]:
        best: tuple[float, list[str]] = (-1.0, [])
        for q in group:
            for i in range(q.start, q.end):
                h = self.hit_at.get(i)
                if h is None or i != h.start:
                    continue
                if h.type == "sector" and h.sector is not None and h.sector.sectors:
                    w = h.sector.weight + (0.5 if h.end - 1 == q.head else 0)
                    if w > best[0]:
                        best = (w, list(h.sector.sectors))
            for sub in q.nested:
                r = sub.res
                if r is not None and r.sectors and r.kind != "country" and 2.0 > best[0]:
                    best = (2.0, list(r.sectors))
        if best[0] >= 0:
            former = any(
                self.toks[i].lower_ in FORMER for q in group for i in range(q.start, q.head)
            )
            if former and set(best[1]) & STATE_SECTORS:
                return ["ELI", *[s for s in best[1] if s not in STATE_SECTORS | {"ELI"}]]
        return best[1]

    def _emit(self) -> None:
        """Entities with mentions in text order; every mention's tokens in token_entity."""
        ctx = self.ctx
        doc = self.doc
        kept = [st for st in self.states if st.entity.mentions]
        # renumber in order of first mention
        kept.sort(key=lambda st: min(m.start for m in st.entity.mentions))
        ids: dict[str, str] = {}
        for n, st in enumerate(kept, start=1):
            ids[st.entity.id] = f"e{n}"
        for st in kept:
            st.entity.id = ids[st.entity.id]
            st.entity.mentions.sort(key=lambda m: (m.start, m.end))
            ctx.analysis.entities.append(st.entity)
        # outer phrases first, inner ones overwrite
        assigned = sorted(
            (p for p in self.phrases.values() if p.entity in ids),
            key=lambda p: -(p.end - p.start),
        )
        for p in assigned:
            eid = ids[p.entity or ""]
            for i in range(p.start, p.end):
                ctx.token_entity[i] = eid
            p.entity = eid
        del doc
