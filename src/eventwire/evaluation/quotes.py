"""Attribution scores on PolNeAR's brat layout (``text/NAME.txt``, ``attributions/NAME_ANN.ann``).

One annotator per article: the first ``.ann`` file of the article in sorted order.
Each gold attribution is an ``E`` line tying a Content span to its Source and Cue
(``Attribution-no-source`` has no Source); spans may be discontinuous.

Measures (every one also split into *direct* attributions, whose content is inside
quotation marks (curly, straight, guillemets or two apostrophes ``''``), and *the rest*):

- **overlap P/R/F1**: a prediction matches a gold attribution when its content covers
  at least half of the gold content's tokens; pairs are made one-to-one, best cover first;
- **source accuracy** and **cue accuracy** on the matched pairs: the predicted span
  shares a token with the gold one (no source on both sides counts as right);
- **exact F1** of content spans and of source spans: the same characters, once
  whitespace and the punctuation that frames a clause are trimmed at both ends.

Tokens are words and single punctuation marks (``\\w+|[^\\w\\s]``).
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from ..errors import EvaluationError

TOKEN = re.compile(r"\w+|[^\w\s]")
OPEN_MARKS = '“«„"‘'
CLOSE_MARKS = '”»"’'
# typewriter-style copy (PolNeAR's New York Times articles) writes a double quotation
# mark as two apostrophes
DOUBLE_APOSTROPHE = "''"
FRAME = " \t\n\r,;:.—–-"

Spans = list[tuple[int, int]]


def read_ann(path: Path) -> list[dict[str, Spans]]:
    """The attributions of one brat ``.ann`` file: role ('Content', 'Source', 'Cue') → spans."""
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[dict[str, str]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot be read ({exc}); expected a brat .ann file") from exc
    for n, line in enumerate(lines, 1):
        cols = line.split("\t")
        if len(cols) < 2 or not cols[0]:
            continue
        try:
            if cols[0][0] == "T":
                label, _, offsets = cols[1].partition(" ")
                parts = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
                spans[cols[0]] = (label, [(p[0], p[1]) for p in parts])
            elif cols[0][0] == "E":
                events.append(dict(r.split(":", 1) for r in cols[1].split()))
        except (ValueError, IndexError) as exc:
            raise EvaluationError(
                f"{path}, line {n}: {line!r} is not a brat T or E line ({exc})"
            ) from exc
    out = []
    for ev in events:
        att: dict[str, Spans] = {}
        for role, tid in ev.items():
            role = re.sub(r"\d+$", "", role)
            if role in ("Content", "Source", "Cue") and tid in spans:
                att.setdefault(role, []).extend(spans[tid][1])
        if att.get("Content"):
            out.append(att)
    return out


def read_gold(
    gold: Path, limit: int | None = None
) -> list[tuple[str, str, list[dict[str, Spans]]]]:
    """(name, text, attributions) for each article of a PolNeAR folder, in sorted order."""
    texts = sorted((gold / "text").glob("*.txt"))
    if not texts:
        raise EvaluationError(
            f"{gold}: no text/*.txt files; expected PolNeAR's brat layout "
            "(text/NAME.txt and attributions/NAME_ANNOTATOR.ann)"
        )
    docs = []
    for tf in texts:
        anns = sorted((gold / "attributions").glob(f"{tf.stem}_*.ann"))
        anns = [a for a in anns if a.stem.rsplit("_", 1)[0] == tf.stem]
        if not anns:
            continue
        docs.append((tf.stem, tf.read_text(encoding="utf-8"), read_ann(anns[0])))
        if limit is not None and len(docs) >= limit:
            break
    return docs


def token_set(text: str, spans: Spans) -> set[int]:
    """Start offsets of the tokens inside ``spans``."""
    out: set[int] = set()
    for s, e in spans:
        out.update(s + m.start() for m in TOKEN.finditer(text[s:e]))
    return out


def _trimmed(text: str, spans: Spans) -> tuple[tuple[int, int], ...]:
    out = []
    for s, e in sorted(spans):
        while s < e and text[s] in FRAME:
            s += 1
        while e > s and text[e - 1] in FRAME:
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)


def is_direct(text: str, spans: Spans) -> bool:
    """Whether content is a quotation: it opens and closes with a quotation mark."""
    trimmed = _trimmed(text, spans)
    if not trimmed:
        return False
    s, e = trimmed[0][0], trimmed[-1][1]
    # marks just outside the span count too ("“…,” he said" annotated without them)
    k = s
    while k > 0 and text[k - 1].isspace():
        k -= 1
    opens = text[s] in OPEN_MARKS or (k > 0 and text[k - 1] in OPEN_MARKS)
    opens = opens or text.startswith(DOUBLE_APOSTROPHE, s) or text[:k].endswith(DOUBLE_APOSTROPHE)
    j = e
    while j < len(text) and text[j] in " ,.?!":
        j += 1
    closes = text[e - 1] in CLOSE_MARKS or (j < len(text) and text[j] in CLOSE_MARKS)
    closes = closes or text[:e].endswith(DOUBLE_APOSTROPHE) or text.startswith(DOUBLE_APOSTROPHE, j)
    return opens and closes


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


class Tally:
    def __init__(self) -> None:
        self.gold = self.pred = self.matched = self.matched_pred = 0
        self.source_ok = self.cue_ok = 0
        self.content_exact = self.source_exact = 0
        self.gold_sources = self.pred_sources = 0

    def report(self) -> dict[str, Any]:
        m = self.matched
        p = self.matched_pred / self.pred if self.pred else 0.0
        r = m / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "gold": self.gold,
            "predicted": self.pred,
            "matched": m,
            "overlap": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)},
            "source_accuracy": round(self.source_ok / m, 4) if m else 0.0,
            "cue_accuracy": round(self.cue_ok / m, 4) if m else 0.0,
            "content_exact": _prf(self.content_exact, self.pred, self.gold),
            "source_exact": _prf(self.source_exact, self.pred_sources, self.gold_sources),
        }


def score_document(
    text: str,
    gold: list[dict[str, Spans]],
    pred: list[dict[str, Spans]],
    tallies: dict[str, Tally],
) -> list[tuple[int, int]]:
    """Match predictions to gold in one article and add to the tallies; returns the pairs."""
    g_tok = [token_set(text, g["Content"]) for g in gold]
    p_tok = [token_set(text, p["Content"]) for p in pred]
    candidates = []
    for gi, gt in enumerate(g_tok):
        if not gt:
            continue
        for pi, pt in enumerate(p_tok):
            cover = len(gt & pt) / len(gt)
            if cover >= 0.5:
                candidates.append((cover, len(pt & gt) / max(1, len(pt)), gi, pi))
    candidates.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _c, _p, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    g_dir = [is_direct(text, g["Content"]) for g in gold]
    p_dir = [is_direct(text, p["Content"]) for p in pred]
    for name, g_sel, p_sel in (
        ("all", [True] * len(gold), [True] * len(pred)),
        ("direct", g_dir, p_dir),
        ("rest", [not d for d in g_dir], [not d for d in p_dir]),
    ):
        t = tallies[name]
        t.gold += sum(g_sel)
        t.pred += sum(p_sel)
        t.gold_sources += sum(1 for g, s in zip(gold, g_sel, strict=True) if s and g.get("Source"))
        t.pred_sources += sum(1 for p, s in zip(pred, p_sel, strict=True) if s and p.get("Source"))
        # precision counts the pairs whose prediction is in the split, recall (and the
        # accuracies) those whose gold attribution is
        t.matched_pred += sum(1 for _gi, pi in pairs if p_sel[pi])
        for gi, pi in pairs:
            if not g_sel[gi]:
                continue
            t.matched += 1
            g, p = gold[gi], pred[pi]
            gs, ps = g.get("Source"), p.get("Source")
            if (not gs and not ps) or (gs and ps and token_set(text, gs) & token_set(text, ps)):
                t.source_ok += 1
            gc, pc = g.get("Cue"), p.get("Cue")
            if gc and pc and token_set(text, gc) & token_set(text, pc):
                t.cue_ok += 1
            if _trimmed(text, g["Content"]) == _trimmed(text, p["Content"]):
                t.content_exact += 1
            if gs and ps and _trimmed(text, gs) == _trimmed(text, ps):
                t.source_exact += 1
    return pairs


def predicted(analysis: Any) -> list[dict[str, Spans]]:
    """An Analysis's quotes as role → spans, like the gold attributions."""
    out = []
    for q in analysis.quotes:
        att: dict[str, Spans] = {"Content": [(c.start, c.end) for c in q.content]}
        if q.speaker is not None:
            att["Source"] = [(q.speaker.start, q.speaker.end)]
        if q.cue is not None:
            att["Cue"] = [(q.cue.start, q.cue.end)]
        out.append(att)
    return out


