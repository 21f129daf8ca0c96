"""The cue lexicon: packaged entries, user files, malformed lines."""

from __future__ import annotations

import pytest

from eventwire import Coder
from eventwire.annotators.quotes import load_cues
from eventwire.errors import ConfigError


@pytest.mark.parametrize(
    ("cue", "cls"),
    [("say", "clause"), ("tell", "speech"), ("accuse", "speech"), ("according to", "prep")],
)
def test_quotes_lexicon_packaged(cue, cls):
    assert load_cues()[cue] == cls


def test_quotes_lexicon_user_file_extends(tmp_path):
    extra = tmp_path / "cues.tsv"
    extra.write_text("# mine\ngrumble\tclause\n", encoding="utf-8")
    assert load_cues([extra])["grumble"] == "clause"
    analysis = Coder({"cue_lexicons": [str(extra)]}).code(
        "The farmers grumbled that the prices were too low."
    )
    assert [q.cue.text for q in analysis.quotes] == ["grumbled"]


def test_quotes_lexicon_missing_file():
    with pytest.raises(ConfigError, match="cannot be read"):
        load_cues(["/nonexistent/cues.tsv"])
