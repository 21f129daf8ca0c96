"""Output formats: each a view of the records, written in one place.

- ``plover``: one PLOVER JSON record per event (PLOVER manual, Data Fields), plus ``cameo``
- ``gdelt``: GDELT 2.0 event-table columns that eventwire can fill
- ``parquet``: one flat row per event
- ``table``: a readable terminal view
"""

from __future__ import annotations

PLOVER_QUAD: dict[str, int] = {
    # PLOVER manual, "Quad category" of each event type
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip


def global_id(article_id: str, record_id: str) -> str:
    """A record id unique across the corpus: the article id and the record's id in it."""
    return f"{article_id}-{record_id}"
