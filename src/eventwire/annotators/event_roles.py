"""Roles: which phrases of the parse are an event's actor and recipient.

The actor is the subject, the passive agent or a subject inherited through control
verbs, coordination and relative clauses; an event noun's possessor, "by" or "-led"
phrase. The recipient is the object, the passive subject, a dative or the object of a
preposition (the one a pattern names first), ranked so that a named other party beats
a place or the actor's own side. ``Participants`` turns the chosen heads into actor
references.
"""

from __future__ import annotations

import threading
from typing import Any

from . import Context
from .event_grammar import (
    _LOCATIVE,
    _PASSIVE_SUBJECT_DEPS,
    _RECIPIENT_PREPS,
    _SUBJECT_DEPS,
    Candidate,
    Phrases,
    _children,
    _clause_head,
    _conjuncts,
    _lemma,
    _of_object,
    verb_doers,
)
from .event_lexicon import Lexicon
from .event_modality import Modality
from .event_participants import Participants, names_boundary
from .event_roles_act_nouns import act_agents, clause_performs
from .event_roles_undergone import (
    charged_subject,
    hung_source,
    passive_hung_agent,
    undergo_source,
)
from .event_weapon_fire import fire_as_actor


class Roles:
    """The argument heads of a candidate: its actors and its recipients."""

    def __init__(
        self,
        lex: Lexicon,
        phrases: Phrases,
        modality: Modality,
        participants: Participants,
        local: threading.local,
    ) -> None:
        self.lex = lex
        self.phrases = phrases
        self.bodies = lex.word_class("body_act_noun")
        self.modality = modality
        self.participants = participants
        self._local = local  # the article being coded (its context, its dateline's end)
        self.stative_passive = lex.word_class("stative_passive")
        self.object_control = lex.word_class("object_control")
        self.experiencer = lex.word_class("experiencer_passive")
        self.contact_means = lex.word_class("contact_means")
        self.legal_nouns = lex.word_class("legal_act_noun")
        self.holding = lex.word_class("charge_verb")
        self.performing = lex.word_class("light") | lex.word_class("perform")

    def subject(self, v: Any, depth: int = 0) -> list[Any]:
        """The actor heads of a verb: its subject, passive agent, or inherited subject."""
        if depth > 4:
            return []
        active = not any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in v.children) and any(
            c.dep_ in _SUBJECT_DEPS for c in v.children
        )
        if _lemma(v) in self.experiencer:
            # "officials were frustrated by the delays": the officials disapprove; in
            # "Dismayed by the vote, she ..." the clause's subject does; never the cause
            for c in v.children:
                if c.dep_ in _PASSIVE_SUBJECT_DEPS:
                    return _conjuncts(c)
            return self.subject(v.head, depth + 1) if v.dep_ == "advcl" else []
        for c in v.children:
            if c.dep_ == "agent" and not active:
                objs = _children(c, "pobj")
                if objs and _lemma(objs[0]) in self.contact_means:
                    # "leaders conferred by phone": how they talked, not who; the parser
                    # may read the verb as a participle on its subject
                    if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
                        return _conjuncts(v.head)
                    continue
                if objs:
                    return _conjuncts(objs[0])
        if not active and any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in v.children):
            late = self._comma_agent(v)
            if late is not None:
                return _conjuncts(late)
            hung = passive_hung_agent(v, self.lex, self.phrases, self._local.ctx)
            if hung:
                return hung
        if _lemma(v) in self.stative_passive:
            # "Israel is opposed to …", "Vietnam is committed to …": the subject acts
            for c in v.children:
                if c.dep_ in _PASSIVE_SUBJECT_DEPS:
                    return _conjuncts(c)
        # a relative pronoun's clause ("who", "which") falls to its noun below
        dateline_end = getattr(self._local, "dateline_end", 0)
        subj = verb_doers(v, agent="none", hops=0, relcl_noun=False, after=dateline_end)
        if subj:
            return [] if str(subj[0].lower_) in ("there",) else _conjuncts(subj[0])
        if any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in v.children):
            return []
        parent = v.head
        if parent == v:
            return []
        if v.dep_ == "xcomp":
            # object control: "urged the parliament to implement" -> the parliament acts
            objs = _children(parent, "dobj")
            if objs and _lemma(parent) in self.object_control:
                return _conjuncts(objs[0])
            return self.subject(parent, depth + 1)
        if v.dep_ == "acomp" or (v.dep_ == "xcomp" and parent.pos_ == "ADJ"):
            return self.subject(
                parent, depth + 1
            )  # "<state> is prepared to help": the adjective's subject
        if v.dep_ in ("conj", "advcl", "ccomp", "pcomp", "acl"):
            if v.dep_ == "acl" and parent.pos_ in ("NOUN", "PROPN"):
                if v.tag_ == "VBN":
                    return []
                if parent.dep_ in ("dobj", "pobj") and not self.phrases.actor_like(
                    parent, self._local.ctx
                ):
                    # "issued a declaration demanding …": the issuer demands
                    return self.subject(_clause_head(parent.head), depth + 1)
                return [parent]
            if v.dep_ == "pcomp":
                verb = _clause_head(parent)
                if _lemma(parent) in ("of", "for") and verb == parent.head:
                    objs = _children(verb, "dobj")
                    if objs and self.phrases.actor_like(objs[0], self._local.ctx):
                        return _conjuncts(objs[0])  # "accused X of violating" -> X violated
                parent = verb
            return self.subject(parent, depth + 1)
        if v.dep_ == "relcl":
            return _conjuncts(parent)
        return []

    def _comma_agent(self, v: Any) -> Any:
        """The agent of a passive verb that a parenthetical separates from it: in "was
        accused of hiding funds, much of them abroad, by the prosecutors" the parser hangs
        ", by the prosecutors" on the participle inside; the comma closes that one, so the
        party belongs to the passive verb before it (which has no agent of its own)."""
        if any(c.dep_ == "agent" for c in v.children):
            return None
        sent = v.sent
        for tok in sent[v.i - sent.start + 1 :]:
            if str(tok.lower_) != "by" or tok.i < 1 or tok.doc[tok.i - 1].text != ",":
                continue
            inner = tok.head
            if inner == v or inner.pos_ not in ("VERB", "AUX") or not v.i < inner.i < tok.i:
                return None
            if inner.tag_ != "VBN" and any(
                self.phrases.actor_like(s, self._local.ctx)
                for s in _children(inner, *_SUBJECT_DEPS)
            ):
                return None  # an inner verb with a party of its own keeps its "by"
            objs = _children(tok, "pobj")
            if objs and self.phrases.actor_like(objs[0], self._local.ctx):
                return objs[0]
            return None
        return None

    def recipients(
        self, cand: Candidate, ctx: Context, actor_codes: frozenset[str] = frozenset()
    ) -> list[Any]:
        """The recipient heads of a candidate: the best-ranked phrase that can name one."""
        if cand.recipient_override is not None:
            return cand.recipient_override
        if self._undergoes(cand):
            # "the mayor faced criticism from X": the subject is the one criticised
            return [s for s in self.subject(cand.tok) if self.phrases.can_be_argument(s)]
        options, locative = self._options(cand, ctx)
        good = [
            o
            for o in options
            if (self.phrases.actor_like(o, ctx) or self.participants.place_country(o, ctx))
            # "a base on the Thai border": a border's country, not "troops sent to" it
            and not (o.dep_ == "pobj" and _lemma(o.head) != "to" and names_boundary(o))
        ]

        def rank(o: Any) -> tuple[int, int]:
            # a party named as object beats a place ("detained six militants in Jakarta");
            # a resolved other party beats the actor's own side ("offered its troops to
            # Lebanon's president"), and a name beats a common noun
            refs = self.participants.refs([o], ctx)
            codes = {r.code for r in refs if r.code}
            tier = 1 if o.i in locative else 0
            if codes and not codes <= actor_codes:
                return (0, tier)
            if not codes and tier == 0:
                return (1, 0 if self.phrases.named(o, ctx) else 1)
            return (2, tier) if codes else (3, tier)

        good.sort(key=rank)
        chosen = good[0] if good else None
        if chosen is None:
            return self._fallback(cand, ctx, actor_codes)
        return _conjuncts(chosen)

    def _options(self, cand: Candidate, ctx: Context) -> tuple[list[Any], set[int]]:
        """Every phrase that may be the recipient, in order of preference, and which of
        them come from locative phrases ("in"/"at": where, not whom)."""
        tok, pat = cand.tok, cand.pat
        options: list[Any] = []
        locative: set[int] = set()  # options from "in"/"at" phrases: where, not whom
        if cand.event == "REQUEST" and cand.complement is not None:
            # "its demand that Israel ease …": who is asked to act is addressed
            options += _children(cand.complement.tok, *_SUBJECT_DEPS)
        passive = _children(tok, *_PASSIVE_SUBJECT_DEPS)
        if _lemma(tok) in self.experiencer:
            # "frustrated by the ministry's delays": the cause's owner is the one criticised
            passive = []
            for agent in _children(tok, "agent"):
                for obj in _children(agent, "pobj"):
                    owner = self.phrases.noun_agent(obj)
                    options.append(owner if owner is not None else obj)
        if passive and tok.pos_ in ("VERB", "AUX") and _lemma(tok) not in self.stative_passive:
            options.append(passive[0])
        for dat in _children(tok, "dative"):
            # "gave Tanzania a grant"; "providing intelligence to Macedonia" (dative "to")
            options += _children(dat, "pobj") if dat.pos_ == "ADP" else [dat]
        # the preposition named in the pattern first ("call on X", "withdraw from X")
        preps = [c for c in tok.children if c.dep_ in ("prep", "prt")]
        pat_words = self.lex.pattern_words(pat)
        named = [p for p in preps if _lemma(p) in pat_words]
        for adj in _children(tok, "acomp"):
            if _lemma(adj) in pat_words:
                # "was critical of X", "remained supportive of X": the adjective's object
                named += [p for p in _children(adj, "prep") if _lemma(p) in pat_words]
        # "welcomed the premier to Berlin": a host receives the guest, not the place
        guest = pat.mode == "visit" and any(
            self.phrases.actor_like(d, ctx) for d in _children(tok, "dobj")
        )
        for p in named:
            if guest and _lemma(p) == "to":
                continue
            for obj in _children(p, "pobj"):
                options.append(obj)
                inner = _of_object(obj) if _lemma(obj) in pat_words else None
                if inner is not None:
                    options.append(inner)  # "came to the defence of the minister"
                # "went back on her pledge to the farmers": the pledge's "to" object
                for pp in _children(obj, "prep"):
                    if _lemma(pp) in ("to", "against", "with", "toward", "towards"):
                        options += _children(pp, "pobj")
        for d in _children(tok, "dobj"):
            if _lemma(d) in pat_words and self.phrases.actor_like(d, ctx):
                options.append(d)  # "expelled the American diplomats": they are the recipient
                continue
            if _lemma(d) in pat_words or self._is_event_noun(d):
                # the object names the act, not the actor: look inside for who
                # ("rejected Iraq's proposal", "mounted its invasion of Lebanon")
                for inner in (self.phrases.noun_agent(d), _of_object(d)):
                    if inner is not None:
                        options.append(inner)
                for p in _children(d, "prep"):
                    if _lemma(p) in ("to", "against", "with", "on", "for", "from"):
                        options += _children(p, "pobj")
                continue
            if self.phrases.actor_like(d, ctx):
                options.append(d)
            else:
                of_obj = _of_object(d)
                if of_obj is not None and self.phrases.actor_like(of_obj, ctx):
                    options.append(of_obj)  # "allow the return of UN inspectors"
                owner = self.phrases.noun_agent(d)
                if owner is not None:
                    options.append(owner)
                else:
                    options.append(d)
        for prep_word in _RECIPIENT_PREPS:
            for p in preps:
                if _lemma(p) == prep_word and p not in named:
                    objs = _children(p, "pobj")
                    options += objs
                    if prep_word in _LOCATIVE:
                        locative.update(o.i for o in objs)
        # "provided intelligence to Macedonia", "threatened action against Russia"
        for d in _children(tok, "dobj"):
            for dd in [d, *d.conjuncts, self.phrases.core(d)]:
                for p in _children(dd, "prep"):
                    if _lemma(p) in ("to", "against", "between", "for", "on", "with"):
                        options += _children(p, "pobj")
        # "calling on the US administration to cease": the clause subject is addressed
        for c in _children(tok, "ccomp", "xcomp"):
            options += _children(c, *_SUBJECT_DEPS)
        if cand.is_noun:
            options = self._noun_recipients(cand) + options
        options = [o for o in options if o.i != tok.i and self.phrases.can_be_argument(o)]
        return options, locative

    def _fallback(self, cand: Candidate, ctx: Context, actor_codes: frozenset[str]) -> list[Any]:
        """The recipient where no phrase of the trigger's own names one: a purpose
        clause's object, a condition's subject, a complement's target."""
        tok = cand.tok
        if not cand.is_noun:
            # "ready to ship arms to help protect <state>": the purpose's object
            for c in _children(tok, "xcomp", "advcl"):
                if not any(_lemma(a) == "to" for a in c.children if a.dep_ == "aux"):
                    continue
                for obj in [
                    *_children(c, "dobj"),
                    *[g for x in _children(c, "xcomp", "ccomp") for g in _children(x, "dobj")],
                ]:
                    if (
                        obj.i != tok.i
                        and self.phrases.named(obj, ctx)
                        and self.phrases.can_be_argument(obj)
                    ):
                        return _conjuncts(obj)
        if cand.event == "THREATEN":
            # "warned that sanctions would follow if Iran continued": Iran is threatened
            found = self.modality.condition_above(tok) or self.modality.condition_below(tok)
            if found is not None:
                for adv in _children(found[1], "advcl"):
                    subj = _children(adv, *_SUBJECT_DEPS)
                    if (
                        subj
                        and self.phrases.actor_like(subj[0], ctx)
                        and self.phrases.can_be_argument(subj[0])
                    ):
                        return _conjuncts(subj[0])
        if cand.pat.absorb and cand.complement is None:
            # "threatened to launch missiles at South Korea": the complement's target
            for c in _children(tok, "xcomp"):
                heads = [c, *_children(c, "dobj")]
                for h in heads:
                    for p in _children(h, "prep", "dative"):
                        if _lemma(p) in ("to", "at", "against", "on", "with"):
                            for obj in _children(p, "pobj"):
                                if self.phrases.actor_like(
                                    obj, ctx
                                ) and self.phrases.can_be_argument(obj):
                                    return _conjuncts(obj)
        if cand.complement is not None:
            inner = self.recipients(cand.complement, ctx, actor_codes)
            if inner:
                return inner
        if not cand.is_noun:  # "brought charges of fraud against the mayor"
            return hung_source(_children(tok, "dobj"), ("against",), self.lex, self.phrases, ctx)
        return []

    def _noun_recipients(self, cand: Candidate) -> list[Any]:
        tok = cand.tok
        out: list[Any] = []
        agent = self.phrases.noun_agent(tok)
        for c in tok.children:
            if c.dep_ == "prep" and _lemma(c) in ("to", "against", "on", "with", "of", "in"):
                if _lemma(c) == "of" and cand.pat.of_actor:
                    continue
                out += _children(c, "pobj")
            if c.dep_ in ("compound", "nmod") and agent is not None and c != agent:
                out.append(c)
        return out

    def _is_event_noun(self, tok: Any) -> bool:
        return tok.pos_ in ("NOUN", "PROPN") and (
            (_lemma(tok), "n") in self.lex.patterns or (str(tok.lower_), "n") in self.lex.patterns
        )

    def _undergoes(self, cand: Candidate) -> bool:
        """Whether the trigger is a verb whose subject undergoes the act its pattern's noun
        names ("faced criticism", "drew a rebuke", "won the endorsement of"): a lexicon
        row flagged ``undergone``."""
        return cand.pat.undergone and not cand.is_noun and cand.tok.pos_ in ("VERB", "AUX")

    def actors(self, cand: Candidate, ctx: Context) -> list[Any]:
        fire_as_actor(cand, self.lex)  # "killed by sniper fire": the weapon is no actor
        if cand.actor_override is not None:
            return cand.actor_override
        tok = cand.tok
        if self._undergoes(cand):
            named = self.lex.pattern_words(cand.pat)
            return undergo_source(tok, cand.event, named, self.lex, self.phrases, ctx)
        if cand.is_noun:
            agent = self.phrases.noun_agent(tok)
            if agent is None and cand.pat.of_actor and not cand.light:
                agent = _of_object(tok)  # "the visit of the chairman"
            if agent is not None:
                return _conjuncts(agent)
            clause = _clause_head(tok)
            if clause != tok and tok.dep_ in ("dobj", "attr", "pobj", "nsubjpass"):
                if tok.dep_ == "attr" and cand.pat.copular:
                    return []
                if charged_subject(tok, clause, self.legal_nouns, self.holding, self.phrases):
                    return []
                if not clause_performs(cand, clause, self.performing, self.legal_nouns):
                    return []  # "condemned the attack", "expelled envoys over the poisoning"
                return self.subject(clause)
            return []
        subj = act_agents(self.subject(tok), ctx, self.phrases, self._is_event_noun, self.bodies)
        return [s for s in subj if self.phrases.can_be_argument(s)]

    def copular_recipient(self, cand: Candidate) -> list[Any]:
        """ "X's presence is a violation": the accused is who X's subject phrase names."""
        clause = cand.tok.head
        for s in _children(clause, *_SUBJECT_DEPS):
            inner = self.phrases.noun_agent(s) or _of_object(s)
            return _conjuncts(inner if inner is not None else s)
        return []
