"""Triggers read without their event sense: a verb whose event patterns take a party as
object, with only a thing of a listed class there ("released the emails", "met the
deadline", "gave a speech", and for an event noun its "of" phrase: "the release of the
emails"), rows of ``resources/events/senses.tsv`` over the noun classes of
``object_classes.txt``. A row may also name the verb of its to-infinitive ("sought to
calm", "declined to comment": ``to:CLASS``, ``to:*`` for any verb), the passive with no
one named who acts ("are allowed to leave": ``passive``), an agentless participle clause
on another verb or one whose asker is the press ("Asked about the plan, she said", "a
reporter asked him whether": ``adverbial``, the reporter's question, no request of a
party's), the interview's question rather than an act asked for ("was asked about the
budget", "was asked whether she would run", "was asked the same question", or only a
question quoted in the sentence, "'Why now?' she asked": ``question``),
any object at all for a verb whose event sense takes none ("demonstrated the
device": ``transitive``), the class of every noun its
phrases of direction name ("fired into the air": ``pp:CLASS``), the verb of the gerund
its "with" phrase takes ("charged the panel with reviewing the accounts": a task given,
``with:CLASS``), or, for an event noun, a bare "in" before it ("the office in charge of
the roads": ``in-phrase``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import ResourceError
from ..resources import table, word_sets
from .event_grammar import (
    _ACTOR_ENT_TYPES,
    TIME_ENTITIES,
    Candidate,
    Phrases,
    _lemma,
    modified_object,
)
from .event_precision_news import party_owned

if TYPE_CHECKING:
    from .event_lexicon import Lexicon

#: the row kinds that name a class after a colon
_KINDS = ("to", "pp", "with", "intransitive")
#: the row kinds that name no class
BARE_KINDS = (
    "to:*",
    "passive",
    "adverbial",
    "transitive",
    "question",
    "modifier",
    "intransitive",
    "in-phrase",
)


class Senses:
    """The rows of ``senses.tsv`` over the classes of ``object_classes.txt``."""

    def __init__(self, lex: Lexicon | None = None) -> None:
        # the lexicon spells out a pattern's word sets ("strike &deal_noun" names "deal");
        # without one the packaged lexicon does: a set's name is no word, and read as one
        # the set's own words would pass for objects the pattern does not name
        if lex is None:
            from .event_lexicon import load_lexicon

            lex = load_lexicon()
        self.lex = lex
        self.object_classes = word_sets("events", "object_classes.txt")
        self.senses: dict[str, set[str]] = {}
        for lemma, cls, *_ in table("events", "senses.tsv", columns=3):
            kind, _, named = cls.partition(":")
            name = named if named and kind in _KINDS else cls  # a bare "intransitive" too
            if name not in self.object_classes and cls not in BARE_KINDS:
                raise ResourceError(
                    f"resources/events/senses.tsv: object class {cls!r} (row {lemma!r}) is not "
                    f"a class of object_classes.txt; expected one of "
                    f"{', '.join(sorted(self.object_classes))}, 'to:' or 'pp:' before one "
                    "of them, or one of " + ", ".join(repr(b) for b in BARE_KINDS)
                )
            self.senses.setdefault(lemma, set()).add(cls)
        # quantity heads ("dozens of", "a handful of"): grammar class ``quantity``
        self.quantity = lex.word_class("quantity")
        # prepositions of direction: where a shot or a blow goes ("pp:" rows)
        self.direction = self.object_classes.get("direction", frozenset())
        # prepositions of a site: a noun right after one is where, not what ("transitive")
        self.site_prep = self.object_classes.get("site_preposition", frozenset())
        self.premises = self.object_classes.get("premises", frozenset())
        self.questions = _QuestionWords.of(self.object_classes)
        self.phrases = Phrases(lex)

    def lost(self, cand: Candidate) -> str | None:
        """The row of ``senses.tsv`` that reads the trigger without its event sense: its
        objects (direct, indirect, passive subject, or object of a preposition it governs)
        are all things of the row's classes. A pattern that names its own dependents
        ("call for", "fire &arms") is read only on a direct object it does not name
        ("called the meeting for Tuesday"), and on its phrases of direction."""
        tok = cand.tok
        if not cand.is_noun and cand.pat.deps:
            noun_sense = self._named_noun_sense(tok, self.lex.pattern_words(cand.pat))
            if noun_sense is not None:
                return noun_sense
        classes = self.senses.get(_lemma(tok))
        if not classes:
            return None
        if not cand.is_noun and not cand.pat.deps and self._no_object(tok, classes):
            # an ``intransitive`` row: a verb whose event sense takes an object has none
            # ("the polls opened", "returned to Washington"), checked before any recipient
            # or direction since a party after "to" is then where one goes
            return f"sense: {_lemma(tok)} + no object"
        if "transitive" not in classes and self._party_recipient(tok):
            # a thing offered to a state is a political offer; a verb whose event sense
            # takes no object shows to whoever it shows to ("demonstrated to the envoys")
            return None
        if cand.is_noun:  # "the release of the ledgers", "a probe into the walls"
            if "in-phrase" in classes and _bare_in_phrase(tok):
                return f"sense: in {_lemma(tok)}"  # "in charge of the roads"
            # "her refusal to comment"; never ``to:*`` ("the fight to retake the city")
            named = {c for c in classes if c != "to:*"}
            spoken = self._to_class(tok, _infinitives(tok, "acl"), named)
            if spoken is not None:
                return spoken
            if cand.pat.deps:
                return None
            objs = [
                o
                for prep in tok.children
                if prep.dep_ == "prep" and prep.lower_ in ("of", "into")
                for o in prep.children
                if o.dep_ == "pobj"
            ]
            if not objs:  # "the bridge's supports": the owner is what it holds up
                objs = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"]
            return self._things_of_class(tok, objs, classes)
        aimed = self._direction_sense(tok, classes)
        if aimed is not None:
            return aimed
        if cand.pat.deps:
            named = self.lex.pattern_words(cand.pat)
            if "to:*" in classes and any(_lemma(c) in named for c in _infinitives(tok, "xcomp")):
                # "ceased to work for the firm" is no "cease work": the named word is a verb
                return f"sense: {_lemma(tok)} + to-clause"
            if "passive" in classes and _agentless_passive(tok):
                return f"sense: {_lemma(tok)} + passive"  # "still credited for the dam"
            # the passive subject too: "the strays were rounded up" is no "round up" of people
            objs = _objects(tok)
            if not objs and modified_object(tok):
                objs = [tok.head]  # "the speech she gave in Ohio" is no "give in"
            return self._things_of_class(tok, [o for o in objs if _lemma(o) not in named], classes)
        clause = self._clause_sense(tok, classes)
        if clause is not None:
            return clause
        objs = _objects(tok)
        if not objs and modified_object(tok):
            objs = [tok.head]  # "the deal she struck", "the emails released by the campaign"
        things = [o for o in objs if not self._site(o)]
        if "transitive" in classes and (things or any(c.dep_ == "ccomp" for c in tok.children)):
            # "demonstrated the device", "demonstrated that it works": the protest sense
            # takes no object and no clause
            return f"sense: {_lemma(tok)} + object"
        if not objs:  # "seized on the remark": the object of its preposition
            for prep in tok.children:
                if prep.dep_ in ("prep", "prt"):
                    objs += [o for o in prep.children if o.dep_ == "pobj"]
        found = self._things_of_class(tok, objs, classes)
        if found is None and _shared_objects(tok):  # "a video recorded and released"
            found = self._things_of_class(tok, _shared_objects(tok), classes)
        return found

    def _party_recipient(self, verb: Any) -> bool:
        """Whether a "to" phrase on the verb names a party by name, an entity or a proper
        noun ("offered a package to the republic of Xland"): what goes to a state, an
        organisation or a person is a political offer, never trade ("offers services to
        farmers" stays trade: a common noun of people is a market)."""
        return any(
            self.phrases.core(o).ent_type_ in _ACTOR_ENT_TYPES
            or self.phrases.core(o).pos_ == "PROPN"
            for prep in verb.children
            if prep.dep_ in ("dative", "prep") and prep.lower_ == "to"
            for o in _children_pobj(prep)
        )

    def _site(self, obj: Any) -> bool:
        """Whether an object the parser gives a verb is the place where it happens: a
        place name, a noun of premises, or a noun right after a preposition of a site
        ("marched Sunday outside the palace": the palace is no thing shown)."""
        if obj.ent_type_ in ("GPE", "LOC", "FAC") or _lemma(obj) in self.premises:
            return True
        left = obj.left_edge  # the parser may even make the preposition the noun's own
        return left.lower_ in self.site_prep or (
            left.i > 0 and obj.doc[left.i - 1].lower_ in self.site_prep
        )

    def _named_noun_sense(self, tok: Any, named: frozenset[str]) -> str | None:
        """The row of the event noun a pattern names as its object, read on that noun's own
        "of"/"into" phrase: "opened a probe into the tunnel walls" is no investigation of
        a party ("open &inquiry" names the probe; the probe's row reads the walls)."""
        for obj in tok.children:
            if obj.dep_ != "dobj" or _lemma(obj) not in named:
                continue
            rows = self.senses.get(_lemma(obj))
            if not rows:
                continue
            # the phrase may hang on the verb ("widened its probe | into the engines")
            things = _of_into(obj) or [o for o in _of_into(tok) if o.i > obj.i]
            found = self._things_of_class(obj, things, rows)
            if found is not None:
                return found
        return None

    def _things_of_class(self, tok: Any, objs: list[Any], classes: set[str]) -> str | None:
        """The row whose classes hold every one of the trigger's objects (None if none):
        "charged customers a fee" takes two rows of one verb."""
        # "has battled for a decade for equality": a span of time tells how long, never
        # what the act was aimed at
        objs = [o for o in objs if o.ent_type_ not in TIME_ENTITIES]
        if not objs:
            return None
        found = []
        # "trashed dozens of stores": a quantity head stands for its "of" object
        objs = [next(iter(_of_into(o)), o) if _lemma(o) in self.quantity else o for o in objs]
        for obj in objs:
            cls = next(
                (
                    c
                    for c in sorted(classes)
                    if self._of_class(obj, c)
                    # "backed Russia's position": a named party's view backs the party
                    and not (c == "idea" and party_owned(obj))
                ),
                None,
            )
            if cls is None:
                return None
            found.append(cls)
        return f"sense: {_lemma(tok)} + {'+'.join(dict.fromkeys(found))}"

    def _of_class(self, obj: Any, cls: str) -> bool:
        """Whether an object is a thing of a class: a common noun of its words, or for
        ``sum`` any amount of money ("charges $20 a ticket")."""
        if cls == "sum" and obj.ent_type_ == "MONEY":
            return True
        return obj.pos_ == "NOUN" and _lemma(obj) in self.object_classes.get(cls, ())

    def _direction_sense(self, tok: Any, classes: set[str]) -> str | None:
        """The ``pp:`` rows: every phrase of direction on the verb names a thing of the
        row's class ("fired into the air", "shot in the air"), not a target."""
        rows = [c[3:] for c in classes if c.startswith("pp:")]
        if not rows:
            return None
        aims = [
            o
            for prep in tok.children
            if prep.dep_ == "prep" and _lemma(prep) in self.direction
            for o in prep.children
            if o.dep_ == "pobj"
        ]
        for cls in sorted(rows):
            words = self.object_classes.get(cls, frozenset())
            if aims and all(_lemma(o) in words for o in aims):
                return f"sense: {_lemma(tok)} + pp:{cls}"
        return None

    def _no_object(self, tok: Any, classes: set[str]) -> bool:
        """The ``intransitive`` rows: the verb has no object, passive subject or modified
        noun, and (``intransitive:CLASS``) its own subject is no thing of the class that
        the event sense acts on ("the pass opened to lorries" keeps its event)."""
        rows = [c for c in classes if c.split(":", 1)[0] == "intransitive"]
        if not rows or _objects(tok) or _shared_objects(tok) or modified_object(tok):
            return False
        kept = frozenset().union(*(self.object_classes.get(c[13:], ()) for c in rows))
        return not any(_lemma(s) in kept for s in tok.children if s.dep_ == "nsubj")

    def _press_asks(self, verb: Any) -> bool:
        """Whether the one who asks is the press (class ``press``), as subject or in the
        "by" phrase: "a reporter asked him whether", "was asked by journalists about"."""
        askers = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
        askers = [o for c in askers for o in ([c] if c.dep_ == "nsubj" else _children_pobj(c))]
        press = self.object_classes.get("press", frozenset())
        return bool(askers) and all(_lemma(a) in press for a in askers)

    def _clause_sense(self, tok: Any, classes: set[str]) -> str | None:
        """The ``to:``, ``passive`` and ``adverbial`` rows: the verb's to-infinitive is of
        the row's class ("declined to comment", "sought to calm"), the verb is passive with
        no "by" phrase ("are allowed to leave": no one named grants it), or it heads an
        agentless participle clause ("Asked about the plan, she said")."""
        if "adverbial" in classes and _agentless_participle_clause(tok):
            return f"sense: {_lemma(tok)} + adverbial"
        if "adverbial" in classes and self._press_asks(tok):
            return f"sense: {_lemma(tok)} + press"
        if "passive" in classes and _agentless_passive(tok):
            return f"sense: {_lemma(tok)} + passive"
        if "question" in classes and self.questions.put(tok):
            return f"sense: {_lemma(tok)} + question"
        # "sought-after", "pledged delegates": the verb as a modifier names no act
        if ("to:*" in classes or "modifier" in classes) and tok.dep_ == "amod":
            return f"sense: {_lemma(tok)} + modifier"
        to_clause = self._to_class(tok, _infinitives(tok, "xcomp"), classes)
        if to_clause is not None:
            return to_clause
        for comp in _with_gerunds(tok):
            for cls in sorted(c for c in classes if c.startswith("with:")):
                if _verb_forms(comp) & self.object_classes.get(cls[5:], frozenset()):
                    return f"sense: {_lemma(tok)} + {cls}"
        return None

    def _to_class(self, tok: Any, comps: list[Any], classes: set[str]) -> str | None:
        """The ``to:`` row whose class holds the verb of one of the trigger's
        to-infinitives ("declined to comment", "her refusal to comment"), or ``to:*``."""
        for comp in comps:
            if "to:*" in classes:
                return f"sense: {_lemma(tok)} + to-clause"
            for cls in sorted(c for c in classes if c.startswith("to:")):
                if _lemma(comp) in self.object_classes.get(cls[3:], frozenset()):
                    return f"sense: {_lemma(tok)} + {cls}"
        return None


@dataclass(frozen=True)
class _QuestionWords:
    """The classes of ``object_classes.txt`` that tell a question put from an act asked for."""

    topic: frozenset[str]  # ``question_topic``: "was asked about the budget"
    opener: frozenset[str]  # ``question_word``: "asked whether", "asked how"
    noun: frozenset[str]  # ``question_noun``: "was asked the same question"

    @classmethod
    def of(cls, classes: dict[str, frozenset[str]]) -> _QuestionWords:
        """The three classes as the file gives them."""
        names = ("question_topic", "question_word", "question_noun")
        return cls(*(classes.get(n, frozenset()) for n in names))

    def put(self, verb: Any) -> bool:
        """Whether a verb of asking puts the interview's question rather than asking for an
        act: in the passive with no one named who asks (or modifying a question: "questions
        asked of the finalists"), no to-infinitive, no "for" phrase and no "that" clause of
        what is to be done ("was asked to resign", "was asked for help"), but a phrase of its
        topic ("was asked about the budget"), an indirect question ("was asked whether she
        would run") or a question as its object ("was asked the same question"). A party that
        asks is making an inquiry of another and stays ("two senators asked whether the agency
        shared its files", "the ministry asked the embassy about the detainee"); so does the
        polite request "was asked if he would attend". An active verb that only
        introduces a quoted question, with no one it is put to, puts a question too."""
        if verb.dep_ == "acl" and _lemma(verb.head) in self.noun:
            return True
        if _quoted_question(verb):
            return True
        if not _agentless_passive(verb):
            return False
        kids = list(verb.children)
        if any(
            c.dep_ == "xcomp" or (c.dep_ in ("prep", "prt") and c.lower_ == "for") for c in kids
        ):
            return False
        clauses = [c for c in kids if c.dep_ in ("ccomp", "advcl")]
        if any(not self._indirect_question(c) for c in clauses):
            return False
        return (
            bool(clauses)
            or any(c.dep_ == "prep" and c.lower_ in self.topic for c in kids)
            or any(_lemma(o) in self.noun for o in _objects(verb))
        )

    def _indirect_question(self, clause: Any) -> bool:
        """Whether a clause is a question: quoted with its question mark, opened by "whether"
        or a wh-word, or by "if" without the would-you of a polite request ("asked him if he
        would attend")."""
        first = clause.left_edge.lower_
        if first in self.opener or any(w.text == "?" for w in clause.subtree):
            return True
        if first != "if":
            return False
        return not any(
            c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "can")
            for c in clause.children
        )


