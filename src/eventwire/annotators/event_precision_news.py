"""Precision rules for ordinary political news: campaign talk that reads like an act.

Four constructions of campaign reporting put a trigger word where no political act of
the PLOVER types is reported (``../shared/eval/events/NEWS-GUIDELINES.md``):

- a vote cast or withheld for a candidate or a party by name ("said she would vote for
  Smith", "won't back him at the polls"): a voter's preference, however prominent the voter
  (the guidelines: "vote counts, voter preferences" are no event; a delegation's votes
  for a candidate neither). A vote for or against a bill or a measure is left alone;
- a campaign's own rally ("spoke at a campaign rally", "held campaign rallies", "was
  rallying for the candidate"): the guidelines say a candidate holding a rally is no
  PROTEST; the rally is a campaign's when a word of electioneering (class
  ``electioneering`` of ``object_classes.txt``) modifies it or it is held for a person;
- a question put, not a request ("asked the crowd: 'Why should we …?'", "'… ?' he
  asked"): CAMEO 020 "ask" is an appeal for something; a quoted question, often a
  rhetorical one, appeals for nothing;
- support for an idea, not a party ("his support for a conspiracy theory", "champion
  free-market positions"): PLOVER SUPPORT is toward an actor; an idea, a cause or a
  position held (class ``idea``) is an opinion, which the guidelines leave unlabelled;
  and support of oneself ("to defend itself", "forgave himself") backs no other party.

More read a trigger in its other sense: "call" with a direct object names or phones
("calls the plan 'reckless'"), it does not call for anything; a march to a contest's
prize ("her march to the presidency") is no demonstration; an attack on a record, a
text, an idea or a remark (class ``conduct`` and the thing classes) is criticism, not an
assault; "recognize that", "defend against" with no one defended, and "agree that" with
a clause of what is so or ought to be (``other_sense``). A gerund as the subject of a
forecast ("banning imports would hurt farmers") weighs a kind of act that no one is
reported doing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..records import Event
from . import doc_text
from .actor_coding.place_names import last_names
from .event_grammar import (
    Candidate,
    _conjuncts,
    _lemma,
    _reflexive,
    campaign_article,
    person_word,
)
from .event_lead import headline_end
from .event_precision_public import PublicPrecision
from .event_precision_rallies import unowned_campaign_rally
from .event_precision_support import SupportPrecision

if TYPE_CHECKING:
    from .event_lexicon import Lexicon

#: what a copular clause predicates of its subject ("are independent states", "is legitimate")
_PREDICATE = frozenset({"attr", "acomp", "oprd"})
#: the marks that open or close a quotation
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})
#: the pronouns of a person, as subject or object (English personal pronouns; "it" names
#: a thing, and "they" and "we" as subjects may name a group)
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "him", "her", "them"})
#: the modals of a forecast or a possibility ("would hurt", "will bring", "could cost")
_FORECAST = frozenset({"would", "will", "could", "can", "might", "may", "should", "'ll", "'d"})


#: the classes of ``object_classes.txt`` of what is said or thought: what one agrees with
#: as a view ("agreed with the assessment/the idea/his remarks")
_VIEW_CLASSES = ("answer", "idea", "speech", "conduct")


class NewsPrecision:
    """Why a proposed event of campaign reporting is none (see the module's text)."""

    def __init__(self, lex: Lexicon, object_classes: dict[str, frozenset[str]]) -> None:
        self.electioneering = object_classes.get("electioneering", frozenset())
        self.idea = object_classes.get("idea", frozenset())
        # the nouns of support a verb may take ("voiced support for", "expressed backing for")
        self.support_nouns = object_classes.get("support_noun", frozenset())
        self.contest = object_classes.get("contest", frozenset())
        self.candidate = object_classes.get("candidate", frozenset())
        self.public = PublicPrecision(
            lex, object_classes, idea=self.idea, support_nouns=self.support_nouns
        )
        self.support = SupportPrecision(lex, object_classes)
        self.protest_purpose = object_classes.get("protest_purpose", frozenset())
        self.gatherings = object_classes.get("campaign_gathering", frozenset())
        self.address_verbs = lex.word_class("address_verb")
        self.titles = lex.word_class("actor_noun")
        self.proposals = lex.word_class("proposal_cue")
        self.agreed_act = object_classes.get("agreed_act", frozenset())
        self.statehood = object_classes.get("statehood", frozenset())
        self.purpose = object_classes.get("purpose", frozenset())
        self.pledge_noun = object_classes.get("pledge_noun", frozenset())
        # what a verbal attack is about: a record or conduct, a text, an idea, a remark
        self.topic = frozenset().union(
            *(object_classes.get(c, frozenset()) for c in ("conduct", "document", "idea", "speech"))
        )
        # what one agrees with as a view (_VIEW_CLASSES), built once
        self.views = frozenset().union(*(object_classes.get(c, frozenset()) for c in _VIEW_CLASSES))

    def why(self, cand: Candidate, event: Event, sent: Any) -> str | None:
        """The construction that makes the proposal no event, or None."""
        if self.vote_for_person(cand):
            return "vote for a person"
        if cand.is_noun and event.event in ("CONSULT", "PROTEST") and self.gathering_told(cand):
            return "gathering addressed"
        if event.event == "PROTEST" and self.campaign_rally(cand):
            return "campaign rally"
        if event.event == "PROTEST" and unowned_campaign_rally(cand, self.gatherings):
            return "campaign rally, unowned"
        if event.event == "REQUEST" and self.question_asked(cand, sent):
            return "question asked"
        if event.event == "SUPPORT" and self.idea_supported(cand):
            return "support for an idea"
        if event.event == "SUPPORT" and self.self_support(cand):
            return "support of oneself"
        if event.event == "SUPPORT" and self.partyless_support(cand, event):
            return "support by and of no party"
        public = self.public.why(cand, event) or self.support.why(cand, event)
        if public is not None:
            return public
        if event.event == "REQUEST" and self.call_named(cand):
            return "call as naming"
        if event.event == "PROTEST" and self.march_to_contest(cand):
            return "march to a contest"
        if event.event == "ASSAULT" and self.attack_on_conduct(cand):
            return "attack on a record"
        if self.judged_gerund(cand):
            return "kind of act judged"
        if self.thing_purpose(cand):
            return "purpose of a thing"
        if event.event == "AGREE" and self.pledge_record(cand):
            return "record of pledges"
        return self.other_sense(cand, event)

    def gathering_told(self, cand: Candidate) -> bool:
        """Whether a meeting or rally noun is the object of a verb of speaking to a gathering
        (grammar class ``address_verb``): "told the annual meeting", "addressed the
        summit" name the audience of a speech; "told reporters after the meeting" does not."""
        tok = cand.tok
        return tok.dep_ in ("dobj", "dative") and _lemma(tok.head) in self.address_verbs

    @staticmethod
    def judged_gerund(cand: Candidate) -> bool:
        """Whether the trigger is a gerund with no doer of its own as the subject of a
        forecast: "banning imports would hurt farmers", "sealing the border is going to
        cut rents" weigh a kind of act, done by no one (the gerund counterpart of
        ``Precision.generic_act``); "expelling the diplomats was a mistake" judges an act
        done, and stays."""
        tok = cand.tok
        if cand.is_noun or tok.tag_ != "VBG" or tok.dep_ != "csubj":
            return False
        if any(c.dep_ in ("nsubj", "poss", "agent") for c in tok.children):
            return False
        gov = tok.head
        auxes = {_lemma(a) for a in gov.children if a.dep_ == "aux"}
        if auxes & _FORECAST:
            return True
        # "is going to cut": the future of "go"
        return _lemma(gov) == "go" and any(c.dep_ == "xcomp" for c in gov.children)

    def pledge_record(self, cand: Candidate) -> bool:
        """Whether a noun of pledges (class ``pledge_noun``) is plural and owned by its
        maker: "his promises to cut taxes", "the mayor's pledges to build schools" name a
        record of pledges, no pledge made; "her promise to resign" (one pledge) stays."""
        tok = cand.tok
        if not cand.is_noun or tok.tag_ != "NNS" or _lemma(tok) not in self.pledge_noun:
            return False
        return any(c.dep_ == "poss" for c in tok.children)

    def thing_purpose(self, cand: Candidate) -> bool:
        """Whether the trigger is the to-infinitive of a passive verb of purpose (class
        ``purpose``) over a common noun, or that verb itself: "the program is designed to
        help farmers", "the drones are intended to attack ships" tell what a thing is
        for, no act done; "the envoy was sent to meet" (no verb of purpose) and "Russia
        is determined to" (a party named) stay."""
        tok = cand.tok
        if cand.is_noun:
            return False
        if _lemma(tok) in self.purpose and any(c.dep_ == "xcomp" for c in tok.children):
            gov = tok  # "the drones are intended to attack": the purpose verb as trigger
        elif tok.dep_ == "xcomp" and _lemma(tok.head) in self.purpose:
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                return False
            gov = tok.head
        else:
            return False
        things = [c for c in gov.children if c.dep_ == "nsubjpass"]
        return bool(things) and all(t.pos_ == "NOUN" and not t.ent_type_ for t in things)

    def other_sense(self, cand: Candidate, event: Event) -> str | None:
        """A verb in its everyday sense: "recognize that ..." (to see it is so, not
        CAMEO 054 recognition), "defend against aggression" with no one defended (a
        defence, not CAMEO 051 support), "agreed that new deals were needed" (an opinion
        shared, not CAMEO 030), "pleaded not guilty" (no CONCEDE "admit")."""
        tok = cand.tok
        if cand.is_noun:
            return None
        lemma = _lemma(tok)
        kids = list(tok.children)
        objects = [c for c in kids if c.dep_ == "dobj"]
        if lemma in ("recognize", "recognise") and not objects:
            clauses = [c for c in kids if c.dep_ == "ccomp"]
            # "recognized that the republics are independent states": a recognition of
            # statehood or legitimacy (CAMEO 054), not a thing seen
            predicates = [p for c in clauses for p in c.children if p.dep_ in _PREDICATE]
            if clauses and not any(
                _lemma(w) in self.statehood for p in predicates for w in p.subtree
            ):
                return "recognize that: to see"
        if lemma == "defend" and not objects:
            if any(c.dep_ == "prep" and c.lower_ == "against" for c in kids):
                return "defend against: a defence"
        if event.event == "AGREE" and lemma == "agree" and self._opinion_shared(tok):
            return "agree that: an opinion"
        if event.event == "AGREE" and lemma == "agree" and _agreed_with(tok, self.views):
            return "agree with: an opinion"
        if (
            event.event == "AGREE"
            and lemma == "agree"
            and _concurred(tok, self.titles, self.proposals)
        ):
            return "agreed: an opinion shared"
        if event.event == "CONSULT" and lemma == "discuss" and _topic_discussed(tok):
            return "discussed: a topic spoken of"
        if event.event == "CONCEDE" and lemma in ("admit", "acknowledge") and _other_judged(tok):
            return "acknowledged: a judgement of another"
        if lemma == "plead" and any(
            c.lower_ == "guilty" and any(n.dep_ == "neg" for n in c.children) for c in kids
        ):
            return "pleaded not guilty: no admission"  # a plea entered, conceding nothing
        return None

    def _opinion_shared(self, tok: Any) -> bool:
        """Whether "agree" takes only a that-clause stating what is so or ought to be
        ("agreed that buses were needed", "agree that fees should be set by the
        towns"), with no party agreed with and nothing agreed to do."""
        kids = list(tok.children)
        if any(
            c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("with", "to", "on"))
            for c in kids
        ):
            return False
        clauses = [c for c in kids if c.dep_ == "ccomp"]
        if not clauses:
            return False
        for clause in clauses:
            aux = {_lemma(a) for a in clause.children if a.dep_ in ("aux", "auxpass")}
            passive = any(a.dep_ == "auxpass" for a in clause.children)
            copula = _lemma(clause) == "be" or any(a.dep_ == "cop" for a in clause.children)
            if not (passive or copula or aux & {"should", "must", "need"}):
                return False
            if aux & {"will", "would", "shall"}:
                return False  # "agreed that talks would resume": a commitment
            if _lemma(clause) in self.agreed_act:
                return False  # "agreed that prisoners should be exchanged": an act agreed
        return True

    @staticmethod
    def call_named(cand: Candidate) -> bool:
        """Whether "call" takes a direct object and no to-infinitive: "calls the plan
        'reckless'", "called the senator a liar", "called him for an interview" name or
        phone; "call for" (CAMEO 020) takes no direct object ("called for an end to")."""
        tok = cand.tok
        if cand.is_noun or _lemma(tok) != "call":
            return False
        if any(c.dep_ == "xcomp" for c in tok.children):
            return False  # "called the council to act": a demand
        return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in tok.children)

    def march_to_contest(self, cand: Candidate) -> bool:
        """Whether a march goes to a contest's prize ("her march to the presidency",
        "marched to victory"), not to a place of protest."""
        tok = cand.tok
        if _lemma(tok) != "march":
            return False
        holders = [tok]
        if cand.is_noun and tok.dep_ == "dobj":
            holders.append(tok.head)  # "stalled her march to victory"
        goals = [
            o
            for holder in holders
            for prep in holder.children
            if prep.dep_ == "prep" and prep.lower_ in ("to", "toward", "towards")
            for o in prep.children
            if o.dep_ == "pobj"
        ]
        return bool(goals) and all(_lemma(o) in self.contest for o in goals)

    def attack_on_conduct(self, cand: Candidate) -> bool:
        """Whether the noun "attack" is about a record, a text, an idea or a remark ("the
        attacks on his business record", "attacks about his voting history"): words, not
        force (CAMEO 111 criticise, not 190); it is no assault."""
        tok = cand.tok
        if not cand.is_noun or _lemma(tok) != "attack":
            return False
        topics = [
            o
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ in ("on", "about", "over")
            for o in prep.children
            if o.dep_ == "pobj"
        ]
        return bool(topics) and all(_lemma(o) in self.topic for o in topics)

    def vote_for_person(self, cand: Candidate) -> bool:
        """Whether the trigger is "vote" (verb or noun) whose every "for" object is a
        person ("vote for Smith", "voting for him")."""
        tok = cand.tok
        if _lemma(tok) != "vote":
            return False
        objects = [
            o
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ == "for"
            for o in prep.children
            if o.dep_ == "pobj"
        ]
        # a name the tagger calls an organisation may be a surname or a bill ("voted for
        # Obamacare"): a preference only where the vote is one stated ("would vote for")
        stated = any(c.dep_ == "aux" and _lemma(c) in _FORECAST for c in tok.children)
        return bool(objects) and all(
            _person(o) or (stated and _name(o)) or _lemma(o) in self.candidate for o in objects
        )

    def campaign_rally(self, cand: Candidate) -> bool:
        """Whether the PROTEST trigger is, or holds, a rally of a campaign: a word of
        electioneering on the rally noun ("a campaign rally"), a rally one person owns
        ("his rally", "the candidate's rally"), or a rally for a person
        ("rallying for the candidate", "a rally for Smith"). A rally held for a place ("rallied
        for Gaza") or to demand, protest or denounce something is a protest whatever its
        name ("an election rally to demand a caretaker government")."""
        tok = cand.tok
        rallies = [tok] if tok.pos_ in ("NOUN", "VERB") else []
        rallies += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if self._protest_purpose([tok, *rallies, tok.head]):
            return False
        for rally in rallies:
            if any(
                c.dep_ in ("compound", "amod", "nmod") and _lemma(c) in self.electioneering
                for c in rally.children
            ):
                return True
            if rally.pos_ == "NOUN" and self._one_persons(rally):
                return True
            for prep in rally.children:
                if prep.dep_ == "prep" and prep.lower_ == "for":
                    if any(
                        o.dep_ == "pobj" and (_person(o) or _lemma(o) in self.candidate)
                        for o in prep.children
                    ):
                        return True
        return False

    def _one_persons(self, rally: Any) -> bool:
        """Whether a rally noun is one person's, owned by a pronoun for one or by a
        candidate ("his rally", "the candidate's rally"), or by a person's name in an
        article about a campaign (:meth:`_named_in_campaign`): a candidate's appearance
        before supporters, which NEWS-GUIDELINES.md does not code as PROTEST. A crowd's
        or a movement's rally ("their rally", "the union's rally") stays."""
        for c in rally.children:
            if c.dep_ == "poss" and (c.lower_ in ("his", "her") or _lemma(c) in self.candidate):
                return True
        return self._named_in_campaign(rally)

    def _named_in_campaign(self, rally: Any) -> bool:
        """Whether a rally noun is owned by a person's name ("Smith's rally", "a Smith
        rally"): one the parser tags as a person's, or the last word of a person's full
        name elsewhere in the article (``place_names.last_names``; the small parser often
        tags a surname alone as an organisation), in an article that reports a campaign
        (``event_grammar.campaign_article``: a word of class ``electioneering`` in its
        text): in election coverage the named owner of a rally is a candidate holding one
        (NEWS-GUIDELINES.md: no PROTEST). A rally "against" something is a protest whoever
        owns it, and an organisation's rally or a named owner's rally elsewhere is as often
        an opposition march, and stays."""
        if not any(
            c.dep_ in ("poss", "compound")
            and c.pos_ == "PROPN"
            and (_person(c) or c.text in last_names(c.doc))
            for c in rally.children
        ):
            return False
        if any(c.dep_ == "prep" and c.lower_ == "against" for c in rally.children):
            return False
        return campaign_article(rally.doc)

    def _protest_purpose(self, heads: list[Any]) -> bool:
        """Whether one of the words has a to-infinitive of protest ("to demand ...")."""
        return any(
            c.dep_ in ("advcl", "xcomp", "relcl")
            and _lemma(c) in self.protest_purpose
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for head in heads
            for c in head.children
        )

    @staticmethod
    def question_asked(cand: Candidate, sent: Any) -> bool:
        """Whether "ask" puts a direct question, quoted in its sentence ("asked the crowd:
        'Why should we …?'", "'Why …?' asked the senator"), with no to-infinitive or "for"
        phrase that names what is asked for. An indirect question ("auditors asked
        whether the ministry kept …") may be a party's demand for an answer, and stays."""
        tok = cand.tok
        if cand.is_noun or _lemma(tok) != "ask":
            return False
        for child in tok.children:
            if child.dep_ == "xcomp":
                return False  # "asked them to leave": an appeal
            if child.dep_ == "prep" and child.lower_ == "for":
                return False  # "asked for help"
        # a direct question is quoted; "asked the council why it had not acted?" with a
        # stray mark is an indirect one
        words = [t for t in sent if not t.is_space]
        return any(t.text == "?" for t in words) and any(t.text in _QUOTES for t in words)

    def idea_supported(self, cand: Candidate) -> bool:
        """Whether every object of the support is an idea held: the verb's direct object
        ("champion free-market positions") or the noun's "for"/"of" phrase ("his support
        for a theory")."""
        tok = cand.tok
        if cand.is_noun:
            objects = _held(tok)
        else:
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            # "voiced their support for the idea": the support noun's own phrase, or the
            # verb's where the parser hangs "for" there
            objects = [
                o
                for obj in objects
                for o in (
                    (_held(obj) or _held(tok)) if _lemma(obj) in self.support_nouns else [obj]
                )
            ]
        return bool(objects) and all(
            o.pos_ == "NOUN" and not o.ent_type_ and _lemma(o) in self.idea and not party_owned(o)
            for o in objects
        )

    @staticmethod
    def partyless_support(cand: Candidate, event: Event) -> bool:
        """Whether a verb of support names no party at all, neither who backs nor who is
        backed ("a passer-by hailed as a hero", "was praised for her quick thinking"): the
        guidelines code an act by an actor with a political role, and an agentless passive
        or a mass of people counted names none. A noun ("said no endorsement was given")
        keeps its own rules, and so does a verb of the headline line, whose parties the
        parse of a headline often loses."""
        tok = cand.tok
        if cand.is_noun or event.actor or event.recipient:
            return False
        return tok.idx > headline_end(doc_text(tok.doc))

    @staticmethod
    def self_support(cand: Candidate) -> bool:
        """Whether a verb of support takes only a reflexive object ("needs arms to defend
        itself", "could not forgive herself"): PLOVER SUPPORT is one party's toward
        another, and a party that defends or forgives itself supports no one. An object
        joined to the reflexive ("defended herself and her aides") is another party, and
        the support stays."""
        if cand.is_noun:
            return False
        objects = [o for c in cand.tok.children if c.dep_ == "dobj" for o in _conjuncts(c)]
        return bool(objects) and all(o.pos_ == "PRON" and _reflexive(o) for o in objects)


