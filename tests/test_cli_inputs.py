"""The CLI reads UTF-16 with a byte-order mark, names the encoding it tried, and creates
no store when no input could be read."""

from __future__ import annotations

import json

import pytest

from eventwire.cli import main

TEXT = "Border guards detained two fishermen near the harbour on Friday, the navy said."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
@pytest.mark.parametrize("kind", ["txt", "jsonl", "csv"])
def test_cli_inputs_unicode_with_byte_order_mark_is_read(tmp_path, capsys, encoding, kind):
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    if kind == "txt":
        content = TEXT
    elif kind == "jsonl":
        content = json.dumps({"id": "bom1", "date": "2024-05-17", "text": TEXT}) + "\n"
    else:
        content = 'id,date,text\nbom1,2024-05-17,"' + TEXT + '"\n'
    path = tmp_path / f"article.{kind}"
    path.write_bytes(bom + content.encode(encoding))
    extra = ["--map", "text=text,date=date,id=id"] if kind == "csv" else []
    rc = main(["code", str(path), "--date", "2024-05-17", "--format", "jsonl", *extra])
    out = capsys.readouterr().out
    assert rc == 0
    [analysis] = [json.loads(line) for line in out.splitlines()]
    assert analysis["events"] or analysis["entities"]


@pytest.mark.parametrize(
    ("raw", "tried"),
    [
        ("Caf\xe9 in Bogot\xe1".encode("latin-1"), "encoding tried: UTF-8"),
        (b"\xff\xfe" + b"A\x00\x00\xd8", "encoding tried: UTF-16-LE"),  # a lone surrogate
    ],
)
def test_cli_inputs_undecodable_file_names_the_encoding_tried(tmp_path, capsys, raw, tried):
    path = tmp_path / "bad.txt"
    path.write_bytes(raw)
    assert main(["code", str(path), "--date", "2024-05-17"]) == 2
    err = capsys.readouterr().err
    assert "bad.txt" in err and tried in err


@pytest.mark.parametrize("name", ["missing.jsonl", "missing.txt", "empty.jsonl"])
def test_cli_inputs_ingest_without_readable_input_creates_no_store(tmp_path, capsys, name):
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    db = tmp_path / "new.duckdb"
    rc = main(["ingest", str(tmp_path / name), "--db", str(db)])
    err = capsys.readouterr().err
    assert rc == 2
    assert not db.exists()
    assert name in err and "was not created" in err


def test_cli_inputs_ingest_keeps_an_existing_store_and_logs_errors(tmp_path, capsys):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "g1", "date": "2024-05-17", "text": TEXT}) + "\n")
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(tmp_path / "missing.jsonl"), str(good), "--db", str(db)]) == 0
    assert db.exists()
    assert "missing.jsonl: no such file" in capsys.readouterr().err