def _quoted_question(verb: Any) -> bool:
    """Whether an active verb of asking only introduces a question quoted in its sentence
    ("'Why now?' she asked", "he asked, 'With what money?'"): no one it is put to (no
    object), nothing asked for (no to-infinitive, no "for" or "of" phrase, no clause of its
    own but the quotation: "asked whether the agency kept its files" is an inquiry), and a
    question mark with quotation marks in the sentence. A quotation the parser split off
    into sentences of their own before the verb's counts only when it is a bare quotation
    (its opening mark starts a sentence, no "X said:" before it). A speaker's question
    is a plain reporting verb (NEWS-GUIDELINES), no request of a party."""
    if _agentless_passive(verb) or _objects(verb):
        return False
    for c in verb.children:
        if c.dep_ in ("xcomp", "dative") or (
            c.dep_ in ("prep", "prt") and c.lower_ in ("for", "of")
        ):
            return False
        if c.dep_ == "ccomp" and not any(t.is_quote for t in c.subtree):
            return False
    sent = verb.sent
    doc = sent.doc
    words = list(sent)
    if sent.start > 0 and doc[sent.start - 1].is_quote:
        opening = _opening_quote(doc, sent.start - 1)
        if opening is not None and opening.is_sent_start:  # a bare quotation before it
            words = list(doc[opening.i : sent.end])
    return any(t.text == "?" for t in words) and any(t.is_quote for t in words)


