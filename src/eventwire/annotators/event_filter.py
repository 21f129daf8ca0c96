"""A learned second opinion on each event the rules propose: is it reported, and of this type?

The lexicon and grammar propose events; many words that can name an act also name
other things ("help", "allow", "receive", "release"), and a rule cannot see everything
that tells them apart. This filter scores every proposed event with a logistic
regression over sparse features of the event and its sentence — the trigger's lemma,
part of speech and place in the parse, the rule that fired and what changed it,
auxiliary modes, whether the actor and recipient resolve to codes and what kind of
entity they are, the words the trigger governs, the sentence's marks (a question, a
percentage) — and gives the probability that the sentence reports an event of that
type (type-right under ``eval news``'s definition).

Events under the threshold (setting ``event_min_probability``, else the model's own:
its type's where the model file gives one, ``type_thresholds``, chosen by
``eventwire.training.event_type_thresholds`` on labelled news the filter was not fitted
on) are dropped. The event's ``confidence`` is a calibrated probability that it is
right: a small logistic regression over this probability, the sentence-level decision's
(``event_presence``), the rules' confidence (pattern, clause, parties) and whether both
parties are coded, fitted out of fold on the training news (``eval news`` prints the
calibration on the dev set).
The weights are a small JSON file, ``resources/events/filter.json``, trained on real
news sentences that no evaluation reports on (``../shared/train/news-events``) by::

    python -m eventwire.training.events \
        --train ../shared/train/news-events/news-sentences-train.jsonl \
        --ngec ../shared/train/ngec/gpt_synthetic_events_2023-10-19_19.csv.zip \
        --out src/eventwire/resources/events/filter.json

No evaluation data is used to train it; its report is written beside the weights.

The file may hold a second scorer (``ensemble``: a filter fitted with our label files'
tune half, see ``eventwire.training.event_ensemble``): for the types it names in ``veto``
an event whose second opinion (the two models' log-odds averaged) is under the type's
veto threshold is dropped. It only drops; the filter's probability and every confidence
stay the first model's.
"""

from __future__ import annotations

import json
import math
import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from ..records import PLOVER_TYPES
from . import doc_sents, doc_text, sentence_ids
from .event_grammar import lexical_view
from .event_presence import logistic, squash

if TYPE_CHECKING:
    from ..records import ActorRef, Analysis, Event

RESOURCE_PACKAGE = "eventwire.resources.events"
MODEL_FILE = "filter.json"

#: the calibrated confidence's inputs, in the order of its weights in the model file: the
#: event's rank score, the sentence decision's log-odds and the log-odds of the filter's
#: best event in the sentence (both the same for every event of a sentence, so the
#: events of one sentence keep the rules' order)
CONFIDENCE_INPUTS = ("bias", "rank_score", "presence_logit", "sentence_filter_logit")
#: in a sentence the sentence-level decision puts under its gate, the filter probability
#: an event needs to stay: the decision overrules the filter only where the filter is unsure
OVERRULE = 0.5
#: the filter's share in the rank score; the rules' confidence (which ranks the events of
#: one sentence, the main clause's act first) has the rest
RANK_FILTER_WEIGHT = 0.1


def _logit(p: float) -> float:
    q = min(1 - 1e-4, max(1e-4, p))
    return math.log(q / (1 - q))


def confidence_inputs(probability: float, presence: float, rule: float, best: float) -> list[float]:
    """The inputs of the confidence model for one event (its filter probability, its
    sentence's decision, the rules' confidence, the sentence's best filter probability),
    in ``CONFIDENCE_INPUTS`` order."""
    rank = (1 - RANK_FILTER_WEIGHT) * rule + RANK_FILTER_WEIGHT * probability
    return [1.0, rank, _logit(presence), _logit(best)]


_PCT = re.compile(r"\d\s*(%|percent|per cent)|\bpercentage\b|\bpoll", re.I)
_ARG_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "dative", "agent", "prt"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_PRONOUNS = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "this", "that"}
)


def _rule_tags(rule: str | None) -> list[str]:
    """The rule string's parts without their particular words: 'absorbs protect' -> absorbs."""
    if not rule:
        return []
    parts = [p.strip() for p in rule.split(";") if p.strip()]
    tags = [f"pat={parts[0]}"] if parts else []
    for p in parts[1:]:
        head = p.split(":", 1)[0].strip()
        words = head.split()
        if words and words[0] in ("absorbs", "light", "intent", "future", "condition"):
            head = " ".join(words[:2]) if words[0] == "light" else words[0]
        tags.append(f"rule={head}")
        if ":" in p:
            tags.append(f"rule={p.strip()}")
    return tags


def is_pronoun(ref: ActorRef) -> bool:
    """Whether an actor or recipient is a lone personal or demonstrative pronoun."""
    words = ref.text.lower().split()
    return len(words) == 1 and words[0] in _PRONOUNS


