"""The framing annotator: unattributed sentences, hedges, loaded terms, scare quotes."""

from __future__ import annotations

import pytest

from eventwire import Coder
from eventwire.annotators.framing import framing_summary, load_terms


def _claims(analysis, kind):
    return [c for c in analysis.claims if c.kind == kind]


@pytest.mark.parametrize(
    ("phrase", "kind", "label"),
    [
        ("under the false pretext", "loaded", "delegitimizing"),
        ("to allegedly counter", "hedge", "evidential"),
        ("the Takfiri outfit", "loaded", "pejorative"),
        ("in defiance of a resolution", "loaded", "delegitimizing"),
        ("under the guise of", "hedge", "distancing"),
        ("US occupation troops", "loaded", "delegitimizing"),
    ],
)
def test_framing_seed_own_voice(seed_analysis, phrase, kind, label):
    text = seed_analysis.article.text
    at = text.index(phrase)
    hits = [
        c
        for c in seed_analysis.claims
        if c.kind == kind and at <= c.start < at + len(phrase) and c.label == label
    ]
    assert hits, f"no {kind} claim inside {phrase!r}"
    assert all(text[c.start : c.end] == c.text for c in seed_analysis.claims)


def test_framing_seed_unattributed_sentences(seed_analysis):
    unattributed = [c.text for c in _claims(seed_analysis, "unattributed")]
    assert any(t.startswith("The remarks came after Pentagon chief") for t in unattributed)
    assert any(t.startswith("However, Washington kept its forces") for t in unattributed)
    # quoted and attributed sentences are not the article's own voice
    assert not any("Efforts continue" in t for t in unattributed)
    assert not any("the ministry said" in t for t in unattributed)


def test_framing_seed_words_in_quotes_are_the_speakers(seed_analysis):
    text = seed_analysis.article.text
    illegal = text.index("the illegal visit")
    assert not any(c.start == illegal + 4 for c in _claims(seed_analysis, "loaded"))


def test_framing_summary_counts(seed_analysis):
    summary = framing_summary(seed_analysis)
    assert summary["hedges"] >= 2 and summary["loaded"] >= 4 and summary["unattributed"] >= 5
    assert "under the guise of" in summary["hedge_terms"]
    assert "occupation" in summary["loaded_terms"]["delegitimizing"]
    assert 0 < summary["unattributed_share"] < 1


@pytest.mark.parametrize(
    ("text", "kind", "claim"),
    [
        ("The so-called experts met in Geneva on Monday.", "hedge", "so-called"),
        ("Troops reportedly entered the town before dawn.", "hedge", "reportedly"),
        ("The regime shelled the northern districts again.", "loaded", "regime"),
        ("Militants described as terrorists attacked a convoy.", "loaded", "terrorists"),
        (
            "The council approved a “temporary” measure for the border.",
            "scare_quote",
            "“temporary”",
        ),
    ],
)
def test_framing_patterns(coder, text, kind, claim):
    analysis = coder.code(text)
    assert claim in [c.text for c in _claims(analysis, kind)]


def test_framing_attributed_short_quote_is_not_a_scare_quote(coder):
    analysis = coder.code("“We are ready,” the minister said on Monday.")
    assert not _claims(analysis, "scare_quote")
    assert not _claims(analysis, "unattributed")


def test_framing_user_lexicon(tmp_path):
    extra = tmp_path / "mine.tsv"
    extra.write_text("loaded\tjunta\tdelegitimizing\n", encoding="utf-8")
    terms = load_terms([extra])
    assert any(t.phrase == "junta" for t in terms)
    analysis = Coder({"framing_lexicons": [str(extra)]}).code("The junta closed the airport.")
    assert [c.text for c in _claims(analysis, "loaded")] == ["junta"]
