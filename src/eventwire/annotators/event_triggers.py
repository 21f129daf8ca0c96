"""Triggers: the words of a sentence that propose events, and which of them report one.

Every verb and noun is looked up in the lexicon (``event_lexicon``); the sense of a
few ambiguous verbs comes from their arguments ("protested that": a verbal protest;
"attacked her record": criticism; "struck the depot": an attack). Clause-taking
triggers ("urged X to implement", "agreed to cooperate") absorb their complement
event; "X said Y must ..." is a REQUEST; event nouns count only where the grammar makes
them reported events; a verb under an ordinary noun is not asserted. Each candidate
that stays gets its modality and its reporting speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..dictionaries.petrarch_verbs import NON_EVENT
from ..resources import word_sets
from . import Context, doc_tokens
from .event_constructions import Constructions
from .event_constructions_acts import (
    called_strike,
    court_opponents,
    crowd_protest,
    held_meeting,
    mission_hosts,
    mission_words,
    protest_purpose,
    reduced_passives,
    reported_act,
)
from .event_constructions_verbal import (
    kept_open,
    negative_decisions,
    reported_wrongs,
    told_verbal_attack,
)
from .event_constructions_verbal_forms import (
    among_critics,
    rival_attack,
    war_judgements,
    warns_addressee,
)
from .event_grammar import (
    _COMPLEMENT_DEPS,
    _PASSIVE_SUBJECT_DEPS,
    _SUBJECT_DEPS,
    SPEECH_ACTS,
    THREATEN_FROM,
    THREATENED,
    Candidate,
    Phrases,
    _aux_lemmas,
    _children,
    _conjuncts,
    _lemma,
    campaign_article,
    for_to_clause,
    lexical_view,
    modified_object,
    person_word,
)
from .event_lexicon import Lexicon, Pattern
from .event_modality import Modality
from .event_police_raids import police_raid
from .event_political_targets import political_targets
from .event_quoted_demands import QuoteFor, owned, quoted_demands
from .event_shame import shamed
from .event_unsparing import unsparing


@lru_cache(maxsize=4)
def _object_class(name: str) -> frozenset[str]:
    return word_sets("events", "object_classes.txt").get(name, frozenset())


def _scene_phrase(tok: Any) -> bool:
    """Whether an event noun beside a light verb heads no object of it but a phrase of time,
    circumstance or topic (class ``setting`` of ``object_classes.txt``): "held the bridge
    under attack", "issued a statement after the talks" (not "engaged in talks"). A noun
    with its own participants ("after a meeting with the families") names an act all
    the same."""
    if _lemma(tok.head) not in _object_class("setting"):
        return False
    return not any(
        c.dep_ == "prep" and _lemma(c) in ("with", "between", "against") for c in tok.children
    )


class Triggers:
    """The candidates of one sentence: matched, re-sensed, absorbed and filtered."""

    def __init__(
        self, lex: Lexicon, phrases: Phrases, modality: Modality, quotes: QuoteFor
    ) -> None:
        self.lex = lex
        self.quote_for = quotes  # Participants.quote_for
        self.phrases = phrases
        self.modality = modality
        self.party_object = lex.word_class("party_object")
        self.public = _object_class("public") | _object_class("electorate")
        self.warning = lex.word_class("warning")
        self.threat_cue = lex.word_class("threat_cue")
        self.speech = lex.word_class("speech")
        self.light = lex.word_class("light")
        self.series = lex.word_class("series")
        self.act_count = lex.word_class("act_count")
        self.intent = lex.word_class("intent")
        self.decision = lex.word_class("decision")
        self.obligation = lex.word_class("obligation")
        self.firm_obligation = lex.word_class("firm_obligation")
        self.shame = lex.word_class("shame_adj")
        self.necessity = _Necessity.of(lex)
        self.stative = lex.word_class("stative")
        self.occurrence = lex.word_class("occurrence")
        self.talks_course, self.approval_of = map(lex.word_class, ("talks_course", "approval_of"))
        self.attack_cue = lex.word_class("attack_cue")
        self.contest_cues = _ContestCues(
            self.attack_cue, lex.word_class("contest_cue"), lex.word_class("contest_margin")
        )
        self.verbal_words = _VerbalWords.of(lex)
        self.opinion = _Opinion.of(lex)
        self.charge_verb = lex.word_class("charge_verb")
        self.reduced_passive = lex.word_class("reduced_passive_verb")
        self.missions = mission_words(lex)
        self.forms = Constructions(lex)
        self.court_parties = self.forms.legal_parties

    def find(self, sent: Any, ctx: Context) -> list[Candidate]:
        cands: dict[int, Candidate] = {}
        dates = _date_spans(ctx, sent)
        doc = sent.doc
        toks = doc_tokens(doc)
        # only the tokens some pattern is anchored on, read once per article
        anchored = ctx.memo.once((Triggers.find, id(self)), lambda: self.forms.matchable(doc))
        for i in anchored[bisect_left(anchored, sent.start) : bisect_left(anchored, sent.end)]:
            tok = toks[i]
            pat = self.forms.match(tok)
            if pat is None or pat.event == NON_EVENT or _approval_held(tok, pat, self.approval_of):
                continue
            if tok.text[:1].isupper() and any(a <= tok.idx < b for a, b in dates):
                # "in March", "since March", "on March 3": a capitalised word of a date
                # the times annotator found (a month, a holiday) is never a trigger
                continue
            if pat.pos == "v" and _lemma(tok) in self.speech and not pat.deps:
                continue
            cands[tok.i] = Candidate(tok, pat, pat.event, pat.mode, pat.cameo, [pat.text])
        for tok in toks[sent.start : sent.end]:
            state = _state_candidate(tok, self.lex, cands)
            if state is not None and (
                state.event != "ASSAULT" or _verbal_undergone(tok.head, ctx, self.verbal_words)
            ):  # "the town, under fire from rebels": force needs its verb
                cands[tok.i] = state
        for cand in cands.values():
            t = cand.tok
            if cand.pat.pos == "v" and _lemma(t) == "protest" and crowd_protest(t, self.forms):
                # "demonstrators protested against …", "gathered to protest the ruling"
                cand.event, cand.mode, cand.cameo = "PROTEST", "demo", "141"
                cand.rules.append("protesters protest: PROTEST")
            elif cand.event == "PROTEST" and cand.pat.pos == "v" and _lemma(t) == "protest":
                if _children(t, "ccomp", "dobj") or t.dep_ == "parataxis":
                    # "protested that …", "to protest the remarks": a verbal protest
                    cand.event, cand.mode, cand.cameo = "ACCUSE", "disapprove", "111"
                    cand.rules.append("verbal protest: ACCUSE")
            if cand.event == "ASSAULT" and _attack_in_words(cand, ctx, self.lex, self.verbal_words):
                # "attacked her record", "the senator's attacks on the governor"
                cand.event, cand.mode, cand.cameo = "ACCUSE", "disapprove", "111"
                cand.rules.append("verbal attack: ACCUSE")
            undergone = cand.event == "ASSAULT" and cand.pat.undergone
            if undergone and _verbal_undergone(t, ctx, self.verbal_words):
                # "came under fire from lawmakers over the plan": criticism undergone
                cand.event, cand.mode, cand.cameo = "ACCUSE", "disapprove", "111"
                cand.rules.append("criticism undergone: ACCUSE")
            if cand.event == "PROTEST" and cand.pat.pos == "v" and _lemma(t) == "strike":
                if _children(t, "dobj", *_PASSIVE_SUBJECT_DEPS):
                    # "jets struck the depot", "was struck": an attack; "workers struck": a strike
                    cand.event, cand.mode, cand.cameo = "ASSAULT", None, "190"
                    cand.rules.append("strike with an object: ASSAULT")
            # "police raided two homes": a search and seizure, not an attack
            police_raid(cand, self.lex.word_class("police_force"))
        for i, cand in list(cands.items()):
            if _warning_as_advice(cand, self.warning, self.threat_cue):
                # "warned him not to go": advice, an appeal (CAMEO 020), not a threat
                cand.event, cand.mode, cand.cameo = "REQUEST", None, "020"
                cand.rules.append("warned to: REQUEST")
                continue
            if self._warning_of_fact(cand, cands):
                subj = [
                    s for c in _children(cand.tok, "ccomp") for s in _children(c, *_SUBJECT_DEPS)
                ]
                if subj and warns_addressee(cand.tok, subj[0]):
                    # "warned the agents that they should expect no help": what awaits the
                    # warned party is a threat to it, not criticism of it
                    cand.rules.append("warned of their prospects: THREATEN")
                elif subj and self.phrases.names_party(subj[0], ctx):
                    # "warned that the ministry was wasting funds": criticism of the ministry
                    cand.event, cand.mode, cand.cameo = "ACCUSE", "disapprove", "111"
                    cand.recipient_override = _conjuncts(subj[0])
                    cand.rules.append("warned that: ACCUSE")
                continue
            if (
                self.forms.accidental_subject(cand)
                or self.forms.relief_deployment(cand)
                or self.forms.accident_noun(cand)
                or self.forms.natural_cause(cand)
                or self.forms.accident_report(cand)
            ):
                del cands[i]
                continue
            if _won_contest(cand, self.contest_cues):
                del cands[i]  # "leads the incumbent 48-41 and beats him": a win, no blow
                continue
            if _thing_object(cand, ctx, self.party_object, self.phrases):
                # "released the emails", "improved his standing": the sense that codes an
                # event needs a party as the object (prisoners released, not documents)
                del cands[i]
        political_targets(cands, lambda t: _attack_in_politics(t, ctx, self.verbal_words, True))
        _named_once(cands, self.lex)
        self._speech_demands(sent, cands, ctx)
        quoted_demands(sent, cands, ctx, self.lex, self.phrases, self.quote_for, self.public)
        negative_decisions(sent, cands, self.lex)
        reported_wrongs(sent, cands)
        war_judgements(cands, self.lex)
        among_critics(sent, cands, self.lex)
        called_strike(cands)
        self._absorb(cands, ctx)
        _conjoined_demands(cands)
        protest_purpose(cands)
        reduced_passives(cands, self.reduced_passive)
        mission_hosts(cands, self.missions, lambda t: _entity_code(t, ctx))
        court_opponents(cands, self.court_parties, lambda t: ctx.token_entity.get(t.i) is not None)
        out: list[Candidate] = []
        for cand in sorted(cands.values(), key=lambda c: c.tok.i):
            if cand.absorbed_by is not None:
                continue
            if not self._asserted(cand, cands):
                continue
            if not self.modality.apply(cand) or not unsparing(cand):
                continue
            self.modality.speaker(cand)
            kept_open(cand, self.lex)
            out.append(cand)
        return out

    def _warning_of_fact(self, cand: Candidate, cands: dict[int, Candidate]) -> bool:
        """Whether "warn that ..." warns of a state of things rather than threatening: its
        clause names no event, no consequence (grammar class ``threat_cue``) and no
        condition. About a party, such a warning is criticism of it."""
        t = cand.tok
        if cand.event != "THREATEN" or cand.pat.pos != "v" or cand.pat.deps:
            return False
        if _lemma(t) not in self.warning:
            return False
        comps = _children(t, "ccomp")
        if not comps or self.modality.condition_below(t) is not None:
            return False
        for comp in comps:
            for w in comp.subtree:
                if w.i in cands or _lemma(w) in self.threat_cue:
                    return False
        return True

    def _speech_demands(self, sent: Any, cands: dict[int, Candidate], ctx: Context) -> None:
        """ "X said Y must do Z": a REQUEST by X on Y, in place of the reported act; "X said
        Y should have done Z": a reproach of Y (ACCUSE), where Y names a party."""
        view = lexical_view(sent.doc)
        for i in range(sent.start, sent.end):
            if view.lemma[i] not in self.speech or view.pos[i] not in ("VERB", "AUX"):
                continue
            tok = sent.doc[i]
            for comp in _children(tok, "ccomp"):
                firm = self.obligation if comp.i in cands else self.firm_obligation
                subj = _demanded(comp, self.obligation, firm, self.opinion)
                needed = subj is None and _impersonal_necessity(comp, self.necessity)
                if needed:
                    subj = []  # "said it is time to reopen the crossings": on no one named
                if subj is None or (subj and owned(subj[0], self.lex)):
                    continue  # "said our side must win": a vow
                reproach = bool(subj) and (_reproach(comp) or shamed(comp, self.shame))
                if reproach and not self.phrases.names_party(subj[0], ctx):
                    continue  # "said the parcel should have come": no demand, no reproach
                if not reproach and self.opinion.holds(tok):
                    continue  # "those who believe the club must pay": an opinion, no demand
                base = cands.get(comp.i)
                cand = _speech_candidate(tok, reproach)
                # the dummy "it" of a necessity is no recipient
                cand.recipient_override = (
                    _conjuncts(subj[0]) if subj else _unasked(tok, comp, needed)
                )
                if base is not None:
                    base.absorbed_by = cand
                    cand.complement = base
                    cand.rules.append(f"absorbs {base.pat.text}")
                cands[tok.i] = cand

    def _absorb(self, cands: dict[int, Candidate], ctx: Context) -> None:
        """Let clause-taking triggers ("urged … to", "agreed to") take their complement event."""

        address = self.lex.word_class("address_prep")

        def party(tok: Any) -> bool:
            return self.phrases.can_be_argument(tok) and self.phrases.names_party(tok, ctx)

        for cand in sorted(cands.values(), key=lambda c: -c.tok.i):
            if cand.absorbed_by is not None:
                continue
            head = cand.tok.head
            if cand.tok.dep_ == "ccomp" and _lemma(head) in self.speech:
                nouns = [cands.get(d.i) for d in _children(head, "dobj")]
                gov = next((n for n in nouns if n is not None and n.pat.absorb), None)
                if gov is not None and gov.complement is None:
                    cand.absorbed_by, gov.complement = gov, cand
                    gov.rules.append(f"absorbs {cand.pat.text}")
                    continue
            t = cand.tok
            path: list[str] = []
            hops = 0
            while t.head != t and hops < 4:
                path.append(t.dep_)
                t = t.head
                hops += 1
                gov = cands.get(t.i)
                if gov is None or gov is cand:
                    if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("xcomp", "ccomp"):
                        break
                    continue
                if gov.pat.absorb and (
                    _complement_path(path, cand.tok)
                    or _requested_act(path, cand.tok, gov, address, party)
                    or _pledged_act(path, cand.tok, gov, self.intent)
                ):
                    cand.absorbed_by = gov
                    if gov.complement is None:
                        gov.complement = cand
                        gov.rules.append(f"absorbs {cand.pat.text}")
                        if (
                            gov.event == "AGREE"
                            and cand.mode == "allege"
                            and (cand.cameo or "").startswith("115")
                            and _lemma(gov.tok) in self.intent
                        ):
                            # "vowed to sue the paper": a pledge of legal action is a threat
                            gov.event, gov.mode, gov.cameo = "THREATEN", None, "130"
                            gov.rules.append(f"pledged {cand.event}: THREATEN")
                        elif (
                            gov.event == "AGREE"
                            and cand.event == "SUPPORT"
                            and _lemma(gov.tok) in self.decision
                        ):
                            # "agreed to back the candidate": the agreeing declares the
                            # backing, an act done (grammar class ``decision``)
                            gov.event, gov.mode, gov.cameo = cand.event, cand.mode, cand.cameo
                            gov.rules.append(f"decided {cand.event}")
                        elif gov.event == "AGREE" and cand.event in SPEECH_ACTS:
                            # "agree on the need to expel": a shared demand, not a pledge
                            gov.event, gov.mode, gov.cameo = cand.event, cand.mode, cand.cameo
                            gov.rules.append(f"shared {cand.event}")
                        elif (
                            gov.event == "AGREE"
                            and cand.event == "PROTEST"
                            and _lemma(gov.tok) in self.intent
                        ):
                            # "the drivers pledged to walk out": a protest pledged is a
                            # protest planned with commitment, its own type with status
                            # future (NEWS-GUIDELINES), as "plan to protest" is: coded on
                            # its own verb (the intent verb's modality), the pledge none
                            cand.absorbed_by, gov.complement, gov.absorbed_by = None, None, cand
                            cand.rules.append(f"pledged by {_lemma(gov.tok)}")
                        elif (
                            gov.event == "AGREE"
                            and cand.event in THREATENED
                            and _lemma(gov.tok) in self.intent
                        ):
                            # "vowed to jail her", "pledged to impose sanctions": a pledge
                            # of a hostile act against a party is a threat
                            kind, code = THREATEN_FROM[cand.event]
                            gov.event, gov.mode, gov.cameo = "THREATEN", kind, code
                            gov.rules.append(f"pledged {cand.event}: THREATEN")
                break

    def _asserted(self, cand: Candidate, cands: dict[int, Candidate]) -> bool:
        """Whether the trigger reports an event rather than naming one in passing."""
        tok = cand.tok
        if cand.rules and (cand.rules[0] == "speech+obligation" or STATE_RULE in cand.rules):
            return True
        if cand.is_noun:
            return self._noun_is_event(cand, cands)
        # A verb under an ordinary noun ("hesitation in expelling", "ways to expel") is
        # not asserted; under an event noun it was absorbed or stays a nominal detail.
        if tok.dep_ == "acl" and tok.tag_ == "VBG":
            return True
        if tok.dep_ == "relcl" and not _children(tok, *_SUBJECT_DEPS, *_PASSIVE_SUBJECT_DEPS):
            if tok.head.i not in cands and self.modality.condition_above(tok) is not None:
                return True  # "other ways to expel them will be on the agenda if …"
            if tok.head.i not in cands and any(_lemma(a) == "to" for a in tok.children):
                return False
        t, hops = tok, 0
        while t.dep_ in ("pcomp", "acl", "prep", "pobj") and t.head != t and hops < 4:
            t = t.head
            hops += 1
            if t.pos_ in ("NOUN", "PROPN", "PRON") and t.i not in cands:
                if tok.dep_ == "acl" and tok.tag_ == "VBN":
                    break  # "troops stationed in …" is a reduced relative: asserted
                if _lemma(t) in self.series and _lemma(t.head) in self.light:
                    break  # "launched a campaign of arson": the run of acts is told
                return False
        return True

    def _noun_is_event(self, cand: Candidate, cands: dict[int, Candidate]) -> bool:
        tok, pat = cand.tok, cand.pat
        # "an arson spree", "a campaign of arson": the act stands where its series does
        run = tok
        if tok.dep_ in ("amod", "compound") and _lemma(tok.head) in self.series:
            run = tok.head
        elif tok.dep_ == "pobj" and _lemma(tok.head) == "of":
            if _lemma(tok.head.head) in self.series:
                run = tok.head.head
            elif cand.event == "COERCE" and _lemma(tok.head.head) in self.act_count:
                run = tok.head.head  # "made dozens of arrests", "a total of 30 detentions"
        tok = run
        if tok.dep_ == "pobj" and _lemma(tok.head) == "on" and _lemma(tok.head.head) == "go":
            # "went on a rampage", "went on an arson spree": "go on" is a light verb
            return _performed(cand, "light verb go on", light=True)
        head = tok.head
        hl = _lemma(head)
        if head.pos_ == "VERB" and hl not in self.light:
            # the lemmatizer sometimes misses ("staged" -> "stag"): the plain word forms too
            low = str(head.lower_)
            forms = [
                low[:-n]
                for n, end in ((1, "d"), (2, "ed"), (1, "s"), (3, "ing"))
                if low.endswith(end)
            ]
            hl = next((f for f in forms if f in self.light), hl)
        if tok.dep_ in ("dobj", "attr", "nsubjpass", "pobj") and hl in self.light:
            return _performed(cand, f"light verb {hl}", light=True)
        if tok.dep_ == "pobj" and head.head != head and _lemma(head.head) in self.light:
            if not _scene_phrase(tok):
                return _performed(cand, f"light verb {_lemma(head.head)}", light=True)
        if (
            tok.dep_ == "pobj"
            and _lemma(head) == "in"
            and head.head.pos_ in ("VERB", "AUX")
            and head.head.i not in cands
        ):
            return _performed(cand, "adverbial 'in'")  # "kept its forces in defiance of …"
        if _held_on_charges(cand, self.charge_verb):
            return True
        if tok.dep_ in ("attr", "nsubj") and hl == "be" and _children(head, "expl"):
            cand.rules.append("existential")  # "there were clashes", "there was no attack"
            return True
        talks = hl in self.talks_course and cand.event == "CONSULT"  # not "the truce collapsed"
        if tok.dep_ in ("nsubj", "nsubjpass") and (hl in self.occurrence or talks):
            cand.rules.append(f"subject of {hl}")  # "fighting erupted", "talks stalled"
            return True
        if tok.dep_ == "attr" and pat.copular and hl == "be":
            cand.rules.append("copular")
            return True
        if tok.dep_ in ("nsubj", "nsubjpass") and hl in self.stative and not pat.copular:
            if self.phrases.noun_agent(tok) is not None:
                cand.rules.append(f"subject of {hl}")
                return True
        if _names_other_side(cand, self.lex):
            return True
        if pat.absorb and self.phrases.noun_agent(tok) is not None:
            cand.rules.append("agentive noun")
            return True
        if self.phrases.noun_agent(tok) is not None and tok.dep_ in (
            "nsubj",
            "dobj",
            "pobj",
            "ROOT",
        ):
            # under an ordinary noun, too, the agent marks a reported event: "the
            # anniversary of the US-led invasion" (a compound or "-led" agent counts as
            # much as a possessive: narrowing it to possessives lost right events on the
            # training news)
            cand.rules.append("agentive noun")
            return True
        # "the deadly shooting", "the killing of a teenager", "the verdict sparked protests"
        return (
            reported_act(cand, self.forms)
            or told_verbal_attack(cand, self.lex)
            or held_meeting(cand, self.lex.word_class("meeting_holder"))
        )


