"""Verbal conflict whose object or target sits in the clause around the verb (issue 24,
verbal6): thrown words in an object relative clause, acts judged to mean war, rivals'
attacks on a person, parties counted among another's critics, warnings of the warned
party's own prospects, and "trash" with
streets and property as its object. Every sentence was written for these tests.

The rules are tested with the learned filter off (``rules``): what the rules propose."""

from __future__ import annotations

import pytest
from helpers import events_of, ref_texts


@pytest.mark.parametrize(
    ("text", "expected", "actor", "recipient"),
    [
        # thrown words in an object relative clause (item 4)
        ("He regretted an insult he had hurled at the senator.", "ACCUSE", "he", "the senator"),
        (
            "The senator apologized for the slurs she flung at her opponent.",
            "ACCUSE",
            "The senator",
            "her opponent",
        ),
        (
            "She recalled the accusations the mayor had hurled at the council.",
            "ACCUSE",
            "the mayor",
            "the council",
        ),
        # acts judged to mean war (item 2)
        (
            "The senator said the governor's veto means war.",
            "ACCUSE",
            "The senator",
            "the governor's",
        ),
        (
            '"This means war," the senator said of the governor\'s veto.',
            "ACCUSE",
            "the senator",
            "the governor's",
        ),
        (
            "Iran said the sanctions were a declaration of war.",
            "ACCUSE",
            "Iran",
            "the sanctions",
        ),
        # rivals attacking a person in words, negated or not (item 3)
        (
            "One of her opponents attacked her over the tax plan.",
            "ACCUSE",
            "One of her opponents",
            "her",
        ),
        (
            "None of his rivals attacked him during the debate.",
            "ACCUSE",
            "None of his rivals",
            "him",
        ),
        # counted among a party's critics (item 1)
        (
            "Among the senator's detractors is the Teamsters union.",
            "ACCUSE",
            "the Teamsters union",
            "the senator's",
        ),
        (
            "The teachers' union is among the governor's harshest critics.",
            "ACCUSE",
            "The teachers' union",
            "the governor's",
        ),
        (
            "The mayor counts the police union among her fiercest critics.",
            "ACCUSE",
            "the police union",
            "The mayor",
        ),
        # warning the warned party of its own prospects (item 6)
        (
            "The president warned the rebels that they should expect little help.",
            "THREATEN",
            "The president",
            "the rebels",
        ),
        (
            "The mayor warned residents that they would get no relief from the state.",
            "THREATEN",
            "The mayor",
            "residents",
        ),
    ],
)
def test_event_constructions_verbal_forms_coded(rules, text, expected, actor, recipient) -> None:
    coded = [(e.event, ref_texts(e.actor), ref_texts(e.recipient)) for e in events_of(rules, text)]
    assert (expected, actor, recipient) in coded


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # thrown words are no weapons (item 4)
        ("He regretted an insult he had hurled at the senator.", "ASSAULT"),
        # a rival's act judged as war threatens nothing (item 2)
        ("The senator said the governor's veto means war.", "THREATEN"),
        # a warning of the warned party's own prospects criticises no one (item 6)
        ("The mayor warned residents that they would get no relief from the state.", "ACCUSE"),
        # damage to streets and property is no criticism (item 5)
        ("Striking workers trashed the streets of the capital.", "ACCUSE"),
        ("Fans trashed a hotel room after the match.", "ACCUSE"),
        ("Rioters trashed several shops and cars downtown.", "ACCUSE"),
        # a quantity head stands for its "of" object
        ("Looters trashed dozens of stores in the city center.", "ACCUSE"),
        # not among them, or a critic of books (item 1)
        ("The union is not among the governor's critics.", "ACCUSE"),
        ("She was among the first critics to read the novel.", "ACCUSE"),
        # a rival's attack "with" a weapon is force, not words (item 3)
        ("The senator's critics attacked him with knives outside his office.", "ACCUSE"),
    ],
)
def test_event_constructions_verbal_forms_not_coded(rules, text, absent) -> None:
    assert absent not in [e.event for e in events_of(rules, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the neighbouring senses keep their codes
        ("Protesters hurled stones at the police.", "ASSAULT"),
        ("The rocks the protesters hurled at police injured two officers.", "ASSAULT"),
        ("The senator trashed the governor's budget plan.", "ACCUSE"),
        ("The rebels released dozens of hostages on Friday.", "RETREAT"),
        ("Rebel commanders said they mean war.", "THREATEN"),
        ("The governor warned that the ministry was wasting funds.", "ACCUSE"),
        ("A gunman attacked him outside his home.", "ASSAULT"),
    ],
)
def test_event_constructions_verbal_forms_other_senses_kept(rules, text, expected) -> None:
    assert expected in [e.event for e in events_of(rules, text)]


def test_event_constructions_verbal_forms_negation_kept(rules) -> None:
    ev = events_of(rules, "None of his rivals attacked him during the debate.")[0]
    assert "negation" in ev.aux