def _opening_quote(doc: Any, closing: int) -> Any | None:
    """The quotation mark that opens the quotation closed at token ``closing``: the
    nearest quotation mark before it, which may lie sentences back when the quotation
    runs over several ("'Why wait? Who pays?' she asked")."""
    for i in range(closing - 1, -1, -1):
        if doc[i].is_quote:
            return doc[i]
    return None


def _agentless_passive(tok: Any) -> bool:
    """Whether a verb is passive with no "by" phrase ("are allowed to leave")."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    return passive and not any(c.dep_ == "agent" for c in tok.children)


def _objects(verb: Any) -> list[Any]:
    """A verb's direct and indirect objects and its passive subject; a "to" phrase the
    parser calls a dative ("offered products to farmers") names the recipient, not what
    is given, and is left out."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "dative" and c.pos_ != "ADP")
    ]


def _shared_objects(verb: Any) -> list[Any]:
    """The objects a conjoined verb shares with the verb it is joined to ("were seized and
    freed": the captives seized are the ones freed; "caught and freed two fish"): its
    head's objects and passive subject, when it has no object and no subject of its own
    ("troops seized the port, and the studio released on Friday" shares nothing)."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or _objects(verb):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    return _objects(verb.head)


def _of_into(tok: Any) -> list[Any]:
    """The objects of a word's "of" and "into" phrases ("a probe of/into the walls")."""
    return [
        o
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "into")
        for o in prep.children
        if o.dep_ == "pobj"
    ]


