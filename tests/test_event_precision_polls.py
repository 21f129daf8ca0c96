"""A poll's findings are no event of any type (NEWS-GUIDELINES.md: polls, voter
preferences and statistics are no event; annotators/event_precision_polls.py): a share of
those asked as the subject, the split of answers on the verb ("by 55%-40%", "58% to
30%", "by a 3-to-2 margin"), or the poll as the source ("the poll found", "according to
the survey"). The same verbs with a party acting still code, and so does an act whose
size is a share ("cut aid by 20 percent") or a change from one share to another.
Sentences invented for these tests."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    ("text", "event", "word"),
    [
        ("Sixty-one percent of voters say the governor should resign.", "REQUEST", "say"),
        ("Voters say by 55%-40% that the senator should step down.", "REQUEST", "say"),
        ("Most respondents blame the council for the closures, 58% to 30%.", "ACCUSE", "blame"),
        ("By a 3-to-2 margin, residents reject the proposed levy.", "REJECT", "reject"),
        ("A majority of those asked want the troops withdrawn, the poll found.", "REQUEST", "want"),
        (
            "Half of Democrats say the party should nominate a moderate, according to the survey.",
            "REQUEST",
            "say",
        ),
        (
            "Nearly eight in 10 Republicans say the president should veto the bill.",
            "REQUEST",
            "say",
        ),
        ("Two in three residents blame the mayor for the flooding.", "ACCUSE", "blame"),
    ],
)
def test_poll_finding_is_no_event(coder: Coder, text: str, event: str, word: str) -> None:
    # each of these sentences coded the event named before the rule
    assert (event, word) not in _events(coder, text)


@pytest.mark.parametrize(
    ("text", "event", "word"),
    [
        ("The governor's spokesman said the minister should resign.", "REQUEST", "said"),
        ("The council blamed the contractor for the closures.", "ACCUSE", "blamed"),
        ("The parliament rejected the proposed levy by 210 votes to 95.", "REJECT", "rejected"),
    ],
)
def test_party_acts_still_code(coder: Coder, text: str, event: str, word: str) -> None:
    assert (event, word) in _events(coder, text)


def test_act_sized_by_a_share_still_codes(coder: Coder) -> None:
    events = _events(coder, "The government cut military aid to the junta by 20 percent.")
    assert events, "an act whose size is a share is no poll"
