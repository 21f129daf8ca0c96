"""Evaluative reported speech: a speaker judging a party without a verb of criticism.

"X said the senator was reckless", "'The ministry is a disgrace,' she said", "Y called
the governor incompetent", "Z described the mayor as a hero": the speech itself is the
act, an ACCUSE (negative judgement, CAMEO 111) or a SUPPORT (positive, CAMEO 051), with
the speaker as actor and the judged party as recipient.

Precision first. The judged party is the subject of a copula whose predicate is a word of
judgement (or a noun with such an adjective), or the object of a verb of naming ("call",
"brand", "describe … as") whose complement is one; a party merely mentioned near such a
word is not judged. The party must be a named or resolved one (a person, organisation,
government or state, or the owner of the thing judged: "the senator's plan is
reckless"), the judgement must stand in reported speech (a quote with a speaker, or a
verb of naming with a party as subject), and it codes nothing when negated, hypothetical,
said of the speaker's own side, or already coded between the same parties by the rules.
The words are in ``resources/events/evaluative.txt``, split by part of speech.

A claim called false ("said the charges were baseless") is the speaker's REJECT; a
party's published work called false or misleading ("said the paper's report was
misleading") discredits its maker, an ACCUSE. An act a dummy "it" judges is judged of its
doer ("it is shameful for the council to say …"), and a party's conduct named by a word
of censure ("the ministry's lies") of its owner.
"""

from __future__ import annotations

from typing import Any

from ..records import ActorRef, Event, Span
from ..resources import word_sets
from . import Context, doc_children, doc_tokens
from .event_grammar import LexicalView, Phrases, _children, _lemma, lexical_view, verb_doers
from .event_lexicon import grammar_class
from .event_participants import Participants

#: the CAMEO code of each judgement: 111 criticize or denounce, 051 praise or endorse, 120
#: reject (a claim called false)
_CODES = {"ACCUSE": "111", "SUPPORT": "051", "REJECT": "120"}
_CONFIDENCE = 0.6


