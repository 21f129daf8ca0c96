"""The events annotator: who did what to whom, coded as PLOVER events with CAMEO codes.

How a sentence becomes events, in the order of the data flow (each step in its own
module: ``event_lexicon`` reads the data files, ``event_grammar`` holds the parse
helpers and ``Phrases``, then ``event_triggers`` (1-2), ``event_modality`` (3-4),
``event_roles`` and ``event_participants`` (5), ``event_cues`` (6), ``event_precision``
and the learned ``event_filter`` (7), with ``event_evaluation`` for judgements said in
reported speech (4); this module runs them and builds the records):

1. **Triggers.** Every verb and noun is looked up by lemma in the event lexicon
   (``resources/events/lexicon.txt`` plus the user's ``event_lexicons``); a pattern
   with extra words ("call on", "expel diplomat", "strike/n hunger") fires only when
   those words depend on the head, and the most specific pattern wins. PETRARCH verb
   dictionaries (``resources/events/petrarch-cameo.txt``, the user's
   ``event_dictionaries``) add rows of the same kind, under the hand-written ones; a
   ``---`` row (PETRARCH's ``[---]``) that wins codes nothing.
2. **Filtering and absorption.** Verbs that take a clause ("urged X to implement",
   "agreed to cooperate", "refused to meet") code one event for the pair; event
   nouns count only where the grammar makes them reported events (object of a light
   verb, with a possessor or agent, subject of "came", predicate of "X is a
   violation"); an event verb buried under an ordinary noun ("hesitation in
   expelling") is not asserted and is not coded.
3. **Modality** from the grammar: negation ("did not", "no", "denied"), intent
   ("plans to", "is willing to", "will") that turns co-operation into AGREE and force
   into THREATEN, conditions ("if", "unless"), hypothetical modals.
4. **Statements**: speech verbs are never events of their own; "X said Y must …" is a
   REQUEST by X on Y, "X said Y attacked Z" an ASSAULT by Y on Z linked to the quote;
   "X said Y was reckless", "X called Y a hero": an ACCUSE or SUPPORT by X on Y
   (``event_evaluation``, words in ``resources/events/evaluative.txt``); an allegation
   told as a noun ("rejected the union's allegation that the board hid the losses") is
   its maker's ACCUSE (``event_claimed_wrongs``).
5. **Arguments** from the dependency parse: subject / passive agent, object, dative
   and prepositional objects, coordination (lists), relative clauses, control verbs,
   possessors and "of"/"by" phrases of event nouns. Each phrase becomes an ActorRef
   through the actors annotator's ``actor_ref``. A party left without a country that is
   a generic agent noun takes the country of the place its clause locates it in
   ("detained six militants in Jakarta"): composition, not a guess, so an unresolved
   name or a pronoun never does; an on-the-ground event with no party named takes that
   place as recipient.
6. **Contexts**: the one the CAMEO code implies, then cue words in the sentence
   (``contexts.txt``), else cues repeated in the article.
7. **Precision**: a natural force or an accident is never the actor of a hostile act;
   the learned filter drops events it judges unlikely and sets their confidence.

Each event carries the ``rule`` that fired (the lexicon pattern and the rules that
changed it) and a ``confidence``; ``explain(event)`` prints both.
"""

from __future__ import annotations

import threading
from typing import Any

from ..dictionaries.petrarch_verbs import NON_EVENT
from ..records import ActorRef, Event, Span
from . import Annotator, Context, doc_sents, doc_text, register
from .event_claimed_wrongs import claimed_wrongs
from .event_cues import ContextCues
from .event_evaluation import Evaluations
from .event_grammar import (
    _LOCAL_TYPES,
    _VERBAL_TYPES,
    COOPERATIVE,
    HOSTILE,
    Candidate,
    Phrases,
    _children,
    _clause_head,
    _conjuncts,
    _lemma,
)
from .event_lexicon import (
    CONTEXTS_FILE,
    DICTIONARY_PATTERNS,
    GRAMMAR_FILE,
    LEXICON_FILE,
    Lexicon,
    Pattern,
    _dictionary_rows,
    _read_text,
    load_lexicon,
    parse_contexts,
    parse_grammar,
    parse_lexicon,
)
from .event_modality import Modality
from .event_participants import DOMESTIC_RULE, FOREIGN_WORDS, Participants
from .event_precision import Precision
from .event_roles import Roles
from .event_triggers import Triggers