def _thing_object(
    cand: Candidate, ctx: Context, party_object: frozenset[str], phrases: Phrases
) -> bool:
    """Whether a verb whose event sense needs a party as its object (grammar class
    ``party_object``) has only things there (``_verb_objects``)."""
    t = cand.tok
    if cand.pat.pos != "v" or cand.pat.deps or _lemma(t) not in party_object:
        return False
    objs = _verb_objects(t)
    return bool(objs) and not any(phrases.names_party(o, ctx) for o in objs)


def _performed(cand: Candidate, rule: str, light: bool = False) -> bool:
    """Add the rule that found the verb performing a noun's act ("carried out an attack")
    and mark the candidate so (``Candidate.performed``, and ``Candidate.light`` for a
    light verb); True."""
    cand.rules.append(rule)
    cand.performed = True
    cand.light = cand.light or light
    return True


def _approval_held(verb: Any, pat: Pattern, approval_of: frozenset[str]) -> bool:
    """Whether a verb trigger of grammar class ``approval_of`` has its own "of" phrase:
    "most voters approve of the governor" is a rating held, no consent (no trigger); the
    "of" of its object ("approved the sale of the plant") is the object's own."""
    return (
        pat.pos == "v"
        and _lemma(verb) in approval_of
        and any(c.lower_ == "of" for c in _children(verb, "prep"))
    )


