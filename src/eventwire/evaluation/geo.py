"""Geoparsing evaluation on GeoWebNews (Gritta et al. 2019, "A Pragmatic Guide to Geoparsing
Evaluation"), read from its XML file (``GWN.xml``).

GeoWebNews labels every toponym with a type. Eight types carry coordinates where the annotators
could resolve them ("resolvable" below): Literal, Mixed, Coercion, Literal_Modifier,
Embedded_Literal (the place itself) and Metonymic, Non_Literal_Modifier, Embedded_Non_Lit (a
place standing for something else, or naming it: "Iraq war", "Irish immigrants"). Demonym,
Homonym and Language are toponym-like words without coordinates; Non_Toponym, Literal_Expression
and Non_Lit_Expression mark other words and the phrases that embed toponyms.

Measures:

- **recognition** P/R/F1 with overlap matching (each gold toponym and each prediction matched
  at most once), against the resolvable toponyms; recall per type is listed too, and so is
  recall without the adjectival modifiers ("Irish", "Syrian"), which eventwire deliberately
  does not take as places (demonyms are not places);
- **resolution**, over the gold toponyms with coordinates that were recognised: accuracy
  within 161 km (100 miles), median error in km, and AUC, the area under the curve of the
  errors' scaled logarithms as Gritta et al. define it: each error ``e`` in km scores
  ``ln(1 + e) / ln(1 + 20039)`` (20,039 km being half the Earth's circumference, the largest
  possible error), and AUC is their mean: 0 is perfect, 1 the worst; a recognised toponym left
  unresolved counts as the largest error;
- **resolution given the gold spans**: the same measures when the resolver is handed every
  gold toponym's text (in its article's context), isolating resolution from recognition.
"""

from __future__ import annotations

import statistics
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from math import log
from pathlib import Path
from typing import Any

from ..errors import EvaluationError
from ..gazetteer import distance_km

RESOLVABLE = (
    "Literal",
    "Mixed",
    "Coercion",
    "Literal_Modifier",
    "Embedded_Literal",
    "Metonymic",
    "Non_Literal_Modifier",
    "Embedded_Non_Lit",
)
MAX_ERROR_KM = 20039.0
ACCURACY_KM = 161.0


@dataclass
class GoldToponym:
    """One annotated toponym of GeoWebNews."""

    text: str
    start: int
    end: int
    type: str
    modifier: str
    lat: float | None
    lon: float | None


@dataclass
class GoldArticle:
    """One GeoWebNews article: its text and its toponyms."""

    id: str
    text: str
    toponyms: list[GoldToponym]


def read_gold(path: Path) -> list[GoldArticle]:
    """The articles of a GeoWebNews XML file (a folder is taken to hold ``GWN.xml``)."""
    if path.is_dir():
        path = path / "GWN.xml"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise EvaluationError(
            f"{str(path)!r} cannot be read as GeoWebNews XML ({exc}); expected GWN.xml with "
            "<article><text>…</text><toponyms><toponym>… elements"
        ) from exc
    out: list[GoldArticle] = []
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            try:
                lat_s, lon_s = t.findtext("latitude"), t.findtext("longitude")
                tops.append(
                    GoldToponym(
                        text=t.findtext("extractedName") or "",
                        start=int(t.findtext("start") or ""),
                        end=int(t.findtext("end") or ""),
                        type=t.findtext("type") or "",
                        modifier=t.findtext("modifierType") or "",
                        lat=float(lat_s) if lat_s else None,
                        lon=float(lon_s) if lon_s else None,
                    )
                )
            except ValueError as exc:
                raise EvaluationError(
                    f"{str(path)!r}, article {art.get('file', n)}: a toponym has a bad number "
                    f"({exc}); expected integer start/end and decimal latitude/longitude"
                ) from exc
        out.append(GoldArticle(id=str(art.get("file", n)), text=text, toponyms=tops))
    return out


def _resolution(errors: list[float]) -> dict[str, Any]:
    if not errors:
        return {"n": 0, "accuracy_161km": None, "median_km": None, "auc": None}
    return {
        "n": len(errors),
        "accuracy_161km": round(sum(e <= ACCURACY_KM for e in errors) / len(errors), 4),
        "median_km": round(statistics.median(errors), 1),
        "mean_km": round(statistics.fmean(errors), 1),
        "auc": round(statistics.fmean(log(1 + e) / log(1 + MAX_ERROR_KM) for e in errors), 4),
    }


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "predicted": n_pred,
        "gold": n_gold,
    }


