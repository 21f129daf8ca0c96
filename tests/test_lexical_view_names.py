"""A person's name counts as a name wherever it stands; the words it is made of elsewhere do not."""

from __future__ import annotations

from eventwire.annotators.event_grammar import lexical_view


def _marked(coder, text: str) -> dict[str, list[bool]]:
    doc = coder.code_context(text, date="2020-01-01").doc
    view = lexical_view(doc)
    out: dict[str, list[bool]] = {}
    for tok in doc:
        out.setdefault(tok.text, []).append(view.name_like[tok.i])
    return out


def test_a_persons_name_is_a_name_and_a_verb_spelt_alike_is_not(coder):
    marked = _marked(coder, "Will Smith said the army will attack. Mark Price will mark the rise.")
    assert marked["Will"] == [True] and marked["Smith"] == [True]
    assert marked["will"] == [False, False] and marked["mark"] == [False]
