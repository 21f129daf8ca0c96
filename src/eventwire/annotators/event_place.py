"""The event_place annotator: where each event happened, and why (``Event.place_rule``).

In order of preference:

1. **clause**: the place attached to the event's trigger in the parse: the object of a place
   preposition hanging from the trigger ("talks in Geneva", "troops at a base in northeast
   Syria"), possibly through other nouns and prepositions ("a visit to the Iraqi capital of
   Baghdad"), or the direct object of a motion verb ("visited Iraq"). "to", "into" place
   only a motion event ("a visit to Syria", not "a message to Iran"). Paths that cross
   another clause or pass through the event's actor ("a delegation from Iran met …") do not
   count; neither does a place inside the recipient of a non-motion act ("condemned Syria"),
   nor an origin ("a Texas-based group"), nor the object of a topic preposition under a
   placing one ("reached out to the senator *on Burma*"). A town named on the act's noun is
   its place even when the actor phrase takes it in ("the *Denver* shooting"). Not a place
   inside an "after", "since", "before" phrase ("signed up *since her win in Iowa*": another
   act's). A statement's object is its topic, unless it is its audience ("told *a crowd in
   Tampa*"); "to" after a trip that is the act's occasion places it ("*during a visit to*
   Kenya, he urged …"). "In the state", "in the city" name again the last state or town
   the text named (``place_local.anaphors``).
2. **landmark**: buildings and institutions (the White House, the Kremlin, the Capitol …) are
   places too, resolved to the city they stand in (``resources/geo/landmarks.tsv``); used as
   a name before a noun ("a White House statement") they are not.
3. **adjunct**: a participle before the act that shares its subject tells where the actor
   was ("*Speaking in Harlem*, she accused him …"); not one with its own subject or marker.
   **governing clause**: a verb event inside the clause of a placed act ("met in the Capitol
   *to discuss* …") takes that act's place. **occasion**: an act whose "when", "as" or
   "while" clause is placed ("was hurt when a man attacked the car in Pasadena") happened
   there too. **frame**: a place that opens the sentence sets the scene of a subjectless
   "after …ing" phrase after it ("*In Denver*, after meeting the unions, he …") and of a
   clause joined to the main one with a subject of its own ("*In Lima*, Peru pledged aid,
   but Chile rejected …"). **host**:
   the place that hosts an act ("*Qatar* hosted the talks", "talks hosted by *Qatar*") is
   where it happens. **actor**: an actor said to be somewhere ("police in Austin arrested three
   men", "some of the protesters in Lyon") acted there. **town body**: a town's police,
   council or court named with its town ("Newark police") did its material acts there.
4. **visit**: an act of one of a visit's actors, on the day of the visit and within a few
   sentences of it, happened where the visit took them ("arrived in Kabul on Monday. He met
   the president"); **speaker**: a current act of a speaker the text places ("Wang said in
   Moscow …"), in that sentence or a few after, happened there (the speaker named again
   by surname is the same speaker); a statement of the speaker told up to three sentences
   before the text first places their stand, on its day, was made there too
   (``event_place_stand``). **scene**: an act placed by the text sets the scene; a
   done act of the same day by one of its actors, in the next ``SCENE_SENTENCES`` sentences,
   with no place of its own, happened there ("In Orlando, she met the families. She
   criticized …"), until another act is placed; an actor's home or a speaker's stand sets
   no scene. **venue**: a statement took place where a clause of speaking by its actor
   says, before or after it, when that clause names the statement again ("… make *her
   proposal* at a town hall in Ames") or names its day. **restated**: an act told again in
   the next or previous sentence (same type, same recipient, same day) takes the place the
   text gave it the first time. **lead**: a lead act with no place takes the place the next
   sentence gives an act of one of its actors on the same day (``event_lead``).
5. **sentence place**: an act done on the ground (``on_site`` types: force, coercion,
   deployment, protest) that names no party it acts on, whose one recipient is the place its
   sentence names (the events annotator's pick then), happened there ("two were hurt in
   Mombasa"); not at the dateline's own name.
   **dateline**: an article that opens with a dateline ("BAGHDAD, March 7 (Reuters) -")
   places there its current acts, unless all their national actors are of other countries;
   not background, historical or future acts, nor acts dated more than ``DATELINE_DAYS``
   before the article, nor a standing state ("is accused of", "are charged with"), nor an act
   not told by a finite verb ("his trip", "giving", "killings blamed on the rebels"), nor a
   statement made through a medium (an interview, a post, a station, an ad) or a headline act
   the lead does not tell (``event_medium``), nor a statement (a ``verbal`` type, or an
   agreement or promise: ``stated``) whose sentence does not say it was made before people
   (a speech, a news conference, a crowd: ``in_person``, ``occasion`` and ``audience``
   rows): the news guidelines place a verbal act where it was made only if the article
   says so. A ``verbal`` statement is not placed at a local story's town either. A
   court's or prosecutor's ruling (``seated`` sectors) is no such statement: it is made
   where the court sits, on both paths.
6. **actor's country**: failing all these, a material act (coercion, mobilisation, retreat,
   concession, sanctions) by a national actor whose recipients are all of its own country
   happened in that country ("Kenyan police detained Kenyan activists"); so did a state
   body's formal decision, a vote or an approval ("Ruritania's senate voted for the accord":
   ``event_place_decisions``).

An act not done yet (a modal "must approve", "would sue", an infinitive "plans to approve",
or one the events annotator marks hypothetical) takes no place from the dateline or the
actor's country: it has happened nowhere yet; a statement quoted from its speaker ("'We
will fight back,' the ministry said") is done when said, whatever it says will come.
Otherwise the location stays None: the article's first place is not a default. With the
setting ``event_place_learned`` on, a learned chooser then picks each event's place among
its candidates, the rules' choice among them (``event_place_learned``). The
prepositions, verbs and event types are data: ``resources/geo/event_place.tsv``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container
from dataclasses import replace
from functools import partial
from typing import Any, NamedTuple

from .. import gazetteer as _gaz
from ..errors import ConfigError
from ..records import ActorRef, Event, Place, Quote, Span
from . import Annotator, Context, doc_text, register, sentence_ids, token_at
from .actor_coding.place_names import last_names, place_of_no_party
from .event_lead import name_words, people_of, place_away
from .event_lexicon import grammar_class
from .event_medium import dateline_limits
from .event_participants import DOMESTIC_RULE
from .event_place_decisions import decided_at_home
from .event_place_learned import DATELINE_NOT_USED, HYPOTHETICAL, NOT_DONE_YET, load_chooser
from .event_place_refusals import RefusalWords, other_day, paired, refusals, told_before
from .event_place_sites import clause_site, gathering_place, name_sites, read_site_nouns
from .event_place_stand import place_before_stand
from .event_time import (
    act_verb,
    occasion_clauses,
    participle_adjuncts,
    read_background,
    read_occasions,
)
from .place_local import (
    LEAD_SENTENCES,
    TEXT_RULES,
    Lead,
    LocalStory,
    Setter,
    anaphors,
    clause_day,
    scene_setters,
    sentence_of,
)
from .places import dateline

#: dependency labels a path from a place up to its event may climb through
_PATH_DEPS = {"pobj", "prep", "compound", "appos", "conj", "cc", "npadvmod", "nmod", "poss"}
#: how far (in parse arcs) a place may sit from its event's trigger
MAX_PATH = 7
#: how many sentences after a speaker is placed ("said in Moscow") their acts are placed there
SPEAKER_SENTENCES = 8
#: how far into the text a reader's ``Article.dateline`` is looked for
_DATELINE_CHARS = 400
#: how many days before the article an act may lie and still be placed at the dateline
DATELINE_DAYS = 2
#: how many sentences after a visit a visitor's acts of the same day are placed there
VISIT_SENTENCES = 3
_KINDS = (
    "prep",
    "verb",
    "light",
    "toward",
    "motion",
    "home",
    "bound",
    "origin",
    "topic",
    "comparison",
    "happen",
    "verbal",
    "deed",
    "depart",
    "stand",
    "tenure",
    "role",
    "venue",
    "alone",
    "anaphor_region",
    "anaphor_city",
    "host",
    "audience",
    "during",
    "electorate",
    "medium",
    "occasion",
    "in_person",
    "addressing",
    "on_site",
    "seated",
    "stated",
    "provenance",
    "decide",
)
#: how many sentences after the act that set a scene its place still holds (same day)
SCENE_SENTENCES = 3
#: pronoun subjects of a verb of occurrence that stand for the act before ("it happened
#: in Brooklyn"): grammar class ``dummy_subject`` of resources/events/grammar.txt
_DUMMY = grammar_class("dummy_subject")
#: the links by which a verb event sits inside another act's clause and shares its place
_GOVERNED = {"xcomp", "conj", "advcl"}


def read_rules(text: str | None = None) -> dict[str, set[str]]:
    """The words of an ``event_place.tsv`` file by kind: ``prep``, ``verb``, ``light``,
    ``toward``, ``motion``, ``home``, ``bound``, ``origin``, ``topic``, ``comparison``,
    ``happen``, ``verbal``, ``deed``, ``depart``, ``stand``, ``tenure``,
    ``role``, ``venue``, ``alone``, ``anaphor_region``, ``anaphor_city``, ``host``,
    ``audience``, ``during``, ``electorate``, ``medium``, ``occasion``, ``in_person``,
    ``addressing``, ``on_site``, ``seated``, ``stated``, ``provenance`` and ``decide``
    (casefolded)."""
    text = _gaz.resource_text("event_place.tsv") if text is None else text
    return _gaz.grouped_words(text, "event_place.tsv", _KINDS, kind_column=0, word_column=1)


def read_landmarks(text: str | None = None) -> list[tuple[str, str, str, list[str]]]:
    """The rows of a ``landmarks.tsv`` file: (name, city, country alpha-3, aliases)."""
    text = _gaz.resource_text("landmarks.tsv") if text is None else text
    rows = []
    for n, cells in _gaz.rows(text, "landmarks.tsv", 3):
        name, city, country = cells[0], cells[1], cells[2].upper()
        if not (name and city and re.fullmatch(r"[A-Z]{3}", country)):
            raise ConfigError(
                f"landmarks.tsv, line {n}: {cells[:3]!r}; expected NAME, CITY and an ISO "
                "3166 alpha-3 country code (e.g. USA)"
            )
        rows.append((name, city, country, _gaz.aliases(cells[3])))
    return rows


class Landmarks:
    """The buildings and institutions of ``landmarks.tsv``, each a Place at its city's point."""

    def __init__(self, gaz: Any) -> None:
        self.sites: dict[str, Place] = {}
        for name, city, country, aliases in read_landmarks():
            cities = [e for e in gaz.entries(city) if e.country == country]
            best = max(cities, key=lambda e: (e.feature == "city", e.population), default=None)
            site = Place(
                text=name,
                start=0,
                end=0,
                name=best.name if best else city,
                lat=best.lat if best else None,
                lon=best.lon if best else None,
                country=country,
                geonameid=best.geonameid if best else None,
                feature="site",
            )
            for alias in (name, *aliases):
                self.sites[alias] = site
        self._patterns: dict[frozenset[str], re.Pattern[str]] = {}

    def find(self, doc: Any) -> list[Place]:
        """The landmarks named in the text, each a Place at its city with the name as written."""
        out: list[Place] = []
        text = doc_text(doc)
        # one substring test per name is far cheaper than an alternation tried at every offset
        present = frozenset(n for n in self.sites if n in text)
        if not present:
            return out
        pattern = self._patterns.get(present)
        if pattern is None:
            names = sorted(present, key=len, reverse=True)
            alternation = "|".join(re.escape(n) for n in names)
            pattern = re.compile(r"(?<![\w-])(?:[Tt]he\s+)?(" + alternation + r")(?![\w-])")
            if len(self._patterns) < 256:
                self._patterns[present] = pattern
        for m in pattern.finditer(text):
            before = text[: m.start()].rstrip().rsplit(None, 1)
            prev = before[-1] if before else ""
            # "the Texas Capitol", "the state Capitol": another building
            if m.start(0) == m.start(1) and (prev[:1].isupper() or prev.casefold() == "state"):
                if not prev.endswith((".", ",", ":", ";")) and prev not in ("The", "A", "In", "At"):
                    continue
            site = self.sites[m.group(1)]
            out.append(replace(site, text=m.group(0), start=m.start(), end=m.end()))
        return out


