"""Constructions that report protest and violence beyond a trigger word's own pattern.

A verb-and-object pattern fits the passive and the participle ("weapons were seized",
"shells fired at the town", "the seized rifles"); verbs of finding report a seizure only
with arms as their object ("police found a cache of rifles"); a verb reports an event
through its subject ("a car bomb exploded", "the bomb that exploded", "a bullet hit
him", "protesters gathered"), intervening through its mark of force, its country or
its war ("intervened militarily", "intervened in Chad"); and a hostile verb whose
subject is an accident's explosion reports none ("a gas explosion killed four"). The
word classes (``seizure_verb``, ``exploding``, ``weapon_hit``, ``intervention``,
``protester``, ``protest_motion``) are in ``resources/events/grammar.txt``, the word
sets (``&arms``) and the accident rows in ``resources/events/lexicon.txt``.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, LOWER, POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id

from ..dictionaries.petrarch_verbs import NON_EVENT
from .event_constructions_acts import (
    FireWords,
    ProtestWords,
    aim_classes,
    dismissal,
    legal_parties,
    military_intervention,
    weapon_hit,
)
from .event_constructions_verbal_forms import gapped_object
from .event_court_penalty import CourtPenalty
from .event_disaster_acts import DisasterActs, relief_word
from .event_grammar import (
    _PASSIVE_SUBJECT_DEPS,
    _SUBJECT_DEPS,
    HOSTILE,
    Candidate,
    _children,
    _dep_words,
    _fits,
    _has_word,
    _lemma,
    _match,
    _speech_source,
    verb_doers,
)
from .event_lexicon import Lexicon, Pattern

# the parts of speech ``match`` reads a word under: a verb or an event noun, or a past
# participle (tag VBN) read as a passive verb or as an adjective
_MATCHED_POS = frozenset(POS_IDS[p] for p in ("VERB", "AUX", "NOUN", "PROPN"))
_VBN = get_string_id("VBN")
#: entity labels of a place's name: a natural force so named is a place, not a disaster
_PLACE_ENTS = ("LOC", "GPE", "FAC")
# word forms whose anchor test is remembered (by string hash) before the memory is cleared
_FORM_MEMORY = 200_000


def _window(tok: Any) -> Any:
    """The sentence of ``tok`` with the two sentences before it: where an accident's report
    tells the accident before its toll."""
    doc, sent = tok.doc, tok.sent
    start = sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    return doc[start : sent.end]


def _toll_verb(verb: Any, toll_verbs: frozenset[str]) -> Any | None:
    """The verb whose object ``verb`` is the predicate of, if any: a toll verb (grammar
    class ``toll_verb``: "leaving four injured", "left three bystanders injured"), or any
    verb whose object is a number ("left three dead and seven injured")."""
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ == "NUM" and head.head.pos_ == "VERB":
        return head.head
    if verb.dep_ == "acl" and head.dep_ == "dobj":
        head = head.head
    elif verb.dep_ != "oprd":
        return None
    if head.pos_ == "VERB" and _lemma(head) in toll_verbs:
        return head
    return None


class AnchorIndex:
    """The words every pattern or construction is anchored on (a pattern's head, a verb of
    finding, of exploding or of gathering), and the tokens of a parse that carry one.

    A token can match only as a verb, a noun or a past participle whose lower-cased
    lemma, word form or a stem of it (the form less "d", "ed", "s", "es", "ng" or
    "ing") is an anchor; every other token has no pattern, so the matcher tries only
    these instead of every word of every sentence. They are read from the parse's
    arrays, so the tokens left out are never built; the anchor test is remembered per
    distinct word."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words
        self._lemma_anchored: dict[int, bool] = {}
        self._form_anchored: dict[int, bool] = {}

    def tokens(self, doc: Any) -> list[int]:
        """The indices, in order, of the tokens of ``doc`` that carry an anchor."""
        if not len(doc):
            return []
        strings = doc.vocab.strings
        lemma_ok, form_ok = self._lemma_anchored, self._form_anchored
        if len(lemma_ok) + len(form_ok) > _FORM_MEMORY:
            lemma_ok.clear()
            form_ok.clear()
        anchors = self.words
        out: list[int] = []
        # the columns' lists (one ``tolist`` per column is cheaper than the rows')
        columns = doc.to_array([POS, TAG, LEMMA, LOWER]).T.tolist()
        for i, (pos, tag, lemma, lower) in enumerate(zip(*columns, strict=True)):
            if pos not in _MATCHED_POS and tag != _VBN:
                continue
            ok = lemma_ok.get(lemma)
            if ok is None:
                ok = lemma_ok[lemma] = strings[lemma].lower() in anchors
            if not ok:
                ok = form_ok.get(lower)
                if ok is None:
                    low = strings[lower]
                    ok = form_ok[lower] = any(
                        low[: len(low) - cut] in anchors for cut in (0, 1, 2, 3)
                    )
            if ok:
                out.append(i)
        return out


