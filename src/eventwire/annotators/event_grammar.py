"""What the event rules read in a parse: the event type classes, the trigger match, and
the dependency-tree helpers every step shares (clause heads, conjuncts, argument phrases).

``Phrases`` tells an actor from a thing: which noun phrase heads can name a party, what a
quantity phrase is about, who is named inside an event noun's phrase. Its word classes
come from ``resources/events/grammar.txt`` (``actor_noun``, ``quantity``,
``leader_participle``, ``non_actor``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import ENT_TYPE, IS_STOP, IS_TITLE, LEMMA, LOWER, POS
from spacy.parts_of_speech import NAMES as POS_NAMES

from ..records import PLOVER_QUAD
from ..resources import table, word_sets
from . import Context, doc_children, per_doc
from .event_lexicon import Lexicon, Pattern

#: Types that are co-operative (intent to do them is AGREE; PLOVER quads 1-2) or hostile
#: (intent is THREATEN; quad 4, material conflict).
COOPERATIVE = frozenset(t for t, quad in PLOVER_QUAD.items() if quad in (1, 2))
HOSTILE = frozenset(t for t, quad in PLOVER_QUAD.items() if quad == 4)

# CAMEO 03x (intent to ...) and 13x (threaten to ...) by the type of the intended act,
# from resources/events/intent-cameo.tsv.
_INTENT_ROWS = table("events", "intent-cameo.tsv", columns=3)
AGREE_CAMEO = {row[0]: row[2] for row in _INTENT_ROWS if row[1] == "intent"}
THREATEN_FROM = {row[0]: (row[3], row[2]) for row in _INTENT_ROWS if row[1] == "threat"}
#: Hostile types whose future or intended act is a threat (those with a "threat" row); the
#: others (MOBILIZE) keep their type with status future.
THREATENED = HOSTILE & frozenset(THREATEN_FROM)

_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "pcomp", "attr"})
_SUBJECT_DEPS = ("nsubj", "csubj")
#: the statement types whose act is the speaking itself (a request, an accusation, a
#: rejection, a threat)
SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
_VERBAL_TYPES = SPEECH_ACTS | {"AGREE", "SUPPORT"}
_PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
_RECIPIENT_PREPS = (
    "to",
    "with",
    "against",
    "on",
    "upon",
    "at",
    "into",
    "toward",
    "towards",
    "from",
    "for",
    "over",
    "between",
    "in",
)
# Event types whose recipient, when no party is named, is the place where they happen.
_LOCAL_TYPES = frozenset(
    {"PROTEST", "COERCE", "ASSAULT", "CONCEDE", "RETREAT", "MOBILIZE", "AID", "SANCTION"}
)
_LOCATIVE = frozenset({"in", "at", "over", "from", "into"})
_LOCATION_PREPS = frozenset(
    {"in", "at", "into", "near", "outside", "throughout", "across", "inside", "from", "to"}
)
_ACTOR_ENT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_NAME_ENT_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC"})
#: entity types of a party an act may be brought against or a thing may belong to: a
#: person, a group or business, a state or its people (entity labels; not the event types
#: of ``event_parties``)
PARTY_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us"})


@dataclass
class Candidate:
    """A trigger token and the pattern it matched, with what later rules did to it."""

    tok: Any
    pat: Pattern
    event: str
    mode: str | None
    cameo: str | None
    rules: list[str] = field(default_factory=list)
    aux: list[str] = field(default_factory=list)
    absorbed_by: Candidate | None = None
    complement: Candidate | None = None
    actor_override: list[Any] | None = None  # argument head tokens set by a rule
    recipient_override: list[Any] | None = None
    speaker: Any = None  # subject token of the speech verb that reports it
    #: a trigger rule found the verb that performs the noun's act ("carried out an
    #: attack", "held on charges of"): the clause's subject is its actor
    performed: bool = False
    #: of those, a light verb performs it ("carried out an attack", "held talks")
    light: bool = False

    @property
    def is_noun(self) -> bool:
        return self.pat.pos == "n"


#: lower-cased lemmas by string id (``Token.lemma``): ``lemma_`` looks the string up and
#: copies it on every read, and the event rules ask for the same words' lemmas many
#: times an article; cleared when it holds more than ``_LEMMA_MEMORY`` words. Kept beside
#: ``LexicalView.lemma``: reading a token's lemma from its parse's view instead (one
#: ``per_doc`` look-up a call) made the annotators slower (benchmarks/throughput.py
#: --limit 40, best of 3 CPU ms an article: 49.4 -> 54.7)
_LEMMAS: dict[int, str] = {}
_LEMMA_MEMORY = 200_000


def _lemma(tok: Any) -> str:
    try:
        key = tok.lemma
    except AttributeError:  # a Span: no string id of its own
        return str(tok.lemma_).lower()
    word = _LEMMAS.get(key)
    if word is None:
        if len(_LEMMAS) > _LEMMA_MEMORY:
            _LEMMAS.clear()
        word = _LEMMAS[key] = str(tok.lemma_).lower()
    return word


def _reflexive(tok: Any) -> bool:
    """Whether a word is a reflexive pronoun ("itself", "herself", "themselves")."""
    return str(tok.lower_).endswith(("self", "selves"))


#: the morphological genders of a pronoun that stands for one person ("he", "her")
_PERSON_GENDERS = frozenset({"Masc", "Fem"})


def person_word(tok: Any, pronouns: frozenset[str] = frozenset()) -> bool:
    """Whether a noun phrase's head names one person: a name the entity tagger marks as a
    person's, a pronoun of a gender ("he", "her"; not "they" or "its", which stand as well
    for a group, a force or a thing) or one of ``pronouns`` a rule reads as a person's; not
    a place, a law, a group nor a common noun. The one test of a person word the event
    rules share."""
    if tok.pos_ == "PROPN":
        return tok.ent_type_ == "PERSON"
    if tok.pos_ != "PRON":
        return False
    return tok.lower_ in pronouns or bool(set(tok.morph.get("Gender")) & _PERSON_GENDERS)


#: the parts of speech a name the tagger missed is given (``LexicalView.name_like``)
_NAME_POS = frozenset({"NOUN", "ADJ", "PROPN", "X"})


class LexicalView:
    """The word-level attributes of every token of one parse, read once from its arrays:
    the lower-cased lemma (as ``_lemma``), the lower-cased form, the part of speech, the
    entity type and the stop-word flag. The steps that scan whole sentences (the
    sentence decision's features, the context cues, the speech verbs) read these lists
    instead of building every token of every sentence again."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.size = len(doc)
        strings = doc.vocab.strings
        self.lemma: list[str] = []
        self.lower: list[str] = []
        self.pos: list[str] = []
        self.ent: list[str] = []
        self.stop: list[bool] = []
        # a capitalised noun or adjective that is part of a person's name somewhere in the
        # parse: a name wherever it stands, also where the tagger took it for a common word
        # ("Trump said" at a sentence's start tagged as a noun); never a verb or a function
        # word ("will" stays a word beside a person called Will)
        self.name_like: list[bool] = []
        if not self.size:
            return
        # one list per attribute (a column's ``tolist`` is cheaper than the rows'), each
        # distinct string id looked up once
        lemmas, lowers, tags, ents, stops, titles = doc.to_array(
            [LEMMA, LOWER, POS, ENT_TYPE, IS_STOP, IS_TITLE]
        ).T.tolist()
        lemma_of = {k: str(strings[k]).lower() for k in set(lemmas)}
        form_of = {k: str(strings[k]) for k in set(lowers)}
        kind_of = {k: str(strings[k]) if k else "" for k in set(ents)}
        self.lemma = [lemma_of[k] for k in lemmas]
        self.lower = [form_of[k] for k in lowers]
        self.pos = [POS_NAMES[k] for k in tags]
        self.ent = [kind_of[k] for k in ents]
        self.stop = [bool(k) for k in stops]
        person = {f for f, e in zip(self.lower, self.ent, strict=True) if e == "PERSON"}
        self.name_like = [
            f in person and bool(t) and p in _NAME_POS
            for f, t, p in zip(self.lower, titles, self.pos, strict=True)
        ]


def lexical_view(doc: Any) -> LexicalView:
    """The ``LexicalView`` of a parse, built once while a thread works on that parse
    (the last one built is kept, one per thread: ``per_doc``)."""
    return per_doc("lexical_view", doc, LexicalView)


def campaign_article(doc: Any) -> bool:
    """Whether an article tells of a campaign: a word of class ``electioneering`` of
    ``object_classes.txt`` ("the campaign", "the election") anywhere in it; scanned once
    while a thread works on that parse (``per_doc``)."""
    return per_doc("campaign_article", doc, _has_campaign_word)


def _has_campaign_word(doc: Any) -> bool:
    campaign = word_sets("events", "object_classes.txt").get("electioneering", frozenset())
    return any(_lemma(t) in campaign for t in doc)


#: dependents that are clauses of their own: their words do not fill the head's pattern
_CLAUSAL_DEPS = frozenset({"xcomp", "ccomp", "advcl", "relcl", "acl", "parataxis"})


def _dep_words(tok: Any) -> set[str]:
    """Words that can satisfy a pattern's extra words: dependents and their objects
    (a new set; the words of each token are gathered once while a thread works on its
    doc, since the lexicon match and its passive reading both ask)."""
    kept = per_doc("dep_words", tok.doc, _no_dep_words)
    words = kept.get(tok.i)
    if words is None:
        words = kept[tok.i] = frozenset(_gather_dep_words(tok))
    return set(words)


def for_to_clause(clause: Any) -> bool:
    """Whether a clausal dependent is a "for … to" infinitive ("called for the mayor to
    resign", "pushed for the council to act"): its "for" is the governing verb's
    particle, its subject the one the verb addresses; on a noun, the parser's clause of
    a noun too ("amid calls for the mayor to resign": request19)."""
    kids = doc_children(clause.doc)[clause.i]
    noun_clause = clause.dep_ in ("acl", "relcl") and clause.head.pos_ == "NOUN"
    return (
        (clause.dep_ in ("advcl", "ccomp", "xcomp") or noun_clause)
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in kids)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
    )


