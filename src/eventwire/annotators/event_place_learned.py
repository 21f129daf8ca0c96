"""A learned chooser of a place for the events the rules leave with none.

The rules of ``event_place`` choose a place (or none) for every event; a place they give
stands. When the setting ``event_place_learned`` is on (the default), the chooser gathers,
for each event they left with none, its CANDIDATES: every resolved place (with
coordinates) of the trigger's sentence and of the two sentences before it, the dateline
place, the article's first and most frequent places, and NONE. Each candidate gets sparse
features that never hold a name: its level and basis, where it stands (same sentence or
how many before, token distance to the trigger, before or after it), the preposition that
governs it and whether the parse links it to the trigger or to the trigger's clause,
whether it lies inside the event's actor or recipient phrase or is one of their
countries, whether it is the dateline or the article's first or most frequent place,
whether the rules placed another act there, and the event's type, class (verbal or
material) and mode. The guidelines' refusals the rules made stand (``refusal``,
``vetoed``): an act the rules found not done yet or hypothetical keeps no place, a
dateline they refused is no candidate, nor is a place inside the event's actor phrase
(its origin) or a verbal act's recipient phrase (its target), nor a place
``event_place_refusals`` refuses for the act. A logistic regression
(``resources/geo/event_places.json``, trained by ``python -m
eventwire.training.event_places`` on the tune half of our own labelled news) scores every
candidate; the highest wins. ``Event.place_rule`` then says why (``--explain``): where it
takes a place, ``learned: <sources> (p=...); rules: <reason>``; where NONE wins, the
rules' reason stays. The rules' choice as a candidate (source ``rule``, its features and
the model's ``rule_bonus``) is read by the trainer only, which codes with the chooser
off. The rules' reasons that carry a refusal are written from this module's constants
(``NOT_DONE_YET``, ``HYPOTHETICAL``, ``DATELINE_NOT_USED``: ``REFUSALS``), so that
``refusal`` reads what ``event_place`` writes.
"""

from __future__ import annotations

import functools
import json
import math
import threading
from collections import Counter
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

from ..errors import ConfigError
from ..records import ActorRef, Event, Place
from . import Context, read_model_file, sentence_ids, token_at

RESOURCE_PACKAGE = "eventwire.resources.geo"
MODEL_FILE = "event_places.json"
#: how many sentences before the trigger's the chooser takes places from
BEFORE_SENTENCES = 2
#: how many parse arcs up from a place the chooser looks for the trigger or its clause
MAX_ARCS = 7
_CLAUSE_POS = frozenset({"VERB", "AUX"})


#: the words of the rules' reasons (``event_place``) that carry a guidelines' refusal, which
#: ``event_place`` writes and ``refusal`` reads: an act not done yet ("an act not done yet
#: ('would')"), a hypothetical act, a dateline refused ("dateline not used (...)")
NOT_DONE_YET = "an act not done yet"
HYPOTHETICAL = "a hypothetical act"
DATELINE_NOT_USED = "dateline not used"
#: each reason's refusal, in the order ``refusal`` tries them
REFUSALS = {NOT_DONE_YET: "unrealised", HYPOTHETICAL: "unrealised", DATELINE_NOT_USED: "dateline"}


#: per event id, the places (``place_key``) the rules refuse for it, each with why
Refused = dict[str, dict[tuple[str, str, str], str]]


@dataclass
class Candidate:
    """One place an event may have been at (``place`` None: nowhere the article says)."""

    place: Place | None
    sources: list[str] = field(default_factory=list)
    features: list[str] = field(default_factory=list)
    #: why the rules refuse it (``event_place_refusals``; ""): the chooser never takes it
    refused: str = ""


def place_key(place: Place) -> tuple[str, str, str]:
    """What makes two mentions the same place: the resolved name (else the words), the
    country and the level."""
    name = (place.name or place.text or "").casefold().strip()
    return name, place.country or "", place.feature or ""


def _bucket(n: int) -> str:
    for top in (0, 1, 2, 3, 5, 8, 12, 20):
        if n <= top:
            return str(top)
    return "more"


def _clause_of(tok: Any) -> Any:
    """The verb whose clause holds ``tok`` (``tok`` itself when it is a verb)."""
    node, steps = tok, 0
    while node.pos_ not in _CLAUSE_POS and node.head.i != node.i and steps < MAX_ARCS:
        node, steps = node.head, steps + 1
    return node


