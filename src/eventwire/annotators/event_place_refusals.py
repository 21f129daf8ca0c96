"""The places the rules refuse for an event, and why: data for the learned chooser.

The place rules (``event_place``) walk the parse from a place up to the act's trigger and
give up on a path that the news guidelines say does not place the act. The learned chooser
(``event_place_learned``) reads every place of the act's sentence and the two before it as
a candidate; so that it may never take one the guidelines refuse, ``refusals`` names, per
event, the places of those sentences that are refused, each with its reason
(``REFUSED_*``):

- ``comparison``: the other term of a comparison ("*unlike in* X, the council …");
- ``another act``: a place inside an "after", "before", "since" phrase or clause that does
  not hold the act ("*before the debate in* X", "*after the rebels seized* a depot in X"):
  another act's place;
- ``origin``: where people come from, not where the act was ("buyers *from* X", "an
  X-based group");
- ``trip start``: the object of a verb of leaving other than the act's own ("*left* X");
- ``topic``: the object of a topic preposition hung on a statement ("warned *about* X"),
  or a place inside a verbal act's recipient phrase (its target);
- ``recipient country``: of a verbal act, a country that is its recipient's country;
- ``parties``: one of a hyphenated pair of names ("the X-Y talks": the parties);
- ``another day``: for an act the rules date off the story's day (historical, future,
  background), a place of an earlier sentence: the scene told there is not its own.

``another act`` also refuses, for an act told inside an "after", "before" phrase or clause
or a relative clause ("*after meeting* the rebels", "a man *who took part in* the
protest"), a place outside it, and a place inside a "when" clause hung on another day
("last October *when* a man was shot in X").

The words are those the rules read (``resources/geo/event_place.tsv``: ``comparison``,
``bound``, ``origin``, ``provenance``, ``depart``, ``topic``, ``audience``, ``verbal``) and
the ``occasion`` markers of ``resources/time/event_time.tsv`` ("when").
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from typing import Any, NamedTuple

from ..records import ActorRef, Event, Place
from . import doc_text, sentence_ids, token_at
from .event_place_learned import place_key

REFUSED_COMPARISON = "comparison"
REFUSED_OTHER_ACT = "another act"
REFUSED_ORIGIN = "origin"
REFUSED_TRIP_START = "trip start"
REFUSED_TOPIC = "topic"
REFUSED_RECIPIENT_COUNTRY = "recipient country"
REFUSED_PARTIES = "parties"
REFUSED_OTHER_DAY = "another day"
#: how many parse arcs up from a place the refusals look
MAX_ARCS = 9
#: how many sentences before the trigger's the chooser reads (``event_place_learned``)
BEFORE = 2


class RefusalWords(NamedTuple):
    """The words of ``event_place.tsv`` the refusals read."""

    comparisons: Container[str]
    bounds: Container[str]
    origins: Container[str]
    provenance: Container[str]
    departs: Container[str]
    topics: Container[str]
    audience: Container[str]
    verbal: Container[str]
    occasions: Container[str]

    @classmethod
    def of(cls, rules: Mapping[str, Container[str]], occasions: Container[str]) -> RefusalWords:
        """The refusal words from the rows of ``event_place.tsv`` (``read_rules``) and the
        occasion markers of ``event_time.tsv``."""
        names = ("comparison", "bound", "origin", "provenance", "depart", "topic", "audience")
        return cls(*(rules[n] for n in names), rules["verbal"], occasions)


def _ancestors(tok: Any) -> list[Any]:
    """``tok`` and its heads up to the root, at most ``MAX_ARCS`` arcs."""
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) <= MAX_ARCS:
        out.append(out[-1].head)
    return out


def _holds(node: Any, trigger: Any) -> bool:
    """Whether ``trigger`` lies in the subtree of ``node``."""
    return node.left_edge.i <= trigger.i <= node.right_edge.i


def _compared(path: list[Any], trigger: Any, words: RefusalWords) -> bool:
    """A comparison preposition takes the place, directly or through a place preposition
    ("unlike X", "unlike in X", "as in X"), and does not hold the act."""
    for prev, node in zip(path, path[1:], strict=False):
        if node.lower_ in words.comparisons and node.dep_ in ("prep", "mark", "advmod"):
            if (prev is path[0] or prev.dep_ in ("prep", "pobj")) and not _holds(node, trigger):
                return True
    return False


def _other_act(path: list[Any], trigger: Any, words: RefusalWords) -> bool:
    """An "after", "before", "since" phrase ("endorsed him *before the debate in* X") or
    clause ("protested *after the rebels seized* a depot in X") holds the place but not the
    act: another act's, as the rules read it (``event_place._path``). Not "before an
    audience in X" (``audience``), where "before" places."""
    for prev, node in zip(path, path[1:], strict=False):
        if node.lower_ not in words.bounds or _holds(node, trigger):
            continue
        if node.dep_ == "prep" and prev.lemma_.casefold() in words.audience:
            continue
        return True
    for node in path[1:]:
        if _holds(node, trigger):
            break
        marks = [c for c in node.children if c.dep_ in ("mark", "prep")]
        if node.pos_ in ("VERB", "AUX") and any(m.lower_ in words.bounds for m in marks):
            return True  # "after he left X", "before voting in X"
    return False


