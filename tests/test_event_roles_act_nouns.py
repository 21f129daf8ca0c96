"""Participants of acts named by nouns: the noun's own agent (a possessor, a "by" phrase, a
party's adjective or "-led") is the actor; the clause's subject is the actor only where
the clause's verb performs the act (a light verb, "carried out", "took part in",
"claimed responsibility for"), never where the noun is an adjunct or another complement
of the verb ("after the bombing", "over the poisoning", "condemned the attack"). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


def _act(coder, text: str, kind: str, word: str):
    """The event of ``kind`` whose trigger is ``word``."""
    return next(e for e in events_of(coder, text) if e.event == kind and e.trigger.text == word)


@pytest.mark.parametrize(
    ("text", "kind", "word", "actor"),
    [
        (
            "Government troops carried out an attack on the rebel town of Kelso.",
            "ASSAULT",
            "attack",
            "Government troops",
        ),
        ("Troops conducted raids on several villages.", "ASSAULT", "raids", "Troops"),
        (
            "The Kelso Front took part in the attack on the convoy.",
            "ASSAULT",
            "attack",
            "The Kelso Front",
        ),
        (
            "The Kelso Front claimed responsibility for the bombing of the police station.",
            "ASSAULT",
            "bombing",
            "The Kelso Front",
        ),
        (
            "Officials said the Kelso Front was responsible for the bombing of a fuel depot.",
            "ASSAULT",
            "bombing",
            "the Kelso Front",
        ),
        (
            "The envoy wrapped up a long meeting with the Iraqi president.",
            "CONSULT",
            "meeting",
            "The envoy",
        ),
        (
            "The bombing of the bridge by rebel forces cut the main road.",
            "ASSAULT",
            "bombing",
            "rebel forces",
        ),
        (
            "The ministry condemned the militia's attack on the village.",
            "ASSAULT",
            "attack",
            "the militia's",
        ),
    ],
)
def test_act_noun_actor_is_its_agent_or_the_performer(
    coder, text: str, kind: str, word: str, actor: str
) -> None:
    ev = _act(coder, text, kind, word)
    assert [a.text for a in ev.actor] == [actor], ev.actor


@pytest.mark.parametrize(
    ("text", "kind", "word", "not_actor"),
    [
        (
            "Four governments expelled envoys in anger at the poisoning of an exiled defector.",
            "ASSAULT",
            "poisoning",
            "Four governments",
        ),
        (
            "Police arrested three men after the bombing of the market.",
            "ASSAULT",
            "bombing",
            "Police",
        ),
        (
            "The ministry condemned the attack on the village.",
            "ASSAULT",
            "attack",
            "The ministry",
        ),
    ],
)
def test_act_noun_in_an_adjunct_or_complement_takes_no_clause_subject(
    coder, text: str, kind: str, word: str, not_actor: str
) -> None:
    """The near misses: the clause's subject did not do the act its adjunct or object
    names; the act keeps its own participants (none here)."""
    evs = [e for e in events_of(coder, text) if e.event == kind and e.trigger.text == word]
    assert evs
    for ev in evs:
        assert not_actor not in [a.text for a in ev.actor], ev.actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A Russian air strike on the port killed four people.", ["Russian"]),
        ("The militia's raid on the camp killed four people.", ["The militia's"]),
        ("Security forces killed four people.", ["Security forces"]),  # a party, no act
        # an adjective is no argument: the act's phrase stays, and names the rebels
        ("A rebel attack killed four soldiers.", ["A rebel attack"]),
    ],
)
def test_act_noun_as_subject_gives_its_agent(coder, text: str, actor: list[str]) -> None:
    """A verb whose subject names an act has the act's agent for actor, never the act."""
    ev = _act(coder, text, "ASSAULT", "killed")
    assert [a.text for a in ev.actor] == actor, ev.actor


def test_body_named_by_an_act_noun_stays_the_actor(coder) -> None:
    """A mission is a body sent as well as an act: as a subject it is the actor."""
    ev = _act(coder, "The UN mission condemned the shelling of the camp.", "ACCUSE", "condemned")
    assert [a.text for a in ev.actor] == ["The UN mission"], ev.actor
