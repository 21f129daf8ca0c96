"""Bad input gets a clear error naming the input; a batch skips the bad item and goes on."""

import json

import pytest

from eventwire.cli import main


@pytest.fixture
def files(tmp_path, seed):
    good = tmp_path / "good.txt"
    good.write_text(seed["text"], encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 au lait in Bogot\xe1".encode("latin-1"))
    big = tmp_path / "big.txt"
    big.write_text("word " * 1_100_000, encoding="utf-8")
    jl = tmp_path / "mixed.jsonl"
    jl.write_text(
        "\n".join(
            [
                json.dumps({"id": "ok1", "date": "2023-03-08", "text": "Iraq condemned the raid."}),
                "{not json",
                json.dumps({"id": "notext", "date": "2023-03-08"}),
                json.dumps({"id": "baddate", "date": "last week", "text": "Iraq protested."}),
                json.dumps({"id": "ok2", "text": "Syria condemned the visit."}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    return {"good": good, "empty": empty, "binary": binary, "latin": latin, "big": big, "jl": jl}


@pytest.mark.parametrize(
    "name, message",
    [
        ("empty", "empty"),
        ("binary", "binary"),
        ("latin", "not UTF-8"),
        ("big", "max_chars"),
    ],
)
def test_cli_bad_file_names_input_and_expectation(files, capsys, name, message):
    rc = main(["code", str(files[name]), "--date", "2023-03-08"])
    err = capsys.readouterr().err
    assert rc != 0
    assert message in err
    assert files[name].name in err or "article" in err


def test_cli_jsonl_batch_reports_bad_lines_and_codes_the_rest(files, capsys):
    rc = main(["code", str(files["jl"]), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert rc == 0
    ids = [json.loads(line)["article"]["id"] for line in out.splitlines()]
    assert ids == ["ok1", "ok2"]
    assert "mixed.jsonl:2: not valid JSON" in err
    assert "mixed.jsonl:3: no 'text' field" in err
    assert "mixed.jsonl:4" in err and "not a date" in err


def test_cli_unknown_format_is_rejected(files, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["code", str(files["good"]), "--format", "yaml"])
    assert exc.value.code == 2
    assert "invalid choice: 'yaml'" in capsys.readouterr().err


def test_cli_unreadable_db_is_reported(tmp_path, capsys):
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"garbage" * 1000)
    rc = main(["events", "--db", str(junk)])
    assert rc == 4
    assert "junk.duckdb" in capsys.readouterr().err


def test_cli_ingest_twice_keeps_row_counts(files, tmp_path, capsys):
    from eventwire.store import Store

    db = tmp_path / "e.duckdb"
    args = [
        "ingest",
        str(files["good"]),
        str(files["jl"]),
        str(files["empty"]),
        "--db",
        str(db),
        "--date",
        "2023-03-08",
    ]
    assert main(args) == 0
    with Store(db, read_only=True) as s:
        first = s.counts()
    assert main(args) == 0
    with Store(db, read_only=True) as s:
        assert s.counts() == first
    assert first["articles"] == 3
    assert "3 unchanged" in capsys.readouterr().err


def test_cli_export_formats(files, tmp_path, capsys):
    import pyarrow.parquet as pq

    db = tmp_path / "e.duckdb"
    assert main(["ingest", str(files["good"]), "--db", str(db), "--date", "2023-03-08"]) == 0
    for fmt, name in (("plover-jsonl", "e.jsonl"), ("gdelt-csv", "e.csv"), ("parquet", "e.pq")):
        out = tmp_path / name
        assert main(["export", "--db", str(db), "--format", fmt, "--out", str(out)]) == 0
        assert out.exists()
    first = (tmp_path / "e.csv").read_text().splitlines()[0].split("\t")
    assert len(first) == 61 and first[0].isdigit()  # GDELT 2.0: no header unless asked
    assert pq.read_table(tmp_path / "e.pq").num_rows == len(
        (tmp_path / "e.jsonl").read_text().splitlines()
    )
