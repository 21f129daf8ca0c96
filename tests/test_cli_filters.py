"""Event filters the CLI cannot apply are refused with a clear error (exit 2), never ignored."""

from __future__ import annotations

import pytest
from helpers import sample_analysis

from eventwire.cli import main
from eventwire.errors import InputError
from eventwire.store import CorpusFilter, EventFilter, Store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("filters") / "f.duckdb"
    with Store(path) as store:
        store.write([sample_analysis("a1")])
    return str(path)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--type", "FOO"], "'FOO' is not a PLOVER event type"),
        (["--type", "protests"], "expected one of"),
        (["--since", "yesterday"], "since date filter 'yesterday' is not a date"),
        (["--until", "2023-13"], "until date filter '2023-13'"),
        (["--since", "2023-02-30"], "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        (["--since", "03/08/2023"], "is not a date"),
        (["--min-mentions", "2"], "add --level event"),
        (["--level", "event", "--min-mentions", "0"], "expected a whole number of 1 or more"),
    ],
)
@pytest.mark.parametrize("command", ["events", "export"])
def test_cli_filters_bad_values_exit_2_with_the_value(db, tmp_path, capsys, command, args, message):
    extra = (
        ["--format", "gdelt-csv", "--out", str(tmp_path / "x.tsv")] if command == "export" else []
    )
    rc = main([command, "--db", db, *extra, *args])
    err = capsys.readouterr().err
    assert rc == 2
    assert message in err
    assert not (tmp_path / "x.tsv").exists()


@pytest.mark.parametrize(
    ("args", "count"),
    [
        (["--type", "request"], 1),
        (["--type", "ASSAULT"], 0),
        (["--since", "2023"], 1),
        (["--since", "2023-03"], 1),
        (["--until", "2023-03-06"], 0),
    ],
)
def test_cli_filters_good_values_apply(db, capsys, args, count):
    assert main(["events", "--db", db, "--format", "jsonl", *args]) == 0
    assert len(capsys.readouterr().out.splitlines()) == count


@pytest.mark.parametrize("cls", [EventFilter, CorpusFilter])
def test_cli_filters_library_filters_validate_too(cls):
    with pytest.raises(InputError, match="PLOVER event type"):
        cls(type="VISIT")
    with pytest.raises(InputError, match="not a date"):
        cls(since="last week")
    assert cls(type="consult", since="2020-02-29").type == "CONSULT"