def _resolver(coder: Any) -> Any:
    for ann in getattr(coder, "annotators", []):
        if getattr(ann, "name", "") == "places":
            return ann.resolver
    from ..annotators.places import PlacesAnnotator

    return PlacesAnnotator(coder.settings).resolver


def evaluate(gold: Path, coder: Any, limit: int | None = None) -> dict[str, Any]:
    """Code GeoWebNews' articles and score toponym recognition and resolution."""
    articles = read_gold(Path(gold))
    if limit is not None:
        articles = articles[:limit]
    resolver = _resolver(coder)
    tp = n_pred = 0
    gold_total = 0
    gold_by_type: Counter[str] = Counter()
    found_by_type: Counter[str] = Counter()
    errors: list[float] = []
    oracle_errors: list[float] = []
    t0 = time.perf_counter()
    docs = coder.nlp.pipe(a.text for a in articles)
    from ..coder import make_article

    for art, doc in zip(articles, docs, strict=True):
        analysis = coder.annotate(make_article({"id": art.id, "text": art.text}), doc)
        preds = analysis.places
        golds = [g for g in art.toponyms if g.type in RESOLVABLE]
        gold_total += len(golds)
        n_pred += len(preds)
        used: set[int] = set()
        for g in golds:
            gold_by_type[_type_key(g)] += 1
            for k, p in enumerate(preds):
                if k not in used and p.start < g.end and g.start < p.end:
                    used.add(k)
                    tp += 1
                    found_by_type[_type_key(g)] += 1
                    if g.lat is not None and g.lon is not None:
                        errors.append(
                            distance_km(p.lat, p.lon, g.lat, g.lon)
                            if p.lat is not None and p.lon is not None
                            else MAX_ERROR_KM
                        )
                    break
        located = [g for g in golds if g.lat is not None]
        entries = resolver.resolve([g.text for g in located])
        for g, entry in zip(located, entries, strict=True):
            assert g.lat is not None and g.lon is not None
            oracle_errors.append(
                distance_km(entry.lat, entry.lon, g.lat, g.lon) if entry else MAX_ERROR_KM
            )
    seconds = time.perf_counter() - t0
    adjectives = sum(n for t, n in gold_by_type.items() if t.endswith("/Adjective"))
    adj_found = sum(n for t, n in found_by_type.items() if t.endswith("/Adjective"))
    recognition = _prf(tp, n_pred, gold_total)
    return {
        "task": "geo",
        "gold": str(gold),
        "articles": len(articles),
        "recognition": recognition,
        "recognition_without_adjectives": {
            "recall": round((tp - adj_found) / max(gold_total - adjectives, 1), 4),
            "gold": gold_total - adjectives,
        },
        "recall_by_type": {
            t: {"recall": round(found_by_type[t] / n, 4), "gold": n}
            for t, n in sorted(gold_by_type.items())
        },
        "resolution": _resolution(errors),
        "resolution_gold_spans": _resolution(oracle_errors),
        "seconds": round(seconds, 1),
    }


def _type_key(g: GoldToponym) -> str:
    return f"{g.type}/{g.modifier}" if g.modifier else g.type


def render(report: dict[str, Any]) -> str:
    """A readable report for the terminal."""
    rec, res, ora = report["recognition"], report["resolution"], report["resolution_gold_spans"]
    no_adj = report["recognition_without_adjectives"]
    lines = [
        f"GeoWebNews: {report['articles']} articles ({report['gold']}), {report['seconds']} s",
        "",
        "toponym recognition (overlap, resolvable types)",
        f"  precision {rec['precision']:.3f}  recall {rec['recall']:.3f}  F1 {rec['f1']:.3f}"
        f"  ({rec['tp']} matched, {rec['predicted']} predicted, {rec['gold']} gold)",
        f"  recall without adjectival modifiers {no_adj['recall']:.3f}  ({no_adj['gold']} gold)",
        "",
        "  recall by type:",
    ]
    for t, v in report["recall_by_type"].items():
        lines.append(f"    {t:<32} {v['recall']:.3f}  of {v['gold']}")
    for title, r in (
        ("resolution (recognised toponyms)", res),
        ("resolution given the gold spans", ora),
    ):
        lines += ["", title]
        if r["n"]:
            lines.append(
                f"  accuracy@161km {r['accuracy_161km']:.3f}  median {r['median_km']} km  "
                f"AUC {r['auc']:.3f}  (n={r['n']})"
            )
        else:
            lines.append("  no toponyms with coordinates")
    return "\n".join(lines)
