"""The PETRARCH verb dictionary in event coding: the packaged conversion, the settings,
a user's own PETRARCH file beside or instead of it, and its non-event rows."""

from __future__ import annotations

import pytest

from eventwire import Coder
from eventwire.annotators.events import (
    LEXICON_FILE,
    NON_EVENT,
    Pattern,
    _dictionary_rows,
    _read_text,
    load_lexicon,
    parse_lexicon,
)
from eventwire.errors import ConfigError


def _coded(coder, text: str) -> list[tuple[str, str | None]]:
    return [(e.event, e.cameo) for e in coder.code(text, date="2024-05-02").events]


@pytest.fixture(scope="module")
def without_dictionary():
    return Coder({"event_dictionary_patterns": "none"})


@pytest.fixture(scope="module")
def with_dictionary():
    return Coder({"event_dictionary_patterns": "constrained"})


# Sentences written for these tests that only the dictionary's patterns code (by default,
# for verbs the hand-written lexicon does not have).
DICTIONARY_CASES = [
    ("The interior ministry cancelled the visa of a German reporter.", "SANCTION", "160"),
    ("Washington toughened sanctions against Pyongyang on Friday.", "COERCE", "163"),
    ("The Kenyan army rushed troops to the border.", "MOBILIZE", "154"),
]


@pytest.mark.parametrize(("text", "event", "cameo"), DICTIONARY_CASES)
def test_events_petrarch_dictionary_codes_its_patterns(
    coder, without_dictionary, text, event, cameo
):
    assert (event, cameo) in _coded(coder, text)
    assert (event, cameo) not in _coded(without_dictionary, text)


# PETRARCH's [---] rows: these words are not an event, though the verb alone is one.
NON_EVENT_CASES = [
    ("The ground advance was supported by fighter aircraft.", "SUPPORT"),
]


@pytest.mark.parametrize(("text", "event"), NON_EVENT_CASES)
def test_events_petrarch_dictionary_non_event_rows(
    with_dictionary, without_dictionary, text, event
):
    assert event in [e for e, _ in _coded(without_dictionary, text)]
    assert event not in [e for e, _ in _coded(with_dictionary, text)]


def test_events_petrarch_dictionary_hand_lexicon_wins_a_tie(with_dictionary):
    # "impose sanction" (hand: SANCTION) and "impose sanctions" (dictionary: COERCE) are
    # as specific; the hand-written row decides
    coded = _coded(with_dictionary, "The council imposed sanctions on the regime.")
    assert ("SANCTION", "163") in coded and ("COERCE", "163") not in coded


def test_events_petrarch_dictionary_needs_a_named_party(with_dictionary):
    # the dictionary has "need clarification" (an appeal); with no actor it names, PETRARCH
    # codes nothing, and neither does eventwire
    lex = load_lexicon(packaged_dictionary=True)
    assert any(p.deps == ("clarification",) for p in lex.patterns[("need", "v")])
    assert _coded(with_dictionary, "The statement needs clarification.") == []


def test_events_petrarch_dictionary_hand_lexicon_overrides_same_words():
    hand = {
        p.key
        for p in parse_lexicon(_read_text(LEXICON_FILE), LEXICON_FILE)
        if isinstance(p, Pattern)
    }
    rows, _ = _dictionary_rows(None, None)
    both = hand & {p.key for p in rows if isinstance(p, Pattern)}
    assert both  # the two disagree on some words: the hand-written row is the one used
    lex = load_lexicon(packaged_dictionary=True, dictionary_patterns="all")
    used = [p for ps in lex.patterns.values() for p in ps if p.key in both]
    assert len(used) == len(both) and all(p.where.startswith(LEXICON_FILE) for p in used)


