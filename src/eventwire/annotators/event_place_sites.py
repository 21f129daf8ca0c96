"""Sites and gatherings as event places: a named building, base, campus or institution
the act's clause gives ("at the Grand Plaza Hotel in Denver", "stormed the Ramsey Air Base").

The news guidelines (``NEWS-GUIDELINES.md``, Place) keep such a site as the place at level
``site``. Three rules, read by ``EventPlaceAnnotator``:

- ``site_of``: a town the rules chose for an act that names a site holding it ("at the Blue
  Harbor restaurant *in Riverton*", "on the Hillcrest Estate, *in* Leeds") keeps the
  town's point and name, and takes the site phrase as the place's text, so that the place
  reads as the article writes it;
- ``clause_site``: an act with no place its clause resolves, whose clause names a site the
  gazetteer does not know (a placing preposition's object, or the object of a deed done on
  the ground), is placed at the site: its name as written, with the country of a place
  named inside it, else none (a dateline tells where the reporter is, not where a site
  lies). "on" places the act of neither a statement nor a lexicon row that takes "on"
  ("called on the clinic's board to act": the party asked, not where it was asked);
- ``gathering_place``: a statement whose clause the parse ends with "at a town hall in
  Akron" hung on the last infinitive of its object ("criticized the plan to build a dam on
  the river at a town hall in Akron") was made at the gathering (the ``occasion`` nouns of
  ``resources/geo/event_place.tsv``).

The site nouns are the ``site`` rows of ``resources/geo/sites.tsv``. Each rule says in
``place_rule`` (``--explain``) why it chose the place.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace
from typing import Any

from .. import gazetteer as _gaz
from ..records import Event, Place
from . import doc_text, sentence_ids, token_at

#: the prepositions whose object is where an act was done when that object is a site
SITE_PREPS = frozenset({"in", "at", "inside", "outside", "near", "on"})
#: the prepositions a verb may take as its own (a lexicon row "call on", "rely on"), whose
#: object is then the verb's party or topic, not a site; a statement's "on" is its topic
VERB_PREPS = frozenset({"on"})


def read_site_nouns(text: str | None = None) -> frozenset[str]:
    """The ``site`` nouns of a ``sites.tsv`` file (casefolded lemmas)."""
    text = _gaz.resource_text("sites.tsv") if text is None else text
    return frozenset(_gaz.grouped_words(text, "sites.tsv", ("site",), 0, 1)["site"])


def _named(noun: Any) -> bool:
    """A site noun written as (the head of) a name of more than one word: capitalised, not
    the sentence's first word ("the Grand Plaza Hotel", "Westfield University"), or named by
    a proper noun before it ("the Blue Harbor restaurant"); not "a hotel", "a base", nor a
    bare "the House" (a chamber, not a building the text places)."""
    if not any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in noun.lefts):
        return False
    if noun.text[:1].isupper() and noun.i != noun.sent.start:
        return True
    return any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() and c.i < noun.i
        for c in noun.children
    )


def _site_noun(tok: Any, nouns: Container[str]) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.casefold() in nouns


def _holder(tok: Any, nouns: Container[str]) -> Any | None:
    """The named site a place token is the town of: "the Blue Harbor restaurant in
    Riverton" (the prepositional phrase hung on the site), "on the Hillcrest Estate, in
    Leeds" (a placing phrase right after the site's, on the same head); not an
    unnamed one ("a base in northeast Syria": the town is the place's name as written)."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in SITE_PREPS:
        return None
    prep = tok.head
    if _site_noun(prep.head, nouns):
        return prep.head if _named(prep.head) else None
    before = [c for c in prep.head.children if c.dep_ == "prep" and c.i < prep.i]
    if before and before[-1].lower_ in SITE_PREPS:
        objs = [c for c in before[-1].children if c.dep_ == "pobj"]
        if objs and _site_noun(objs[0], nouns) and _named(objs[0]):
            return objs[0]
    return None


def site_of(doc: Any, event: Event, nouns: Container[str]) -> tuple[Place, str] | None:
    """The event's place with the site that holds it as its text ("the Blue Harbor
    restaurant in Riverton" named Riverton), with the reason; None where its place is not a
    town named inside a site phrase."""
    loc = event.location
    if loc is None or loc.feature == "site" or loc.end <= loc.start:
        return None
    tok = token_at(doc, loc.start, loc.end)
    if tok is None:
        return None
    site = _holder(tok, nouns)
    if site is None:
        return None
    start = doc[site.left_edge.i].idx
    if start >= loc.start:
        return None
    text = doc_text(doc)[start : loc.end]
    place = replace(loc, text=text, start=start, end=start + len(text), feature="site")
    return place, f"site {text!r} in {loc.name or loc.text}"


def name_sites(doc: Any, events: list[Event], nouns: Container[str]) -> None:
    """Give each event whose place is a town named inside a site phrase the site as its
    place's text (``site_of``), saying so in its ``place_rule``."""
    for event in events:
        hit = site_of(doc, event, nouns)
        if hit is not None:
            event.location = hit[0]
            event.place_rule = f"{event.place_rule}; {hit[1]}"


def _clause_heads(trigger: Any, light: Container[str]) -> set[Any]:
    heads = {trigger}
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "attr", "nsubj"):
        heads.add(trigger.head)  # "paid a visit to ...": the light verb's phrases
    if trigger.lemma_.casefold() in light:
        heads.update(c for c in trigger.children if c.dep_ == "dobj")
    return heads


