# The two commands of the README: `make demo` (set up and run the main job) and `make test`.
PY ?= python3
DB ?= eventwire.duckdb

.PHONY: demo test lint

demo:
	$(PY) -m pip install -q -e .
	eventwire ingest examples/seed-article.jsonl --db $(DB)
	eventwire events --db $(DB)

test:
	$(PY) -m pip install -q -e '.[test]'
	command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)
	$(PY) -m pytest

lint:
	$(PY) -m pip install -q -e '.[dev]'
	ruff check src tests
	ruff format --check src tests
	mypy src
