"""PETRARCH verb dictionaries: the reader's syntax, its errors, and the conversion into rows."""

from __future__ import annotations

import pytest
from conftest import ROOT, shared_path

from eventwire.dictionaries.petrarch_verbs import (
    CONVERTED_FILE,
    NON_EVENT,
    Element,
    PloverCode,
    convert_file,
    packaged_cameo_table,
    parse_cameo_table,
    parse_verb_dictionary,
    plover_for,
    read_verb_dictionary,
    to_lexicon_rows,
    write_packaged,
)
from eventwire.errors import ConfigError

# A small dictionary in PETRARCH's format, written for these tests.
SAMPLE = """\
# a comment line
&WEAPON
+GUN
+MORTAR_SHELL
+RIFLE  # a comment after a member

&PLEDGE_WORDS_
+VOW

--- SHOVE [---] ---
SHOVE {SHOVES SHOVED SHOVING} [175]
+PUSH_BACK
NUDGE ;an old-style comment
- * &WEAPON                          [194]  # with a synset
- $ * (AGAINST +) {RIOT POLICE}      [175]
- * (TO THE {NEGOTIATING TABLE})     [036:036]
- * (TO DEATH)                       [:173]
- * CART                             [---]
- * GREETING                         [010]
- CROWD * BARRIER                    [141]
- * BACK $                           [190]

--- HAIL [051] ---
HAIL
SALUTE [055]
"""

TABLE = """\
036: AGREE,  , diplomatic # Express intent to meet or negotiate
05: SUPPORT
051: SUPPORT,  , diplomatic # Praise or endorse
17: COERCE
173: COERCE, arrest, legal # Arrest
175: ASSAULT, pro_autocracy , military # Use violent repression
19: ASSAULT
194: ASSAULT, heavy-weapons, military # Fight with artillery and tanks
"""


@pytest.fixture()
def sample():
    return parse_verb_dictionary(SAMPLE, "sample.txt")


def test_dictionaries_petrarch_synsets_and_blocks(sample):
    assert sample.synsets["WEAPON"] == [("gun",), ("mortar", "shell"), ("rifle",)]
    assert sample.synsets["PLEDGE_WORDS"] == [("vow",)]
    shove, hail = sample.blocks
    assert (shove.name, shove.code, hail.name, hail.code) == ("SHOVE", None, "HAIL", "051")
    assert [v.words for v in shove.verbs] == [("shove",), ("push", "back"), ("nudge",)]
    assert shove.verbs[0].forms == ("shoves", "shoved", "shoving")
    assert shove.verbs[0].code == "175" and shove.verbs[2].code is None
    assert shove.verbs[1].lemma == "push"
    assert hail.verbs[1].code == "055"


@pytest.mark.parametrize(
    ("index", "codes", "after"),
    [
        (0, ("194",), [Element("synset", "WEAPON")]),
        (
            1,
            ("175",),
            [
                Element("prep", items=(Element("word", "against"), Element("target"))),
                Element("phrase", items=(Element("word", "riot"), Element("word", "police"))),
            ],
        ),
        (
            3,
            ("", "173"),
            [Element("prep", items=(Element("word", "to"), Element("word", "death")))],
        ),
        (4, (), [Element("word", "cart")]),
    ],
)
def test_dictionaries_petrarch_pattern_syntax(sample, index, codes, after):
    pat = sample.blocks[0].patterns[index]
    assert pat.codes == codes
    assert list(pat.after) == after
    assert pat.is_non_event == (codes == ())


def test_dictionaries_petrarch_slots_before_the_verb(sample):
    pats = sample.blocks[0].patterns
    assert pats[1].before == (Element("source"),)
    assert [w.text for e in pats[6].before for w in e.words()] == ["crowd"]
    assert pats[2].after[0].words()[-1].text == "table"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("- * (TO BORDER [154]", "never closed"),
        ("- * TO BORDER) [154]", "unbalanced"),
        ("- * TROOPS", "without a \\[CODE\\]"),
        ("- * TROOPS [15x]", "CAMEO code"),
        ("- TROOPS [154]", "exactly one '\\*'"),
        ("- * * TROOPS [154]", "exactly one '\\*'"),
        ("- * TRO=OPS [154]", "is not a word"),
        ("DRIVE_AWAY [154]", "needs one '\\+'"),
        ("@@@", "expected a '--- NAME"),
        ("--- [154] ---", "expected '--- NAME"),
    ],
)
def test_dictionaries_petrarch_bad_line_names_file_and_line(line, message):
    text = "--- MOVE [---] ---\nMOVE\n" + line + "\n"
    with pytest.raises(ConfigError, match=rf"mine\.txt:3: .*{message}"):
        parse_verb_dictionary(text, "mine.txt")


