"""Precision rules for news of the public, the markets and no one: words of support,
agreement, demand or anger where no party acts (``../shared/eval/events/NEWS-GUIDELINES.md``:
an act needs an actor with a political role; voter preferences, polls, opinions and
business deals are no event).

- support by voters or a bare count of people ("suburban voters have rallied behind
  her", "drew the backing of thousands"), or a support noun that is a poll figure ("his
  backing fell to a third of those asked"), or support counted as a share of a sample
  ("61 percent would vote for her", "back the senator by 14 points", "polls at 38
  percent support"), or ordinary people described as supporters ("the residents who
  back her"): a voter's preference (classes ``electorate``, ``poll_change``, ``rate``,
  ``public`` of ``object_classes.txt``);
- an agreement or a bid to buy or sell a business ("a deal to purchase the insurer",
  "will be bought out by its creditors"): a business deal (classes ``acquisition``,
  ``company``), unless a government or a state buys or sells;
- a reported "should" that binds only an idea ("the theory should worry every
  investor"): it asks nothing of a party (class ``idea``);
- a reported "should" that says what a party should be able to do ("tenants should be
  able to keep pets", grammar classes ``ability`` and ``ability_modal``): an opinion on
  what it may do, no demand ("must be able to" stays one);
- a reported "should" negated on a verb its subject undergoes ("the landlords should
  receive no punishment", "the bakery should not suffer a closure", grammar class
  ``advice_modal``, object class ``undergoing_verb``): a view of what ought not to
  happen, no demand ("must not", "should not retreat" stay ones);
- a verb of opposition that only says who some people are ("fishermen who oppose the
  harbour tax", "gunmen opposed to the accord", class ``opposing_stance``): a stance
  described, no act;
- a verb of seeking as a participle on people ("anyone seeking a permit", class
  ``seeking_aim``): who they are, no request made ("students seeking the rector's
  resignation" ask an act of class ``demanded_act``);
- anger of the public ("shoppers were upset by the queues", "thousands of commuters are
  fed up"): a mood described, no disapproval voiced by a party (class ``public``);
- a lexicon row flagged ``object`` whose word only modifies the verb's object
  ("restored the right knee" for the row of restored rights): the word names no right;
- a poll's finding, of any type ("70 percent of the residents polled want the depot
  closed", "by 62% to 31%, taxpayers oppose the levy", "according to the survey"):
  ``event_precision_polls``, read first;
- a verb whose subjects are all abstract nouns, with no party in the clause ("the new
  strategy demands patience"), of any type: ``event_precision_eventless``, read next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..records import Event
from .event_grammar import Candidate, Phrases, _children, _has_word, _is_negated, _lemma
from .event_precision_eventless import EventlessPrecision
from .event_precision_polls import PollStatements

if TYPE_CHECKING:
    from .event_lexicon import Lexicon

#: the dependencies of a verb's object, active or passive
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
#: the sector code of a government (actor_coding's sectors)
_GOVERNMENT_SECTOR = "GOV"


class PublicPrecision:
    """Why a proposed event is the public's, a market's or no one's (see the module)."""

    def __init__(
        self,
        lex: Lexicon,
        object_classes: dict[str, frozenset[str]],
        *,
        idea: frozenset[str],
        support_nouns: frozenset[str],
    ) -> None:
        self.lex = lex
        self.idea = idea
        self.support_nouns = support_nouns
        self.electorate = object_classes.get("electorate", frozenset())
        self.poll_change = object_classes.get("poll_change", frozenset())
        self.poll_unit = lex.word_class("poll_unit")
        self.rate = object_classes.get("rate", frozenset()) | self.poll_unit
        self.acquisition = object_classes.get("acquisition", frozenset())
        self.company = object_classes.get("company", frozenset())
        self.state_owner = object_classes.get("state_owner", frozenset())
        self.public = object_classes.get("public", frozenset()) | self.electorate
        self.ability = lex.word_class("ability")
        self.ability_modal = lex.word_class("ability_modal")
        self.advice_modal = lex.word_class("advice_modal")
        self.opposing = object_classes.get("opposing_stance", frozenset())
        self.seeking = object_classes.get("seeking_aim", frozenset())
        self.undergoing = object_classes.get("undergoing_verb", frozenset())
        self.receiving = object_classes.get("receiving_verb", frozenset())
        self.penalty = object_classes.get("penalty_noun", frozenset())
        self.demanded = object_classes.get("demanded_act", frozenset())
        self.people = lex.word_class("actor_noun") | self.public
        self.phrases = Phrases(lex)
        self.polls = PollStatements(lex, object_classes)
        self.eventless = EventlessPrecision(self.phrases, object_classes)

    def why(self, cand: Candidate, event: Event) -> str | None:
        """The construction that makes the proposal no event, or None."""
        poll = self.polls.why(cand, event)
        if poll is not None:
            return poll
        eventless = self.eventless.why(cand, event)
        if eventless is not None:
            return eventless
        if cand.pat.object_head and not self.object_named(cand):
            return "row's word only modifies the object"
        if event.event == "SUPPORT" and self.voter_preference(cand, event):
            return "voter preference"
        if event.event in ("AGREE", "REQUEST") and self.business_deal(cand, event):
            return "business deal"
        if self.obligation_on_idea(cand):
            return "obligation on an idea"
        if self.obligation_of_ability(cand):
            return "obligation of an ability"
        if self.obligation_advised_against(cand):
            return "negated advice"
        if event.event == "REJECT" and self.opposition_described(cand):
            return "stance described"
        if event.event == "REQUEST" and self.seekers_described(cand):
            return "aim described"
        if event.event == "ACCUSE" and cand.cameo == "110" and self.public_mood(cand):
            return "mood of the public"
        return None

    def object_named(self, cand: Candidate) -> bool:
        """Whether a row flagged ``object`` names the head of the verb's object (or of a
        gerund clause's object, "restoring voting rights" parsed with "voting" a clause):
        "restored their rights" does, "restored the right knee" (an adjective) does not."""
        heads: list[Any] = []
        for c in cand.tok.children:
            if c.dep_ in _OBJECT_DEPS:
                heads += [c, *(x for x in c.children if x.dep_ == "conj")]
            elif c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG":
                heads += [c, *(x for x in c.children if x.dep_ in _OBJECT_DEPS)]
        # "suspended most of its aid": a quantity head stands for its "of" object
        heads += [c for h in heads if (c := self.phrases.core(h)).i != h.i]
        words = {w for h in heads for w in (_lemma(h), str(h.lower_))}
        return all(_has_word(d, words, self.lex) for d in cand.pat.deps)

    def voter_preference(self, cand: Candidate, event: Event) -> bool:
        """Whether support is the electorate's, in a poll's sense: every actor is voters
        or a bare count of people (class ``electorate``: "suburban voters have rallied
        behind her", "drew the backing of thousands"), or the support noun is a figure
        that rises, falls or stands at a level (class ``poll_change``: "his backing fell
        to a third of those asked"). The guidelines count voter preferences as no event;
        a party's, a delegation's or a leader's backing stays. Support counted as a share
        of those asked is a poll's too (``poll_share``)."""
        tok = cand.tok
        if cand.is_noun and _lemma(tok) in self.support_nouns and self._poll_figure(tok):
            return True
        if self.poll_share(cand) or self.supporters_described(cand):
            return True
        if not event.actor:
            return False
        doc = tok.doc
        for ref in event.actor:
            span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
            if span is None or not len(span):
                return False
            head = span.root
            if head.pos_ == "PROPN" or _lemma(head) not in self.electorate:
                return False
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
                return False  # "millions of workers": whoever they count
        return True

    def public_mood(self, cand: Candidate) -> bool:
        """Whether anger or frustration (CAMEO 110 rows) is a mood described, not a
        party's disapproval: the copula is existential ("there is much irritation among
        parents") or those angry are ordinary people or voters (classes ``public`` and
        ``electorate``: "thousands of commuters are fed up", "shoppers were upset by the
        queues"). "Officials are frustrated by the delays" stays."""
        verb = cand.tok
        while verb.dep_ in ("conj", "acomp", "xcomp") and verb.head != verb:
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if any(c.dep_ == "expl" for c in subjects):
            return True
        return bool(subjects) and all(self._mass(s) for s in subjects)

    def _mass(self, noun: Any) -> bool:
        """Whether a subject names ordinary people as a mass ("voters", "thousands of
        commuters"), not a named party."""
        core = noun
        while _lemma(core) in self.electorate or core.pos_ == "NUM":
            objects = [o for p in core.children if p.lower_ == "of" for o in p.children]
            if not objects:
                break
            core = objects[0]
        return core.pos_ in ("NOUN", "PROPN", "ADJ") and _lemma(core) in self.public

    def obligation_on_idea(self, cand: Candidate) -> bool:
        """Whether a reported "should" or "must" binds only an idea (class ``idea``: "the
        theory should worry every investor"): it asks nothing of a party. "The council
        should resign", "everyone should stay indoors" stay demands."""
        subjects = cand.recipient_override or []
        if "speech+obligation" not in cand.rules or not subjects:
            return False
        return all(
            s.pos_ == "NOUN" and not s.ent_type_ and _lemma(s) in self.idea for s in subjects
        )

    def obligation_of_ability(self, cand: Candidate) -> bool:
        """Whether a reported "should" says what a party should be able to do (classes
        ``ability`` and ``ability_modal``: "argued that tenants should be able to keep
        pets"): an opinion on what it may do, no demand that it act. "Said the council
        must act" and "said the port must be able to take the convoys" stay."""
        if "speech+obligation" not in cand.rules or "reproach: ACCUSE" in cand.rules:
            return False
        subjects = cand.recipient_override or []
        clause = subjects[0].head if subjects else None  # the first subject's verb
        if clause is None:
            return False
        kids = list(clause.children)
        return any(c.dep_ == "aux" and c.lower_ in self.ability_modal for c in kids) and any(
            c.dep_ == "acomp" and _lemma(c) in self.ability for c in kids
        )

    def obligation_advised_against(self, cand: Candidate) -> bool:
        """Whether a reported "should" is negated, on its verb or as "no" before its object
        (class ``advice_modal``), and its verb is one its subject undergoes (class
        ``undergoing_verb``: "argued that the bakery should not suffer a closure"; a verb
        of getting, class ``receiving_verb``, only with a penalty as its object, class
        ``penalty_noun``: "told reporters the landlords should receive no punishment"): a
        view of what ought not to befall a party, no demand that it act. "Said the army
        must not enter the town", "said the troops should not withdraw", "should not be
        permitted to build" and "should not receive a licence" stay demands."""
        if "speech+obligation" not in cand.rules or "reproach: ACCUSE" in cand.rules:
            return False
        for clause in _children(cand.tok, "ccomp"):
            modals = {_lemma(c) for c in _children(clause, "aux")}
            objects = _children(clause, "dobj")
            undergone = _lemma(clause) in self.undergoing or (
                _lemma(clause) in self.receiving and any(_lemma(o) in self.penalty for o in objects)
            )
            if not modals & self.advice_modal or not undergone:
                continue
            if _is_negated(clause, self.lex) or any(_is_negated(o, self.lex) for o in objects):
                return True
        return False

    def opposition_described(self, cand: Candidate) -> bool:
        """Whether a verb of opposition (class ``opposing_stance``) only says who some
        people are: a relative clause in the simple present ("fishermen who oppose the
        harbour tax", "any club that opposes the charter") or a participle on a noun with
        no by-agent ("gunmen opposed to the accord"). A stance held is a
        description, no act (the guidelines); "the council, which opposed the plan last
        year", "Russia opposes the plan" and a thing opposed by someone ("a levy opposed
        by the growers": a by-agent) stay. The parser may read the participle as the
        sentence's verb, the true verb hanging from it ("villagers opposed to the quarry
        closed the bridge")."""
        tok = cand.tok
        if cand.is_noun or _lemma(tok) not in self.opposing:
            return False
        if tok.dep_ == "relcl":
            return tok.tag_ in ("VBZ", "VBP")
        if tok.dep_ == "ROOT" and _participle_read_as_root(tok):
            return any(self._people(s) for s in _children(tok, "nsubj"))
        return tok.dep_ == "acl" and tok.tag_ == "VBN" and not _children(tok, "agent")

    def seekers_described(self, cand: Candidate) -> bool:
        """Whether a verb of seeking (class ``seeking_aim``) is a participle that only
        says who some people are: on a pronoun, a name or a noun of people ("those
        seeking a permit", "Mr. Osei and neighbours seeking a zoning change"). A suit, a
        petition or an appeal that seeks something asks it ("a lawsuit seeking damages"),
        so do people who seek a party's act (class ``demanded_act``: "strikers seeking the
        manager's dismissal"), and a finite verb is an act ("the cousins sought support")."""
        tok = cand.tok
        if cand.is_noun or _lemma(tok) not in self.seeking:
            return False
        if tok.dep_ != "acl" or tok.tag_ != "VBG":
            return False
        if any(_lemma(self.phrases.core(o)) in self.demanded for o in _children(tok, "dobj")):
            return False
        return self._people(tok.head)

    def _people(self, head: Any) -> bool:
        """Whether a noun phrase (or the phrase it is a conjunct of) names people: a
        pronoun, a name or a noun of people (grammar.txt ``actor_noun``, class ``public``)."""
        heads = [head] + ([head.head] if head.dep_ == "conj" else [])
        return any(h.pos_ in ("PRON", "PROPN") or _lemma(h) in self.people for h in heads)

    def business_deal(self, cand: Candidate, event: Event) -> bool:
        """Whether an agreement or a bid is to buy or sell a business: the trigger's
        to-infinitive is a verb of acquisition (class ``acquisition``) whose object, or in
        the passive the trigger's own subject, is a company (class ``company``, or a name
        tagged as an organisation): "signed a deal to purchase the insurer", "consented to
        be taken over by a competitor". A government or a state that buys or sells
        (an actor with a country code or the government sector, or a noun of class
        ``state_owner``) acts as a party: "the
        treasury agreed to buy the failing bank" stays, and so do "agreed to buy fighter
        jets" (arms) and "agreed to buy more grain" (goods)."""
        if any(self._state(ref, cand.tok.doc) for ref in event.actor):
            return False
        tok = cand.tok
        for comp in tok.children:
            if comp.dep_ not in ("xcomp", "acl") or _lemma(comp) not in self.acquisition:
                continue
            if any(c.dep_ == "auxpass" for c in comp.children):
                bought = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            else:
                bought = [c for c in comp.children if c.dep_ == "dobj"]
            if bought and all(self._company(b) for b in bought):
                return True
        return False

    def _state(self, ref: Any, doc: Any) -> bool:
        """Whether an actor is a government or a state: a country code, the government
        sector, or a noun of class ``state_owner`` at the head of its words."""
        if ref.code or _GOVERNMENT_SECTOR in ref.sectors:
            return True
        span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and _lemma(span.root) in self.state_owner

    def _company(self, noun: Any) -> bool:
        """Whether a noun phrase names a business: its head (or the head of its
        apposition, "the carrier Skyline") is a company noun or an organisation's name."""
        heads = [noun, *(c for c in noun.children if c.dep_ in ("compound", "appos"))]
        return any(
            _lemma(h) in self.company or (h.pos_ == "PROPN" and h.ent_type_ == "ORG") for h in heads
        )

    def poll_share(self, cand: Candidate) -> bool:
        """Whether support is a share of a poll's sample: a support noun that carries a
        counted share ("her 27% support", "polls at 38 percent support"), a verb (or the
        light verb of a support noun) whose subject is one ("61 percent would vote for
        her", "7 percent declared backing for the league"), or a verb with a margin in
        poll units ("back the senator by 14 points", "by a margin of 11 points"). Only the
        subject's head, its number and its "of" phrase count: a figure in a clause or a
        phrase attached to a party ("the party, which won 38 percent, endorsed ...") is
        no share. A share with no number ("most of the council's members backed the
        plan") or a vote's margin ("carried the motion by a two-thirds vote") may be a
        legislature's act, and stays."""
        tok = cand.tok
        if cand.is_noun:
            if _lemma(tok) in self.support_nouns and self._counted_share(
                [t for t in tok.subtree if t.i < tok.i], self.rate
            ):
                return True
            if tok.dep_ != "dobj":
                return False
            tok = tok.head
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if subjects and all(self._counted_share(_share_words(s), self.rate) for s in subjects):
            return True
        return any(
            self._counted_share(list(o.subtree), self.poll_unit)
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ == "by"
            for o in prep.children
            if o.dep_ == "pobj"
        )

    def supporters_described(self, cand: Candidate) -> bool:
        """Whether a verb of support only says who some ordinary people are: a relative
        clause or a participle on a noun of the public (class ``public``: "the residents
        who back her", "pensioners backing the mayor"). The guidelines count "a
        supporter" as a description, no act; a named person's or a party's backing ("the
        union's chairman, who supports the governor") is left alone."""
        tok = cand.tok
        if cand.is_noun or tok.dep_ not in ("relcl", "acl"):
            return False
        noun = tok.head
        return noun.pos_ == "NOUN" and not noun.ent_type_ and _lemma(noun) in self.public

    @staticmethod
    def _counted_share(words: list[Any], units: frozenset[str]) -> bool:
        """Whether the words hold a share or a unit of ``units`` with its own number ("27
        %", "three percent", "14 points")."""
        return any(
            (_lemma(w) in units or w.text in units)
            and any(c.like_num or c.pos_ == "NUM" for c in w.children)
            for w in words
        )

    def _poll_figure(self, noun: Any) -> bool:
        """Whether a support noun is what rises or falls: a verb of that kind whose words
        name a share (class ``rate`` and grammar class ``poll_unit``: "has risen to 46
        percent", "slipped five points")."""
        if noun.dep_ != "nsubj" or _lemma(noun.head) not in self.poll_change:
            return False
        verb = noun.head
        return any(
            w.i not in range(noun.left_edge.i, noun.right_edge.i + 1)
            and (_lemma(w) in self.rate or w.text in self.rate)
            for w in verb.subtree
        )