#: the rule of a state undergone without a copula ("the governor, under fire over his remarks, ...")
STATE_RULE = "state undergone"


@dataclass(frozen=True)
class _ContestCues:
    """The grammar classes that tell "beat" as a win from "beat" as blows."""

    force: frozenset[str]  # ``attack_cue``: weapons and armed force
    contest: frozenset[str]  # ``contest_cue``: words of an electoral contest
    margin: frozenset[str]  # ``contest_margin``: adverbs of a win's margin


@dataclass(frozen=True)
class _VerbalWords:
    """The grammar classes that tell an attack in words from one by force, read once."""

    attack_cue: frozenset[str]  # ``attack_cue`` but "attack" itself: weapons and armed force
    attack_adj: frozenset[str]  # ``verbal_attack_adj``: "political attack"
    target: frozenset[str]  # ``verbal_target``: things attacked in words
    sector: frozenset[str]  # ``verbal_sector``: sectors that attack in words
    said: frozenset[str]  # ``verbal_target`` and ``verbal_medium``: a thing said, its medium
    political: frozenset[str]  # ``political_sector``: the parties of political life
    force: frozenset[str]  # ``attack_cue`` and ``harm_cue`` but "attack": force or harm told
    arms: frozenset[str]  # word sets ``&arms`` and ``&hand_weapon``: weapons

    @classmethod
    def of(cls, lex: Lexicon) -> _VerbalWords:
        cue, target = lex.word_class("attack_cue"), lex.word_class("verbal_target")
        arms = [lex.word_sets.get(name, {}) for name in ("&arms", "&hand_weapon")]
        return cls(
            cue - {"attack"},
            lex.word_class("verbal_attack_adj"),
            target,
            lex.word_class("verbal_sector"),
            target | lex.word_class("verbal_medium"),
            lex.word_class("political_sector"),
            (cue | lex.word_class("harm_cue")) - {"attack"},
            frozenset(w for words in arms for w in words),
        )


