"""The exit statuses the README documents: all coded 0, some skipped 0 (reported), nothing
coded 2, bad arguments 2."""

from __future__ import annotations

import json

import pytest

from eventwire.cli import main

GOOD = {"id": "g1", "date": "2024-05-17", "text": "Navy vessels blockaded the strait on Friday."}
GOOD2 = {"id": "g2", "date": "2024-05-17", "text": "The minister visited the refugee camp."}
BAD = [
    "{not json",
    json.dumps({"id": "x", "date": "someday", "text": "Talks."}),
    "[1]",
    json.dumps({"id": "blank", "date": "2024-05-17", "text": "   "}),  # read, not codable
]


def _jsonl(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("lines", "status"),
    [
        ([json.dumps(GOOD), json.dumps(GOOD2)], 0),  # all coded
        ([json.dumps(GOOD), *BAD], 0),  # some skipped: reported on stderr
        (BAD, 2),  # nothing coded
    ],
)
@pytest.mark.parametrize("command", ["code", "ingest"])
def test_cli_exit_status_by_outcome(tmp_path, capsys, lines, status, command):
    src = _jsonl(tmp_path / "in.jsonl", lines)
    db = tmp_path / "s.duckdb"
    if command == "ingest":  # an existing store, so that nothing-coded is not about creating it
        main(["ingest", _jsonl(tmp_path / "seed.jsonl", [json.dumps(GOOD2)]), "--db", str(db)])
        capsys.readouterr()
    args = ["code", src] if command == "code" else ["ingest", src, "--db", str(db)]
    assert main(args) == status
    err = capsys.readouterr().err
    assert ("eventwire: skipped:" in err) is (lines != [json.dumps(GOOD), json.dumps(GOOD2)])


@pytest.mark.parametrize(
    "args",
    [
        ["code", "--format", "yaml", "x.txt"],
        ["ingest"],
        ["events"],
        ["frobnicate"],
        ["events", "--db", "x.duckdb", "--type", "FOO"],
    ],
)
def test_cli_exit_status_bad_arguments_is_2(tmp_path, capsys, args):
    try:
        rc = main(args)
    except SystemExit as exc:  # argparse
        rc = int(exc.code or 0)
    assert rc == 2
    assert capsys.readouterr().err
