"""Words read in a non-political sense, across types (precision19):

- refusing to comment, say or elaborate is declining comment (CAMEO 012, a statement), no
  refusal of anything asked (senses.tsv ``refuse to:comment_withheld``); refusing to
  respond to a demand, or to release captives, stays a REJECT;
- addressing an issue, conducting or leading a study and managing investments or funds are
  no act of the type of their object noun (lexicon.txt rows against PETRARCH's OVERSEE_MANAGE
  block): "addressed the attacks" is no criticism, "conducted a study" no investigation
  of a party; "conducted an investigation into the mayor" stays one;
- a number before an "of" phrase stands for its object when a sense row reads the object
  ("shot two of the wolves" is a hunt, as "shot the wolves" is).

Sentences invented for these tests."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _types(coder: Coder, text: str) -> list[tuple[str, str]]:
    events = coder.code(text, date="2024-03-08").events
    return [(e.event, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The trade union refused to comment on the merger talks.", "REJECT"),
        ("The governor's office refused to elaborate on the ruling.", "REJECT"),
        ("The ministry refused to say how many soldiers had been sent.", "REJECT"),
        ("The governor addressed the attacks on the border posts in a speech.", "ACCUSE"),
        ("The minister addressed the situation in the north on Monday.", "ACCUSE"),
        ("The ministry conducted a study of soil erosion in the hills.", "ACCUSE"),
        ("The council led a study of the river's pollution.", "ACCUSE"),
        ("The firm manages investments for the city council.", "AGREE"),
        ("The hunters shot two of the wolves near the farm.", "ASSAULT"),
        ("The farmers killed three of the stray dogs.", "ASSAULT"),
    ],
)
def test_event_senses_issue_handled_is_no_event(rules_only, text, kind) -> None:
    assert [t for t in _types(rules_only, text) if t[0] == kind] == []


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("The prime minister refused to respond to the president's demand.", "REJECT", "refused"),
        ("The rebels refused to release the hostages.", "REJECT", "refused"),
        # what a party was asked to tell, not mere comment (class comment_withheld)
        ("The rebels refused to disclose the location of the hostages.", "REJECT", "refused"),
        ("The government refused to explain why it held the reporters.", "REJECT", "refused"),
        ("The senate refused to confirm the nominee.", "REJECT", "refused"),
        ("The police conducted an investigation into the mayor.", "ACCUSE", "conducted"),
        ("The rebels released two of the hostages on Friday.", "RETREAT", "released"),
    ],
)
def test_event_senses_issue_handled_near_misses_stay(rules_only, text, kind, trigger) -> None:
    assert (kind, trigger) in _types(rules_only, text)
