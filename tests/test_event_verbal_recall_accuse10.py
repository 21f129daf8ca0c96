"""Verbal events of political news found by general constructions (issue 24 items 6, 1;
branch accuse10): a call "for" a party "to" act, a reproach ("said the agency should have
acted"), a party's thing censured ("said the governor's reckless plan"), criticism in
"rail at" and "go after",
praise in "credit ... for", words of judgement said of a party, and endorsements to come;
with the near misses each guards against. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


def _types(coder, text: str) -> list[str]:
    return [e.event for e in events_of(coder, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "for ... to" clause: the call is addressed to the clause's subject
        ("Dozens of parents are calling for the principal to step aside.", "REQUEST"),
        ("The union called for the mayor to quit the race.", "REQUEST"),
        ("The senator pushed for the council to approve the budget.", "REQUEST"),
        # criticism in words
        ("The mayor railed at the governor's handling of the storm.", "ACCUSE"),
        ("Opposition leaders kept going after the prime minister.", "ACCUSE"),
        # praise for a deed, by someone named
        ("The senator credited the governor for the recovery.", "SUPPORT"),
        ("The governor was credited by the union for the deal.", "SUPPORT"),
        # words of judgement said of a party
        ("The senator said the minister was insensitive.", "ACCUSE"),
        ('"The minister is an idiot," the senator said.', "ACCUSE"),
        ("The candidate called the governor disingenuous.", "ACCUSE"),
        # what a party should have done and did not: a reproach, criticism
        ("The senator said the agency should have acted sooner.", "ACCUSE"),
        ('"The minister should have resigned," the senator said.', "ACCUSE"),
        ("The senator said the minister ought to have resigned.", "ACCUSE"),
        # disapproval voiced as an emotion about a party
        ("Lawmakers are mad at the governor.", "ACCUSE"),
        ("Lawmakers were appalled by the governor's remarks.", "ACCUSE"),
        ('"The minister was careless with the files," the senator said.', "ACCUSE"),
        # a party's quality called into doubt; distancing from a party; praise
        ("A council member argued that the mayor's competence was in question.", "ACCUSE"),
        ("The party is dissociating itself from the senator.", "REJECT"),
        ("The senator said the governor was a brilliant leader.", "SUPPORT"),
        # a party's thing censured in reported speech
        ("The senator said the governor's reckless plan would hurt families.", "ACCUSE"),
        # an endorsement to come is an endorsement, status future
        ("The union will endorse the mayor next week.", "SUPPORT"),
    ],
)
def test_verbal_recall_coded(rules, text: str, expected: str) -> None:
    assert expected in _types(rules, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # what a party should do now is a demand, not a reproach
        ("The senator said the minister should resign.", "ACCUSE"),
        ("The senator said the minister ought to resign.", "ACCUSE"),
        # waiting for someone to act asks nothing of them
        ("The crowd waited for the mayor to arrive.", "REQUEST"),
        # a standing reputation, no one named who praises
        ("Among farmers, the old minister is still credited for the irrigation scheme.", "SUPPORT"),
        # a thing in doubt, a thing praised
        ("The date of the vote is in question.", "ACCUSE"),
        ("The engineer said the new bridge design was brilliant.", "SUPPORT"),
        # a censure word outside reported speech, praise words in a plain description,
        # and the speaker's own past
        ("The governor's reckless plan was approved on Monday.", "ACCUSE"),
        ("The senator said the governor's good friend would attend.", "SUPPORT"),
        ("The senator said her own reckless youth was behind her.", "ACCUSE"),
        # a pursuit, not criticism
        ("The police went after the suspects.", "ACCUSE"),
        ("Detectives went after the gang that robbed the bank.", "ACCUSE"),
        # a feeling with no party it is about
        ("The hikers were horrified by the storm.", "ACCUSE"),
        # a judgement of a thing, not of a party
        ("The engineer said the bridge design was unstable.", "ACCUSE"),
        # an intent to endorse stays a pledge; an agreement to come is no support
        ("The union plans to endorse the mayor.", "SUPPORT"),
        ("The official said the agreement would be signed.", "SUPPORT"),
    ],
)
def test_verbal_recall_near_misses(rules, text: str, absent: str) -> None:
    assert absent not in _types(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # a "for … to" clause is the call's only in a row that takes a clause (``absorb``):
        # a prayer or thanks "for" a clause's event names no party it supports
        "Residents prayed for the storm to pass.",
        "The governor was thankful for the rain to stop.",
        # what a thing should have done reproaches no one and demands nothing
        "The senator said the shipment should have arrived on Monday.",
    ],
)
def test_clause_codes_nothing(rules, text: str) -> None:
    assert _types(rules, text) == []


def test_reproach_is_criticism_not_demand(rules) -> None:
    ev = next(
        e
        for e in events_of(rules, "The senator said the agency should have acted sooner.")
        if e.event == "ACCUSE"
    )
    assert ev.cameo == "111"
    assert any("agency" in r.text for r in ev.recipient)


def test_reproach_pattern_is_accuse() -> None:
    """The pattern the filter and absorption read is the reproach's, not a demand's."""
    import spacy

    from eventwire.annotators.event_triggers import _speech_candidate

    cand = _speech_candidate(spacy.blank("en")("said")[0], reproach=True)
    assert (cand.pat.event, cand.pat.mode, cand.pat.cameo) == ("ACCUSE", "disapprove", "111")


def test_call_for_clause_names_its_subject(rules) -> None:
    ev = next(
        e
        for e in events_of(rules, "The union called for the mayor to quit the race.")
        if e.event == "REQUEST"
    )
    assert any("mayor" in r.text for r in ev.recipient)


def test_future_endorsement_is_future(rules) -> None:
    ev = next(
        e
        for e in events_of(rules, "The union will endorse the mayor next week.")
        if e.event == "SUPPORT"
    )
    assert "future" in ev.aux
