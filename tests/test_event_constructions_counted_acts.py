"""Acts of violence and coercion reported by their count (issue 24).

A number ("24 arrests", "two killings"), or for arrests and detentions a count noun
("made dozens of arrests", "a total of 30 detentions"), reports the act noun it counts
as done, as a mark of toll or a named victim does (``event_constructions_acts.marked_act``
and the grammar classes ``marked_act_noun`` and ``act_count``). A year, a tally over a
period or a statistic ("the number of arrests rose") counts none. Sentences written for
these tests.
"""

from __future__ import annotations

from typing import Any

import pytest


def _types(coder: Any, text: str) -> set[str]:
    return {e.event for e in coder.code(text, date="2024-05-02").events}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Police made dozens of arrests overnight after the match.", "COERCE"),
        ("Security forces carried out hundreds of detentions during the crackdown.", "COERCE"),
        ("There were a total of 30 arrests at the border crossing.", "COERCE"),
        ("Two killings in the capital were blamed on the militia.", "ASSAULT"),
        ("Three bombings shook the port city on Sunday.", "ASSAULT"),
        ("Officials confirmed 40 arrests in the northern province.", "COERCE"),
        ("The arrest of the opposition leader drew crowds to the court.", "COERCE"),
    ],
)
def test_event_constructions_counted_act_coded(rules_only: Any, text: str, event: str) -> None:
    assert event in _types(rules_only, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a year or a statistic counts no act
        ("The 2019 killings are the subject of a new documentary.", "ASSAULT"),
        ("The number of arrests rose by a fifth last year.", "COERCE"),
        # a count noun reports arrests, not attacks: "hundreds of attacks" is often a tally
        ("The senator has weathered hundreds of attacks from the press.", "ASSAULT"),
        # a tally over a period, or a part of one
        ("Eight of the 12 killings since 2015 remain unsolved, the prosecutor said.", "ASSAULT"),
        ("Police recorded 30 arrests since January.", "COERCE"),
    ],
)
def test_event_constructions_uncounted_act_not_coded(
    rules_only: Any, text: str, event: str
) -> None:
    assert event not in _types(rules_only, text)
