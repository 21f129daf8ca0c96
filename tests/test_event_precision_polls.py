"""A poll's findings are no event of any type (NEWS-GUIDELINES.md: polls, voter
preferences and statistics are no event; annotators/event_precision_polls.py): a share of
the public as the subject, a split of answers held by the public on the verb ("by
62% to 31%", "64% to 29%", "by a 3-to-2 margin"), or the poll as the source ("the poll
found", "according to the survey"). The same verbs with a party acting still code, and so
do an act whose size is a share, a share of some other group acting, a second party's
act joined by "and", a range a demand asks for, a body's vote split in shares (also
told by a named source), a share of a body speaking and a group counted "in" another.
Sentences invented for these tests."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    ("text", "event", "word"),
    [
        ("Seventy percent of voters say the county clerk should resign.", "REQUEST", "say"),
        ("By 62% to 31%, taxpayers say the commissioner should quit.", "REQUEST", "say"),
        ("Most respondents blame the council for the outages, 64% to 29%.", "ACCUSE", "blame"),
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
        # a split told by the trigger's own verb of speech, whoever its subject
        ("Members of the guild say the chairman should resign, 68%-27%.", "REQUEST", "say"),
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
    assert ("SANCTION", "cut") in events, "an act whose size is a share is no poll"


@pytest.mark.parametrize(
    ("text", "event", "word"),
    [
        # a share of a group that acts, no share of the public polled (review26a item 2)
        (
            "Around 40 percent of the nurses went on strike on Thursday.",
            "PROTEST",
            "went",
        ),
        (
            "Some 20 percent of the marchers clashed with riot officers near the embassy.",
            "ASSAULT",
            "clashed",
        ),
        # a second party's act joined by "and" is not the finding (review26a item 2)
        (
            "Fifty-two percent of residents say the sheriff should step aside, and a county "
            "judge demanded his resignation.",
            "REQUEST",
            "demanded",
        ),
        (
            "Fifty-two percent of residents say the sheriff should step aside, and the county "
            "prosecutor accused him of perjury.",
            "ACCUSE",
            "accused",
        ),
        # a range a demand asks for, and a body's vote split in shares (review26a item 3)
        (
            "The union demanded that the government raise wages by 5% to 8% next year.",
            "REQUEST",
            "demanded",
        ),
        (
            "The parliament rejected the amendment by 60% to 40% on Monday.",
            "REJECT",
            "rejected",
        ),
        # the same acts told by a named source: a reporting verb whose subject is no share
        # of the public makes no finding of them (review26d item 2)
        (
            "A spokesman said the assembly rejected the measure by 58% to 42% on Friday.",
            "REJECT",
            "rejected",
        ),
        (
            "Organisers said the dockers' union demanded that the port raise pay by 4% to "
            "6% next year.",
            "REQUEST",
            "demanded",
        ),
        # a share of a body that speaks is that body's members speaking (review26d item 2)
        ("Forty percent of the councillors said the treasurer must quit.", "REQUEST", "said"),
        # a group counted "in" another is that group, not a bare share (review26d item 3)
        ("Seven in 10 dockers went on strike on Monday.", "PROTEST", "went"),
    ],
)
def test_near_misses_still_code(coder: Coder, text: str, event: str, word: str) -> None:
    assert (event, word) in _events(coder, text)