def _no_dep_words(_doc: Any) -> dict[int, frozenset[str]]:
    """A new, empty map of a doc's tokens (by index) to their ``_dep_words``."""
    return {}


def _gather_dep_words(tok: Any) -> set[str]:
    words: set[str] = set()

    def add(t: Any) -> None:
        words.add(_lemma(t))
        words.add(str(t.lower_))

    kids = doc_children(tok.doc)
    for c in kids[tok.i]:
        if c.dep_ in ("punct", "cc", "conj", "nsubj", "nsubjpass", "mark", "aux", "auxpass"):
            continue
        if c.dep_ == "prep":
            if _time_adjunct(c, kids):
                continue  # "phoned the office on Monday": a time, no "call on" particle
            # a participle as preposition is its own word: "according to" names no accord
            # ("according to officials, the troops struck" is no "strike accord")
            words.add(str(c.lower_))
        else:
            add(c)
        if c.dep_ in _CLAUSAL_DEPS:
            if for_to_clause(c):
                words.add(FOR_TO)  # "called for the mayor to resign": the clause's "for"
            continue  # "phoned to praise them on …": the clause's "on" is not "call on"
        for g in kids[c.i]:
            if g.dep_ in ("pobj", "compound", "amod", "dobj", "prep", "prt", "nmod"):
                if not (g.dep_ == "prep" and c.dep_ == "oprd"):
                    add(g)  # "is called the Fund for Peace": the name's "for", no "call for"
                for gg in kids[g.i]:
                    if gg.dep_ in ("pobj", "compound"):
                        add(gg)
    # "go on strike", "put on alert": the head's own prepositional object counts too
    return words