@pytest.mark.parametrize(
    ("mode", "bare", "constrained", "known_verbs"),
    [
        ("none", False, False, False),
        ("new_verbs", False, True, False),
        ("fallback", False, True, True),
        ("constrained", False, True, True),
        ("all", True, True, True),
    ],
)
def test_events_petrarch_dictionary_pattern_setting(mode, bare, constrained, known_verbs):
    lex = load_lexicon(packaged_dictionary=True, dictionary_patterns=mode)
    dict_rows = [p for ps in lex.patterns.values() for p in ps if p.dictionary]
    # verbs the hand-written lexicon knows (a row flagged `idiom` names one phrase only)
    hand = {
        (p.head, p.pos)
        for ps in lex.patterns.values()
        for p in ps
        if not p.dictionary and not p.idiom
    }
    assert any(not p.deps and p.event != NON_EVENT for p in dict_rows) == bare
    assert any(p.deps for p in dict_rows) == constrained
    assert any((p.head, p.pos) in hand for p in dict_rows) == known_verbs
    loose = lex.word_class("preposition")
    if mode != "all":  # "demand on", "come to": too loose to code alone
        assert all(p.event == NON_EVENT or any(d not in loose for d in p.deps) for p in dict_rows)
    assert not any(p.head in lex.word_class("speech") for p in dict_rows)


def test_events_petrarch_dictionary_bad_pattern_setting():
    with pytest.raises(ConfigError, match="event_dictionary_patterns 'some'"):
        load_lexicon(packaged_dictionary=True, dictionary_patterns="some")


def test_events_petrarch_dictionary_loaded_once_per_process():
    first = _dictionary_rows(None, None)
    load_lexicon(packaged_dictionary=True)
    assert _dictionary_rows(None, None) is first


# A user's own dictionary, in PETRARCH's format, written for this test.
MINE = """\
&BEAST
+GOAT
+CAMEL

--- RUSTLE [---] ---
RUSTLE
PILFER
- * &BEAST                     [1711]
- * (FROM {BORDER VILLAGE})     [---]
"""


@pytest.mark.parametrize("packaged", [True, False])
def test_events_petrarch_dictionary_users_file(tmp_path, packaged):
    path = tmp_path / "mine.verbs"
    path.write_text(MINE, encoding="utf-8")
    coder = Coder(
        {
            "event_dictionaries": [str(path)],
            "event_dictionary_packaged": packaged,
            "event_dictionary_patterns": "constrained",
        }
    )
    assert ("COERCE", "1711") in _coded(coder, "Armed men rustled camels from the herders.")
    assert _coded(coder, "Armed men pilfered goats from the border village.") == []
    # beside the packaged dictionary, its patterns still code; instead of it, they do not
    launched = ("ASSAULT", "194") in _coded(coder, "The rebels launched rockets at the town.")
    assert launched == packaged


def test_events_petrarch_dictionary_users_bad_file(tmp_path):
    path = tmp_path / "mine.verbs"
    path.write_text("--- RUSTLE [---] ---\nRUSTLE\n- * (GOAT [1711]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"mine\.verbs:3: .*never closed"):
        load_lexicon(verb_dictionaries=[str(path)])
    with pytest.raises(ConfigError, match="cannot be read"):
        load_lexicon(verb_dictionaries=[str(tmp_path / "missing.verbs")])


def test_events_petrarch_dictionary_word_sets_in_a_lexicon():
    sets: dict[str, tuple[tuple[str, ...], ...]] = {}
    rows = parse_lexicon(
        "&herd = goat, camel, water buffalo\n&take = steal, rustle out\n"
        "&take &herd | COERCE | seize | 1711 |\n",
        "mine.txt",
        sets,
    )
    assert sets["&herd"] == (("goat",), ("camel",), ("water", "buffalo"))
    assert [(p.head, p.deps) for p in rows] == [("steal", ("&herd",)), ("rustle", ("out", "&herd"))]
    with pytest.raises(ConfigError, match=r"mine\.txt:1: word set '&flock' is not defined"):
        parse_lexicon("steal &flock | COERCE | | 1711 |", "mine.txt")
    with pytest.raises(ConfigError, match=r"mine\.txt:1: word set &herd: expected"):
        parse_lexicon("&herd = goat, , camel", "mine.txt")


@pytest.mark.parametrize(
    ("mode", "expected"),
    [("fallback", ("CONCEDE", "0814")), ("constrained", ("RETREAT", "0814"))],
)
def test_events_petrarch_dictionary_fallback_or_most_specific(mode, expected):
    # hand: "lift emergency" CONCEDE; dictionary: "lift state of emergency" RETREAT (the
    # CAMEO -> PLOVER table's reading of 0814). Fallback keeps the hand-written reading;
    # most-specific-first lets the longer dictionary pattern decide.
    coder = Coder({"event_dictionary_patterns": mode})
    assert expected in _coded(coder, "The junta lifted the state of emergency in the capital.")