def _share_words(subject: Any) -> list[Any]:
    """A subject's head with the objects of its "of" phrases ("61 percent of those
    asked": percent, those), whose numbers say whether it is a counted share."""
    return [subject] + [
        o
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
        if o.dep_ == "pobj"
    ]


def _participle_read_as_root(verb: Any) -> bool:
    """Whether a sentence's root verb is a participle on its subject that the parser took
    for the main verb: no auxiliary, no object, a "to" phrase ("opposed to the quarry") and
    the true verb attached as its dependent ("villagers opposed to the quarry closed
    the bridge"). A finite "opposed" takes an object ("the council opposed the plan")."""
    kids = list(verb.children)
    return (
        not any(c.dep_ in ("aux", "auxpass", "dobj", "neg") for c in kids)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in kids)
        and any(_true_verb(c, verb) for c in kids)
    )


def _true_verb(dep: Any, root: Any) -> bool:
    """Whether a dependent of a root verb, after it and with no subject of its own, is the
    sentence's true verb, however the parser labels it (``dep``, ``ccomp``, ``conj``)."""
    return (
        dep.dep_ in ("dep", "ccomp", "conj")
        and dep.pos_ == "VERB"
        and dep.i > root.i
        and not _children(dep, "nsubj", "nsubjpass")
    )