def _climb(tok: Any, goal: Any) -> int:
    """How many arcs up from ``tok`` ``goal`` lies (-1: not within ``MAX_ARCS``)."""
    node = tok
    for n in range(MAX_ARCS + 1):
        if node.i == goal.i:
            return n
        if node.head.i == node.i:
            return -1
        node = node.head
    return -1


def _share(part: int, whole: int) -> str:
    """A share in quarters (``q0``: under a quarter … ``q4``: all)."""
    return f"q{4 * part // whole}" if whole else "q0"


def _roles(refs: list[ActorRef]) -> set[str]:
    """The role codes (three letters after the country) of coded actors: GOV, COP, MIL …"""
    return {r.code[3:6] for r in refs if r.code and len(r.code) >= 6}


def refusal(why: str | None) -> str:
    """The guidelines' refusal the rules' reason for NONE gives (``-``: none): ``unrealised``
    (an act not done yet or hypothetical: no place but the one its text names) or
    ``dateline`` (the dateline is not where the act was made), by the words of
    ``REFUSALS``."""
    text = why or ""
    if not text.startswith("none:"):
        return "-"
    return next((kind for words, kind in REFUSALS.items() if words in text), "-")


def vetoed(features: list[str]) -> bool:
    """Whether a place candidate goes against a refusal of the rules that the guidelines
    make: any place of an act they found unrealised, the dateline they refused, a place
    inside the actor's phrase (an origin: "a Texas-based group") or a verbal act's
    recipient phrase (its target: "accused the mayor of Denver") they did not choose (a
    material act's target, "a station in the town of X", lies where the act was done).
    NONE and the rules' own choice are never vetoed."""
    feats = set(features)
    if "none" in feats or "src=rule" in feats:
        return False
    if "refused=unrealised" in feats or {"refused=dateline", "src=dateline"} <= feats:
        return True
    return "in_actor" in feats or {"in_recipient", "class=verbal"} <= feats


def _inside(place: Place, refs: list[ActorRef]) -> bool:
    return any(r.start <= place.start and place.end <= r.end for r in refs)


def phrase_countries(refs: list[ActorRef]) -> set[str]:
    """The countries (the first three letters of their codes) of the actor phrases ``refs``."""
    return {r.code[:3] for r in refs if r.code and len(r.code) >= 3}


class Chooser:
    """The model: feature weights and a bias, one logistic score per candidate."""

    def __init__(self, weights: dict[str, float], bias: float, verbal: set[str]) -> None:
        self.weights = weights
        self.bias = bias
        self.verbal = {v.upper() for v in verbal}

    @classmethod
    def from_json(cls, text: str, where: str, verbal: set[str]) -> Chooser:
        """The model of a file written by ``eventwire.training.event_places``."""
        try:
            data = json.loads(text)
            weights = {str(f): float(w) for f, w in data["weights"].items()}
            bias = float(data["bias"])
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(
                f"{where}: not an event place model ({exc}); expected JSON with 'weights' "
                "(feature -> weight) and 'bias', as written by eventwire.training.event_places"
            ) from exc
        return cls(weights, bias, verbal)

    def logit(self, feats: list[str]) -> float:
        """A candidate's score: the bias and the weights of its features."""
        return self.bias + sum(self.weights.get(f, 0.0) for f in feats)

    def choose(self, ctx: Context, dateline: Place | None, refused: Refused | None = None) -> None:
        """Give each act the rules left with no place its best-scored candidate that the
        rules do not refuse (``refused``: per event id, place keys and why; ``p``: its share
        of the event's candidates' softmax). A place the rules gave stands, and so does
        their reason where the chooser keeps NONE: measured on our label files, letting it
        override the rules' place lost the blind tune column's place (6 -> 4/10) and check
        place right (69 -> 67/212 with NONE kept from overriding)."""
        table = ArticlePlaces(ctx, dateline)
        for event in ctx.analysis.events:
            if event.location is not None:
                continue
            marked = table.candidates(event, self.verbal, (refused or {}).get(event.id))
            cands = [c for c in marked if not c.refused]
            if not cands:
                continue
            scores = [self.logit(c.features) for c in cands]
            best = max(range(len(cands)), key=lambda i: (scores[i], -i))
            won = cands[best]
            if won.place is None:
                continue
            p = 1.0 / sum(math.exp(max(-60.0, s - scores[best])) for s in scores)
            event.location = replace(won.place)
            sources = "+".join(won.sources)
            event.place_rule = f"learned: {sources} (p={p:.2f}); rules: {event.place_rule or ''}"


