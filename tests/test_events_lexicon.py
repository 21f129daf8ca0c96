"""The event lexicon as data: format, coverage of PLOVER's types, user files that override."""

from __future__ import annotations

import pytest

from eventwire.annotators.events import (
    Pattern,
    load_lexicon,
    parse_contexts,
    parse_grammar,
    parse_lexicon,
)
from eventwire.dictionaries.petrarch_verbs import NON_EVENT
from eventwire.errors import ConfigError
from eventwire.records import PLOVER_TYPES


def test_events_lexicon_covers_every_plover_type():
    lex = load_lexicon()
    types = {p.event for pats in lex.patterns.values() for p in pats}
    # besides the 16 types, only PETRARCH's non-event mark (rows for look-alikes)
    assert types - {NON_EVENT} == set(PLOVER_TYPES)


def test_events_lexicon_has_verbs_nouns_and_multiword_patterns():
    lex = load_lexicon()
    pats = [p for ps in lex.patterns.values() for p in ps]
    assert any(p.pos == "n" for p in pats)
    assert any(p.deps for p in pats)
    assert all(p.cameo is None or p.cameo.isdigit() for p in pats)


def test_events_lexicon_parse_row():
    (pat,) = parse_lexicon("call on | REQUEST | | 020 | absorb,conf=0.8", "x")
    assert isinstance(pat, Pattern)
    assert (pat.head, pat.pos, pat.deps) == ("call", "v", ("on",))
    assert pat.absorb and pat.conf == 0.8 and pat.cameo == "020" and pat.mode is None


@pytest.mark.parametrize(
    "line",
    [
        "condemn",  # no event column
        "condemn | DISLIKE",  # not a PLOVER type
        "condemn | ACCUSE | disapprove | 11x",  # bad CAMEO
        "visit/q | CONSULT",  # bad part of speech
        "condemn | ACCUSE | | 111 | loudly",  # unknown flag
        "condemn | ACCUSE | | 111 | conf=high",
    ],
)
def test_events_lexicon_bad_line_names_file_and_line(line):
    with pytest.raises(ConfigError, match=r"mine\.txt:2"):
        parse_lexicon("# header\n" + line, "mine.txt")


def test_events_lexicon_grammar_and_contexts_formats():
    g = parse_grammar("[speech]\nsay tell\n# c\n[light]\nmake", "g")
    assert g == {"speech": {"say", "tell"}, "light": {"make"}}
    with pytest.raises(ConfigError):
        parse_grammar("say", "g")
    assert parse_contexts("armed forces | military", "c") == {("armed", "forces"): "military"}
    with pytest.raises(ConfigError):
        parse_contexts("troops military", "c")


def test_events_lexicon_user_file_adds_and_overrides(tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text(
        "condemn | REJECT | | 120 |\nscold | ACCUSE | disapprove | 111 |\nvisit | NONE\n",
        encoding="utf-8",
    )
    lex = load_lexicon([str(mine)])
    assert lex.patterns[("condemn", "v")][0].event == "REJECT"
    assert lex.patterns[("scold", "v")][0].mode == "disapprove"
    assert ("visit", "v") not in lex.patterns or not lex.patterns[("visit", "v")]


def test_events_lexicon_unreadable_user_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot be read"):
        load_lexicon([str(tmp_path / "missing.txt")])


def test_events_lexicon_setting_reaches_the_coder(tmp_path, nlp):
    from eventwire import Coder

    mine = tmp_path / "mine.txt"
    mine.write_text("scold | ACCUSE | disapprove | 111 |\n", encoding="utf-8")
    coder = Coder({"event_lexicons": [str(mine)]})
    events = coder.code("The minister scolded the ambassador.").events
    assert [e.event for e in events] == ["ACCUSE"]
