"""Court and legal acts named by nouns (issue 24): an inquiry, a charge or a lawsuit
reported as an act by a legal mark ("a federal investigation", "a bribery charge"), the
party it is brought against ("a probe of the company", "the inquiry into the mayor") or
the wrong it names ("charges of fraud", "charges that it paid bribes")
(``event_constructions_acts.legal_act`` and the grammar classes ``legal_act_noun``,
``legal_mark`` and ``legal_party``). An everyday charge, a probe of a thing, or an
inquiry reporting its findings is no act. Sentences written for these tests; the rules
are tested with the learned filter off."""

from __future__ import annotations

from typing import Any

import pytest


def _accusations(coder: Any, text: str) -> list[Any]:
    return [e for e in coder.code(text, date="2024-05-02").events if e.event == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The council postponed its vote amid a criminal inquiry into land sales.", None),
        ("The coach kept his job despite an assault charge.", None),
        ("Shares of the lender fell during a congressional probe last week.", None),
        ("The merger was delayed by an investigation of the airline.", "the airline"),
        ("Voters dismissed the probe of the governor as a stunt.", "the governor"),
        pytest.param(
            "Voters shrugged off the probe into the governor.",
            "the governor",
            marks=pytest.mark.xfail(
                strict=True, reason="the parser hangs the 'into' phrase on the verb"
            ),
        ),
        ("The refinery admitted to charges that it dumped waste in the river.", None),
        ("The singer was in the news again over charges of tax evasion.", None),
        ("The indictment of the former treasurer stunned the town.", "the former treasurer"),
        ("A congressional subpoena reached the consultant last week.", None),
    ],
)
def test_event_constructions_legal_act_coded(
    rules_only: Any, text: str, recipient: str | None
) -> None:
    accusations = _accusations(rules_only, text)
    assert accusations, text
    legal = [e for e in accusations if "legal act" in e.rule]
    assert legal, [e.rule for e in accusations]
    if recipient is not None:
        assert [r.text for r in legal[0].recipient] == [recipient]


@pytest.mark.parametrize(
    "text",
    [
        # an everyday charge, a probe of a thing, findings reported
        "The garage doubled its charges for overnight parking.",
        "A federal inquiry concluded that the bridge was safe.",
        "An investigation showed that the wiring had failed.",
        "The museum waived its entry charge for children.",
        "The probe of the tunnel walls took a week.",
        # a relative clause describes the charges, it tells no wrong
        "The charges that applied to late payments were scrapped.",
    ],
)
def test_event_constructions_legal_act_not_coded(rules_only: Any, text: str) -> None:
    legal = [e for e in _accusations(rules_only, text) if "legal act" in e.rule]
    assert not legal, [e.rule for e in legal]


@pytest.mark.parametrize(
    "text",
    [
        "The committee subpoenaed two former aides on Wednesday.",
        "The bank's records were subpoenaed by state prosecutors.",
    ],
)
def test_event_constructions_legal_subpoena_investigates(rules_only: Any, text: str) -> None:
    assert any(e.mode == "investigate" for e in _accusations(rules_only, text)), text
