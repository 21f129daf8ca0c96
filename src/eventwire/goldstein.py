"""The Goldstein (1992) conflict-cooperation score of a CAMEO event code.

The table ships as data (``resources/ontology/goldstein.tsv``, its source in its header);
``goldstein("0874")`` reads it once. A code the table lacks falls back to its 3-digit,
then its 2-digit root, as analysts do with GDELT's ``EventRootCode``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .errors import ResourceError

TABLE = Path(__file__).resolve().parent / "resources" / "ontology" / "goldstein.tsv"


@lru_cache(maxsize=4)
def load(path: Path = TABLE) -> dict[str, float]:
    """The table at ``path`` as {CAMEO code: score}; a malformed line is a ResourceError."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ResourceError(f"{path}: cannot read the Goldstein table ({exc})") from None
    table: dict[str, float] = {}
    for n, line in enumerate(lines, 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split("\t")
        try:
            if len(parts) != 2 or not parts[0].isdigit():
                raise ValueError
            score = float(parts[1])
        except ValueError:
            raise ResourceError(
                f"{path}:{n}: expected CODE<TAB>SCORE (digits, a number), got {line!r}"
            ) from None
        if not -10.0 <= score <= 10.0:
            raise ResourceError(f"{path}:{n}: score {score} is outside -10..10")
        table[parts[0]] = score
    return table


def goldstein(cameo: str | None) -> float | None:
    """The Goldstein score of a CAMEO code (falling back to its root), or None if unknown."""
    if not cameo:
        return None
    code = cameo.strip()
    table = load()
    for cut in (len(code), 3, 2):
        if cut <= len(code) and code[:cut] in table:
            return table[code[:cut]]
    return None


def table() -> dict[str, float]:
    """The packaged table, {CAMEO code: score} (read once)."""
    return load()


#: the score of a code, by the name the GDELT export uses
score = goldstein
