"""Quotation-mark pairing and attribution patterns, on small hand-made texts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.annotators.quotes import find_regions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “yes” and “no”.", ["“yes”", "“no”"]),
        ('He said "yes" and "no".', ['"yes"', '"no"']),
        ("«Bonjour», dit-il.", ["«Bonjour»"]),
        ("“Open and never closed\nNext paragraph here.", ["“Open and never closed"]),
        ("A stray ” closing mark.", []),
        ("“One “two” three”", ["“One", "“two”"]),
        ("", []),
        ('"', []),
        # typewriter-style double quotes: two apostrophes
        ("He said ''yes'' and ''no''.", ["''yes''", "''no''"]),
        ("''It is 'odd,''' she said.", ["''It is 'odd,'''"]),
        ("''Open and never closed\nNext paragraph here.", ["''Open and never closed"]),
        ("The players' coach said so.", []),
    ],
)
def test_quotes_marks_pairing(text, expected):
    assert [text[r.start : r.end] for r in find_regions(text)] == expected


def test_quotes_marks_unbalanced_never_swallow_the_article():
    text = "“This never closes, he said.\n\nThe next paragraph is the article's own.\n\nAnd more."
    regions = find_regions(text)
    assert all(r.end <= text.index("\n") for r in regions)


def test_quotes_marks_multi_paragraph_runs_on():
    text = "“First paragraph of the speech.\n\n“Second paragraph,” she said."
    regions = find_regions(text)
    assert regions[0].runs_on and not regions[0].closed
    assert text[regions[1].start : regions[1].end] == "“Second paragraph,”"


def _quotes(coder, text):
    return [
        (
            q.kind,
            q.speaker.text if q.speaker else None,
            q.cue.text if q.cue else None,
            [c.text for c in q.content],
        )
        for q in coder.code(text).quotes
    ]


@pytest.mark.parametrize(
    ("text", "kind", "speaker", "cue", "content"),
    [
        (
            "“We will not leave the city,” the mayor said.",
            "direct",
            "the mayor",
            "said",
            ["“We will not leave the city,”"],
        ),
        (
            "The mayor said: “We will not leave the city.”",
            "direct",
            "The mayor",
            "said",
            ["“We will not leave the city.”"],
        ),
        (
            "“We will stay,” the mayor said, “and we will rebuild the city.”",
            "direct",
            "the mayor",
            "said",
            ["“We will stay,”", "“and we will rebuild the city.”"],
        ),
        (
            "The minister said that the talks had failed.",
            "indirect",
            "The minister",
            "said",
            ["that the talks had failed"],
        ),
        (
            "According to the ministry, the talks had failed.",
            "indirect",
            "the ministry",
            "According to",
            ["the talks had failed"],
        ),
        (
            "The opposition accused the government of rigging the vote.",
            "indirect",
            "The opposition",
            "accused",
            ["the government of rigging the vote"],
        ),
        (
            "The union called on the government to raise wages.",
            "indirect",
            "The union",
            "called on",
            ["the government to raise wages"],
        ),
        (
            "The general told reporters that the offensive would begin soon.",
            "indirect",
            "The general",
            "told",
            ["that the offensive would begin soon"],
        ),
        (
            "As the vote nears, the analyst says, the number of undecided voters shrinks.",
            "indirect",
            "the analyst",
            "says",
            ["As the vote nears", "the number of undecided voters shrinks"],
        ),
        (
            "The plan was “a complete failure” from the start, the senator said.",
            "mixed",
            "the senator",
            "said",
            ["The plan was “a complete failure” from the start"],
        ),
        (
            "''We will stay,'' the mayor said. ''And we will rebuild the city.''",
            "direct",
            "the mayor",
            "said",
            ["''We will stay,''", "''And we will rebuild the city.''"],
        ),
        (
            "“We will stay,” the mayor said, speaking to reporters who gathered outside the "
            "hall. “And we will rebuild the city.”",
            "direct",
            "the mayor",
            "said",
            ["“We will stay,”", "“And we will rebuild the city.”"],
        ),
        (
            "The governor urged the council to act quickly, and in a more focused way, "
            "before the storm arrives.",
            "indirect",
            "The governor",
            "urged",
            ["the council to act quickly, and in a more focused way, before the storm arrives"],
        ),
        (
            "The senator described the plan as a waste of money, and the mayor said it would fail.",
            "indirect",
            "The senator",
            "described",
            ["the plan as a waste of money"],
        ),
        (
            "Voters in the county strongly support the new tax on soda.",
            "indirect",
            "Voters in the county",
            "support",
            ["the new tax on soda"],
        ),
        (
            # PolNeAR: the subject of a passive cue without "by X" is part of the content
            "The senator is expected to announce that he will run for governor.",
            "indirect",
            None,
            "expected",
            ["The senator", "to announce that he will run for governor"],
        ),
        (
            "New polls showing a tight race worried the campaign.",
            "indirect",
            "New polls",
            "showing",
            ["a tight race"],
        ),
        (
            "Her vow to cut taxes for families won applause.",
            "indirect",
            "Her",
            "vow",
            ["to cut taxes for families"],
        ),
        (
            "The senator renewed support for the new trade deal.",
            "indirect",
            "The senator",
            "support for",
            ["the new trade deal"],
        ),
        (
            "In the latest survey, most voters in the state oppose the new tax.",
            "indirect",
            "the latest survey",
            "In",
            ["most voters in the state oppose the new tax"],
        ),
        (
            "The senator spoke about the rising cost of housing.",
            "indirect",
            "The senator",
            "spoke about",
            ["the rising cost of housing"],
        ),
        (
            "She said there is a “long road ahead” but the campaign is in good shape.",
            "mixed",
            "She",
            "said",
            ["there is a “long road ahead” but the campaign is in good shape"],
        ),
        (
            "Most voters in the district know the risks of the new plan.",
            "indirect",
            "Most voters in the district",
            "know",
            ["the risks of the new plan"],
        ),
        (
            "The governor opened the meeting by criticizing the new budget plan.",
            "indirect",
            "The governor",
            "criticizing",
            ["the new budget plan"],
        ),
        (
            "Voters are likely to describe the race as a toss-up.",
            "indirect",
            "Voters",
            "describe",
            ["the race as a toss-up"],
        ),
    ],
)
def test_quotes_marks_patterns(coder, text, kind, speaker, cue, content):
    assert (kind, speaker, cue, content) in _quotes(coder, text)


def test_quotes_marks_speaker_on_previous_paragraph(coder):
    text = "The spokesman told the agency:\n\n“We are ready to talk to anyone who wants peace.”"
    (q,) = coder.code(text).quotes
    assert q.kind == "direct" and q.speaker.text == "The spokesman"


def test_quotes_marks_continuation_paragraph(coder):
    text = (
        "“We will rebuild every school in the province,” the governor said.\n\n"
        "“And we will do it before the winter comes, whatever it costs us.”"
    )
    (q,) = coder.code(text).quotes
    assert len(q.content) == 2


@pytest.mark.parametrize("dash", ["—", "―", "–"])
def test_quotes_marks_dash_attribution(coder, dash):
    text = f"“Peace is possible if both sides want it.” {dash} Commissioner Maria Lopez"
    (q,) = coder.code(text).quotes
    assert q.speaker.text == "Commissioner Maria Lopez" and q.cue.text == dash


@pytest.mark.parametrize(
    "text",
    [
        "“",
        "”",
        '""""',
        "He said: “",
        "“Unclosed quote said he",
        "said",
        "According to",
        "— Smith",
        "“ ” “ ” said the man.",
        "x\u200b“\U0001f600”\u0301 said",
        ":\n:\n“\n”",
    ],
)
def test_quotes_marks_odd_input_never_crashes(coder, text):
    analysis = coder.code(text)
    for q in analysis.quotes:
        for c in q.content:
            assert text[c.start : c.end] == c.text


