"""Sentences that report no event, whatever the type: cross-type precision rules.

NEWS-GUIDELINES.md counts an act only by an actor with a political role (a government, an
official, a party, a court, the police, an armed group, an organisation, protesters or an
organised group), and no description of attributes or states. A verb whose subjects are
all abstract nouns, in a clause where no participant is a party (the actors annotator gave
none a country code or a sector), tells what an idea, a quality, a course of things or a
record amounts to, not an act: "the new strategy demands patience", "fair dealing requires
that the tender be reopened", "the firm's focus on quality will reinforce its service".
The noun is a common noun of the classes of things that never act (``idea``,
``quality``, ``course``, ``result``, ``conduct``, ``thing``, ``commitment`` of
``object_classes.txt``) or an abstract noun by its suffix (class ``abstract_suffix``),
that is no actor noun (``actor_noun`` of ``grammar.txt``: "the administration", "the
opposition" act) nor a body of people named with such a suffix (class
``collective_abstract``: "the foundation", "the prosecution", "the minority"). A text
that speaks for its authors (classes ``document``, ``speech``, ``answer``,
``official_text``: "the report criticised", "the statement demands", "the resolution
condemns") keeps its act, as
NEWS-GUIDELINES labels it, and so does a clause with a party in it ("the strategy lets
the ministry", "the ministry's plan demands": a code or a sector). Things as the actors
of non-verbal acts are judged by ``event_parties`` (``non_party_actor``) and
``event_precision`` (``thing_as_actor``) too; this reads the subject itself, for any type,
except that a noun of the class ``thing`` counts only for verbal acts (speech acts, AGREE,
SUPPORT): "machine-gun fire killed two guards" is an attack by an unnamed party, left to
those rules. A noun counts by its suffix only in the singular ("the utilities signed an
accord": bodies named in the plural act).
"""

from __future__ import annotations

from typing import Any

from ..records import Event
from .event_grammar import _VERBAL_TYPES, Candidate, Phrases, _lemma, abstract_by_suffix

#: the classes of ``object_classes.txt`` of what never speaks or acts
_MUTE_CLASSES = ("idea", "quality", "course", "result", "conduct", "thing", "commitment")
#: the classes of ``object_classes.txt`` of texts, which speak for their authors ("the
#: report", "the resolution"), and of bodies of people named with an abstract suffix ("the
#: foundation", "the prosecution")
_SPEAKING_CLASSES = ("document", "speech", "answer", "official_text", "collective_abstract")


class EventlessPrecision:
    """Why a proposed event of any type is reported by no party (see the module)."""

    def __init__(self, phrases: Phrases, object_classes: dict[str, frozenset[str]]) -> None:
        self.phrases = phrases
        self.mute = frozenset().union(*(object_classes.get(c, frozenset()) for c in _MUTE_CLASSES))
        self.ideas = frozenset().union(
            *(object_classes.get(c, frozenset()) for c in _MUTE_CLASSES if c != "thing")
        )
        self.speaking = frozenset().union(
            *(object_classes.get(c, frozenset()) for c in _SPEAKING_CLASSES)
        )
        self.suffixes = tuple(sorted(object_classes.get("abstract_suffix", ())))

    def why(self, cand: Candidate, event: Event) -> str | None:
        """The construction that makes the proposal no event, or None."""
        if self.abstract_subject(cand, event):
            return "abstract noun as subject"
        return None

    def abstract_subject(self, cand: Candidate, event: Event) -> bool:
        """Whether a verb's subjects are all abstract nouns and no participant is a party
        (no code, no sector): "the strategy demands patience"; "the report demands" and
        "the strategy of the ministry demands" (a sector) stay."""
        if cand.is_noun or any(r.code or r.sectors for r in [*event.actor, *event.recipient]):
            return False
        verbal = event.event in _VERBAL_TYPES
        subjects = [c for c in cand.tok.children if c.dep_ == "nsubj"]
        return bool(subjects) and all(self.abstract(self.phrases.core(s), verbal) for s in subjects)

    def abstract(self, tok: Any, verbal: bool = True) -> bool:
        """Whether a word is a common noun that names an abstract thing, not a text, a
        body of people or a party: a noun of the mute classes (for a material act, not
        the class of things, which can be its instrument: "gunfire killed two"), or one
        formed with an abstract suffix."""
        if tok.pos_ != "NOUN" or tok.ent_type_:
            return False
        lemma = _lemma(tok)
        if lemma in self.speaking or lemma in self.phrases.actor_nouns:
            return False
        if lemma in (self.mute if verbal else self.ideas):
            return True
        # a plural of an abstract suffix mostly names bodies or groups ("the utilities",
        # "the authorities", "communities"), not an idea
        return tok.tag_ != "NNS" and abstract_by_suffix(lemma, self.suffixes)