class ArticlePlaces:
    """The resolved places of one article, indexed for the candidates of its events."""

    def __init__(self, ctx: Context, dateline: Place | None) -> None:
        self.doc = ctx.doc
        self.sid = sentence_ids(ctx.doc)
        self.dateline = dateline
        resolved = sorted(
            (p for p in ctx.analysis.places if p.lat is not None), key=lambda p: p.start
        )
        self.mentions: list[tuple[Place, Any, int]] = []
        for p in resolved:
            tok = token_at(self.doc, p.start, p.end)
            if tok is not None:
                self.mentions.append((p, tok, self.sid[tok.i]))
        counts = Counter(place_key(p) for p, _, _ in self.mentions)
        self.first = place_key(self.mentions[0][0]) if self.mentions else None
        self.frequent = counts.most_common(1)[0][0] if counts else None
        self.counts = counts
        self.total = sum(counts.values())
        # the place the rules gave each event, by sentence, before the chooser changes any
        self.placed: dict[int, list[tuple[str, tuple[str, str, str], set[str]]]] = {}
        for ev in ctx.analysis.events:
            tok = token_at(self.doc, ev.trigger.start, ev.trigger.end)
            if ev.location is not None and tok is not None:
                who = {a.entity for a in ev.actor if a.entity}
                self.placed.setdefault(self.sid[tok.i], []).append(
                    (ev.id, place_key(ev.location), who)
                )

    def candidates(
        self,
        event: Event,
        verbal: set[str],
        refused: dict[tuple[str, str, str], str] | None = None,
    ) -> list[Candidate]:
        """The event's candidates, each with its features (the rules' choice first) and why
        the rules refuse it (``refused``: place key -> reason; never the rules' choice)."""
        trigger = token_at(self.doc, event.trigger.start, event.trigger.end)
        if trigger is None:
            return []
        here = self.sid[trigger.i]
        rule = (event.place_rule or "none").split(":", 1)[0].strip() or "none"
        kind = "verbal" if event.event in verbal else "material"
        base = [f"type={event.event}", f"class={kind}", f"mode={event.mode or '-'}"]
        base += [f"actor_role={r}" for r in sorted(_roles(event.actor))] or ["actor_role=-"]
        base += [f"actor_coded={any(a.code for a in event.actor)}"]
        base += [f"refused={refusal(event.place_rule) if event.location is None else '-'}"]
        found: dict[tuple[str, str, str], Candidate] = {}
        near: dict[tuple[str, str, str], tuple[Place, Any, int]] = {}

        def add(place: Place, source: str, tok: Any | None, sent: int | None) -> None:
            key = place_key(place)
            cand = found.setdefault(key, Candidate(place))
            if source not in cand.sources:
                cand.sources.append(source)
            if tok is not None and sent is not None:
                old = near.get(key)
                if old is None or abs(tok.i - trigger.i) < abs(old[1].i - trigger.i):
                    near[key] = (place, tok, sent)

        if event.location is not None:
            tok = token_at(self.doc, event.location.start, event.location.end)
            add(event.location, "rule", tok, self.sid[tok.i] if tok is not None else None)
        for place, tok, sent in self.mentions:
            if here - BEFORE_SENTENCES <= sent <= here:
                add(place, "sentence" if sent == here else "before", tok, sent)
        if self.dateline is not None:
            add(self.dateline, "dateline", None, None)
        for which, key in (("first", self.first), ("frequent", self.frequent)):
            if key is not None:
                mention = next(m for m in self.mentions if place_key(m[0]) == key)
                add(mention[0], which, None, None)
        near_n = sum(1 for k in near if near[k][2] == here)
        out = [self._none(event, rule, base + [f"in_sentence={_bucket(near_n)}"], bool(found))]
        clause = _clause_of(trigger)
        for key, cand in found.items():
            cand.features = base + self._place_features(
                event, cand, key, near.get(key), trigger, clause, rule
            )
            if not vetoed(cand.features):
                if "rule" not in cand.sources:
                    cand.refused = (refused or {}).get(key, "")
                out.append(cand)
        return out

    def _none(self, event: Event, rule: str, base: list[str], others: bool) -> Candidate:
        chose = "rule" if event.location is None else "other"
        feats = ["none", f"none&rules={chose}", f"none&rule={rule}", f"none&others={others}"]
        feats += [f"none&{b}" for b in base]
        return Candidate(None, ["none"] + (["rule"] if event.location is None else []), feats)

    def _scene(self, event: Event, key: tuple[str, str, str]) -> list[str]:
        """Whether the rules placed another act of the trigger's sentence or the two before
        at this place (``scene``), one with an actor of this event (``scene_actor``)."""
        tok = token_at(self.doc, event.trigger.start, event.trigger.end)
        if tok is None:
            return []
        here = self.sid[tok.i]
        who = {a.entity for a in event.actor if a.entity}
        out: set[str] = set()
        for sent in range(here - BEFORE_SENTENCES, here + 1):
            for eid, other, actors in self.placed.get(sent, []):
                if other == key and eid != event.id:
                    out.add(f"scene={here - sent}")
                    if who & actors:
                        out.add("scene_actor")
        return sorted(out)

    def _place_features(
        self,
        event: Event,
        cand: Candidate,
        key: tuple[str, str, str],
        near: tuple[Place, Any, int] | None,
        trigger: Any,
        clause: Any,
        rule: str,
    ) -> list[str]:
        place = cand.place
        assert place is not None
        level = place.feature or "-"
        f = [f"src={s}" for s in cand.sources] + [f"level={level}", f"basis={place.basis or '-'}"]
        f.append(f"mentions={_bucket(self.counts.get(key, 0))}")
        share = _share(self.counts.get(key, 0), self.total)
        f += [f"share={share}", f"share={share}&{level}", f"share={share}&type={event.event}"]
        f += self._scene(event, key)
        if "rule" in cand.sources:
            f += [f"rule={rule}", f"rule={rule}&class={event.event}"]
        if near is None:
            f.append("far")
        else:
            _, tok, sent = near
            back = self.sid[trigger.i] - sent
            f.append(f"back={back}")
            if back == 0:
                f.append(f"dist={_bucket(abs(tok.i - trigger.i))}")
                f.append("after" if tok.i > trigger.i else "before_trigger")
                prep = tok.head.lemma_.lower() if tok.dep_ == "pobj" else "-"
                f.append(f"prep={prep}")
                arcs = _climb(tok, trigger)
                linked = "trigger" if arcs >= 0 else "clause" if _climb(tok, clause) >= 0 else "no"
                f += [f"link={linked}", f"link={linked}&prep={prep}", f"link={linked}&{level}"]
                f.append(f"link={linked}&type={event.event}")
                if arcs >= 0:
                    f.append(f"arcs={_bucket(arcs)}")
            f.append(f"back={back}&level={level}")
        if _inside(place, event.actor):
            f.append("in_actor")
        if _inside(place, event.recipient):
            f.append("in_recipient")
        if place.country and place.country in phrase_countries(event.actor):
            f.append("actor_country")
        if place.country and place.country in phrase_countries(event.recipient):
            f.append("recipient_country")
        roles = sorted(_roles(event.actor)) or ["-"]
        f += [f"actor_role={r}&{level}" for r in roles]
        lead = [s for s in cand.sources if s != "rule"][:1] or ["rule"]
        f += [f"{s}&type={event.event}" for s in lead] + [f"{s}&{level}" for s in lead]
        f += [f"{s}&mode={event.mode or '-'}" for s in lead]
        return f


_LOCK = threading.Lock()


@functools.cache
def _packaged(verbal: frozenset[str]) -> Chooser:
    res = resources.files(RESOURCE_PACKAGE).joinpath(MODEL_FILE)
    return Chooser.from_json(res.read_text(encoding="utf-8"), MODEL_FILE, set(verbal))


def load_chooser(path: str | None, verbal: set[str]) -> Chooser:
    """The packaged event place model, or the one at ``path``; a ``ConfigError`` naming the
    file where it cannot be read or is not such a model."""
    if not path:
        with _LOCK:
            return _packaged(frozenset(verbal))
    text = read_model_file(path, "event place model", "eventwire.training.event_places")
    return Chooser.from_json(text, path, verbal)
