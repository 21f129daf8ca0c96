"""Where verbal conflict hides its object or its target in the clause around the verb.

* **Thrown words a relative clause leaves out.** In an object relative clause ("the insult
  he had hurled at the senator", "the accusations that she levelled against him") the
  verb's object is the noun the clause modifies: where that noun is a word of verbal
  attack (the lexicon's ``&missile`` set, grammar class ``verbal_attack_noun``), a
  verb-and-object pattern ("hurl insult", "level &missile") fits it as it fits "he hurled
  an insult", so that the words are not read as a weapon thrown. Other nouns so modified
  stay a mention in passing ("the deal the governor struck"). The clause must have a
  subject of its own and no object of its own (a relative pronoun aside), and must not
  be a relative of place, time or manner ("the town where rebels attacked").
* **Acts judged to mean war.** "The blockade means war", "this means war": a verb of
  meaning (PETRARCH CAMEO.2.0's INTEND synset: intend, mean, plan) whose subject is an
  act or a demonstrative, not a party, with a war noun (``&fight``) as object, judges
  that act; it threatens nothing (PETRARCH reads "X intends war" with a party as X, CAMEO
  130). The judgement is criticism (PLOVER ACCUSE, CAMEO 111) by the one who says it,
  against the act's maker ("the governor's veto", "said of the governor's veto"). The
  nouns "a declaration of war", "an act of war" in "X is a ..." are the lexicon's copular
  ACCUSE rows.
* **Rivals attacking a person.** "None of his rivals attacked him", "the challenger
  attacked her": an attack by a politician or a critic (grammar class
  ``verbal_actor_noun``, also as the "of" phrase of "none of", "one of") on a person told
  by a personal pronoun, with no weapon or armed force in the sentence (``attack_cue``, the
  word sets ``&arms``, ``&hand_weapon``, ``&weapon``),
  is done in words (NEWS-GUIDELINES: a candidate attacking another is ACCUSE); the
  negation stays the modality's.
* **Counted among a party's critics.** "X is among the governor's critics", "among the
  mayor's detractors is X", "she counts the union among her critics": a noun of one who
  finds fault (grammar class ``critic_noun``) in an "among" phrase of a copula or of a
  verb of counting (``counting_verb``) tells that X criticises the noun's possessor or
  its "of" phrase (PLOVER ACCUSE, CAMEO 111); not when the clause is negated.
* **Warnings of one's own prospects.** "Warned the agents that they should expect no
  help" tells the warned party what awaits it: a threat to it, not criticism of it.
"""

from __future__ import annotations

from typing import Any

from . import span_tokens
from .event_constructions_verbal import made_candidate
from .event_grammar import _PASSIVE_SUBJECT_DEPS, _SUBJECT_DEPS, Candidate, _children, _lemma
from .event_lexicon import Lexicon

#: relative pronouns and adverbs that stand for the modified noun inside its clause
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WRB"})
#: relative adverbs: the noun is the clause's place, time or reason, not its object
_RELATIVE_ADVERBS = frozenset({"where", "when", "why", "how", "whereby"})


def gapped_object(tok: Any, lex: Lexicon) -> list[Any]:
    """The logical object of a verb that the surface leaves out: the noun its past
    participle modifies ("shells fired at the town") or the word of verbal attack (word
    set ``&missile``, grammar class ``verbal_attack_noun``) its object relative clause
    modifies ("the insult he hurled"); none for any other verb."""
    head = tok.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i == tok.i:
        return []
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return [head]
    if tok.dep_ != "relcl" or tok.pos_ != "VERB":
        return []
    if not _children(tok, *_SUBJECT_DEPS) or _children(tok, *_PASSIVE_SUBJECT_DEPS):
        return []
    if any(str(c.lower_) in _RELATIVE_ADVERBS for c in tok.children):
        return []
    if any(c.tag_ in _RELATIVE_TAGS for p in _children(tok, "prep") for c in p.children):
        return []  # "the town from which they fired": the noun is in a phrase
    objs = _children(tok, "dobj", "ccomp", "xcomp")
    if any(o.tag_ not in _RELATIVE_TAGS for o in objs):
        return []
    missiles = lex.word_sets.get("&missile", {})
    if _lemma(head) not in missiles and _lemma(head) not in lex.word_class("verbal_attack_noun"):
        return []  # "the deal the governor struck": a relative clause tells it in passing
    return [head]


#: personal pronouns by the number of the noun they take up
_PLURAL_PRONOUNS = frozenset({"they", "you", "we"})
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it", "you"})
#: the subject form of an object pronoun ("warned them that they ...")
_NOMINATIVE = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}


def warns_addressee(verb: Any, subject: Any) -> bool:
    """Whether "warn X that ..." tells X of X's own prospects: the clause's subject is
    the warned party again ("warned the rebels that they should expect little help",
    "warned the mayor that he would get no money"), the same noun or a personal pronoun
    of its number. Such a warning tells the warned what awaits them; it criticises no
    one (PLOVER ACCUSE is disapproval of a party's act or state)."""
    for obj in _children(verb, "dobj", "dative"):
        if obj.tag_ == "PRP":
            said = str(obj.lower_)
            return str(subject.lower_) == _NOMINATIVE.get(said, said)
        if subject.lemma_.lower() == obj.lemma_.lower():
            return True
        plural = obj.tag_ in ("NNS", "NNPS") or bool(_children(obj, "conj"))
        pronouns = _PLURAL_PRONOUNS if plural else _SINGULAR_PRONOUNS
        if subject.tag_ == "PRP" and str(subject.lower_) in pronouns:
            return True
    return False


