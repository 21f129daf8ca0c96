"""Event precision and recall on ordinary political news, sentence by sentence.

The gold (``news-sentences-*.jsonl``, format in ``../shared/eval/README.md``, labelling
rules in ``NEWS-GUIDELINES.md``) labels the first sentences of whole articles with the
PLOVER events they report, or none. We code each article whole, as a user would, and
place every coded event in the labelled sentence that holds its trigger (events whose
trigger lies outside the labelled sentences are neither right nor wrong). Measures:

- **decision** precision / recall: the sentence-level decision on its own (probability
  that a political act is reported at or above its model's threshold; see
  ``annotators.event_presence``) against "the sentence holds a gold event";
- **presence** precision / recall: a sentence with a coded event holds a gold event,
  and the other way round (what the decision, the rules and the filter do together);
- **type precision**: a coded event is type-right when its sentence holds a gold event
  whose type or one of its alternatives is the coded type;
- **type recall**: a gold event is found when its sentence holds a coded event of its
  type or an alternative;
- **clean**: the share of sentences with no gold event that get no coded event;
- **events per 1,000 words** coded, against the gold rate;
- for coded events of a right type: **date** agreement at the gold's precision (gold
  ``unknown`` not scored), **place** agreement (same place name, or same country where
  the gold level is country) and **place where none** (a place given where the gold
  has none).

Every measure is reported over all articles and over the two halves of a hash split by
article id (``evaluation.split``): errors are read on ``tune`` only.

Run: ``eventwire eval news --gold ../shared/eval/events/news-sentences-dev.jsonl``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EvaluationError
from ..records import PLOVER_TYPES
from . import ratio
from .split import HALVES, half

if TYPE_CHECKING:
    from ..coder import Coder
    from ..records import Event

_WORD = re.compile(r"\w+")


def read_jsonl(path: Path, what: str) -> Iterator[tuple[str, Any]]:
    """Each non-blank line of a JSON Lines file, parsed, with its ``path:line`` for the
    caller's errors; an ``EvaluationError`` where the file cannot be read (``what`` names
    the file and what it should hold) or a line is no JSON."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot read {what} ({exc})") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"{path}:{n}: not valid JSON ({exc})") from exc
        yield f"{path}:{n}", item


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The articles of a news-sentences gold file, each with its labelled sentences."""
    articles = []
    what = (
        "news-sentences gold; expected JSON Lines, one article a line with 'id', 'date', "
        "'text' and 'sentences'"
    )
    for where, art in read_jsonl(path, what):
        if not isinstance(art, dict) or not isinstance(art.get("text"), str):
            raise EvaluationError(f"{where}: expected an object with a 'text' string")
        sentences = art.get("sentences")
        if not isinstance(sentences, list):
            raise EvaluationError(f"{where}: expected a 'sentences' list")
        for s in sentences:
            if not isinstance(s, dict) or not {"start", "end", "events"} <= s.keys():
                raise EvaluationError(
                    f"{where}: a sentence lacks 'start', 'end' or 'events': {s!r:.80}"
                )
        articles.append(art)
    return articles


def gold_types(gold_event: dict[str, Any]) -> set[str]:
    return {str(gold_event.get("type", "")).upper()} | {
        str(a).upper() for a in gold_event.get("alt") or []
    }


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"^(the|a)\s+", "", text.strip())
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def date_agrees(coded: str | None, gold: str) -> bool:
    """The coded date agrees with the gold date at the gold's precision."""
    if not coded:
        return False
    coded = coded[: len(gold)]
    return coded == gold


def place_agrees(ev: Event, gold: dict[str, Any]) -> bool:
    """The event's place is the gold place: same name, or same country at country level."""
    loc = ev.location
    if loc is None:
        return False
    level = str(gold.get("place_level") or "").lower()
    country = str(gold.get("place_country") or "").upper()
    if level == "country":
        return bool(country) and (loc.country or "").upper() == country
    names = {_norm(loc.text), _norm(loc.name or "")} - {""}
    want = _norm(str(gold.get("place") or ""))
    if want and (want in names or any(want in n or n in want for n in names if len(n) > 3)):
        return True
    return False


def has_place(gold: dict[str, Any]) -> bool:
    place = str(gold.get("place") or "").strip().lower()
    return bool(place) and place != "none"


