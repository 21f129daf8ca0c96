"""The texts the actor benchmarks time: the seed article, then PolNeAR dev texts.

Imported by the scripts in this folder (run as ``python3 benchmarks/NAME.py``, so the
folder is on ``sys.path``); not a benchmark itself.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: the PolNeAR dev texts beside the repository (../shared/eval/quotes/polnear/dev/text)
POLNEAR_DEV_TEXTS = ROOT.parent / "shared/eval/quotes/polnear/dev/text"


def seed_and_texts(folder: str | Path, articles: int) -> list[str]:
    """The seed article's text (examples/seed-article.jsonl, first line), then the first
    ``articles`` ``*.txt`` files of ``folder`` in name order."""
    seed = json.loads((ROOT / "examples/seed-article.jsonl").read_text().splitlines()[0])["text"]
    return [seed] + [p.read_text() for p in sorted(Path(folder).glob("*.txt"))[:articles]]