def clause_site(
    doc: Any,
    event: Event,
    nouns: Container[str],
    on_site: Container[str],
    light: Container[str],
    verbal: Container[str],
    places: list[Place],
) -> tuple[Place, str] | None:
    """The named site the event's clause gives as its place ("met at the Grand Plaza Hotel",
    "stormed the Ramsey Air Base"), with the reason: a site noun written as a name, the
    object of a placing preposition on the trigger (or the light verb that carries it), or
    the object of a deed done on the ground (``on_site`` types). Its country is that of a
    place named inside it, else none. None where the clause names no site. (``verbal``: the
    statement types, whose object's phrases are what they are about.)"""
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    if trigger is None:
        return None
    deed = event.event.casefold() in on_site
    preps = _site_preps(event, verbal)
    heads = _clause_heads(trigger, light)
    if event.event.casefold() not in verbal:
        # "met the senator at the X guest house": the parser often hangs the place on the
        # object; of a statement the object is what it is about
        heads.update(c for c in trigger.children if c.dep_ == "dobj")
    for head in sorted(heads, key=lambda t: t.i):
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                objs = [c for c in child.children if c.dep_ == "pobj"]
                how = f"{child.lower_} "
            elif child.dep_ == "dobj" and deed and head.i == trigger.i:
                objs, how = [child], "object "
            else:
                continue
            for noun in objs:
                if _site_noun(noun, nouns) and _named(noun):
                    return _site_place(doc, noun, places, how)
    return None


def _site_preps(event: Event, verbal: Container[str]) -> frozenset[str]:
    """The prepositions that place an event at a site: not those its own lexicon row takes
    (the words of ``event.rule``, the row that coded it: "call on"), nor "on" for a
    statement (``verbal`` types: "remarked on the museum's plans" is what was said)."""
    row = {w for part in (event.rule or "").split(";") for w in part.split()}
    if event.event.casefold() in verbal:
        row |= VERB_PREPS
    return SITE_PREPS - (row & VERB_PREPS)


def _site_place(doc: Any, noun: Any, places: list[Place], how: str) -> tuple[Place, str]:
    start = doc[noun.left_edge.i].idx
    end = noun.idx + len(noun.text)
    text = doc_text(doc)[start:end]
    inside = [p for p in places if start <= p.start and p.end <= end and p.country]
    country = inside[0].country if inside else None
    source = f"{inside[0].text!r}" if inside else "none named in it"
    place = Place(text=text, start=start, end=end, name=text, country=country, feature="site")
    return place, f"site: {how}{text!r}, a site the gazetteer does not know (country: {source})"


