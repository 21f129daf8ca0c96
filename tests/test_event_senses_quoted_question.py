"""A verb of asking that only introduces a question quoted in its sentence ("'Why now?'
she asked", "he asked, 'With what money?'") is a plain reporting verb
(NEWS-GUIDELINES.md), no request of a party (the ``question`` row of senses.tsv); a
request made beside a quoted question, or of a party named, still codes (sentences
written for these tests, with invented names)."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        '"Why did the council wait so long?" the retired teacher asked on her blog.',
        'The senator then asked, "With what money?"',
        '"Can the governor stay in office?" he asked.',
        # a bare quotation the parser splits into sentences of their own
        '"Why should the town wait? Where is the money?" the retired teacher asked.',
    ],
)
def test_event_senses_quoted_question_is_no_request(rules_only, text) -> None:
    assert "REQUEST" not in [e.event for e in events_of(rules_only, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The union asked the ministry to reopen the talks.",
        '"Why wait?" the union leader said, and asked the ministry for a meeting.',
        'The governor asked for federal help. "Who else will pay?" she said.',
        # an inquiry after a quotation that ends the sentence before it, and an inquiry
        # opened by "whether" in a sentence that quotes a question elsewhere (fixd26)
        'The treasurer said: "Where did the money go?" Three councillors asked whether the'
        " board had audited the fund.",
        'After the "Who pays?" campaign, three councillors asked whether the board had audited'
        " the fund.",
    ],
)
def test_event_senses_request_beside_a_question_still_codes(rules_only, text) -> None:
    assert "REQUEST" in [e.event for e in events_of(rules_only, text)]
