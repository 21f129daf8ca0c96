"""Campaign and business reporting that reads like an act of support, an agreement or a
request, but reports none (NEWS-GUIDELINES.md: voter preferences, campaign events, plain
reporting and business deals are no event): voters or a bare count of people backing a
candidate ("voter preference", class ``electorate`` of object_classes.txt), a candidate's
support as a poll figure (class ``poll_change``), stumping for votes (lexicon ``stump for
&prize``), a request for comment (lexicon ``request/n for &press_reply``), a reporter who
asks in a relative clause (senses.tsv ``adverbial``), an agreement to buy or sell a
business (classes ``acquisition`` and ``company``), seeking control or a contest's prize
(lexicon ``seek control``, ``seek &prize``). The same words with a party acting still
code (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rural voters are lining up behind the governor.", "lining"),
        ("Independent voters backed the challenger by a wide margin.", "backed"),
        ("Young constituents overwhelmingly support the mayor.", "support"),
        ("The mayor won the support of millions with his promise to cut fares.", "won"),
        ("The senator's support has slipped to 38 percent in the latest survey.", "support"),
        ("Her support among women rose five points after the debate.", "support"),
        ("The two candidates are stumping for every last vote before the primary.", "stumping"),
        (
            "The minister's office did not respond to the Daily Courier's request for comment.",
            "request",
        ),
        (
            "A spokesman for the senator did not respond to a radio station's request for an "
            "interview.",
            "request",
        ),
        (
            "A television reporter who has been asking repeatedly about the release of the "
            "senator's tax returns got an answer on Sunday.",
            "asking",
        ),
        (
            "The regional lender announced an agreement to acquire the rival bank.",
            "agreement",
        ),
        ("The struggling exchange has agreed to be acquired by a Tokyo brokerage.", "agreed"),
        ("A second group of shareholders is seeking control of the restaurant chain.", "seeking"),
        ("The governor is seeking the nomination for a second term.", "seeking"),
    ],
)
def test_event_precision_news_electorate_codes_nothing(rules_only, text, trigger) -> None:
    assert all(t != trigger for _, t in _events(rules_only, text))


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
    ],
)
def test_event_precision_news_electorate_party_acts_still_code(
    rules_only, text, event, trigger
) -> None:
    assert (event, trigger) in _events(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        '"Nobody should doubt our resolve," the general told the troops.',
        'But, she told the delegates, "no one should doubt our commitment to our allies."',
        '"The notion that the firm could profit from the war should sound an alarm for the '
        'party," the senator wrote.',
    ],
)
def test_event_precision_news_obligation_on_no_one_is_no_request(rules_only, text) -> None:
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
        "Ohio governor restores voting rights to former inmates.",
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
    ],
)
def test_event_lexicon_restored_service_is_no_concession(rules_only, text) -> None:
    assert "CONCEDE" not in [e for e, _ in _events(rules_only, text)]


@pytest.mark.parametrize(
    ("text", "event", "trigger"),
    [
        ("The candidate had harsh words for the governor during the debate.", "ACCUSE", "had"),
        ("The mayor had kind words for the police chief on Monday.", "SUPPORT", "had"),
        ("The senator tweeted her appreciation for the governor on Friday.", "SUPPORT", "tweeted"),
        ("The minister spoke to the Egyptian envoy on Monday.", "CONSULT", "spoke"),
    ],
)
def test_event_lexicon_words_for_a_party_code(rules_only, text, event, trigger) -> None:
    assert (event, trigger) in _events(rules_only, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The coach had harsh words for the weather after the match.", "had"),
        ("The senator, speaking to a conference of teachers, did not name him.", "speaking"),
        ("The governor spoke to the party's convention on Thursday night.", "spoke"),
    ],
)
def test_event_lexicon_words_for_no_party_code_nothing(rules_only, text, trigger) -> None:
    assert all(t != trigger for _, t in _events(rules_only, text))


@pytest.mark.parametrize(
    "text",
    [
        '"We know there are frustrated people here at home too," the senator said.',
        '"Millions of American voters are understandably angry and frustrated by the policies '
        'that are hurting them," he said.',
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
