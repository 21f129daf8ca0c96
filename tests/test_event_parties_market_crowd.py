"""The markets' crowd (investors, traders, shareholders) reacting to news acts with no
political role: "bondholders applauded a buyback plan" tells a market's mood; an official,
a firm's board or protesters keep their acts (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Bondholders applauded the treasury's plan to buy back debt.", "applauded"),
        ("Traders brushed aside the central bank's warning about inflation.", "brushed"),
        ("Chinese investors criticized the new rules.", "criticized"),
        ("Investors praised the finance minister's budget.", "praised"),
    ],
)
def test_event_parties_market_crowd_codes_no_event(rules_only, text, trigger) -> None:
    assert all(t != trigger for _, t in _events(rules_only, text))


@pytest.mark.parametrize(
    ("text", "expected", "trigger"),
    [
        ("The finance minister welcomed the central bank's decision.", "SUPPORT", "welcomed"),
        ("The union criticized the new rules.", "ACCUSE", "criticized"),
        ("Protesters attacked the stock market building.", "ASSAULT", "attacked"),
    ],
)
def test_event_parties_market_crowd_others_kept(rules_only, text, expected, trigger) -> None:
    assert (expected, trigger) in _events(rules_only, text)
