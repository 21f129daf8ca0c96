"""A state told in the present, for ``event_time``'s story-day rule (rule 5).

An act in a relative clause in the plain present is left undated by rule 5: a habit ("fighters
who *carry out* attacks") is on no day the story names. A clause of a verb of being or
remaining (the ``state`` verbs of ``resources/time/event_time.tsv``: "others *who are*
angry with the minister", "a count *that is* in doubt") is not a habit but a state that holds
when it is told, so its act (an accusation told as a state of mind or a standing) is on the
article's day, as the news guidelines date a state that holds when told.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["read_states", "told_state"]


def read_states(text: str | None = None) -> frozenset[str]:
    """The ``state`` verbs of an ``event_time.tsv`` file: verbs of being or remaining whose
    plain present tells a state that holds when told."""
    from .event_time import _read_kind

    return _read_kind("state", text)


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    return read_states()


def told_state(trig: Any) -> bool:
    """Whether the trigger's clause verb is a ``state`` verb (its lemma), the clause that
    rule 5 found to be a relative clause in the plain present."""
    if trig is None:
        return False
    from .event_time import _clause_head

    return _clause_head(trig).lemma_.casefold() in _states()
