"""Campaign talk that reads like an act (annotators/event_precision_news.py): a vote for a
candidate, a campaign's own rally, a quoted question, support for an idea, "call" naming
a thing, a march to a contest's prize, an attack on a record, a show of unity, "recognize
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
        ("The mayor told a radio host that he won't vote for Okafor in March.", "REJECT"),
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
        ("The singer said she supports the cause of the Kurds in Syria.", "SUPPORT"),
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
        # a march to a contest's prize, an attack on a record, a show of unity
        ("The governor's march to victory faltered after the row over her pension.", "PROTEST"),
        (
            "The governor renewed his attacks on his rival's business record in a speech in Ohio.",
            "ASSAULT",
        ),
        (
            "Both party chiefs hope to display their solidarity at the congress in Lyon next week.",
            "THREATEN",
        ),
        (
            "Both party chiefs hope to display their solidarity at the congress in Lyon next week.",
            "PROTEST",
        ),
        ("The upset in Leeds stalled the chairwoman's march to the presidency.", "PROTEST"),
        # verbs in their everyday sense
        ("The two leagues vowed to resist and defend against doping in the sport.", "AGREE"),
        (
            '"Every country in the region needs to recognize that the old borders cannot be '
            'restored," the minister told the forum in Jakarta.',
            "SUPPORT",
        ),
        (
            "The three mayors mostly agreed that cheaper buses were needed to help commuters.",
            "AGREE",
        ),
        # a gerund weighed in a forecast
        (
            '"Whoever believes that sealing the border is going to cut rents has not read the '
            'figures," the union leader said.',
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
        ("Lawmakers voted for the bill on Tuesday after a long debate.", "AGREE", "voted"),
        ("Protesters rallied outside the embassy to denounce the new law.", "PROTEST", "rallied"),
        ("The minister asked the neighbouring states to return the refugees.", "REQUEST", "asked"),
        (
            "The auditors then asked whether the ministry had kept the ledgers from the "
            "tax office.",
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


@pytest.mark.parametrize(
    ("text", "event", "trigger"),
    [
        # a rally for a place, or one held to demand something, is a protest whatever its
        # name; a vote for a named bill is no preference for a person
        ("Thousands rallied for Gaza in London on Saturday.", "PROTEST", "rallied"),
        ("Students rallied for Tibet outside the Chinese consulate.", "PROTEST", "rallied"),
        (
            "Protesters held an election rally in Dhaka to demand a caretaker government.",
            "PROTEST",
            "held",
        ),
        ("Hamas held a victory rally in the city.", "PROTEST", "held"),
        ("Lawmakers voted for Obamacare in 2010.", "AGREE", "voted"),
        # "agree that" an act should be done, "recognize that" a state is one, a party's
        # own position backed
        (
            "Russia and Ukraine agreed that prisoners should be exchanged on Friday.",
            "AGREE",
            "agreed",
        ),
        (
            "The two envoys agreed that the ceasefire talks should resume next week.",
            "AGREE",
            "agreed",
        ),
        (
            "The Kremlin recognized that the separatist republics are independent states.",
            "SUPPORT",
            "recognized",
        ),
        (
            "Brazil recognized that the opposition leader is the legitimate president.",
            "SUPPORT",
            "recognized",
        ),
        (
            "China backed Russia's position on Ukraine at the Security Council.",
            "SUPPORT",
            "backed",
        ),
        # a question with a stray mark and no quotation is an indirect one
        (
            "The foreign minister asked the UN on Monday why it had not condemned the strike?",
            "REQUEST",
            "asked",
        ),
    ],
)
def test_event_precision_news_campaign_rules_spare_acts(
    rules_only: Any, text: str, event: str, trigger: str
) -> None:
    """The campaign rules leave these acts alone (the rules alone, not the learned filter)."""
    assert (event, trigger) in _coded(rules_only, text)