__all__ = [
    "COOPERATIVE",
    "CONTEXTS_FILE",
    "DICTIONARY_PATTERNS",
    "GRAMMAR_FILE",
    "HOSTILE",
    "LEXICON_FILE",
    "NON_EVENT",
    "EventsAnnotator",
    "Lexicon",
    "Pattern",
    "_dictionary_rows",
    "_read_text",
    "confidence",
    "explain",
    "load_lexicon",
    "parse_contexts",
    "parse_grammar",
    "parse_lexicon",
]


@register("events")
class EventsAnnotator(Annotator):
    """Codes PLOVER events from the parse, with arguments resolved through the actors."""

    assigns = ("events", "event_presence")
    requires = ("entities", "quotes", "quote_regions", "token_entity", "actor_resolver")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.lex = load_lexicon(
            settings.get("event_lexicons", ()),
            settings.get("event_grammars", ()),
            settings.get("event_contexts", ()),
            verb_dictionaries=settings.get("event_dictionaries", ()),
            packaged_dictionary=settings.get("event_dictionary_packaged", True),
            dictionary_patterns=settings.get("event_dictionary_patterns", "new_verbs"),
        )
        # the actors annotator's contract for argument phrases
        from .actors import actor_ref, unknown_name

        self._unknown_name = unknown_name

        # per-article state lives in a thread-local, so one annotator serves many threads
        self._local = threading.local()
        self.phrases = Phrases(self.lex)
        self.modality = Modality(self.lex)
        self.participants = Participants(self.phrases, actor_ref, self._local)
        self.triggers = Triggers(self.lex, self.phrases, self.modality, self.participants.quote_for)
        self.roles = Roles(self.lex, self.phrases, self.modality, self.participants, self._local)
        self.cues = ContextCues(self.lex, self._local)
        self.precision = Precision(self.lex)
        self.evaluations = Evaluations(self.phrases, self.participants)
        self._filter = None
        self._presence = None
        if settings.get("event_filter", True):
            from .event_filter import load_filter

            self._filter = load_filter(settings.get("event_filter_model") or None)
            self._presence = self._filter.presence if self._filter is not None else None
        floor = float(settings.get("event_min_probability", -1.0))
        #: a floor set by hand holds for every type; else the model's, per type where it has one
        self._fixed_p = floor >= 0
        self._min_p = floor if floor >= 0 else (self._filter.threshold if self._filter else 0.0)
        gate = float(settings.get("event_min_presence", -1.0))
        self._gate = gate if gate >= 0 else (self._presence.gate if self._presence else 0.0)

    # ---- per article ------------------------------------------------------------------

    def __call__(self, ctx: Context) -> None:
        self._local.ctx = ctx
        self._local.cues = {}
        doc = ctx.doc
        article_cues = self.cues.article(doc)
        self._local.dateline_end = _dateline_end(doc_text(doc))
        n = len(ctx.analysis.events)
        text = doc_text(doc)
        for sent in doc_sents(doc):
            # the article's text between the sentence's ends is ``sent.text``, which joins
            # the sentence's tokens again on every read
            if not text[sent.start_char : sent.end_char].strip():
                continue
            proposed: list[Event] = []
            for cand in self.triggers.find(sent, ctx):
                event = self._build(cand, sent, ctx, article_cues)
                if event is None or self.precision.implausible(cand, event, sent) is not None:
                    continue
                proposed.append(event)
            for event in self.evaluations.find(sent, ctx, proposed):
                event.context = self.cues.for_event(sent, article_cues, event.cameo)
                proposed.append(event)
            for event in claimed_wrongs(sent, ctx, proposed, self.phrases, self.participants):
                event.context = self.cues.for_event(sent, article_cues, event.cameo)
                proposed.append(event)
            presence = self._decide(sent, proposed, ctx)
            for event in self._judge(proposed, ctx, presence):
                n += 1
                event.id = f"ev{n}"
                ctx.analysis.events.append(event)

    def _decide(self, sent: Any, proposed: list[Event], ctx: Context) -> float:
        """The sentence-level decision: the probability that ``sent`` reports a political
        act (1.0 without a model), recorded in ``ctx.event_presence``."""
        if self._presence is None:
            return 1.0
        from .event_presence import sentence_features

        p = self._presence.probability(sentence_features(sent, proposed))
        ctx.event_presence[sent.start_char] = round(p, 4)
        return p

    def _judge(self, proposed: list[Event], ctx: Context, presence: float) -> list[Event]:
        """The learned filter's word on a sentence's proposed events: those it keeps, each
        with its calibrated confidence (from its probability, the rules' confidence, the
        sentence decision's and the sentence's best probability). In a sentence under the
        decision's gate only the events the filter is sure of (``OVERRULE``) stay."""
        if self._filter is None:
            return proposed if presence >= self._gate else []
        from .event_filter import OVERRULE, features

        feats = [features(ev, ctx.doc, ctx.analysis) for ev in proposed]
        probs = [self._filter.probability(f) for f in feats]
        best = max(probs, default=0.0)
        for ev, p in zip(proposed, probs, strict=True):
            ev.confidence = round(self._filter.confidence(ev.confidence, p, presence, best), 3)
        # under the gate the sentence reports no political act: the decision overrules the
        # filter wherever the filter itself is unsure
        overrule = 0.0 if presence >= self._gate else OVERRULE
        # the second scorer (the model file's ``ensemble``) may drop an event of the types
        # it names, never keep one the filter drops
        return [
            ev
            for ev, p, f in zip(proposed, probs, feats, strict=True)
            if p >= max(self._floor(ev.event), overrule) and not self._filter.vetoed(f, ev.event)
        ]

    def _floor(self, event_type: str) -> float:
        """The filter probability an event of this type needs (``event_min_probability``
        where set, else the model's threshold for the type)."""
        if self._fixed_p or self._filter is None:
            return self._min_p
        return self._filter.threshold_for(event_type)

    # ---- building the record ----------------------------------------------------------

    def _locate(self, refs: list[ActorRef], place: ActorRef, ctx: Context) -> bool:
        """Give the parties that are generic agent nouns ("police", "protesters") the
        country of the place their clause locates them in; an unresolved name or a pronoun
        keeps no code (that would be a guess). Whether any party took it."""
        took = False
        for ref in refs:
            if self._unknown_name(ctx, ref):
                continue  # a name no dictionary knows: no guess
            span = ctx.doc.char_span(ref.start, ref.end, alignment_mode="expand")
            if (
                span is not None
                and len(span)
                and self.phrases.generic_agent(span.root, bool(ref.sectors))
            ):
                ref.code = place.code
                took = True
        return took

    def _locate_domestic(self, refs: list[ActorRef], code: str, ctx: Context) -> bool:
        """Give the unnamed parties among ``refs`` (a common noun the actors annotator
        took for a kind of party: "the demonstrators", "two journalists") the country
        ``code``; a name or a pronoun keeps none. Whether any party took it."""
        took = False
        for ref in refs:
            if not ref.sectors or self._unknown_name(ctx, ref):
                continue
            span = ctx.doc.char_span(ref.start, ref.end, alignment_mode="expand")
            if (
                span is not None
                and len(span)
                and span.root.pos_ == "NOUN"
                and not any(str(t.lower_) in FOREIGN_WORDS for t in span)
            ):
                ref.code = code
                took = True
        return took

    def _thing_speaker(self, speaker: Any, ctx: Context) -> bool:
        """Whether a quote's speaker is a share of a thing ("much of it thought …"), which
        the quote finder may take for one who speaks: it never acts."""
        span = ctx.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and self.phrases.part_of_thing(span.root)

    def _build(
        self, cand: Candidate, sent: Any, ctx: Context, article_cues: list[str]
    ) -> Event | None:
        tok = cand.tok
        trigger = Span(tok.text, tok.idx, tok.idx + len(tok.text))
        quote = self.participants.quote_for(trigger.start, trigger.end, ctx)
        actor_heads = self.roles.actors(cand, ctx)
        speaker = cand.speaker
        if (
            not actor_heads
            and speaker is not None
            and not cand.pat.undergone  # "says he is under attack": he undergoes it
            and not self.phrases.part_of_thing(speaker)  # "much of it thought …"
            and cand.event
            in (
                "THREATEN",
                "ACCUSE",
                "REQUEST",
                "AGREE",
                "REJECT",
            )
        ):
            actor_heads = _conjuncts(speaker)
            cand.rules.append("actor: speaker")
        actor = self.participants.refs(actor_heads, ctx, speaker)
        if (
            not actor
            and quote is not None
            and quote.speaker is not None
            and not cand.pat.undergone
            and cand.event in _VERBAL_TYPES
            and not self._thing_speaker(quote.speaker, ctx)
        ):
            # the speaker of a quote is the actor of what the quote itself does (a demand,
            # an accusation), never of an act the quote only mentions
            actor = [
                ActorRef(
                    quote.speaker.text,
                    quote.speaker.start,
                    quote.speaker.end,
                    entity=quote.speaker.entity,
                )
            ]
            ent = ctx.analysis.entity(quote.speaker.entity)
            if ent is not None:
                actor[0].code, actor[0].sectors = ent.code, list(ent.sectors)
            cand.rules.append("actor: quote speaker")
        actor_codes = frozenset(a.code for a in actor if a.code)
        if cand.pat.copular and cand.tok.dep_ == "attr":
            recipient_heads = self.roles.copular_recipient(cand)
        else:
            recipient_heads = self.roles.recipients(cand, ctx, actor_codes)
        recipient = self.participants.refs(recipient_heads, ctx, speaker)
        _cut_row_phrase(cand, recipient_heads, recipient)
        actor_spans = {(a.start, a.end) for a in actor}
        recipient = [r for r in recipient if (r.start, r.end) not in actor_spans]
        if not any(r.code for r in recipient):
            # no resolved addressee: where it happened tells whose it is
            # ("rioted at a jail in northern Israel", "evacuated the wounded from Gorazde")
            where = self.participants.location_refs(cand, ctx)
            where = [r for r in where if (r.start, r.end) not in actor_spans]
            if (
                where
                and recipient
                and any(self.phrases.actor_like(h, ctx) for h in recipient_heads)
            ):
                # "detained six militants in Jakarta": the militants, of that country
                if self._locate(recipient, where[0], ctx):
                    cand.rules.append("recipient country: location")
            elif where:
                recipient = where
                cand.rules.append("recipient: location")
            elif not recipient and cand.event in _LOCAL_TYPES:
                # on-the-ground events with no party named: the place the sentence names
                place = self.participants.sentence_place(sent, actor, ctx)
                if place is not None:
                    recipient = [place]
                    cand.rules.append("recipient: sentence place")
        if recipient and not any(r.code for r in recipient):
            # "police dispersed the demonstrators": unnamed people, of the police's country
            home = self.participants.domestic_country(actor)
            if home is not None and self._locate_domestic(recipient, home, ctx):
                cand.rules.append(DOMESTIC_RULE)
        if actor and not any(a.code for a in actor):
            # "prisoners rioted at a jail in Dili": unnamed people, of the place they act in
            where = [
                r
                for r in self.participants.location_refs(cand, ctx)
                if (r.start, r.end) not in actor_spans
            ]
            if not where:
                # "a bombing near the town killed …": the place the actor phrase names
                where = self.participants.places_named_by(actor_heads, ctx)
            if where and self._locate(actor, where[0], ctx):
                cand.rules.append("actor country: location")
        if _unnamed_dyad(cand, actor, recipient):
            return None
        context = self.cues.for_event(sent, article_cues, cand.cameo)
        conf = confidence(cand, actor, recipient)
        return Event(
            id="",
            event=cand.event,
            trigger=trigger,
            sentence=Span(sent.text, sent.start_char, sent.end_char),
            mode=cand.mode,
            context=context,
            aux=list(dict.fromkeys(cand.aux)),
            actor=actor,
            recipient=recipient,
            cameo=cand.cameo,
            confidence=conf,
            rule="; ".join(dict.fromkeys(cand.rules)),
            quote=quote.id if quote is not None else None,
        )


