"""A learned detector of criticism: one ACCUSE in a sentence that voices a negative
judgement of a party in words no rule lists.

Much criticism in news is said in free form ("the board ought to feel ashamed", "they
would do anything to keep their seats", an evaluation in a quote, a headline), with no
verb of criticism or judgement word the rules (``events``, ``event_evaluation``) could
list. This annotator runs after the events annotator (and the learned proposer, when on).
In each sentence where the final events hold no ACCUSE, a logistic regression
(``resources/events/criticism.json``, trained by ``python -m
eventwire.training.event_criticism`` on the training news and the label files' tune half)
gives the probability that the sentence voices criticism of a party; at or above
``event_criticism_min`` (else the model's own threshold, chosen out of fold by article for
the precision of the events it adds) it adds ONE ACCUSE:

- trigger: the main clause's verb (else its root);
- actor: the speaker of the quote around the trigger (the quote annotator, which also
  attributes quotes across sentences), else the subject of the main clause;
- recipient: the party judged, the first of the judged clause's subject, the main verb's
  object or the object of "against"/"to"/"with"/"on"/"at"/"of" (or that phrase's
  possessor: "the minister's decision") that names a party and is not the speaker
  (``event_participants``); none where there is none (the guidelines: a target is usual,
  not required);
- status: the events annotator's modality rules on the trigger.

Features describe language, never topics (``language_features``): the word classes of
``evaluative.txt``, each crossed with a copula ("is reckless"), a quote and a negation;
negation, modals, future and copula of the main and reported clause, their tense and
subject kind, the cue classes of ``event_presence``; quotes and their speaker's kind; the
types the rules coded in the sentence. No content lemma, bigram or verb-object pair: the
first model, fitted with them, scored neutral speech on the tune half's topics ("court",
"site", "policy") as criticism. Lemmas shared by several articles of both sources (the
training news and the label files) were tried and left out: they raised no row of the
out-of-fold table to the precision wanted. The event: CAMEO 111 (criticize or denounce),
its PLOVER mode from ``cameo-plover.txt``, its contexts from the cues, as the rules'.
Settings: ``event_criticism`` (on/off, off by default: out of fold no threshold adds
events right 0.6 of the time, so the packaged model's threshold is 1.0),
``event_criticism_min``, ``event_criticism_model``.

Gates on an added event (settings, on by default): the party judged is
named by a noun, not a pronoun (``event_criticism_named``); the speaker is a party, named
or resolved, not "I"/"we" or nobody (``event_criticism_named_speaker``); the main or
reported clause is not in the future or the conditional, an announcement or prediction
(``event_criticism_no_future``). (A gate on the sentence decision's probability, >= 0.5,
was measured and left out: it dropped eight right events of the label files' tune half
and no wrong one.)
"""

from __future__ import annotations

import functools
import json
import threading
from importlib import resources
from typing import Any

from ..dictionaries.petrarch_verbs import packaged_cameo_table
from ..errors import ConfigError
from ..records import ActorRef, Event, Span
from ..resources import word_sets
from . import Annotator, Context, doc_children, doc_sents, doc_text, read_model_file, register
from .event_cues import ContextCues
from .event_learned import _MEASURES, RECIPIENT_PREPS, type_features
from .event_presence import _word, logistic