class Evaluations:
    """Finds a sentence's evaluative judgements of parties and builds their events."""

    def __init__(self, phrases: Phrases, participants: Participants) -> None:
        self.phrases = phrases
        self.participants = participants
        sets = word_sets("events", "evaluative.txt")
        self.adjectives = {
            "ACCUSE": sets["negative_adj"],
            "SUPPORT": sets["positive_adj"],
        }
        self.nouns = {"ACCUSE": sets["negative_noun"], "SUPPORT": sets["positive_noun"]}
        self.naming = sets["naming_verb"]
        self.copula = sets["copula"]
        self.deeds = sets["deed_noun"]
        self.hypothetical = sets["hypothetical_aux"]
        self.suspicion_aux = sets["suspicion_aux"]
        self.condition = sets["condition_mark"]
        self.first_person = sets["first_person"]
        self.negators = sets["negator"]
        self.wrongdoing = sets["wrongdoing_verb"]
        self.censure_adverbs = sets["censure_adverb"]
        self.suffering = grammar_class("suffering_verb")
        self.blame = sets["blame_adj"]
        self.blame_noun = sets["blame_noun"]
        self.dummy_subject = grammar_class("dummy_subject")
        self.harms = sets["harm_noun"]
        self.causing = sets["harm_cause_verb"]
        self.conduct = sets["conduct_noun"]
        self.risks = sets["risk_adj"]
        self.possessed_wrong = sets["possessed_wrong"]
        self.falsity = sets["falsity"]
        self.products = sets["product_noun"]
        self.claims = sets["claim_noun"] | self.products
        # the words a reading starts from: the predicate's own, or a modifier's of a noun
        self.modifiers = frozenset(self.falsity).union(*self.adjectives.values())
        self.keys = self.modifiers.union(
            *self.nouns.values(),
            self.wrongdoing,
            self.censure_adverbs,
            self.blame,
            self.blame_noun,
            self.possessed_wrong,
            self.causing,
        )

    # ---- the judgement word -------------------------------------------------------------

    def polarity(self, pred: Any) -> str | None:
        """ACCUSE or SUPPORT where ``pred`` is a word of judgement (an adjective of the
        list, a listed noun, or a noun with a listed adjective), else None."""
        word = _lemma(pred).lower()
        form = str(pred.lower_)
        # an adjective in quotation marks is often tagged as a noun ("called it 'unfair'")
        if pred.pos_ in ("ADJ", "VERB") or pred.dep_ in ("acomp", "oprd"):
            for kind, words in self.adjectives.items():
                if word in words or form in words:
                    return kind
        if pred.pos_ not in ("NOUN", "PROPN"):
            return None
        for kind, words in self.nouns.items():
            if word in words or form in words:
                return kind
        for mod in _children(pred, "amod"):
            if any(c.dep_ == "neg" for c in mod.children):
                return None
            for kind, words in self.adjectives.items():
                if _lemma(mod).lower() in words or str(mod.lower_) in words:
                    return kind
        return None

    # ---- the construction ---------------------------------------------------------------

    def judged(self, pred: Any) -> tuple[Any, Any, Any] | None:
        """(the judged phrase, the clause head, the verb of naming or None) where ``pred``
        is the predicate of a judgement: "S is PRED" (or seems, looks, sounds, appears PRED:
        the ``copula`` class), "called S PRED", "described S as PRED"."""
        head = pred.head
        if pred.dep_ in ("acomp", "attr", "oprd") and _lemma(head) in self.copula:
            # a small parser reads the adjective after "seem"/"appear" as an object
            # predicate ("the senator seems reckless")
            doer = self._extraposed_doer(pred, head) if self._dummy_subject(head) else None
            if doer is not None:
                # "it is shameful for the council to say …": the doer's act is judged
                return doer, head, None
            subjects = _children(head, "nsubj")
            if subjects:
                return subjects[0], head, None
            if _lemma(head.head) in self.naming and head.dep_ in ("ccomp", "xcomp"):
                objs = _children(head.head, "dobj")
                return (objs[0], head.head, head.head) if objs else None
            return None
        if pred.dep_ in ("oprd", "ccomp", "xcomp") and _lemma(head) in self.naming:
            # a small parser reads "called the governor incompetent" as two complements
            objs = (
                _children(head, "dobj")
                or _children(pred, "nsubj")
                or [o for o in _children(head, "oprd") if o.i < pred.i and o.pos_ == "PROPN"]
            )
            return (objs[0], head, head) if objs else None
        if (
            pred.dep_ in ("amod", "appos")
            and pred.i > head.i
            and head.dep_ == "dobj"
            and _lemma(head.head) in self.naming
        ):
            # 'called the move "unjustified"', "called the governor's plan a disaster": a
            # small parser hangs the object complement on the object as a modifier or an
            # apposition after it
            return head, head.head, head.head
        if pred.dep_ == "dobj" and _lemma(head) in self.naming:
            # "branded the senator's budget a failure": the complement read as a second object
            objs = [o for o in _children(head, "dobj") if o.i < pred.i]
            return (objs[0], head, head) if objs else None
        if pred.dep_ == "dobj" and _lemma(head) == "do" and _lemma(pred) in self.deeds:
            # "the police did an outstanding job": the doer's work is judged
            subjects = _children(head, "nsubj")
            return (subjects[0], head, None) if subjects else None
        if pred.dep_ == "pobj" and _lemma(head) == "as" and _lemma(head.head) in self.naming:
            verb = head.head
            objs = _children(verb, "dobj")
            return (objs[0], verb, verb) if objs else None
        if pred.dep_ == "pobj" and _lemma(head) == "as" and head.head.dep_ == "dobj":
            # "described the allegations as a smear", the "as" phrase hung on the object
            obj = head.head
            return (obj, obj.head, obj.head) if _lemma(obj.head) in self.naming else None
        return None

    def _extraposed_doer(self, pred: Any, clause: Any) -> Any:
        """The doer of an extraposed act a dummy "it" judges: the subject of the "for …
        to" clause ("it is shameful for the council to say …") or the "of" phrase of the
        judgement before a to-clause ("it was wrong of the governor to veto …"), only
        where the judgement is an adjective: after a noun the "of" phrase names the one
        wronged ("it was an insult of the voters to …"); none where the word weighs the
        act's risk ("it is dangerous for children to …")."""
        if _lemma(pred).lower() in self.risks:
            return None
        for act in _children(clause, "advcl", "xcomp", "ccomp"):
            if not any(_lemma(a) == "to" for a in _children(act, "aux")):
                continue
            doers = _children(act, "nsubj")
            if doers and any(_lemma(m) == "for" for m in _children(act, "mark")):
                return doers[0]
            if pred.dep_ != "acomp":
                continue
            for p in _children(pred, "prep"):
                if _lemma(p) == "of" and _children(p, "pobj"):
                    return _children(p, "pobj")[0]
        return None

    def accused(self, pred: Any) -> tuple[Any, Any] | None:
        """(the accused phrase, the clause head) where ``pred`` says a party did wrong: a
        verb of wrongdoing with its subject ("the developers had manipulated the board"), a
        verb of causing a harm with its cause ("the board's cuts caused the collapse"),
        or a word of blame with a harm ("the commanders were responsible for the bombings"),
        or a fault owned by a party said of a dummy subject ("this was the ministry's fault")."""
        word = _lemma(pred).lower()
        if (
            word in self.blame_noun
            and pred.dep_ == "attr"
            and _lemma(pred.head) in self.copula
            and self._dummy_subject(pred.head)
        ):
            # "said this was the ministry's fault": the owner of the fault is blamed
            owners = _children(pred, "poss")
            return (owners[0], pred.head) if owners else None
        if word in self.censure_adverbs and pred.dep_ == "advmod" and pred.head.pos_ == "VERB":
            # "said the board had arbitrarily closed the clinics": the doer's act censured;
            # "said the hikers had needlessly perished" censures no one they did wrong
            if _lemma(pred.head) in self.suffering:
                return None
            doer = _doer(pred.head)
            return (doer, pred.head) if doer is not None else None
        if pred.pos_ == "VERB" and word in self.wrongdoing:
            # "the developers had manipulated the board", "lied and cheated" (the first
            # verb's subject), "the voters were misled by the governor" (the agent)
            doer = _doer(pred)
            return (doer, pred) if doer is not None else None
        if pred.pos_ == "VERB" and word in self.causing and self._caused_harm(pred):
            # "said the governor's policies caused the crisis", "the deaths were caused by
            # the agency's negligence": the cause (or its owner) is blamed for the harm;
            # "his own party's errors" is the speaker's side, mostly
            doer = _doer(pred)
            if doer is None or any(str(t.lower_) == "own" for t in doer.subtree):
                return None
            return doer, pred
        if word in self.blame and pred.dep_ == "acomp" and _lemma(pred.head) in self.copula:
            harms = [
                o
                for p in _children(pred, "prep")
                if _lemma(p) in ("for", "of")
                for o in _children(p, "pobj", "pcomp")
                if _lemma(o).lower() in self.harms or str(o.lower_) in self.harms
            ]
            subjects = _children(pred.head, "nsubj")
            return (subjects[0], pred.head) if harms and subjects else None
        return None

    def _caused_harm(self, verb: Any) -> bool:
        """Whether a verb of causing (``harm_cause_verb``) brings about a harm of
        ``harm_noun``: its object or passive subject ("caused the deaths", "the deaths were
        caused by"), or the object of its "to"/"in" ("led to the collapse", "resulted in
        casualties")."""
        done = [
            *_children(verb, "dobj", "nsubjpass"),
            *(
                o
                for p in _children(verb, "prep")
                if _lemma(p) in ("to", "in")
                for o in _children(p, "pobj")
            ),
        ]
        return any(_lemma(o).lower() in self.harms or str(o.lower_) in self.harms for o in done)

    def _attributive(self, pred: Any) -> bool:
        """Whether ``pred`` is a party's thing with a word of censure before it, outside a
        predicate ("the governor's reckless plan", "the mayor's corrupt aides"), or a
        party's conduct named by a word of censure ("the ministry's lies", "the governor's
        incompetence"). Censure only: the words of praise are too often plain description
        there ("his good friend", "the great hall")."""
        if pred.pos_ not in ("NOUN", "PROPN") or pred.dep_ in ("attr", "acomp", "oprd"):
            return False
        if not _children(pred, "poss"):
            return False
        if any(str(m.lower_) == "own" for m in pred.children):
            return False  # "her own reckless youth": the speaker's own side, mostly
        if _lemma(pred).lower() in self.possessed_wrong or str(pred.lower_) in self.possessed_wrong:
            return True
        words = self.adjectives["ACCUSE"]
        return any(
            m.i < pred.i
            and (_lemma(m).lower() in words or str(m.lower_) in words)
            and not any(c.dep_ == "neg" for c in m.children)
            for m in _children(pred, "amod")
        )

    def _dummy_subject(self, clause: Any) -> bool:
        """Whether a clause's one subject is a dummy pronoun (grammar class
        ``dummy_subject``: "it", "this", "that")."""
        subjects = [str(s.lower_) for s in _children(clause, "nsubj")]
        return len(subjects) == 1 and subjects[0] in self.dummy_subject

    def _guarded(self, pred: Any, clause: Any, form: str = "") -> bool:
        """Whether a judgement is negated ("is not reckless", "never a hero") or
        hypothetical ("would be a disaster", "if he is corrupt"). A wrong told with a modal
        of suspicion and a perfect (grammar class ``suspicion_aux``: "said the mayor may
        have broken the law") is still charged: the speaker voices the suspicion now; a
        counterfactual ("would have broken the law if …") stays guarded."""
        suspicion = form == "accusation" and any(
            c.dep_ == "aux" and _lemma(c) == "have" for c in clause.children
        )
        for tok in (pred, clause):
            for c in tok.children:
                if tok == pred and c.i > pred.i:
                    continue  # "a vulnerability, not an asset": the contrast after it
                if c.dep_ == "neg" or (c.dep_ == "advmod" and str(c.lower_) in self.negators):
                    return True
                if c.dep_ == "det" and str(c.lower_) == "no":
                    return True
                if c.dep_ == "aux" and _lemma(c) in self.hypothetical:
                    if not (suspicion and _lemma(c) in self.suspicion_aux):
                        return True
                if c.dep_ == "mark" and _lemma(c) in self.condition:
                    return True
        return False

    def _party(self, phrase: Any, ctx: Context) -> list[ActorRef]:
        """The party a judged phrase names: itself where it is one, else its owner ("the
        senator's plan"); only references with a code or an entity count."""
        if str(phrase.lower_) in self.first_person or str(phrase.lower_) == "it":
            # the speaker's own side, or "it" (mostly a dummy subject: "it is reasonable to")
            return []
        heads = [phrase] if self.phrases.names_party(phrase, ctx) else []
        if not heads:
            owner = self.phrases.noun_agent(phrase) or self._conduct_of(phrase)
            if owner is None or not self.phrases.names_party(owner, ctx):
                return []
            if str(owner.lower_) in self.first_person:
                return []
            heads = [owner]
        refs = self.participants.refs(heads, ctx)
        return _parties(refs)

    def _conduct_of(self, phrase: Any) -> Any:
        """The doer a noun of conduct (``conduct_noun``) names in its "of" phrase ("the
        behaviour of the guards", "the actions of the ministry"), else None; other nouns'
        "of" phrase is as often what is done to ("the treatment of prisoners")."""
        if _lemma(phrase).lower() not in self.conduct and str(phrase.lower_) not in self.conduct:
            return None
        return next(
            (
                o
                for p in _children(phrase, "prep")
                if _lemma(p) == "of"
                for o in _children(p, "pobj")
            ),
            None,
        )

    def _speaker(self, pred: Any, naming: Any, ctx: Context) -> tuple[list[ActorRef], Any]:
        """Who judges, and the quote that attributes it: the subject of a verb of naming,
        else the speaker of the quote around the predicate."""
        quote = self.participants.quote_for(pred.idx, pred.idx + len(pred.text), ctx)
        if naming is not None:
            subjects = _children(naming, "nsubj")
            if not subjects and naming.dep_ == "acl":  # "Harlan called …" parsed as a modifier
                subjects = [naming.head]
            subjects = [s for s in subjects if self.phrases.names_party(s, ctx)]
            if subjects:
                return self.participants.refs(subjects, ctx), quote
        if quote is None or quote.speaker is None:
            return [], None
        return [self.participants.speaker_ref(quote, ctx)], quote

    def _falsity(self, pred: Any) -> bool:
        """Whether ``pred`` calls something untrue: a word of falsity, or a noun with one
        before it ("fake news")."""
        words = [pred, *(_children(pred, "amod") if pred.pos_ in ("NOUN", "PROPN") else [])]
        return any(
            _lemma(w).lower() in self.falsity or str(w.lower_) in self.falsity for w in words
        )

    def _may_read(self, pred: Any, view: LexicalView, kids: tuple[tuple[Any, ...], ...]) -> bool:
        """Whether ``pred`` may have a reading: its lemma or form, or an adjectival
        modifier's, is one of the lists' words (every reading of ``_reading`` starts from
        one); a cheap test on the parse's arrays (``kids``: ``doc_children`` of its doc)
        that spares the rest of the tokens."""
        i = pred.i
        if view.lemma[i] in self.keys or view.lower[i] in self.keys:
            return True
        return any(
            c.dep_ == "amod"
            and (view.lemma[c.i] in self.modifiers or view.lower[c.i] in self.modifiers)
            for c in kids[i]
        )

    def _reading(self, pred: Any) -> tuple[str, Any, Any, Any, str] | None:
        """(kind, judged phrase, clause head, verb of naming, construction name) where
        ``pred`` judges or accuses a party, or calls a claim false, else None."""
        if self._falsity(pred):
            shape = self.judged(pred)
            if shape is not None and _lemma(shape[0]).lower() in self.claims:
                # "said the charges were baseless": the speaker rejects the claim
                return "REJECT", shape[0], shape[1], shape[2], "denial"
        kind = self.polarity(pred)
        shape = self.judged(pred) if kind is not None else None
        if kind is not None and shape is not None:
            phrase, clause, naming = shape
            return kind, phrase, clause, naming, _shape(pred, naming)
        if kind in ("ACCUSE", None) and self._attributive(pred):
            # "said the governor's reckless plan would hurt families": the owner is judged
            return "ACCUSE", pred, pred, None, "attributive"
        accusation = self.accused(pred)
        if accusation is None:
            return None
        return "ACCUSE", accusation[0], accusation[1], None, "accusation"

    def find(self, sent: Any, ctx: Context, proposed: list[Event]) -> list[Event]:
        """The judgements of parties in ``sent`` that the rules' ``proposed`` events do not
        already code, as events."""
        found: list[Event] = []
        view, kids = lexical_view(sent.doc), doc_children(sent.doc)
        for pred in doc_tokens(sent.doc)[sent.start : sent.end]:
            reading = self._reading(pred) if self._may_read(pred, view, kids) else None
            if reading is None:
                continue
            kind, phrase, clause, naming, form = reading
            if self._guarded(pred, clause, form):
                continue
            actor, quote = self._speaker(pred, naming, ctx)
            if form == "attributive" and not _parties(actor):
                # "the report detailed the governor's corruption": a document describes
                continue
            recipient = self._party(phrase, ctx)
            if not actor or (not recipient and kind != "REJECT") or _same_side(actor, recipient):
                continue
            if form == "denial" and recipient and _lemma(phrase).lower() in self.products:
                # "said the newspaper's report was misleading": its maker's work discredited
                kind, form = "ACCUSE", "discredit"
            trigger = _trigger(pred, naming, quote, sent)
            if form == "accusation" and _name_accused(proposed, trigger, recipient):
                continue
            if any(_codes_same(ev, kind, recipient) for ev in [*proposed, *found]):
                continue
            found.append(
                Event(
                    id="",
                    event=kind,
                    trigger=trigger,
                    sentence=Span(sent.text, sent.start_char, sent.end_char),
                    actor=actor,
                    recipient=recipient,
                    cameo=_CODES[kind] if form != "accusation" else "112",
                    confidence=_CONFIDENCE,
                    rule=f"evaluation: {form} {_lemma(pred).lower()}",
                    quote=quote.id if quote is not None else None,
                )
            )
        return found


