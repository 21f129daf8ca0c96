"""`code` and `ingest` report progress article by article, with articles/s and ETA."""

from __future__ import annotations

import json
import re

import pytest

from eventwire import cli

TEXTS = [
    "Protesters gathered outside the embassy in Nairobi on Tuesday.",
    "The two governments agreed to reopen the border crossing.",
    "Troops withdrew from the disputed town after the ceasefire.",
]


@pytest.mark.parametrize("command", ["code", "ingest"])
def test_cli_progress_every_article(tmp_path, capsys, command):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": f"p{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)),
        encoding="utf-8",
    )
    argv = [command, str(corpus), "--progress-every", "0", "--workers", "1"]
    if command == "code":
        argv += ["--format", "jsonl"]
    else:
        argv += ["--db", str(tmp_path / "s.duckdb"), "--no-cluster"]
    assert cli.main(argv) == 0
    err = capsys.readouterr().err
    lines = re.findall(
        rf"eventwire: {command}: (\d)/3 articles \((\d+)%\), [\d.]+ articles/s, ETA", err
    )
    counts = [n for n, _pct in lines]  # one line per article, then the closing one
    assert counts[:3] == ["1", "2", "3"] and set(counts[3:]) <= {"3"}
    assert lines[-1][1] == "100"


@pytest.mark.parametrize("flags,files", [(["--no-progress"], 2), ([], 1)])
def test_cli_progress_off(tmp_path, capsys, flags, files):
    paths = []
    for k in range(files):
        paths.append(tmp_path / f"a{k}.txt")
        paths[-1].write_text(TEXTS[k], encoding="utf-8")
    argv = ["code", *map(str, paths), "--progress-every", "0", *flags]
    assert cli.main(argv) == 0
    assert "articles/s" not in capsys.readouterr().err  # off, or one article: nothing to time
