"""Acts told inside a disaster's report that are no violent political act.

The CASE 2021 / ACLED disaster definitions and the PLOVER manual (COERCE: no restriction
is coded for emergencies "in relation to national disasters" absent evidence of their
use as a repressive tactic) read these as part of the disaster's report:

- a restriction (a ban, a state of emergency) imposed for a disaster told in the
  sentence or the two before ("officials banned the movement of cattle", "declared an
  emergency");
- a warning or alert about a disaster ("the weather service issued a red alert");
- a hostile verb whose purpose is a rescue ("firemen stormed into the building to
  pull out trapped workers");
- a present participle that tells a thing's state after "leave", "keep" or "find" ("a
  stove had been left burning").

Forces named with a rescue or relief purpose ("the army sent trucks to deliver food",
"police helped evacuate residents") are no word of violence in the disaster's window.
The word classes (``relief``, ``disaster_warning``, ``state_verb``, ``attack_cue``,
``relief_force``) are in ``resources/events/grammar.txt``.
"""

from __future__ import annotations

from typing import Any

from ..records import Event
from .event_grammar import _SUBJECT_DEPS, Candidate, _lemma, _speech_source
from .event_lexicon import Lexicon
from .event_weapon_fire import weapon_fire

#: COERCE modes that restrict people's movement or rights (not arrests, raids, seizures)
_RESTRICTIONS = frozenset({"ban", "curfew", "martial-law", "restrict"})
_PURPOSE_DEPS = ("advcl", "xcomp")
_FIRES = frozenset({"fire", "blaze", "flame", "wildfire", "bushfire"})


def relief_word(tok: Any, relief: frozenset[str], lex: Lexicon) -> bool:
    """Whether a word of a deployment's purpose tells relief: a word of ``relief`` (or of
    the disaster words the caller adds), or a fire as the object of a verb of fighting
    fires (class ``fire_fighting``: "sent to fight the blazes"; "open fire" is none)."""
    if _lemma(tok) in relief:
        return True
    return (
        _lemma(tok) in _FIRES
        and tok.dep_ == "dobj"
        and _lemma(tok.head) in lex.word_class("fire_fighting")
    )