def _time_adjunct(prep: Any, kids: Any) -> bool:
    """Whether a preposition's objects are all dates or times ("on Monday", "for weeks"):
    an adjunct of time, never the particle of a phrasal verb."""
    objs = [o for o in kids[prep.i] if o.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in TIME_ENTITIES for o in objs)


#: entity types of a date or a span of time (never an object, a party or a particle's object)
TIME_ENTITIES = frozenset({"DATE", "TIME"})


#: the mark of a "for … to" clause among a head's words: it stands for the row word "for"
#: only in rows flagged ``absorb`` ("pushed for the council to act" is "push for"; "prayed
#: for the storm to pass" is no "pray for": the clause is not the prayer's party)
FOR_TO = "for_to"
#: the word a lexicon row names for a speech verb's object-control infinitive ("told X to")
TO_INFINITIVE = "to_infinitive"
#: the word a lexicon row names for a speech verb's finite clause ("admitted that ...")
THAT_CLAUSE = "that_clause"


def _reported_predicate(tok: Any, lex: Lexicon) -> set[str]:
    """What a speech verb reports a party to be or to have done: "said (that) the senator
    was corrupt", '"He is a liar," she said', "argued that the agency overstepped". The
    words of the copula's predicate and of its modifiers ("a failed candidate"), or the
    clause's own verb, where the clause's subject can name a party (a name, a personal
    pronoun, an actor noun) and the clause is not negated; ``to_infinitive`` where the
    verb directs its object to act ("told the cadets to stand down"), ``that_clause``
    where it reports a clause at all ("admitted that the plan failed")."""
    out: set[str] = set()
    if _children(tok, "dobj") and any(
        _lemma(a) == "to" for x in _children(tok, "xcomp") for a in _children(x, "aux")
    ):
        out.add(TO_INFINITIVE)  # "told the cadets to stand down": a directive to them
    if _children(tok, "ccomp"):
        out.add(THAT_CLAUSE)  # "admitted that the plan failed", "assured him that ..."
    if _lemma(tok) not in lex.word_class("speech"):
        return out
    for c in _children(tok, "ccomp"):
        if _children(c, "neg"):
            out.add(f"-{_lemma(c)}")  # "said the minister did not lie": no accusation
            continue
        subj = _children(c, "nsubj")
        if not subj or not (
            subj[0].pos_ == "PROPN"
            or str(subj[0].lower_) in lex.word_class("personal_pronoun")
            or _lemma(subj[0]) in lex.word_class("actor_noun")
        ):
            continue
        if _lemma(c) != "be":
            out.add(_lemma(c))  # "said the minister lied"
            continue
        for pred in _children(c, "acomp", "attr"):
            for w in [pred, *_children(pred, "amod", "compound", "conj")]:
                out |= {_lemma(w), str(w.lower_)}
    return out