def _presence(presence: dict[int, float], a: int, b: int) -> float | None:
    """The decision's probability for the labelled sentence [a, b): the highest of the
    parsed sentences that start in it or run into it (None where nothing was decided)."""
    if not presence:
        return None
    starts = [s for s in presence if a <= s < b]
    before = [s for s in presence if s < a]
    if before and (not starts or min(starts) > a):  # a parsed sentence runs into this one
        starts.append(max(before))
    return max((presence[s] for s in starts), default=None)


def _score_article(
    art: dict[str, Any],
    events: list[Event],
    presence: dict[int, float] | None = None,
    threshold: float = 0.5,
) -> dict[str, Any]:
    """Counts and error lists for one article (``presence``: the sentence-level decision's
    probabilities by sentence start, scored at ``threshold``)."""
    c: Counter[str] = Counter()
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[dict[str, Any]] = []
    text = art["text"]
    by_sentence: dict[int, list[Event]] = defaultdict(list)
    spans = [(s["start"], s["end"]) for s in art["sentences"]]
    for ev in events:
        for i, (a, b) in enumerate(spans):
            if a <= ev.trigger.start < b:
                by_sentence[i].append(ev)
                break
    for i, sent in enumerate(art["sentences"]):
        gold = [g for g in sent["events"] if isinstance(g, dict)]
        coded = by_sentence.get(i, [])
        stext = text[sent["start"] : sent["end"]]
        c["sentences"] += 1
        c["words"] += _words(stext)
        c["gold_events"] += len(gold)
        c["coded_events"] += len(coded)
        c["gold_sent"] += bool(gold)
        c["coded_sent"] += bool(coded)
        c["both_sent"] += bool(gold) and bool(coded)
        if not gold:
            c["empty_sent"] += 1
            c["clean"] += not coded
        decided = _presence(presence or {}, sent["start"], sent["end"])
        if decided is not None:
            says = decided >= threshold
            c["decided_sent"] += 1
            c["decision_sent"] += says
            c["decision_both"] += says and bool(gold)
            c["decision_gold"] += bool(gold)
        for ev in coded:
            matches = [g for g in gold if ev.event in gold_types(g)]
            per_type[ev.event]["coded"] += 1
            b = _bin(ev.confidence)
            c[f"conf_n:{b}"] += 1
            c[f"conf_right:{b}"] += bool(matches)
            if not matches:
                errors.append(
                    {
                        "kind": "spurious" if not gold else "wrong type",
                        "sentence": stext,
                        "coded": _describe(ev),
                        "gold": [_describe_gold(g) for g in gold],
                    }
                )
                continue
            c["type_right"] += 1
            per_type[ev.event]["right"] += 1
            dated = [g for g in matches if str(g.get("date") or "unknown") != "unknown"]
            if dated:
                _tally(
                    c,
                    errors,
                    "date",
                    any(date_agrees(ev.date, str(g["date"])) for g in dated),
                    stext,
                    f"{_describe(ev)} date {ev.date} ({ev.date_origin})",
                    [str(g.get("date")) for g in dated],
                )
            placed = [g for g in matches if has_place(g)]
            if placed:
                _tally(
                    c,
                    errors,
                    "place",
                    any(place_agrees(ev, g) for g in placed),
                    stext,
                    f"{_describe(ev)} at {_where(ev)}",
                    [f"{g.get('place')} ({g.get('place_country')})" for g in placed],
                )
            elif matches:
                c["noplace_n"] += 1
                if ev.location is not None:
                    c["place_where_none"] += 1
                    errors.append(
                        {
                            "kind": "place where none",
                            "sentence": stext,
                            "coded": f"{_describe(ev)} at {_where(ev)}",
                            "gold": ["none"],
                        }
                    )
        for g in gold:
            found = any(ev.event in gold_types(g) for ev in coded)
            per_type[str(g.get("type", "")).upper()]["gold"] += 1
            per_type[str(g.get("type", "")).upper()]["found"] += found
            c["gold_found"] += found
            if not found:
                errors.append(
                    {
                        "kind": "missed",
                        "sentence": stext,
                        "coded": [_describe(ev) for ev in coded],
                        "gold": _describe_gold(g),
                    }
                )
    return {"counts": c, "per_type": per_type, "errors": errors}


def article_counts(art: dict[str, Any], events: list[Event]) -> Counter[str]:
    """The counts (``scores``' inputs) of one gold article coded as ``events``: for the
    training commands that add to what the coder already scores."""
    return _score_article(art, events)["counts"]  # type: ignore[no-any-return]


