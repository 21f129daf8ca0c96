"""Geoparsing evaluation on GeoWebNews (Gritta et al. 2019, "A Pragmatic Guide to Geoparsing
Evaluation"), read from its XML file (``GWN.xml``), and on LGL, the Local-Global Lexicon corpus of
local US news (Lieberman, Samet and Sankaranarayanan 2010), in the XML the same guide distributes
(``<article docid>`` with ``<toponym>``/``<phrase>``/``<gaztag>``). The format is told from the
file. Every LGL toponym is a place itself (GeoWebNews' Literal); one without a ``<gaztag>`` has no
coordinates and counts for recognition only. An LGL report gives the whole file and its two
halves, split by a hash of each article's docid (``eventwire.evaluation.split.half``): errors are
read on the ``tune`` half only, and the ``check`` half tells whether a change generalises.

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
  unresolved counts as the largest error (the accuracy among the resolved ones is given too);
- **resolution given the gold spans**: the same measures when the resolver is handed every
  gold toponym's text (in its article's context), isolating resolution from recognition.
"""

from __future__ import annotations

import functools
import statistics
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from math import log
from pathlib import Path
from typing import Any

from ..errors import EvaluationError
from ..gazetteer import distance_km, name_key
from .split import half

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
    date: str | None = None


def gold_format(root: ET.Element) -> str:
    """``"lgl"`` for LGL's XML (``<article docid>``, ``<gaztag>``), else ``"geowebnews"``."""
    for art in root.iter("article"):
        if art.get("docid") is not None or art.find("toponyms/toponym/phrase") is not None:
            return "lgl"
        return "geowebnews"
    return "geowebnews"


def _parse(path: Path) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise EvaluationError(
            f"{str(path)!r} cannot be read as geoparsing gold XML ({exc}); expected GeoWebNews' "
            "GWN.xml or LGL's lgl.xml: <articles><article>…<text>…</text><toponyms><toponym>…"
        ) from exc


def read_gold(path: Path) -> list[GoldArticle]:
    """The articles of a GeoWebNews or LGL XML file (a folder is taken to hold ``GWN.xml``)."""
    if path.is_dir():
        path = path / "GWN.xml"
    root = _parse(path)
    if gold_format(root) == "lgl":
        return _read_lgl(root, path)
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


def _read_lgl(root: ET.Element, path: Path) -> list[GoldArticle]:
    """LGL's articles: every toponym a Literal one, with coordinates where it has a gaztag."""
    out: list[GoldArticle] = []
    for n, art in enumerate(root.iter("article")):
        docid = art.get("docid") or str(n)
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            try:
                start, end = int(t.findtext("start") or ""), int(t.findtext("end") or "")
                tag = t.find("gaztag")
                lat_s = tag.findtext("lat") if tag is not None else None
                lon_s = tag.findtext("lon") if tag is not None else None
                lat = float(lat_s) if lat_s else None
                lon = float(lon_s) if lon_s else None
            except ValueError as exc:
                raise EvaluationError(
                    f"{str(path)!r}, article {docid}: a toponym has a bad number ({exc}); "
                    "expected integer start/end and decimal lat/lon in its gaztag"
                ) from exc
            if not 0 <= start < end <= len(text):
                raise EvaluationError(
                    f"{str(path)!r}, article {docid}: toponym offsets {start}-{end} fall outside "
                    f"the text of {len(text)} characters; expected offsets into <text>"
                )
            phrase = t.findtext("phrase") or text[start:end]
            # LGL marks demonyms ("Sudanese") as toponyms; like GeoWebNews' adjectival
            # modifiers they are reported apart, since eventwire takes no demonym as a place
            modifier = "Adjective" if _is_demonym(phrase) else ""
            tops.append(GoldToponym(phrase, start, end, "Literal", modifier, lat, lon))
        dltime = (art.findtext("dltime") or "").strip()
        out.append(GoldArticle(docid, text, tops, date=dltime[:10] or None))
    return out