def _match(tok: Any, lex: Lexicon) -> Pattern | None:
    pos = tok.pos_
    if pos in ("VERB", "AUX"):
        keys = [(_lemma(tok), "v")]
        low = str(tok.lower_)
        # the lemmatizer sometimes misses ("staged" -> "stag"): try the plain word forms too
        for cut in (1, 2, 3):
            if low.endswith(("ed", "es", "ing")[cut - 1]) and len(low) > cut + 2:
                keys.append((low[:-cut], "v"))
        keys.append((low, "v"))
    elif pos in ("NOUN", "PROPN"):
        keys = [(_lemma(tok), "n"), (str(tok.lower_), "n")]
    elif pos == "ADJ" and tok.tag_ == "VBN":
        keys = [(_lemma(tok), "v")]
    else:
        return None
    words: set[str] | None = None
    for key in keys:
        index = lex.index(key)
        if index is None:
            continue
        if not index.pats[0].deps:
            return index.pats[0]
        if words is None:
            reported = _reported_predicate(tok, lex)
            denied = {w[1:] for w in reported if w.startswith("-")}
            words = (_dep_words(tok) | reported) - denied
        # the first pattern, in order, that fits: only those the words pick out can
        clause_for = words | {"for"} if FOR_TO in words else words
        for k in index.candidates(clause_for):
            pat = index.pats[k]
            if _fits(pat, clause_for if pat.absorb else words, lex):
                return pat
    return None


def _fits(pat: Pattern, words: set[str], lex: Lexicon) -> bool:
    """Whether every extra word of a pattern is among the words (none: it fits)."""
    for dep in pat.deps:
        if dep[:1] == "&":
            if not _has_word(dep, words, lex):
                return False
        elif dep not in words:
            return False
    return True


def _has_word(dep: str, words: set[str], lex: Lexicon) -> bool:
    """A pattern's required word is among the words; a ``&set`` needs all of one entry."""
    if not dep.startswith("&"):
        return dep in words
    entries = lex.word_sets[dep]
    return any(all(x in words for x in e) for w in words for e in entries.get(w, ()))


