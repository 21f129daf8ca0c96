"""The time vocabulary is data: users extend it with their own files."""

from __future__ import annotations

import pytest

from eventwire.annotators.times import TimeTagger, load_lexicon, parse_anchors, parse_lexicon
from eventwire.errors import ConfigError


def _tag_with_user_file(tmp_path, nlp, name: str, line: str, text: str, date: str) -> list:
    """The times in ``text`` tagged with the packaged lexicon plus a user file holding ``line``."""
    extra = tmp_path / name
    extra.write_text(line + "\n", encoding="utf-8")
    tagger = TimeTagger(load_lexicon((str(extra),)))
    return tagger.tag(text, nlp(text), date)[0]


def test_times_lexicon_user_file_adds_holiday(tmp_path, nlp):
    text = "Celebrations were held on Nowruz."
    times = _tag_with_user_file(
        tmp_path, nlp, "my-times.tsv", "holiday\tnowruz\t03-21", text, "2023-03-25"
    )
    assert [(t.text, t.value) for t in times] == [("Nowruz", "2023-03-21")]


def test_times_lexicon_user_anchor_file(tmp_path, nlp):
    text = "Georgians marked the 15th anniversary of the war with Russia."
    line = "2008-08-07\twar\tgeorgia|georgian|ossetia"
    times = _tag_with_user_file(tmp_path, nlp, "my-anchors.tsv", line, text, "2023-08-08")
    assert times and times[0].value == "2023-08-07"


@pytest.mark.parametrize("line", ["month\tjanuary", "colour\tred\t1", "\tjanuary\t01"])
def test_times_lexicon_malformed_line_names_file_and_line(line):
    with pytest.raises(ConfigError, match=r"x\.tsv:1"):
        parse_lexicon(line, "x.tsv")


def test_times_lexicon_malformed_anchor():
    with pytest.raises(ConfigError, match="DATE"):
        parse_anchors("March 2003\tinvasion\tiraq", "a.tsv")


def test_times_lexicon_missing_file():
    with pytest.raises(ConfigError, match="cannot be read"):
        load_lexicon(("/nonexistent/times.tsv",))


def test_times_lexicon_setting_is_declared(coder):
    from eventwire.settings import Settings

    assert Settings({"time_lexicons": []})["time_lexicons"] == ()
