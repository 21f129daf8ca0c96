"""A learned proposer for the events the rules miss: one event in a sentence they leave empty.

The rules code events from trigger words; a sentence that reports an act in words no
pattern knows ("X tore into Y over the deal") keeps no event, however sure the
sentence-level decision (``event_presence``) is that an act is reported. This annotator
runs after the events annotator. In each sentence where the rules' final events (after
the filter and the gate) are none, where the decision says an act is reported
(probability at or above its model's threshold) and where a one-vs-rest logistic
regression over the sentence's words (``resources/events/sentence_types.json``, trained
by ``python -m eventwire.training.event_types``) gives some PLOVER type a probability
at or above ``event_learned_min`` (else the model's own threshold, chosen out of fold
for precision), it adds ONE event of the best type:

- trigger: the main clause's verb, else the content word with the largest positive
  weight for that type in the sentence;
- actor: that verb's subject (``event_roles``), recipient: its object, else the object
  of "against"/"to"/"with"/"on" attached to it, each resolved through the events
  annotator's own participants (``event_participants``: the actors' ``actor_ref``,
  pronouns to their antecedents);
- status: the events annotator's modality rules on the trigger (negation, intent,
  conditions), which may also turn the type (a future attack is a threat);
- date and place: the ``event_time`` and ``event_place`` annotators, which run after it;
- ``rule`` "learned sentence type (p=…)", ``confidence`` the model's out-of-fold
  calibration of that probability.

Names count as their entity kind in the features, never as the name. Settings:
``event_learned`` (on/off) and ``event_learned_min``.
"""

from __future__ import annotations

import functools
import json
import math
import threading
from importlib import resources
from typing import Any

from ..errors import ConfigError
from ..records import PLOVER_TYPES, Event, Span
from . import Annotator, Context, doc_children, doc_sents, doc_text, read_model_file, register
from .event_filter import _logit
from .event_presence import _word, logistic, sentence_features

RESOURCE_PACKAGE = "eventwire.resources.events"
MODEL_FILE = "sentence_types.json"
RULE = "learned sentence type"
#: the prepositions whose object is the recipient of a verb without a direct object
RECIPIENT_PREPS = frozenset({"against", "to", "with", "on"})
_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})
_CONTENT = frozenset({"VERB", "NOUN", "ADJ"})
#: entity kinds of the parser that name a time or an amount, never a party
_MEASURES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def type_features(sent: Any) -> list[str]:
    """The sparse features of one sentence for the type classifier: the sentence decision's
    own (``event_presence.sentence_features`` without the rules' proposals: content
    lemmas, root lemma, tense, subject kind, modals, negation, cue classes, figures,
    quotes, question), and each verb's object and prepositions (names as their kind)."""
    f = [x for x in sentence_features(sent, []) if not x.startswith("proposals=")]
    kids = doc_children(sent.doc)
    for i in range(sent.start, sent.end):
        tok = sent.doc[i]
        if tok.pos_ != "VERB":
            continue
        verb = tok.lemma_.lower()
        for c in kids[i]:
            if c.dep_ in _OBJECTS:
                f.append(f"vo={verb}:{_word(c)}")
            elif c.dep_ == "prep":
                prep = c.lemma_.lower()
                f.append(f"vp={verb}:{prep}")
                for o in kids[c.i]:
                    if o.dep_ == "pobj":
                        f.append(f"vpo={verb}:{prep}:{_word(o)}")
            elif c.dep_ == "prt":
                f.append(f"vprt={verb}:{c.lower_}")
    return list(dict.fromkeys(f))


def confidence_inputs(probability: float, presence: float) -> list[float]:
    """The calibration's inputs for one added event: a bias, the best type's log-odds and
    the sentence decision's."""
    return [1.0, _logit(probability), _logit(presence)]


