"""Modality of a proposed event, from the grammar around its trigger.

Negation ("did not", "no", "denied that"), intent ("plans to", "is willing to") that
turns co-operation into AGREE and force into THREATEN, conditions ("if", "unless"),
hypothetical and future auxiliaries, refusals ("would not recognise": REJECT), and the
speaker whose speech verb reports the event. The word classes come from
``resources/events/grammar.txt``.
"""

from __future__ import annotations

from typing import Any

from .event_grammar import (
    _SUBJECT_DEPS,
    AGREE_CAMEO,
    COOPERATIVE,
    HOSTILE,
    THREATEN_FROM,
    THREATENED,
    Candidate,
    _aux_lemmas,
    _children,
    _clause_head,
    _is_negated,
    _lemma,
)
from .event_lexicon import Lexicon


class Modality:
    """Negation, intent, conditions and tense of candidates; who reports them."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.speech = lex.word_class("speech")
        self.intent = lex.word_class("intent")
        self.scheduled = lex.word_class("scheduled")
        self.desire = lex.word_class("desire")
        self.prevention = lex.word_class("prevention")
        self.intent_adj = lex.word_class("intent_adj")
        self.future = lex.word_class("future")
        self.hypothetical = lex.word_class("hypothetical")
        self.conditional = lex.word_class("conditional")
        self.negating_verbs = lex.word_class("negating_verbs")
        self.negative_subject = lex.word_class("negative_subject")
        self.decision = lex.word_class("decision")
        self.acceptance = lex.word_class("acceptance")
        self.acceptance_decision = lex.word_class("acceptance_decision")
        self.future_as_act = tuple(sorted(lex.word_class("future_as_act")))

    def kept_in_future(self, cand: Candidate) -> bool:
        """Whether a candidate's plain future keeps its type: a meeting, an agreement,
        and support or a cut in relations of a CAMEO code of grammar class
        ``future_as_act``."""
        if cand.event in ("SUPPORT", "SANCTION"):
            return (cand.cameo or "").startswith(self.future_as_act)
        return cand.event in ("CONSULT", "AGREE")

    def threat_in_future(self, cand: Candidate) -> bool:
        """Whether a candidate's plain future ("will expel", "said it would arrest") is a
        threat: a type with a "threat" row in intent-cameo.tsv, unless its CAMEO code keeps
        its type (``kept_in_future``: a cut in relations announced is the act to come)."""
        return cand.event in THREATENED and not self.kept_in_future(cand)

    def apply(self, cand: Candidate) -> bool:
        """Set the candidate's status and type from the grammar around it; False when it
        reports no event at all (a hostile act only wished for)."""
        tok = cand.tok
        clause = _clause_head(tok) if cand.is_noun else tok
        auxes = _aux_lemmas(clause)
        negated = (
            _is_negated(tok, self.lex)
            or _is_negated(clause, self.lex)
            or self.negated_aux(clause)
            or (not cand.is_noun and self.negative_subject_of(tok))
        )
        intent = False
        wished = hoped = False
        conditional = None
        # governing intent verb or adjective: "plans to impose", "is willing to send"
        gov = clause
        hops = 0
        while gov.dep_ in ("xcomp", "ccomp", "conj") and gov.head != gov and hops < 3:
            parent = gov.head
            pl = _lemma(parent)
            if gov.dep_ == "xcomp" and (pl in self.desire or _stems(parent) & self.desire):
                wished = True  # the parser's lemma of "hopes" is "hop": the form decides too
            if gov.dep_ == "ccomp" and (pl in self.desire or _stems(parent) & self.desire):
                # "hoped the rebels will free them": another's act wished for; "hopes it
                # will sign" of one's own act is a pledge (AGREE stays)
                hoped = hoped or not _own_act(gov, parent)
            if gov.dep_ == "xcomp" and self.scheduled_meeting(cand, parent):
                auxes.add("will")  # a meeting on the schedule, not a pledge
                negated = negated or _is_negated(parent, self.lex)
            elif gov.dep_ == "xcomp" and (pl in self.intent or pl in self.intent_adj):
                intent = True
                cand.rules.append(f"intent {pl}")
                auxes |= _aux_lemmas(parent)
                negated = negated or _is_negated(parent, self.lex)
                if parent.dep_ == "acomp":
                    auxes |= _aux_lemmas(parent.head)
                    negated = negated or _is_negated(parent.head, self.lex)
            elif gov.dep_ == "xcomp" and pl in self.decision:
                # "decided to endorse", "chose to back": the act decided is done
                cand.rules.append(f"decided: {cand.event}")
                negated = negated or _is_negated(parent, self.lex)
            elif gov.dep_ == "xcomp" and pl in self.negating_verbs:
                negated = True
                cand.rules.append(f"negated by {pl}")
            elif gov.dep_ == "ccomp" and pl == "deny":
                # "denied that the army had attacked": the denial scopes over the act
                negated = True
                cand.rules.append("negated by deny")
            elif gov.dep_ == "conj":
                auxes |= _aux_lemmas(parent)
            gov = parent
            hops += 1
        if tok.dep_ in ("dobj", "pcomp") and _lemma(tok.head) in ("deny",):
            negated = True
        # conditions: an "if"/"unless" clause on this clause or on one above it
        found = self.condition_above(clause)
        if found is not None:
            conditional, governing = found
            auxes |= _aux_lemmas(governing)
        in_condition = clause.dep_ == "advcl" and any(
            _lemma(m) in self.conditional for m in clause.children if m.dep_ == "mark"
        )
        future = bool(auxes & self.future) or ("going" in auxes)
        hypo = bool(auxes & (self.hypothetical - {"must", "should", "can"}))
        if "would" in auxes and not conditional and self.reported(clause):
            # "<state> said it would permit …": the future of a reported statement
            future, hypo = True, bool(auxes & {"could", "might", "may"})
        ev = cand.event
        if self.no_act(cand, wished and not conditional, hoped and not conditional):
            return False
        if conditional == "unless" or (conditional and (future or hypo) and ev in THREATENED):
            self.to_threaten(cand, "condition")
            cand.aux.append("hypothetical")
        elif (future or "would" in auxes) and self.threat_in_future(cand) and not negated:
            self.to_threaten(cand, "future")
        elif (
            negated
            and not cand.is_noun
            and _lemma(tok) in self.acceptance
            and not (in_condition or self.passive_absence(tok))
        ):
            # "does not accept X", "could not support him", "will never endorse": refusal;
            # not "has not been endorsed by them" (passive: no one is said to refuse) nor
            # "if the board does not approve" (a condition, not a refusal made)
            cand.rules.append(f"refusal: REJECT {ev}")
            cand.event, cand.mode, cand.cameo = "REJECT", None, "120"
            negated = False
        elif (intent or future) and negated and ev in (COOPERATIVE - {"AGREE"}):
            # "would not recognize", "is not willing to withdraw": a refusal, not a pledge
            cand.rules.append(f"refusal: REJECT {ev}")
            cand.event, cand.mode, cand.cameo = "REJECT", None, "120"
            negated = False
        elif intent or (future and ev in COOPERATIVE and not self.kept_in_future(cand)):
            if ev in THREATENED and negated:
                # "is not ready to fire the chief": no threat made; the act, negated
                cand.rules.append(f"intent negated: {ev}")
            elif ev in THREATENED:
                self.to_threaten(cand, "intent")
            elif ev in COOPERATIVE and ev != "AGREE":
                cand.rules.append(f"intent: AGREE to {ev}")
                cand.cameo = AGREE_CAMEO.get(ev, "030")
                cand.event, cand.mode = "AGREE", None
            elif future or ev in HOSTILE:
                # "plans to deploy troops": an intended move short of a threat (no
                # "threat" row in intent-cameo.tsv) keeps its type, status future
                cand.aux.append("future")
        else:
            if future:
                cand.aux.append("future")
            if hypo or in_condition:
                cand.aux.append("hypothetical")
        if cand.event == "THREATEN" and "hypothetical" not in cand.aux:
            cand.aux.append("hypothetical")
        if negated:
            cand.aux.append("negation")
            cand.rules.append("negated")
        return True

    def passive_absence(self, tok: Any) -> bool:
        """Whether a negated verb of accepting in the passive tells only that no one did it
        ("has not been endorsed by the guild"), not of a request refused ("was not granted
        a permit": grammar class ``acceptance_decision``)."""
        return _passive(tok) and _lemma(tok) not in self.acceptance_decision

    def no_act(self, cand: Candidate, wished: bool, hoped: bool) -> bool:
        """Whether the candidate reports no act at all: kept from happening, a hostile act
        only wished for, or another's co-operative act only hoped for (a wish or hope
        under a condition is not passed here)."""
        tok, ev = cand.tok, cand.event
        if (
            tok.dep_ == "pcomp"
            and _lemma(tok.head) == "from"
            and (
                _lemma(tok.head.head) in self.prevention or _stems(tok.head.head) & self.prevention
            )
        ):
            # "stopped the rebels from seizing the dam": the act kept from happening
            cand.rules.append(f"prevented: no {ev}")
            return True
        if wished and ev in HOSTILE:
            # "hopes to expel the militia", "would like to see them punished": a wish, no
            # threat and no act
            cand.rules.append(f"wished for: no {ev}")
            return True
        if hoped and ev in COOPERATIVE and not cand.is_noun:
            # "we hope the city will drop its appeal": a wish about another's act, no
            # pledge of anyone's (the [desire] class; the news guidelines' commitment); a
            # noun in the clause ("hope they use the talks well") is not its act
            cand.rules.append(f"hoped of another: no {ev}")
            return True
        return False

    def scheduled_meeting(self, cand: Candidate, parent: Any) -> bool:
        """Whether a meeting's verb is the infinitive of a passive participle of schedule
        ("were expected/scheduled to discuss"): others expect it, the parties pledge
        nothing; an arrival expected stays a plan (AGREE)."""
        if cand.event != "CONSULT" or cand.mode == "visit":
            return False
        if _lemma(parent) not in self.scheduled:
            return False
        if not any(c.dep_ == "auxpass" for c in parent.children):
            return False
        cand.rules.append(f"scheduled {_lemma(parent)}")
        return True

    def negative_subject_of(self, verb: Any) -> bool:
        """Whether a verb's subject denies that anyone did or underwent it: "nobody was
        killed", "no one was hurt", "none of the passengers were injured"."""
        return any(
            _lemma(s) in self.negative_subject or _is_negated(s, self.lex)
            for s in _children(verb, *_SUBJECT_DEPS, "nsubjpass")
        )

    def negated_aux(self, clause: Any) -> bool:
        """Whether a negation hangs on the clause's auxiliary ("never will accept"), or the
        clause shares a negated auxiliary verb with the one before it ("did not, and never
        will, accept": "did not" has no verb of its own)."""
        for aux in _children(clause, "aux", "auxpass"):
            if _is_negated(aux, self.lex):
                return True
        head = clause.head
        return (
            clause.dep_ == "conj"
            and head != clause
            and (_lemma(head) == "do" or _lemma(head) in self.future | self.hypothetical)
            and not _children(head, "dobj", "xcomp", "ccomp", "attr", "acomp")
            and _is_negated(head, self.lex)
        )

    def condition_below(self, tok: Any) -> tuple[str, Any] | None:
        """An "if"/"unless" clause in the complement of ``tok`` ("warned that … if …")."""
        for c in _children(tok, "ccomp", "xcomp"):
            for adv in _children(c, "advcl"):
                if {_lemma(m) for m in adv.children if m.dep_ == "mark"} & self.conditional:
                    return "if", c
        return None

    def reported(self, clause: Any) -> bool:
        """Whether a clause is the complement of a speech verb ("said it would …")."""
        return clause.dep_ == "ccomp" and _lemma(clause.head) in self.speech

    def condition_above(self, tok: Any) -> tuple[str, Any] | None:
        """The "if"/"unless" marking a clause that governs ``tok`` (not a condition itself)."""
        t, hops = tok, 0
        while hops < 5:
            for c in t.children:
                if c.dep_ != "advcl" or c == tok:
                    continue
                marks = {_lemma(m) for m in c.children if m.dep_ == "mark"}
                if marks & self.conditional:
                    return ("unless" if "unless" in marks else "if"), t
            if t.head == t or _lemma(t.head) in self.speech or t.dep_ == "advcl":
                return None
            t = t.head
            hops += 1
        return None

    def to_threaten(self, cand: Candidate, why: str) -> None:
        mode, cameo = THREATEN_FROM.get(cand.event, (None, "130"))
        if cand.event == "COERCE" and cand.mode in ("restrict", "curfew", "ban"):
            mode = "restrict" if cand.mode != "ban" else "ban"
        cand.rules.append(f"{why}: THREATEN to {cand.event}")
        cand.event, cand.mode, cand.cameo = "THREATEN", mode, cameo

    def speaker(self, cand: Candidate) -> None:
        """The subject of the speech verb that reports this event, if any."""
        t = _clause_head(cand.tok) if cand.is_noun else cand.tok
        hops = 0
        while hops < 5:
            for c in t.children:
                if c.dep_ in ("parataxis", "ccomp") and _lemma(c) in self.speech and c != t:
                    subj = _children(c, *_SUBJECT_DEPS)
                    if subj:
                        cand.speaker = subj[0]
                        return
            if t.head == t:
                return
            if _lemma(t.head) in self.speech and t.dep_ in ("ccomp", "parataxis", "xcomp"):
                subj = _children(t.head, *_SUBJECT_DEPS)
                if subj:
                    cand.speaker = subj[0]
                return
            t = t.head
            hops += 1


def _stems(tok: Any) -> set[str]:
    """The lemmas a verb form may have by its regular endings ("hopes", "hoped", "hoping"
    -> "hope"), for verbs whose lemma the parser misreads."""
    w = str(tok.lower_)
    out = {w}
    for end in ("s", "es", "d", "ed", "ing"):
        if w.endswith(end) and len(w) > len(end) + 2:
            out.add(w[: -len(end)])
            out.add(w[: -len(end)] + "e")
    return out


def _own_act(clause: Any, hoper: Any) -> bool:
    """Whether the subject of a hoped-for clause is the one who hopes: the same word ("we
    hope we will"), or a personal pronoun that agrees with the hoper in person and number
    ("the council hopes it will", "the farmers hope they can"); a party named, or a
    pronoun that cannot stand for the hoper ("we hope they will"), is another."""
    subjects = _children(clause, *_SUBJECT_DEPS, "nsubjpass")
    hopers = _children(hoper, *_SUBJECT_DEPS)
    if not subjects or not hopers:
        return False
    return all(any(_same_party(s, h) for h in hopers) for s in subjects)


def _same_party(pron: Any, noun: Any) -> bool:
    """Whether a clause's subject can refer to the hoper: the same word, or a personal
    pronoun agreeing in person and number (the tagger's morphology)."""
    if _lemma(pron) == _lemma(noun) or pron.lower_ == noun.lower_:
        return True
    if pron.pos_ != "PRON" or "Prs" not in pron.morph.get("PronType"):
        return False
    person = pron.morph.get("Person") or ["3"]
    noun_person = noun.morph.get("Person") or (["3"] if noun.pos_ != "PRON" else [])
    if person != noun_person or (noun.pos_ == "PRON" and person != ["1"]):
        return False  # "he hopes she will": two people
    number, noun_number = pron.morph.get("Number"), noun.morph.get("Number")
    return not number or not noun_number or number == noun_number


def _passive(verb: Any) -> bool:
    """Whether a verb is in the passive ("was not endorsed", "had not been approved")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
