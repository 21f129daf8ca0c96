"""A rally no one owns, in news of a campaign: the candidate's, not a protest.

NEWS-GUIDELINES.md: "a candidate holding a rally is not PROTEST". ``NewsPrecision``
(``event_precision_news.py``) reads a rally as a campaign's where a word of electioneering
modifies it or a person owns it ("a campaign rally", "Smith's rally"). In an article that
tells of a campaign (``event_grammar.campaign_article``) a rally that nobody is said to own
or to hold, as a crowd or an organisation would ("a rally held at the fairground",
"the rally in Miami", "the senator held a rally"), is the campaign's too, unless the words
around it give it a cause: a phrase "against", "for" or "of" on the rally noun, a
to-infinitive of purpose on it ("a rally to demand ..."), an owner or a modifier that names
one ("the union's rally", "a teachers' rally"), or a holder that is not one person ("the
workers held a rally"). The rally nouns are class ``campaign_gathering`` of
``object_classes.txt``.
"""

from __future__ import annotations

from typing import Any

from .actor_coding.place_names import last_names
from .event_grammar import Candidate, _lemma, campaign_article, person_word

#: what names the rally's cause, owner or kind: a possessor, a noun or name before it, a
#: phrase after it, a clause on it
_OWNER_DEPS = frozenset({"poss", "compound", "nmod", "relcl", "acl", "advcl", "xcomp"})
#: prepositions of a rally's cause or crowd ("a rally against the war", "for Gaza", "of
#: workers")
_CAUSE_PREPS = frozenset({"against", "for", "of"})
#: the holder's dependency on the verb of holding
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent"})


def rally_nouns(cand: Candidate) -> list[Any]:
    """The rally nouns the PROTEST trigger is, holds, or that its participle modifies
    ("the rally", "held a rally", "a rally held at the stadium")."""
    tok = cand.tok
    nouns = [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ == "dobj"]
    if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
        nouns.append(tok.head)
    return nouns


def _caused(noun: Any, trigger: Any) -> bool:
    """Whether the rally noun's own words name a cause, an owner or a kind (see the note);
    the trigger's own participle ("held at") is no cause."""
    for child in noun.children:
        if child.i == trigger.i:
            continue
        if child.dep_ in _OWNER_DEPS:
            return True
        if child.dep_ == "prep" and child.lower_ in _CAUSE_PREPS:
            return True
    return False


def _held_by_crowd(cand: Candidate) -> bool:
    """Whether the verb that holds the rally has a holder that is not one person: a
    person the tagger marks, a pronoun of one, or the last word of a person's full name
    elsewhere in the article (the small parser often tags a surname alone otherwise)."""
    tok = cand.tok
    if tok.pos_ != "VERB":
        return False
    holders = [c for c in tok.children if c.dep_ in _SUBJECTS]
    holders += [o for c in tok.children if c.dep_ == "agent" for o in c.children]
    surnames = last_names(tok.doc)
    return any(
        h.dep_ != "agent" and not (person_word(h) or (h.pos_ == "PROPN" and h.text in surnames))
        for h in holders
    )


def unowned_campaign_rally(cand: Candidate, gatherings: frozenset[str]) -> bool:
    """Whether the PROTEST trigger is a rally of class ``gatherings`` with no cause, owner
    or crowd in an article about a campaign (see the module's note)."""
    nouns = [n for n in rally_nouns(cand) if _lemma(n) in gatherings]
    if not nouns or any(_caused(n, cand.tok) for n in nouns) or _held_by_crowd(cand):
        return False
    return campaign_article(cand.tok.doc)
