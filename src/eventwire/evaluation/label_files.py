"""Label files without article text: our own labelled news, kept as offsets.

A label file holds one article a line in the layout of ``news-sentences-dev.jsonl`` with
no ``text``: ``{"id", "source", "date", "publisher", "title", "sentences": [{"sid",
"start", "end", "events": [...]}]}``. ``source`` says where the article's text is in
``../shared`` (``SOURCES``); an event's trigger, actor and recipient (and its place where
the place is a phrase of the article rather than a bare name) are kept as
``"spans": {"trigger": [start, end], ...}`` offsets rather than the article's words.
``with_text`` adds the text back, checks every offset, and gives the articles in the dev
layout, for scoring (``benchmarks/own_checks/score.py``) or for training
(``python -m eventwire.training.events --labels``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import EvaluationError
from .news import read_jsonl
from .time import read_tml

POLNEAR = Path("eval/quotes/polnear")
TRAIN_NEWS = Path("train/news-events/news-sentences-train.jsonl")
TBAQ = Path("eval/time/tbaq")
#: where each ``source`` keeps its articles' text, under ../shared
SOURCES = {
    "polnear-train": POLNEAR / "train" / "text",
    "polnear-dev": POLNEAR / "dev" / "text",
    "news-train": TRAIN_NEWS,
    "tbaq": TBAQ,  # id ``tbaq-<DOCID>``: the TimeML file's <TEXT>, tags stripped
    "gwn": Path("eval/geo/geowebnews/brat"),  # id ``gwn-<N>``: brat/<N>.txt
}
#: the event fields that name the article's words, kept in a label file as offsets
SPAN_FIELDS = ("trigger", "actor", "recipient", "place")


def tbaq_text(tml: Path) -> str:
    """The text of a TimeML file as the time evaluator reads it (``read_tml``: its <TEXT>
    element without tags, entities unescaped), stripped: the offsets of a ``tbaq`` label
    file count in this string. An ``EvaluationError`` where the file has no <TEXT>."""
    return read_tml(tml).text.strip()


class Texts:
    """The article texts of each source, read once."""

    def __init__(self, shared: Path) -> None:
        self.shared = shared
        self._train: dict[str, str] | None = None

    def get(self, source: str, aid: str) -> str | None:
        """The text of article ``aid`` of ``source``; None where there is none."""
        if source == "news-train":
            if self._train is None:
                lines = (self.shared / TRAIN_NEWS).read_text(encoding="utf-8").splitlines()
                arts = (json.loads(line) for line in lines if line.strip())
                self._train = {str(a["id"]): str(a["text"]) for a in arts}
            return self._train.get(aid)
        if "/" in aid:
            return None
        if source == "tbaq":
            docid = aid.removeprefix("tbaq-")
            for sub in ("AQUAINT", "TimeBank"):
                tml = self.shared / TBAQ / sub / f"{docid}.tml"
                if tml.is_file():
                    return tbaq_text(tml)
            return None
        name = aid.removeprefix("gwn-") if source == "gwn" else aid
        path = self.shared / SOURCES[source] / f"{name}.txt"
        if not path.is_file():
            return None
        return path.read_text(encoding="utf-8")


def _words(event: Any, text: str) -> Any:
    """The event with its ``spans`` ([start, end] offsets of trigger, actor, recipient)
    turned back into the words the news evaluator prints."""
    if not isinstance(event, dict) or not isinstance(event.get("spans"), dict):
        return event
    words = {
        k: text[v[0] : v[1]]
        for k, v in event["spans"].items()
        if k in SPAN_FIELDS and isinstance(v, list) and len(v) == 2
    }
    return {**event, **words}


def _offsets_ok(sent: Any, length: int) -> bool:
    if not isinstance(sent, dict) or not isinstance(sent.get("events"), list):
        return False
    start, end = sent.get("start"), sent.get("end")
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length


def with_text(path: Path, texts: Texts) -> list[dict[str, Any]]:
    """The articles of one label file with their text added; an ``EvaluationError`` naming
    the file and line where a line is no article, its source or id is unknown or a sentence's
    offsets do not lie inside the text."""
    articles = []
    for where, art in read_jsonl(path, "the label file; expected JSON Lines, no text"):
        if not isinstance(art, dict) or not isinstance(art.get("sentences"), list):
            raise EvaluationError(f"{where}: expected an object with a 'sentences' list")
        if "text" in art:
            raise EvaluationError(f"{where}: a label file holds no article text ('text')")
        source, aid = art.get("source"), str(art.get("id") or "")
        if source not in SOURCES:
            raise EvaluationError(f"{where}: unknown source {source!r}; expected {list(SOURCES)}")
        text = texts.get(source, aid)
        if text is None:
            raise EvaluationError(f"{where}: no article {aid!r} in {source}")
        for sent in art["sentences"]:
            if not _offsets_ok(sent, len(text)):
                raise EvaluationError(
                    f"{where}: sentence {sent.get('sid') if isinstance(sent, dict) else sent!r}: "
                    f"needs 'events' and offsets with 0 <= start < end <= {len(text)} "
                    f"(the length of {aid!r})"
                )
            sent["events"] = [_words(ev, text) for ev in sent["events"]]
        articles.append({**art, "text": text})
    return articles