class DisasterActs:
    """Why an act told in a disaster's report is none (None when nothing says so)."""

    def __init__(self, lex: Lexicon) -> None:
        self.natural_force = lex.word_class("natural_force")
        self.accident_cue = lex.word_class("accident_cue")
        self.accident_verb = lex.word_class("accident_verb")
        # what heads an accident's "when" clause: an accident verb or a fall ("a beam fell")
        self.clause_verb = self.accident_verb | lex.word_class("falling_verb")
        self.attack_cue = lex.word_class("attack_cue")
        self.relief = lex.word_class("relief")
        self.relief_force = lex.word_class("relief_force")
        self.warning = lex.word_class("disaster_warning")
        self.state_verb = lex.word_class("state_verb")
        self.speech = lex.word_class("speech")
        self.actor_noun = lex.word_class("actor_noun")
        self.quantity = lex.word_class("quantity")
        self.figurative = lex.word_class("figurative_force")
        self.conditional = lex.word_class("conditional")
        self.lex = lex

    def weapon_fire(self, tok: Any) -> bool:
        """Whether a noun "fire" is a weapon's (event_weapon_fire): no natural force."""
        return weapon_fire(tok, self.lex)

    def why(self, cand: Candidate, event: Event, sent: Any) -> str | None:
        if self.state_participle(cand):
            return "participle of a thing's state"
        if self.rescue_purpose(cand, event):
            return "act for a rescue"
        own = {cand.tok.i} | {w.i for c in cand.tok.children for w in c.subtree}
        if self.restriction(cand, event) and self.disaster_told(sent, own):
            return "restriction for a disaster"
        if self.disaster_warning(cand, event) and self.disaster_told(sent, own):
            return "warning of a disaster"
        if self.disaster_warning(cand, event) and self.hazard_warned(cand):
            return "warning of a hazard"
        return None

    def hazard_warned(self, cand: Candidate) -> bool:
        """A warning whose clause has a natural force as its subject, or whose "of" phrase
        names one, with no word of violence in it: "warned campers that the storm would
        bring floods", "warned of flooding" (no one's threat of an act). A force with an
        "of" phrase of its own ("a wave of strikes"), one whose word also names men's acts
        (class ``figurative_force``: "fire would rain on them") and a clause under a
        condition ("if they cross the line") are threats still."""
        tok = cand.tok
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        # the parser may hang the that-clause on the one warned ("warned residents that")
        clauses += [
            c
            for o in tok.children
            if o.dep_ == "dobj"
            for c in o.children
            if c.dep_ in ("acl", "relcl") and any(m.dep_ == "mark" for m in c.children)
        ]
        heads = [s for c in clauses for s in c.children if s.dep_ in _SUBJECT_DEPS]
        heads += [o for p in tok.children if p.lower_ == "of" for o in p.children]
        words = [w for h in [*clauses, *heads] for w in h.subtree]
        forces = [
            h
            for h in heads
            if _lemma(h) in self.natural_force - self.figurative
            and not any(p.dep_ == "prep" and p.lower_ == "of" for p in h.children)
        ]
        return (
            bool(forces)
            and not any(_lemma(w) in self.attack_cue for w in words)
            and not self.conditioned([*clauses, tok])
        )

    def conditioned(self, clauses: list[Any]) -> bool:
        """Whether a clause warned of holds an "if"/"unless" clause (class ``conditional``)."""
        return any(
            m.dep_ == "mark" and _lemma(m) in self.conditional
            for c in clauses
            for a in c.children
            if a.dep_ == "advcl"
            for m in a.children
        )

    def state_participle(self, cand: Candidate) -> bool:
        """A present participle with no object or subject of its own, the complement of
        a verb of state ("left burning", "found burning", "kept running")."""
        tok = cand.tok
        if cand.is_noun or tok.tag_ != "VBG" or tok.dep_ not in ("xcomp", "oprd", "acomp"):
            return False
        if any(c.dep_ in ("dobj", *_SUBJECT_DEPS) for c in tok.children):
            return False
        return _lemma(tok.head) in self.state_verb

    def rescue_purpose(self, cand: Candidate, event: Event) -> bool:
        """A hostile verb whose purpose clause ("to ...") names a rescue or those awaiting
        one ("stormed into the unit to pull out trapped workers")."""
        if event.event not in ("ASSAULT", "COERCE") or cand.is_noun:
            return False
        purposes = [
            c
            for c in cand.tok.children
            if c.dep_ in _PURPOSE_DEPS and any(a.tag_ == "TO" for a in c.children)
        ]
        # the relief class's forms of those awaiting rescue ("trapped") are read as written
        words = [w for c in purposes for w in c.subtree]
        return any(_lemma(w) in self.relief or w.lower_ in self.relief for w in words) and not any(
            _lemma(w) in self.attack_cue for w in words
        )

    def restriction(self, cand: Candidate, event: Event) -> bool:
        """A ban, curfew or restriction, verb or noun ("banned the sale", "imposed a
        ban"), or an act over an emergency ("declared an emergency")."""
        if event.event != "COERCE":
            return False
        words = {_lemma(w) for c in cand.tok.children for w in c.subtree}
        return event.mode in _RESTRICTIONS or "emergency" in words

    def disaster_warning(self, cand: Candidate, event: Event) -> bool:
        """A warning (THREATEN) or an alert (MOBILIZE's raised alert) in a disaster's
        report: "the weather office issued a red alert for five districts"."""
        if event.event not in ("THREATEN", "MOBILIZE"):
            return False
        words = {_lemma(cand.tok)} | {_lemma(c) for c in cand.tok.children}
        return bool(words & self.warning)

    def relief_word(self, tok: Any) -> bool:
        """A force noun whose clause has a rescue or relief purpose ("the army sent
        trucks to deliver food", "police helped evacuate residents")."""
        if _lemma(tok) not in self.relief_force:
            return False
        head = tok
        while head.dep_ in ("conj", "compound", "nmod", "appos") and head.head != head:
            head = head.head
        verb = head.head
        if head.dep_ not in (*_SUBJECT_DEPS, "nsubjpass", "dobj") or verb.pos_ not in (
            "VERB",
            "AUX",
        ):
            return False
        if any(c.dep_ == "dobj" and self._human(c) for c in verb.children):
            return False  # "beat residents", "arrested activists": an act on people
        # the verb's own phrases and scenes, not a clause that tells what people did
        # ("near residents who blocked the road after the collision")
        inner = {
            w.i
            for c in verb.subtree
            if c.dep_ in ("relcl", "acl") and self._human(c.head)
            for w in c.subtree
        }
        words = [w for w in verb.subtree if w.i != tok.i and w.i not in inner]
        if any(_lemma(w) in self.attack_cue - self.relief_force for w in words):
            return False
        # police at an accident's scene ("attended the crash", "closed the bridge after two
        # lorries collided") are on the same errand as those who bring relief; not a
        # natural force, whose words name animals too ("after a stray dog barked at the
        # barn, soldiers found a crate of pistols")
        return any(
            _lemma(w) in self.relief
            or (w.pos_ == "NOUN" and _lemma(w) in self.accident_cue)
            or (w.pos_ == "VERB" and _lemma(w) in self.accident_verb)
            for w in words
        )

    def on_relief(self, tok: Any) -> bool:
        """Whether a word of the forces is none of violence: a force on a relief errand
        (``relief_word``), or the verb "force", which compels ("forced the evacuation of
        residents", "forced officials to ban ..."): no armed force."""
        if tok.pos_ in ("VERB", "AUX"):
            return _lemma(tok) in self.relief_force
        return self.relief_word(tok)

    def _human(self, tok: Any) -> bool:
        """Whether an object names people: a personal pronoun, a named person or group, or
        a common noun of actors (class ``actor_noun``), counted ("three activists") or
        not."""
        if tok.pos_ == "PRON":
            return tok.lower_ in ("him", "her", "them", "us", "me")
        if tok.pos_ == "PROPN":
            return tok.ent_type_ in ("PERSON", "NORP", "ORG")
        if _lemma(tok) in self.quantity:  # "dozens of residents"
            return any(
                self._human(o)
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
            )
        return _lemma(tok) in self.actor_noun

    def disaster_told(self, sent: Any, own: set[int]) -> bool:
        """Whether this sentence or the two before it tell an accident or a disaster with
        no word of violence outside ``own`` (forces on a relief errand are none)."""
        doc = sent.doc
        start = sent.start
        for _ in range(2):
            if start > 0:
                start = doc[start - 1].sent.start
        told = False
        for t in doc[start : sent.end]:
            if t.i in own:
                continue
            lemma = _lemma(t)
            owner = t.dep_ in ("compound", "nmod") and _lemma(t.head) in self.natural_force
            if (
                lemma in self.attack_cue
                and not _speech_source(t, self.speech)
                and not owner
                and not self.on_relief(t)
            ):
                return False
            told = told or (
                (t.pos_ in ("NOUN", "PROPN") and lemma in self.accident_cue | self.natural_force)
                or (t.pos_ == "VERB" and lemma in self.accident_verb)
            )
        return told