def _at_clause(event: Event, tok: Any) -> Event:
    """A stand-in for ``event`` triggered at ``tok`` with no recipient and no type: to ask
    which place another clause takes."""
    span = Span(tok.text, tok.idx, tok.idx + len(tok.text))
    # the other clause's object is no topic of the statement ("met *to discuss* …")
    return replace(event, event="", trigger=span, recipient=[])


def _carried(
    gatherings: frozenset[str],
    ctx: Context,
    placed: dict[int, list[tuple[Place, Any]]],
    found: dict[str, tuple[Place, str]],
    locative: set[str],
    kinds: tuple[Container[str], Container[str]] = ((), ()),
) -> None:
    """Places carried from another sentence: a scene set for the acts told after it
    (``carry_scenes``), then a lead detailed by the next sentence and an occasion named
    again (``event_lead.place_away``, with the ``occasion`` words as ``gatherings`` and the
    statement and deed types as ``kinds``)."""
    doc, events = ctx.doc, ctx.analysis.events
    triggers = {e.trigger.start for e in events}
    setters = scene_setters(
        doc, ctx.analysis.entities, placed, ctx.analysis.times, ctx.article.date, locative, triggers
    )
    carry_scenes(doc, events, found, setters, kinds)
    place_away(doc, events, found, placed, gatherings, lambda e: _story_day_act(doc, e), kinds)


