"""A kind of act named as the subject of a judgement ("it is wrong to bomb …", "makes
it a crime to attack …") and a yes/no question ("Can they destroy him?") report no act;
the same verbs reporting an act still code (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("It is wrong to bomb hospitals, the minister said.", "bomb"),
        ("It would be a mistake to expel the diplomats.", "expel"),
        ("The new statute makes it a felony to attack a polling station.", "attack"),
        ("It was illegal to detain reporters without a warrant, the judge ruled.", "detain"),
        ("Many voters find it hard to criticize a popular governor.", "criticize"),
        # two verbs sharing one infinitive, parsed with "it a crime" as their subject
        ("The statute made it a Federal crime to attack or blockade a polling station.", "attack"),
        (
            "The statute made it a Federal crime to attack or blockade a polling station.",
            "blockade",
        ),
    ],
)
def test_event_precision_generic_act_codes_no_event(rules_only, text, trigger) -> None:
    assert all(t != trigger for _, t in _events(rules_only, text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Can the opposition destroy the president?", "destroy"),
        ("Will the army attack the rebels before the winter?", "attack"),
        ('"Should the council expel its own members?" the mayor wrote.', "expel"),
        ("Did anyone really think the senators would endorse him?", "endorse"),
    ],
)
def test_event_precision_yes_no_question_codes_no_event(rules_only, text, trigger) -> None:
    assert all(t != trigger for _, t in _events(rules_only, text))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The army bombed two hospitals in the north.", "ASSAULT"),
        ("The government expelled the diplomats on Monday.", "SANCTION"),
        ("Police detained three reporters outside the court.", "COERCE"),
        ("The senator criticized the governor over the budget.", "ACCUSE"),
        # a question about an act that happened: the act is told
        ("Why did the army attack the village?", "ASSAULT"),
        # the party named who is to act: a demand or a plan, not a kind of act
        ("The rebels said they were ready to attack the capital.", "THREATEN"),
    ],
)
def test_event_precision_generic_and_question_event_still_codes(rules_only, text, event) -> None:
    assert event in [e for e, _ in _events(rules_only, text)]