class TypeModel:
    """One logistic regression per PLOVER type over ``type_features``, the threshold a type
    probability needs, the decision probability a sentence needs, and the calibration."""

    def __init__(
        self,
        types: dict[str, dict[str, float]],
        threshold: float,
        presence_min: float,
        confidence: list[float],
    ) -> None:
        self.types = types
        self.threshold = threshold
        self.presence_min = presence_min
        self.conf_weights = confidence

    def probabilities(self, feats: list[str]) -> dict[str, float]:
        """Each type's probability that an event the sentence with these features
        reports is of that type."""
        return {kind: logistic(w, feats) for kind, w in self.types.items()}

    def confidence(self, probability: float, presence: float) -> float:
        """The out-of-fold calibrated probability that the added event is type-right."""
        if len(self.conf_weights) != 3:
            return probability
        x = confidence_inputs(probability, presence)
        z = sum(w * v for w, v in zip(self.conf_weights, x, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_json(cls, text: str, where: str) -> TypeModel:
        """The model of a file written by ``eventwire.training.event_types``."""
        try:
            data = json.loads(text)
            types = {
                str(kind).upper(): {str(f): float(w) for f, w in weights.items()}
                for kind, weights in data["types"].items()
            }
            threshold = float(data["threshold"])
            presence_min = float(data.get("presence_min", 0.5))
            conf = [float(v) for v in (data.get("confidence") or {}).get("weights", [])]
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(
                f"{where}: not a sentence type model ({exc}); expected JSON with 'types' "
                "(type -> feature -> weight) and 'threshold', as written by "
                "eventwire.training.event_types"
            ) from exc
        unknown = sorted(set(types) - set(PLOVER_TYPES))
        if unknown:
            raise ConfigError(f"{where}: {', '.join(unknown)} are no PLOVER types")
        return cls(types, threshold, presence_min, conf)


_LOCK = threading.Lock()


@functools.cache
def _packaged() -> TypeModel:
    res = resources.files(RESOURCE_PACKAGE).joinpath(MODEL_FILE)
    return TypeModel.from_json(res.read_text(encoding="utf-8"), MODEL_FILE)


def load_types(path: str | None = None) -> TypeModel:
    """The packaged sentence type model, or the one at ``path``; a ``ConfigError`` naming
    the file where it cannot be read or is not such a model."""
    if not path:
        with _LOCK:
            return _packaged()
    text = read_model_file(path, "sentence type model", "eventwire.training.event_types")
    return TypeModel.from_json(text, path)


@register("event_learned")
class LearnedEventsAnnotator(Annotator):
    """Adds one event of the learned best type in a sentence the rules leave empty."""

    assigns = ("events",)
    requires = ("events", "event_presence", "entities", "quotes", "token_entity", "actor_resolver")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.on = bool(settings.get("event_learned", False))
        if not self.on:
            return
        if not settings.get("event_filter", True):
            raise ConfigError(
                "setting event_learned: the learned proposer acts where the sentence decision "
                "says an act is reported, and that decision comes with the events filter; "
                "expected event_filter on (or event_learned off)"
            )
        from .actors import actor_ref
        from .event_grammar import Phrases
        from .event_lexicon import load_lexicon
        from .event_modality import Modality
        from .event_participants import Participants
        from .event_roles import Roles

        self.model = load_types(settings.get("event_learned_model") or None)
        floor = float(settings.get("event_learned_min", -1.0))
        self.min_p = floor if floor >= 0 else self.model.threshold
        lex = load_lexicon(settings.get("event_lexicons", ()), settings.get("event_grammars", ()))
        self._local = threading.local()
        self.phrases = Phrases(lex)
        self.modality = Modality(lex)
        self.participants = Participants(self.phrases, actor_ref, self._local)
        self.roles = Roles(lex, self.phrases, self.modality, self.participants, self._local)

    def __call__(self, ctx: Context) -> None:
        if not self.on or not ctx.event_presence:
            return
        self._local.ctx = ctx
        doc = ctx.doc
        starts = sorted(ev.trigger.start for ev in ctx.analysis.events)
        added: list[Event] = []
        for sent in doc_sents(doc):
            presence = ctx.event_presence.get(sent.start_char)
            if presence is None or presence < self.model.presence_min:
                continue
            if any(sent.start_char <= s < sent.end_char for s in starts):
                continue  # the rules coded this sentence
            probs = self.model.probabilities(type_features(sent))
            kind, p = max(probs.items(), key=lambda kv: (kv[1], kv[0]))
            if presence * p < self.min_p:
                continue
            event = self._event(sent, kind, p, presence, ctx)
            if event is not None:
                added.append(event)
        n = len(ctx.analysis.events)
        for event in added:
            n += 1
            event.id = f"ev{n}"
            ctx.analysis.events.append(event)

    def _trigger(self, sent: Any, kind: str) -> Any:
        """The main clause's verb, else the content word that weighs most for ``kind``."""
        root = sent.root
        if root.pos_ == "VERB":
            return root
        weights = self.model.types[kind]
        best, most = root, 0.0
        for tok in sent:
            if tok.pos_ in _CONTENT:
                w = weights.get(f"w={tok.lemma_.lower()}", 0.0)
                if w > most:
                    best, most = tok, w
        return best

    def _recipient_heads(self, verb: Any, ctx: Context) -> list[Any]:
        """The verb's object, else the object of "against"/"to"/"with"/"on" on it: the
        first that can name an actor ("on Monday", "the plan" cannot)."""
        from .event_grammar import _conjuncts

        kids = doc_children(verb.doc)
        heads = [c for c in kids[verb.i] if c.dep_ in ("dobj", "dative")]
        for c in kids[verb.i]:
            if c.dep_ == "prep" and c.lemma_.lower() in RECIPIENT_PREPS:
                heads += [o for o in kids[c.i] if o.dep_ == "pobj"]
        for head in heads:
            if head.ent_type_ not in _MEASURES and self.phrases.actor_like(head, ctx):
                return _conjuncts(head)
        return []

    def _event(self, sent: Any, kind: str, p: float, presence: float, ctx: Context) -> Event | None:
        """One event of ``kind`` on the sentence's main verb (None where the modality rules
        say the act is only wished for or prevented)."""
        from .event_grammar import Candidate
        from .event_lexicon import Pattern

        tok = self._trigger(sent, kind)
        pos = "n" if tok.pos_ == "NOUN" else "v"
        pat = Pattern(tok.lemma_.lower(), pos, (), kind, None, None, text=RULE, where=MODEL_FILE)
        score = f"p={presence * p:.2f}: decision {presence:.2f} x type {p:.2f}"
        cand = Candidate(tok, pat, kind, None, None, rules=[f"{RULE} ({score})"])
        if not self.modality.apply(cand):
            return None
        actor = self.participants.refs(self.roles.subject(tok) if pos == "v" else [], ctx)
        spans = {(a.start, a.end) for a in actor}
        recipient = [
            r
            for r in self.participants.refs(self._recipient_heads(tok, ctx), ctx)
            if (r.start, r.end) not in spans
        ]
        quote = self.participants.quote_for(tok.idx, tok.idx + len(tok.text), ctx)
        text = doc_text(sent.doc)
        return Event(
            id="",
            event=cand.event,
            trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
            sentence=Span(text[sent.start_char : sent.end_char], sent.start_char, sent.end_char),
            aux=list(dict.fromkeys(cand.aux)),
            actor=actor,
            recipient=recipient,
            confidence=round(self.model.confidence(p, presence), 3),
            rule="; ".join(dict.fromkeys(cand.rules)),
            quote=quote.id if quote is not None else None,
        )