#: the links a path from a gathering up to the act may climb: phrases and the infinitive
#: clauses that complete the act's object ("criticized the plan *to build* ...")
_GATHERING_PATH = frozenset({"prep", "pobj", "dobj", "xcomp", "acl", "compound", "conj"})
#: how many arcs a gathering may lie below the act
GATHERING_PATH = 12


def _object_controlled(verb: Any) -> bool:
    """Whether an infinitive tells what the object of the verb above it is to do ("urged
    *supporters* to march"), not a part of that object ("criticized *the plan to build*")."""
    up = verb.head
    while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
        up = up.head
    objects = [c for c in up.children if c.dep_ in ("dobj", "dative")]
    return any(not (o.left_edge.i <= verb.i <= o.right_edge.i) for o in objects)


def _below(tok: Any, top: Any) -> bool:
    """Whether ``tok`` hangs below ``top`` by phrases and subjectless infinitives only: the
    parse hangs "at a rally in X" on the last clause of a long object ("criticized the plan
    to build a dam on the river at a town hall in Akron"), where nobody but the speaker
    did anything at the rally. A clause with its own subject, a finite or reported clause,
    stops it ("said *he would build a dam at the site*")."""
    node = tok
    for _ in range(GATHERING_PATH):
        if node.i == top.i:
            return True
        if node.dep_ not in _GATHERING_PATH or node.head.i == node.i:
            return False
        if node.pos_ in ("VERB", "AUX") and (
            node.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        ):
            return False
        if node.pos_ in ("VERB", "AUX") and _object_controlled(node):
            return False  # "urged supporters *to march* at a rally": their act, not the call
        node = node.head
    return False


def _gathering(noun: Any, gatherings: Container[str]) -> bool:
    """A gathering noun, of one word ("rally") or two ("town hall")."""
    words = [noun.lemma_.casefold()]
    words += [f"{c.lower_} {words[0]}" for c in noun.children if c.dep_ == "compound"]
    return any(w in gatherings for w in words)


def _gathering_before(prep: Any, gatherings: Container[str]) -> Any | None:
    """The gathering of an "at" phrase right before ``prep`` on the same head: the parse
    hangs both phrases of "at a rally in Akron" on the verb."""
    before = [c for c in prep.head.children if c.dep_ == "prep" and c.i < prep.i]
    if not before or before[-1].lower_ != "at":
        return None
    objs = [c for c in before[-1].children if c.dep_ == "pobj"]
    return objs[0] if objs and _gathering(objs[0], gatherings) else None


def gathering_place(
    doc: Any,
    event: Event,
    places: dict[int, list[tuple[Place, Any]]],
    gatherings: Container[str],
    verbal: Container[str],
) -> tuple[Place, str] | None:
    """The town of a gathering ("at a rally in Akron", "at a Toledo town hall") that the parse
    hangs deep inside a statement's object: the statement was made there. Only a statement
    (``verbal`` types: said before people), only "at" a gathering (the ``occasion`` nouns),
    and only below the trigger by phrases and subjectless infinitives (``_below``)."""
    if event.event.casefold() not in verbal:
        return None
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    if trigger is None:
        return None
    for place, tok in places.get(sentence_ids(doc)[trigger.i], []):
        if place.feature == "country":
            continue
        noun = tok.head if tok.dep_ == "compound" else None
        if tok.dep_ == "pobj" and tok.head.lower_ == "in":
            noun = _gathering_before(tok.head, gatherings) or tok.head.head
        if noun is None or not _gathering(noun, gatherings):
            continue
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "at" or prep.head.i == trigger.i:
            continue  # on the trigger itself the clause rules decide
        if _below(prep.head, trigger):
            what = doc[noun.left_edge.i : noun.i + 1].text
            return place, f"gathering: at {what!r} in {place.text!r}, below the act"
    return None