def _children_pobj(prep: Any) -> list[Any]:
    """The objects of a preposition or a "by" phrase."""
    return [o for o in prep.children if o.dep_ == "pobj"]


def _with_gerunds(verb: Any) -> list[Any]:
    """The gerunds a verb's "with" phrases take ("charged the panel with reviewing"; the
    parser may read the gerund as a noun, the object of "with")."""
    return [
        g
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for g in prep.children
        if g.dep_ in ("pcomp", "pobj") and str(g.lower_).endswith("ing")
    ]


def _verb_forms(gerund: Any) -> set[str]:
    """The verbs an -ing form may be of ("verifying" -> verify, "planning" -> plan,
    "examining" -> examine): its lemma, the stem, the stem with "e", the stem undoubled."""
    stem = str(gerund.lower_)[:-3]
    return {_lemma(gerund), stem, stem + "e", stem[:-1]}


def _bare_in_phrase(noun: Any) -> bool:
    """Whether a noun is the object of "in" with no determiner or owner of its own ("in
    charge of the roads", "put in charge"): an idiom of the state one is in, no act."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children)
    )


def _infinitives(tok: Any, dep: str) -> list[Any]:
    """The to-infinitives a word governs under ``dep``: a verb's ``xcomp`` ("sought to
    calm", "ceased to work"), an event noun's ``acl`` ("her refusal to comment")."""
    return [
        comp
        for comp in tok.children
        if comp.dep_ == dep
        and comp.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)
    ]


def _agentless_participle_clause(verb: Any) -> bool:
    """Whether a verb is a past participle heading an adverbial clause with no subject and
    no "by" phrase: "Asked about the plan, she said", "When pressed, he declined" (the
    parser may tag the subjectless participle as a past tense)."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "advcl":
        return False
    return not any(c.dep_ in ("agent", "nsubj", "nsubjpass", "auxpass") for c in verb.children)