@register("event_place")
class EventPlaceAnnotator(Annotator):
    """Sets ``Event.location`` from the parse, else the dateline, else leaves it None."""

    assigns = ("event_locations",)
    requires = ("events", "places", "quotes")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        rules = read_rules()
        self.preps, self.verbs, self.light = rules["prep"], rules["verb"], rules["light"]
        self.toward, self.motion, self.home = rules["toward"], rules["motion"], rules["home"]
        self.alone = rules["alone"]
        self.anaphors = {k: rules[k] for k in ("anaphor_region", "anaphor_city")}
        self.hosts, self.audience, self.during = rules["host"], rules["audience"], rules["during"]
        self.electorate, self.media = rules["electorate"], rules["medium"]
        self.gatherings = frozenset(rules["occasion"])
        self.bounds, self.origins, self.topics = rules["bound"], rules["origin"], rules["topic"]
        self.comparisons, self.happen = rules["comparison"], rules["happen"]
        self.verbal, self.stands, self.venues = rules["verbal"], rules["stand"], rules["venue"]
        self.deeds, self.departs = rules["deed"], rules["depart"]
        self.provenance = rules["provenance"]
        self.trips = Trips(rules)
        # the nouns that tell a statement made before people, where the reporter could hear
        # it (``in_person``, ``occasion`` and ``audience`` rows of ``event_place.tsv``)
        in_person = frozenset(rules["in_person"] | self.gatherings | self.audience)
        self.on_site, self.site_nouns = rules["on_site"], read_site_nouns()
        seated = frozenset(code.upper() for code in rules["seated"])
        self.statements = StatementRules(
            self.verbal, in_person, self.audience, rules["addressing"], seated
        )
        # a ``stated`` type (an agreement, a promise) is a statement to the dateline alone:
        # a place in its clause still places it, and a local body's agreement its town
        self.dated_statements = self.statements._replace(verbal=self.verbal | rules["stated"])
        self.service = (rules["tenure"], rules["role"])
        # the markers of a clause that is its main act's occasion ("when", "as"): the same
        # words that make it the main act's time (``resources/time/event_time.tsv``)
        self.occasions = read_occasions()
        self.aspect = read_background()["aspect"]  # the perfect's auxiliary: ``past_perfect``
        self.gaz = _gaz.load(
            settings["cache_dir"],
            settings["gazetteer_min_population"],
            settings["gazetteer_files"],
        )
        self.landmarks = Landmarks(self.gaz)
        self.decisions = (rules["decide"], self.verbal, partial(home_country, gaz=self.gaz))
        self.local = LocalStory(self.gaz)
        self.refusal_words = RefusalWords.of(rules, self.occasions)
        self.chooser = (
            load_chooser(settings.get("event_place_model") or None, self.verbal)
            if settings.get("event_place_learned", False)
            else None
        )

    def __call__(self, ctx: Context) -> None:
        if not ctx.analysis.events:
            return
        doc = ctx.doc
        sites = self.find_landmarks(doc)
        places = [
            p
            for p in ctx.analysis.places
            if not any(p.start < q.end and q.start < p.end for q in sites)
        ] + sites
        anchored = [(p, token_at(doc, p.start, p.end)) for p in places]
        locative = self.preps - {"on", "from", "across", "throughout", "around", "through"}
        anchored += anaphors(doc, places, self.preps - {"on", "from"}, self.anaphors)
        # a place attaches only to an event of its own sentence: look at those alone
        sid = sentence_ids(doc)
        placed: dict[int, list[tuple[Place, Any]]] = {}
        for p, t in anchored:
            if t is not None:
                placed.setdefault(sid[t.i], []).append((p, t))
        fallback = dateline_place(ctx)
        found: dict[str, tuple[Place, str]] = {}
        for event in ctx.analysis.events:
            hit = self.attached(doc, event, placed)
            if hit is not None:
                found[event.id] = hit
        for event in ctx.analysis.events:
            if event.id not in found:
                hit = (
                    self.adjunct(doc, event, placed)
                    or self.governing(doc, event, placed, ctx.analysis.events)
                    or self.occasion(doc, event, placed)
                    or framed(self, doc, event, placed)
                    or hosted(self.hosts, doc, event, placed)
                    or voters_of(self.electorate, doc, event, placed)
                    or actor_place(self, doc, event, placed)
                    or town_body(doc, event, placed, self.local, self.verbal)
                    or gathering_place(doc, event, placed, self.gatherings, self.verbal)
                )
                if hit is not None:
                    found[event.id] = hit
        place_happenings(doc, ctx.analysis.events, placed, found, locative, self.happen)
        self.trips.place_visits(doc, ctx.analysis.events, found)
        place_speakers(self, doc, ctx.analysis, placed, found)
        place_venues(self, doc, ctx.analysis, placed, found, ctx.article.date)
        place_restated(doc, ctx.analysis.events, found)
        _carried(self.gatherings, ctx, placed, found, locative, (self.verbal, self.deeds))
        lead = self.local.lead(
            doc, ctx.analysis.events, found, fallback, ctx.article.date, placed, locative
        )
        kinds = self.local.kinds(ctx.analysis.entities)
        limits = dateline_limits(doc, ctx.analysis, found, fallback, self.media, self.verbal)
        for event in ctx.analysis.events:
            if event.id in found:
                place, why = found[event.id]
                event.location, event.place_rule = replace(place), why
                continue
            unrealised = _unrealised(doc, event, self.verbal)
            if unrealised:
                event.place_rule = f"none: no place in the event's clause; {unrealised}"
                continue
            site = sentence_site(ctx, event, placed, self.on_site, fallback) or clause_site(
                doc, event, self.site_nouns, self.on_site, self.light, self.verbal, places
            )
            if site is not None:
                event.location, event.place_rule = replace(site[0]), site[1]
                continue
            refused = "no dateline"
            if fallback is not None:
                named = _named_in_actors(event, ctx.analysis.places)
                in_lead = sentence_of(doc, sid, event) < LEAD_SENTENCES
                refused = dateline_refused(event, fallback, ctx.article.date, named, in_lead)
                refused = refused or _state(doc, event) or _not_finite(doc, event, self.light)
                refused = refused or past_perfect(doc, event, self.aspect, ctx.article.date)
                if event.id in limits:  # nor the local story's town: see ``event_medium``
                    why = refused or limits[event.id]  # the medium before "not said there"
                    event.place_rule = (
                        f"none: no place in the event's clause; {DATELINE_NOT_USED} ({why})"
                    )
                    continue
                refused = refused or unsited_statement(doc, event, self.dated_statements)
            if not refused and fallback is not None:
                event.location = replace(fallback)
                event.place_rule = f"dateline: {fallback.text!r}"
                continue
            # a statement not said where it was made is not placed at the local story's
            # town either
            unsited = unsited_statement(doc, event, self.statements)
            past = past_perfect(doc, event, self.aspect, ctx.article.date)
            town = None if unsited or past else local_place(self.local, event, lead, kinds)
            home = town or (None if unsited else earlier_crime(self.local, event, lead, kinds))
            if home is None and not earlier_month(event, ctx.article.date):
                home = _at_home(self, doc, event, ctx.analysis.places)
            if home is not None:
                event.location, event.place_rule = home
            elif fallback is None:
                event.place_rule = "none: no place in the event's clause"
            else:
                event.place_rule = (
                    f"none: no place in the event's clause; {DATELINE_NOT_USED} ({refused})"
                )
            if home is None and unsited and lead is not None:
                event.place_rule += "; nor the local story's town (a statement)"
        carry_participles(doc, ctx.analysis.events, self.bounds)
        name_sites(doc, ctx.analysis.events, self.site_nouns)
        if self.chooser is not None:  # the learned chooser has the last word
            text = doc_text(doc)
            refused = refusals(doc, text, ctx.analysis.events, places, self.refusal_words)
            self.chooser.choose(ctx, fallback, refused)

    def find_landmarks(self, doc: Any) -> list[Place]:
        """The landmarks named in the text, each a Place at its city with the name as written."""
        return self.landmarks.find(doc)

    def attached(
        self,
        doc: Any,
        event: Event,
        places: list[tuple[Place, Any]] | dict[int, list[tuple[Place, Any]]],
    ) -> tuple[Place, str] | None:
        """The place the parse attaches to the event's trigger, the nearest one if several,
        with the rule that found it (``places``: (place, token) pairs, or those pairs by
        sentence number)."""
        trigger = token_at(doc, event.trigger.start, event.trigger.end)
        if trigger is None:
            return None
        if isinstance(places, dict):
            places = places.get(sentence_ids(doc)[trigger.i], [])
        heads = {trigger}
        # "paid a visit to Syria": the light verb may carry the trigger noun's prepositions
        if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "attr", "nsubj"):
            heads.add(trigger.head)
        if trigger.lemma_.casefold() in self.light:
            heads.update(c for c in trigger.children if c.dep_ == "dobj")
        heads.update(_in_aid_of(trigger))
        moving = any(h.lemma_.casefold() in self.motion | self.verbs for h in heads)
        # "threatened an attack in X", "pushed for talks in Y": what a verbal act is about
        verbal = event.event.casefold() in self.verbal
        where = None
        # "Syria, where he met …": the relative clause's event happened at its antecedent
        if trigger.dep_ == "relcl" and any(c.lower_ == "where" for c in trigger.children):
            where = trigger.head
        actors = [(a.start, a.end) for a in event.actor]
        # the recipient of a visit is where it happened; of other acts, only the target
        targets = [] if moving else [(r.start, r.end) for r in event.recipient]
        best: tuple[int, int, Place, str] | None = None
        found: list[tuple[Place, str]] = []
        sid = sentence_ids(doc)
        for place, tok in places:
            in_actor = any(s <= place.start < e for s, e in actors)
            if sid[tok.i] != sid[trigger.i] or (in_actor and not _setting(tok, trigger, place)):
                continue
            if _origin(doc, place, self.origins) or (
                any(s <= place.start < e for s, e in targets)
                and not self._locative(tok, bool(event.event) and not verbal, place.feature)
            ):
                continue
            if paired(doc, place, tok):
                continue  # "the DPRK-South Korea summit": the parties, not the place
            if place.feature == "site" and tok.dep_ in ("compound", "poss", "amod", "nmod"):
                if tok.head not in heads:
                    continue  # "a White House statement": a name, not where it was made
            if where is not None and tok.i == where.i:
                length: int | None = 1
                why = f"where: {place.text!r}"
            else:
                length = self._path(tok, heads, moving, place.feature in ("site", "region"), verbal)
                why = f"clause: {place.text!r}"
            if length is None:
                continue
            if place.feature == "site":
                why += f" (landmark in {place.name})"
            # prefer the nearest in the parse, then the more specific (a city over a country)
            rank = (length, 0 if place.feature in ("city", "region", "site") else 1)
            found.append((place, why))
            if best is None or rank < best[:2]:
                best = (*rank, place, why)
        return finest(doc_text(doc), (best[2], best[3]), found) if best else None

    def _locative(self, tok: Any, deed: bool = False, feature: str | None = None) -> bool:
        """True when a place is the object of a place preposition ("a summit in China"; "on"
        only a site: "met the lawyers on Capitol Hill"), or, of a deed (not a statement:
        ``verbal`` types), names the object's site ("gave details of the shooting in a
        Riverton warehouse"; not "took aim at her Tulsa neighbours")."""
        while deed and tok.dep_ == "compound" and tok.head.i != tok.i:
            tok = tok.head
        preps = self.preps - {"from"} - (set() if feature == "site" else {"on"})
        return bool(tok.dep_ == "pobj" and tok.head.lower_ in preps)

    def adjunct(
        self,
        doc: Any,
        event: Event,
        places: list[tuple[Place, Any]] | dict[int, list[tuple[Place, Any]]],
    ) -> tuple[Place, str] | None:
        """The place of a participle that shares the act's subject and time ("*Speaking in
        Harlem*, she accused him …", "*Visiting Kabul*, the envoy pledged …").

        A participial adjunct without a subject of its own or a marker of another time
        ("after leaving Kabul") tells what the actor was doing as it acted: where it was.
        """
        # "made an accusation": the light verb's clause; not "while she spoke in X", "as
        # troops moved in" (another clause)
        node = act_verb(token_at(doc, event.trigger.start, event.trigger.end))
        for adj in participle_adjuncts(node, self.bounds):
            hit = self.attached(doc, _at_clause(event, adj), places)
            if hit is not None:
                return hit[0], f"adjunct: {adj.text!r} at {hit[0].text!r}"
        return None

    def governing(
        self,
        doc: Any,
        event: Event,
        places: list[tuple[Place, Any]] | dict[int, list[tuple[Place, Any]]],
        events: list[Event] | None = None,
    ) -> tuple[Place, str] | None:
        """The place of the act whose clause a verb event sits in ("met in X to discuss");
        the governing act's own recipients (``events``) are no place of it ("took aim at
        her Tulsa neighbours, accusing them": Tulsa names whom, not where)."""
        node = token_at(doc, event.trigger.start, event.trigger.end)
        if node is None or node.pos_ not in ("VERB", "AUX"):
            return None
        for _ in range(2):
            if node.dep_ not in _GOVERNED or node.head == node:
                return None
            if node.dep_ == "conj" and any(c.dep_.startswith("nsubj") for c in node.children):
                return None  # "…, and the premier invited him": another actor's clause
            if any(c.lower_ in self.bounds for c in node.children if c.dep_ in ("mark", "prep")):
                return None  # "met in X after she was freed": another time, maybe elsewhere
            head = node.head
            if head.lemma_.casefold() in self.departs:
                return None  # "quit a job in Denver to fight": not done in Denver
            span = Span(head.text, head.idx, head.idx + len(head.text))
            # people named with a place ("her Tulsa neighbours"), not a place ("from Iraq")
            whom = _people_at(doc, events or [], head.idx)
            clause = replace(event, event="", trigger=span, recipient=whom)
            hit = self.attached(doc, clause, places)
            if hit is not None:
                return hit[0], f"governing clause: {head.text!r} at {hit[0].text!r}"
            node = head
        return None

    def occasion(
        self,
        doc: Any,
        event: Event,
        places: list[tuple[Place, Any]] | dict[int, list[tuple[Place, Any]]],
    ) -> tuple[Place, str] | None:
        """The place of a clause that is the act's occasion ("was hurt *when* a man attacked
        the car in Pasadena"): a subordinate clause marked "when", "as", "while" is where the
        main act happened too; so is one that the parse hangs on the act's day ("is to meet
        them *Monday when* he arrives in Denver")."""
        node = act_verb(token_at(doc, event.trigger.start, event.trigger.end))
        # on a day, only a clause that takes the actor somewhere ("Monday when he arrives in
        # X"), not another's act that the day recalls ("last October, when a man was shot …")
        days = [c for c in _day_clauses(node, self.occasions) if c[0].lemma_ in self.motion]
        clauses = [*occasion_clauses(node, self.occasions), *days]
        for sub, marker in clauses:
            hit = self.attached(doc, _at_clause(event, sub), places)
            if hit is not None:
                return hit[0], f"occasion: {marker.text!r} clause at {hit[0].text!r}"
        return None

    def _path(
        self,
        tok: Any,
        heads: set[Any],
        moving: bool = False,
        site: bool = False,
        verbal: bool = False,
    ) -> int | None:
        """Arcs from a place token up to one of ``heads`` along a placing path, else None.

        "on" places only a site ("on Capitol Hill"), not a country or city it is about
        ("sanctions on Chile", "talks on Syria"). ``verbal``: the act is a statement
        (``verbal`` rows of ``event_place.tsv``), whose object or topic ("threatened *an
        attack in X*", "pushed *for a summit in Y*") is what it is about, so a place there
        locates that, not the statement."""
        located = crossed = tripped = False
        steps = 0
        node = prev = tok
        while steps <= MAX_PATH:
            parent = node.head
            if parent.i == node.i:
                return None
            if _compared(node, prev, tok, self.comparisons):
                return None  # the other term of a comparison, not the act's place
            if node.dep_ == "dobj" and parent in heads and parent.lemma_.casefold() in self.verbs:
                return steps + 1
            if node.dep_ == "compound" and steps == 0 and parent in heads and parent.pos_ == "NOUN":
                return 1  # "the Baghdad visit", "the Geneva talks"
            if node.dep_ in ("compound", "poss") and steps == 0 and parent not in heads:
                # "at a Paris conference" places; "the Merkel government's plan" does not
                if not (parent.dep_ == "pobj" and parent.head.lower_ in self.preps):
                    return None
            if node.dep_ in ("dobj", "dative") and parent in heads and located and steps == 2:
                # "met officials in Tehran": the parser often hangs the place on the object;
                # only there, not deeper ("condemned the visit to a base in Syria"); of a
                # statement, only its audience ("told *a crowd in Tampa*"), not its topic
                if not verbal or node.lemma_.casefold() in self.audience:
                    return steps + 1
            if node.dep_ not in _PATH_DEPS or _served(node, parent, *self.service):
                return None
            topic = located and (crossed or verbal) and not (tripped and node.lower_ in self.during)
            if topic and node.dep_ == "prep" and node.lower_ in self.topics:
                if not (moving and node.lower_ in self.toward):
                    return None  # "calls for surveillance of a community in X": a topic
            if node.dep_ == "prep" and prev == tok and node.lower_ in self.topics:
                # "reached out to the senator *on Burma*": what the phrase is about, even
                # when a placing preposition stands above it
                if not _placing(node, self.preps, self.toward, moving, site):
                    return None
            if not moving and _provenance(node, prev, tok, heads, self.provenance):
                return None  # "talked with buyers from Oslo": where they come from
            if located and node.dep_ == "prep" and node.lower_ in self.bounds:
                # "signed up *since* her win in Iowa": another act's place; not "spoke
                # *before* an audience in Akron", where "before" places
                if prev.lemma_.casefold() not in self.audience:
                    return None
            if located and node.dep_ == "prep" and node.lower_ not in self.preps:
                crossed = True  # "of": the place locates a noun inside a longer phrase
            trip = node.dep_ == "prep" and _trip(node, self.motion, self.during, heads)
            if node.dep_ == "prep" and _placing(
                node, self.preps, self.toward, moving or trip, site
            ):
                located, tripped = True, tripped or trip
            steps += 1
            if parent in heads:
                return steps if located else None
            if parent.pos_ in ("VERB", "AUX"):
                if located and _gathered_at(node, prev, parent, heads, self.gatherings):
                    return steps + 1
                noun = parent.head
                # "accused in an indictment filed in Boston", "spoke at a rally held in
                # Ohio": a participle naming where the act's own setting was
                if not (
                    located
                    and parent.dep_ == "acl"
                    and parent.tag_ == "VBN"
                    and noun.dep_ == "pobj"
                    and noun.head.lower_ in self.preps - {"on", "from"}
                ):
                    return None  # another clause's place
                prev, node, steps = parent, noun, steps + 1
                continue
            prev, node = node, parent
        return None


