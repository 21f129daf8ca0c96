"""Verbal conflict told by constructions a single lexicon row cannot hold.

Two classes of wording report criticism or refusal without a verb of criticising or
refusing at the head of the clause:

* **Attack nouns told as criticism.** A noun of verbal attack (grammar class
  ``verbal_attack_noun``: "attacks", "criticism", "insults", "barbs", "a grilling") is
  reported as an act, not named as a topic, where its "from"/"by" phrase names the
  person or political party that made it ("recent attacks from the nominee"), where a
  relative clause of a light verb tells who made it ("the attack he made against the
  reporter"), or where a word marks it as done in words (the lexicon's marked rows,
  "political attacks", "blistering attacks"). An "attack" from a person or a political
  actor noun (grammar class ``verbal_actor_noun``) in a sentence naming no weapon or armed
  force (``attack_cue``) is criticism (CAMEO 111), not violence.
* **Decisions not to act.** A verb of deciding (grammar class ``refusal_decision``) whose
  to-clause is negated ("decided not to renew the contract", "chose not to sign the
  accord") and "have no plan / no intention" with a to- or of-clause ("has no plans to
  bring the bill to a vote", "has no intention of meeting them") report a refusal
  (PLOVER REJECT, CAMEO 12 "reject", PETRARCH's REFUSE block: decline, refuse, rule out).
  The clause must name something to refuse: an object or an event of its own ("decided
  not to run" is a choice, not a refusal of anything).
* **Claims that a party did wrong, by a named claimant.** A noun of claim (evaluative.txt
  ``claim_noun``: a report, claims, suggestions, allegations) with a "by"/"from" phrase
  naming its maker, whose that-clause says a party did wrong (a verb of
  ``wrongdoing_verb``: "a report by the paper that the mayor had fabricated his record",
  "claims from a rival that she misled voters"), is an accusation (CAMEO 112,
  NEWS-GUIDELINES ACCUSE "allege") by the maker against the clause's subject, as the verb
  rows "&reporting_wrong &wrongdoing" read "said that she misled voters". A claimant told
  as the speaker or the possessor ("the minister's claim that ...") is event_evaluation's.
* **Hostile options kept open.** Not ruling out a hostile act ("did not rule out military
  action", "refused to rule out sanctions against them") keeps it under consideration: a
  threat (PLOVER THREATEN; PETRARCH CAMEO.2.0's CONSIDER block codes considering action,
  sanctions, an embargo, strikes or air raids as CAMEO 13), not a negated refusal. The
  acts are a trigger of a hostile type or a noun of grammar class ``hostile_option``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..resources import word_sets
from . import span_tokens
from .event_grammar import Candidate, _children, _lemma
from .event_lexicon import Lexicon, Pattern

#: entity types of a person or a body that attacks in words ("attacks from Senator X")
_SPEAKER_TYPES = frozenset({"PERSON", "ORG", "NORP"})
#: words that negate a to-clause ("decided not to", "chose never to")
_CLAUSE_NEGATION = frozenset({"not", "never", "n't"})
#: nouns of intention that "have no ..." denies ("has no plans to", "no intention of")
_INTENTION = frozenset({"plan", "intention", "intent", "desire", "interest", "wish"})


def told_verbal_attack(cand: Candidate, lex: Lexicon) -> bool:
    """Whether a verbal attack noun is reported as an act (see the module docstring); an
    "attack" read as criticism becomes ACCUSE (CAMEO 111), its maker the actor."""
    tok, pat = cand.tok, cand.pat
    if not cand.is_noun or _lemma(tok) not in lex.word_class("verbal_attack_noun"):
        return False
    if cand.event == "ACCUSE" and pat.deps:
        # the lexicon row names the mark that makes it words ("political attacks")
        cand.rules.append("marked verbal attack")
        return True
    maker = _maker(tok, lex)
    if maker is None:
        return False
    if cand.event != "ACCUSE":
        if cand.event != "ASSAULT" or _armed(tok, lex):
            return False
        cand.event, cand.mode, cand.cameo = "ACCUSE", "disapprove", "111"
    cand.rules.append("verbal attack by its maker")
    cand.actor_override = [maker]
    return True


def _maker(tok: Any, lex: Lexicon) -> Any:
    """The person or political party a noun's "from"/"by" phrase or its light-verb
    relative clause names as its maker, or None."""
    nouns = lex.word_class("verbal_actor_noun")
    for prep in _children(tok, "prep"):
        if _lemma(prep) not in ("from", "by"):
            continue
        for obj in _children(prep, "pobj"):
            if obj.ent_type_ in _SPEAKER_TYPES or _lemma(obj) in nouns:
                return obj
    light = lex.word_class("light")
    for rel in _children(tok, "relcl"):
        if _lemma(rel) in light:
            for subj in _children(rel, "nsubj"):
                return subj
    return None


def _armed(tok: Any, lex: Lexicon) -> bool:
    """Whether the sentence names a weapon or an armed force (grammar ``attack_cue``)."""
    cue = lex.word_class("attack_cue") - {"attack"}
    return any(_lemma(w) in cue for w in tok.sent)


def made_candidate(
    tok: Any, event: str, mode: str | None, cameo: str, conf: float, rule: str
) -> Candidate:
    """A candidate a construction makes with no lexicon row of its own: a verb pattern of
    ``event`` on ``tok`` that needs a party on each side, named ``rule`` in its rules."""
    pat = Pattern(
        head=_lemma(tok),
        pos="v",
        deps=(),
        event=event,
        mode=mode,
        cameo=cameo,
        conf=conf,
        text=rule,
        party=True,
    )
    return Candidate(tok, pat, event, mode, cameo, [rule])


def negative_decisions(sent: Any, cands: dict[int, Candidate], lex: Lexicon) -> None:
    """Add a REJECT candidate for each decision not to act in ``sent`` (see the module
    docstring); the act declined, where a trigger names it, is absorbed."""
    deciding = lex.word_class("refusal_decision")
    for tok in span_tokens(sent):
        if tok.pos_ not in ("VERB", "AUX") or tok.i in cands:
            continue
        lemma = _lemma(tok)
        clause = None
        rule = ""
        if lemma in deciding:
            for comp in _children(tok, "xcomp"):
                if any(_lemma(n) in _CLAUSE_NEGATION for n in _children(comp, "neg")):
                    clause, rule = comp, f"decided not to: {lemma}"
        elif lemma == "have":
            clause = _denied_intention(tok)
            rule = "no intention to"
        if clause is None:
            continue
        base = cands.get(clause.i)
        objs = _children(clause, "dobj")
        # "decided not to run (for a term)": no act; "not to renew the lease": a thing
        # refused to no one; "chose not to tell the aide anything": a party denied
        parties = objs + _children(clause, "dative")
        if base is None and not (objs and any(_party_or_accord(o, lex) for o in parties)):
            continue
        cand = made_candidate(tok, "REJECT", None, "120", 0.6, rule)
        if objs:
            cand.recipient_override = objs
        if base is not None and base.absorbed_by is None:
            base.absorbed_by = cand
            cand.complement = base
            cand.rules.append(f"absorbs {base.pat.text}")
        cands[tok.i] = cand


def _party_or_accord(obj: Any, lex: Lexicon) -> bool:
    """Whether a declined verb's object is a party (a name, a pronoun, grammar
    ``actor_noun``), a party's own thing ("the company's licence", "the mandate of the
    peacekeepers"), an accord (class ``treaty``) or a grant (class ``permission``): a
    refusal of any is CAMEO 12's; "not to renew the lease" refuses no one."""
    if obj.pos_ in ("PROPN", "PRON"):
        return True
    classes = word_sets("events", "object_classes.txt")
    granted = classes.get("treaty", frozenset()) | classes.get("permission", frozenset())
    if _lemma(obj) in lex.word_class("actor_noun") | granted:
        return True
    owners = _children(obj, "poss") + [
        o for prep in _children(obj, "prep") if prep.lower_ == "of" for o in _children(prep, "pobj")
    ]
    return any(_party_or_accord(o, lex) for o in owners)