def _speech_source(tok: Any, speech: frozenset[str]) -> bool:
    """Whether a word names who reports ("..., police said", "police officials told
    reporters", "according to police"), not who acts: a source is no cue of the act."""
    t = tok
    while t.dep_ == "compound" and t.head != t:
        t = t.head
    if t.dep_ in _SUBJECT_DEPS and _lemma(t.head) in speech:
        return True
    head = t.head
    return t.dep_ == "pobj" and _lemma(head) == "to" and _lemma(head.head) == "accord"


#: entity kinds that name a time or a number, never who asks ("a request from 2019")
_NO_AGENT_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"})

#: the shortest abstract noun read by its suffix alone ("-ment", "-tion": class
#: ``abstract_suffix`` of ``object_classes.txt``)
_SUFFIX_MIN = 7


def abstract_by_suffix(lemma: str, suffixes: tuple[str, ...]) -> bool:
    """Whether a noun's lemma is long enough and ends with an abstract suffix."""
    return len(lemma) >= _SUFFIX_MIN and lemma.endswith(suffixes)


def _children(tok: Any, *deps: str) -> list[Any]:
    return [c for c in doc_children(tok.doc)[tok.i] if c.dep_ in deps]


def _aux_lemmas(tok: Any) -> set[str]:
    """Auxiliaries and modals of a verb, also those of a governing copula ("is willing to")."""
    out = {_lemma(c) for c in tok.children if c.dep_ in ("aux", "auxpass")}
    out |= {str(c.lower_) for c in tok.children if c.dep_ in ("aux", "auxpass")}
    return out


def _is_negated(tok: Any, lex: Lexicon) -> bool:
    neg = lex.word_class("negation")
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and str(c.lower_) in neg):
            return True
    return False


def _clause_head(tok: Any) -> Any:
    """The verb whose clause a noun trigger sits in (itself for a verb)."""
    t = tok
    hops = 0
    while t.pos_ not in ("VERB", "AUX") and t.head != t and hops < 6:
        t = t.head
        hops += 1
    return t


def _arg_tokens(head: Any) -> list[Any]:
    """The tokens of an argument phrase: the head and its dependents, not its conjuncts
    nor a preposition that takes a clause ("accused the governor of lying": the governor),
    nor a phrase set off by a comma ("the governor, under fire over the budget,")."""
    skip = {"conj", "cc", "punct", "relcl", "acl", "appos", "advcl", "preconj"}
    out = [head]
    stack = [
        c
        for c in head.children
        if c.dep_ not in skip
        and not (c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children))
        and not (c.dep_ == "prep" and c.i > head.i + 1 and c.doc[c.i - 1].text == ",")
    ]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "appos", "advcl"))
    return out


def _conjuncts(head: Any) -> list[Any]:
    """A phrase head and the heads coordinated with it ("Jordan and Britain")."""
    out = [head]
    for c in head.conjuncts:
        if c.pos_ in ("NOUN", "PROPN", "PRON") and c.i not in {t.i for t in out}:
            out.append(c)
    return sorted(out, key=lambda t: t.i)