def _won_contest(cand: Candidate, cues: _ContestCues) -> bool:
    """Whether the verb "beat" tells a win: with no word of force (``attack_cue``) in the
    sentence, a word of an electoral contest (grammar class ``contest_cue``) or a score
    told as number, dash, number ("42-40") is in it, or an adverb of a win's margin
    (``contest_margin``) modifies "beat" itself and its object is a named person."""
    tok = cand.tok
    if cand.event != "ASSAULT" or cand.is_noun or _lemma(tok) != "beat":
        return False
    words = [w for w in tok.sent if w.i != tok.i]
    if any(_lemma(w) in cues.force for w in words):
        return False
    if _has_score(tok.sent) or any(_lemma(w) in cues.contest for w in words):
        return True
    margin = any(_lemma(m) in cues.margin for m in _children(tok, "advmod"))
    return margin and any(o.ent_type_ == "PERSON" for o in _children(tok, "dobj"))


def _has_score(sent: Any) -> bool:
    """Whether a sentence tells a score: a number, a dash and a number ("42-40", which the
    tokenizer splits into three tokens), or one token of both ("42–40")."""
    toks = list(sent)
    for i, w in enumerate(toks):
        if w.like_num and "-" not in w.text and i + 2 < len(toks):
            if toks[i + 1].text in ("-", "–") and toks[i + 2].like_num:
                return True
        if re.fullmatch(r"\d+[-–]\d+", w.text):
            return True
    return False


