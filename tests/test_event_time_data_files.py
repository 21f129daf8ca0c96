"""event_time's data files: the link words and the seasons' months, and their bad rows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eventwire import resources
from eventwire.annotators.event_calendar import calendar_date, read_seasons
from eventwire.annotators.event_time import read_background, read_links, read_occasions
from eventwire.errors import ConfigError, ResourceError


def test_event_time_data_files_link_words() -> None:
    bounds, near = read_links()
    assert {"before", "until", "since"} <= bounds and "in" not in bounds
    assert near["amid"] == "during" and near["following"] == "after"
    assert near["ahead"] == "before"


@pytest.mark.parametrize(
    "text",
    [
        "bound\n",  # no word
        "near\tamid\n",  # no relation
        "near\tamid\tduring the day\n",  # not a relation
        "limit\tbefore\n",  # not a kind
        "occasion\n",  # no word
    ],
)
def test_event_time_data_files_bad_link_row(text: str) -> None:
    with pytest.raises(ConfigError, match=r"event_time\.tsv, line 1: .*expected bound"):
        read_links(text)


def test_event_time_data_files_occasion_words() -> None:
    assert {"when", "as", "while"} <= read_occasions()
    assert read_occasions("occasion\tonce\nbound\tbefore\n") == {"once"}
    with pytest.raises(ConfigError, match=r"event_time\.tsv, line 1: .*occasion<TAB>WORD"):
        read_occasions("during\twhen\n")


def test_event_time_data_files_seasons() -> None:
    seasons = read_seasons()
    assert seasons == {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
    # winter runs from December of the value's year into February of the next (2024: leap)
    assert calendar_date("2023-WI")[2:] == ("2023-12-01", "2024-02-29")


@pytest.mark.parametrize(
    "text",
    ["SU\t6\n", "XX\t6\t8\n", "SU\tjune\taugust\n", "SU\t8\t6\n", "WI\t12\t26\n", "SU\t0\t2\n"],
)
def test_event_time_data_files_bad_season_row(text: str) -> None:
    with pytest.raises(ConfigError, match=r"seasons\.tsv, line 1: .*expected CODE"):
        read_seasons(text)


@pytest.mark.parametrize(
    "reader, name",
    [
        (read_seasons, "seasons.tsv"),
        (read_background, "background.tsv"),
        (read_links, "event_time.tsv"),
    ],
)
def test_event_time_data_files_missing_file(
    reader: Callable[[], Any], name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the packaged folder stands in as an empty one: the file is read through the loader,
    # which names it, not left to a bare FileNotFoundError
    monkeypatch.setattr(resources.resources, "files", lambda package: tmp_path)
    with pytest.raises(ResourceError, match=rf"resources/time/{name}"):
        reader()