@functools.lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    from .. import gazetteer as gaz

    return frozenset(
        gaz.name_key(word)
        for _n, cells in gaz.rows(gaz.resource_text("demonyms.tsv"), "demonyms.tsv", 2)
        for word in gaz.aliases(cells[1])
    )


def _is_demonym(phrase: str) -> bool:
    key = name_key(phrase)
    return key in _demonyms() or key.removesuffix("s") in _demonyms()


def _resolution(errors: list[float]) -> dict[str, Any]:
    if not errors:
        return {"n": 0, "accuracy_161km": None, "median_km": None, "auc": None}
    return {
        "n": len(errors),
        "accuracy_161km": round(sum(e <= ACCURACY_KM for e in errors) / len(errors), 4),
        "median_km": round(statistics.median(errors), 1),
        "mean_km": round(statistics.fmean(errors), 1),
        "auc": round(statistics.fmean(log(1 + e) / log(1 + MAX_ERROR_KM) for e in errors), 4),
        # the same accuracy leaving out the toponyms given no coordinates at all
        "resolved": sum(e < MAX_ERROR_KM for e in errors),
        "accuracy_161km_resolved": round(
            sum(e <= ACCURACY_KM for e in errors) / max(sum(e < MAX_ERROR_KM for e in errors), 1),
            4,
        ),
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
    """Code the gold articles and score toponym recognition and resolution.

    For LGL the report holds the whole file and, under ``halves``, its ``tune`` and
    ``check`` halves scored alike.
    """
    path = Path(gold)
    articles = read_gold(path)
    if limit is not None:
        articles = articles[:limit]
    fmt = gold_format(_parse(path / "GWN.xml" if path.is_dir() else path))
    names = [getattr(a, "name", "") for a in getattr(coder, "annotators", [])]
    if "places" in names and names != ["places"]:
        # only the toponyms are scored: the later annotators would cost time and change nothing
        from ..coder import Coder

        coder = Coder({**coder.settings.as_dict(), "annotators": ("places",)})
    t0 = time.perf_counter()
    scored = list(_score_articles(articles, coder))
    seconds = time.perf_counter() - t0
    report = {
        "task": "geo",
        "gold": str(gold),
        "format": fmt,
        **_report(scored),
        "seconds": round(seconds, 1),
    }
    if fmt == "lgl":
        report["halves"] = {
            h: _report([s for s in scored if half(s.id) == h]) for h in ("tune", "check")
        }
    return report


@dataclass
class _Scored:
    """One article's matches: what the measures are computed from."""

    id: str
    gold_types: list[str]
    found_types: list[str]
    predicted: int
    errors: list[float]
    oracle_errors: list[float]


def _score_articles(articles: list[GoldArticle], coder: Any) -> Any:
    resolver = _resolver(coder)
    docs = coder.nlp.pipe(a.text for a in articles)
    from ..coder import make_article

    for art, doc in zip(articles, docs, strict=True):
        analysis = coder.annotate(
            make_article({"id": art.id, "text": art.text, "date": art.date}), doc
        )
        preds = analysis.places
        golds = [g for g in art.toponyms if g.type in RESOLVABLE]
        out = _Scored(art.id, [_type_key(g) for g in golds], [], len(preds), [], [])
        used: set[int] = set()
        for g in golds:
            for k, p in enumerate(preds):
                if k not in used and p.start < g.end and g.start < p.end:
                    used.add(k)
                    out.found_types.append(_type_key(g))
                    if g.lat is not None and g.lon is not None:
                        out.errors.append(
                            distance_km(p.lat, p.lon, g.lat, g.lon)
                            if p.lat is not None and p.lon is not None
                            else MAX_ERROR_KM
                        )
                    break
        located = [g for g in golds if g.lat is not None]
        entries = resolver.resolve([g.text for g in located])
        for g, entry in zip(located, entries, strict=True):
            assert g.lat is not None and g.lon is not None
            out.oracle_errors.append(
                distance_km(entry.lat, entry.lon, g.lat, g.lon) if entry else MAX_ERROR_KM
            )
        yield out


def _report(scored: list[_Scored]) -> dict[str, Any]:
    """Recognition and resolution measures over some scored articles."""
    gold_by_type: Counter[str] = Counter(t for s in scored for t in s.gold_types)
    found_by_type: Counter[str] = Counter(t for s in scored for t in s.found_types)
    tp = sum(found_by_type.values())
    gold_total = sum(gold_by_type.values())
    n_pred = sum(s.predicted for s in scored)
    errors = [e for s in scored for e in s.errors]
    oracle_errors = [e for s in scored for e in s.oracle_errors]
    adjectives = sum(n for t, n in gold_by_type.items() if t.endswith("/Adjective"))
    adj_found = sum(n for t, n in found_by_type.items() if t.endswith("/Adjective"))
    resolution = _resolution(errors)
    # end to end: of the gold toponyms with coordinates, the share found and placed within
    # 161 km
    located = sum(len(s.oracle_errors) for s in scored)
    within = sum(e <= ACCURACY_KM for e in errors)
    return {
        "articles": len(scored),
        "recognition": _prf(tp, n_pred, gold_total),
        "recognition_without_adjectives": {
            "recall": round((tp - adj_found) / max(gold_total - adjectives, 1), 4),
            "gold": gold_total - adjectives,
        },
        "recall_by_type": {
            t: {"recall": round(found_by_type[t] / n, 4), "gold": n}
            for t, n in sorted(gold_by_type.items())
        },
        "resolution": resolution,
        "end_to_end": {
            "accuracy_161km": round(within / located, 4) if located else None,
            "gold": located,
        },
        "resolution_gold_spans": _resolution(oracle_errors),
    }


def _type_key(g: GoldToponym) -> str:
    return f"{g.type}/{g.modifier}" if g.modifier else g.type


def render(report: dict[str, Any]) -> str:
    """A readable report for the terminal."""
    name = "LGL" if report.get("format") == "lgl" else "GeoWebNews"
    lines = [f"{name}: {report['articles']} articles ({report['gold']}), {report['seconds']} s"]
    without = "demonyms" if report.get("format") == "lgl" else "adjectival modifiers"
    lines += _render_section(report, without)
    for h, part in report.get("halves", {}).items():
        lines += ["", f"== {h} half: {part['articles']} articles =="]
        lines += _render_section(part, without, by_type=False)
    return "\n".join(lines)


def _render_section(report: dict[str, Any], without: str, by_type: bool = True) -> list[str]:
    rec, res, ora = report["recognition"], report["resolution"], report["resolution_gold_spans"]
    no_adj = report["recognition_without_adjectives"]
    e2e = report["end_to_end"]
    lines = [
        "",
        "toponym recognition (overlap, resolvable types)",
        f"  precision {rec['precision']:.3f}  recall {rec['recall']:.3f}  F1 {rec['f1']:.3f}"
        f"  ({rec['tp']} matched, {rec['predicted']} predicted, {rec['gold']} gold)",
        f"  recall without {without} {no_adj['recall']:.3f}  ({no_adj['gold']} gold)",
    ]
    if by_type:
        lines += ["", "  recall by type:"]
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
            lines.append(
                f"  {r['resolved']} given coordinates; accuracy@161km among them "
                f"{r['accuracy_161km_resolved']:.3f}"
            )
        else:
            lines.append("  no toponyms with coordinates")
    if e2e["accuracy_161km"] is not None:
        lines += [
            "",
            f"end to end: {e2e['accuracy_161km']:.3f} of {e2e['gold']} gold toponyms with "
            "coordinates found and placed within 161 km",
        ]
    return lines