def test_dictionaries_petrarch_lines_before_a_block_are_errors():
    with pytest.raises(ConfigError, match=r"mine\.txt:1: .*before any"):
        parse_verb_dictionary("- * TROOPS [154]\n", "mine.txt")
    with pytest.raises(ConfigError, match=r"mine\.txt:1: .*before any"):
        parse_verb_dictionary("MARCH\n", "mine.txt")


def test_dictionaries_petrarch_lenient_reading_lists_problems():
    problems: list[str] = []
    vd = parse_verb_dictionary(
        "--- MOVE [---] ---\nMOVE\n- * (TO [154]\n- * TROOPS [154]\n", "mine.txt", problems
    )
    assert len(vd.blocks[0].patterns) == 1
    assert len(problems) == 1 and problems[0].startswith("mine.txt:3:")


def test_dictionaries_petrarch_unreadable_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot be read"):
        read_verb_dictionary(tmp_path / "missing.txt")


def test_dictionaries_petrarch_cameo_table_both_formats():
    manual = parse_cameo_table(TABLE, "t")
    assert manual["173"] == PloverCode("COERCE", "arrest", ("legal",))
    assert manual["05"] == PloverCode("SUPPORT", "", ())
    packaged = parse_cameo_table("173 | COERCE | arrest | legal; crime\n", "p")
    assert packaged["173"].contexts == ("legal", "crime")
    with pytest.raises(ConfigError, match=r"t:2: "):
        parse_cameo_table("173: COERCE\nbad line\n", "t")


@pytest.mark.parametrize(
    ("code", "event"),
    [("173", "COERCE"), ("1731", "COERCE"), ("0511", "SUPPORT"), ("020", "REQUEST"), ("010", None)],
)
def test_dictionaries_petrarch_cameo_codes_to_plover(code, event):
    row = plover_for(code, parse_cameo_table(TABLE, "t"))
    assert (row.event if row else None) == event


def test_dictionaries_petrarch_conversion_rows(sample):
    conv = to_lexicon_rows(sample, parse_cameo_table(TABLE, "t"))
    rows = [r.split("#")[0].strip() for r in conv.rows]
    verbs = next(r for r in rows if r.startswith("&verbs.shove"))
    assert verbs.endswith("= shove, push back, nudge")
    name = verbs.split()[0]
    assert "&weapon = gun, mortar shell, rifle" in rows
    assert f"{name} &weapon | ASSAULT | heavy-weapons | 194 | conf=0.6" in rows
    assert f"{name} against riot police | ASSAULT | pro_autocracy | 175 | conf=0.6" in rows
    assert f"{name} to negotiating table | AGREE |  | 036 | conf=0.6" in rows
    # [:173], the target's act on the source: the subject undergoes it
    assert f"{name} to death | COERCE | arrest | 173 | undergone,conf=0.6" in rows
    assert f"{name} cart | {NON_EVENT} | | |" in rows
    assert "shove | ASSAULT | pro_autocracy | 175 | conf=0.6" in rows  # its own code
    assert "hail | SUPPORT |  | 051 | conf=0.6" in rows  # the block's code
    assert not any(r.startswith("nudge |") for r in rows)  # [---] block: no bare row
    assert conv.skipped["words before the verb (its subject)"] == 1
    assert conv.skipped["source slot after the verb (the object would be the actor)"] == 1
    assert conv.skipped["CAMEO 01 (statements) or a code outside the table"] == 1  # GREETING
    assert conv.counts["pattern"] == 4 and conv.counts["pattern, not an event"] == 1


def test_dictionaries_petrarch_undefined_synset(sample):
    text = "--- MOVE [---] ---\nMOVE\n- * &TANKS [154]\n"
    vd = parse_verb_dictionary(text, "mine.txt")
    with pytest.raises(ConfigError, match=r"mine\.txt:3: synonym set &TANKS"):
        to_lexicon_rows(vd, parse_cameo_table(TABLE, "t"))
    problems: list[str] = []
    assert to_lexicon_rows(vd, parse_cameo_table(TABLE, "t"), problems).rows == []
    assert problems


def test_dictionaries_petrarch_convert_file_uses_packaged_table(tmp_path):
    path = tmp_path / "mine.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    conv = convert_file(path)
    assert any("| ASSAULT | heavy-weapons | 194 |" in r for r in conv.rows)
    assert packaged_cameo_table()["042"].mode == "visit"


def test_dictionaries_petrarch_packaged_conversion_is_up_to_date(tmp_path):
    write_packaged(
        shared_path("dictionaries", "petrarch", "CAMEO.2.0.txt"),
        shared_path("ontology", "CAMEO2PLOVER-2021.txt"),
        tmp_path,
    )
    packaged = ROOT / "src/eventwire/resources/events"
    for name in (CONVERTED_FILE, "cameo-plover.txt"):
        assert (tmp_path / name).read_text("utf-8") == (packaged / name).read_text("utf-8")
