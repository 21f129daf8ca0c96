"""Worker processes: same records in the same order as one process; sane defaults; fallbacks."""

from __future__ import annotations

import logging

import pytest

from eventwire import coder as coder_mod
from eventwire.errors import ConfigError
from eventwire.settings import Settings

ARTICLES = [
    {"id": "w1", "date": "2024-05-02", "text": "Police in Lagos arrested twelve protesters."},
    {"id": "w2", "date": "2024-05-03", "text": "Kenya accused Uganda of shelling a border post."},
    {"id": "w3", "date": "2024-05-03", "text": "   "},  # empty: reported and skipped
    {"id": "w4", "date": "2024-05-04", "text": "The minister said on Friday that talks failed."},
    {"id": "w5", "date": "2024-05-05", "text": "Chile and Peru signed a fishing agreement."},
    {"id": "w6", "text": "Rebels attacked a convoy near the airport, officials said."},
    {"id": "w7", "date": "2024-05-07", "text": "Farmers marched on the capital on Monday."},
]


def _run(coder, n_process: int, articles=ARTICLES) -> tuple[list[dict], list[str]]:
    errors: list[str] = []
    out = coder.pipe(articles, n_process=n_process, on_error=lambda a, e: errors.append(str(e)))
    return [a.to_dict() for a in out], errors


def test_coder_workers_same_records_in_same_order(coder, caplog):
    one, one_errors = _run(coder, 1)
    with caplog.at_level(logging.WARNING, logger="eventwire"):
        two, two_errors = _run(coder, 2)
    assert "coding in this process" not in caplog.text  # the workers did the coding
    assert [a["article"]["id"] for a in two] == ["w1", "w2", "w4", "w5", "w6", "w7"]
    assert two == one
    assert two_errors == one_errors and len(two_errors) == 1 and "'w3'" in two_errors[0]


class NoPool:
    """Stands in for ProcessPoolExecutor: counts tries and fails like an unspawnable pool."""

    tries = 0

    def __init__(self, *args, **kwargs) -> None:
        NoPool.tries += 1
        raise OSError("no processes here")


@pytest.fixture
def no_pool(monkeypatch):
    NoPool.tries = 0
    monkeypatch.setattr(coder_mod, "ProcessPoolExecutor", NoPool)
    return NoPool


def test_coder_workers_one_article_stays_in_process(coder, no_pool):
    out, errors = _run(coder, 4, ARTICLES[:1])
    assert [a["article"]["id"] for a in out] == ["w1"] and not errors
    assert no_pool.tries == 0


def test_coder_workers_fall_back_to_this_process(coder, no_pool, caplog):
    with caplog.at_level(logging.WARNING, logger="eventwire"):
        out, errors = _run(coder, 2, ARTICLES[:4])
    assert no_pool.tries == 1
    assert out == _run(coder, 1, ARTICLES[:4])[0] and len(errors) == 1
    assert "coding in this process" in caplog.text


@pytest.mark.parametrize(
    "value,setting,expected",
    [(None, 0, 6), (None, 3, 3), (2, 0, 2), (1, 5, 1), (0, 1, 6)],
)
def test_coder_workers_resolve(monkeypatch, value, setting, expected):
    monkeypatch.setattr(coder_mod, "cpu_cores", lambda: 6)
    assert coder_mod.resolve_workers(value, Settings({"workers": setting})) == expected


def test_coder_workers_none_takes_the_setting(monkeypatch):
    from eventwire import Coder

    seen = []

    def parallel(coder, articles, n_process, batch_size, handler):
        seen.append(n_process)
        return iter(())

    monkeypatch.setattr(coder_mod, "_pipe_parallel", parallel)
    list(Coder({"workers": 3}, lazy=True).pipe(ARTICLES, n_process=None))
    assert seen == [3]


@pytest.mark.parametrize("value,setting,named", [(-1, 0, "--workers"), (None, -2, "'workers'")])
def test_coder_workers_bad_number(value, setting, named):
    with pytest.raises(ConfigError, match="expected 0") as err:
        coder_mod.resolve_workers(value, Settings({"workers": setting}))
    assert named in str(err.value)


@pytest.mark.parametrize("command", [["code", "a.txt"], ["ingest", "a.jsonl", "--db", "x.db"]])
def test_coder_workers_cli_default_is_every_core(monkeypatch, command):
    from eventwire import cli

    monkeypatch.setattr(coder_mod, "cpu_cores", lambda: 6)
    args = cli.build_parser().parse_args(command)
    assert args.workers is None
    coder = cli._coder(args)
    assert args.workers == 6 and coder._nlp_loaded is None  # the parent loads no model
    args = cli.build_parser().parse_args([*command, "--workers", "1"])
    cli._coder(args)
    assert args.workers == 1
