"""Campaign and business reporting that reads like an act of support, an agreement or a
request, but reports none (NEWS-GUIDELINES.md: voter preferences, plain reporting and
business deals are no event): voters or a bare count of people backing a candidate
("voter preference", class ``electorate`` of object_classes.txt), a candidate's support
as a poll figure (class ``poll_change``), a request for comment (lexicon ``request/n for
&press_reply``), an agreement to buy or sell a business (classes ``acquisition`` and
``company``). The same words with a party acting still code, and so does a government's
or a state's purchase or sale (class ``state_owner``). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from helpers import coded_over

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    ("text", "event", "word"),
    [
        ("Suburban voters have rallied behind the mayor in recent weeks.", "SUPPORT", "rallied"),
        ("Independent voters backed the challenger by a wide margin.", "SUPPORT", "backed"),
        ("Young constituents overwhelmingly support the mayor.", "SUPPORT", "support"),
        (
            "The senator won the backing of thousands with her pledge to lower rents.",
            "SUPPORT",
            "won",
        ),
        (
            "The senator's support has slipped to 38 percent in the latest survey.",
            "SUPPORT",
            "support",
        ),
        ("Her support among women rose five points after the debate.", "SUPPORT", "support"),
        (
            "The minister's office ignored the Daily Courier's request for comment.",
            "REQUEST",
            "request",
        ),
        (
            "The senator's aides ignored a radio station's request for an interview.",
            "REQUEST",
            "request",
        ),
        (
            "The cement maker announced an agreement to buy a smaller rival company.",
            "AGREE",
            "agreement",
        ),
        (
            "The loss-making carrier agreed last week to be purchased by an investment group.",
            "AGREE",
            "agreed",
        ),
    ],
)
def test_event_precision_news_electorate_codes_nothing(rules_only, text, event, word) -> None:
    assert not coded_over(rules_only, text, event, word)


@pytest.mark.parametrize(
    ("text", "event", "trigger"),
    [
        ("The union is lining up behind the governor.", "SUPPORT", "lining"),
        ("The party's leaders backed the challenger on Tuesday.", "SUPPORT", "backed"),
        ("The prime minister won the support of the coalition partners.", "SUPPORT", "won"),
        ("Millions of workers backed the strike called by the union.", "SUPPORT", "backed"),
        ("The former president stumped for the governor in three counties.", "SUPPORT", "stumped"),
        ("The council rejected the opposition's request for a recount.", "REJECT", "rejected"),
        ("An activist who asked the minister to resign was escorted out.", "REQUEST", "asked"),
        ("Turkey agreed to buy fighter jets from the United States.", "AGREE", "agreed"),
        ("The union agreed to meet the company's managers on Friday.", "AGREE", "agreed"),
        ("The families sought the release of the hostages.", "REQUEST", "sought"),
        ("The rebels are seeking a place at the peace talks.", "REQUEST", "seeking"),
        ("The government agreed to buy the troubled bank.", "AGREE", "agreed"),
        (
            "The finance ministry announced an agreement to acquire the failing lender.",
            "AGREE",
            "agreement",
        ),
        ("The state agreed to sell its stake in the national airline.", "AGREE", "agreed"),
    ],
)
def test_event_precision_news_electorate_party_acts_still_code(
    rules_only, text, event, trigger
) -> None:
    assert (event, trigger) in _events(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        '"The theory that the bank could gain from the crisis should worry every investor," '
        "the analyst wrote.",
    ],
)
def test_event_precision_news_obligation_on_an_idea_is_no_request(rules_only, text) -> None:
    assert "REQUEST" not in [e for e, _ in _events(rules_only, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The senator told reporters that the governor should resign.",
        '"The council must release the files," the activist told the crowd.',
        "The minister said everyone should stay indoors during the storm.",
    ],
)
def test_event_precision_news_obligation_on_a_party_stays(rules_only, text) -> None:
    assert "REQUEST" in [e for e, _ in _events(rules_only, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The governor restored voting rights to 40,000 former prisoners on Tuesday.",
        "The court restored her citizenship after a two-year appeal.",
        "Island premier restores voting rights to exiled dissidents.",
        "The junta restored the right to assemble to opposition parties.",
    ],
)
def test_event_lexicon_restored_rights_concede(rules_only, text) -> None:
    assert "CONCEDE" in [e for e, _ in _events(rules_only, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The electricity company restored power to 3,000 homes.",
        "The army restored order in the capital.",
        "Surgeons restored the right arm of the injured worker.",
        "Doctors restored the use of his right hand.",
        "Surgeons restored the right knee of the injured climber.",
    ],
)
def test_event_lexicon_restored_service_is_no_concession(rules_only, text) -> None:
    assert "CONCEDE" not in [e for e, _ in _events(rules_only, text)]


@pytest.mark.parametrize(
    ("text", "event", "trigger"),
    [
        ("The senator tweeted her appreciation for the governor on Friday.", "SUPPORT", "tweeted"),
        ("The minister spoke to the Egyptian envoy on Monday.", "CONSULT", "spoke"),
    ],
)
def test_event_lexicon_words_for_a_party_code(rules_only, text, event, trigger) -> None:
    assert (event, trigger) in _events(rules_only, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The senator, speaking to a conference of teachers, did not name him.", "speaking"),
        ("The governor spoke to the party's convention on Thursday night.", "spoke"),
    ],
)
def test_event_lexicon_words_for_no_party_code_nothing(rules_only, text, word) -> None:
    assert not coded_over(rules_only, text, "CONSULT", word)


@pytest.mark.parametrize(
    "text",
    [
        '"There are frustrated families all over the valley," the mayor admitted.',
        '"Many taxpayers are frustrated by the endless road works," the councillor told the '
        "radio station.",
        "Residents were frustrated by the long delays at the border crossing.",
    ],
)
def test_event_precision_news_public_mood_is_no_accusation(rules_only, text) -> None:
    assert "ACCUSE" not in [e for e, _ in _events(rules_only, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Ankara are frustrated by the delays in the talks.",
        "The senator is furious with the party leadership over the vote.",
        "Republicans were incensed that the governor vetoed the bill.",
    ],
)
def test_event_precision_news_party_anger_stays(rules_only, text) -> None:
    assert "ACCUSE" in [e for e, _ in _events(rules_only, text)]