class Trips:
    """The words that tell a trip, read once from ``event_place.tsv``: a verb or noun of
    motion or a visit (``motion`` and ``verb`` rows), a light verb whose object names it
    (``light``: "paid a visit") and a verb of leaving (``depart``)."""

    def __init__(self, rules: dict[str, set[str]]) -> None:
        self.light = frozenset(rules["light"])
        self.moving = frozenset(rules["motion"] | rules["verb"])
        self.departs = frozenset(rules["depart"])

    def moves(self, trigger: Any) -> bool:
        """True when an event's trigger moves its actor ("visited", "paid a visit", "trip")."""
        words = {trigger.lemma_.casefold()}
        if trigger.lemma_.casefold() in self.light:
            words |= {c.lemma_.casefold() for c in trigger.children if c.dep_ == "dobj"}
        return bool(words & self.moving)

    def place_visits(
        self, doc: Any, events: list[Event], found: dict[str, tuple[Place, str]]
    ) -> None:
        """Place the acts of a visitor on the day of the visit where the visit took them.

        "The minister arrived in Kabul on Monday. He met the president": the meeting, on the
        same day, by one of the visit's actors (the same entity or surname), within
        ``VISIT_SENTENCES`` sentences, and with no place of its own, happened in Kabul; so
        did a past act of the visitor's own dated to the visit's month or day ("a tour of
        the mines by the inspector in March 2019. The inspector questioned the owners";
        not "the owners invited her").
        """
        sid = sentence_ids(doc)
        visits: list[tuple[int, Event, Place]] = []
        for event in sorted(events, key=lambda e: e.trigger.start):
            trigger = token_at(doc, event.trigger.start, event.trigger.end)
            if trigger is None:
                continue
            here = sid[trigger.i]
            if event.id in found:
                # "fled Denver": the place left is no place its actor is at afterwards
                leaves = trigger.lemma_.casefold() in self.departs
                if self.moves(trigger) and event.actor and not leaves:
                    visits.append((here, event, found[event.id][0]))
                continue
            if "future" in event.aux or not event.date:
                continue
            past = "historical" in event.aux
            if past and len(event.date) < len("YYYY-MM"):
                continue  # a year names no one trip
            people = people_of(event.actor if past else [*event.actor, *event.recipient])
            for sent, visit, place in reversed(visits):
                if here - sent > VISIT_SENTENCES or visit.date != event.date:
                    continue
                if people & people_of(visit.actor):
                    found[event.id] = (
                        place,
                        f"visit: {visit.trigger.text!r} to {place.text!r} (sentence {sent + 1})",
                    )
                    break


def actor_place(
    ann: EventPlaceAnnotator,
    doc: Any,
    event: Event,
    places: list[tuple[Place, Any]] | dict[int, list[tuple[Place, Any]]],
) -> tuple[Place, str] | None:
    """Where the actor is said to be ("*police in Austin* arrested three men", "officials
    at the embassy denied it"): a place after a place preposition on the actor's head
    noun ("from" gives an origin, not a place), or the town of a site the actor was at
    ("guards *at the prison in Leeds*", "bombings *at two hotels in Mombasa* killed …")
    when the act's clause names no place or site of its own (``_aimed_elsewhere``)."""
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    if isinstance(places, dict):
        places = places.get(sentence_ids(doc)[trigger.i], []) if trigger is not None else []
    for ref in event.actor:
        head = token_at(doc, ref.start, ref.end)
        if head is None:
            continue
        for place, tok in places:
            prep = tok.head
            if tok.dep_ != "pobj" or prep.dep_ != "prep":
                continue
            site = ""
            if _whole(prep.head) != head:
                if _aimed_elsewhere(trigger, head, places, ann.site_nouns):
                    continue
                site = f" (the site {prep.head.text!r} in it)"
                prep = _site_prep(prep, head, ann.site_nouns, ann.preps - {"from", "on"})
                if prep is None:
                    continue
            if _served(prep, head, *ann.service):
                continue  # "a former staffer at the Pentagon": an employer
            if prep.lower_ in ann.preps - {"from", "on"} and not _origin(doc, place, ann.origins):
                return place, f"actor: {ref.text!r} {prep.text} {place.text!r}{site}"
    return None


def _aimed_elsewhere(
    trigger: Any, head: Any, places: list[tuple[Place, Any]], sites: Container[str]
) -> bool:
    """Whether the act's clause names a place or a site of its own, outside the actor's
    phrase: a place it was done in or aimed at ("mortar crews at a post in Arland shelled
    a market in Belmar", "… launched drones toward Corvia") or a site as its object
    ("… raided a village"). The town of the site where the actor was then does not place
    the act. The sites are the ``site`` nouns of ``resources/geo/sites.tsv``."""
    if trigger is None:
        return False
    actor = {t.i for t in head.subtree}
    clause = {t.i for t in trigger.subtree} - actor
    if any(tok.i in clause for _, tok in places):
        return True
    targets = [c for c in trigger.children if c.dep_ == "dobj"]
    return any(t.lemma_.casefold() in sites for t in targets)


def _site_prep(prep: Any, head: Any, sites: Container[str], preps: Container[str]) -> Any | None:
    """The placing preposition on the actor's head whose site holds the town ("officials
    *at* the embassy in Nairobi", "bombings *at* two hotels in Mombasa killed …": the town of
    the site where the actor was), else None; the town's own preposition places too. The
    sites are the ``site`` nouns of ``resources/geo/sites.tsv``."""
    site = prep.head
    if prep.lower_ not in preps or site.dep_ != "pobj" or site.lemma_.casefold() not in sites:
        return None
    outer = site.head
    if outer.dep_ == "prep" and outer.lower_ in preps and _whole(outer.head) == head:
        return outer
    return None


def carry_participles(doc: Any, events: list[Event], bounds: Container[str]) -> None:
    """Place a participle after a placed act, sharing its subject ("criticized the governor
    on Monday, *accusing* him …", "pummeled him *while praising* her") where that act
    happened, whichever rule placed it (the dateline, a speaker's stand, a scene): the actor
    did both at once. Not one with its own subject, nor one an "after" or "before" puts at
    another time."""
    at = {}
    for event in events:
        tok = token_at(doc, event.trigger.start, event.trigger.end)
        if tok is not None:
            at[tok.i] = (event, tok)
    for event, tok in sorted(at.values(), key=lambda pair: pair[1].i):
        if event.location is not None or tok.dep_ != "advcl" or tok.tag_ != "VBG":
            continue
        if any(
            c.dep_.startswith("nsubj") or (c.dep_ == "mark" and c.lower_ in bounds)
            for c in tok.children
        ):
            continue
        main = at.get(tok.head.i, (None, None))[0]
        where = main.location if main is not None else None
        if main is None or where is None:
            continue
        event.location = replace(where)
        rule = (main.place_rule or "").split(":")[0]
        event.place_rule = f"participle: {main.trigger.text!r} at {where.text!r} ({rule})"


def voters_of(
    electorate: set[str],
    doc: Any,
    event: Event,
    places: dict[int, list[tuple[Place, Any]]],
) -> tuple[Place, str] | None:
    """The state or town of its voters ("*Iowa* voters backed the senator", "*Ohio's*
    electorate rejected the levy"): voters back or reject by voting where they vote, so the
    place named on the actor's noun is the act's, a statement's type notwithstanding; not a
    country ("American voters" vote all over it)."""
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    if trigger is None:
        return None
    for ref in event.actor:
        head = token_at(doc, ref.start, ref.end)
        if head is None or head.lemma_.casefold() not in electorate:
            continue
        for place, tok in places.get(sentence_ids(doc)[trigger.i], []):
            if place.feature == "country" or tok.head.i != head.i:
                continue
            if tok.dep_ in ("compound", "nmod", "poss", "amod") and tok.i < head.i:
                return place, f"voters: {ref.text!r} of {place.text!r}"
    return None


def framed(
    ann: EventPlaceAnnotator,
    doc: Any,
    event: Event,
    places: dict[int, list[tuple[Place, Any]]],
) -> tuple[Place, str] | None:
    """The place that opens the sentence, for an act in a subjectless "after" or "before"
    phrase that follows it ("*In Denver*, after meeting the unions, the governor …"): the
    fronted place sets the scene of all that comes after it, the earlier act included; a
    phrase after the main verb ("spoke in Oslo after meeting …") or with its own subject
    ("after the rebels had seized …") may lie elsewhere. So too a clause joined to the
    framed one by "and", "but", with a subject of its own ("*In Ohio*, he attacked her and
    his running mate praised the police")."""
    node = token_at(doc, event.trigger.start, event.trigger.end)
    if node is not None and node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
        return _framed_conjunct(ann, doc, event, node, places)
    if node is None or node.pos_ not in ("VERB", "AUX") or node.dep_ not in ("pcomp", "advcl"):
        return None
    marker = node.head if node.dep_ == "pcomp" else None
    if node.dep_ == "advcl":
        marker = next((c for c in node.children if c.dep_ == "mark"), None)
    if marker is None or marker.lower_ not in ann.bounds:
        return None
    main = node.head.head if node.dep_ == "pcomp" else node.head
    if any(c.dep_.startswith("nsubj") for c in node.children) or main.i < node.i:
        return None
    hit = ann.attached(doc, _at_clause(event, main), places)
    if hit is None or hit[0].start >= marker.idx or "clause" not in hit[1]:
        return None
    return hit[0], f"frame: {hit[0].text!r} opens the sentence of {main.text!r}"