RESOURCE_PACKAGE = "eventwire.resources.events"
MODEL_FILE = "criticism.json"
RULE = "learned criticism"
KIND = "ACCUSE"
#: CAMEO 111 "criticize or denounce", as the rules' judgements (``event_evaluation``);
#: its PLOVER mode is read from ``resources/events/cameo-plover.txt``
CAMEO = "111"
_CONTENT = frozenset({"VERB", "NOUN", "ADJ", "ADV", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: the features of ``type_features`` that describe language, not a topic: kept whole
_KEPT = frozenset(
    {"bias", "numbers", "length", "root_tag", "comp_tag", "ent", "quote", "speaker", "rules"}
    | {"eval", "sent", "cue", "root_cue", "comp_cue", "root_modal", "comp_modal", "neg"}
    | {"copula_eval", "quoted_eval", "neg_eval"}
)
#: the clause kinds of ``event_presence._clause`` kept from ``root=``/``comp=`` (not lemmas)
_CLAUSE_KINDS = frozenset({"copula", "negated", "modal", "future"})
#: the prepositions whose object may be the party judged ("angry at", "unfair to")
_JUDGED_PREPS = RECIPIENT_PREPS | {"at", "of"}
#: the sentence decision's features of a main or reported clause in the future or the
#: conditional (``event_presence._clause``): a report of what a party will or would do is
#: an announcement or a prediction, not a judgement of it
_FUTURE = frozenset({"root=future", "comp=future", "root_modal=would", "comp_modal=would"})
#: the events a row of the out-of-fold table needs for its precision to serve as confidence
MIN_ADDED = 10


@functools.cache
def _evaluative_index() -> dict[str, tuple[str, ...]]:
    """Word -> the classes of ``evaluative.txt`` it belongs to."""
    index: dict[str, list[str]] = {}
    for cls, words in sorted(word_sets("events", "evaluative.txt").items()):
        for word in words:
            index.setdefault(word, []).append(cls)
    return {w: tuple(c) for w, c in index.items()}


@functools.cache
def _first_person() -> frozenset[str]:
    """The speaker's words for itself ("I", "we"): never the party it judges."""
    return word_sets("events", "evaluative.txt").get("first_person", frozenset())


def _sentence_quotes(sent: Any, ctx: Context) -> list[Any]:
    """The quotes whose content overlaps the sentence."""
    lo, hi = sent.start_char, sent.end_char
    return [q for q in ctx.analysis.quotes if any(c.start < hi and c.end > lo for c in q.content)]


def _speaker_kind(quote: Any, ctx: Context) -> str:
    sp = quote.speaker
    if sp is None:
        return "none"
    ent = ctx.analysis.entity(sp.entity) if sp.entity else None
    if ent is not None:
        return f"{ent.kind}:{'coded' if ent.code else 'uncoded'}"
    return "words"


def criticism_features(sent: Any, ctx: Context) -> list[str]:
    """The sparse features of one sentence for the criticism detector."""
    f = type_features(sent)
    index = _evaluative_index()
    prev = ""
    for tok in sent:
        if tok.pos_ not in _CONTENT or tok.is_stop:
            continue
        word = _word(tok)
        if prev:
            f.append(f"bi={prev}_{word}")
        prev = word
        lemma = tok.lemma_.lower()
        f += [f"eval={c}" for c in index.get(lemma, ()) + index.get(tok.lower_, ())]
        if any(c.dep_ == "neg" for c in doc_children(sent.doc)[tok.i]):
            f.append(f"neg={word}")
    quotes = _sentence_quotes(sent, ctx)
    for q in quotes:
        f += [f"quote={q.kind}", f"speaker={_speaker_kind(q, ctx)}"]
    if not quotes:
        f.append("quote=none")
    lo, hi = sent.start_char, sent.end_char
    kinds = sorted({ev.event for ev in ctx.analysis.events if lo <= ev.trigger.start < hi})
    f += [f"rules={k}" for k in kinds] or ["rules=none"]
    return language_features(f)


def _language_feature(feat: str) -> str | None:
    """One feature as the detector reads it: kept, generalised (a negated lemma -> "neg",
    a common-noun subject -> "noun") or None (a lemma, a bigram, a verb's object or
    preposition: the topic of a sentence, not how it judges)."""
    name, _, value = feat.partition("=")
    if name in ("root", "comp"):
        return feat if value in _CLAUSE_KINDS else None
    if name in ("root_subj", "comp_subj"):
        return f"{name}=noun" if value.startswith("noun:") else feat
    if name == "neg":
        return "neg"
    return feat if name in _KEPT else None


def language_features(feats: list[str]) -> list[str]:
    """The features of a sentence that describe language (``_language_feature``) and the
    evaluative classes crossed with the clause's syntax: a copula with an evaluative
    word ("is reckless"), one in a quote, one under negation. Idempotent, so that rows
    collected with the raw features can be read again."""
    kept = [g for g in map(_language_feature, feats) if g is not None]
    classes = sorted({g[5:] for g in kept if g.startswith("eval=")} - {"first_person"})
    if "root=copula" in kept or "comp=copula" in kept:
        kept += [f"copula_eval={c}" for c in classes]
    if "quote=none" not in kept:
        kept += [f"quoted_eval={c}" for c in classes]
    if "neg" in kept:
        kept += [f"neg_eval={c}" for c in classes]
    return list(dict.fromkeys(kept))


def _named(ref: ActorRef, sent: Any) -> bool:
    """Whether the party ``ref`` is named by a noun (proper or common), not a pronoun
    the coreference resolved ("it", "they")."""
    return any(t.pos_ in ("PROPN", "NOUN") for t in sent if ref.start <= t.idx < ref.end)


def _known(ref: ActorRef, sent: Any) -> bool:
    """Whether the speaker ``ref`` is a party: named, or resolved to one, and not the
    writer's or speaker's own "I"/"we"."""
    if ref.text.lower() in _first_person():
        return False
    return bool(ref.entity or ref.code) or _named(ref, sent)


class CriticismModel:
    """A logistic regression over ``criticism_features`` and the probability it needs."""

    def __init__(
        self,
        weights: dict[str, float],
        threshold: float,
        needs_recipient: bool = False,
        precision: list[tuple[float, float]] | None = None,
    ) -> None:
        self.weights = weights
        self.threshold = threshold
        # (threshold, out-of-fold precision of the events added at or above it), ascending
        self.precision = sorted(precision or [])
        # True: no event where no party judged is found; off by default, as the guidelines'
        # say a target is usual, not required (on the label files' check half,
        # requiring one dropped 7 right events for 3 wrong ones)
        self.needs_recipient = needs_recipient

    def probability(self, feats: list[str]) -> float:
        """The probability that the sentence with these features voices criticism."""
        return logistic(self.weights, feats)

    def confidence(self, p: float) -> float:
        """The out-of-fold precision of the events added at the highest threshold at or
        below ``p`` (``p`` itself where the model file has no table): the chance the
        added event is right, lower than the rules' own events mostly are."""
        rows = [prec for th, prec in self.precision if th <= p + 1e-9]
        return rows[-1] if rows else p

    @classmethod
    def from_json(cls, text: str, where: str) -> CriticismModel:
        """The model of a file written by ``eventwire.training.event_criticism``."""
        try:
            data = json.loads(text)
            weights = {str(f): float(w) for f, w in data["weights"].items()}
            threshold = float(data["threshold"])
            needs_recipient = bool(data.get("needs_recipient", False))
            table = [
                (float(r["threshold"]), float(r["precision"]))
                for r in data.get("out_of_fold") or []
                if int(r.get("added", 0)) >= MIN_ADDED
            ]
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(
                f"{where}: not a criticism model ({exc}); expected JSON with 'weights' "
                "(feature -> weight) and 'threshold', as written by "
                "eventwire.training.event_criticism"
            ) from exc
        return cls(weights, threshold, needs_recipient, table)


_LOCK = threading.Lock()


@functools.cache
def _packaged() -> CriticismModel:
    res = resources.files(RESOURCE_PACKAGE).joinpath(MODEL_FILE)
    return CriticismModel.from_json(res.read_text(encoding="utf-8"), MODEL_FILE)


def load_criticism(path: str | None = None) -> CriticismModel:
    """The packaged criticism model, or the one at ``path`` (a ``ConfigError`` naming it
    where it cannot be read or is not such a model)."""
    if not path:
        with _LOCK:
            return _packaged()
    text = read_model_file(path, "criticism model", "eventwire.training.event_criticism")
    return CriticismModel.from_json(text, path)


@register("event_criticism")
class CriticismAnnotator(Annotator):
    """Adds one learned ACCUSE in a sentence that voices criticism the rules miss."""

    assigns = ("events",)
    requires = ("events", "entities", "quotes", "token_entity", "actor_resolver")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.on = bool(settings.get("event_criticism"))
        if not self.on:
            return
        from .actors import actor_ref
        from .event_grammar import Phrases
        from .event_lexicon import load_lexicon
        from .event_modality import Modality
        from .event_participants import Participants
        from .event_roles import Roles

        self.model = load_criticism(settings.get("event_criticism_model") or None)
        floor = float(settings.get("event_criticism_min", -1.0))
        self.min_p = floor if floor >= 0 else self.model.threshold
        self.named = bool(settings.get("event_criticism_named"))
        self.no_future = bool(settings.get("event_criticism_no_future"))
        self.named_speaker = bool(settings.get("event_criticism_named_speaker"))
        lex = load_lexicon(settings.get("event_lexicons", ()), settings.get("event_grammars", ()))
        self._local = threading.local()
        self.phrases = Phrases(lex)
        self.modality = Modality(lex)
        self.participants = Participants(self.phrases, actor_ref, self._local)
        self.roles = Roles(lex, self.phrases, self.modality, self.participants, self._local)
        self.cues = ContextCues(lex, self._local)
        code = packaged_cameo_table().get(CAMEO)
        self.mode = code.mode if code is not None and code.event == KIND else None

    def __call__(self, ctx: Context) -> None:
        if not self.on:
            return
        self._local.ctx = ctx
        self._local.cues = {}  # the context cues of this article's sentences
        accused = sorted(ev.trigger.start for ev in ctx.analysis.events if ev.event == KIND)
        added: list[Event] = []
        article_cues: list[str] | None = None
        for sent in doc_sents(ctx.doc):
            if any(sent.start_char <= s < sent.end_char for s in accused):
                continue  # the rules coded criticism here
            feats = criticism_features(sent, ctx)
            p = self.model.probability(feats)
            if p < self.min_p or (self.no_future and not _FUTURE.isdisjoint(feats)):
                continue
            event = self._event(sent, p, ctx)
            if event is not None:
                if article_cues is None:
                    article_cues = self.cues.article(ctx.doc)
                event.context = self.cues.for_event(sent, article_cues, event.cameo)
                added.append(event)
        n = len(ctx.analysis.events)
        for event in added:
            n += 1
            event.id = f"ev{n}"
            ctx.analysis.events.append(event)

    def _speaker(self, tok: Any, ctx: Context) -> tuple[list[ActorRef], Any]:
        """The speaker of the quote around ``tok`` (with the quote), else the subject of
        the main verb."""
        quote = self.participants.quote_for(tok.idx, tok.idx + len(tok.text), ctx)
        if quote is not None and quote.speaker is not None:
            return [self.participants.speaker_ref(quote, ctx)], quote
        subjects = self.roles.subject(tok) if tok.pos_ in ("VERB", "AUX") else []
        return self.participants.refs(subjects, ctx), quote

    def _judged_heads(self, tok: Any, quoted: bool) -> list[Any]:
        """Candidate heads of the party judged: the judged clause's subject (the main
        clause's own when the whole sentence is quoted), objects and objects of
        prepositions, in that order (``_party`` reads their possessors)."""
        kids = doc_children(tok.doc)
        clauses = [c for c in kids[tok.i] if c.dep_ in ("ccomp", "xcomp")]
        heads: list[Any] = []
        for clause in clauses if not quoted else [tok, *clauses]:
            heads += [c for c in kids[clause.i] if c.dep_ in _SUBJECTS]
        for verb in [tok, *clauses]:
            heads += [c for c in kids[verb.i] if c.dep_ in ("dobj", "dative", "attr")]
            for c in kids[verb.i]:
                if c.dep_ == "prep" and c.lemma_.lower() in _JUDGED_PREPS:
                    heads += [o for o in kids[c.i] if o.dep_ == "pobj"]
        return heads

    def _party(self, head: Any, ctx: Context) -> Any:
        """The party a judged phrase names: the head itself, else its possessor ("the
        minister's decision" judges the minister); None for a thing, an amount, the
        speaker's own words for itself, or a phrase the speaker owns ("our own board",
        "my team": no act between parties, as ``evaluative.txt`` says of "our plan")."""
        kids = doc_children(head.doc)[head.i]
        if any(c.dep_ == "poss" and c.lower_ in _first_person() for c in kids):
            return None
        for tok in [head, *(c for c in kids if c.dep_ == "poss")]:
            if tok.ent_type_ in _MEASURES or tok.lower_ in _first_person():
                continue
            if self.phrases.names_party(tok, ctx):
                return tok
        return None

    def _recipient(
        self, tok: Any, actor: list[ActorRef], quoted: bool, ctx: Context
    ) -> list[ActorRef]:
        """The first judged head that names a party other than the speaker."""
        from .event_grammar import _conjuncts

        mine = {a.entity for a in actor if a.entity} | {a.text.lower() for a in actor}
        spans = {(a.start, a.end) for a in actor}
        for found in self._judged_heads(tok, quoted):
            head = self._party(found, ctx)
            if head is None:
                continue
            refs = [
                r
                for r in self.participants.refs(_conjuncts(head), ctx)
                if (r.start, r.end) not in spans
                and not (r.entity and r.entity in mine)
                and r.text.lower() not in mine
            ]
            if refs:
                return refs
        return []

    def _event(self, sent: Any, p: float, ctx: Context) -> Event | None:
        """One ACCUSE on the sentence's main verb (None where the modality rules say the
        act is only wished for or prevented)."""
        from .event_grammar import Candidate
        from .event_lexicon import Pattern

        tok = sent.root
        pos = "n" if tok.pos_ in ("NOUN", "PROPN") else "v"
        pat = Pattern(tok.lemma_.lower(), pos, (), KIND, None, None, text=RULE, where=MODEL_FILE)
        cand = Candidate(tok, pat, KIND, None, None, rules=[f"{RULE} (p={p:.2f})"])
        if not self.modality.apply(cand) or cand.event != KIND:
            return None
        actor, quote = self._speaker(tok, ctx)
        recipient = self._recipient(tok, actor, quote is not None, ctx)
        if not recipient and self.model.needs_recipient:
            return None
        if self.named and not any(_named(r, sent) for r in recipient):
            return None
        if self.named_speaker and not any(_known(r, sent) for r in actor):
            return None
        text = doc_text(sent.doc)
        return Event(
            id="",
            event=cand.event,
            trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
            sentence=Span(text[sent.start_char : sent.end_char], sent.start_char, sent.end_char),
            mode=self.mode,
            aux=list(dict.fromkeys(cand.aux)),
            actor=actor,
            recipient=recipient,
            cameo=CAMEO,
            confidence=round(self.model.confidence(p), 3),
            rule="; ".join(dict.fromkeys(cand.rules)),
            quote=quote.id if quote is not None else None,
        )
