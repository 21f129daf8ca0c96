"""Words of support that report none, or report another type
(../shared/eval/events/NEWS-GUIDELINES.md): support counted as a poll's share ("61 percent
would vote for her", "back the senator by 14 points", "polls at 38 percent support");
ordinary people described as supporters ("the residents who back her"); support of
oneself ("to defend itself"); signing, which the guidelines list under AGREE (a treaty
or an accord signed stays SUPPORT 057, as the PLOVER gold standard codes it), and papers
signed (a letter, a bill) or "sign up"; recognition of no party ("recognizes
excellence"); approving a deal or a sale (AGREE). The near misses with a party acting
still code SUPPORT. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    "text",
    [
        "Sixty-one percent of those asked would vote for Doe in the runoff.",
        "Just three percent of respondents would vote for the retired judge.",
        "In the Ruritanian survey, 7 percent declared backing for the Farmers' League.",
        "Pensioners back the senator by 14 points in the new survey.",
        "Students support the challenger by an 11-point margin.",
        "Her 27% support puts her ahead of the mayor.",
        "The governor polls ahead of the others with 38 percent support.",
        "Readers can sign up for the daily digest on the website.",
        "The governor signed a bill on Monday that lowers the fuel levy.",
        "Thirty former envoys signed a letter to the committee.",
        "The lender signed a $12 million credit facility with the utility.",
        "The society's medal recognizes excellence in local reporting.",
        "The ministry approved a contract to sell patrol boats to the navy.",
        "The island state must buy more frigates to defend itself.",
        "The mayor said she could not forgive herself for the delay.",
        "The minister defended himself against the charges.",
        "Rents keep rising because of the zoning rules and the residents who back them.",
        "Many residents backing the mayor stayed home on Sunday.",
    ],
)
def test_event_support_none_where_no_support_is_reported(rules_only, text) -> None:
    assert "SUPPORT" not in [e for e, _ in _events(rules_only, text)]


@pytest.mark.parametrize(
    ("text", "event", "trigger"),
    [
        ("The lender signed a $12 million credit facility with the utility.", "AGREE", "signed"),
        ("The two port cities signed a memorandum on ferry links.", "AGREE", "signed"),
        ("The ministry approved a contract to sell patrol boats to the navy.", "AGREE", "approved"),
    ],
)
def test_event_support_signing_and_approving_a_deal_agree(rules_only, text, event, trigger) -> None:
    assert (event, trigger) in _events(rules_only, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The party's leaders backed the challenger on Tuesday.", "backed"),
        ("The president defended his adviser against the charges.", "defended"),
        ("The union's chairman, who supports the governor, spoke on Friday.", "supports"),
        ("Hundreds of farmers gathered outside the court to support the minister.", "support"),
        ("The senator endorsed Doe on Tuesday.", "endorsed"),
        ("Several Democrats are endorsing the governor.", "endorsing"),
        ("A majority of lawmakers backed the minister's budget.", "backed"),
        ("The governor said she would vote for the education bill.", "vote"),
        ("The mayor recognized the firefighters for their courage.", "recognized"),
        ("The government formally recognized the new republic on Monday.", "recognized"),
        ("The upper chamber approved the merger plan in March.", "approved"),
        (
            "Democratic senators, including the two deputies of Majority Leader Jane Doe, "
            "have thrown their support behind the president.",
            "thrown",
        ),
    ],
)
def test_event_support_party_acts_still_code(rules_only, text, trigger) -> None:
    assert ("SUPPORT", trigger) in _events(rules_only, text)
