"""Precision rules for news of the public, the markets and no one: words of support,
agreement, demand or anger where no party acts (``../shared/eval/events/NEWS-GUIDELINES.md``:
an act needs an actor with a political role; voter preferences, polls, opinions and
business deals are no event).

- support by voters or a bare count of people ("primary voters are lining up behind
  him", "won the support of millions"), or a support noun that is a poll figure ("her
  support has slipped to 40 percent"): a voter's preference (classes ``electorate``,
  ``poll_change`` of ``object_classes.txt``);
- an agreement or a bid to buy or sell a business ("an agreement to acquire the bank",
  "agreed to be acquired by a rival"): a business deal (classes ``acquisition``,
  ``company``);
- a reported "should" that binds no one or an idea ("no one should doubt our resolve",
  "the notion should sound an alarm"): it asks nothing of a party (classes ``no_one``,
  ``idea``);
- anger of the public ("there are frustrated people", "millions of voters are angry"):
  a mood described, no disapproval voiced by a party (class ``public``).
"""

from __future__ import annotations

from typing import Any

from ..records import Event
from .event_grammar import Candidate, _lemma

#: the nouns of support whose poll sense a figure shows ("her support has slipped")
_SUPPORT_NOUNS = frozenset({"support", "backing", "endorsement"})


class PublicPrecision:
    """Why a proposed event is the public's, a market's or no one's (see the module)."""

    def __init__(self, object_classes: dict[str, frozenset[str]]) -> None:
        self.electorate = object_classes.get("electorate", frozenset())
        self.poll_change = object_classes.get("poll_change", frozenset())
        self.rate = object_classes.get("rate", frozenset())
        self.acquisition = object_classes.get("acquisition", frozenset())
        self.company = object_classes.get("company", frozenset())
        self.no_one = object_classes.get("no_one", frozenset())
        self.idea = object_classes.get("idea", frozenset())
        self.public = object_classes.get("public", frozenset()) | self.electorate

    def why(self, cand: Candidate, event: Event) -> str | None:
        """The construction that makes the proposal no event, or None."""
        if event.event == "SUPPORT" and self.voter_preference(cand, event):
            return "voter preference"
        if event.event in ("AGREE", "REQUEST") and self.business_deal(cand):
            return "business deal"
        if self.obligation_on_no_one(cand):
            return "obligation on no party"
        if event.event == "ACCUSE" and cand.cameo == "110" and self.public_mood(cand):
            return "mood of the public"
        return None

    def voter_preference(self, cand: Candidate, event: Event) -> bool:
        """Whether support is the electorate's, in a poll's sense: every actor is voters
        or a bare count of people (class ``electorate``: "primary voters are lining up
        behind him", "won the support of millions"), or the support noun is a figure
        that rises, falls or stands at a level (class ``poll_change``: "her support has
        slipped to 40 percent"). The guidelines count voter preferences as no event; a
        party's, a delegation's or a leader's backing stays."""
        tok = cand.tok
        if cand.is_noun and _lemma(tok) in _SUPPORT_NOUNS and self._poll_figure(tok):
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
        party's disapproval: the copula is existential ("there are frustrated people
        here") or those angry are ordinary people or voters (classes ``public`` and
        ``electorate``: "millions of voters are angry and frustrated", "residents were
        frustrated by the delays"). "Officials are frustrated by the delays" stays."""
        verb = cand.tok
        while verb.dep_ in ("conj", "acomp", "xcomp") and verb.head is not verb:
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if any(c.dep_ == "expl" for c in subjects):
            return True
        return bool(subjects) and all(self._mass(s) for s in subjects)

    def _mass(self, noun: Any) -> bool:
        """Whether a subject names ordinary people as a mass ("voters", "millions of
        Americans"), not a named party."""
        core = noun
        while _lemma(core) in self.electorate or core.pos_ == "NUM":
            objects = [o for p in core.children if p.lower_ == "of" for o in p.children]
            if not objects:
                break
            core = objects[0]
        return core.pos_ in ("NOUN", "PROPN", "ADJ") and _lemma(core) in self.public

    def obligation_on_no_one(self, cand: Candidate) -> bool:
        """Whether a reported "should" or "must" binds only no one (class ``no_one``: "no
        one should be confused about our commitment", "nobody should doubt it") or an
        idea (class ``idea``: "the notion should sound an alarm"): it asks nothing of a
        party. "The council should resign", "everyone should stay indoors" stay demands."""
        subjects = cand.recipient_override or []
        if "speech+obligation" not in cand.rules or not subjects:
            return False
        return all(
            self._no_one(s) or (s.pos_ == "NOUN" and not s.ent_type_ and _lemma(s) in self.idea)
            for s in subjects
        )

    def _no_one(self, tok: Any) -> bool:
        """Whether a subject is a negative pronoun: "nobody", "none", "no one"."""
        if _lemma(tok) not in self.no_one:
            return False
        if _lemma(tok) in ("one", "none") and any(c.dep_ == "prep" for c in tok.children):
            return False  # "none of the ministers", "no one of them"
        return _lemma(tok) != "one" or any(c.lower_ == "no" for c in tok.children)

    def business_deal(self, cand: Candidate) -> bool:
        """Whether an agreement or a bid is to buy or sell a business: the trigger's
        to-infinitive is a verb of acquisition (class ``acquisition``) whose object, or in
        the passive the trigger's own subject, is a company (class ``company``, or a name
        tagged as an organisation): "announced an agreement to acquire the bank", "has
        agreed to be acquired by a rival". "Agreed to buy fighter jets" (arms) or "agreed
        to buy more grain" (goods) stay."""
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

    def _company(self, noun: Any) -> bool:
        """Whether a noun phrase names a business: its head (or the head of its
        apposition, "the exchange Coincheck") is a company noun or an organisation's name."""
        heads = [noun, *(c for c in noun.children if c.dep_ in ("compound", "appos"))]
        return any(
            _lemma(h) in self.company or (h.pos_ == "PROPN" and h.ent_type_ == "ORG") for h in heads
        )

    def _poll_figure(self, noun: Any) -> bool:
        """Whether a support noun is the subject of a verb of rise and fall whose words
        name a share ("has risen to 46 percent", "slipped five points")."""
        if noun.dep_ != "nsubj" or _lemma(noun.head) not in self.poll_change:
            return False
        verb = noun.head
        return any(
            w.i not in range(noun.left_edge.i, noun.right_edge.i + 1)
            and (_lemma(w) in self.rate or _lemma(w) == "point" or w.text == "%")
            for w in verb.subtree
        )
