"""Title-Case headlines whose event verb the parser read as part of a name although
another word of the line is a verb (a quote after a colon, a second clause): the line
is read again in lower case, names kept, so that it codes its event; ordinary sentences
and Title-Case lines without a lexicon verb are left alone, and no offset moves.
Headlines and names written for these tests (issues 24, 16)."""

from __future__ import annotations

import pytest
from helpers import events_of

from eventwire import nlp as _nlp
from eventwire.headlines import body_names, title_case_verbs

_BODY = (
    "\n\nThe statement came on Monday in the capital, where Senator Dana Cole and "
    "Governor Sam Ortiz met reporters."
)


@pytest.mark.parametrize(
    ("headline", "expected", "trigger"),
    [
        # a quote after a colon holds the line's only other verb
        (
            "Governor Sam Ortiz Endorses Senator Dana Cole: I Am Sure She Will Win.",
            "SUPPORT",
            "Endorses",
        ),
        ("Senator Dana Cole Condemns Governor's Veto: This Is A Disgrace.", "ACCUSE", "Condemns"),
        # a second clause after a comma
        (
            "Farm Group Praises Senator Dana Cole, Says Bill Will Help Growers.",
            "SUPPORT",
            "Praises",
        ),
        ("Council Rejects Governor's Budget, Calls It Unfair.", "REJECT", "Rejects"),
    ],
)
def test_headlines_title_case_line_codes_its_event(
    coder, headline: str, expected: str, trigger: str
) -> None:
    found = [(e.event, e.trigger.text) for e in events_of(coder, headline + _BODY) if e.trigger]
    assert (expected, trigger) in found


@pytest.mark.parametrize(
    "text",
    [
        "The council approved the budget on Tuesday after a long debate.",
        "Senator Dana Cole said the Farm Bureau would back the plan.",
        "Senate Tax Bill: What Comes Next For Farmers.",
    ],
)
def test_headlines_line_without_title_case_verb_is_not_read_again(nlp, text: str) -> None:
    assert all(title_case_verbs(s) == [] for s in nlp(text).sents)


def test_headlines_body_names_keep_their_capitals(nlp) -> None:
    doc = _nlp.parse(nlp, "Mayor Lee Park Praises Firefighters: We Owe Them.\n\n" + _BODY.strip())
    names = body_names(doc)
    assert {"Dana", "Cole", "Governor"} <= names
    assert "Praises" not in names


def test_headlines_title_case_reparse_keeps_text_offsets_and_entities(nlp) -> None:
    text = "Governor Sam Ortiz Endorses Senator Dana Cole: I Am Sure She Will Win." + _BODY
    before = nlp(text)
    after = _nlp.parse(nlp, text)
    assert after.text == text
    assert [(t.idx, t.text) for t in after] == [(t.idx, t.text) for t in before]
    verb = after[3]
    assert verb.text == "Endorses" and verb.pos_ == "VERB" and verb.lemma_ == "endorse"
    first = next(after.sents)
    assert first.end == next(before.sents).end
    assert [(e.start_char, e.end_char, e.label_) for e in after.ents] == [
        (e.start_char, e.end_char, e.label_) for e in before.ents
    ]