def _clause_holds(trigger: Any, tok: Any, words: RefusalWords) -> bool:
    """Whether the act is told inside an "after", "before" phrase or clause or a relative
    clause that does not hold the place ("spoke in X *after meeting* the rebels", "police
    in X arrested a man *who took part in* the protest"): the place is another act's."""
    for node in _ancestors(trigger):
        if node.left_edge.i <= tok.i <= node.right_edge.i:
            return False
        marks = [c for c in node.children if c.dep_ in ("mark", "prep")]
        if node.dep_ == "prep" and node.lower_ in words.bounds:
            return True
        if node.dep_ == "relcl" or any(m.lower_ in words.bounds for m in marks):
            return True
    return False


def _day_clause(path: list[Any], trigger: Any, words: RefusalWords) -> bool:
    """A "when" clause hung on a day ("last October when …") holds the place, not the act."""
    for node in path[1:]:
        if _holds(node, trigger):
            return False
        when = any(
            c.lower_ in words.occasions for c in node.children if c.dep_ in ("advmod", "mark")
        )
        if when and node.pos_ in ("VERB", "AUX") and node.head.ent_type_ in ("DATE", "TIME"):
            return True
    return False


def paired(doc: Any, place: Place, tok: Any) -> bool:
    """Whether a place is one of a hyphenated pair of names modifying a noun ("the
    U.S.-China talks", "a Russia-Ukraine deal"): the pair names the parties."""
    if tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass"):
        return False  # "flew from Paris-Orly", "visited Bosnia-Herzegovina": one place
    text = doc_text(doc)
    before = text[max(0, place.start - 2) : place.start]
    after = text[place.end : place.end + 2]
    return bool(re.fullmatch(r"[\w.]-", before) or re.fullmatch(r"-[A-Z]", after))


def _origin(doc_text: str, place: Place, tok: Any, trigger: Any, words: RefusalWords) -> bool:
    """ "an X-based group"; "buyers from X" (a "from" hung on a noun other than the act)."""
    after = doc_text[place.end : place.end + 12].casefold().lstrip("- ")
    if any(after.startswith(w) for w in words.origins):
        return True
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in words.provenance:
        return False
    noun = prep.head
    return noun.i != trigger.i and noun.pos_ in ("NOUN", "PROPN", "PRON")


def _trip_start(tok: Any, trigger: Any, words: RefusalWords) -> bool:
    """The place a verb of leaving leaves ("left X", "fled from X"), not the act's own."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif tok.dep_ != "dobj":
        return False
    return verb.i != trigger.i and verb.lemma_.casefold() in words.departs


def _topic(tok: Any, trigger: Any, words: RefusalWords) -> bool:
    """The object of a topic preposition hung on the statement or its object ("warned
    about X", "a statement on X")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in words.topics:
        return False
    return prep.head.i == trigger.i or prep.head.head.i == trigger.i


def other_day(event: Event) -> bool:
    """Whether the rules date the act off the story's day (historical, future, background)."""
    return bool({"historical", "future"} & set(event.aux)) or (event.date_rule or "").startswith(
        "background"
    )


def _inside(place: Place, refs: list[ActorRef]) -> bool:
    return any(r.start <= place.start and place.end <= r.end for r in refs)


def refused(doc: Any, text: str, event: Event, place: Place, tok: Any, words: RefusalWords) -> str:
    """Why the guidelines refuse ``place`` for ``event`` ("": they do not)."""
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    if trigger is None:
        return ""
    verbal = event.event.casefold() in words.verbal
    path = _ancestors(tok)
    if _compared(path, trigger, words):
        return REFUSED_COMPARISON
    if _origin(text, place, tok, trigger, words):
        return REFUSED_ORIGIN
    if _trip_start(tok, trigger, words):
        return REFUSED_TRIP_START
    if paired(doc, place, tok):
        return REFUSED_PARTIES
    if tok.sent.start == trigger.sent.start and (
        _other_act(path, trigger, words)
        or _clause_holds(trigger, tok, words)
        or _day_clause(path, trigger, words)
    ):
        return REFUSED_OTHER_ACT
    if tok.sent.start != trigger.sent.start and other_day(event):
        return REFUSED_OTHER_DAY
    if verbal and (_topic(tok, trigger, words) or _inside(place, event.recipient)):
        return REFUSED_TOPIC
    countries = {r.code[:3] for r in event.recipient if r.code and len(r.code) >= 3}
    if verbal and place.feature == "country" and place.country in countries:
        return REFUSED_RECIPIENT_COUNTRY
    return ""


def refusals(
    doc: Any, text: str, events: list[Event], places: list[Place], words: RefusalWords
) -> dict[str, dict[tuple[str, str, str], str]]:
    """Per event id, the places (``place_key``) of its sentence and the ``BEFORE`` before it
    that the guidelines refuse at every mention, with the first reason; the rules' own choice
    is never refused."""
    sid = sentence_ids(doc)
    mentions = [(p, token_at(doc, p.start, p.end)) for p in places if p.lat is not None]
    out: dict[str, dict[tuple[str, str, str], str]] = {}
    for event in events:
        trigger = token_at(doc, event.trigger.start, event.trigger.end)
        if trigger is None:
            continue
        here = sid[trigger.i]
        chosen = place_key(event.location) if event.location is not None else None
        whys: dict[tuple[str, str, str], list[str]] = {}
        for place, tok in mentions:
            if tok is None or not here - BEFORE <= sid[tok.i] <= here:
                continue
            key = place_key(place)
            if key != chosen:
                whys.setdefault(key, []).append(refused(doc, text, event, place, tok, words))
        # a place is refused only where every mention of it is
        out[event.id] = {k: w[0] for k, w in whys.items() if all(w)}
    return out
