"""Acts undergone: "came under attack/fire", "faced criticism from": the subject is the
recipient and the "from"/"by" phrase the actor (lexicon flag ``undergone``). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


def _assert_roles(ev, actor: str | None, recipient: str, exact: bool = False) -> None:
    """The event's one recipient is ``recipient``; its actor is none, or one that is (or,
    unless ``exact``, holds) ``actor``."""
    assert [r.text for r in ev.recipient] == [recipient], ev.recipient
    if actor is None:
        assert ev.actor == [], ev.actor
    elif exact:
        assert [a.text for a in ev.actor] == [actor], ev.actor
    else:
        assert len(ev.actor) == 1 and actor in ev.actor[0].text, ev.actor


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        (
            "The aid convoy came under attack from rebels on the mountain road.",
            "ASSAULT",
            "rebels",
            "The aid convoy",
        ),
        (
            "A border patrol came under fire from smugglers.",
            "ASSAULT",
            "smugglers",
            "A border patrol",
        ),
        (
            "The refugee camp came under assault from militia fighters.",
            "ASSAULT",
            "militia",
            "The refugee camp",
        ),
        ("The embassy came under attack overnight.", "ASSAULT", None, "The embassy"),
        (
            "The governor faced criticism from the teachers' union.",
            "ACCUSE",
            "union",
            "The governor",
        ),
    ],
)
def test_event_roles_undergone_subject_is_the_recipient(
    coder, text: str, kind: str, actor: str | None, recipient: str
) -> None:
    ev = next(e for e in events_of(coder, text) if e.event == kind)
    _assert_roles(ev, actor, recipient)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The minister came under fire from opposition lawmakers.", "lawmakers", "The minister"),
        (
            "The governor came under attack from Senator Ruth Calloway.",
            "Calloway",
            "The governor",
        ),
        ("The mayor came under fire over his budget.", None, "The mayor"),
    ],
)
def test_event_roles_undergone_attack_in_words_is_criticism(
    coder, text: str, actor: str | None, recipient: str
) -> None:
    events = events_of(coder, text)
    assert not [e for e in events if e.event == "ASSAULT"], events
    ev = next(e for e in events if e.event == "ACCUSE")
    _assert_roles(ev, actor, recipient)


def _only(coder, text: str, kind: str, trigger: str | None = None):
    found = [
        e
        for e in events_of(coder, text)
        if e.event == kind and (trigger is None or e.trigger.text == trigger)
    ]
    assert found, events_of(coder, text)
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        # each undergone verb, with its source named and without: the wrong the act is
        # about ("of bribery", "over the rules", "for the vote") is never its actor
        ("The agency drew criticism from farm groups.", "ACCUSE", "farm groups", "The agency"),
        ("The agency drew condemnation over the new rules.", "ACCUSE", None, "The agency"),
        ("The envoy attracted a rebuke from the premier.", "ACCUSE", "the premier", "The envoy"),
        ("The councillor garnered criticism for the vote.", "ACCUSE", None, "The councillor"),
        ("The bank earned scrutiny from auditors.", "ACCUSE", "auditors", "The bank"),
        ("The senator faced accusations of bribery.", "ACCUSE", None, "The senator"),
        (
            "The senator faced accusations of bribery from a former aide.",
            "ACCUSE",
            "a former aide",
            "The senator",
        ),
        ("The mayor faces charges of fraud.", "ACCUSE", None, "The mayor"),
        (
            "The mayor faces charges of fraud from state prosecutors.",
            "ACCUSE",
            "state prosecutors",
            "The mayor",
        ),
        (
            "The mayor faces the prosecutors' charges of fraud.",
            "ACCUSE",
            "prosecutors",
            "The mayor",
        ),
        ("The firm faces an investigation of tax evasion.", "ACCUSE", None, "The firm"),
        ("The firm faces a probe by European regulators.", "ACCUSE", "regulators", "The firm"),
        (
            "The party secured the backing of a teachers' union.",
            "SUPPORT",
            "union",
            "The party",
        ),
    ],
)
def test_event_roles_undergone_wrong_is_never_the_actor(
    coder, text: str, kind: str, actor: str | None, recipient: str
) -> None:
    _assert_roles(_only(coder, text, kind), actor, recipient)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # a passive legal act whose "by" phrase the parser hangs on the wrong
        (
            "The mayor was charged with fraud by state prosecutors.",
            "state prosecutors",
            "The mayor",
        ),
        (
            "The soldier was charged with murder by army prosecutors.",
            "army prosecutors",
            "The soldier",
        ),
        ("The mayor was charged with fraud.", None, "The mayor"),
    ],
)
def test_event_roles_passive_legal_act_agent_hung_on_the_wrong(
    coder, text: str, actor: str | None, recipient: str
) -> None:
    _assert_roles(_only(coder, text, "ACCUSE"), actor, recipient, exact=True)


def test_event_roles_subject_who_brings_charges_is_the_actor(coder) -> None:
    # the near miss: the subject brings the charges; the party they are against receives
    ev = _only(coder, "The senator brought charges of fraud against the mayor.", "ACCUSE")
    assert [a.text for a in ev.actor] == ["The senator"]
    assert [r.text for r in ev.recipient] == ["the mayor"]


def test_event_roles_one_held_on_charges_does_not_bring_them(coder) -> None:
    # the one who appears in court or faces arrest on charges undergoes them
    ev = _only(
        coder, "The banker appeared in court on charges of embezzlement.", "ACCUSE", "charges"
    )
    assert ev.actor == [], ev.actor


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # near miss: whoever holds someone on the charges stays the actor, whether the one
        # held is a party noun or a plain person noun
        ("Police arrested the journalist on charges of spying.", "Police", "the journalist"),
        ("Officers detained a shopkeeper on charges of arson.", "Officers", "a shopkeeper"),
        (
            "A magistrate jailed the accountant on charges of forgery.",
            "A magistrate",
            "the accountant",
        ),
    ],
)
def test_event_roles_one_who_holds_on_charges_stays_the_actor(
    coder, text: str, actor: str, recipient: str
) -> None:
    _assert_roles(_only(coder, text, "ACCUSE", "charges"), actor, recipient, exact=True)