def _framed_conjunct(
    ann: EventPlaceAnnotator,
    doc: Any,
    event: Event,
    node: Any,
    places: dict[int, list[tuple[Place, Any]]],
) -> tuple[Place, str] | None:
    """The fronted place of the clause a conjunct with its own subject is joined to: only
    a place before that clause's subject opens the sentence (not "he spoke in Ohio and …")."""
    main = node.head
    if main.pos_ not in ("VERB", "AUX") or not any(
        c.dep_.startswith("nsubj") for c in node.children
    ):
        return None
    subjects = [c.i for c in main.children if c.dep_.startswith("nsubj")]
    if not subjects:
        return None
    hit = ann.attached(doc, _at_clause(event, main), places)
    opening = doc[min(subjects)].idx
    if hit is None or hit[0].start >= opening or "clause" not in hit[1]:
        return None
    return hit[0], f"frame: {hit[0].text!r} opens the sentence of {main.text!r}"


def hosted(
    hosts: set[str],
    doc: Any,
    event: Event,
    places: dict[int, list[tuple[Place, Any]]],
) -> tuple[Place, str] | None:
    """The place that hosts an act ("*Qatar* hosted the talks", "talks hosted by *Qatar*",
    "*Cleveland*, which hosts the convention", "*Vienna* played host to the talks"): the host
    verb's subject or agent, when a place, is where the hosting and the hosted act happen."""
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    if trigger is None:
        return None
    host = trigger
    if trigger.lemma_.casefold() not in hosts and trigger.dep_ in ("dobj", "nsubjpass"):
        host = trigger.head  # "hosted *talks*", "the *summit* was hosted by"
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "to":
        # "played host *to* the talks": "to" hangs on "host" or on "played"
        above = trigger.head.head
        nouns = [c for c in above.children if c.dep_ == "dobj" and c.lemma_.casefold() in hosts]
        host = nouns[0] if nouns else above
    if host.lemma_.casefold() not in hosts:
        return None
    verb = host.head if host.pos_ == "NOUN" and host.dep_ == "dobj" else host
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    if verb.dep_ == "relcl" and any(s.lower_ in ("which", "that") for s in subjects):
        subjects.append(verb.head)  # "Cleveland, which hosts …"
    sentence = places.get(sentence_ids(doc)[trigger.i], [])
    for place, tok in sentence:
        if any(tok.i == s.i for s in subjects):
            return place, f"host: {place.text!r} {host.text!r}"
    return None


def _day_clauses(verb: Any, occasions: Container[str]) -> list[tuple[Any, Any]]:
    """The occasion clauses the parse hangs on a day that dates the act rather than on the
    act itself ("meet the mayors *Monday when* she arrives in Denver", "*on Friday, when*
    …"): a relative clause with an occasion marker ("when") on the act's bare time noun or
    on the object of its "on"; each with its marker."""
    if verb is None:
        return []
    days = [c for c in verb.children if c.dep_ == "npadvmod"]
    days += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children]
    out = []
    for day in days:
        for sub in day.children:
            if sub.dep_ != "relcl":
                continue
            marker = next(
                (c for c in sub.children if c.dep_ == "advmod" and c.lower_ in occasions), None
            )
            if marker is not None and marker.i < sub.i:
                out.append((sub, marker))
    return out


def dateline_place(ctx: Context) -> Place | None:
    """The resolved place of the article's dateline, if it has one.

    The dateline is read from the text; a reader may also have recorded it as
    ``Article.dateline`` (the place as written), which counts where it stands near the
    start of the text.
    """
    spans = []
    line = dateline(doc_text(ctx.doc))
    if line is not None:
        spans.append((line[0], line[1]))
    named = ctx.article.dateline
    if named:
        at = doc_text(ctx.doc).find(named, 0, _DATELINE_CHARS)
        if at >= 0:
            spans.append((at, at + len(named)))
    for start, end in spans:
        for place in ctx.analysis.places:
            if place.start < end and start < place.end and place.lat is not None:
                return place
    return None


def _served(prep: Any, noun: Any, tenure: Container[str], roles: Container[str]) -> bool:
    """Whether a place preposition on ``noun`` names where someone served, not where an act
    happened: someone's span of service ("her *years at* X", "his *tenure at* Y") or a past or
    assumed job ("a *former staffer at* X", "*as an intern at* Y")."""
    if prep.dep_ != "prep" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = noun.lemma_.casefold()
    if lemma in tenure:
        # someone's span ("her years at X"), not the act's own length ("for two years in X")
        return any(c.dep_ == "poss" for c in noun.children)
    if lemma not in roles:
        return False
    marks = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")]
    past = "former" in marks or "ex" in marks
    assumed = noun.dep_ == "pobj" and noun.head.lower_ == "as"
    # "Ana Ruiz, *an aide at* the ministry, …": a job that describes someone named
    described = noun.dep_ == "appos"
    return past or assumed or described


def _whole(noun: Any) -> Any:
    """The head of a partitive phrase a noun is the part of ("*some* of the protesters in
    X", "*two* of the officers at Y"), else the noun: the place is where the part was too."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.dep_ == "prep":
        whole = prep.head
        if whole.pos_ in ("PRON", "NUM", "DET") or whole.lower_ in ("most", "many", "all"):
            return whole
    return noun


def town_body(
    doc: Any,
    event: Event,
    places: dict[int, list[tuple[Place, Any]]],
    local: LocalStory,
    verbal: set[str],
) -> tuple[Place, str] | None:
    """The town of a town's body that did a material act ("*Austin* police arrested three
    men", "the *Leeds* city council closed the park"): a town or region named on a local
    actor's noun (police, a council, a court: ``local_story.tsv``); not a country ("the
    Kenyan police" acts anywhere in Kenya), and not a statement, whose place the text must
    tell."""
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    if trigger is None or event.event.casefold() in verbal or "hypothetical" in event.aux:
        return None
    for ref in event.actor:
        if not local.local(ref) or _has_word(ref.text, local.national):
            continue
        for place, tok in places.get(sentence_ids(doc)[trigger.i], []):
            inside = ref.start <= place.start and place.end <= ref.end
            if inside and tok.dep_ in ("compound", "nmod", "poss") and place.feature != "country":
                if tok.head.idx < ref.end and tok.head.idx >= place.end:
                    return place, f"town body: {ref.text!r} of {place.text!r}"
    return None


def _has_word(text: str, words: set[str]) -> bool:
    """Whether any of ``words`` (some of several words) stands in ``text`` as whole words."""
    low = f" {text.casefold()} "
    return any(f" {w} " in low for w in words)


def _in_aid_of(trigger: Any) -> list[Any]:
    """The clause an "in support of", "in protest at" phrase hangs on, and the noun a copula
    there names ("rallied outside the Capitol *in support of* the bill", "remained the
    loudest voice in Ottawa *in support of* …"): the act named by the phrase's noun was
    done there."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return []
    if any(c.dep_ in ("det", "poss", "amod", "compound") for c in trigger.children):
        return []  # "in support (of)", "in protest"; not "in the protest", "in his support"
    clause = prep.head
    # an "attr" dependent stands only under a copula (be, become, remain)
    return [clause, *(c for c in clause.children if c.dep_ == "attr")]


def _trip(prep: Any, motion: set[str], during: set[str], heads: set[Any]) -> bool:
    """Whether "to" ends a trip that is the act's occasion ("*during a visit to* Kenya, he
    urged …", "*On a trip to* Ohio, she said …"): the actor was there as it acted. "on"
    only before the act: after it, it may give the topic ("attacked him on his trip to X")."""
    noun = prep.head
    if noun.lemma_.casefold() not in motion or noun.dep_ != "pobj":
        return False
    word = noun.head.lower_
    return word in during and (word != "on" or noun.i < min(h.i for h in heads))


def _gathered_at(
    prep: Any, noun: Any, verb: Any, heads: set[Any], gatherings: Container[str]
) -> bool:
    """True when the act's complement is hung on a gathering: "promised to cut prices *at a
    summit in Nairobi*" was promised at the summit (the ``occasion`` nouns of
    ``event_place.tsv``)."""
    return bool(
        verb.dep_ == "xcomp"
        and verb.head in heads
        and prep.lower_ == "at"
        and (noun.lower_ in gatherings or noun.lemma_.casefold() in gatherings)
    )


def _placing(prep: Any, preps: set[str], toward: set[str], moving: bool, site: bool) -> bool:
    """Whether a preposition places its object: a place preposition ("on" only a site:
    "on Capitol Hill", not "talks on Syria"), or "to", "into" after a motion."""
    word = prep.lower_
    return (word in preps and (word != "on" or site)) or (moving and word in toward)


def _origin(doc: Any, place: Place, origins: set[str]) -> bool:
    """True when a place is an origin, not a location ("a Texas-based group")."""
    after = doc_text(doc)[place.end : place.end + 12].casefold()
    m = re.match(r"[- ]([a-z]+)", after)
    return bool(m and m.group(1) in origins)


def _provenance(prep: Any, prev: Any, tok: Any, heads: set[Any], words: set[str]) -> bool:
    """Whether a place is the object of a preposition of provenance ("from") hung on a noun
    other than the act's own ("talked with the inspector and with buyers *from Oslo*"):
    where the people named come from, not where the act was; not a noun inside an "of" phrase ("the
    withdrawal of troops from Syria"), where the phrase may tell the act's own ground."""
    if prep.dep_ != "prep" or prev != tok or prep.lower_ not in words:
        return False
    noun = prep.head
    if noun in heads or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ == "of")


def _setting(tok: Any, trigger: Any, place: Place) -> bool:
    """Whether a town, region or site named right before an act's noun is where it
    happened, though the actor phrase takes it in ("the *Paris* attacks", "the *San
    Bernardino* shooting"): a country there is the actor ("the Russian strikes"), and a word
    that ends a person's name in the article is that person ("the Reyes endorsement" after
    "Maria Reyes", ``place_names.last_names``)."""
    return (
        tok.dep_ == "compound"
        and tok.head.i == trigger.i
        and trigger.pos_ == "NOUN"
        and place.feature not in ("country", None)
        and tok.text not in last_names(tok.doc)
    )


