"""The local story's town, and scenes set by acts that are not coded events.

Two rules of ``event_place`` that reach past an event's own sentence:

- **local story**: in local news (a story about a town's council, police, schools or court,
  or a state's legislature) the acts of local actors that the text does not place happen in
  the story's town: the dateline's place, or the place of the first placed act of the
  lead. Only a sub-national lead place counts (a town, county, state or building, not a
  country), only when one of the story's acts is a local actor's, only for acts of the story
  day, and only for acts whose every actor is local (police, a court, a council) or a
  person of the lead place's country named by a common noun ("a man"): a named figure's,
  a national or a foreign government's act (a federal court, a ministry) is never placed
  there. The place comes from a placed act or the dateline, never from a recipient or a
  topic.
- **scene without an event**: "In Orlando on Monday, the governor toured a clinic" sets
  the scene for the governor's next acts even when touring is no coded event: a place
  after a place preposition on a clause's verb, with that verb's subject a known actor.

- **the state, the city**: "opened an office *in the state*" names again the state (or the
  city, for "the city", "the town") the text named last before it: a place after a place
  preposition, with nothing of its own but "the" or "this" ("the state of emergency", "the
  Islamic State", "a state" name no place). The nouns are data: the ``anaphor_region`` and
  ``anaphor_city`` rows of ``resources/geo/event_place.tsv``.

Who counts as local is data: ``resources/geo/local_story.tsv``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any, NamedTuple

from .. import gazetteer as _gaz
from ..errors import ConfigError
from ..records import ActorRef, Entity, Event, Place, TimeValue
from . import doc_text, doc_tokens, sentence_ids
from .place_recognition import headline_dateline

#: how many sentences open a story: its lead, where the story's town is named
LEAD_SENTENCES = 2
#: the rules by which the text itself places an act (not a carried or guessed place): the
#: names ``event_place`` writes before the colon of ``Event.place_rule``
TEXT_RULES = frozenset(
    {
        "clause",
        "where",
        "adjunct",
        "governing clause",
        "occasion",
        "frame",
        "host",
        "voters",
        "actor",
    }
)
#: features of a place too wide to be a local story's town
_WIDE = {"country", "continent", "region", "sea", "ocean", "mountains", "river"}
#: actor codes of no one country: international and transnational actors
_INTERNATIONAL = {"IGO", "UNO", "NGO", "MNC", "IMG", "REB"}
_KINDS = ("sector", "word", "national", "crime")
#: links by which another clause hangs from a verb: its times are that clause's own
_CLAUSES = {"relcl", "advcl", "ccomp", "acl", "xcomp", "csubj", "parataxis"}


class Lead(NamedTuple):
    """A local story's town: its place, its story day and what named it."""

    place: Place
    day: str | None
    cue: str


class Setter(NamedTuple):
    """A scene set by a clause that is no coded event: where, when, by whom."""

    start: int
    sentence: int
    place: Place
    day: str | None
    cast: frozenset[str]
    cue: str


def read_local(text: str | None = None) -> dict[str, set[str]]:
    """The rows of a ``local_story.tsv`` file by kind: ``sector`` codes, ``word``s,
    ``national`` words and ``crime`` event types."""
    text = _gaz.resource_text("local_story.tsv") if text is None else text
    rules: dict[str, set[str]] = {k: set() for k in _KINDS}
    for n, cells in _gaz.rows(text, "local_story.tsv", 2):
        if cells[0] not in rules:
            raise ConfigError(
                f"local_story.tsv, line {n}: kind {cells[0]!r}; expected one of {', '.join(_KINDS)}"
            )
        upper = cells[0] in ("sector", "crime")
        rules[cells[0]].add(cells[1].upper() if upper else cells[1].casefold())
    return rules