def _held(noun: Any) -> list[Any]:
    """The objects of a noun's "for" and "of" phrases ("support for the idea")."""
    return [
        o
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
        for o in prep.children
        if o.dep_ == "pobj"
    ]


def party_owned(noun: Any) -> bool:
    """Whether a noun is held by a party named as its possessor ("Russia's position", "the
    league's stance"): backing it backs that party (PLOVER SUPPORT), not an idea. An "of"
    phrase is left out: "the cause of the refugees" is a cause taken up, not the
    refugees' own position."""
    return any(
        c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
        for c in noun.children
    )


def _topic_discussed(verb: Any) -> bool:
    """Whether "discussed" has one person as its own subject and no one discussed with
    ("the analyst discussed the risks", "she discussed her plans in an interview"): a
    topic spoken of, no meeting (CAMEO 040 needs two sides); "discussed it with the envoy",
    "the two leaders discussed trade" and "met him to discuss" stay."""
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return (
        len(subjects) == 1
        and not any(c.dep_ == "conj" for c in subjects[0].children)
        and _person(subjects[0])
    )


def _other_judged(verb: Any) -> bool:
    """Whether "admitted/acknowledged that" takes only a copular clause about another party
    named ("acknowledged that the governor is a skilled campaigner"): a view of someone
    else, no concession of one's own (CAMEO 080); "admitted that he had misspoken" and
    "acknowledged that the rebels had complied" stay."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    own = {s.lower_ for s in verb.children if s.dep_ == "nsubj"}
    for clause in clauses:
        copula = _lemma(clause) == "be" or any(a.dep_ == "cop" for a in clause.children)
        subjects = [s for s in clause.children if s.dep_ == "nsubj"]
        if not copula or not subjects:
            return False
        if not all(
            s.pos_ == "PROPN"
            and s.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            and s.lower_ not in own
            for s in subjects
        ):
            return False
    return bool(clauses)


def _agreed_with(verb: Any, views: frozenset[str]) -> bool:
    """Whether "agree" takes only a "with" phrase of a person or of what was said or
    thought, a word of ``views`` ("agrees with the governor", "I agree with him", "agreed
    with the assessment"): a view shared, which NEWS-GUIDELINES.md counts as an opinion,
    not CAMEO 030. Nothing agreed to, on or about ("agreed with the rebels to a truce",
    "agreed with Iran on a swap") and no clause or object ("agreed with them that talks
    should resume")."""
    kids = list(verb.children)
    if any(
        c.dep_ in ("xcomp", "dobj", "ccomp", "advcl")
        or (c.dep_ == "prep" and c.lower_ in ("to", "on", "about", "over"))
        for c in kids
    ):
        return False
    partners = [o for c in kids if c.dep_ == "prep" and c.lower_ == "with" for o in c.children]
    partners = [o for o in partners if o.dep_ == "pobj"]
    return bool(partners) and all(
        _person(o) or _lemma(o) in views or o.lower_ in _PERSON_PRONOUNS for o in partners
    )


def _concurred(verb: Any, titles: frozenset[str], proposals: frozenset[str]) -> bool:
    """Whether "agree" has a person as its subject and nothing agreed to, on or with: no
    object, clause or phrase ("Professor Smith agreed.", "she agreed"): one voice
    concurring with what was said before, an opinion (NEWS-GUIDELINES.md), not CAMEO 030.
    A state's or a group's bare "agreed" may answer a demand, and stays; so does a
    leader's, named with a title of office (class ``actor_noun``: "Governor Fox agreed"), or
    anyone's where this sentence or the one before makes a demand or an offer (class
    ``proposal_cue``): "agreed" then accepts it."""
    if any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "advcl", "prep", "prt", "neg") for c in verb.children
    ):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not all(_person(s) for s in subjects):
        return False
    named = [
        w for s in subjects for w in (s, *s.children) if w.dep_ in ("nsubj", "compound", "appos")
    ]
    if any(_lemma(w) in titles for w in named):
        return False
    sent = verb.sent
    before = sent.doc[sent.start - 1].sent if sent.start > 0 else sent
    return not any(_lemma(w) in proposals for span in (before, sent) for w in span)


def _person(tok: Any) -> bool:
    """Whether a noun phrase's head names a person: a name the tagger marks as one, or a
    pronoun for one; not a place ("rallied for Gaza"), a law ("voted for the Affordable
    Care Act") nor a common noun ("the bill"): the shared test, with this module's
    pronouns."""
    return person_word(tok, _PERSON_PRONOUNS)


def _name(tok: Any) -> bool:
    """Whether a noun phrase's head is a name of no place or thing: a person's, or one the
    small parser tags as an organisation (it often does so with a surname alone)."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG", "")