def verb_doers(
    verb: Any,
    *,
    agent: str = "first",
    subject_deps: tuple[str, ...] = _SUBJECT_DEPS,
    relative: tuple[str, ...] = ("WDT", "WP"),
    climb: tuple[str, ...] = ("conj",),
    hops: int = 1,
    passive_stops: bool = False,
    relative_anywhere: bool = False,
    relcl_noun: bool = True,
    conjuncts: bool = False,
    after: int = 0,
) -> list[Any]:
    """The heads naming who does ``verb``: its "by" agent or its subject, else the subject
    it shares with the verb it hangs on through a ``climb`` dependency (a conjunct shares
    the first verb's, "recalled its envoy and closed"; a complement or an adverbial clause
    its governor's, "decided to close"), up to ``hops`` verbs up (0: this verb only), else
    the noun a relative clause describes ("the government, which closed ...").

    The options are the ways the event rules differ, each kept for a caller that needs it:

    - ``agent``: ``"first"``, a "by" agent before any subject, at every verb climbed
      ("was closed by the state"); ``"last"``, subjects only while climbing and then the
      verb's own agent (the evaluation rules: "met and wrongly dismissed" keeps the first
      verb's subject); ``"none"``, never an agent (a cause is what a subject names).
    - ``subject_deps``: the subject labels read (the evaluation rules read ``nsubj`` only).
    - ``relative``: tags of the relative pronoun that, as a relative clause's first
      subject, names no one: the clause's subjects are skipped ("the bomb that exploded").
    - ``relative_anywhere``: a subject with a ``relative`` tag is skipped in any clause
      (a free relative or question word, "what was planned", names no doer: the
      mission closures then seek one further up).
    - ``passive_stops``: a verb with a passive subject of its own shares no subject.
    - ``relcl_noun``: a relative clause's doer is the noun it describes.
    - ``conjuncts``: each agent or subject comes with the heads coordinated with it.
    - ``after``: subjects before this character offset are not read (a dateline's words).
    """
    tok = verb
    for _hop in range(hops + 1):
        agents = _agents(tok) if agent == "first" else []
        subjects = [
            s
            for s in _children(tok, *subject_deps)
            if s.idx >= after and not (relative_anywhere and s.tag_ in relative)
        ]
        if subjects and tok.dep_ == "relcl" and subjects[0].tag_ in relative:
            subjects = []
        if agents or subjects:
            heads = agents or subjects
            return [c for h in heads for c in (h, *h.conjuncts)] if conjuncts else heads
        if relcl_noun and tok.dep_ == "relcl":
            return [tok.head]
        if tok.dep_ not in climb or tok.head == tok:
            break
        if passive_stops and _children(tok, "nsubjpass"):
            break
        tok = tok.head
    return _agents(verb) if agent == "last" else []


def _agents(verb: Any) -> list[Any]:
    """The objects of a passive verb's "by" agent ("was closed by the board": the board)."""
    return [o for a in _children(verb, "agent") for o in _children(a, "pobj")]


def _of_object(tok: Any) -> Any:
    """The object of a phrase's "of" ("the return of UN inspectors" -> inspectors)."""
    for c in tok.children:
        if c.dep_ == "prep" and _lemma(c) == "of":
            for p in _children(c, "pobj"):
                return p
    return None