@given(st.text(alphabet=st.sampled_from(list('ab .,:—\n“”"«»‘’')), max_size=80))
@settings(max_examples=300, deadline=None)
def test_quotes_marks_regions_stay_in_their_paragraph(text):
    regions = find_regions(text)
    last_end = -1
    for r in regions:
        assert 0 <= r.start < r.end <= len(text)
        assert r.start >= last_end  # ordered, no overlap
        assert "\n" not in text[r.start : r.end]
        last_end = r.end


@pytest.mark.parametrize(
    ("title", "speaker", "cue", "content"),
    [
        ("Pence Endorses Paul Ryan\n\nThe story.", "Pence", "Endorses", "Paul Ryan"),
        (
            "Poll: Sanders Leads Clinton In Iowa\n\nThe story.",
            "Poll",
            ":",
            "Sanders Leads Clinton In Iowa",
        ),
    ],
)
def test_quotes_marks_headline_attribution(coder, title, speaker, cue, content):
    quotes = coder.code(title).quotes
    assert (speaker, cue, content) in [
        (q.speaker.text, q.cue.text, q.content[0].text) for q in quotes if q.speaker and q.cue
    ]


def test_quotes_marks_no_continuation_over_another_cue(coder):
    text = (
        "“We will stay,” the mayor said, while the governor warned of delays. "
        "“And we will rebuild the city.”"
    )
    mayor = [q for q in _quotes(coder, text) if q[1] == "the mayor"]
    assert mayor and mayor[0][3] == ["“We will stay,”"]


def test_quotes_marks_cue_noun_needs_a_complement(coder):
    assert _quotes(coder, "The threat of war loomed over the summit.") == []


def test_quotes_marks_transcript_speakers(coder):
    text = (
        "Transcript of the interview.\n"
        "KING: Senator, will you run again next year?\n"
        "SMITH: I have not decided yet, and my family comes first.\n"
        "UPDATE: The senator later declined to comment further."
    )
    found = {(q[1], q[2]): q[3] for q in _quotes(coder, text)}
    assert found[("SMITH", ":")] == ["I have not decided yet, and my family comes first"]
    assert ("KING", ":") in found
    assert not any(speaker == "UPDATE" for speaker, _cue in found)
