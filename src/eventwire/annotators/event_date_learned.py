"""The event_date_learned annotator: each event's date chosen by a model learned from news.

It runs after ``event_time``, whose rules date every event. For each event it lists the
dates the article could give it (the CANDIDATES):

- ``rules``: the date ``event_time`` chose (none included);
- ``timex``: each time expression of the trigger's sentence, resolved by the times
  annotator and cut to its calendar part as ``event_time`` cuts it (``calendar_part``,
  ``calendar_date``); a month, day or weekday without its year that lands after the
  article in a clause told in the past also as ``timex_past`` (``event_time``'s own
  "the one before the article");
- ``prev``: each time expression of the previous sentence;
- ``doc``: each other date the article's times name (one candidate a date, from the
  nearest sentence that names it; at most ``DOC_DATES`` of the nearest), marked with the
  most story words (nouns, names) a sentence naming it shares with the event's
  (``shared=``, also on ``prev``) and whether such a sentence tells an act of the event's
  own type (``same_type_there``): the date of the story told before;
- ``article``, ``article_month``, ``article_year``: the article date at day, month and
  year precision (none where the article has no date), and ``article_eve``: the day before
  it (news told the morning after);
- ``unknown``: no date.

Each candidate gets sparse binary features (``candidates``): its source, its
precision, whether the rules chose that date, the rules' own rule kind, its token
distance and side from the trigger, whether the time hangs on the trigger or its clause in
the parse and by which preposition ("on", "in", "since", "before" ...), the tense and
aspect of the trigger's clause (past, present, perfect, past perfect, future, modal,
progressive), a background cue of ``event_time`` ("former", "has long", "as minister"),
the event's type and mode, whether the trigger's clause is reported under a verb of saying
told in the past (``told_in_the_past``: "said in March that it *would* halt"), and whether
the date lies before, around or after the article date and the rules' date. An act not
done yet keeps only the candidates after the article, and the times of its own sentence
where it is reported in the past (``possible``); the cue of a direct quote (the saying)
keeps none of the times inside its quoted words (``event_date_quotes``). A conditional logit
(``resources/time/event_dates.json``, fitted by ``python -m eventwire.training.event_dates``
on our labelled news, where a candidate is right when it agrees with the labelled date,
``evaluation.news.date_agrees``) scores each candidate; the best wins where its share of
the softmax over the event's candidates beats the rules' date's by more than the model's
``margin`` (``fallback_margin`` where the rules only fell back to the article date, or to
none, as nothing in the text dated the event: there the rules know nothing the candidates
do not). A date other than the rules' sets
``date``, ``date_precision``, ``date_start`` and ``date_end`` by
``event_calendar.calendar_date``, the ``historical``/``future`` modes by ``aux_modes``, and
``date_origin``; ``date_rule`` reads ``learned: <source> '<words>' (p=...)`` (where the
rules' date stands, so does their ``date_rule``).

Settings: ``event_date_learned`` (on/off) and ``event_date_learned_model`` (a model file
instead of the packaged one).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from ..errors import ConfigError
from ..records import Event, TimeValue
from . import (
    Annotator,
    Context,
    doc_sents,
    per_doc,
    read_model_file,
    register,
    sentence_ids,
    token_at,
)
from .event_calendar import aux_modes, calendar_date, calendar_part, period
from .event_date_quotes import times_in_own_quote
from .event_time import (
    FALLBACK_RULES,
    _clause_head,
    _past,
    _past_act_date,
    _whole_weeks_back,
    background_cue,
    governing_clauses,
)
from .quotes import saying_verbs

RESOURCE_PACKAGE = "eventwire.resources.time"
MODEL_FILE = "event_dates.json"
SOURCES = (
    "rules",
    "timex",
    "timex_past",
    "prev",
    "doc",
    "article",
    "article_eve",
    "article_month",
    "article_year",
    "unknown",
)
_ORIGIN = {
    "timex": "text",
    "timex_past": "text",
    "prev": "anchor",
    "doc": "anchor",
    "article": "article",
    "article_eve": "article",
    "article_month": "article",
    "article_year": "article",
    "unknown": "none",
}
_DATE_MODES = ("historical", "future")

#: how many dates named elsewhere in the article an event may take (the nearest first)
DOC_DATES = 6

Dated = tuple[str | None, str, str | None, str | None]  # date, precision, start, end


@dataclass
class Candidate:
    """One date an event could take, its source and its features;
    ``rules_fallback`` (on the rules' candidate only) marks a rules' date that is only their
    fallback (``event_time.FALLBACK_RULES``: nothing in the text dates the event), which
    ``choose`` weighs under the model's ``fallback_margin``."""

    source: str
    dated: Dated
    text: str = ""
    feats: list[str] = field(default_factory=list)
    rules_fallback: bool = False


class DateModel:
    """Conditional logit weights over the features of ``candidates``: a candidate's score is the sum
    of its features' weights; an event's candidates share the softmax of their scores. A
    candidate other than the rules' wins only where its share exceeds theirs by more than
    ``margin``, or ``fallback_margin`` where the rules' date is a fallback
    (``Candidate.rules_fallback``)."""

    def __init__(
        self, weights: dict[str, float], margin: float = 0.0, fallback_margin: float | None = None
    ) -> None:
        self.weights = weights
        self.margin = margin
        self.fallback_margin = margin if fallback_margin is None else fallback_margin

    def score(self, feats: list[str]) -> float:
        """The score (log-odds up to the event's constant) of a candidate with these features."""
        return sum(self.weights.get(f, 0.0) for f in set(feats))

    @classmethod
    def from_json(cls, text: str, where: str) -> DateModel:
        """The model of a file written by ``eventwire.training.event_dates``."""
        try:
            data = json.loads(text)
            weights = {str(f): float(w) for f, w in data["weights"].items()}
            margin = float(data.get("margin", 0.0))
            fallback = data.get("fallback_margin")
            fallback_margin = None if fallback is None else float(fallback)
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(
                f"{where}: not an event date model ({exc}); expected JSON with 'weights' "
                "(feature -> weight), as written by eventwire.training.event_dates"
            ) from exc
        return cls(weights, margin, fallback_margin)


_LOCK = threading.Lock()


@functools.cache
def _packaged() -> DateModel:
    res = resources.files(RESOURCE_PACKAGE).joinpath(MODEL_FILE)
    return DateModel.from_json(res.read_text(encoding="utf-8"), f"resources/time/{MODEL_FILE}")


def load_model(path: str | None = None) -> DateModel:
    """The packaged event date model, or the one at ``path``; a ``ConfigError`` naming the
    file where it cannot be read or is not such a model."""
    if not path:
        with _LOCK:
            return _packaged()
    text = read_model_file(path, "event date model", "eventwire.training.event_dates")
    return DateModel.from_json(text, path)


def _tense(trig: Any) -> str:
    """The tense and aspect of the trigger's clause: past, present, perfect, pluperfect,
    future, modal, progressive, infinitive, gerund or noun."""
    if trig is None:
        return "none"
    verb = _clause_head(trig)
    if verb.pos_ not in ("VERB", "AUX"):
        return "noun"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"will", "'ll", "shall"}:
        return "future"
    if any(a.tag_ == "MD" for a in auxes):
        return "modal"
    if ("had" in words or "'d" in words) and verb.tag_ == "VBN":
        return "pluperfect"
    if words & {"has", "have", "'ve"}:
        return "perfect"
    if verb.tag_ == "VBG" and words & {"is", "are", "was", "were", "'s", "'re", "am"}:
        return "progressive"
    if "to" in words:
        return "infinitive"
    if verb.tag_ == "VBD" or words & {"was", "were", "did"}:
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or words & {"is", "are", "does", "do"}:
        return "present"
    return verb.tag_.casefold() or "other"