def finest(text: str, best: tuple[Place, str], found: list[tuple[Place, str]]) -> tuple[Place, str]:
    """The town written right before the region or country that contains it ("in Maiduguri
    Borno State", "in Lagos, Nigeria") rather than that wider place: the parse often makes
    the wider name the head, but the act happened in the town."""
    place = best[0]
    if place.feature in ("city", "site"):
        return best
    for town, why in found:
        between = text[town.end : place.start]
        if town.feature == "city" and town.end <= place.start and re.fullmatch(r"[\s,]*", between):
            if not place.country or town.country == place.country:
                return town, why
    return best


def _compared(node: Any, prev: Any, place: Any, comparisons: set[str]) -> bool:
    """Whether ``node`` is a comparison preposition that takes the place, directly or
    through a place preposition ("unlike Cuba", "unlike in Cuba", "as in France")."""
    return (
        node.dep_ == "prep"
        and node.lower_ in comparisons
        and (prev == place or prev.dep_ == "prep")
    )


def _people_at(doc: Any, events: list[Event], start: int) -> list[ActorRef]:
    """The recipients of the events at ``start`` that name people with a place ("her Lisbon
    cousins"), not a place ("withdrew from Iraq"): a place inside them is whom, not where."""
    return [
        r
        for e in events
        if e.trigger.start == start
        for r in e.recipient
        if getattr(token_at(doc, r.start, r.end), "pos_", "PROPN") != "PROPN"
    ]


def place_speakers(
    ann: EventPlaceAnnotator,
    doc: Any,
    analysis: Any,
    placed: dict[int, list[tuple[Place, Any]]],
    found: dict[str, tuple[Place, str]],
) -> None:
    """Place a speaker's acts where the text says the speaker spoke ("Wang said in Moscow
    on Thursday … Wang told reporters …"): an act of the speaker (its actor, or a quote
    of theirs) on the same day, within ``VISIT_SENTENCES`` sentences after, with no
    place of its own; what the speaker says (a quote's cue or an act a quote of theirs
    reports) up to ``SPEAKER_SENTENCES`` after the last such statement ("… Wang said."
    paragraphs on)."""
    sid = sentence_ids(doc)
    # sentence, entity, place, cue, and the names and entities the speaker goes by
    spoke: list[tuple[int, str, Place, str, set[str]]] = []
    for q in analysis.quotes:
        if q.cue is None or q.speaker is None or not q.speaker.entity:
            continue
        verb = token_at(doc, q.cue.start, q.cue.end)
        if verb is None or verb.lemma_.casefold() not in ann.stands:
            continue  # "offering the job in X": an act, not where the speaker spoke
        whom = _people_at(doc, analysis.events, q.cue.start)
        # the cue's own act, if coded: a statement's topic ("condemned the raid in X") is
        # no stand
        kind = next((e.event for e in analysis.events if e.trigger.start == q.cue.start), "")
        pseudo = Event("cue", kind, q.cue, q.cue, recipient=whom)
        hit = ann.attached(doc, pseudo, placed)
        cue = token_at(doc, q.cue.start, q.cue.end)
        if hit is not None and cue is not None:
            name = set(name_words(q.speaker.text))
            spoke.append((sid[cue.i], q.speaker.entity, hit[0], q.cue.text, name))
    if not spoke:
        return
    spoke = [
        (sent, entity, place, cue, name | known_as(analysis.quotes, name))
        for sent, entity, place, cue, name in spoke
    ]
    speakers = {q.id: q.speaker for q in analysis.quotes if q.speaker}
    cues = {q.cue.start for q in analysis.quotes if q.cue is not None}
    last = [sent for sent, *_ in spoke]  # the latest statement placed by each stand
    for event in sorted(analysis.events, key=lambda e: e.trigger.start):
        trigger = token_at(doc, event.trigger.start, event.trigger.end)
        if event.id in found or trigger is None or _unrealised(doc, event, ann.verbal):
            continue
        if {"historical", "future"} & set(event.aux) or ann.trips.moves(trigger):
            continue  # another day's act, or a trip (it goes elsewhere): maybe elsewhere
        if (event.date_rule or "").startswith("background"):
            continue
        refs = [*event.actor, *[r for r in [speakers.get(event.quote or "")] if r]]
        who = {r.entity for r in refs if r.entity}
        # the same person named again under another entity ("Ana Lopez" … "Lopez")
        surnames = {name_words(r.text)[-1] for r in refs if name_words(r.text)}
        speech = event.quote is not None or event.trigger.start in cues
        here = sid[trigger.i]
        for i, (sent, entity, place, cue, name) in enumerate(spoke):
            same = entity in who or bool(surnames & name) or bool(who & name)
            # further on, only what the speaker says: a press conference's later statements,
            # each within SPEAKER_SENTENCES of the one before
            near = here - sent <= VISIT_SENTENCES or (
                speech and here - last[i] <= SPEAKER_SENTENCES
            )
            if 0 <= here - sent and near and same:
                why = f"speaker: {cue!r} at {place.text!r} (sentence {sent + 1})"
                found[event.id] = (place, why)
                if speech:
                    last[i] = max(last[i], here)
                break
    stands = [(sent, entity, place, cue, name) for sent, entity, place, cue, name in spoke]
    unrealised = partial(_unrealised, doc, verbal=ann.verbal)
    place_before_stand(doc, analysis.events, found, stands, ann.verbal, unrealised)


def place_venues(
    ann: EventPlaceAnnotator,
    doc: Any,
    analysis: Any,
    placed: dict[int, list[tuple[Place, Any]]],
    found: dict[str, tuple[Place, str]],
    article_date: str | None,
) -> None:
    """Place a statement where the text says its actor made it, before or after it.

    A clause of speaking with a place of its own, whose subject is one of the statement's
    actors, is the statement's venue when it names the statement again ("Clinton will call
    for more research on Tuesday. … She plans to make *her proposal* at a town hall in
    Ames": a ``light`` verb with a ``venue`` object that is someone's or "the") on the same
    day, or when both name the same day ("is to denounce him in a speech Tuesday … when he
    speaks Tuesday at a college in Provo": a ``stand`` verb; only a named day, since a
    speaker may speak in several places on one day). A clause inside quotation marks is the
    speaker's words, not the report of where anyone spoke ("as she said in the debate in X").
    """
    mentions = [(m.start, m.end, e) for e in analysis.entities for m in e.mentions]
    quoted = [(c.start, c.end) for q in analysis.quotes if q.kind != "indirect" for c in q.content]
    # the verb's offset and sentence, its day, whether it names the day or the statement
    # again, the speaker's entities and surname, the place, the cue
    venues: list[tuple[int, int, str, bool, set[str], Place, str]] = []
    for sent, pairs in placed.items():
        first = pairs[0][1].sent
        for verb in first:
            named = _speaking(ann, verb)
            subject = _subject(verb) if named else None
            if subject is None or any(s <= verb.idx < e for s, e in quoted):
                continue
            span = Span(verb.text, verb.idx, verb.idx + len(verb.text))
            hit = ann.attached(doc, Event("venue", "", span, span), pairs)
            own_day = clause_day(doc, analysis.times, verb)
            day = own_day or article_date
            same = named == "again" or own_day is not None
            who = {e.id for s, e0, e in mentions if s <= subject.idx < e0}
            # the entity's surname, or the subject's own where no entity took it in
            names = [e.name for s, e0, e in mentions if s <= subject.idx < e0 if e.name]
            phrase = doc[subject.left_edge.i : subject.right_edge.i + 1].text
            who |= {w for name in [*names, phrase] for w in name_words(name)[-1:]}
            if hit is not None and who and day and same:
                cue = f"{verb.text!r} by {subject.text!r}"
                venues.append((verb.idx, sent, day, named == "again", who, hit[0], cue))
    for event in analysis.events:
        if event.id in found or event.event.casefold() not in ann.verbal:
            continue
        if "historical" in event.aux or (event.date_rule or "").startswith("background"):
            continue
        dated = not (event.date_rule or "article date").startswith("article date")
        who = people_of(event.actor)
        for at, sent, day, again, cast, place, cue in venues:
            # the venue's own clause: refused by the clause rules ("condemned the raid in X")
            if at == event.trigger.start or event.date != day or not who & cast:
                continue
            if again or dated:
                found[event.id] = (place, f"venue: {cue} at {place.text!r} (sentence {sent + 1})")
                break


def _speaking(ann: EventPlaceAnnotator, verb: Any) -> str:
    """How a verb tells someone speaking in person: "stand" for a ``stand`` verb ("speaks",
    "told reporters"), "again" for a ``light`` verb whose ``venue`` object names a statement
    already told ("make *her* proposal", "gave *the* speech"); else empty."""
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    lemma = verb.lemma_.casefold()
    if lemma in ann.stands:
        return "stand"
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lemma_.casefold() in ann.venues:
            told = any(
                c.dep_ == "poss" or c.lower_ in ("the", "that", "this") for c in obj.children
            )
            if told and lemma in ann.light:
                return "again"
    return ""


#: the rules that place an act by its own text (not by the story around it), and "It
#: happened in X" (``place_happenings``): carried to an act told again
_TEXT_RULES = TEXT_RULES | {"happened"}


def place_restated(doc: Any, events: list[Event], found: dict[str, tuple[Place, str]]) -> None:
    """Place an act told again in the next or the previous sentence where the text placed
    it the first time ("Ana Ruiz was charged in federal court in Denver on Monday. Ruiz was
    charged with fraud …"; "A boy was hurt when a man attacked a car in Lyon. The boy was
    hurt by flying glass"): an act of the same type against the same recipient (entity or
    surname), on the same day as far as the text tells, with no place of its own."""
    sid = sentence_ids(doc)
    here: dict[str, int] = {}
    for event in events:
        trigger = token_at(doc, event.trigger.start, event.trigger.end)
        if trigger is not None:
            here[event.id] = sid[trigger.i]
    placed = [e for e in events if e.id in found and found[e.id][1].split(":", 1)[0] in _TEXT_RULES]
    for event in events:
        if event.id in found or event.id not in here or not event.recipient:
            continue
        whom = people_of(event.recipient)
        for other in placed:
            if other.event != event.event or abs(here.get(other.id, -9) - here[event.id]) != 1:
                continue
            if event.date and other.date and event.date != other.date:
                continue
            if whom & people_of(other.recipient):
                place = found[other.id][0]
                why = f"restated: {other.trigger.text!r} at {place.text!r}"
                found[event.id] = (place, f"{why} (sentence {here[other.id] + 1})")
                break