def party_kind(refs: list[ActorRef], analysis: Analysis) -> str:
    """What an actor or recipient is, as the filter's side features read it: ``coded``,
    ``pronoun``, ``uncoded <entity kind>`` (with `` name`` when the entity is named), a
    ``thing`` (no entity) or ``none``."""
    if not refs:
        return "none"
    if any(r.code for r in refs):
        return "coded"
    if is_pronoun(refs[0]):
        return "pronoun"
    ent = analysis.entity(refs[0].entity) if refs[0].entity else None
    if ent is None:
        return "thing"
    named = any(m.kind == "name" for m in ent.mentions)
    return f"uncoded {ent.kind}{' name' if named else ''}"


def _side(name: str, refs: list[ActorRef], analysis: Analysis) -> list[str]:
    if not refs:
        return [f"{name}=none"]
    out = [f"{name}=some"]
    if any(r.code for r in refs):
        out.append(f"{name}=coded")
        if any(r.sectors for r in refs):
            out.append(f"{name}=sector")
    else:
        out.append(f"{name}=uncoded")
    for r in refs[:2]:
        if is_pronoun(r):
            out.append(f"{name}=pronoun")
        ent = analysis.entity(r.entity)
        out.append(f"{name}_kind={ent.kind if ent is not None else 'none'}")
    return out


