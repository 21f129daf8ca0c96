"""A senses row is read against the words a pattern names, its word sets spelled out: a
pattern that names a set ("&strike_deal &deal_noun") names every word of the set, so its
own object ("struck a deal", "sealed an accord") is no thing of a sense class. This holds
for a Senses built without a lexicon too (it spells the sets with the packaged one)."""

from __future__ import annotations

import pytest

from eventwire.annotators.event_grammar import Candidate
from eventwire.annotators.event_lexicon import load_lexicon
from eventwire.annotators.event_senses import Senses


def _candidate(nlp, text, trigger, marker):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    pats = load_lexicon().patterns[(tok.lemma_.lower(), "v")]
    pat = next(p for p in pats if marker in p.deps)
    return Candidate(tok, pat, pat.event, pat.mode, pat.cameo, [pat.text])


@pytest.mark.parametrize("with_lexicon", [True, False])
@pytest.mark.parametrize(
    ("text", "trigger", "marker"),
    [
        ("The rebels struck a deal with the army on Monday.", "struck", "&deal_noun"),
        ("Both parties struck an accord over the border.", "struck", "&deal_noun"),
        ("The unions struck a compromise with the ministry.", "struck", "&deal_noun"),
    ],
)
def test_event_senses_word_sets_named(nlp, text, trigger, marker, with_lexicon):
    senses = Senses(load_lexicon()) if with_lexicon else Senses()
    assert senses.lost(_candidate(nlp, text, trigger, marker)) is None


@pytest.mark.parametrize("with_lexicon", [True, False])
def test_event_senses_word_sets_other_object_still_read(nlp, with_lexicon):
    # the sense row still reads an object the pattern does not name: a tone struck
    doc = nlp("The minister struck a conciliatory tone.")
    tok = next(t for t in doc if t.text == "struck")
    pat = next(p for p in load_lexicon().patterns[("strike", "v")] if not p.deps)
    cand = Candidate(tok, pat, pat.event, pat.mode, pat.cameo, [pat.text])
    senses = Senses(load_lexicon()) if with_lexicon else Senses()
    assert senses.lost(cand) == "sense: strike + tone"
