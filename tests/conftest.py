"""Shared fixtures: one Coder per test session (spaCy loads once), the seed article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the golden files under tests/golden/ from today's output, then review "
        "and commit the diff (tests/test_coder_golden.py)",
    )


@pytest.fixture(autouse=True)
def _one_core(monkeypatch):
    # `code` and `ingest` start one worker process per core by default, each loading its own
    # model: tests that call the CLI in-process code in that process (as on a one-core
    # machine); tests/test_coder_workers.py starts worker processes on purpose.
    monkeypatch.setattr("eventwire.coder.cpu_cores", lambda: 1)


@pytest.fixture(scope="session")
def coder():
    from eventwire import Coder

    return Coder()


@pytest.fixture(scope="session")
def rules_only(coder):
    """The event rules without the learned filter, so that a test tests the rule, not the
    filter (spaCy is already loaded by ``coder``)."""
    from eventwire import Coder

    return Coder({"event_filter": False})


@pytest.fixture(scope="session")
def rules(rules_only):
    """The same coder, under the name some event test files use."""
    return rules_only


@pytest.fixture(scope="session")
def places_coder(coder):
    """A Coder that runs the places annotator alone (the place tests' subject)."""
    from eventwire import Coder

    return Coder({"annotators": ["places"]})


@pytest.fixture(scope="session")
def invented_coder(coder, tmp_path_factory):
    """A Coder that reads helpers.INVENTED_ACTORS as a user's actor dictionary."""
    from helpers import INVENTED_ACTORS, coder_with_actors

    return coder_with_actors(tmp_path_factory.mktemp("invented-actors"), INVENTED_ACTORS)


@pytest.fixture(scope="session")
def tagger():
    """The time tagger over the packaged time lexicon."""
    from eventwire.annotators.times import TimeTagger, load_lexicon

    return TimeTagger(load_lexicon())


@pytest.fixture(scope="session")
def nlp(coder):
    return coder.nlp


@pytest.fixture(scope="session")
def seed() -> dict:
    return json.loads((EXAMPLES / "seed-article.jsonl").read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture(scope="session")
def seed_analysis(coder, seed):
    return coder.code(seed)


def shared_path(*parts: str) -> Path:
    """A path under ../shared/, skipping the test when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not present")
    return p


@pytest.fixture()
def site():
    """The fixture feeds and pages (tests/sources_server.py) served on a local port."""
    from sources_server import serve

    server, served = serve()
    yield served
    server.shutdown()
    server.server_close()
