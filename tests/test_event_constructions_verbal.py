"""Verbal conflict told by constructions (issue 24 items 5 and 6, event_constructions_verbal):
attack nouns reported with their maker, decisions not to act as refusals, and what must stay
uncoded. Every sentence was written for these tests.

The rules are tested with the learned filter off (``rules``), so that a retrained filter
does not change what these tests pin."""

from __future__ import annotations

import pytest
from helpers import events_of, ref_texts


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The governor brushed aside fresh attacks from her Republican challenger.", "challenger"),
        ("The bill survived weeks of criticism from the senator.", "senator"),
        ("The chairman endured a grilling by the committee's senior members.", "members"),
        ("The mayor apologised for the attack he made against the union leader.", "mayor"),
        ("Sharp jibes from the opposition leader greeted the budget.", "leader"),
        ("Senator Amara Quist shrugged off the insults from Governor Tobias Renn.", "Renn"),
    ],
)
def test_event_constructions_verbal_attack_noun_with_maker(rules, text, actor) -> None:
    accusations = [e for e in events_of(rules, text) if e.event == "ACCUSE"]
    assert accusations, [e.event for e in events_of(rules, text)]
    assert any(actor in ref_texts(e.actor) for e in accusations), [
        ref_texts(e.actor) for e in accusations
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Donald Okafor put out political attacks and weak slogans.",
        "Blistering attacks upended the senator's campaign.",
    ],
)
def test_event_constructions_verbal_marked_attack_noun(rules, text) -> None:
    assert "ACCUSE" in [e.event for e in events_of(rules, text)]


@pytest.mark.parametrize(
    "text",
    [
        # force, not words: the attack stays violence or a topic
        "The village suffered attacks from the militants overnight.",
        "Attacks by gunmen killed nine people in the market.",
        "The senator spoke about the attack on the embassy.",
        "The village suffered attacks from soldiers with rockets and mortars.",
        # a verbal attack noun with no maker is only a topic
        "The criticism was published in a small journal.",
    ],
)
def test_event_constructions_verbal_attack_noun_guards(rules, text) -> None:
    assert "ACCUSE" not in [e.event for e in events_of(rules, text)]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The council decided not to renew the company's licence.", "council", "licence"),
        ("Lawmakers opted not to ratify the treaty with Norway.", "Lawmakers", "treaty"),
        ("The union chose not to sign the agreement with the employers.", "union", "agreement"),
        (
            "The prime minister has no intention of meeting the rebel leaders.",
            "minister",
            "leaders",
        ),
        ("Parliament voted not to extend the mandate of the peacekeepers.", "Parliament", ""),
    ],
)
def test_event_constructions_verbal_decision_not_to(rules, text, actor, recipient) -> None:
    refusals = [e for e in events_of(rules, text) if e.event == "REJECT"]
    assert refusals, [(e.event, e.rule) for e in events_of(rules, text)]
    assert actor in ref_texts(refusals[0].actor)
    assert recipient in ref_texts(refusals[0].recipient)


@pytest.mark.parametrize(
    "text",
    [
        # a choice that refuses nothing
        "The senator decided not to run for a fourth term.",
        "The family chose not to comment.",
        # a decision or a plan to act is no refusal
        "The council decided to renew the company's licence.",
        "The prime minister has plans to meet the rebel leaders.",
    ],
)
def test_event_constructions_verbal_decision_guards(rules, text) -> None:
    assert "REJECT" not in [e.event for e in events_of(rules, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The general did not rule out military action against the rebels.",
        "The defence secretary refused to rule out air strikes on the camps.",
        "The mayor declined to rule out further arrests of the protest leaders.",
        "The finance minister did not rule out new tariffs on Canadian steel.",
        "Senator Quist would not rule out sanctions against the regime.",
    ],
)
def test_event_constructions_verbal_hostile_option_kept_open(rules, text) -> None:
    events = events_of(rules, text)
    assert "THREATEN" in [e.event for e in events], [(e.event, e.rule) for e in events]
    assert "REJECT" not in [e.event for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no hostile act kept open: a refusal, or a negated one, as before
        ("The prime minister refused to rule out a snap election.", "REJECT"),
        ("The chancellor ruled out tax increases for the coming year.", "REJECT"),
        ("The governor did not rule out a run for the Senate.", "REJECT"),
        # ruling a hostile act out is no threat
        ("The general ruled out military action against the rebels.", "REJECT"),
    ],
)
def test_event_constructions_verbal_ruled_out_stays_refusal(rules, text, expected) -> None:
    types = [e.event for e in events_of(rules, text)]
    assert expected in types and "THREATEN" not in types, types


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "On Friday came a report by the Tribune that the mayor had fabricated his record.",
            "Tribune",
            "mayor",
        ),
        ("The senator faced claims from a rival that she had misled voters.", "rival", ""),
        (
            "The union cited allegations by the auditors that the board had misled shareholders.",
            "auditors",
            "board",
        ),
        # a claimant told as the speaker or the possessor: event_evaluation's, unchanged
        ("Critics aired claims that the agency had abused its powers.", "Critics", "agency"),
        (
            "The minister's claim that the opposition had rigged the count drew anger.",
            "minister",
            "opposition",
        ),
    ],
)
def test_event_constructions_verbal_claim_of_wrongdoing(rules, text, actor, recipient) -> None:
    accusations = [e for e in events_of(rules, text) if e.event == "ACCUSE"]
    assert accusations, [(e.event, e.rule) for e in events_of(rules, text)]
    assert actor in ref_texts(accusations[0].actor)
    assert recipient in ref_texts(accusations[0].recipient)


