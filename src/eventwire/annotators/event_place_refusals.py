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
- ``topic``: the object of a topic preposition hung on a statement ("warned *about* X")
  (a place inside a verbal act's recipient phrase, its target, the chooser's ``vetoed``
  drops);
- ``recipient country``: of a verbal act, a country that is its recipient's country;
- ``parties``: one of a hyphenated pair of names ("the X-Y talks": the parties);
- ``another day``: for an act the rules date off the story's day (historical, future,
  background), a place of an earlier sentence: the scene told there is not its own.

``another act`` also refuses, for an act told inside an "after", "before" phrase or clause
("*after meeting* the rebels"), a place outside it, and a place inside a "when" clause
hung on another day ("last October *when* a man was shot in X"). An act merely modified
by such a phrase ("protested *after* the arrests") keeps the places around it, and an act
of a relative clause those of its sentence's scene ("*in* X, guards *who rioted* ..."), but
not a place that only describes another party ("police *in* X arrested a man *who took
part in* the protest").

The words are those the rules read (``resources/geo/event_place.tsv``: ``comparison``,
``bound``, ``origin``, ``provenance``, ``depart``, ``topic``, ``audience``, ``verbal``) and
the ``occasion`` markers of ``resources/time/event_time.tsv`` ("when").
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from typing import Any, NamedTuple

from ..records import Event, Place
from . import doc_text, sentence_ids, token_at
from .event_place_learned import BEFORE_SENTENCES, phrase_countries, place_key
from .event_time import perfect_aux

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
            if (prev.i == path[0].i or prev.dep_ in ("prep", "pobj")) and not _holds(node, trigger):
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
        if node.pos_ in ("VERB", "AUX") and _bound_mark(node, words):
            return True  # "after he left X": the clause's own verb, not one an after-phrase
            # modifies ("the protest, which began in X after the arrests": a phrase above)
    return False


def _bound_mark(node: Any, words: RefusalWords) -> bool:
    """Whether ``node`` is the verb of an "after", "before", "since" clause (its ``mark``);
    a bounds phrase hung on it ("protested after the arrests") only modifies it."""
    return any(c.dep_ == "mark" and c.lower_ in words.bounds for c in node.children)


def _clause_holds(trigger: Any, tok: Any, words: RefusalWords) -> bool:
    """Whether the act is told inside an "after", "before" phrase or clause that does not
    hold the place ("spoke in X *after meeting* the rebels"), or inside a relative clause
    while the place only describes another party ("police in X arrested a man *who took
    part in* the protest"): the place is another act's. A bounds phrase hung on the act
    ("protested after the arrests") does not hold it, nor does a relative clause keep the
    scene of its sentence from it ("in X, guards *who rioted* seized ...")."""
    for node in _ancestors(trigger):
        if node.left_edge.i <= tok.i <= node.right_edge.i:
            return False
        if node.dep_ == "prep" and node.lower_ in words.bounds:
            return True
        if _bound_mark(node, words) or (node.dep_ == "relcl" and _on_party(tok)):
            return True
    return False


def _on_party(tok: Any) -> bool:
    """Whether a place hangs on a noun ("police *in* X", "X police"), not on a clause."""
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("pobj", "compound", "nmod") and head.pos_ in ("NOUN", "PROPN", "PRON")


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
    """The place a verb of leaving leaves ("left X", "fled from X"), not the act's own; not
    a causative "leave" ("the shelling left X in ruins", "left X without power"): a
    complement of the place, or the act heading the verb's subject."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif tok.dep_ != "dobj":
        return False
    if verb.i == trigger.i or verb.lemma_.casefold() not in words.departs:
        return False
    return not _causative(verb, tok, trigger)


def _causative(verb: Any, tok: Any, trigger: Any) -> bool:
    """Whether a verb of leaving leaves its object in a state ("left X in ruins", "left X
    without power", "left X cut off"): a complement or a state phrase after the place, or
    the act itself inside the verb's subject ("the shelling left X ...")."""
    complements = ("xcomp", "oprd", "acomp", "ccomp")
    after = [c for c in (*verb.children, *tok.children) if c.i > tok.i]
    if any(c.dep_ in complements for c in after):
        return True
    if any(c.dep_ == "prep" and _state(c) for c in after):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_holds(s, trigger) for s in subjects)


def _state(prep: Any) -> bool:
    """Whether a prepositional phrase after a left place gives its state ("in ruins",
    "without power"): neither a time ("in the morning") nor a place ("for Nairobi")."""
    named = ("DATE", "TIME", "GPE", "LOC", "FAC")
    return not any(c.ent_type_ in named for c in prep.subtree)


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


def refused(
    doc: Any, text: str, event: Event, trigger: Any, place: Place, tok: Any, words: RefusalWords
) -> str:
    """Why the guidelines refuse ``place`` for ``event`` (its ``trigger`` token; "": they do
    not). A verbal act's place inside its recipient phrase is ``vetoed`` by the chooser."""
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
    if verbal and _topic(tok, trigger, words):
        return REFUSED_TOPIC
    countries = phrase_countries(event.recipient)
    if verbal and place.feature == "country" and place.country in countries:
        return REFUSED_RECIPIENT_COUNTRY
    return ""


def refusals(
    doc: Any, text: str, events: list[Event], places: list[Place], words: RefusalWords
) -> dict[str, dict[tuple[str, str, str], str]]:
    """Per event the rules left with no place (the chooser places only those), the places
    (``place_key``) of its sentence and the ``BEFORE_SENTENCES`` before it that the
    guidelines refuse at every mention, with the first reason."""
    sid = sentence_ids(doc)
    mentions = [(p, token_at(doc, p.start, p.end)) for p in places if p.lat is not None]
    out: dict[str, dict[tuple[str, str, str], str]] = {}
    for event in events:
        trigger = token_at(doc, event.trigger.start, event.trigger.end)
        if event.location is not None or trigger is None:
            continue
        here = sid[trigger.i]
        whys: dict[tuple[str, str, str], list[str]] = {}
        for place, tok in mentions:
            if tok is None or not here - BEFORE_SENTENCES <= sid[tok.i] <= here:
                continue
            why = refused(doc, text, event, trigger, place, tok, words)
            whys.setdefault(place_key(place), []).append(why)
        # a place is refused only where every mention of it is
        out[event.id] = {k: w[0] for k, w in whys.items() if all(w)}
    return out


# the links climbed from an act to the verb it completes; a conjoined, adverbial, relative
# or paratactic clause tells an act of its own, with its own time
COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "nsubj", "nsubjpass", "pobj", "prep"})


def told_before(trigger: Any, aspect: Container[str], depth: int = 6) -> bool:
    """Whether the act is told in the past perfect, or is the complement of a verb in it
    ("the council *had approved* the plan", "the union *had claimed* that the board
    unfairly dismissed two workers"): the past perfect (``event_time.perfect_aux`` with a
    past-tense "had"; ``aspect``: the perfect auxiliary's lemmas,
    ``resources/time/background.tsv``) places an act before the story's own time, so
    ``event_place.past_perfect`` refuses it the dateline and the local story's town. Only
    complements climb to their verb: "…had expelled two envoys, and on Monday it closed
    their embassy" tells the closing as an act of its own."""
    tok = trigger
    for _ in range(depth):
        aux = perfect_aux(tok, aspect) if tok.pos_ in ("VERB", "AUX") else None
        if aux is not None and aux.tag_ == "VBD":
            return True
        if tok.dep_ not in COMPLEMENTS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