def confidence(cand: Candidate, actor: list[ActorRef], recipient: list[ActorRef]) -> float:
    """How sure the rules are of a proposed event: its pattern, its clause, its parties."""
    conf = cand.pat.conf + 0.04 * len(cand.pat.deps)
    tok = cand.tok
    clause = _clause_head(tok) if cand.is_noun else tok
    dep = clause.dep_
    if dep == "ROOT" or (dep in ("ccomp", "conj") and clause.head.dep_ == "ROOT"):
        conf += 0.1
    elif dep in ("advcl", "relcl", "acl", "pcomp", "xcomp", "pobj", "amod"):
        conf -= 0.1
        purpose = any(_lemma(a) == "to" for a in clause.children if a.dep_ == "aux")
        if dep in ("advcl", "acl", "xcomp") and (purpose or clause.tag_ == "VBG"):
            conf -= 0.1  # "staged demonstrations to demand …": the demand is the aim
    if cand.is_noun and not cand.light:
        conf -= 0.05
    if cand.complement is not None:
        conf += 0.05
    if actor:
        conf += 0.1 if any(a.code for a in actor) else 0.05
    else:
        conf -= 0.1
    if recipient:
        conf += 0.05 if any(r.code for r in recipient) else 0.02
    if "negation" in cand.aux:
        conf -= 0.1
    if "hypothetical" in cand.aux and cand.event != "THREATEN":
        conf -= 0.1  # "if it is attacked": a condition, not an event
    if any(r.startswith(("intent:", "future:", "condition:")) for r in cand.rules):
        conf += 0.1  # a pledge or threat is what the sentence reports
    return round(min(0.99, max(0.05, conf)), 3)