def _word(tok: Any) -> str:
    """A token's lemma, or for a name its kind: the filter learns what people,
    organisations and states do, never what one named person did in the training news."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in _NAMED or lexical_view(tok.doc).name_like[tok.i]:
        return f"<{tok.ent_type_ or 'NAME'}>"
    return str(tok.lemma_.lower())


def _trigger_token(ev: Event, doc: Any) -> Any:
    span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def features(ev: Event, doc: Any, analysis: Analysis) -> list[str]:
    """The sparse features of one proposed event (names of the features that are on)."""
    t = ev.event
    f = ["bias", f"type={t}"]
    tok = _trigger_token(ev, doc)
    if tok is not None:
        lemma = tok.lemma_.lower()
        f += [
            f"lemma={lemma}",
            f"lemma|type={lemma}|{t}",
            f"pos={tok.pos_}|{t}",
            f"tag={tok.tag_}",
            f"dep={tok.dep_}",
            f"dep|type={tok.dep_}|{t}",
            f"headdep={tok.head.dep_}",
            f"headlemma={_word(tok.head)}",
        ]
        for c in tok.children:
            if c.dep_ in _ARG_DEPS:
                word = _word(c)
                f.append(f"arg={c.dep_}:{word}")
                f.append(f"arg|type={c.dep_}:{word}|{t}")
                if c.ent_type_:
                    f.append(f"argent={c.dep_}:{c.ent_type_}")
            elif c.dep_ == "prep":
                f.append(f"prep={c.lemma_.lower()}")
                for o in c.children:
                    if o.dep_ == "pobj":
                        f.append(f"pobj={c.lemma_.lower()}:{_word(o)}")
            elif c.dep_ in ("aux", "auxpass", "neg"):
                f.append(f"aux_word={c.lemma_.lower()}")
        # the trigger's sentence and its text from the per-doc views (``Token.sent`` walks
        # the sentence boundaries and ``Span.text`` joins the tokens on every read)
        sent = doc_sents(doc)[sentence_ids(doc)[tok.i]]
        stext = doc_text(doc)[sent.start_char : sent.end_char]
        if "?" in stext:
            f.append("sent=question")
        if _PCT.search(stext):
            f.append("sent=figures")
        if tok.i == sent.start or (tok.i - sent.start) < 2:
            f.append("trigger=first")
        if len(sent) > 40:
            f.append("sent=long")
    for a in ev.aux:
        f.append(f"aux={a}")
        f.append(f"aux|type={a}|{t}")
    f += _rule_tags(ev.rule)
    f += _side("actor", ev.actor, analysis)
    f += _side("recipient", ev.recipient, analysis)
    if ev.quote:
        f.append("quoted")
    f.append(f"conf={min(9, int(ev.confidence * 10))}")
    return f


def _type_thresholds(raw: Any, where: str, name: str = "type_thresholds") -> dict[str, float]:
    """A per-type table of the model file under ``name`` (PLOVER type -> probability in
    [0, 1]): the filter's own thresholds (``type_thresholds``) or the second scorer's vetoes
    (``ensemble.veto``); empty where the file has no such table. Anything else is a
    ``ConfigError`` naming the file and the table."""
    if raw is None:
        return {}
    try:
        out = {str(k): float(v) for k, v in raw.items()}
    except (AttributeError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"{where}: '{name}' is not an object of PLOVER type -> probability ({exc})"
        ) from exc
    bad = sorted(k for k, v in out.items() if not 0.0 <= v <= 1.0 or k not in PLOVER_TYPES)
    if bad:
        raise ConfigError(
            f"{where}: '{name}' of {', '.join(bad)}: expected a PLOVER type "
            f"({', '.join(PLOVER_TYPES)}) and a probability between 0 and 1"
        )
    return out


def _second_scorer(raw: Any, where: str) -> tuple[dict[str, float], float]:
    """The model file's second event scorer (``ensemble``: its ``weights`` and the ``share``
    of its log-odds in the average): none (empty weights, share 0) where the file has no
    ``ensemble``. Anything else is a ``ConfigError`` naming the file."""
    if raw is None:
        return {}, 0.0
    try:
        weights = {str(k): float(v) for k, v in raw["weights"].items()}
        share = float(raw["share"])
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"{where}: 'ensemble' is not an object with 'weights' (feature -> weight) and "
            f"'share' ({exc}), as written by eventwire.training.event_ensemble"
        ) from exc
    if not weights or not 0.0 < share <= 1.0:
        raise ConfigError(
            f"{where}: 'ensemble' needs weights and a 'share' above 0 and at most 1 (got {share})"
        )
    return weights, share


class EventFilter:
    """Logistic regression weights over ``features``; ``probability`` scores one event.

    The model file also holds the sentence-level decision (``presence``, see
    ``event_presence``) and the confidence model: a logistic regression over the filter's
    and the decision's log-odds, the rules' confidence and whether both parties are coded,
    fitted on out-of-fold scores of the training news, so that a confidence is the
    probability that the event is right.
    """

    def __init__(
        self,
        weights: dict[str, float],
        threshold: float,
        meta: dict[str, Any],
        where: str = "event filter model",
    ):
        from .event_presence import PresenceModel

        self.weights = weights
        self.threshold = threshold
        self.meta = meta
        self.type_thresholds = _type_thresholds(meta.get("type_thresholds"), where)
        conf = meta.get("confidence") or {}
        self._conf_weights = [float(v) for v in conf.get("weights", [])]
        if self._conf_weights and len(self._conf_weights) != len(CONFIDENCE_INPUTS):
            raise ConfigError(
                f"{where}: 'confidence' has {len(self._conf_weights)} weights; "
                f"expected {len(CONFIDENCE_INPUTS)}, one for each of {', '.join(CONFIDENCE_INPUTS)}"
            )
        pres = meta.get("presence")
        self.presence = PresenceModel.from_dict(pres, where) if pres is not None else None
        self.second, self.share = _second_scorer(meta.get("ensemble"), where)
        raw_veto = (meta.get("ensemble") or {}).get("veto")
        self.veto = _type_thresholds(raw_veto, where, "ensemble.veto")

    def confidence(
        self,
        rule_confidence: float,
        probability: float,
        presence: float = 1.0,
        best: float | None = None,
    ) -> float:
        """The probability that the event is right, from the calibrated confidence model
        (the rules' confidence itself where the model file has none)."""
        if not self._conf_weights:
            return rule_confidence
        best = probability if best is None else max(best, probability)
        x = confidence_inputs(probability, presence, rule_confidence, best)
        return squash(sum(w * v for w, v in zip(self._conf_weights, x, strict=True)))

    def threshold_for(self, event_type: str) -> float:
        """The probability an event of this PLOVER type needs to stay: its type's threshold
        where the model file gives one (``type_thresholds``), else the model's own."""
        return self.type_thresholds.get(event_type, self.threshold)

    def probability(self, feats: list[str]) -> float:
        """The probability that the proposed event with these features is right."""
        return logistic(self.weights, feats)

    def second_opinion(self, feats: list[str]) -> float:
        """The second scorer's probability (``ensemble``): the logistic of this model's and
        the second weights' log-odds averaged with the second's ``share``; the model's own
        probability where the file has no second scorer."""
        if not self.second:
            return self.probability(feats)
        names = set(feats)
        own = sum(self.weights.get(n, 0.0) for n in names)
        other = sum(self.second.get(n, 0.0) for n in names)
        return squash((1 - self.share) * own + self.share * other)

    def vetoed(self, feats: list[str], event_type: str) -> bool:
        """Whether the second scorer drops an event of this type whatever its probability:
        only for the types the file's ``ensemble`` names in ``veto``, where its second
        opinion is under that type's veto threshold."""
        floor = self.veto.get(event_type)
        return floor is not None and self.second_opinion(feats) < floor

    @classmethod
    def from_json(cls, text: str, where: str) -> EventFilter:
        try:
            data = json.loads(text)
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            threshold = float(data.get("threshold", 0.5))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(
                f"{where}: not an event filter model ({exc}); expected JSON with 'weights' "
                "(feature -> weight) and 'threshold', as written by eventwire.training.events"
            ) from exc
        return cls(weights, threshold, {k: v for k, v in data.items() if k != "weights"}, where)


_CACHE: dict[str, EventFilter] = {}


def load_filter(path: str | None = None) -> EventFilter | None:
    """The packaged filter (or the one at ``path``), loaded once per process; None if absent."""
    key = path or ""
    if key in _CACHE:
        return _CACHE[key]
    if path:
        try:
            text = Path(path).expanduser().read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(
                f"event filter model {path!r} cannot be read ({exc}); expected a JSON file "
                "written by eventwire.training.events"
            ) from exc
        model = EventFilter.from_json(text, path)
    else:
        res = resources.files(RESOURCE_PACKAGE).joinpath(MODEL_FILE)
        if not res.is_file():
            return None
        model = EventFilter.from_json(res.read_text(encoding="utf-8"), MODEL_FILE)
    _CACHE[key] = model
    return model
