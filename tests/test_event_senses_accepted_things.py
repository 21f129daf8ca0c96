"""Money or an honour accepted is no offer agreed to (senses.tsv rows ``accept sum`` and
``accept treatment``; CAMEO 030 "accept" takes a proposal or a party's act): "accepted
donations", "accepts small fees", "accepted the award", "accepting congratulations" code
no AGREE. The near misses still do: a proposal, a plan or an offer of talks accepted, and
an amnesty, a pardon or immunity, offered on terms.
Sentences invented for these tests."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _agree(coder: Coder, text: str) -> list[str]:
    events = coder.code(text, date="2024-03-08").events
    return [e.trigger.text for e in events if e.event == "AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "The candidate accepted donations from the governor's campaign.",
        "The mayor only accepts small contributions from residents.",
        "Governor Tom Hale accepted the award from the teachers' union on Monday.",
        "The senator was accepting congratulations from her colleagues after the vote.",
        # the other things one is given or shown (class treatment) stay no offer agreed to
        "The striker accepted the diagnosis from the club doctors.",
        "The candidate gladly accepted the endorsement of the farmers' federation.",
        "The tribal chief accepted the protection of the navy.",
    ],
)
def test_event_senses_money_or_honour_accepted_is_no_agree(rules_only, text) -> None:
    assert _agree(rules_only, text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The rebels accepted the government's offer of talks.", "accepted"),
        ("Governor Hale accepted the proposal by the opposition party.", "accepted"),
        ("The council accepted the mayor's plan to close the depot.", "accepted"),
        # near misses (fixb26): an amnesty or immunity is an offer on terms, no honour
        ("The militia leader accepted the pardon the king had offered.", "accepted"),
        ("The former aide accepted immunity in return for giving evidence.", "accepted"),
    ],
)
def test_event_senses_proposal_accepted_stays(rules_only, text, trigger) -> None:
    assert trigger in _agree(rules_only, text)
