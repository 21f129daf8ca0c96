"""Verbal events read without their event sense (verbal18; sentences written for these
tests): a refusal to speak ("her refusal to comment") is no refusal of a request
(senses.tsv ``to:comment`` on the noun); a reported "should" negated on a verb its subject
undergoes ("told reporters the landlords should receive no punishment") is a view, no
demand (classes ``advice_modal``, ``undergoing_verb``); a verb of opposition that only says
who some people are ("fishermen who oppose the harbour tax", "gunmen opposed to the
accord") is a stance described, no act (object class ``opposing_stance``); so is a verb of
seeking as a participle on people ("anyone seeking a permit", object class
``seeking_aim``). The near misses stay coded."""

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
        (
            "Its lawyers argued that the bakery should not suffer a closure over one inspection.",
            "argued",
        ),
        ("The ombudsman told reporters the landlords should receive no punishment.", "told"),
        ("Fishermen who oppose the harbour tax gathered on the pier.", "oppose"),
        ("The talks were wrecked by gunmen opposed to the accord.", "opposed"),
        ("Any club that opposes the new charter loses its grant.", "opposes"),
        ("Anyone seeking a permit must queue at the town hall.", "seeking"),
        ("Mr. Osei and several neighbours seeking a zoning change wrote to the paper.", "seeking"),
        # the participle read as the sentence's verb by the parser
        ("Villagers opposed to the quarry closed the bridge.", "opposed"),
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
        # a negated "should" that asks a party to refrain from an act stays a demand
        ("The colonel said the garrison should not retreat from the ridge.", "REQUEST", "said"),
        # receiving a grant or a licence is the act of whoever grants it (review27d)
        (
            "The mayor said the quarry should not receive a licence until it fences the pit.",
            "REQUEST",
            "said",
        ),
        (
            "The union leader said the dockers should not go back to work before the pay rise.",
            "REQUEST",
            "said",
        ),
        (
            "The senator said the mill should not be permitted to dump its waste in the river.",
            "REQUEST",
            "said",
        ),
        (
            "The envoy said the cabinet should not hesitate to punish the smugglers.",
            "REQUEST",
            "said",
        ),
        # a thing opposed by a party: the by-agent opposes it
        ("The agency dropped a levy opposed by the growers' association.", "REJECT", "opposed"),
        # people who seek a party's act ask it
        ("Students seeking the rector's resignation occupied the hall.", "REQUEST", "seeking"),
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


def test_event_verbal_asking_noun_from_a_date_names_no_asker(rules_only: Coder) -> None:
    """A "from" phrase that names a time ("a request from 2017") is no asker."""
    text = "The council discussed a request from 2017 to widen the road."
    events = rules_only.code(text, date="2024-03-08").events
    assert not any(a.text == "2017" for e in events for a in e.actor), events
