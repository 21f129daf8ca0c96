"""Words of support that report none, or report another type
(../shared/eval/events/NEWS-GUIDELINES.md): support counted as a poll's share ("61 percent
would vote for her", "back the senator by 14 points", "polls at 38 percent support");
ordinary people described as supporters ("the residents who back her"); support of oneself
("to defend itself"); signing, which the guidelines list under AGREE (030), and a measure
approved or voted for, consent (AGREE 030), while a formal accord signed, ratified or
approved is one act, SUPPORT 057, as the PLOVER gold standard codes it; papers signed (a
letter, a bill) or "sign up", which are no event at all; recognition of no party
("recognizes excellence"). The near misses with a party acting, a figure that is no share of
the acting subject, a legislature's margin, or an object joined to a reflexive still code
SUPPORT. Sentences invented for these tests."""

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
        "The lender signed a $12 million credit facility with the utility.",
        "The guild's annual prize recognizes excellence in bridge design.",
        "After a long hearing, the regional board approved a contract for school meals.",
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
    "text",
    [
        "Readers can sign up for the daily digest on the website.",
        "The governor signed a bill on Monday that lowers the fuel levy.",
        "Thirty former envoys signed a letter to the committee.",
    ],
)
def test_event_support_papers_signed_are_no_event(rules_only, text) -> None:
    assert not [t for _, t in _events(rules_only, text) if t.lower().startswith("sign")]


def _coded(coder: Coder, text: str) -> list[tuple[str, str, str | None]]:
    return [(e.event, e.trigger.text, e.cameo) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    ("text", "event", "trigger", "cameo"),
    [
        (
            "The lender signed a $12 million credit facility with the utility.",
            "AGREE",
            "signed",
            "030",
        ),
        ("The two port cities signed a memorandum on ferry links.", "AGREE", "signed", "030"),
        (
            "After a long hearing, the regional board approved a contract for school meals.",
            "AGREE",
            "approved",
            "030",
        ),
        (
            "The two provinces signed a water-sharing accord after months of talks.",
            "SUPPORT",
            "signed",
            "057",
        ),
        ("The assembly ratified the border treaty on Tuesday.", "SUPPORT", "ratified", "057"),
        ("The senate approved the border treaty on Tuesday.", "SUPPORT", "approved", "057"),
        ("The upper chamber approved the merger plan in March.", "AGREE", "approved", "030"),
        ("The governor said she would vote for the education bill.", "AGREE", "vote", "030"),
    ],
)
def test_event_support_signing_and_approving_code_one_way(
    rules_only, text, event, trigger, cameo
) -> None:
    assert (event, trigger, cameo) in _coded(rules_only, text)


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
        ("The mayor recognized the firefighters for their courage.", "recognized"),
        ("The government formally recognized the new republic on Monday.", "recognized"),
        (
            "A dozen union locals, along with their three regional heads, threw their support "
            "behind the mayor.",
            "threw",
        ),
        (
            "The Greens, which won 38 percent of the vote last spring, endorsed the governor "
            "on Monday.",
            "endorsed",
        ),
        (
            "The premier, with 45 percent support in the assembly, backed the fisheries deal.",
            "backed",
        ),
        ("The delegates endorsed the new charter by a two-thirds vote on Sunday.", "endorsed"),
        ("The mayor defended herself and her two aides at the hearing.", "defended"),
    ],
)
def test_event_support_party_acts_still_code(rules_only, text, trigger) -> None:
    assert ("SUPPORT", trigger) in _events(rules_only, text)