@pytest.mark.parametrize(
    "text",
    [
        # the clause denies the wrong, tells no wrong, or describes the report
        "The report that the senator had not lied was welcomed.",
        "There were claims that the governor visited the plant.",
        "The claim that was published on Monday named no one.",
        # no claimant named: no accusation by anyone
        "There were suggestions that the governor exaggerated his role in the deal.",
    ],
)
def test_event_constructions_verbal_claim_guards(rules, text) -> None:
    assert "ACCUSE" not in [e.event for e in events_of(rules, text)]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Protesters shouted at police outside the station.", "police"),
        ("The crowd heckled the prime minister during his speech.", "minister"),
        ("Students booed the education minister at the ceremony.", "minister"),
        ("Opposition deputies shouted down the speaker of parliament.", "speaker"),
        ("Supporters of the mayor yelled at the reporters.", "reporters"),
    ],
)
def test_event_constructions_verbal_jeering(rules, text, recipient) -> None:
    accusations = [e for e in events_of(rules, text) if e.event == "ACCUSE"]
    assert accusations, [(e.event, e.rule) for e in events_of(rules, text)]
    assert recipient in ref_texts(accusations[0].recipient)


@pytest.mark.parametrize(
    "text",
    [
        "She shouted at the top of her voice.",
        "The fans booed loudly after the match.",
    ],
)
def test_event_constructions_verbal_jeering_guards(rules, text) -> None:
    assert "ACCUSE" not in [e.event for e in events_of(rules, text)]


@pytest.mark.parametrize(
    "text",
    [
        "A teenager was pointing a black revolver at shoppers outside the mall.",
        "A gunman pointed a rifle at the approaching officers.",
        "The guard aimed his pistol at the protesters.",
        "A supporter brandished a knife outside the party office.",
        "The suspect waved a gun at the bus driver.",
    ],
)
def test_event_constructions_verbal_weapon_menace(rules, text) -> None:
    assert "THREATEN" in [e.event for e in events_of(rules, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The speaker pointed at the chart.",
        "The minister pointed out the weapon on the table.",
        "Investors aimed at higher returns.",
    ],
)
def test_event_constructions_verbal_weapon_menace_guards(rules, text) -> None:
    assert "THREATEN" not in [e.event for e in events_of(rules, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader skipped the summit in protest.",
        "Several Democratic lawmakers will skip the president's speech.",
        "The rebels sat out the peace talks in Geneva.",
        "The ambassador stayed away from the inauguration ceremony.",
        "Two of the regional governors intend to skip the signing in Lyon.",
    ],
)
def test_event_constructions_verbal_meeting_stayed_away(rules, text) -> None:
    assert "REJECT" in [e.event for e in events_of(rules, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The student skipped breakfast.",
        "She skipped the first chapter of the report.",
        "The senator sat out the first half of the game.",
    ],
)
def test_event_constructions_verbal_meeting_stayed_away_guards(rules, text) -> None:
    assert "REJECT" not in [e.event for e in events_of(rules, text)]
