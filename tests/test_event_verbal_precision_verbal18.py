"""Verbal events read without their event sense (verbal18; sentences written for these
tests): a refusal to speak ("her refusal to comment") is no refusal of a request
(senses.tsv ``to:comment`` on the noun); a reported "should" negated ("said the firm
should not face penalties") is a view, no demand (grammar class ``advice_modal``); a verb
of opposition that only says who some people are ("lawyers who oppose the dam",
"militants opposed to the truce") is a stance described, no act (object class
``opposing_stance``); so is a verb of seeking as a participle on people ("those seeking
her help", object class ``seeking_aim``). The near misses stay coded."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The governor's refusal to discuss the budget angered the council.", "refusal"),
        ("The minister's refusal to comment on the report surprised the press.", "refusal"),
        ("The spokesman said the firm should not face penalties for the spill.", "said"),
        ("The auditor said the clerk should face no fines.", "said"),
        ("The mayor met two lawyers who oppose the new dam.", "oppose"),
        ("The bombing was the work of militants opposed to the truce.", "opposed"),
        ("Officials spoke with a group of farmers that opposes the levy.", "opposes"),
        ("He criticised the gifts from those seeking her help.", "seeking"),
        ("The mayor met Ms. Lee and others seeking a new status for the migrants.", "seeking"),
    ],
)
def test_event_verbal_precision_no_event(rules_only: Coder, text: str, trigger: str) -> None:
    assert all(t != trigger for _, t in _events(rules_only, text))


@pytest.mark.parametrize(
    ("text", "event", "trigger"),
    [
        ("The governor's refusal to sign the bill angered the council.", "REJECT", "refusal"),
        ("The minister said the army must not enter the town.", "REQUEST", "said"),
        ("The senator said the governor should resign.", "REQUEST", "said"),
        ("The council, which opposed the plan last year, met again.", "REJECT", "opposed"),
        ("Russia opposes the expansion of the alliance.", "REJECT", "opposes"),
        ("A lawsuit seeking damages from the city was filed on Monday.", "REQUEST", "seeking"),
        ("The two cousins sought support from the senators.", "REQUEST", "sought"),
    ],
)
def test_event_verbal_precision_near_miss_codes(
    rules_only: Coder, text: str, event: str, trigger: str
) -> None:
    assert (event, trigger) in _events(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The council turned to a request from the farmers to delay the vote.",
        "The guards were too few despite repeated requests from the ambassador.",
    ],
)
def test_event_verbal_asking_noun_from_names_the_asker(rules_only: Coder, text: str) -> None:
    """A noun of asking with a "from" phrase (grammar class ``asking_noun``) reports the
    request of the one named there, as a "by" phrase does."""
    assert "REQUEST" in [e for e, _ in _events(rules_only, text)]


def test_event_verbal_market_demand_from_is_no_request(rules_only: Coder) -> None:
    """ "Demand from a sector" is a market's, no request ("demand" is no asking noun)."""
    text = "Analysts expect demand from the farm sector to slow next year."
    assert "REQUEST" not in [e for e, _ in _events(rules_only, text)]
