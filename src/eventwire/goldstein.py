"""The Goldstein conflict-cooperation score of a CAMEO event code (GDELT's GoldsteinScale).

The table is data: ``resources/events/cameo-goldstein.tsv`` (its header names the
source). A code the table lacks takes the score of its nearest listed parent
(``0431`` -> ``043``); a code with no listed parent has no score.
"""

from __future__ import annotations

import functools
from importlib import resources

from .errors import ResourceError

TABLE = "cameo-goldstein.tsv"


@functools.lru_cache(maxsize=1)
def table() -> dict[str, float]:
    """CAMEO code -> Goldstein score, from the packaged table (read once)."""
    try:
        text = (
            resources.files("eventwire").joinpath("resources", "events", TABLE).read_text("utf-8")
        )
    except OSError as exc:
        raise ResourceError(f"packaged Goldstein table missing: {TABLE} ({exc})") from exc
    out: dict[str, float] = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split("\t")
        try:
            code, score = parts[0].strip(), float(parts[1])
        except (IndexError, ValueError):
            raise ResourceError(
                f"{TABLE}, line {n}: {line!r}; expected CODE<TAB>SCORE (e.g. 042<TAB>1.9)"
            ) from None
        if not code.isdigit() or not -10.0 <= score <= 10.0:
            raise ResourceError(
                f"{TABLE}, line {n}: {line!r}; expected a CAMEO code of digits and a score "
                "from -10 to 10"
            )
        out[code] = score
    return out


def score(cameo: str | None) -> float | None:
    """The Goldstein score of CAMEO code ``cameo`` (or of its nearest listed parent), or None."""
    if not cameo:
        return None
    scores = table()
    code = cameo.strip()
    while len(code) >= 2:
        if code in scores:
            return scores[code]
        code = code[:-1]
    return None
