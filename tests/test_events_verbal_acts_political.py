"""The verbs of everyday political reporting as lexicon rows (issue 24 items 4 and 6):
criticism in the words of a beating, criticism and inquiry undergone, refusals in words
and votes, support in votes and prayer, trade sanctions, cut funds and fired officials;
with the senses of the same verbs that are no such act. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from helpers import events_of


def _types(coder, text: str) -> list[str]:
    return [e.event for e in events_of(coder, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # criticism in the words of a beating: the "over"/"as"/"for" phrase makes it verbal
        ("The senator hammered the governor over the tax increase.", "ACCUSE"),
        ("The congresswoman pummeled the president as divisive.", "ACCUSE"),
        ("The union leader ripped the ministry for the delay.", "ACCUSE"),
        ("The senator knocked the president's plan as reckless.", "ACCUSE"),
        ("Democrats panned the governor's proposal.", "ACCUSE"),
        ("The senator called out the minister for his remarks.", "ACCUSE"),
        # criticism and inquiry undergone in a state
        ("The minister is under fire over the budget.", "ACCUSE"),
        ("The governor remains under scrutiny over the contracts.", "ACCUSE"),
        ("The mayor is under investigation by the attorney general.", "ACCUSE"),
        # refusals in words, votes and rulings
        ("The president disavowed the group.", "REJECT"),
        ("The party repudiated the candidate's remarks.", "REJECT"),
        ("The governor balked at the plan.", "REJECT"),
        ("The White House pushed back on the report.", "REJECT"),
        ("The spokesman denied that the minister had met the lobbyist.", "REJECT"),
        ("Senate Republicans blocked the nomination.", "REJECT"),
        ("The Supreme Court struck down the law.", "REJECT"),
        ("The court ruled against the administration.", "REJECT"),
        # a vote for a measure is consent to it (AGREE 030); prayer is support
        ("The senator voted for the bill.", "AGREE"),
        ("The pope prayed for the victims of the flood.", "SUPPORT"),
        # sanctions: tariffs, funds, fired officials
        ("The United States imposed tariffs on Chinese steel.", "SANCTION"),
        ("The administration slapped duties on imports from Canada.", "SANCTION"),
        ("Beijing announced tariffs on American goods.", "SANCTION"),
        ("The governor withheld funding from the agency.", "SANCTION"),
        ("The president fired the FBI director.", "SANCTION"),
        ("The governor ousted two aides.", "SANCTION"),
        ("The prime minister sacked his chief of staff.", "SANCTION"),
        ("The judge removed the prosecutor from the case.", "SANCTION"),
        # idioms of reproach and praise, naming with praise
        ("The senator took the minister to task over the deal.", "ACCUSE"),
        ("The governor singled out the agency for criticism.", "ACCUSE"),
        ("The senator dismissed the governor as a liar.", "ACCUSE"),
        ("The mayor heaped praise on the volunteers.", "SUPPORT"),
        ("The party leader gave his blessing to the merger.", "SUPPORT"),
        ("The governor received the endorsement of the union.", "SUPPORT"),
        ("The senator called the governor a great leader.", "SUPPORT"),
        ("The minister called the reform a success story.", "SUPPORT"),
        # opposition voiced and quarrels in words
        ("The senator voiced opposition to the bill.", "REJECT"),
        ("The party came out against the measure.", "REJECT"),
        ("The mayor spoke out against the governor's plan.", "ACCUSE"),
        ("The senator sparred with the governor over the budget.", "ACCUSE"),
        ("The senator traded barbs with the governor.", "ACCUSE"),
        ("The senator taunted the governor at the rally.", "ACCUSE"),
        ("The governor hit back at his critics.", "ACCUSE"),
        ("The senator threw his weight behind the governor.", "SUPPORT"),
        # a sanction warned of is a threat; one announced as the actor's own coming act is
        # the sanction, status future (grammar future_as_act; NEWS-GUIDELINES: a future act
        # with commitment keeps its type)
        ("The government said it would impose tariffs on imports from China.", "SANCTION"),
        ("The president warned that he would cut funding to the city.", "THREATEN"),
    ],
)
def test_events_verbal_acts_political_coded(rules_only, text: str, expected: str) -> None:
    # the rows are the subject, not the learned filter's verdict on one line
    types = _types(rules_only, text)
    assert expected in types, types


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # the other senses of the same words
        ("Workers hammered nails into the roof.", "ACCUSE"),
        ("The soldiers fired their rifles into the air.", "SANCTION"),
        ("The company plans to cut costs next year.", "SANCTION"),
        ("Rebels blocked the road to the airport.", "REJECT"),
        ("The chef panned the vegetables in butter.", "ACCUSE"),
        ("The town was under attack from rebels.", "ACCUSE"),
        ("The family prayed at the church on Sunday.", "SUPPORT"),
        ("The army hit back at the militants with air strikes.", "ACCUSE"),
    ],
)
def test_events_verbal_acts_political_other_senses(coder, text: str, not_expected: str) -> None:
    assert not_expected not in _types(coder, text)


def test_events_verbal_acts_political_attack_undergone_stays_assault(coder) -> None:
    """An attack undergone from armed men, with no word that makes it verbal, is force."""
    assert "ASSAULT" in _types(coder, "The town was under attack from rebels.")


@pytest.mark.parametrize(
    "text",
    [
        "The senator says he is under political attack because of his record.",
        "The senator said he was under political attack from the governor.",
    ],
)
def test_events_verbal_acts_political_undergone_subject_is_recipient(coder, text: str) -> None:
    """Item 4: who undergoes criticism is its recipient, never its actor, even when he is
    the one reporting it (the speaker is no fallback actor of what he undergoes)."""
    events = [e for e in events_of(coder, text) if e.event == "ACCUSE"]
    assert events, _types(coder, text)
    for ev in events:
        assert "The senator" not in [a.text for a in ev.actor]
        assert ev.recipient


def test_events_verbal_acts_political_one_event_for_state_and_noun(coder) -> None:
    """ "is under investigation by X" is one inquiry, not the state and its noun twice."""
    events = [
        e
        for e in events_of(coder, "The mayor is under investigation by the attorney general.")
        if e.event == "ACCUSE"
    ]
    assert len(events) == 1, [(e.trigger.text, e.rule) for e in events]
    assert [r.text for r in events[0].recipient] == ["The mayor"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The governor, under scrutiny over the contracts, said he would stay.", "The governor"),
        (
            "Senator Hal Moreno, under fire over his record, defended the plan.",
            "Senator Hal Moreno",
        ),
        ("The senator, under fire over unpaid taxes, gave a speech.", "The senator"),
        ("The mayor, under investigation by prosecutors, resigned on Friday.", "The mayor"),
    ],
)
def test_events_verbal_acts_political_state_without_copula(
    coder, text: str, recipient: str
) -> None:
    """ "X, under fire over ..., said": the state undergone without its copula, its
    recipient the party the phrase is set off from (the phrase not part of its name)."""
    events = [e for e in events_of(coder, text) if e.event == "ACCUSE"]
    assert events, _types(coder, text)
    assert [r.text for r in events[0].recipient] == [recipient]


@pytest.mark.parametrize(
    "text",
    [
        "The town, under fire from rebels, was evacuated.",
        "The convoy, under fire for an hour, reached the border.",
    ],
)
def test_events_verbal_acts_political_state_of_force_needs_its_verb(coder, text: str) -> None:
    """Fire or attack undergone with no word that makes it verbal codes no criticism, and
    without a verb of its own no attack either."""
    types = _types(coder, text)
    assert "ACCUSE" not in types and "ASSAULT" not in types, types


@pytest.mark.parametrize(
    ("text", "held", "arrested"),
    [
        ("Police arrested the man on charges of fraud.", "the man", True),
        ("The mayor was arrested on federal charges of bribery.", "The mayor", True),
        ("The former minister was indicted on corruption charges.", "The former minister", False),
    ],
)
def test_events_verbal_acts_political_held_on_charges(
    coder, text: str, held: str, arrested: bool
) -> None:
    """ "arrested on charges of fraud": the charges are an accusation of the one held,
    beside the arrest (news guidelines: "sue/bring charges" is ACCUSE); an indictment
    alone is the accusation, no arrest (PLOVER ACCUSE `allege`: "sue, indict, or charge")."""
    events = events_of(coder, text)
    accuse = [e for e in events if e.event == "ACCUSE"]
    assert accuse, [e.event for e in events]
    assert [r.text for r in accuse[0].recipient] == [held]
    assert ("COERCE" in [e.event for e in events]) == arrested