def _dateline_end(text: str) -> int:
    """Where the article's dateline ("BAGHDAD, March 7 (Reuters) -") or an agency's credit
    alone ("(CNN) —") ends, else 0."""
    from ..ingest.dateline import lead_end

    return lead_end(text[:300])


def explain(event: Event) -> str:
    """One line on why an event was coded: type/mode/cameo, rule, confidence, actor → recipient."""

    def side(refs: list[ActorRef]) -> str:
        if not refs:
            return "-"
        parts = []
        for r in refs:
            code = (r.code or "?") + ("/" + "/".join(r.sectors) if r.sectors else "")
            parts.append(f"{r.text} [{code}]")
        return " + ".join(parts)

    kind = event.event + (f"/{event.mode}" if event.mode else "")
    cameo = f" cameo {event.cameo}" if event.cameo else ""
    aux = f" ({', '.join(event.aux)})" if event.aux else ""
    return (
        f"{event.id} {kind}{cameo}{aux} trigger {event.trigger.text!r}: "
        f"{side(event.actor)} -> {side(event.recipient)}; "
        f"rule {event.rule or '-'}; confidence {event.confidence:.2f}"
    )


def _unnamed_dyad(cand: Candidate, actor: list[Any], recipient: list[Any]) -> bool:
    """Whether a dictionary pattern lacks the parties it needs, as PETRARCH codes: a
    dictionary pattern (or a row flagged `party`) makes an event only between actors it can
    name ("the statement needs clarification" is no one's request; "weak sales raise doubts"
    is no one's criticism), and one coding only the target's side ([:code], "received a
    grant", "died in custody") only with a source named; a row flagged `doer` only with an
    actor that names a party ("the inspectors cited the firm for …", not "the report cited
    …")."""
    if (cand.pat.dictionary or cand.pat.party) and not any(
        r.code or r.sectors for r in actor + recipient
    ):
        return True
    if cand.pat.doer and not any(r.code or r.sectors for r in actor):
        return True
    return bool(cand.pat.dictionary and cand.pat.undergone and not actor)


def _cut_row_phrase(cand: Candidate, heads: list[Any], refs: list[ActorRef]) -> None:
    """End the recipients before the row's own preposition where the parser hung it on the
    object, not on the verb ("cited the port authority for failures in cargo checks"); a
    name's own phrase stays ("the Minister of Defence")."""
    if cand.is_noun or not cand.pat.deps:
        return
    verb_preps = {_lemma(p) for p in _children(cand.tok, "prep")}
    for head in heads:
        for prep in _children(head, "prep"):
            word = _lemma(prep)
            if prep.i <= head.i or word not in cand.pat.deps or word in verb_preps:
                continue
            if any(o.pos_ == "PROPN" for o in _children(prep, "pobj")):
                continue
            for ref in refs:
                if ref.start < prep.idx < ref.end:
                    ref.text = ref.text[: prep.idx - ref.start].rstrip()
                    ref.end = ref.start + len(ref.text)