def _attachment(trig: Any, root: Any) -> str:
    """How a time hangs on the trigger in the parse: ``trigger`` (under it), ``clause``
    (under its clause's verb), ``other``; with the preposition it is the object of."""
    if trig is None or root is None:
        return "other"
    prep = root.head.lower_ if root.dep_ == "pobj" else ""
    clause = _clause_head(trig)
    node, how = root, "other"
    for _ in range(8):
        if node == trig:
            how = "trigger"
            break
        if node == clause:
            how = "clause"
            break
        if node.head == node:
            break
        node = node.head
    return f"{how}:{prep}" if prep else how


def _clause_features(trig: Any, root: Any) -> list[str]:
    """The kind of clause a time stands in (main, relative, adverbial ...: its verb's
    dependency), and whether that is the trigger's own clause."""
    if root is None:
        return []
    head = _clause_head(root)
    kind = "main" if head.dep_ == "ROOT" else head.dep_
    feats = [f"time_clause={kind}"]
    if trig is not None and _clause_head(trig) == head:
        feats.append("same_clause")
    return feats


def _bucket(n: int) -> str:
    for top, name in ((0, "0"), (3, "1-3"), (8, "4-8"), (15, "9-15")):
        if n <= top:
            return name
    return "16+"


#: the parts of speech whose words tell what a sentence is about (its story's words)
_STORY_POS = frozenset({"NOUN", "PROPN"})


