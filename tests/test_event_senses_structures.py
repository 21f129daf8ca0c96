"""An investigation of a structure ("a probe of the tunnel walls", "probed the hull") looks
at a thing, not at a party or a wrong: no ACCUSE investigate (PLOVER manual, ACCUSE:
investigations of entities or behaviour). Investigations of parties and of wrongs stay."""

from __future__ import annotations

import pytest

from eventwire import code


def _types(text):
    return [e.event for e in code(text, date="2024-03-05").events]


@pytest.mark.parametrize(
    "text",
    [
        "Officials began a probe of the tunnel walls.",
        "Inspectors probed the ship's hull for damage.",
        "The agency opened an inquiry into the pipeline's welds.",
        "Engineers started an investigation of the dam's spillway.",
        "Crews investigated the collapsed roof of the station.",
        "The board widened its probe into the jet's engines.",
    ],
)
def test_event_senses_structures_no_accuse(text):
    assert "ACCUSE" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police began a probe of the shooting.",
        "The regulator began an investigation of the bank.",
        "Prosecutors opened an investigation into the mayor over the contracts.",
        "The senate launched an inquiry into the army's conduct.",
        "Investigators probed the governor's aides.",
        # words of a structure that as often name a company or a venue
        "The European Commission opened an investigation into the platform over disinformation.",
        "Prosecutors opened an inquiry into the mine over unpaid wages.",
    ],
)
def test_event_senses_structures_parties_stay(text):
    assert "ACCUSE" in _types(text)