def _denied_intention(have: Any) -> Any:
    """The clause of "have no plan/intention to X" ("of X-ing") under ``have``, or None."""
    for obj in _children(have, "dobj"):
        if _lemma(obj) not in _INTENTION:
            continue
        if not any(_lemma(d) == "no" for d in _children(obj, "det")):
            continue
        for comp in _children(obj, "acl", "relcl"):
            if any(_lemma(a) == "to" for a in _children(comp, "aux")):
                return comp
        for prep in _children(obj, "prep"):
            if _lemma(prep) == "of":
                for comp in _children(prep, "pcomp"):
                    return comp
    return None


#: verbs whose refusal to rule a thing out keeps it open ("refused to rule out force")
_REFUSING = frozenset({"refuse", "decline"})
#: the event types whose act, kept open, is a threat
_HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "ACCUSE"})


def kept_open(cand: Candidate, lex: Lexicon) -> None:
    """Make a negated ruling-out of a hostile act ("did not rule out strikes", "refused
    to rule out sanctions") the threat it is (see the module docstring); runs after the
    modality read the negation."""
    tok = cand.tok
    if cand.event != "REJECT" or cand.is_noun:
        return
    if "negation" in cand.aux and _ruling_out(tok):
        ruling = tok
    elif (
        _lemma(tok) in _REFUSING
        and cand.complement is not None
        and _ruling_out(cand.complement.tok)
    ):
        ruling = cand.complement.tok
    else:
        return
    options = lex.word_class("hostile_option")
    comp = cand.complement if ruling == tok else None
    hostile = comp is not None and comp.event in _HOSTILE
    for obj in _children(ruling, "dobj"):
        for o in [obj, *obj.conjuncts]:
            hostile = hostile or _lemma(o) in options
    if not hostile:
        return
    cand.event, cand.mode, cand.cameo = "THREATEN", None, "130"
    cand.aux = [a for a in cand.aux if a != "negation"]
    if "hypothetical" not in cand.aux:
        cand.aux.append("hypothetical")
    cand.rules = [r for r in cand.rules if r != "negated"]
    cand.rules.append("not ruled out: THREATEN")