def _story_words(doc: Any) -> list[frozenset[str]]:
    """Each sentence's story words: the lemmas of its nouns and names (no stop word)."""
    return [
        frozenset(
            t.lemma_.casefold()
            for t in sent
            if t.pos_ in _STORY_POS and not t.is_stop and len(t.text) > 2
        )
        for sent in doc_sents(doc)
    ]


def _shared_words(doc: Any, here: int, there: int) -> int:
    """How many story words (``_story_words``) the sentence of a time shares with the
    event's: a date named where the same story is told ("the attack on the embassy on
    Friday" ... "the embassy attack") is that story's date."""
    words = per_doc("event_date_story_words", doc, _story_words)
    if not 0 <= here < len(words) or not 0 <= there < len(words):
        return 0
    return len(words[here] & words[there])


def _shared_feature(n: int) -> str:
    return f"shared={min(n, 3)}"


def _relation(dated: Dated, article_date: str | None) -> str:
    """Where a date lies from the article date: before, around (holds it), after."""
    if not dated[0] or not article_date:
        return "none"
    span = period(dated[0])
    try:
        ref = dt.date.fromisoformat(article_date)
    except ValueError:
        return "none"
    if span is None:
        return "none"
    if ref.toordinal() > 31 and span[1] < ref - dt.timedelta(days=31):
        return "long_before"
    if span[1] < ref:
        return "before"
    if span[0] > ref:
        return "after"
    return "around"


def _order(dated: Dated, rules: Dated) -> str:
    """Where a candidate's period lies from the rules' date: same, inside, holds it,
    before, after, or ``nodate``."""
    if not dated[2] or not rules[2] or not dated[3] or not rules[3]:
        return "nodate"
    if (dated[2], dated[3]) == (rules[2], rules[3]):
        return "same"
    if rules[2] <= dated[2] and dated[3] <= rules[3]:
        return "inside"
    if dated[2] <= rules[2] and rules[3] <= dated[3]:
        return "holds"
    return "before" if dated[3] < rules[2] else "after"


#: the dependencies of a time that stands before a noun and dates it ("the 2020 resolution",
#: "Monday's vote")
_NOUN_MODIFIER = frozenset({"compound", "amod", "nummod", "nmod", "poss"})


def _dates_a_thing(root: Any, trig: Any) -> bool:
    """Whether a time only dates a thing the sentence names, not its act: it modifies a noun
    other than the trigger ("urged the parliament to implement the 2020 resolution": 2020 is
    the resolution's year, not the urging's)."""
    if root is None or trig is None or root.dep_ not in _NOUN_MODIFIER:
        return False
    head = root.head
    return head.pos_ in ("NOUN", "PROPN") and head.i != trig.i