class Phrases:
    """Which noun phrases can be an event's parties, and who is named inside them."""

    def __init__(self, lex: Lexicon) -> None:
        self.quantity = lex.word_class("quantity")
        self.actor_nouns = lex.word_class("actor_noun")
        self.leader_participles = lex.word_class("leader_participle")
        self.non_actor = lex.word_class("non_actor")
        self.asking_nouns = lex.word_class("asking_noun")

    def core(self, tok: Any) -> Any:
        """The noun a quantity phrase is about: "dozens of protesters" -> protesters."""
        if _lemma(tok) in self.quantity or tok.pos_ == "NUM":
            for c in tok.children:
                if c.dep_ == "prep" and _lemma(c) == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return self.core(p)
        return tok

    def part_of_thing(self, tok: Any) -> bool:
        """Whether a quantity phrase measures a part of a thing ("much of it", "some of
        it"): a share of a sum or a stretch of land, never a party (a party is counted:
        "some of them")."""
        core = self.core(tok)
        return core.i != tok.i and core.pos_ == "PRON" and str(core.lower_) == "it"

    def actor_like(self, tok: Any, ctx: Context | None) -> bool:
        """Whether a noun phrase head can name an actor (an entity, a name, a group noun)."""
        if self.part_of_thing(tok):
            return False
        tok = self.core(tok)
        if ctx is not None and tok.i in ctx.token_entity:
            return True
        if tok.ent_type_ in _ACTOR_ENT_TYPES or tok.pos_ == "PROPN":
            return True
        for c in tok.children:
            # "the American chairman", "Iraqi officials": a nationality names the actor
            if (
                c.dep_ in ("amod", "compound", "nmod", "poss")
                and c.pos_ != "PRON"
                and (
                    (ctx is not None and c.i in ctx.token_entity)
                    or c.ent_type_ in ("NORP", "GPE", "ORG")
                )
            ):
                return True  # "its mission" is a thing of the actor's, not a party
        if tok.pos_ == "PRON" and str(tok.lower_) in _PRONOUNS:
            return True
        return _lemma(tok) in self.actor_nouns

    def names_party(self, tok: Any, ctx: Context) -> bool:
        """Whether a phrase head is itself a party (an entity, a name, a person pronoun, an
        actor noun), not a thing of one's ("the minister's emails" is a thing)."""
        if self.part_of_thing(tok):
            return False
        tok = self.core(tok)
        if tok.i in ctx.token_entity or tok.ent_type_ in _ACTOR_ENT_TYPES:
            return True
        if tok.pos_ == "PROPN" or (tok.pos_ == "PRON" and str(tok.lower_) in _PRONOUNS):
            return True
        return _lemma(tok) in self.actor_nouns

    def named(self, tok: Any, ctx: Context) -> bool:
        """Whether a phrase head names a resolved entity, a place or a proper name."""
        tok = self.core(tok)
        if tok.i in ctx.token_entity and ctx.analysis.entity(ctx.token_entity[tok.i]) is not None:
            ent = ctx.analysis.entity(ctx.token_entity[tok.i])
            if ent is not None and ent.code:
                return True
        if tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
            return True
        return any(
            c.dep_ in ("poss", "compound", "amod", "nmod")
            and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG"))
            for c in tok.children
        )

    def noun_agent(self, tok: Any) -> Any:
        """The actor named inside a noun phrase: possessor, "by", "-led", compound, nationality,
        and for a noun of asking (class ``asking_noun``) "from": "pleas from the farmers"."""
        for c in tok.children:
            if c.dep_ == "poss":
                return c
        agent_preps = ("by", "from") if _lemma(tok) in self.asking_nouns else ("by",)
        for c in tok.children:
            if c.dep_ == "prep" and _lemma(c) in agent_preps:
                for p in _children(c, "pobj"):
                    # "a request from 2019", "a plea from last week": a time, no asker
                    if _lemma(c) == "from" and p.ent_type_ in _NO_AGENT_ENTITIES:
                        continue
                    return p
        for c in tok.children:
            if c.dep_ == "amod" and _lemma(c) in self.leader_participles:
                for g in c.children:
                    if g.dep_ in ("npadvmod", "compound", "nmod") or g.pos_ == "PROPN":
                        return g
        for c in tok.children:
            if c.dep_ in ("compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE",)):
                return c
            if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"):
                return c
        return None

    def can_be_argument(self, tok: Any) -> bool:
        """Times, numbers, abstract heads and plain adjectives are never actors or recipients."""
        if self.core(tok) != tok or _lemma(tok) in self.quantity:
            return True  # "dozens of protesters", "thousands marched"
        if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY"):
            return False
        if tok.pos_ == "ADJ" and not tok.ent_type_:
            return False  # "called the plan reckless": a judgement, not a party ("Iraqi" is)
        return _lemma(tok) not in self.non_actor

    def generic_agent(self, tok: Any, agent_noun: bool = False) -> bool:
        """Whether a phrase head is a common noun for people or forces with no name in it
        ("police", "dozens of protesters"): such a party may take the country of the place
        its clause locates it in. A name ("Wrobel", "the Borovia Front fighters") or a
        pronoun never does: an unresolved name has no country to guess. ``agent_noun``:
        the actors annotator took the head for a kind of party (it gave it a sector)."""
        tok = self.core(tok)
        if tok.pos_ != "NOUN" or tok.ent_type_ in _NAME_ENT_TYPES:
            return False
        if not agent_noun and _lemma(tok) not in self.actor_nouns:
            return False
        return not any(
            c.dep_ in ("compound", "nmod", "poss", "amod", "appos")
            and (c.pos_ == "PROPN" or c.ent_type_ in _NAME_ENT_TYPES)
            for c in tok.children
        )


def modified_object(verb: Any) -> bool:
    """Whether the noun a verb's clause modifies is the verb's object: a relative clause
    with a subject of its own ("the deal she struck", "the report they released") or a
    reduced passive relative ("the emails released on Friday")."""
    if verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if verb.dep_ == "relcl":  # "the group which invested": the relative is the subject
        return any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)
    return verb.dep_ == "acl" and verb.tag_ == "VBN"