def _ruling_out(tok: Any) -> bool:
    """Whether ``tok`` is the verb of "rule out"."""
    return _lemma(tok) == "rule" and any(_lemma(p) == "out" for p in _children(tok, "prt"))


#: relative pronouns: a clause they are the subject of describes the noun ("a report that
#: accused him"), it does not tell its content
_RELATIVE = frozenset({"that", "which", "who", "what"})


@cache
def _evaluative() -> dict[str, frozenset[str]]:
    return word_sets("events", "evaluative.txt")


def reported_wrongs(sent: Any, cands: dict[int, Candidate]) -> None:
    """Add an ACCUSE candidate for each noun of claim whose that-clause says a party did
    wrong (see the module docstring)."""
    words = _evaluative()
    claims, wrongs = words["claim_noun"], words["wrongdoing_verb"]
    for tok in span_tokens(sent):
        if tok.pos_ != "NOUN" or _lemma(tok) not in claims:
            continue
        known = cands.get(tok.i)
        if known is not None and (known.event != "ACCUSE" or known.recipient_override):
            continue
        makers = [
            o
            for p in _children(tok, "prep")
            if _lemma(p) in ("by", "from")
            for o in _children(p, "pobj")
        ]
        if not makers:
            continue  # the claimant told as a speaker or a possessor: event_evaluation's
        clauses = _children(tok, "acl", "ccomp", "relcl")
        clauses += [c for m in makers for c in _children(m, "relcl")]
        for clause in clauses:
            if _lemma(clause) not in wrongs or _children(clause, "neg"):
                continue
            if not any(_lemma(m) == "that" for m in _children(clause, "mark")):
                continue
            subj = _children(clause, "nsubj")
            if not subj or _lemma(subj[0]) in _RELATIVE:
                continue
            accused = [subj[0], *subj[0].conjuncts]
            if known is not None:
                # "allegations by the auditors that the board cheated": the noun's own row
                # codes the accusation; the clause names whom it accuses
                known.recipient_override = accused
                known.rules.append("accused in its clause")
                break
            rule = f"{_lemma(tok)} that &wrongdoing"
            cand = made_candidate(tok, "ACCUSE", "disapprove", "112", 0.55, rule)
            cand.actor_override = makers[:1]
            cand.recipient_override = accused
            cands[tok.i] = cand
            break