def _verbal_undergone(verb: Any, ctx: Context, words: _VerbalWords) -> bool:
    """Whether an attack undergone ("came under fire") is criticism: with no weapon or
    armed force in the sentence, its "from" phrase names politicians, parties or media
    (grammar class ``verbal_sector``) or a critic, or its "over"/"for" phrase a thing
    said or decided ("came under fire over the tax plan")."""
    if any(_lemma(t) in words.attack_cue for t in verb.sent):
        return False
    if any(w.dep_ == "amod" and _lemma(w) in words.attack_adj for w in verb.subtree):
        return True  # "is under political attack", "came under partisan fire"
    for p in (w for w in verb.subtree if w.dep_ == "prep"):
        if _lemma(p) in ("over", "for") and _children(p, "pcomp"):
            return True  # "came under fire over how he handled it": a deed told
        for o in _children(p, "pobj"):
            if _lemma(p) in ("over", "for") and (
                _lemma(o) in words.target or str(o.lower_) in words.target
            ):
                return True
            if _lemma(p) != "from":
                continue
            ent = ctx.analysis.entity(ctx.token_entity.get(o.i))
            sectors = {s.lower() for s in (ent.sectors if ent is not None else [])}
            if sectors & words.sector or _lemma(o) in words.target:
                return True
    return False


def _verb_objects(verb: Any) -> list[Any]:
    """A verb's direct objects or passive subject, or with none the noun its participle (or
    the first of its conjoined participles) modifies: "a podcast recorded and released"."""
    objs = _children(verb, "dobj", *_PASSIVE_SUBJECT_DEPS)
    first = verb
    while first.dep_ == "conj" and first.head.pos_ == "VERB":
        first = first.head
    return objs or ([first.head] if modified_object(first) else [])


def _named_once(cands: dict[int, Candidate], lex: Lexicon) -> None:
    """One event where a verb pattern names another candidate: an event noun it names
    ("imposed sanctions") goes; so does the pattern itself where it names a to-infinitive
    of its own type ("plan protest": "the unions plan to protest" is one protest,
    planned), coded on the act's own verb, where its time and place are read."""
    for i, cand in list(cands.items()):
        head = cand.tok.head
        if cand.tok.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head  # "is under investigation": the noun of the verb's phrase
        if i not in cands or head.i not in cands or head.i == i:
            continue
        gov = cands[head.i]
        named = lex.pattern_words(gov.pat)
        if _lemma(cand.tok) not in named and str(cand.tok.lower_) not in named:
            continue
        if cand.is_noun:
            del cands[i]
        elif cand.tok.dep_ == "xcomp" and cand.event == gov.event:
            del cands[head.i]


def _state_undergone(tok: Any, lex: Lexicon) -> Pattern | None:
    """The lexicon's ``be under X`` row (flag ``undergone``) for the object of an "under"
    phrase that modifies a party's name: "the governor, under scrutiny over the contracts,
    said …" is the state the row names, undergone by the governor, without its copula;
    so is "under" as an adverbial of the governor's own clause ("the governor, under fire
    over the budget, gave a speech")."""
    if tok.dep_ != "pobj":
        return None
    under = tok.head
    if _lemma(under) != "under" or under.dep_ != "prep":
        return None
    if under.head.pos_ not in ("NOUN", "PROPN", "VERB", "AUX"):
        return None
    for pat in lex.patterns.get(("be", "v"), ()):
        if pat.undergone and set(pat.deps) == {"under", _lemma(tok)}:
            return pat
    return None


def _state_candidate(tok: Any, lex: Lexicon, cands: dict[int, Candidate]) -> Candidate | None:
    """The candidate of a state undergone without its copula (``_state_undergone``), its
    recipient the party the phrase is about, its actor the "from"/"by" phrase; none where
    the verb's own pattern already reads the state ("is under fire")."""
    state = _state_undergone(tok, lex)
    if state is None:
        return None
    held = cands.get(tok.head.head.i)
    if held is not None and held.pat.undergone:
        return None
    cand = Candidate(tok, state, state.event, state.mode, state.cameo, [state.text, STATE_RULE])
    owner = tok.head.head
    if owner.pos_ in ("VERB", "AUX"):  # "the senator, under fire, gave a speech"
        owner = next(iter(_children(owner, *_SUBJECT_DEPS)), owner)
    cand.recipient_override = _conjuncts(owner)
    cand.actor_override = [
        o
        for p in _children(tok, "prep") + _children(tok.head, "prep")
        if _lemma(p) in ("from", "by")
        for o in _children(p, "pobj")
    ]
    return cand


def _held_on_charges(cand: Candidate, charge_verb: frozenset[str]) -> bool:
    """Whether an event noun is the charge someone is held on ("arrested on charges of
    fraud", grammar class ``charge_verb``); its recipient is then the one held."""
    tok = cand.tok
    head = tok.head
    if not (
        tok.dep_ == "pobj"
        and _lemma(head) == "on"
        and _lemma(head.head) in charge_verb
        and _lemma(tok) in charge_verb
    ):
        return False
    cand.rules.append(f"on charges: {_lemma(head.head)}")
    cand.performed = True
    held = _children(head.head, "dobj", *_PASSIVE_SUBJECT_DEPS)
    if held:  # the one held on the charges is the one they accuse
        cand.recipient_override = _conjuncts(held[0])
    return True


def _date_spans(ctx: Context, sent: Any) -> list[tuple[int, int]]:
    """The character spans of the dates and times in a sentence, from the times annotator
    where it ran before the events one (without it, none)."""
    start, end = sent.start_char, sent.end_char
    return [
        (t.start, t.end)
        for t in ctx.analysis.times
        if t.type in ("DATE", "TIME") and t.start < end and t.end > start
    ]


def _names_other_side(cand: Candidate, lex: Lexicon) -> bool:
    """Whether a noun whose row names only prepositions has such a phrase of its own:
    "talks with the rebels", "a meeting between the two leaders", "calls for a ceasefire".
    The phrase names the act's other side (or what it asks), so the noun reports the act
    without a light verb or a possessor."""
    preps = [w for w in cand.pat.deps if w in lex.word_class("preposition")]
    if not preps or len(preps) != len(cand.pat.deps):
        return False
    if any(
        (c.dep_ == "prep" and _lemma(c) in preps and _children(c, "pobj", "pcomp"))
        or ("for" in preps and for_to_clause(c))  # "calls for the mayor to resign"
        for c in cand.tok.children
    ):
        cand.rules.append("noun with its other side")
        return True
    return False


