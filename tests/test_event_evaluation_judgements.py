"""Evaluative reported speech: a speaker who says a party is bad or good criticises
(ACCUSE) or praises (SUPPORT) it, without a verb of criticism ("X said the governor's
budget was an irresponsible gamble"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        (
            '"Governor Alma Ruiz did a superb job during the flood," Senator Peter Lund said.',
            "SUPPORT",
            "Lund",
            "Ruiz",
        ),
        (
            "Senator Peter Lund said the governor's budget was an irresponsible gamble.",
            "ACCUSE",
            "Lund",
            "governor",
        ),
        (
            '"The senator\'s tax bill is a cowardly retreat," said Rita Olsen, a spokeswoman'
            " for the Greens.",
            "ACCUSE",
            "Olsen",
            "senator",
        ),
        (
            "Opposition leader Hugo Brandt called Prime Minister Lena Voigt's reform"
            ' "indefensible".',
            "ACCUSE",
            "Brandt",
            "Voigt",
        ),
        (
            # the object complement parsed as a modifier after the object
            'Trade envoy Maria Lopez called Brazil\'s move "unjustified" and said the tariffs'
            " were unfair.",
            "ACCUSE",
            "Lopez",
            "Brazil",
        ),
        (
            '"Senator Ray Colby is a principled public servant," Governor Ann Pike told reporters.',
            "SUPPORT",
            "Pike",
            "Colby",
        ),
    ],
)
def test_event_evaluation_judgement_of_a_party(
    coder, text: str, kind: str, actor: str, recipient: str
) -> None:
    found = [e for e in events_of(coder, text) if e.event == kind]
    assert found, f"no {kind} in {text!r}"
    ev = found[0]
    assert any(actor in a.text for a in ev.actor)
    assert any(recipient in r.text for r in ev.recipient)
    assert (ev.rule or "").startswith("evaluation:")


@pytest.mark.parametrize(
    "text",
    [
        # negated
        '"Governor Alma Ruiz is not corrupt," Senator Peter Lund said.',
        # hypothetical
        '"If Governor Alma Ruiz were corrupt, we would know," Senator Peter Lund said.',
        # the speaker's own side
        '"We are tireless and honest," Senator Peter Lund said.',
        # no party judged: the weather, the roads
        "Senator Peter Lund said the weather was dreadful and the roads dangerous.",
        # a party only mentioned beside the judgement, which is of a thing nobody owns
        '"The storm that hit Governor Alma Ruiz\'s state was a disaster," Lund said.',
        # the writer's own description, not reported speech
        "Governor Alma Ruiz is an honest and capable administrator.",
    ],
)
def test_event_evaluation_no_judgement_event(coder, text: str) -> None:
    judged = [e for e in events_of(coder, text) if (e.rule or "").startswith("evaluation:")]
    assert judged == []


def test_event_evaluation_not_twice_where_the_rules_code_it(coder) -> None:
    text = '"Governor Alma Ruiz is a disgrace," Senator Peter Lund said.'
    accusations = [e for e in events_of(coder, text) if e.event == "ACCUSE"]
    assert len(accusations) == 1


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # a verb of appearance links the party to its judgement as "be" does (accuse15)
        ("Senator Peter Lund said Governor Alma Ruiz seems reckless.", "Ruiz"),
        ("Senator Peter Lund said the governor's budget appears disastrous.", "governor"),
        ('"Mayor Tom Hale looks incompetent," Senator Peter Lund said.', "Hale"),
        ("Senator Peter Lund said Governor Alma Ruiz's answer sounds dishonest.", "Ruiz"),
    ],
)
def test_event_evaluation_judgement_after_a_verb_of_appearance(
    coder, text: str, recipient: str
) -> None:
    found = [e for e in events_of(coder, text) if e.event == "ACCUSE"]
    assert found, f"no ACCUSE in {text!r}"
    assert any("Lund" in a.text for a in found[0].actor)
    assert any(recipient in r.text for r in found[0].recipient)


@pytest.mark.parametrize(
    "text",
    [
        # negated, or said of a thing nobody owns
        "Senator Peter Lund said Governor Alma Ruiz does not seem reckless.",
        "Senator Peter Lund said the weather looks dangerous this week.",
        # the speaker's own side
        '"We may look foolish, but we are right," Senator Peter Lund said.',
    ],
)
def test_event_evaluation_no_judgement_after_a_verb_of_appearance(coder, text: str) -> None:
    judged = [e for e in events_of(coder, text) if (e.rule or "").startswith("evaluation:")]
    assert judged == []
