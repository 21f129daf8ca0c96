"""Campaigns in words against a party: "targeting" a rival.

"The super PAC spent millions targeting the senator", "the lobby has long targeted the
governor": where the one who aims and the one aimed at are both parties of political life
(grammar class ``political_sector``: lawmakers, parties, candidates, officials, courts,
the press) and the sentence tells of no weapon or armed force, the campaign is criticism
of its target (CAMEO 111; NEWS-GUIDELINES: a candidate attacking another verbally is
ACCUSE), as a politician's "attack" on another is (``event_triggers._attack_in_politics``,
whose test this module reuses). Anywhere else the words code nothing here: "the militants
targeted a police station" is left to the dictionary's rows of force ("targeted the base
with rockets").

The lexicon's row (``lexicon.txt``, block "Campaigns in words against a party") proposes
the verb as ACCUSE with the ``idiom`` flag, so PETRARCH's rows of force for "target" stay
in use; ``political_targets`` drops every such candidate the test does not keep.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .event_grammar import Candidate

#: the lexicon rows this module vets (their pattern keys: head, part of speech, words)
TARGET_ROWS = frozenset({("target", "v", ())})


def political_targets(cands: dict[int, Candidate], in_politics: Callable[[Any], bool]) -> None:
    """Drop the candidates of ``TARGET_ROWS`` whose aim is not one party of political life
    at another (``in_politics``: the test of a politician's attack on another, given the
    verb)."""
    for i, cand in list(cands.items()):
        if cand.pat.key in TARGET_ROWS and cand.event == "ACCUSE" and not in_politics(cand.tok):
            del cands[i]