class LocalStory:
    """Finds a local story's town and tells which unplaced acts happened there."""

    def __init__(self, gaz: Any, text: str | None = None) -> None:
        rules = read_local(text)
        self.sectors, self.words, self.national = rules["sector"], rules["word"], rules["national"]
        self.crimes = rules["crime"]
        self.gaz = gaz

    def country(self, ref: ActorRef) -> str:
        """The country code an actor's code opens with ("USACOP" gives USA), else ""."""
        head = (ref.code or "")[:3]
        if head in _INTERNATIONAL:
            return head
        if re.fullmatch(r"[A-Z]{3}", head) and self.gaz.country(head) is not None:
            return head
        return ""

    def local(self, ref: ActorRef) -> bool:
        """Whether an actor is a town's, county's or state's: police, a court, a council."""
        code = (ref.code or "").lstrip("~")
        codes = {code[i : i + 3] for i in range(0, len(code), 3)} | set(ref.sectors)
        if codes & self.sectors:
            return True
        return _has(ref.text.casefold(), self.words)

    def lead(
        self,
        doc: Any,
        events: list[Event],
        found: dict[str, tuple[Place, str]],
        dateline: Place | None,
        article_date: str | None,
        placed: dict[int, list[tuple[Place, Any]]],
        preps: set[str],
    ) -> Lead | None:
        """The story's town when the story is local news, else None.

        The dateline's place, else the place the text gives the first placed act of the
        lead, else the first place the lead names as the story's (``named``; ``placed``:
        the places by sentence, ``preps``: the place prepositions); the story is local when
        one of its acts is a local actor's."""
        sid = sentence_ids(doc)
        lead_events = [e for e in events if sentence_of(doc, sid, e) < LEAD_SENTENCES]
        if not any(self.local(r) for e in events for r in e.actor):
            return None
        if dateline is not None:
            if dateline.feature in _WIDE or not article_date:
                return None
            return Lead(dateline, article_date, f"dateline {dateline.text!r}")
        for event in sorted(lead_events, key=lambda e: e.trigger.start):
            place, why = found.get(event.id, (None, ""))
            if place is None or why.split(":", 1)[0] not in TEXT_RULES:
                continue
            if place.feature in _WIDE or (article_date and not event.date):
                return None
            return Lead(place, event.date, f"{event.trigger.text!r} at {place.text!r}")
        for place, cue in self.named(doc, placed, preps):
            if place.feature in _WIDE:
                return None
            return Lead(place, article_date, cue)
        return None

    def named(
        self, doc: Any, placed: dict[int, list[tuple[Place, Any]]], preps: set[str]
    ) -> list[tuple[Place, str]]:
        """The places the lead names as where its story is, in text order: a dateline
        after a headline or byline ("By A. Writer. BOSTON (Reuters) -"), a place where a
        clause of the lead happened ("it happened in Brooklyn"), or the town of a local
        body ("the Harare mayor", "Newark police"); not a verb's object, a topic or an
        origin."""
        line = headline_dateline(doc_text(doc))
        out: list[tuple[Place, str]] = []
        for sent in range(LEAD_SENTENCES):
            for place, tok in sorted(placed.get(sent, []), key=lambda pt: pt[0].start):
                head = tok.head
                if line is not None and place.start < line[1] and line[0] < place.end:
                    out.append((place, f"dateline {place.text!r}"))
                elif (
                    tok.dep_ == "pobj"
                    and head.lower_ in preps
                    and head.head.pos_ in ("VERB", "AUX")
                ):
                    out.append((place, f"the lead's {head.text} {place.text!r}"))
                elif tok.dep_ in ("compound", "poss") and _has(head.text.casefold(), self.words):
                    out.append((place, f"the lead's {place.text} {head.text}"))
        return out

    def kinds(self, entities: list[Entity]) -> tuple[set[str], set[str]]:
        """The entities named only by a common noun ("a man", "the driver"), and those of
        which a mention names a national body ("the federal appeals court" … "the court")."""
        nominal = {e.id for e in entities if (e.source or "").startswith("sector:")}
        national = {
            e.id
            for e in entities
            if any(_has(m.text.casefold(), self.national) for m in e.mentions)
        }
        return nominal, national

    def refused(self, event: Event, lead: Lead, nominal: set[str], national: set[str]) -> str:
        """Why an unplaced act did not happen in the local story's town (empty when it did);
        ``nominal`` and ``national``: entities as ``kinds`` sorts them."""
        if event.date != lead.day:
            return f"an act of {event.date or 'no known day'}, not the story's day"
        if not event.actor:
            return "an act with no actor"
        for ref in event.actor:
            if ref.entity in national or _has(ref.text.casefold(), self.national):
                return f"a national body ({ref.text!r})"
            country = self.country(ref)
            if country and country != lead.place.country:
                return f"an actor of {country}"
            # a named figure of the town's country may act anywhere in it; a local body, or
            # a person named by a common noun and known by no office ("a man"), acts there
            # (a person named only by common nouns and pronouns, "the suspect" … "he", may
            # carry no country code at all)
            ordinary = not ref.sectors and ref.entity in nominal
            if not (ordinary or self.local(ref)):
                return f"an actor not known to be local ({ref.text!r})"
        return ""