#: the verbs of meaning whose "X means war" judges X (PETRARCH CAMEO.2.0 INTEND synset)
_MEANING_VERBS = frozenset({"mean", "intend"})
#: demonstratives that stand for an act just told ("this means war")
_DEMONSTRATIVES = frozenset({"this", "that", "it"})


def war_judgements(cands: dict[int, Candidate], lex: Lexicon) -> None:
    """ "X means war" said of an act is criticism of its maker (see the module docstring)."""
    speech = lex.word_class("speech")
    actors = lex.word_class("verbal_actor_noun") | lex.word_class("actor_noun")
    for cand in cands.values():
        tok = cand.tok
        if cand.event != "THREATEN" or cand.is_noun or _lemma(tok) not in _MEANING_VERBS:
            continue
        subj = _children(tok, *_SUBJECT_DEPS)
        if not subj or not _judged_act(subj[0], actors):
            continue
        cand.event, cand.mode, cand.cameo = "ACCUSE", "disapprove", "111"
        cand.rules.append("judged to mean war: ACCUSE")
        said = tok.head if tok.dep_ in ("ccomp", "parataxis") else None
        if said is None:
            said = next((c for c in tok.children if c.dep_ == "parataxis"), None)
        judged = subj[0]
        if said is not None and _lemma(said) in speech:
            cand.actor_override = _children(said, *_SUBJECT_DEPS) or None
            of = [o for p in _children(said, "prep") if _lemma(p) == "of" for o in p.children]
            judged = of[0] if of and str(subj[0].lower_) in _DEMONSTRATIVES else judged
        maker = _children(judged, "poss")
        cand.recipient_override = maker or ([judged] if judged.i != subj[0].i else [])


def _judged_act(subj: Any, actors: frozenset[str]) -> bool:
    """Whether a subject is an act or a demonstrative for one, not a party."""
    if str(subj.lower_) in _DEMONSTRATIVES:
        return True
    if subj.pos_ != "NOUN" or subj.ent_type_ or _lemma(subj) in actors:
        return False
    return not subj.text[:1].isupper()


#: object pronouns of a person attacked
_PERSON_PRONOUNS = frozenset({"him", "her", "me", "us"})


def rival_attack(verb: Any, lex: Lexicon) -> bool:
    """Whether "attack" is a politician's or critic's verbal attack on a person told by a
    pronoun (see the module docstring)."""
    if _lemma(verb) != "attack" or verb.pos_ != "VERB":
        return False
    if not any(str(o.lower_) in _PERSON_PRONOUNS for o in _children(verb, "dobj")):
        return False
    cues = lex.word_class("attack_cue") - {"attack"}
    arms = [lex.word_sets.get(name, {}) for name in ("&arms", "&hand_weapon", "&weapon")]
    words = [t for t in verb.sent if t.i != verb.i]
    if any(_lemma(t) in cues or any(_lemma(t) in a for a in arms) for t in words):
        return False  # "attacked him with knives": force
    actors = lex.word_class("verbal_actor_noun")
    for subj in _children(verb, *_SUBJECT_DEPS):
        of = [o for p in _children(subj, "prep") if _lemma(p) == "of" for o in p.children]
        heads = [subj, *of]
        if any(_lemma(h) in actors for h in heads):
            return True
    return False


#: verbs whose subject is what their "among" phrase counts it among
_COPULAS = frozenset({"be", "remain", "stand"})


def among_critics(sent: Any, cands: dict[int, Candidate], lex: Lexicon) -> None:
    """Add an ACCUSE candidate for a party counted among another's critics (see the
    module docstring)."""
    critics, counting = lex.word_class("critic_noun"), lex.word_class("counting_verb")
    for tok in span_tokens(sent):
        if tok.pos_ != "NOUN" or _lemma(tok) not in critics or tok.i in cands:
            continue
        prep = tok.head
        if tok.dep_ != "pobj" or _lemma(prep) != "among" or prep.dep_ != "prep":
            continue
        verb = prep.head
        if _children(verb, "neg"):
            continue
        if _lemma(verb) in _COPULAS:
            # "among his critics is X": the inverted copula's member is its predicate
            members = _children(verb, "nsubj") or _children(verb, "attr")
        elif _lemma(verb) in counting:
            members = _children(verb, "dobj")
        else:
            continue
        judged = _children(tok, "poss") or [
            o for p in _children(tok, "prep") if _lemma(p) == "of" for o in _children(p, "pobj")
        ]
        if not members or not judged:
            continue
        cand = made_candidate(tok, "ACCUSE", "disapprove", "111", 0.6, f"among {_lemma(tok)}")
        cand.actor_override = [members[0], *members[0].conjuncts]
        cand.recipient_override = judged[:1]
        cands[tok.i] = cand