def _time_candidates(
    trig: Any,
    times: list[tuple[TimeValue, Any]],
    article_date: str | None,
    source: str,
) -> list[Candidate]:
    out: list[Candidate] = []
    for t, root in times:
        if t.type in ("DURATION", "SET") or _dates_a_thing(root, trig):
            continue
        value = calendar_part(t.value, article_date)
        if not value:
            continue
        dated = calendar_date(value, t.end_value)
        if not dated[0]:
            continue
        cand = Candidate(source, dated, t.text)
        dist = abs(root.i - trig.i) if root is not None and trig is not None else 99
        side = "before" if root is not None and trig is not None and root.i < trig.i else "after"
        cand.feats = [f"dist={_bucket(dist)}", f"side={side}", *_clause_features(trig, root)]
        if source == "timex":
            cand.feats.append(f"attach={_attachment(trig, root)}")
            how = _attachment(trig, root).split(":")[0]
            cand.feats.append(f"attach={how}")
        if any(ch.isdigit() for ch in t.text) and len(t.text) >= 4:
            cand.feats.append("written_number")
        out.append(cand)
        earlier = _past_act_date(value, t.text, trig, article_date) if source == "timex" else None
        if earlier:
            past = Candidate("timex_past", calendar_date(earlier), t.text, list(cand.feats))
            out.append(past)
    return out


def _day_before(article_date: str) -> str | None:
    try:
        return (dt.date.fromisoformat(article_date) - dt.timedelta(days=1)).isoformat()
    except (ValueError, OverflowError):  # not a date, or the calendar's first day
        return None


def _doc_candidates(
    doc: Any,
    times: list[tuple[TimeValue, Any]],
    sid: list[int],
    here: int,
    article_date: str | None,
    taken: set[str | None],
    told: frozenset[int] = frozenset(),
) -> list[Candidate]:
    """The dates named in the article's other sentences, the nearest occurrence of each,
    with the most story words any of its sentences shares with the event's
    (``_shared_words``)."""
    found: dict[str, tuple[int, Candidate]] = {}
    shared: dict[str, int] = {}
    same_act: set[str] = set()
    for t, root in times:
        gap = sid[root.i] - here
        if gap in (0, -1) or t.type in ("DURATION", "SET"):
            continue
        dated = calendar_date(calendar_part(t.value, article_date), t.end_value)
        if not dated[0] or dated[0] in taken or dated[1] == "year":
            continue
        n = _shared_words(doc, here, sid[root.i])
        shared[dated[0]] = max(n, shared.get(dated[0], 0))
        if sid[root.i] in told:
            same_act.add(dated[0])
        if dated[0] in found and found[dated[0]][0] <= abs(gap):
            continue
        side = "before" if gap < 0 else "after"
        feats = [f"sents={_bucket(abs(gap))}", f"side={side}", *_clause_features(None, root)]
        cand = Candidate("doc", dated, t.text, feats)
        found[dated[0]] = (abs(gap), cand)
    nearest = sorted(found.values(), key=lambda pair: (pair[0], pair[1].dated[0] or ""))
    out = [cand for _, cand in nearest[:DOC_DATES]]
    for cand in out:
        cand.feats.append(_shared_feature(shared[cand.dated[0] or ""]))
        if cand.dated[0] in same_act:
            cand.feats.append("same_type_there")
    return out


def told_sentences(doc: Any, events: Sequence[Event]) -> dict[str, frozenset[int]]:
    """Per PLOVER type, the sentences (``sentence_ids``) that tell an act of that type: an
    event of it has its trigger there. Built once per article and passed to ``candidates``,
    where a date named in such a sentence is marked ``same_type_there``."""
    sid = sentence_ids(doc)
    found: dict[str, set[int]] = {}
    for ev in events:
        tok = token_at(doc, ev.trigger.start, ev.trigger.end)
        if tok is not None:
            found.setdefault(ev.event, set()).add(sid[tok.i])
    return {event_type: frozenset(ids) for event_type, ids in found.items()}


