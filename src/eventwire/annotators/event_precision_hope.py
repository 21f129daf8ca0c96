"""A hope voiced as an appeal: the ``hope that_clause`` row of ``lexicon.txt`` codes "I hope
the council will drop the case" as the speaker's REQUEST to the council (CAMEO 020 "make
an appeal or request"; NEWS-GUIDELINES REQUEST "appeal"). It holds only where the one
who hopes is the speaker ("I", "we": grammar class ``speaker_pronoun``) and the clause
hoped for has another party for its subject: a name, an entity, an actor noun, or a
personal pronoun that is not the speaker's own (class ``personal_pronoun``). "Officials
hope the economy will recover" (a third party's hope, and of a thing) and "we hope we
will sign soon" (one's own act, a pledge) appeal to no one.
"""

from __future__ import annotations

from typing import Any

from ..records import Event
from .event_grammar import _SUBJECT_DEPS, THAT_CLAUSE, Candidate, Phrases, _children


class HopedAppeal:
    """Whether a REQUEST read off a hope is a speaker's appeal to another party."""

    def __init__(self, phrases: Phrases, speaker: frozenset[str], pronouns: frozenset[str]):
        self.phrases = phrases
        self.speaker = speaker
        self.others = pronouns - speaker

    def no_appeal(self, cand: Candidate, event: Event) -> bool:
        """Whether a REQUEST by a verb's reported clause (the ``hope`` row) is no appeal:
        the hoper is not the speaker, or no clause hoped for has another party as its
        subject."""
        tok = cand.tok
        if event.event != "REQUEST" or cand.is_noun or THAT_CLAUSE not in cand.pat.deps:
            return False
        hopers = _children(tok, *_SUBJECT_DEPS)
        if not hopers or any(str(h.lower_) not in self.speaker for h in hopers):
            return True
        return not any(self._other_party(c) for c in _children(tok, "ccomp"))

    def _other_party(self, clause: Any) -> bool:
        """Whether a clause's subject names a party other than the speaker."""
        subjects = _children(clause, *_SUBJECT_DEPS, "nsubjpass")
        if not subjects:
            return False
        subj = subjects[0]
        if subj.pos_ == "PRON":
            return str(subj.lower_) in self.others
        return bool(self.phrases.actor_like(subj, None))