def _doer(verb: Any) -> Any:
    """The doer of ``verb``: its active subject (a conjoined verb's from the first verb:
    "met and wrongly dismissed"), or the agent of its passive ("were closed by the
    board"); None where it has neither."""
    doers = verb_doers(
        verb,
        agent="last",
        subject_deps=("nsubj",),
        relative=(),
        passive_stops=True,
        relcl_noun=False,
    )
    return doers[0] if doers else None


def _same_side(actor: list[ActorRef], recipient: list[ActorRef]) -> bool:
    """Whether the judged party is the speaker itself (same entity or same words)."""
    mine = {a.entity for a in actor if a.entity} | {a.text.lower() for a in actor}
    return any((r.entity and r.entity in mine) or r.text.lower() in mine for r in recipient)


def _name_accused(proposed: list[Event], trigger: Span, recipient: list[ActorRef]) -> bool:
    """Give the accused to an ACCUSE a lexicon row already codes on the same verb of saying
    without a recipient ("claimed that the mayor lied"); whether there was one."""
    for ev in proposed:
        if ev.event == "ACCUSE" and not ev.recipient and ev.trigger.start == trigger.start:
            ev.recipient = recipient
            ev.rule = f"{ev.rule}; accused: reported clause"
            return True
    return False


def _codes_same(ev: Event, kind: str, recipient: list[ActorRef]) -> bool:
    """Whether a coded event already is this judgement: the same type toward the same party."""
    if ev.event != kind:
        return False
    theirs = {r.entity for r in ev.recipient if r.entity}
    spans = [(r.start, r.end) for r in ev.recipient]
    for r in recipient:
        if r.entity and r.entity in theirs:
            return True
        if any(s < r.end and r.start < e for s, e in spans):
            return True
    return not ev.recipient


def _shape(pred: Any, naming: Any) -> str:
    """The construction's name in an event's rule: naming, deed or copula."""
    if naming is not None:
        return "naming"
    return "deed" if pred.dep_ == "dobj" else "copula"


def _trigger(pred: Any, naming: Any, quote: Any, sent: Any) -> Span:
    """The words that perform the judgement: the verb of naming, else the quote's verb of
    saying where it is in the sentence (as the speech rules anchor a statement), else the
    word of judgement itself."""
    tok = naming
    if tok is None and quote is not None and quote.cue is not None:
        cue = sent.doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
        if cue is not None and sent.start_char <= cue.start_char < sent.end_char:
            tok = cue.root
    if tok is None:
        tok = pred
    return Span(tok.text, tok.idx, tok.idx + len(tok.text))


def _parties(refs: list[ActorRef]) -> list[ActorRef]:
    """The references that name a party: with a code, an entity or a sector."""
    return [r for r in refs if r.code or r.entity or r.sectors]