#: confidence bins of the calibration table (lower bounds)
CONF_BINS = (0.0, 0.2, 0.4, 0.6, 0.8)


def _bin(conf: float) -> float:
    return max(b for b in CONF_BINS if conf >= b) if conf >= 0 else 0.0


def calibration(c: Counter[str]) -> list[dict[str, Any]]:
    """Per confidence bin: coded events and the share of them that are type-right; and
    the same for every event at or above each bin's lower bound."""
    rows = []
    for b in CONF_BINS:
        n = c[f"conf_n:{b}"]
        at_least_n = sum(c[f"conf_n:{x}"] for x in CONF_BINS if x >= b)
        at_least_r = sum(c[f"conf_right:{x}"] for x in CONF_BINS if x >= b)
        rows.append(
            {
                "bin": f"{b:.1f}-{min(1.0, b + 0.2):.1f}",
                "events": n,
                "right": ratio(c[f"conf_right:{b}"], n),
                "at_least": b,
                "events_at_least": at_least_n,
                "right_at_least": ratio(at_least_r, at_least_n),
            }
        )
    return rows


def _where(ev: Event) -> str:
    loc = ev.location
    return f"{loc.text} ({loc.country})" if loc else "none"


def _describe(ev: Event) -> str:
    actor = "+".join(f"{a.text}[{a.code or '?'}]" for a in ev.actor) or "-"
    recip = "+".join(f"{r.text}[{r.code or '?'}]" for r in ev.recipient) or "-"
    return f"{ev.event} '{ev.trigger.text}' {actor} > {recip} ({ev.rule})"


def _describe_gold(g: dict[str, Any]) -> str:
    alt = "/".join(g.get("alt") or [])
    return (
        f"{g.get('type')}{'|' + alt if alt else ''} '{g.get('trigger')}' "
        f"{g.get('actor') or '-'} > {g.get('recipient') or '-'} [{g.get('status')}]"
    )


def _tally(
    c: Counter[str],
    errors: list[dict[str, Any]],
    kind: str,
    ok: bool,
    sentence: str,
    coded: str,
    gold: list[str],
) -> None:
    """Count one date or place check of a rightly typed event; keep it as an error if wrong."""
    c[f"{kind}_n"] += 1
    c[f"{kind}_ok"] += ok
    if not ok:
        errors.append({"kind": kind, "sentence": sentence, "coded": coded, "gold": gold})


def scores(c: Counter[str]) -> dict[str, float]:
    """The measures from summed counts."""
    return {
        "decision_precision": ratio(c["decision_both"], c["decision_sent"]),
        "decision_recall": ratio(c["decision_both"], c["decision_gold"]),
        "presence_precision": ratio(c["both_sent"], c["coded_sent"]),
        "presence_recall": ratio(c["both_sent"], c["gold_sent"]),
        "type_precision": ratio(c["type_right"], c["coded_events"]),
        "type_recall": ratio(c["gold_found"], c["gold_events"]),
        "clean": ratio(c["clean"], c["empty_sent"]),
        "events_per_1000_words": round(1000 * c["coded_events"] / c["words"], 2)
        if c["words"]
        else 0.0,
        "gold_per_1000_words": round(1000 * c["gold_events"] / c["words"], 2)
        if c["words"]
        else 0.0,
        "date_right": ratio(c["date_ok"], c["date_n"]),
        "place_right": ratio(c["place_ok"], c["place_n"]),
        "place_where_none": ratio(c["place_where_none"], c["noplace_n"]),
    }


SUPPORT_KEYS = (
    "sentences",
    "gold_events",
    "coded_events",
    "empty_sent",
    "date_n",
    "date_ok",
    "place_n",
    "place_ok",
    "noplace_n",
    "place_where_none",
    # the counts behind the rates, for scorers that print both (benchmarks/own_checks)
    "type_right",
    "gold_found",
    "clean",
    "coded_sent",
    "gold_sent",
    "both_sent",
)


def decision_threshold(coder: Coder) -> float:
    """The probability at which the coder's sentence-level decision says "an act is
    reported" (0.5 when its filter model has no decision)."""
    from ..annotators.event_filter import load_filter

    if not coder.settings.get("event_filter", True):
        return 0.5
    model = load_filter(coder.settings.get("event_filter_model") or None)
    return model.presence.threshold if model is not None and model.presence else 0.5