def candidates(
    ev: Event,
    doc: Any,
    times: list[TimeValue],
    roots: list[Any],
    article_date: str | None,
    told: Mapping[str, frozenset[int]] | None = None,
) -> list[Candidate]:
    """The dates ``ev`` could take (see the module docstring), each with its features;
    ``told``: the article's sentences per type of the events told there
    (``told_sentences``), of which those of ``ev``'s type tell the same kind of act (a
    date named there is marked ``same_type_there``)."""
    trig = token_at(doc, ev.trigger.start, ev.trigger.end)
    sid = sentence_ids(doc)
    here = sid[trig.i] if trig is not None else -1
    in_sent = [(t, r) for t, r in zip(times, roots, strict=True) if r is not None]
    rules = (ev.date, ev.date_precision or "unknown", ev.date_start, ev.date_end)
    fallback = (ev.date_rule or "") in FALLBACK_RULES
    out = [Candidate("rules", rules, ev.date_rule or "", rules_fallback=fallback)]
    out += _time_candidates(
        trig, [p for p in in_sent if sid[p[1].i] == here], article_date, "timex"
    )
    prev = _time_candidates(
        trig, [p for p in in_sent if sid[p[1].i] == here - 1], article_date, "prev"
    )
    for cand in prev:
        cand.feats.append(_shared_feature(_shared_words(doc, here, here - 1)))
    out += prev
    same_type = (told or {}).get(ev.event, frozenset())
    taken = {c.dated[0] for c in out}
    out += _doc_candidates(doc, in_sent, sid, here, article_date, taken, same_type)
    if article_date:
        for source, cut in (("article", 10), ("article_month", 7), ("article_year", 4)):
            out.append(Candidate(source, calendar_date(article_date[:cut]), article_date[:cut]))
        eve = _day_before(article_date)
        if eve:
            out.append(Candidate("article_eve", calendar_date(eve), eve))
    out.append(Candidate("unknown", (None, "unknown", None, None)))
    context = _context_features(ev, trig, times, roots)
    rule_kind = (ev.date_rule or "none").split(":")[0].split(",")[0].strip()[:24]
    for cand in out:
        own = [f"prec={cand.dated[1]}", f"rel={_relation(cand.dated, article_date)}"]
        if cand.dated[0] == ev.date:
            own.append("chosen")
            own.append(f"chosen|origin={ev.date_origin}")
            own.append(f"chosen|rule={rule_kind}")
        own.append(f"origin={ev.date_origin}")
        own.append(f"rule={rule_kind}")
        own.append(f"vs_rules={_order(cand.dated, rules)}")
        own += cand.feats + context
        cand.feats = [cand.source] + [f"{cand.source}|{f}" for f in own] + own
    return out


def _context_features(ev: Event, trig: Any, times: list[TimeValue], roots: list[Any]) -> list[str]:
    """What the event says of its own time: tense, background cue, type, status, modes."""
    cue = background_cue(trig, times, roots)
    feats = [f"tense={_tense(trig)}", f"type={ev.event}", f"mode={ev.mode}"]
    feats += [f"context={c}" for c in ev.context[:3]]
    if cue:
        feats.append(f"background={cue.split(' ')[0]}")
    if trig is not None:
        feats.append(f"pos={trig.pos_}")
    if told_in_the_past(trig):
        feats.append("told_in_the_past")
    return feats


def choose(model: DateModel, cands: list[Candidate]) -> tuple[Candidate, float]:
    """The candidate the model scores highest (the rules' on a tie, or where the winner's
    share of the softmax over the event's candidates exceeds the rules' by no more than the
    model's margin, its ``fallback_margin`` where the rules' date is a fallback) and its
    share. ``cands[0]`` is the rules' choice."""
    scores = [model.score(c.feats) for c in cands]
    k = max(range(len(cands)), key=lambda i: (scores[i], -i))
    shares = [math.exp(s - scores[k]) for s in scores]
    total = sum(shares)
    margin = model.fallback_margin if cands[0].rules_fallback else model.margin
    if shares[k] - shares[0] <= margin * total:
        k = 0
    return cands[k], shares[k] / total


#: modes of an act not done yet: it is not dated before the article
_NOT_YET = frozenset({"future", "hypothetical"})
#: tenses of a trigger's clause that tell an act not done yet ("will sign", "would
#: withdraw", "wants to sign")
_NOT_YET_TENSES = frozenset({"future", "modal", "infinitive"})
#: the rules' reasons for leaving an act undated because it is still to come
_NOT_YET_RULES = ("future:", "not on the story's day")


def told_in_the_past(trig: Any) -> bool:
    """Whether the trigger's clause hangs under a clause told in the past by a verb of
    saying or announcing (``quotes.saying_verbs``): reported speech or an announcement
    ("announced that it *would* withdraw", "said they were going to *lift* the ban",
    "unveiled a plan to *sue* the city"), whose act the news dates by the day it was said.
    Any other clause in the past is not one ("the woman who will *chair* the panel landed
    on Friday")."""
    if trig is None:
        return False
    saying = saying_verbs()
    return any(_past(h) and h.lemma_.lower() in saying for h in governing_clauses(trig, 6))


