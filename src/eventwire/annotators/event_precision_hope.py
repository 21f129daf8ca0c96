"""A hope voiced as an appeal: the ``hope that_clause`` row of ``lexicon.txt`` codes "I hope
the council will drop the case" as the speaker's REQUEST to the council (CAMEO 020 "make
an appeal or request"; NEWS-GUIDELINES REQUEST "appeal"). It holds only where the one
who hopes is the speaker ("I", "we": grammar class ``speaker_pronoun``) and the clause
hoped for has another party for its subject: a name, an entity, an actor noun, or a
personal pronoun that is not the speaker's own (class ``personal_pronoun``), and tells an
act still to come: not a state (class ``hoped_state``: "I hope the mayor is right", "we
hope they stay safe") and not the past ("I hope the board was told", "has learned").
"Officials hope the economy will recover" (a third party's hope, and of a thing) and "we
hope we will sign soon" (one's own act, a pledge) appeal to no one. Only the verbs of
class ``hoping_verb`` are read so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..records import Event
from .event_grammar import _SUBJECT_DEPS, THAT_CLAUSE, Candidate, Phrases, _children, _lemma

if TYPE_CHECKING:
    from .event_lexicon import Lexicon

#: the Penn Treebank tag of a verb in the past tense
_PAST = "VBD"


class HopedAppeal:
    """Whether a REQUEST read off a hope is a speaker's appeal to another party."""

    def __init__(self, phrases: Phrases, lex: Lexicon) -> None:
        self.phrases = phrases
        self.speaker = lex.word_class("speaker_pronoun")
        self.others = lex.word_class("personal_pronoun") - self.speaker
        self.hoping = lex.word_class("hoping_verb")
        self.states = lex.word_class("hoped_state")

    def no_appeal(self, cand: Candidate, event: Event) -> bool:
        """Whether a REQUEST by a hoping verb's reported clause (the ``hope`` row) is no
        appeal: the hoper is not the speaker, or no clause hoped for has another party as
        its subject and an act to come as its verb."""
        tok = cand.tok
        if (
            event.event != "REQUEST"
            or cand.is_noun
            or THAT_CLAUSE not in cand.pat.deps
            or cand.pat.head not in self.hoping
        ):
            return False
        hopers = _children(tok, *_SUBJECT_DEPS)
        if not hopers or any(str(h.lower_) not in self.speaker for h in hopers):
            return True
        return not any(
            self._other_party(c) and self._act_to_come(c) for c in _children(tok, "ccomp")
        )

    def _act_to_come(self, clause: Any) -> bool:
        """Whether a clause's verb tells an act still to come: no verb of state (with
        its complement: "is right"), no past or perfect ("was told", "has learned"). A
        complement on another verb tells a change the party makes ("get tough", "come
        clean"), an act."""
        if _lemma(clause) in self.states:  # "is right", "feels better", "stays safe"
            return False
        auxes = _children(clause, "aux", "auxpass")
        if any(_lemma(a) == "have" for a in auxes):  # the perfect: "has learned", done
            return False
        return not any(v.tag_ == _PAST for v in [clause, *auxes])

    def _other_party(self, clause: Any) -> bool:
        """Whether a clause's subject names a party other than the speaker."""
        subjects = _children(clause, *_SUBJECT_DEPS, "nsubjpass")
        if not subjects:
            return False
        subj = subjects[0]
        if subj.pos_ == "PRON":
            return str(subj.lower_) in self.others
        return bool(self.phrases.actor_like(subj, None))