def _subject(verb: Any) -> Any | None:
    """The subject of a verb, or of the verb whose complement it is ("plans *to make*")."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or node.dep_ not in ("xcomp", "conj") or node.head == node:
            return subject
        node = node.head
    return None


def place_happenings(
    doc: Any,
    events: list[Event],
    placed: dict[int, list[tuple[Place, Any]]],
    found: dict[str, tuple[Place, str]],
    locative: set[str],
    happen: set[str],
) -> None:
    """Place the acts of a sentence that the next one locates with a pronoun subject and a
    verb of occurrence ("Police shot a man on Monday. *It happened in Brooklyn* …"): each
    done act of the story's day in the sentence before, with no place of its own."""
    sid = sentence_ids(doc)
    for sent, pairs in placed.items():
        for place, tok in pairs:
            verb = _located_verb(tok, locative)
            if verb is None:
                continue
            objects = [c.lower_ for c in verb.children if c.dep_ == "dobj"]
            said = {verb.lemma_.casefold()} | {f"{verb.lemma_.casefold()} {o}" for o in objects}
            subject = [c for c in verb.children if c.dep_ == "nsubj"]
            if not said & happen or not subject or subject[0].lower_ not in _DUMMY:
                continue
            for event in events:
                trigger = token_at(doc, event.trigger.start, event.trigger.end)
                if event.id in found or trigger is None or sid[trigger.i] != sent - 1:
                    continue
                if other_day(event) or _unrealised(doc, event):
                    continue
                why = f"happened: {verb.text!r} at {place.text!r} (sentence {sent + 1})"
                found[event.id] = (place, why)


def _located_verb(tok: Any, locative: set[str]) -> Any | None:
    """The verb a place hangs from through a place preposition, possibly through the noun
    it names ("in the Riverside district *of* Dayton", "near the town of Rafah"), else None."""
    node, located = tok, False
    for _ in range(6):
        if node.dep_ not in ("pobj", "prep", "compound", "appos") or node.head == node:
            return None
        if node.dep_ == "prep" and node.lower_ in locative:
            located = True
        if node.head.pos_ in ("VERB", "AUX"):
            return node.head if located and node.dep_ == "prep" else None
        node = node.head
    return None


def known_as(quotes: list[Quote], name: set[str]) -> set[str]:
    """The entities of the quotes whose speaker is named by a surname among ``name`` ("Wang
    said" after "Foreign Minister Wang Yi said"): the same speaker, whom the coreference may
    have split; a pronoun the coreference joined to such a quote ("He said") comes with it."""
    out = set()
    for q in quotes:
        words = name_words(q.speaker.text) if q.speaker is not None else []
        if q.speaker is not None and q.speaker.entity and words and words[-1] in name:
            out.add(q.speaker.entity)
    return out


def _story_day_act(doc: Any, event: Event) -> bool:
    """Whether an act is told as done on the story's day (not background, not to come)."""
    return not other_day(event) and not _unrealised(doc, event)


def carry_scenes(
    doc: Any,
    events: list[Event],
    found: dict[str, tuple[Place, str]],
    setters: list[Setter] | None = None,
    kinds: tuple[Container[str], Container[str]] = ((), ()),
) -> None:
    """Carry the scene an act sets over the acts of the next sentences.

    "In Orlando, she met the families. She pledged federal help.": an act placed by the
    text sets the scene; a later act of the same story day by one of its actors (the same
    entity or surname), within ``SCENE_SENTENCES`` sentences, with no place of its own and
    done (not to come), happened there too, and the scene runs on from it (the cast is
    still there: "… She met the families. She pledged help."); others' acts may be elsewhere. An act
    placed elsewhere sets a new scene; background, historical and future acts neither set
    nor take one. Only places found for acts carry over, so a recipient, an origin or a
    topic the clause rules refuse never becomes a scene. ``setters``: scenes set by
    clauses that are no coded event ("In Orlando, the governor toured …"), in text order.
    ``kinds``: the statement and deed types (``verbal``, ``deed`` rows of
    ``event_place.tsv``): a statement does not take the scene of a deed ("supporters beat
    a heckler at the rally in Dover. The senator later defended them."): the guidelines
    place a statement where the article says it was made, and one about a clash may be
    made anywhere after it.
    """
    sid = sentence_ids(doc)
    scene: tuple[int, Place, str | None, str] | None = None  # sentence, place, day, cue
    verbal, deeds = kinds
    deed = False  # whether the scene is a deed's
    cast: set[str] = set()  # the scene's people: its act's actors, by entity and surname
    last = 0  # the sentence of the scene's latest act
    pending = list(setters or [])
    for event in sorted(events, key=lambda e: e.trigger.start):
        while pending and pending[0].start < event.trigger.start:
            clause = pending.pop(0)
            scene = (clause.sentence, clause.place, clause.day, clause.cue)
            last = clause.sentence
            cast = set(clause.cast)
            deed = False
        trigger = token_at(doc, event.trigger.start, event.trigger.end)
        if trigger is None or other_day(event):
            continue
        here = sid[trigger.i]
        if event.id in found:
            place, why = found[event.id]
            rule = why.split(":", 1)[0]
            # an actor's home or a speaker's stand is theirs, not the scene of others' acts
            setter = rule not in ("scene", "actor", "speaker", "venue")
            scene = (
                (here, place, event.date, f"{event.trigger.text!r} by {rule}") if setter else None
            )
            cast, last = people_of(event.actor), here
            deed = event.event.casefold() in deeds
            if event.event == "CONSULT":  # a meeting's other side is at the scene as well
                cast |= people_of(event.recipient)
            continue
        if scene is None or event.date is None or event.date != scene[2]:
            continue
        if not (0 < here - scene[0] and here - last <= SCENE_SENTENCES):
            continue
        if _unrealised(doc, event) or not cast & people_of(event.actor):
            continue
        if deed and event.event.casefold() in verbal:
            continue
        where, place, _day, cue = scene
        found[event.id] = (place, f"scene: {cue} at {place.text!r} (sentence {where + 1})")
        last = here  # the cast is still there: its next acts are counted from this one


def local_place(
    local: LocalStory, event: Event, lead: Lead | None, kinds: tuple[set[str], set[str]]
) -> tuple[Place, str] | None:
    """The local story's town as the place of an unplaced act of a local actor on the
    story's day (see ``place_local``); None when the story is not local or the act is not."""
    if lead is None or other_day(event) or local.refused(event, lead, *kinds):
        return None
    return replace(lead.place), f"local story: {lead.cue}"


def earlier_crime(
    local: LocalStory, event: Event, lead: Lead | None, kinds: tuple[set[str], set[str]]
) -> tuple[Place, str] | None:
    """The dateline town of a local crime story as the place of an earlier crime or arrest
    of the story with no place of its own ("NEWARK — … Police said they had arrested two
    men"; "the killings of six women over the last five years"): done, not to come, and
    by local actors or none known; an act of a ``crime`` type of ``local_story.tsv``."""
    if lead is None or not lead.cue.startswith("dateline") or not other_day(event):
        return None
    if event.event.upper() not in local.crimes or {"future", "hypothetical"} & set(event.aux):
        return None
    if event.actor and local.refused(replace(event, date=lead.day), lead, *kinds):
        return None
    return replace(lead.place), f"local story: {lead.cue} (an earlier act of its crimes)"


def _at_home(
    ann: EventPlaceAnnotator, doc: Any, event: Event, places: list[Place]
) -> tuple[Place, str] | None:
    """The actor's country as the place of a material act done at home (``home_country``)
    or of a state body's formal decision ("the Senate approved …": ``decided_at_home``)."""
    found = home_country(event, ann.home, ann.gaz, ann.alone)
    return found or decided_at_home(doc, event, ann.decisions, places)


def home_country(
    event: Event, home: set[str], gaz: Any, alone: Container[str] = ()
) -> tuple[Place, str] | None:
    """The actor's country as the place of a material act done at home.

    A government or other national actor that coerces, mobilises, retreats or concedes
    acts in its own country when every recipient is known to be of that country, and
    there is one unless the type acts ``alone`` (a weapons test); one that sanctions,
    whoever they hit (sanctions are decided at home); a verbal act ("accused", "urged")
    has no place unless the text gives one, and an assault happens where its target is,
    which the text must say.
    """
    if event.event.casefold() not in home or not event.actor:
        return None
    if "future" in event.aux or "hypothetical" in event.aux or other_day(event):
        return None  # a background act ("has imposed an embargo") is told, not placed
    if DOMESTIC_RULE in (event.rule or ""):
        return None  # the recipient's country was inferred from the actor's, not told
    codes = {(r.code or "")[:3] for r in event.actor} - {""}
    if len(codes) != 1:
        return None
    (code,) = codes
    entry = gaz.country(code) if re.fullmatch(r"[A-Z]{3}", code) else None
    if entry is None:
        return None
    # at home only when every recipient is known to be of the actor's own country
    # ("Kenyan police detained Kenyan activists"); "the city" an army struck may be abroad;
    # with no recipient at all ("resigned", "is arresting those involved") nothing tells
    # where the act was
    targets = {(r.code or "")[:3] for r in event.recipient}
    kind = event.event.casefold()
    if (kind != "sanction" and targets - {code}) or (not targets and kind not in alone):
        return None
    place = Place(
        text=entry.name,
        start=event.trigger.start,
        end=event.trigger.start,
        name=entry.name,
        lat=entry.lat,
        lon=entry.lon,
        country=entry.country,
        geonameid=entry.geonameid,
        feature="country",
    )
    return place, f"actor's country: {code} (a material act at home)"


def past_perfect(doc: Any, event: Event, aspect: Container[str], day: str | None) -> str:
    """Why the act is told as before the story's time (the past perfect: ``told_before``
    with the perfect auxiliary ``aspect``), or "". It refuses the dateline and the local
    story's town only: a past-perfect act may still take the actor's country, and a local
    crime story's earlier crime its dateline town (``earlier_crime`` is exempt). An act
    dated to the article's ``day`` ("police said on Monday they had detained …") is the
    story's own."""
    if day and event.date == str(day)[:10]:
        return ""
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    if trigger is not None and told_before(trigger, aspect):
        return "an act told in the past perfect"
    return ""


