"""An act named before or after a noun of a run of acts ("an arson spree", "a campaign
of arson") stands where the run does: told when the run is gone on or mounted."""

from __future__ import annotations

from typing import Any

import pytest

DESTROY = {"ASSAULT", "COERCE"}


def _types(coder: Any, text: str) -> set[str]:
    return {e.event for e in coder.code(text, date="2024-05-02").events if "negation" not in e.aux}


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen went on an arson spree across the district.",
        "Witnesses say the vigilantes launched a campaign of torching in the hill villages.",
    ],
)
def test_event_triggers_series_run_of_acts_coded(coder, text: str) -> None:
    assert _types(coder, text) & DESTROY


@pytest.mark.parametrize(
    "text",
    [
        "Tourists went on a shopping spree before the festival.",
        "The professor spoke of a wave of killing across the region.",
    ],
)
def test_event_triggers_series_no_act(coder, text: str) -> None:
    assert not _types(coder, text) & DESTROY