def _demanded(
    comp: Any, obligation: frozenset[str], passive_modals: frozenset[str], opinion: _Opinion
) -> list[Any] | None:
    """The subjects a reported clause makes a demand of, or None where it is no demand:
    "said the council must act", "said they have to leave" (an obligation on the subject);
    "suggested the spokesman be fired", "argued that the refugees not be deported", "insisted
    the vote be held" (the mandative subjunctive, a bare "be" where a statement of fact has
    "is", "was" or a modal: a demand on no one named, so no subjects); "said the prisoners
    should be freed", "said the office must be shut down" (a modal of obligation on a
    passive: the passive subject undergoes the act, and the one asked to do it is not
    named, so no subjects). On a passive the modal must be one of ``passive_modals``
    (the caller's: every modal of obligation where the clause's verb is an event, else
    only a firm one, "must": "the results should be known by Friday" is a forecast);
    "should have been freed" looks back, and a passive of the mind is a view
    (``_Opinion.in_passive``: "the vote must be regarded as a protest"): both are left alone."""
    auxes = [c for c in comp.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ == "be" for c in auxes) and not any(
        c.tag_ == "MD" or c.lower_ == "to" for c in auxes
    ):
        return []
    # "they have to leave", "they ought to leave" ("ought" parsed as the clause's head)
    has_to = _lemma(comp) in obligation and any(g.dep_ == "xcomp" for g in comp.children)
    modals = _aux_lemmas(comp)
    if not (modals & (obligation - {"have"})) and not has_to:
        return None
    if "have" not in modals and _passive_clause(comp):
        return [] if modals & passive_modals and not opinion.in_passive(comp) else None
    return _children(comp, *_SUBJECT_DEPS) or None


def _unasked(speech: Any, comp: Any, needed: bool) -> list[Any] | None:
    """The recipient of a demand its clause makes of no one named: none for a necessity
    said with a dummy "it" ("said it is time to reopen the crossings") or an act asked on a
    passive ("said the jailed poet must be freed": the poet undergoes the release, the one
    asked is unnamed), unless the verb of saying names whom it addresses ("told the
    governor the poet must be freed"); else None, the rules' own choice."""
    if needed or (_passive_clause(comp) and not _children(speech, "dobj", "dative")):
        return []
    return None


def _passive_clause(comp: Any) -> bool:
    """Whether a clause is in the passive with its passive subject ("the lawyer should be
    released")."""
    kids = list(comp.children)
    return any(c.dep_ == "auxpass" for c in kids) and any(
        c.dep_ in _PASSIVE_SUBJECT_DEPS for c in kids
    )


def _complement_path(path: list[str], tok: Any) -> bool:
    """Whether the dependency path up from a candidate to a clause-taking trigger runs
    through complements only; a "for … to" clause counts as the first step ("called for
    the mayor to resign")."""
    return all(d in _COMPLEMENT_DEPS or (k == 0 and for_to_clause(tok)) for k, d in enumerate(path))


def _requested_act(
    path: list[str],
    tok: Any,
    gov: Candidate,
    address: frozenset[str],
    party: Callable[[Any], bool],
) -> bool:
    """Whether an infinitive that the parser hangs as an adverbial clause straight under a
    demand verb is the act demanded ("urged the council to back the plan", "called on the
    unions to support the deal"): marked "to", with no "for", "in order" or subject of its
    own, and the demand addresses a party (its object, or the object of a preposition of
    address, grammar class ``address_prep``: "on", "upon", "to"), the understood
    doer. Addressing no party, it is a purpose ("demanded the documents to investigate the
    contract", "called the meeting to discuss the budget"); a time is no party ("called on
    Friday to …")."""
    if gov.event != "REQUEST" or not _adverbial_infinitive(path, tok):
        return False
    addressed = _children(gov.tok, "dobj") + [
        o for p in _children(gov.tok, "prep") if p.lower_ in address for o in _children(p, "pobj")
    ]
    return any(party(o) for o in addressed)


def _conjoined_demands(cands: dict[int, Candidate]) -> None:
    """Let a demand take each act conjoined to the act it absorbed: "urged the members to
    back the deal and (to) praise the negotiators" asks both of them, one REQUEST. Only a
    bare verb (tag VB) is a further act asked; a finite one ("… and praised them") is
    reported of its own."""
    for cand in cands.values():
        if cand.absorbed_by is not None or cand.tok.dep_ != "conj" or cand.tok.tag_ != "VB":
            continue
        first = cands.get(cand.tok.head.i)
        gov = first.absorbed_by if first is not None else None
        if gov is not None and gov.event == "REQUEST":
            cand.absorbed_by = gov
            gov.rules.append(f"absorbs {cand.pat.text}")


def _pledged_act(path: list[str], tok: Any, gov: Candidate, intent: frozenset[str]) -> bool:
    """Whether an infinitive hung as an adverbial clause straight under a verb of intention
    (grammar class ``intent``) that takes no object is the act pledged, done by the one who
    pledges ("vowed on Sunday to storm the forts", "promised last week to cut taxes"); with
    an object it may be a purpose ("offered money to buy votes")."""
    return (
        gov.event == "AGREE"
        and _lemma(gov.tok) in intent
        and not _children(gov.tok, "dobj")
        and _adverbial_infinitive(path, tok)
    )


def _adverbial_infinitive(path: list[str], tok: Any) -> bool:
    """Whether a candidate is an infinitive marked "to" that the parser hangs as an adverbial
    clause straight under the trigger above it, with no "for", "in order" or subject of its
    own."""
    if path != ["advcl"] or _children(tok, "mark", *_SUBJECT_DEPS):
        return False
    return any(c.lower_ == "to" for c in _children(tok, "aux"))


def _speech_candidate(tok: Any, reproach: bool) -> Candidate:
    """The event of a speech verb that reports an obligation: a REQUEST (CAMEO 100) where it
    binds a party to act ("said the council must act"), an ACCUSE (CAMEO 111, criticise)
    where it says what a party should have done and did not ("said the agency should have
    acted sooner"), which demands nothing. Both keep the tag of a reported obligation: the
    speaker's own ("we should have acted") binds no other."""
    event, mode, cameo, cue = (
        ("ACCUSE", "disapprove", "111", "should have")
        if reproach
        else ("REQUEST", None, "100", "must")
    )
    pat = Pattern(
        head=_lemma(tok),
        pos="v",
        deps=(),
        event=event,
        mode=mode,
        cameo=cameo,
        conf=0.65,
        text=f"{_lemma(tok)} + {cue}",
    )
    rules = ["speech+obligation"] + (["reproach: ACCUSE"] if reproach else [])
    return Candidate(tok, pat, event, mode, cameo, rules)


