"""Sectors through compound titles and coreference: a corporate "officer" is no soldier, a
company's board is no government, "she" does not join "a man", a jet is no "he".
Invented names and sentences."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _entity_of(coder: Coder, text: str, mention: str) -> tuple[str | None, list[str], list[str]]:
    """(code, sectors, mention texts) of the entity holding the mention."""
    for ent in coder.code(text, date="2016-05-01").entities:
        texts = [m.text for m in ent.mentions]
        if mention in texts:
            return ent.code, list(ent.sectors), texts
    raise AssertionError(f"no entity holds {mention!r}")


@pytest.mark.parametrize(
    ("text", "mention", "sectors"),
    [
        # corporate officers (the C-suite) and civilian "... officer" occupations
        (
            "The chief financial officer of Norvex Holdings resigned on Tuesday.",
            "The chief financial officer of Norvex Holdings",
            ["BUS"],
        ),
        ("Karen Milo, the chief executive officer, praised the workers.", "Karen Milo", ["BUS"]),
        (
            "Dana Whitfield, the company's chief operating officer, told analysts it would work.",
            "Dana Whitfield",
            ["BUS"],
        ),
        ("A loan officer at the bank approved the deal.", "A loan officer at the bank", ["BUS"]),
        (
            "The compliance officer of the firm denied the accusation.",
            "The compliance officer of the firm",
            ["BUS"],
        ),
        ("A corrections officer hit an inmate in Ohio.", "A corrections officer", ["COP"]),
        # the military and police readings stay
        (
            "The commanding officer of the battalion ordered a retreat.",
            "The commanding officer of the battalion",
            ["MIL"],
        ),
        ("A police officer arrested two men in Lagos.", "A police officer", ["COP"]),
        # a board takes its sector from what it is the board of
        ("The board of the bank rejected the offer.", "The board of the bank", ["BUS"]),
        ("The school board voted to close the library.", "The school board", ["EDU"]),
        ("The board of directors fired the manager.", "The board of directors", ["BUS"]),
        ("The parole board refused to free him.", "The parole board", ["GOV"]),
    ],
)
def test_actors_title_sectors_compound_titles(coder, text, mention, sectors):
    assert _entity_of(coder, text, mention)[1] == sectors


@pytest.mark.parametrize(
    "text",
    [
        "The board of Norvex Holdings rejected the offer.",
        "The board approved the merger on Monday.",
    ],
)
def test_actors_title_sectors_bare_board_is_no_government(coder, text):
    """A board named by no state body is not coded GOV (most boards in news are corporate)."""
    for ent in coder.code(text, date="2016-05-01").entities:
        assert "GOV" not in ent.sectors, (ent.sectors, [m.text for m in ent.mentions])


@pytest.mark.parametrize(
    ("text", "pronoun", "other"),
    [
        # a gendered noun heading an unnamed person
        (
            "Police in Denver arrested a man on Friday. She said the firm would appeal.",
            "She",
            "a man",
        ),
        ("A policewoman stopped the van. He said nothing.", "He", "A policewoman"),
        # a gendered title run into a name the dictionary does not know
        (
            "Campaign spokeswoman Dana Reyes came late. He said the rally would go ahead.",
            "He",
            "Campaign spokeswoman Dana Reyes",
        ),
        # a craft is a thing, never "he" or "she"
        (
            "The tycoon flew in on a small private jet. He said the deal was done.",
            "He",
            "a small private jet",
        ),
        ("A helicopter landed near the camp. She waved to the crowd.", "She", "A helicopter"),
    ],
)
def test_actors_title_sectors_pronoun_keeps_gender_and_kind(coder, text, pronoun, other):
    texts = _entity_of(coder, text, other)[2]
    assert pronoun not in texts


@pytest.mark.parametrize(
    ("text", "pronoun", "antecedent"),
    [
        (
            "A policewoman stopped the van in Leeds. She said the driver was drunk.",
            "She",
            "A policewoman",
        ),
        (
            "Campaign spokeswoman Dana Reyes came late. She said the rally would go ahead.",
            "She",
            "Campaign spokeswoman Dana Reyes",
        ),
        ("A drone hit the convoy near the border. It was shot down later.", "It", "A drone"),
        # a journalist is a person a pronoun can take
        ("A photographer said she was hit by a guard.", "she", "A photographer"),
        ("The guard pushed a reporter in Lyon and then pulled her away.", "her", "a reporter"),
    ],
)
def test_actors_title_sectors_pronoun_still_joins(coder, text, pronoun, antecedent):
    assert pronoun in _entity_of(coder, text, antecedent)[2]


def test_actors_title_sectors_private_jet_is_not_military(coder):
    sectors = _entity_of(
        coder, "The tycoon flew in on a small private jet.", "a small private jet"
    )[1]
    assert "MIL" not in sectors


@pytest.mark.parametrize(
    ("text", "mention", "sectors"),
    [
        # "officers" in a story of police and no soldiers are police officers
        (
            "Police said a man was shot in Dayton. Four officers were hurt in the struggle.",
            "Four officers",
            ["COP"],
        ),
        ("Riot police cleared the square. Three officers were injured.", "Three officers", ["COP"]),
        # with soldiers in the story, or no police, the military reading stays
        (
            "Soldiers and police patrolled the town. Two officers were killed.",
            "Two officers",
            ["MIL"],
        ),
        ("Rebels attacked the base. Two officers were killed.", "Two officers", ["MIL"]),
    ],
)
def test_actors_title_sectors_officer_takes_story_sense(coder, text, mention, sectors):
    assert _entity_of(coder, text, mention)[1] == sectors