def evaluate(gold: Path, coder: Coder, limit: int | None = None) -> dict[str, Any]:
    """Code every gold article and score its labelled sentences; the report as a dict."""
    articles = load_gold(Path(gold))
    threshold = decision_threshold(coder)
    if limit is not None:
        articles = articles[:limit]
    totals: dict[str, Counter[str]] = {"all": Counter(), **{h: Counter() for h in HALVES}}
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[dict[str, Any]] = []
    for art in articles:
        aid = str(art.get("id") or "")
        try:
            ctx = coder.code_context(
                art["text"], date=art.get("date"), id=aid or None, title=art.get("title")
            )
            events, presence = ctx.analysis.events, ctx.event_presence
        except Exception:  # noqa: BLE001 - an article the coder rejects scores as all missed
            events, presence = [], {}
        result = _score_article(art, events, presence, threshold)
        which = half(aid)
        totals["all"].update(result["counts"])
        totals[which].update(result["counts"])
        for t, cnt in result["per_type"].items():
            per_type[t].update(cnt)
        if which == "tune":
            errors.extend({"article": aid, **e} for e in result["errors"])
    report: dict[str, Any] = {
        "task": "news",
        "gold": str(gold),
        "articles": len(articles),
        "scores": scores(totals["all"]),
        "support": {k: totals["all"][k] for k in SUPPORT_KEYS},
        "decision_threshold": threshold,
        "calibration": calibration(totals["all"]),
        "halves": {
            h: {
                "articles": sum(1 for a in articles if half(str(a.get("id") or "")) == h),
                "scores": scores(totals[h]),
                "support": {k: totals[h][k] for k in SUPPORT_KEYS},
            }
            for h in HALVES
        },
        "per_type": {
            t: {
                "gold": per_type[t]["gold"],
                "found": per_type[t]["found"],
                "coded": per_type[t]["coded"],
                "right": per_type[t]["right"],
                "recall": ratio(per_type[t]["found"], per_type[t]["gold"]),
                "precision": ratio(per_type[t]["right"], per_type[t]["coded"]),
            }
            for t in PLOVER_TYPES
            if per_type[t]
        },
        "tune_errors": errors,
    }
    return report


def render(report: dict[str, Any]) -> str:
    """The report as a readable terminal table."""
    cols = [("all", report["scores"], report["support"], report["articles"])] + [
        (h, v["scores"], v["support"], v["articles"]) for h, v in report["halves"].items()
    ]
    lines = [
        f"Events on ordinary news, sentence by sentence: {report['gold']} "
        f"({report['articles']} articles, {report['support']['sentences']} labelled sentences)",
        "",
        f"  {'measure':<28}" + "".join(f"{name + f' ({n})':>14}" for name, _, _, n in cols),
    ]
    rows = [
        ("decision: act reported, P", "decision_precision"),
        ("decision: act reported, R", "decision_recall"),
        ("event present: precision", "presence_precision"),
        ("event present: recall", "presence_recall"),
        ("type precision", "type_precision"),
        ("type recall", "type_recall"),
        ("no-event sentences clean", "clean"),
        ("events / 1,000 words", "events_per_1000_words"),
        ("  gold events / 1,000 words", "gold_per_1000_words"),
        ("date right (typed right)", "date_right"),
        ("place right (typed right)", "place_right"),
        ("place where gold has none", "place_where_none"),
    ]
    for label, key in rows:
        lines.append(f"  {label:<28}" + "".join(f"{s[key]:>14.3f}" for _, s, _, _ in cols))
    sup = report["support"]
    lines += [
        "",
        f"  support (all): {sup['coded_events']} coded / {sup['gold_events']} gold events; "
        f"dates {sup['date_ok']}/{sup['date_n']}, places {sup['place_ok']}/{sup['place_n']}, "
        f"place where none {sup['place_where_none']}/{sup['noplace_n']}",
        "",
        "  confidence   events  type-right   events >= bin  type-right",
        *(
            f"  {r['bin']:<12} {r['events']:>6} {r['right']:>11.2f} "
            f"{r['events_at_least']:>15} {r['right_at_least']:>11.2f}"
            for r in report.get("calibration", [])
        ),
        "",
        f"  {'type':<10} {'gold':>5} {'recall':>7} {'coded':>6} {'precision':>10}",
    ]
    for t, row in report["per_type"].items():
        lines.append(
            f"  {t:<10} {row['gold']:>5} {row['recall']:>7.2f} {row['coded']:>6} "
            f"{row['precision']:>10.2f}"
        )
    return "\n".join(lines)
