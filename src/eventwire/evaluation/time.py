"""Time-expression evaluation on TimeML (``.tml``) files, with TempEval-3's measures.

Each ``.tml`` file is read as an article: the tags inside ``<TEXT>`` are stripped
(character entities decoded) to give the text and the gold TIMEX3 spans; the
document creation time (the TIMEX3 with ``functionInDocument="CREATION_TIME"``)
is the article date. The Coder codes the text and its ``times`` are scored:

- extraction precision, recall and F1, **strict** (same start and end) and
  **relaxed** (the spans overlap; gold and system timexes are paired one to one);
- **type accuracy** and **value accuracy** over the relaxed pairs;
- **type F1** and **value F1**: a relaxed pair whose attribute is also right counts
  as a hit, over all system (precision) and all gold (recall) timexes, as the
  TempEval-3 scorer computes them (HeidelTime's value F1 on TempEval-3: 77.6).

Values are compared as strings after one canonical step that only removes
spelling variants of the same TimeML value (``1998-W7`` = ``1998-W07``).

The report gives each measure for the whole gold set, per gold TIMEX3 type (how many
of the DATE, TIME, DURATION and SET expressions are found, typed and valued right),
and for the two halves of the documents (``eventwire.evaluation.split.half`` of the
document id): errors are read on the ``tune`` half only, the ``check`` half is only
scored.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EvaluationError
from .split import HALVES, half

if TYPE_CHECKING:
    from ..coder import Coder

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')


@dataclass
class GoldTimex:
    """One gold TIMEX3: its span in the stripped text and its attributes."""

    text: str
    start: int
    end: int
    type: str
    value: str | None


@dataclass
class GoldDoc:
    """One TimeML document: its id, creation date, plain text and gold timexes."""

    id: str
    date: str | None
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)


def read_tml(path: Path) -> GoldDoc:
    """Parse one ``.tml`` file into its text (inside ``<TEXT>``), date and gold TIMEX3 spans."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct = None
    m = re.search(r"<TIMEX3\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", raw)
    if m:
        attrs = dict(_ATTR.findall(m.group(0)))
        value = attrs.get("value", "")
        dct = value[:10] if re.match(r"\d{4}-\d\d-\d\d", value) else None
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if body is None:
        raise EvaluationError(f"{path}: no <TEXT> element; expected a TimeML document")
    content = body.group(1)
    out: list[str] = []
    length = 0
    timexes: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for tag in _TAG.finditer(content):
        chunk = html.unescape(content[pos : tag.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, name = tag.group(1), tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            open_timex = None
            timexes.append(
                GoldTimex(
                    text="",
                    start=start,
                    end=length,
                    type=attrs.get("type", ""),
                    value=attrs.get("value"),
                )
            )
    out.append(html.unescape(content[pos:]))
    text = "".join(out)
    for t in timexes:
        t.text = text[t.start : t.end]
    return GoldDoc(id=path.stem, date=dct, text=text, timexes=timexes)


def read_corpus(gold: Path, limit: int | None = None) -> list[GoldDoc]:
    """All ``.tml`` files under ``gold`` (a file or a folder, searched recursively), sorted."""
    if gold.is_file():
        files = [gold]
    else:
        files = sorted(gold.rglob("*.tml"))
    if not files:
        raise EvaluationError(f"{gold}: no .tml files found; expected TimeML files (TBAQ)")
    if limit is not None:
        files = files[:limit]
    return [read_tml(f) for f in files]


def canonical_value(value: str | None) -> str | None:
    """A TimeML value with spelling variants removed (week numbers zero-padded)."""
    if value is None:
        return None
    return re.sub(r"-W(\d)(?!\d)", r"-W0\1", value.strip())


def _prf(hits: int, system: int, gold: int) -> dict[str, float]:
    p = hits / system if system else 0.0
    r = hits / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score(pairs: list[tuple[list[GoldTimex], list[Any]]]) -> dict[str, Any]:
    """TempEval-3 measures over (gold timexes, system timexes) per document."""
    n_gold = n_sys = strict = relaxed = type_ok = value_ok = 0
    errors: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = {}
    for gold, system in pairs:
        n_gold += len(gold)
        n_sys += len(system)
        spans = {(s.start, s.end) for s in system}
        strict += sum((g.start, g.end) in spans for g in gold)
        used: set[int] = set()
        for g in gold:
            # prefer the system timex that overlaps most, so one long system span
            # cannot steal the partner of a better-matching neighbour
            best, best_overlap = None, 0
            for i, s in enumerate(system):
                if i in used:
                    continue
                overlap = min(g.end, s.end) - max(g.start, s.start)
                if overlap > best_overlap:
                    best, best_overlap = i, overlap
            kind = by_type.setdefault(g.type, Counter())
            kind["gold"] += 1
            if best is None:
                errors["missed"] += 1
                continue
            used.add(best)
            relaxed += 1
            kind["found"] += 1
            s = system[best]
            type_ok += s.type == g.type
            kind["type right"] += s.type == g.type
            if canonical_value(s.value) == canonical_value(g.value):
                value_ok += 1
                kind["value right"] += 1
            else:
                errors["wrong value"] += 1
        errors["spurious"] += len(system) - len(used)
    return {
        "documents": len(pairs),
        "gold": n_gold,
        "system": n_sys,
        "strict": _prf(strict, n_sys, n_gold),
        "relaxed": _prf(relaxed, n_sys, n_gold),
        "type_accuracy": round(type_ok / relaxed, 4) if relaxed else 0.0,
        "value_accuracy": round(value_ok / relaxed, 4) if relaxed else 0.0,
        "type_f1": _prf(type_ok, n_sys, n_gold)["f1"],
        "value_f1": _prf(value_ok, n_sys, n_gold)["f1"],
        "errors": dict(errors),
        "by_type": {k: {m: v[m] for m in _TYPE_COUNTS} for k, v in sorted(by_type.items())},
    }


_TYPE_COUNTS = ("gold", "found", "type right", "value right")


def evaluate(gold: Path, coder: Coder, limit: int | None = None) -> dict[str, Any]:
    """Code every TimeML document under ``gold`` and score its time expressions."""
    from ..coder import Coder as _Coder

    # times reads only the parse, so a Coder with the user's settings but only the
    # times annotator scores the same and runs several times faster
    names = tuple(coder.settings["annotators"])
    if "times" in names and names != ("times",):
        coder = _Coder({**coder.settings.as_dict(), "annotators": ("times",)})
    docs = read_corpus(Path(gold), limit)
    articles = [{"id": d.id, "date": d.date, "text": d.text} for d in docs]
    by_id = {d.id: d for d in docs}
    pairs: dict[str, tuple[list[GoldTimex], list[Any]]] = {}
    for analysis in coder.pipe(articles):
        doc = by_id[analysis.article.id]
        pairs[doc.id] = (doc.timexes, analysis.times)
    for d in docs:  # an article the Coder skipped (e.g. empty text) scores as all missed
        pairs.setdefault(d.id, (d.timexes, []))
    report = score(list(pairs.values()))
    report["task"] = "time"
    report["gold_path"] = str(gold)
    report["halves"] = {
        h: score([p for doc_id, p in pairs.items() if half(doc_id) == h]) for h in HALVES
    }
    return report


def render(report: dict[str, Any]) -> str:
    """The report as small tables for the terminal: the whole set, by type, then each half."""
    lines = _render_scores(report)
    lines += ["", f"{'by gold type':<22}{'gold':>8}{'found':>8}{'type':>8}{'value':>8}"]
    for kind, c in report.get("by_type", {}).items():
        found = c["found"] or 1
        lines.append(
            f"{kind:<22}{c['gold']:>8}{c['found']:>8}"
            f"{c['type right'] / found:>8.3f}{c['value right'] / found:>8.3f}"
        )
    for h, part in report.get("halves", {}).items():
        lines += ["", f"== {h} half =="] + _render_scores(part)
    return "\n".join(lines)


def _render_scores(report: dict[str, Any]) -> list[str]:
    lines = [
        f"time expressions: {report['documents']} documents, "
        f"{report['gold']} gold, {report['system']} found",
        f"{'':<22}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    for name in ("strict", "relaxed"):
        s = report[name]
        lines.append(
            f"{'extraction ' + name:<22}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
        )
    lines.append(f"{'type accuracy':<22}{report['type_accuracy']:>24.3f}")
    lines.append(f"{'value accuracy':<22}{report['value_accuracy']:>24.3f}")
    lines.append(f"{'type F1':<22}{report['type_f1']:>24.3f}")
    lines.append(f"{'value F1':<22}{report['value_f1']:>24.3f}")
    return lines