class Constructions:
    """The patterns a verb takes through its passive subject, its participle's noun or
    its subject, for one lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.seizure = lex.word_class("seizure_verb")
        self.protester_nouns = lex.word_class("protester")
        self.protest_motion = lex.word_class("protest_motion")
        self.protest_words, self.fire_words = ProtestWords.load(lex), FireWords.load(lex)
        self.exploding = lex.word_class("exploding")
        self.weapon_hit, self.weapon_landing, self.landing_preps = (
            lex.word_class("weapon_hit"),
            lex.word_class("weapon_landing"),
            lex.word_class("landing_preposition"),
        )
        # intervening by force (event_constructions_acts.military_intervention)
        self.intervention, self.intervention_mark, self.armed_conflict = (
            lex.word_class("intervention"),
            lex.word_class("intervention_mark"),
            lex.word_class("armed_conflict"),
        )
        # the disaster word sets (natural_force, accident_cue, accident_verb, relief, ...)
        self.disaster_acts = DisasterActs(lex)
        # act nouns a mark or a verb of outbreak reports as done (event_constructions_acts)
        self.act_nouns, self.act_marks, self.act_unreal = (
            lex.word_class("marked_act_noun"),
            lex.word_class("act_mark"),
            lex.word_class("act_unreal"),
        )
        # the targets of an attack by force and those in words (``aimed_act``), and the
        # classes of an act told as taking place (``took_place``)
        self.aim_targets, self.aim_in_words = aim_classes(lex)
        # the parties a legal act or a contest in court is brought against (``legal_act``,
        # ``court_opponents``)
        self.legal_parties = legal_parties(lex)
        self.stative, self.occurrence, self.occurrence_object = (
            lex.word_class("stative"),
            lex.word_class("occurrence"),
            lex.word_class("occurrence_object"),
        )
        self.outbreak, self.dismiss = (
            lex.word_class("outbreak_verb"),
            lex.word_class("dismissal_verb"),
        )
        self.court_penalty = CourtPenalty(lex)  # "ordered to pay damages": SANCTION
        # a construction of ``match`` anchored on another word class must add it here
        self.anchors = AnchorIndex(
            frozenset(head for head, _pos in lex.patterns)
            | self.seizure
            | self.exploding
            | self.weapon_hit
            | self.weapon_landing
            | self.intervention
            | self.protest_motion
        )

    def matchable(self, doc: Any) -> list[int]:
        """The indices of the tokens of ``doc`` that ``match`` may give a pattern, in order
        (every pattern and construction is anchored on a word: see ``AnchorIndex``)."""
        return self.anchors.tokens(doc)

    def match(self, tok: Any) -> Pattern | None:
        """The lexicon pattern of a word, or of its construction where that says more."""
        # a weapon that hit comes before the verb's own row ("a shell slammed into ...")
        hit = weapon_hit(tok, self, self._cause_subjects)
        if hit is not None:
            return hit
        found = (
            dismissal(tok, self.dismiss) or self.court_penalty.match(tok) or _match(tok, self.lex)
        )
        return (
            self._passive_match(tok, found)
            or self._subject_pattern(tok)
            or military_intervention(tok, self)
        )

    def _object_words(self, tok: Any) -> tuple[set[str], bool]:
        """The words a verb pattern's extra words may match, with those of its passive
        subject or of the noun its participle modifies ("weapons were seized", "shells
        fired at the town"); and whether there was such a logical object."""
        words = _dep_words(tok)
        objs = _children(tok, *_PASSIVE_SUBJECT_DEPS)
        objs += gapped_object(tok, self.lex)  # "shells fired at the town", "the insult he hurled"
        for obj in objs:
            words |= {_lemma(obj), str(obj.lower_)}
            for c in obj.children:
                if c.dep_ in ("compound", "amod", "nmod") or (
                    c.dep_ == "prep" and _lemma(c) == "of"
                ):
                    words |= {_lemma(c), str(c.lower_)}
                    for g in _children(c, "pobj", "compound"):
                        words |= {_lemma(g), str(g.lower_)}
        if tok.head.pos_ in ("NOUN", "PROPN") and tok.dep_ == "amod" and tok.pos_ == "VERB":
            # "the seized rifles", "captured footage": the noun alone, not its modifiers
            # ("hard-won expertise" is no win of hard currency)
            objs.append(tok.head)
            words |= {_lemma(tok.head), str(tok.head.lower_)}
        return words, bool(objs)

    def _passive_match(self, tok: Any, found: Pattern | None) -> Pattern | None:
        """The pattern of a verb whose object is its passive subject or the noun its past
        participle modifies: a verb-and-object pattern fits these as it fits the active
        verb, and is preferred to a less specific pattern the active reading found. A
        verb of finding (grammar class ``seizure_verb``) with arms (``&arms``) as its
        object reports a seizure of arms."""
        if tok.pos_ not in ("VERB", "AUX") and tok.tag_ != "VBN":
            return found
        lemma = _lemma(tok)
        index = self.lex.index((lemma, "v"))
        least = len(found.deps) if found is not None else 0
        if (found is not None or lemma not in self.seizure) and (
            index is None or index.most_deps <= least
        ):
            return found  # nothing a passive reading could add
        words, passive = self._object_words(tok)
        if found is None and lemma in self.seizure and _has_word("&arms", words, self.lex):
            return Pattern(
                head=lemma,
                pos="v",
                deps=("&arms",),
                event="COERCE",
                mode="seize",
                cameo="1711",
                conf=0.7,
                text=f"{lemma} &arms",
            )
        if not passive or index is None:
            return found
        # the patterns before the first one no more specific than the active reading's
        # (all of them when it found none), in order; only those the words pick out fit
        stop = len(index.pats)
        if found is not None:
            stop = next((k for k, p in enumerate(index.pats) if len(p.deps) <= least), stop)
        for k in index.candidates(words):
            if k >= stop:
                break
            pat = index.pats[k]
            if pat.deps and _fits(pat, words, self.lex):
                return pat
        return found

    def protester(self, verb: Any) -> str | None:
        """The protester noun (grammar class ``protester``) that is the verb's subject,
        or the subject's "of" phrase ("thousands of demonstrators")."""
        for subj in _children(verb, *_SUBJECT_DEPS):
            heads = [subj] + [
                g
                for p in _children(subj, "prep")
                if _lemma(p) == "of"
                for g in _children(p, "pobj")
            ]
            who = next((_lemma(h) for h in heads if _lemma(h) in self.protester_nouns), None)
            if who is not None:
                return who
        return None

    def _subject_pattern(self, tok: Any) -> Pattern | None:
        """Events that a verb reports through its subject: "a car bomb exploded", "a
        grenade went off" (an explosive, the lexicon's ``&arms``, as the subject of a
        verb of exploding, grammar class ``exploding``: a bombing); "protesters
        gathered", "thousands of demonstrators marched" (a verb of gathering or moving,
        class ``protest_motion``, with people protesting, class ``protester``, as its
        subject: a protest; rioters make it a riot)."""
        if tok.pos_ != "VERB":
            return None
        lemma = _lemma(tok)
        if lemma in self.exploding and (lemma != "go" or _children(tok, "prt")):
            for subj in self._cause_subjects(tok):  # "the bomb that exploded": the bomb
                words = {_lemma(subj), str(subj.lower_)} | {
                    _lemma(c) for c in subj.children if c.dep_ in ("compound", "amod", "nmod")
                }
                if _has_word("&accident", words, self.lex):
                    # "a furnace exploded": an accident, which no later "blast" makes an attack
                    return Pattern(
                        head=lemma,
                        pos="v",
                        deps=(),
                        event=NON_EVENT,
                        mode=None,
                        cameo=None,
                        conf=0.0,
                        text=f"&accident {lemma}",
                    )
                if _has_word("&arms", words, self.lex):
                    return Pattern(
                        head=lemma,
                        pos="v",
                        deps=(),
                        event="ASSAULT",
                        mode="explosives",
                        cameo="183",
                        conf=0.65,
                        text=f"&arms {lemma}",
                    )
        who = self.protester(tok) if lemma in self.protest_motion else None
        if who is None:
            return None
        riot = who == "rioter"
        return Pattern(
            head=lemma,
            pos="v",
            deps=(),
            event="PROTEST",
            mode="riot" if riot else "demo",
            cameo="145" if riot else "141",
            conf=0.6,
            text=f"{who} {lemma}",
        )

    def accidental_subject(self, cand: Candidate) -> bool:
        """Whether a hostile verb's subject is an explosion, blast or fire that the
        lexicon marks as an accident's ("a gas explosion killed four"): no attack."""
        if cand.is_noun or cand.event not in HOSTILE:
            return False
        for subj in _children(cand.tok, *_SUBJECT_DEPS):
            pat = _match(subj, self.lex)
            if pat is not None and pat.event == NON_EVENT and pat.pos == "n":
                return True
        return False

    def _cause_subjects(self, verb: Any) -> list[Any]:
        """The subject of a verb, or where it has none, of the verb it is a participle of
        result or a conjunct of ("the blast destroyed the flats, killing four", "a tiger
        attacked and killed a herder"), or the noun that a relative clause or an active
        participle modifies ("the sinking that killed 300"); also the weapon that hit or the
        explosive that blew up ("the bomb that exploded": the bomb)."""
        seen: set[int] = set()
        while verb.i not in seen:
            seen.add(verb.i)
            subj = verb_doers(verb, agent="none", relative=("WDT",), hops=0, relcl_noun=False)
            if subj:
                # "a pack of dogs", "a gust of wind": the "of" object names what acts
                return subj + [
                    o
                    for s in subj
                    for p in _children(s, "prep")
                    if _lemma(p) == "of"
                    for o in _children(p, "pobj")
                ]
            if (toll := _toll_verb(verb, self.lex.word_class("toll_verb"))) is not None:
                verb = toll  # "left three dead and seven injured", "leaving four injured"
                continue
            if verb.dep_ == "relcl" or (
                verb.dep_ == "acl"
                and not _children(verb, "agent")
                and (verb.head.dep_ == "ROOT" or _children(verb, "dobj"))
            ):
                # "severe cold killed 15", "a gust of wind knocked over the stage": a main
                # verb read as a participle of its subject noun (not one with a "by" agent)
                head = verb.head
                return [head] + [
                    o
                    for p in _children(head, "prep")
                    if _lemma(p) == "of"
                    for o in _children(p, "pobj")
                ]
            if verb.dep_ not in ("advcl", "conj") or verb.head.pos_ not in ("VERB", "AUX"):
                return []
            verb = verb.head
        return []

    def _force(self, tok: Any) -> bool:
        """Whether a noun is a natural force, an animal, an accident or a rescuer, or an
        explosion or fire that the lexicon marks as an accident's ("a gas explosion")."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        acts = self.disaster_acts
        lemma = _lemma(tok)
        if lemma in acts.natural_force | acts.accident_cue | acts.relief:
            return not acts.weapon_fire(tok)  # "mortar fire killed two": shooting
        pat = _match(tok, self.lex)
        return pat is not None and pat.event == NON_EVENT and pat.pos == "n"

    def _violent(self, toks: Any) -> bool:
        """Whether words hold a word of political violence or arms ("a bomb exploded")."""
        acts = self.disaster_acts
        # "a police van overturned": a word of violence that only names whose vehicle it is
        lemmas = {
            _lemma(t)
            for t in toks
            if not _speech_source(t, acts.speech)
            and not (t.dep_ in ("compound", "nmod") and _lemma(t.head) in acts.natural_force)
        }
        return bool(lemmas & acts.attack_cue) or _has_word("&arms", lemmas, self.lex)

    def natural_cause(self, cand: Candidate) -> bool:
        """Whether a hostile verb reports harm by nature or by accident, not an attack.

        Its subject (or that of the verb it is a participle of result or a conjunct of) is
        a natural force, an animal, an accident or a rescuer ("the storm killed five", "a
        crocodile attacked and killed a fisherman", "firefighters battled the flames"); it
        is the participle of result of an accident verb ("two trains collided, killing
        the drivers"); or a "when", "after" or "as" clause of it is headed by an accident
        verb or a verb of falling or has a natural force as its subject ("were killed when
        the bus plunged into a gorge", "was killed when a beam fell"), with no word of
        violence in that clause.
        """
        if cand.is_noun or cand.event not in HOSTILE | {"THREATEN"}:
            return False
        acts = self.disaster_acts
        verb = cand.tok
        if any(self._force(s) for s in self._cause_subjects(verb)):
            return True
        gov = verb.head
        if verb.dep_ == "advcl" and _lemma(gov) in acts.accident_verb:
            if not self._violent(w for c in _children(gov, *_SUBJECT_DEPS) for w in c.subtree):
                return True
        verbs = [verb, *_children(verb, "conj")]
        if verb.dep_ == "conj":
            verbs.append(verb.head)
        for v in verbs:
            for clause in _children(v, "advcl"):
                marks = {_lemma(c) for c in clause.children if c.dep_ in ("mark", "advmod")}
                if not marks & {"when", "after", "as"} or self._violent(clause.subtree):
                    continue
                subj = _children(clause, *_SUBJECT_DEPS, *_PASSIVE_SUBJECT_DEPS)
                if _lemma(clause) in acts.clause_verb or any(
                    _lemma(s) in acts.natural_force | acts.accident_cue for s in subj
                ):
                    return True
        return False

    def accident_report(self, cand: Candidate) -> bool:
        """Whether a casualty verb in the passive with no agent ("eight traders were
        killed", "40 shops were gutted") reports the toll of an accident told in this
        sentence or the two before it: a natural force or an accident as the subject of
        a verb ("a fire broke out", "the blast was heard"), or an accident verb ("the
        truck overturned"), with no word of violence or arms there but forces on relief.
        """
        verb = cand.tok
        if cand.is_noun or cand.event not in HOSTILE or verb.tag_ != "VBN":
            return False
        acts = self.disaster_acts
        if not _children(verb, *_PASSIVE_SUBJECT_DEPS) or _children(verb, "agent"):
            return False
        window = _window(verb)
        if self._violent(t for t in window if not acts.on_relief(t)):
            return False
        return any(
            t.i != verb.i
            and (
                (t.pos_ == "VERB" and _lemma(t) in acts.accident_verb)
                or (t.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS and self._force(t))
            )
            for t in window
        )

    def relief_deployment(self, cand: Candidate) -> bool:
        """Whether forces are deployed or mobilised for rescue or relief (grammar class
        ``relief``) rather than as a show of force: the word is in the verb's purpose
        clause, its "for" phrase or its object ("deployed divers to search for ...",
        "mobilised troops for flood relief", "rescue teams were sent"), or a disaster is
        reported just before with no word of violence."""
        if cand.event != "MOBILIZE" or cand.is_noun:
            return False
        acts = self.disaster_acts
        parts = [
            c
            for c in cand.tok.children
            if c.dep_ in ("xcomp", "advcl", "dobj", "nsubjpass", "prep")
        ]
        # "troops were sent to help residents cope with the flooding": a disaster noun in
        # the purpose; a fire only as fought ("to fight the blazes", not "to open fire")
        disaster = (acts.natural_force & acts.accident_cue) - {"fire", "blaze", "flame"}
        if any(relief_word(w, acts.relief | disaster, self.lex) for c in parts for w in c.subtree):
            return True
        # forces sent after a disaster that this sentence or the two before report, with no
        # word of violence there ("the quake's toll rose ... the army sent 3,000 soldiers")
        sent = _children(cand.tok, "dobj", *_SUBJECT_DEPS, *_PASSIVE_SUBJECT_DEPS)
        forces = {w.i for c in sent for w in c.subtree}
        window = [t for t in _window(cand.tok) if t.i not in forces]  # not the forces' words
        told = disaster | (acts.natural_force - {"fire", "blaze", "flame", "heat", "cold", "wind"})
        return not self._violent(window) and any(_disaster_told(t, told) for t in window)

    def accident_noun(self, cand: Candidate) -> bool:
        """Whether a bare "explosion", "blast" or "fire" is the accident this sentence or
        the one before reports ("a furnace exploded at the plant. The explosion ...")."""
        if not cand.is_noun or cand.pat.deps or cand.event not in HOSTILE:
            return False
        if _lemma(cand.tok) not in ("explosion", "blast", "fire", "blaze"):
            return False
        doc, sent = cand.tok.doc, cand.tok.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for t in doc[start : sent.end]:
            if t.i == cand.tok.i:
                continue
            pat = self.match(t)
            if pat is not None and pat.event == NON_EVENT and "&accident" in pat.text:
                return True
        return False


def _disaster_told(tok: Any, told: frozenset[str] | set[str]) -> bool:
    """Whether a word tells a disaster (a word of ``told``) and is no place's name: a named
    sea or river is where forces go ("warships deployed to the South China Sea")."""
    return _lemma(tok) in told and tok.pos_ != "PROPN" and tok.ent_type_ not in _PLACE_ENTS
