"""Words of moral or mental censure added to ``evaluative.txt`` in accuse17 (a thesaurus of
"crazy", "vicious", "greedy", "fool" and "tyrant"): said of a party in reported speech or
after a verb of naming they are the speaker's criticism (ACCUSE); words as often said of a
misfortune or a substance are left out, so a loss called terrible or a company's crude oil
judges no one. Sentences written for these tests, with invented names."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            '"The governor is vindictive and paranoid," Senator Jane Brown said.',
            "Brown",
            "governor",
        ),
        ("Senator Paul Reyes said the governor was a buffoon.", "Reyes", "governor"),
        ("Councilwoman Ada Brill called the governor's plan ludicrous.", "Brill", "governor"),
    ],
)
def test_event_evaluation_censure_word_accuses(
    coder, text: str, actor: str, recipient: str
) -> None:
    found = [e for e in events_of(coder, text) if e.event == "ACCUSE"]
    assert found, f"no ACCUSE in {text!r}"
    assert any(actor in a.text for a in found[0].actor), found[0].actor
    assert any(recipient in r.text for r in found[0].recipient), found[0].recipient


@pytest.mark.parametrize(
    "text",
    [
        '"The senator\'s death is a terrible loss," Governor Ann Pike said.',
        "Mayor Ron Dale said the refinery's crude oil was shipped north.",
    ],
)
def test_event_evaluation_misfortune_or_substance_judges_no_one(coder, text: str) -> None:
    assert not [e for e in events_of(coder, text) if e.event == "ACCUSE"], text


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # a verb of wrongdoing, an adverb of censure, a possessed wrong (accuse17)
        ("Mayor Ron Dale said the ministry had neglected the dams for years.", "Dale", "ministry"),
        (
            "Senator Jane Brown said the agency had flagrantly ignored the ruling.",
            "Brown",
            "agency",
        ),
        ('"The mayor\'s cronyism has to end," Councilwoman Ada Brill said.', "Brill", "mayor"),
    ],
)
def test_event_evaluation_wrong_told_accuses(coder, text: str, actor: str, recipient: str) -> None:
    found = [e for e in events_of(coder, text) if e.event == "ACCUSE"]
    assert found, f"no ACCUSE in {text!r}"
    assert any(actor in a.text for a in found[0].actor), found[0].actor
    assert any(recipient in r.text for r in found[0].recipient), found[0].recipient