def not_yet(ev: Event, trig: Any) -> bool:
    """Whether ``ev`` is an act not done yet: marked future or hypothetical, said in a
    future, modal or infinitive clause, or left undated by the rules as still to come."""
    if _NOT_YET & set(ev.aux) or (ev.date_rule or "").startswith(_NOT_YET_RULES):
        return True
    return _tense(trig) in _NOT_YET_TENSES


def possible(
    ev: Event, cands: list[Candidate], article_date: str | None, trig: Any = None
) -> list[Candidate]:
    """The candidates a date may come from: for an act not done yet (``not_yet``) only the
    dates that begin after the article's (a threat made today is not dated by the month the
    sentence before names, an intention not by today), and, where it is reported in the past
    (``told_in_the_past``), the times of its own sentence; the rules' own choice
    (``cands[0]``) always stays."""
    if not article_date or not not_yet(ev, trig):
        return cands
    day = article_date[:10]
    # "said in March that it would withdraw": reported in the past, the act is
    # dated by the time its own sentence gives the saying
    said = ("timex", "timex_past") if told_in_the_past(trig) else ()
    return cands[:1] + [
        c for c in cands[1:] if (c.dated[2] and c.dated[2] > day) or c.source in said
    ]


def apply(
    ev: Event, cand: Candidate, p: float, article_date: str | None, keep_future: bool = False
) -> None:
    """Give ``ev`` the date of ``cand`` with its precision, range, modes and origin."""
    if cand.source == "rules" or cand.dated[0] == ev.date:
        return  # the rules' date and its rule stand
    before = aux_modes(ev.date, article_date)
    # a mode the old date gave goes with it; a future the grammar gives ("will") stays
    ev.aux[:] = [
        m
        for m in ev.aux
        if m not in _DATE_MODES or m not in before or (m == "future" and keep_future)
    ]
    ev.date, ev.date_precision, ev.date_start, ev.date_end = cand.dated
    if _ORIGIN[cand.source] in ("text", "anchor"):
        for mode in aux_modes(ev.date, article_date):
            if mode not in ev.aux:
                ev.aux.append(mode)
    ev.date_origin = _ORIGIN[cand.source]
    what = f" {cand.text!r}" if cand.text else ""
    over = f"; over rules: {ev.date_rule}" if ev.date_rule else ""
    ev.date_rule = f"learned: {cand.source}{what} (p={p:.2f}){over}"


def prepared_times(ctx: Context) -> tuple[list[TimeValue], list[Any], str | None]:
    """The article's times as ``event_time`` reads them, their roots and the article date."""
    article_date = ctx.article.date or ctx.article_date
    times = _whole_weeks_back(ctx.analysis.times, article_date)
    roots = [token_at(ctx.doc, t.start, t.end) for t in times]
    return times, roots, article_date


@register("event_date_learned")
class EventDateLearnedAnnotator(Annotator):
    """Re-chooses each event's date among the candidates by the learned model."""

    assigns = ("event_dates",)
    requires = ("events", "times", "quotes", "article_date", "event_dates", "quote_tokens")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.on = bool(settings.get("event_date_learned", False))
        if self.on:
            self.model = load_model(settings.get("event_date_learned_model") or None)

    def __call__(self, ctx: Context) -> None:
        if not self.on or not ctx.analysis.events:
            return
        times, roots, article_date = prepared_times(ctx)
        # read before any date changes; the events' types and triggers stay as they are
        told = told_sentences(ctx.doc, ctx.analysis.events)
        for ev in ctx.analysis.events:
            trig = token_at(ctx.doc, ev.trigger.start, ev.trigger.end)
            cands = possible(
                ev,
                candidates(ev, ctx.doc, times, roots, article_date, told),
                article_date,
                trig,
            )
            quoted = times_in_own_quote(trig, ctx.quote_tokens, ctx.analysis.quotes, times, roots)
            if quoted:  # a saying is not dated by a time inside its own quote
                cands = [c for c in cands if c.source == "rules" or c.text not in quoted]
            best, p = choose(self.model, cands)
            apply(ev, best, p, article_date, keep_future=_tense(trig) == "future")