def _has(text: str, words: set[str]) -> bool:
    """Whether any of ``words`` stands as a whole word or phrase in ``text``."""
    return bool(_alternation(frozenset(words)).search(text))


@functools.lru_cache(maxsize=16)
def _alternation(words: frozenset[str]) -> re.Pattern[str]:
    """One compiled pattern for a word set (longest first), matched as whole words."""
    if not words:
        return re.compile(r"(?!x)x")
    body = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def sentence_of(doc: Any, sid: list[int], event: Event) -> int:
    """The number of the sentence an event's trigger stands in (``sid``: sentence ids by token)."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return sid[span.root.i] if span is not None and len(span) else LEAD_SENTENCES


def scene_setters(
    doc: Any,
    entities: list[Entity],
    placed: dict[int, list[tuple[Place, Any]]],
    times: list[TimeValue],
    article_date: str | None,
    preps: set[str],
    triggers: set[int],
) -> list[Setter]:
    """The scenes set by clauses that are no coded event ("In Orlando on Monday, the
    governor toured …"): a place after a place preposition on a verb that is no event's
    trigger (``triggers``: their character offsets), with a known actor as its subject
    and told as done; the scene's day is a day named in its sentence, else the article's."""
    mentions = [(m.start, m.end, e) for e in entities for m in e.mentions]
    out: list[Setter] = []
    for sent, pairs in placed.items():
        for place, tok in pairs:
            prep = tok.head
            if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            verb = prep.head
            if (
                verb.pos_ != "VERB"
                or verb.idx in triggers
                or verb.tag_ not in ("VBD", "VBZ", "VBP")
            ):
                continue
            if any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in verb.children):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            who = [e for s, e0, e in mentions if s <= subject.idx < e0]
            if not who:
                continue
            cast = frozenset({who[0].id} | _surname(who[0].name))
            day = clause_day(doc, times, verb) or article_date
            cue = f"{verb.text!r} by {subject.text!r}"
            out.append(Setter(verb.idx, sent, place, day, cast, cue))
    return sorted(out, key=lambda s: s.start)


def _surname(name: str) -> set[str]:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w[:1].isupper() and len(w) > 1]
    return {words[-1]} if words else set()


def clause_day(doc: Any, times: list[TimeValue], verb: Any) -> str | None:
    """The first day named in a verb's own clause ("on Monday" as 2016-06-13), if any; not one
    of a clause inside it ("stopped at the club *where* 49 were killed June 12")."""
    sent = verb.sent
    start, end = sent.start_char, sent.end_char
    for t in times:
        if not (start <= t.start < end and t.type == "DATE" and t.value and len(t.value) == 10):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and len(span) and _own_clause(span.root, verb):
            return t.value
    return None


def _own_clause(tok: Any, verb: Any) -> bool:
    """Whether ``tok`` hangs from ``verb`` without crossing another clause's verb."""
    node = tok
    while node.i != verb.i:
        if node.head.i == node.i or node.dep_ in _CLAUSES:
            return False
        node = node.head
    return True


#: what "the state", "the city" may name again: the nouns' kind to the places' features
_ANAPHOR_FEATURES = {"anaphor_region": {"adm1"}, "anaphor_city": {"city"}}


def anaphors(
    doc: Any, places: list[Place], locative: set[str], nouns: dict[str, set[str]]
) -> list[tuple[Place, Any]]:
    """Places named again by a noun ("opened an office *in the state*"): each such noun after
    a place preposition (``locative``) as the last place of its kind (``nouns``: the
    ``anaphor_region`` and ``anaphor_city`` words) named before it, with its token."""
    ordered = sorted(places, key=lambda p: p.start)
    out: list[tuple[Place, Any]] = []
    for tok in doc_tokens(doc):
        kind = next((k for k, words in nouns.items() if tok.lower_ in words), None)
        if kind is None or tok.dep_ != "pobj" or tok.head.lower_ not in locative:
            continue
        if [c.lower_ for c in tok.children] not in (["the"], ["this"]):
            continue
        features = _ANAPHOR_FEATURES[kind]
        before = [p for p in ordered if p.end <= tok.idx and p.feature in features and p.name]
        if before:
            end = tok.idx + len(tok.text)
            out.append((replace(before[-1], text=tok.text, start=tok.idx, end=end), tok))
    return out