def earlier_month(event: Event, article_date: str | None) -> bool:
    """Whether the act is dated to a month or year before the article's ("last month",
    "in 2014"): told as past, not the news of the story's day."""
    date = event.date or ""
    return bool(article_date) and 4 <= len(date) < 10 and date < str(article_date)[: len(date)]


def _named_in_actors(event: Event, places: list[Place]) -> set[str]:
    """The countries of the places named inside the event's actors ("Kuchma *of Ukraine*
    and Yeltsin *of Russia*"): a joint actor coded as one country may name others too."""
    return {
        p.country
        for p in places
        if p.country and any(a.start <= p.start < a.end for a in event.actor)
    }


def dateline_refused(
    event: Event,
    place: Place,
    article_date: str | None,
    named: set[str] | None = None,
    in_lead: bool = True,
) -> str:
    """Why the dateline is not the place of ``event`` (empty when it is); ``named``: the
    countries the actors' own words name (``_named_in_actors``); ``in_lead``: whether the
    act is told in the story's lead (its first ``LEAD_SENTENCES`` sentences)."""
    if "historical" in event.aux or "future" in event.aux:
        return "a historical or future act"
    if (event.date_rule or "").startswith("background"):
        return "a background act"
    if not event.date and not article_date and not in_lead:
        # the dateline is where the reporter is on the story's day: with no day known for
        # the act or the article, only the lead's acts are surely the story's news; a later
        # one may lie any time before ("he counseled …", "was supportive"), anywhere
        return "an act after the lead, and an article of no known day"
    if event.date and article_date and len(event.date) == 10:
        try:
            gap = dt.date.fromisoformat(article_date) - dt.date.fromisoformat(event.date)
        except ValueError:
            gap = dt.timedelta(0)
        if gap.days > DATELINE_DAYS:
            return f"an act of {event.date}, days before the article"
    if earlier_month(event, article_date):
        return f"an act of {event.date}, before the article's month"
    # an act of foreigners only happened at home, not where the reporter is; a joint act
    # with an actor of the dateline's country ("the presidents of Ukraine and Russia
    # signed" under MOSCOW) may well have happened there
    codes = [(ref.code or "")[:3] for ref in event.actor]
    national = [c for c in codes if re.fullmatch(r"[A-Z]{3}", c)]
    national = [c for c in national if c not in ("IGO", "UNO", "NGO", "MNC")]
    if place.country and national and place.country not in {*national, *(named or ())}:
        return f"an actor of {national[0]}"
    return ""


def sentence_site(
    ctx: Context,
    event: Event,
    places: dict[int, list[tuple[Place, Any]]],
    on_site: Container[str],
    dateline: Place | None = None,
) -> tuple[Place, str] | None:
    """The place of an act done on the ground (an ``on_site`` type) that names no party it
    acts on, whose one recipient is a place its sentence names (the events annotator takes
    the sentence's place as its recipient then: "two were hurt in Mombasa", "a march in the
    capital, Lusaka"): there it happened. None for another type, a recipient that is a
    party, the ``dateline`` itself (where the reporter is), or a toponym that is no place
    here (``place_of_no_party``: a headline's first word "Man", a person's surname)."""
    if event.event.casefold() not in on_site or len(event.recipient) != 1:
        return None
    if dateline is not None and event.recipient[0].start == dateline.start:
        return None
    doc = ctx.doc
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    if trigger is None:
        return None
    whom = event.recipient[0]
    for place, _tok in places.get(sentence_ids(doc)[trigger.i], []):
        if place.start == whom.start and place.end == whom.end:
            if place_of_no_party(ctx, place):
                return None  # the recipient is a person or a common word, not the town
            return place, f"sentence place: {place.text!r}, the {event.event} names no party"
    return None


class StatementRules(NamedTuple):
    """What ``unsited_statement`` reads (``event_place.tsv``): the statement types
    (``verbal``), the nouns of a statement made before people (``in_person``, ``occasion``
    and ``audience`` rows), those of them that are people (``audience``), the verbs whose
    object is a statement's audience (``addressing``) and the actor sectors whose rulings
    are made where they sit (``seated``)."""

    verbal: Container[str]
    in_person: Container[str]
    audience: Container[str]
    addressing: Container[str]
    seated: Container[str]


#: the prepositions whose object, a speech or a gathering, tells where a statement was made
#: ("during a debate", "before a committee", "spoke at the rally", "in his sermon")
IN_PERSON_PREPS = frozenset({"in", "at", "during", "before"})
#: the prepositions that tell where a statement was made only before an ``audience`` noun
#: ("remarks to reporters"): before a speech or a gathering they make it what the statement
#: answers ("hit back in reply to her radio interview")
AUDIENCE_PREPS = frozenset({"to"})
#: the links from a statement's verb up to the verb that reports or joins it ("told
#: reporters that ... and accused him")
_REPORTED = frozenset({"ccomp", "xcomp", "conj"})
#: how many arcs a phrase may climb through nouns and prepositions to the statement's clause
_PHRASE_PATH = 8


def _statement_clause(trigger: Any) -> set[int]:
    """The indices of the verbs of a statement's clause: its trigger and verb, the verbs
    that report or join it, and the participles before them ("*Speaking* at a rally, she
    accused him")."""
    verb = act_verb(trigger) or trigger
    clause = {trigger.i, verb.i}
    while verb.dep_ in _REPORTED and verb.head.i != verb.i:
        verb = verb.head
        clause.add(verb.i)
    for i in list(clause):
        clause.update(c.i for c in trigger.doc[i].children if c.dep_ == "advcl" and c.tag_ == "VBG")
    return clause


def _on_clause(prep: Any, clause: set[int]) -> bool:
    """Whether a prepositional phrase hangs on the clause through nouns and prepositions
    only ("of fraud *in a speech*"), not inside another verb's ("of curbing speech *at
    meetings*")."""
    node = prep.head
    for _ in range(_PHRASE_PATH):
        if node.i in clause:
            return True
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _in_person_prep(prep: Any, noun: Any, rules: StatementRules) -> bool:
    """Whether a preposition, before an ``in_person`` noun, tells where a statement was made:
    "at", "during" and the like before any of them, "to" before an audience only."""
    word = prep.lower_
    return word in IN_PERSON_PREPS or (
        word in AUDIENCE_PREPS and noun.lemma_.casefold() in rules.audience
    )


def made_in_person(trigger: Any, rules: StatementRules) -> bool:
    """Whether a statement's sentence says it was made before people: an ``in_person``
    noun that is the object of a placing preposition on its clause ("during the debate",
    "at a press briefing", "remarks to students") or the object of an ``addressing`` verb
    of its clause ("told a crowd"). The noun alone elsewhere is what the statement is
    about."""
    clause = _statement_clause(trigger)
    for tok in trigger.sent:
        if tok.pos_ != "NOUN" or tok.lemma_.casefold() not in rules.in_person:
            continue
        prep = tok.head
        if tok.dep_ == "pobj" and _in_person_prep(prep, tok, rules) and _on_clause(prep, clause):
            return True
        if tok.dep_ in ("dobj", "dative") and prep.i in clause:
            if prep.lemma_.casefold() in rules.addressing:
                return True
    return False


def unsited_statement(doc: Any, event: Event, rules: StatementRules) -> str:
    """Why a statement (a ``verbal`` type; to the dateline, a ``stated`` one too) is not
    placed at the dateline or the local story's town: the news guidelines place a verbal
    act where it was made only if the article says so, and a dateline tells where the
    reporter is, not where the speaker spoke. Empty for another type, for a ruling of a
    court or prosecutor (a ``seated`` actor: made where it sits), and for a statement its
    sentence says was made before people (``made_in_person``), which the reporter there
    heard."""
    if event.event.casefold() not in rules.verbal:
        return ""
    if any(set(rules.seated) & set(a.sectors) for a in event.actor):
        return ""
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    if trigger is None or made_in_person(trigger, rules):
        return ""
    return f"a statement not said to be made there ({event.event})"


def _unrealised(doc: Any, event: Event, verbal: Container[str] = ()) -> str:
    """Why an act is not done yet, so has no place but the one its text names ("must be
    returned", "would sue", "to prevent"): empty for an act told as done or being done. A
    statement quoted from its speaker (a ``verbal`` type: "'We will not help them,' the
    mayor said", "'we will fight back', the ministry said") is done when it is said,
    whatever it says will come."""
    if event.quote is not None and event.event.casefold() in verbal:
        return ""
    if "hypothetical" in event.aux:
        return HYPOTHETICAL
    verb = act_verb(token_at(doc, event.trigger.start, event.trigger.end))
    if verb is None:
        return ""
    for aux in verb.children:
        if aux.dep_ == "aux" and aux.tag_ == "MD":
            return f"{NOT_DONE_YET} ({aux.text!r})"
        if aux.dep_ == "aux" and aux.tag_ == "TO":
            return f"{NOT_DONE_YET} ('to {verb.text}')"
    return ""


def _state(doc: Any, event: Event) -> str:
    """Why an act is told as a standing state or a label rather than as something done where
    the reporter is ("is accused of fraud", "are charged with", "killings blamed on the
    rebels"): empty otherwise. Such an act takes no place from the dateline."""
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    if trigger is None or trigger.tag_ != "VBN":
        return ""
    if trigger.dep_ == "acl":
        return f"a participle naming a thing ({trigger.head.text!r} {trigger.text!r})"
    for aux in trigger.children:
        if aux.dep_ == "auxpass" and aux.tag_ in ("VBZ", "VBP"):
            return f"a state in the present passive ({aux.text + ' ' + trigger.text!r})"
    return ""


def _not_finite(doc: Any, event: Event, light: set[str]) -> str:
    """Why an act is not told as done by a finite verb ("signed", "were arrested", "held talks")
    but as a noun, a participle or an infinitive ("his trip", "giving", "without being
    required"): empty for a finite one. Only finite acts are placed at the dateline: the
    others name acts the reporter need not have been near."""
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    if trigger is None:
        return ""
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        if trigger.dep_ != "dobj" or trigger.head.lemma_.casefold() not in light:
            return f"an act named by a noun ({trigger.text!r})"
        verb = trigger.head  # "held talks": the light verb tells the act
    if verb.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return ""
    if any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
        for c in verb.children
    ):
        return ""  # "were arrested", "has signed", "will meet"
    if verb.dep_ == "conj" and verb.head.tag_ in ("VBD", "VBZ", "VBP"):
        return ""  # "signed and pledged": the second verb shares the first one's tense
    return f"an act not told by a finite verb ({verb.text!r})"
