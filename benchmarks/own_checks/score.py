"""Score our own labelled checks: label files without article text, scored as news is.

Each FILE holds one article a line, in the layout of ``news-sentences-dev.jsonl`` but with
no ``text``: ``{"id", "source", "date", "publisher", "title", "sentences": [{"sid",
"start", "end", "events": [...]}]}``. ``source`` says where the text is (the articles stay
in ``../shared``; see ``SOURCES``). The text is added, every offset checked against it,
and the articles are written to a temporary dev-format file and scored by the news
evaluator (``eventwire.evaluation.news``): type precision / recall / clean, presence,
dates, places and place-where-none, each with its counts, over the whole set and its two
halves by the ``eventwire.evaluation.split`` hash of the article id.

    python benchmarks/own_checks/score.py benchmarks/own_checks/FILE.jsonl [FILE...]
    python benchmarks/own_checks/score.py FILE --errors tune   # the tune half's errors

``--errors`` takes ``tune`` only: the check half is scored, never read.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError, EventwireError
from eventwire.evaluation.news import read_jsonl
from eventwire.evaluation.time import read_tml

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
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
SPAN_FIELDS = ("trigger", "actor", "recipient")


def tbaq_text(tml: Path) -> str:
    """The text of a TimeML file as the time evaluator reads it (``read_tml``: its <TEXT>
    element without tags, entities unescaped), stripped: the offsets of a ``tbaq`` label
    file count in this string. An ``EvaluationError`` where the file has no <TEXT>."""
    return read_tml(tml).text.strip()


#: (label, rate key in ``scores``, numerator and denominator keys in ``support``)
ROWS = (
    ("type precision", "type_precision", "type_right", "coded_events"),
    ("type recall", "type_recall", "gold_found", "gold_events"),
    ("no-event sentences clean", "clean", "clean", "empty_sent"),
    ("event present: precision", "presence_precision", "both_sent", "coded_sent"),
    ("event present: recall", "presence_recall", "both_sent", "gold_sent"),
    ("date right (typed right)", "date_right", "date_ok", "date_n"),
    ("place right (typed right)", "place_right", "place_ok", "place_n"),
    ("place where gold has none", "place_where_none", "place_where_none", "noplace_n"),
)


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


def score(articles: list[dict[str, Any]], coder: Any) -> dict[str, Any]:
    """The news evaluator's report on the articles (written to a temporary dev-format file)."""
    from eventwire.evaluation import news

    with tempfile.TemporaryDirectory(prefix="own-checks-") as tmp:
        gold = Path(tmp) / "own-checks.jsonl"
        gold.write_text(
            "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8"
        )
        return news.evaluate(gold, coder)


def _cell(scores: dict[str, float], support: dict[str, int], row: tuple[str, ...]) -> str:
    _, rate, num, den = row
    value = f"{scores[rate]:.3f}" if support[den] else "–"  # nothing to score
    return f"{value} ({support[num]}/{support[den]})"


def render(report: dict[str, Any]) -> str:
    """Whole set and halves, each rate beside its counts."""
    cols = [("whole", report)] + [(h, report["halves"][h]) for h in ("tune", "check")]
    titles = [
        f"{name} ({p['articles']} art., {p['support']['sentences']} sent.)" for name, p in cols
    ]
    head = "".join(f"{t:>30}" for t in titles)
    lines = [f"  {'measure':<27}{head}"]
    for row in ROWS:
        cells = "".join(f"{_cell(p['scores'], p['support'], row):>30}" for _, p in cols)
        lines.append(f"  {row[0]:<27}{cells}")
    return "\n".join(lines)


def render_errors(report: dict[str, Any]) -> str:
    """The tune half's errors (the only ones the report keeps)."""
    out = []
    for e in report["tune_errors"]:
        out.append(f"- [{e['article']}] {e['kind']}: coded {e['coded']}; gold {e['gold']}")
        out.append(f"    {e['sentence']}")
    return "\n".join(out) or "(no errors in the tune half)"


def main(argv: Sequence[str] | None = None, coder: Any = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("files", nargs="+", type=Path, help="label files (JSON Lines, no text)")
    ap.add_argument("--errors", metavar="HALF", help="'tune': print the tune half's errors")
    ap.add_argument("--shared", type=Path, default=SHARED, help=f"shared data (default {SHARED})")
    args = ap.parse_args(argv)
    if args.errors is not None and args.errors != "tune":
        print(
            f"score.py: --errors {args.errors} refused: only the tune half's errors are read; "
            "the check half is scored, never read",
            file=sys.stderr,
        )
        return 2
    try:
        texts = Texts(args.shared)
        articles = [a for f in args.files for a in with_text(f, texts)]
        if coder is None:
            from eventwire import Coder

            coder = Coder()
        report = score(articles, coder)
    except EventwireError as exc:
        print(f"score.py: {exc}", file=sys.stderr)
        return 2
    names = ", ".join(str(f) for f in args.files)
    print(f"own checks: {names}: {report['articles']} articles")
    print(render(report))
    if args.errors == "tune":
        print("\ntune half's errors:")
        print(render_errors(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