def evaluate(gold: Path, coder: Any, limit: int | None = None) -> dict[str, Any]:
    """Score the coder's quotes against a PolNeAR folder (``train`` or ``dev``)."""
    gold = Path(gold)
    docs = read_gold(gold, limit)
    tallies = {k: Tally() for k in ("all", "direct", "rest")}
    t0 = time.perf_counter()
    for name, text, atts in docs:
        analysis = coder.code(text, id=name)
        score_document(text, atts, predicted(analysis), tallies)
    return {
        "task": "quotes",
        "gold": str(gold),
        "articles": len(docs),
        "seconds": round(time.perf_counter() - t0, 1),
        **{k: t.report() for k, t in tallies.items()},
    }


def render(report: dict[str, Any]) -> str:
    """The report as a small table for the terminal."""
    head = (
        f"quotes: {report['articles']} articles from {report['gold']} "
        f"({report.get('seconds', 0)} s)\n"
    )
    cols = ["split", "gold", "pred", "P", "R", "F1", "source", "cue", "content=", "source="]
    rows = [cols]
    for k in ("all", "direct", "rest"):
        r = report[k]
        rows.append(
            [
                k,
                str(r["gold"]),
                str(r["predicted"]),
                f"{r['overlap']['precision']:.3f}",
                f"{r['overlap']['recall']:.3f}",
                f"{r['overlap']['f1']:.3f}",
                f"{r['source_accuracy']:.3f}",
                f"{r['cue_accuracy']:.3f}",
                f"{r['content_exact']['f1']:.3f}",
                f"{r['source_exact']['f1']:.3f}",
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(cols))]
    lines = ["  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    note = (
        "P/R/F1: content overlap >= half the gold tokens; source, cue: accuracy on matched "
        "pairs (shared token); content=, source=: exact-span F1"
    )
    return head + "\n".join(lines) + "\n" + note
