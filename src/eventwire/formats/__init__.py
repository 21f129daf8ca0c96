"""Output formats: each a view of the records, written in one place.

- ``plover``: one PLOVER JSON record per event (PLOVER manual, Data Fields), plus ``cameo``
- ``gdelt``: GDELT 2.0 event-table columns that eventwire can fill
- ``parquet``: one flat row per event
- ``table``: a readable terminal view
"""

from __future__ import annotations

from ..records import PLOVER_QUAD

__all__ = ["PLOVER_QUAD", "global_id"]


def global_id(article_id: str, record_id: str) -> str:
    """A record id unique across the corpus: the article id and the record's id in it."""
    return f"{article_id}-{record_id}"
