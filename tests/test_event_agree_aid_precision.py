"""Granting and delivering in their everyday sense (senses.tsv rows over
object_classes.txt): "grant" with entry, access or citizenship as its object admits
someone, no aid is given (NEWS-GUIDELINES: AID is giving economic, military or
humanitarian aid), while "grant" with aid, assistance or a sum keeps AID; a bare
"deliver" (lexicon.txt AID block) hands over papers, no aid, while delivering aid stays
AID."""

from __future__ import annotations

import pytest

from eventwire import code


def _types(text: str) -> list[str]:
    return [e.event for e in code(text, date="2024-03-05").events]


@pytest.mark.parametrize(
    "text",
    [
        "The board granted the two reporters access to the archive.",
        "The board granted access to the archive to two reporters.",
    ],
)
def test_granting_admission_is_no_aid(text: str) -> None:
    assert "AID" not in _types(text)


def test_delivering_papers_is_no_aid() -> None:
    assert "AID" not in _types("Kenya delivered the visa papers to the Ugandan delegation.")


def test_delivering_aid_keeps_aid() -> None:
    assert "AID" in _types("Japan delivered food aid to Nepal after the floods.")


def test_granting_citizenship_is_no_event() -> None:
    assert _types("Norland will grant citizenship to the athletes next month.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Japan granted 20 million dollars to Nepal for new schools.",
        "Japan granted financial assistance to Nepal after the floods.",
        "Japan granted a loan to Nepal after the floods.",
    ],
)
def test_aid_granted_keeps_aid(text: str) -> None:
    assert "AID" in _types(text)