def _reproach(comp: Any) -> bool:
    """Whether a reported clause of obligation is in the perfect ("should have known",
    "ought to have resigned"): what a party should have done and did not."""
    ought = _lemma(comp) == "ought"  # "ought" parsed as the clause's head
    if ought:
        comp = next(iter(_children(comp, "xcomp")), None)
        if comp is None:
            return False
    auxes = _aux_lemmas(comp)
    return "have" in auxes and comp.tag_ == "VBN" and ("should" in auxes or ought)


@dataclass(frozen=True)
class _Opinion:
    """The grammar classes by which a verb over a reported obligation holds a view."""

    verbs: frozenset[str]  # ``opinion_verb``: "believe", "imply", "predict"
    hedges: frozenset[str]  # ``opinion_hedge``: "think"
    own: frozenset[str]  # ``hedge_subject``: "I"
    minded: frozenset[str]  # ``cognition_verb``: "see", "regard", "remember"
    dummy: frozenset[str]  # ``dummy_subject``: "it"

    @classmethod
    def of(cls, lex: Lexicon) -> _Opinion:
        """The classes as the lexicon's grammar gives them."""
        words = ("opinion_verb", "opinion_hedge", "hedge_subject", "cognition_verb")
        verbs, hedges, own, minded = (lex.word_class(c) for c in words)
        return cls(verbs, hedges, own, minded, lex.word_class("dummy_subject"))

    def in_passive(self, comp: Any) -> bool:
        """Whether a passive clause under a modal of obligation states a view, not a demand
        on anyone: its verb is one of thinking, seeing or remembering ("the vote must be
        regarded as a protest", "the deal must be viewed with caution"), or its subject is a
        dummy "it" standing for the clause after the verb ("it must be recalled that the
        port was closed")."""
        if _lemma(comp) in self.minded:
            return True
        subjects = [str(c.lower_) for c in comp.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
        extraposed = any(c.dep_ in ("ccomp", "csubjpass") for c in comp.children)
        return len(subjects) == 1 and subjects[0] in self.dummy and extraposed

    def holds(self, verb: Any) -> bool:
        """Whether the verb reports a view, not a demand: a verb of belief ("fans who
        believe the coach must go"), or a hedge ("think") said of the speaker's own view
        ("I think the county has to pay") or describing those who hold it ("residents who
        think the county should pay"). "She thinks the governor should resign" stays a
        demand."""
        lemma = _lemma(verb)
        if lemma in self.verbs:
            return True
        if lemma not in self.hedges:
            return False
        subjects = _children(verb, *_SUBJECT_DEPS)
        own = bool(subjects) and all(s.lower_ in self.own for s in subjects)
        return own or verb.dep_ == "relcl"


@dataclass(frozen=True)
class _Necessity:
    """The grammar classes a necessity said with a dummy subject is read by."""

    words: frozenset[str]  # ``necessity``: "time", "essential", "urgent"
    change_only: frozenset[str]  # ``change_necessity``: demand only a change of policy
    changes: frozenset[str]  # ``policy_change``: "repeal", "reopen", "resume"
    dummy: frozenset[str]  # ``dummy_subject``: "it"
    speech: frozenset[str]  # ``speech``: "necessary to note" is a turn of speech

    @classmethod
    def of(cls, lex: Lexicon) -> _Necessity:
        """The classes as the lexicon's grammar gives them."""
        classes = ("necessity", "change_necessity", "policy_change", "dummy_subject", "speech")
        return cls(*(lex.word_class(c) for c in classes))


def _impersonal_necessity(comp: Any, necessity: _Necessity) -> bool:
    """Whether a reported clause says, with a dummy subject, that an act must be done:
    "told reporters it is essential to resume the talks", "argued it was urgent to repeal
    the levy" (an adjective or noun of grammar class ``necessity`` with the act as its
    to-infinitive; with "time", class ``change_necessity``, only an act of class
    ``policy_change``: "it is time to reopen the crossings", not "time to celebrate"),
    not negated ("it is not necessary to") nor a turn of speech ("necessary to note")."""
    subjects = [str(s.lower_) for s in _children(comp, "nsubj")]
    if _lemma(comp) != "be" or len(subjects) != 1 or subjects[0] not in necessity.dummy:
        return False
    if _children(comp, "neg"):
        return False
    preds = _children(comp, "acomp", "attr")
    preds += [c for p in preds for c in p.conjuncts]
    for pred in preds:
        word = _lemma(pred).lower()
        if word not in necessity.words:
            continue
        acts = _children(pred, "relcl", "acl", "xcomp") + _children(comp, "xcomp")
        for act in acts:
            if not any(_lemma(a) == "to" for a in _children(act, "aux")):
                continue
            if _lemma(act) in necessity.speech:
                continue
            if word in necessity.change_only and _lemma(act) not in necessity.changes:
                continue  # "time to celebrate": no change demanded
            return True
    return False


def _attack_in_words(cand: Candidate, ctx: Context, lex: Lexicon, words: _VerbalWords) -> bool:
    """Whether an ASSAULT candidate's attack is one in words (ACCUSE): "attacked her
    record" (a thing said or done as its object), a rival's attack, or one politician's
    on another (``_attack_in_politics``)."""
    t = cand.tok
    if _lemma(t) == "attack" and cand.pat.pos == "v" and _verbal_attack(t, ctx, words):
        return True
    return rival_attack(t, lex) or _attack_in_politics(t, ctx, words)


def _attack_in_politics(tok: Any, ctx: Context, words: _VerbalWords, direct: bool = False) -> bool:
    """Whether an attack (verb or noun) is one politician's on another: its attacker
    and its target both name parties of political life (grammar class
    ``political_sector``: lawmakers, parties, candidates, officials, courts, media),
    with no weapon or armed force in the sentence ("the candidate attacked the
    front-runner", "the senator's attacks on the governor"; NEWS-GUIDELINES: a
    candidate attacking another verbally is ACCUSE). Besides, in an article that names
    no weapon, armed force, violence or harm anywhere (grammar classes ``attack_cue`` and
    ``harm_cue``), an attack is in words when all its attackers are persons' names or
    gendered pronouns ("her attacks", "Lee attacked ..."; ``_attack_parties``), its target
    leaves it one in words (``_aimed_in_words``), and one of these holds: the target is a
    thing said or decided ("her attacks on the plan"), the attacker has a political
    sector, or the article tells of a campaign (``campaign_article``). An attack by a
    common noun ("a man attacked a woman"), with no attacker ("there were no attacks") or
    on a person named by a common noun ("he attacked the guard", in a campaign's article
    too) stays an assault. ``direct``: ``tok`` is a verb of aiming other than "attack"
    ("targeted the senator": ``event_political_targets``), read as the attack itself."""
    if _lemma(tok) != "attack" and not direct:  # "renewed his attacks on": the noun named
        tok = next((o for o in _children(tok, "dobj") if _lemma(o) == "attack"), None)
    if tok is None or any(_lemma(t) in words.attack_cue for t in tok.sent):
        return False
    attackers, targets = _attack_parties(tok)
    by = _sectors(attackers, ctx)
    force = ctx.memo.once((_attack_in_politics, id(tok.doc)), lambda: _tells_force(tok.doc, words))
    named = bool(attackers) and all(person_word(s) for s in attackers)
    if not force and named and _aimed_in_words(targets, ctx, words):
        said = any(_lemma(o) in words.target for o in targets)
        if said or by & words.political or campaign_article(tok.doc):
            return True
    return bool(by) and by <= words.political and bool(_sectors(targets, ctx) & words.political)


def _aimed_in_words(targets: list[Any], ctx: Context, words: _VerbalWords) -> bool:
    """Whether the targets of an attack leave it one in words: none named ("her
    attacks"), a thing said or decided (``verbal_target``), a party of political life
    (``political_sector``) or a person's name; not a person of a common noun ("the
    driver", "a cashier")."""
    if not targets or bool(_sectors(targets, ctx) & words.political):
        return True
    return any(
        _lemma(o) in words.target or (o.ent_type_ == "PERSON" and o.pos_ == "PROPN")
        for o in targets
    )


def _attack_parties(tok: Any) -> tuple[list[Any], list[Any]]:
    """The attackers and the targets of "attack": the verb's subject (or that of the verb
    it completes: "seized on it to attack X") and object; the noun's possessor (or the
    subject of the verb that takes it: "renewed attacks on") and its "on"/"against"
    object."""
    if tok.pos_ == "VERB":
        attackers = _children(tok, *_SUBJECT_DEPS)
        if not attackers and tok.dep_ in ("xcomp", "advcl", "conj"):
            attackers = _children(tok.head, *_SUBJECT_DEPS)
        return attackers, _children(tok, "dobj")
    attackers = _children(tok, "poss")
    if not attackers and tok.dep_ == "dobj":
        attackers = _children(tok.head, *_SUBJECT_DEPS)
    prep = tok.head
    if not attackers and tok.dep_ == "pobj" and _lemma(prep) == "with" and prep.dep_ == "prep":
        # "came back with an attack on the rival": the maker is the verb's subject, or
        # that of the verb it is conjoined to ("spoke first ... and came back with ...")
        verb = prep.head
        attackers = _children(verb, *_SUBJECT_DEPS)
        if not attackers and verb.dep_ == "conj":
            attackers = _children(verb.head, *_SUBJECT_DEPS)
    targets = [
        o
        for p in _children(tok, "prep")
        if _lemma(p) in ("on", "against")
        for o in _children(p, "pobj")
    ]
    return attackers, targets


def _entity_code(tok: Any, ctx: Context) -> str | None:
    """The code the actor coder gave the entity of a word (None where it has none)."""
    ent = ctx.analysis.entity(ctx.token_entity.get(tok.i))
    return ent.code if ent is not None else None


def _sectors(words: list[Any], ctx: Context) -> set[str]:
    """The actor sectors (lower-cased) the actor coder gives the entities of ``words``."""
    found: set[str] = set()
    for w in words:
        ent = ctx.analysis.entity(ctx.token_entity.get(w.i))
        if ent is not None:
            found |= {s.lower() for s in ent.sectors or []}
    return found


def _tells_force(doc: Any, words: _VerbalWords) -> bool:
    """Whether a word of weapons, armed force, violence or harm (``words.force``) other
    than "attack" itself is anywhere in the article."""
    return any(_lemma(t) in words.force for t in doc)


def _warning_as_advice(
    cand: Candidate, warning: frozenset[str], threat_cue: frozenset[str]
) -> bool:
    """Whether "warn" advises its object what to do or not to do ("warned him not to
    go", "warned residents to stay indoors") with no consequence named (grammar class
    ``threat_cue``): an appeal, not a threat."""
    t = cand.tok
    if cand.event != "THREATEN" or cand.pat.pos != "v" or cand.pat.deps:
        return False
    if _lemma(t) not in warning or not _children(t, "xcomp"):
        return False
    return not any(_lemma(w) in threat_cue or str(w.lower_) in threat_cue for w in t.subtree)


def _verbal_attack(verb: Any, ctx: Context, words: _VerbalWords) -> bool:
    """Whether "attack" is done in words: its object is a person (as the actors
    resolve it) or a thing said or decided, or it is "attacked X over/on/for" such a
    thing, with no armed force in sight and no weapon in the attacker's hands ("attacked
    the senator with a knife")."""
    if any(_lemma(t) in words.attack_cue for t in verb.sent) or _armed_attack(verb, words):
        return False

    def person(tok: Any) -> bool:
        ent = ctx.analysis.entity(ctx.token_entity.get(tok.i))
        return ent is not None and ent.kind == "person" and tok.ent_type_ == "PERSON"

    objs = _children(verb, "dobj")
    for p in _children(verb, "prep"):
        if _lemma(p) == "for" and _children(p, "pcomp"):
            return True  # "attacked her for ignoring the audit": blamed for a deed
        if _lemma(p) in ("over", "on", "for", "in"):
            objs += _children(p, "pobj")  # "attacked in an op-ed": the medium, words
    for o in objs:
        if _lemma(o) in words.said or (o.dep_ == "dobj" and person(o)):
            return True
    return False


def _armed_attack(verb: Any, words: _VerbalWords) -> bool:
    """Whether a weapon (``words.arms``) is an attack's instrument or its attacker's: in the
    "with" phrase of the verb or of its object ("attacked the clerk with a bat"), or in
    the subject or the "by" agent ("a man armed with a rifle attacked ..."); a weapon
    inside the object is only what is attacked in words ("attacked the rifle ban")."""
    objects = [verb, *_children(verb, "dobj")]
    tools = [p for o in objects for p in _children(o, "prep") if _lemma(p) == "with"]
    sides = _children(verb, *_SUBJECT_DEPS, "agent") + tools
    return any(_lemma(w) in words.arms for side in sides for w in side.subtree)
