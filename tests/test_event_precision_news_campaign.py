"""Campaign talk that reads like an act (annotators/event_precision_news.py): a vote for a
candidate, a campaign's own rally, a quoted question, support for an idea, "call" naming
a thing, a march to a nomination, an attack on a record, a show of unity, "recognize
that", "defend against" with no one defended, "agree that" an opinion, a gerund weighed in
a forecast. Sentences of our own; the acts told in the same words still code."""

from __future__ import annotations

from typing import Any

import pytest


def _coded(coder: Any, text: str) -> set[tuple[str, str]]:
    events = coder.code(text, date="2016-06-01").events
    return {(e.event, e.trigger.text) for e in events}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a voter's preference, however prominent the voter
        ("The mayor told a local paper he will not be voting for Johnson this November.", "REJECT"),
        (
            "The governor said on Sunday that she would vote for Maria Delgado in the primary.",
            "AGREE",
        ),
        (
            "Asked about the race, the former senator said he would vote for Raymond Ortiz in "
            "November.",
            "AGREE",
        ),
        (
            "Two of the state's former governors said they would vote for Hernandez, not for "
            "the party's nominee.",
            "AGREE",
        ),
        # a candidate's rally is no protest
        (
            "The congressman held campaign rallies across the state as the primary neared.",
            "PROTEST",
        ),
        # an idea held is no party backed
        ("The actor tweeted his support for a conspiracy theory about the vaccine.", "SUPPORT"),
        (
            "Several lawmakers voiced their support for the idea of a universal basic income.",
            "SUPPORT",
        ),
        # a quoted question asks for nothing
        (
            '"Why should we hand him the keys to the country?" asked the former governor at the '
            "fair.",
            "REQUEST",
        ),
        (
            'The speaker asked the crowd in Dayton: "Would you trust a man who never keeps his '
            'word?"',
            "REQUEST",
        ),
        # "call" with an object names it
        (
            "The former president calls the senator's plan for a tariff wall 'reckless' and "
            "'naive'.",
            "REQUEST",
        ),
        # a march to a nomination, an attack on a record, a show of unity
        ("The senator's march to the nomination slowed after the loss in Ohio.", "PROTEST"),
        (
            "The governor renewed his attacks on his rival's business record in a speech in Ohio.",
            "ASSAULT",
        ),
        (
            "The two leaders are expected to demonstrate their unity at the summit on Friday.",
            "THREATEN",
        ),
        (
            "The two leaders are expected to demonstrate their unity at the summit on Friday.",
            "PROTEST",
        ),
        ("The senator's loss slowed his march to the nomination.", "PROTEST"),
        # verbs in their everyday sense
        ("The alliance vowed to deter and defend against aggression in the region.", "AGREE"),
        (
            '"Every country in the region needs to recognize that the old borders cannot be '
            'restored," the minister told the forum in Jakarta.',
            "SUPPORT",
        ),
        (
            "The two rivals largely agreed that new trade deals were needed to protect workers.",
            "AGREE",
        ),
        # a gerund weighed in a forecast
        (
            '"If the senator thinks that closing the borders is going to bring prosperity, he '
            'is badly mistaken," the minister said.',
            "COERCE",
        ),
        (
            "Banning imports from the region would hurt farmers more than anyone, the "
            "economist warned.",
            "COERCE",
        ),
    ],
)
def test_event_precision_news_campaign_is_no_event(coder: Any, text: str, event: str) -> None:
    assert event not in {t for t, _ in _coded(coder, text)}


@pytest.mark.parametrize(
    ("text", "event", "trigger"),
    [
        ("Lawmakers voted for the bill on Tuesday after a long debate.", "SUPPORT", "voted"),
        ("Protesters rallied outside the embassy to denounce the new law.", "PROTEST", "rallied"),
        ("The minister asked the neighbouring states to return the refugees.", "REQUEST", "asked"),
        (
            "Lawmakers also asked whether the agency had shared the files with other "
            "investigators.",
            "REQUEST",
            "asked",
        ),
        ("The union called for an end to the strike on Monday.", "REQUEST", "called"),
        (
            "Rebels launched an attack on the army base near the border, killing four soldiers.",
            "ASSAULT",
            "killing",
        ),
        (
            "The senator defended the governor's record on jobs against his critics.",
            "SUPPORT",
            "defended",
        ),
        ("The government formally recognized the new state on Monday.", "SUPPORT", "recognized"),
        ("The rebels agreed to a ceasefire on Sunday.", "AGREE", "agreed"),
        (
            "The senator praised the charity that supports veterans in her state.",
            "SUPPORT",
            "praised",
        ),
        (
            "Expelling the diplomats was a mistake, the former ambassador said of last week's "
            "decision.",
            "SANCTION",
            "Expelling",
        ),
        ("The army began shelling the town on Monday.", "ASSAULT", "shelling"),
        ("The mayor voiced her support for the governor after the vote.", "SUPPORT", "voiced"),
        (
            "Thousands of workers marched to the parliament to demand higher wages.",
            "PROTEST",
            "marched",
        ),
    ],
)
def test_event_precision_news_campaign_keeps_acts(
    coder: Any, text: str, event: str, trigger: str
) -> None:
    assert (event, trigger) in _coded(coder, text)
