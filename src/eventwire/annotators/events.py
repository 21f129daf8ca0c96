"""The events annotator: who did what to whom, coded as PLOVER events with CAMEO codes.

How a sentence becomes events, in the order of the code below:

1. **Triggers.** Every verb and noun is looked up by lemma in the event lexicon
   (``resources/events/lexicon.txt`` plus the user's ``event_lexicons``); a pattern
   with extra words ("call on", "expel diplomat", "strike/n hunger") fires only when
   those words depend on the head, and the most specific pattern wins. PETRARCH verb
   dictionaries (``resources/events/petrarch-cameo.txt``, the user's
   ``event_dictionaries``) add rows of the same kind, under the hand-written ones; a
   ``---`` row (PETRARCH's ``[---]``) that wins codes nothing.
2. **Filtering and absorption.** Verbs that take a clause ("urged X to implement",
   "agreed to cooperate", "refused to meet") code one event for the pair; event
   nouns count only where the grammar makes them reported events (object of a light
   verb, with a possessor or agent, subject of "came", predicate of "X is a
   violation"); an event verb buried under an ordinary noun ("hesitation in
   expelling") is not asserted and is not coded.
3. **Modality** from the grammar: negation ("did not", "no", "denied"), intent
   ("plans to", "is willing to", "will") that turns co-operation into AGREE and force
   into THREATEN, conditions ("if", "unless"), hypothetical modals.
4. **Statements**: speech verbs are never events of their own; "X said Y must …" is a
   REQUEST by X on Y, "X said Y attacked Z" an ASSAULT by Y on Z linked to the quote.
5. **Arguments** from the dependency parse: subject / passive agent, object, dative
   and prepositional objects, coordination (lists), relative clauses, control verbs,
   possessors and "of"/"by" phrases of event nouns. Each phrase becomes an ActorRef
   through the actors annotator's ``actor_ref``. A party left without a country takes
   the country of the place the event happens in ("detained six militants in
   Jakarta"); an on-the-ground event with no party named takes that place as recipient.
6. **Contexts**: the one the CAMEO code implies, then cue words in the sentence
   (``contexts.txt``), else cues repeated in the article.

Each event carries the ``rule`` that fired (the lexicon pattern and the rules that
changed it) and a ``confidence``; ``explain(event)`` prints both.
"""

from __future__ import annotations

import functools
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..dictionaries.petrarch_verbs import NON_EVENT
from ..errors import ConfigError
from ..records import PLOVER_TYPES, ActorRef, Event, Span
from . import Annotator, Context, SpanIndex, register

# --------------------------------------------------------------------------------------
# Resources: the lexicon, the grammar word classes and the context cues
# --------------------------------------------------------------------------------------

RESOURCE_PACKAGE = "eventwire.resources.events"
LEXICON_FILE = "lexicon.txt"
GRAMMAR_FILE = "grammar.txt"
CONTEXTS_FILE = "contexts.txt"

#: Types that are co-operative (intent to do them is AGREE) or hostile (intent is THREATEN).
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
HOSTILE = frozenset({"SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "PROTEST"})

# CAMEO 03x (intent to ...) and 13x (threaten to ...) by the type of the intended act.
AGREE_CAMEO = {
    "COOPERATE": "031",
    "AID": "033",
    "SUPPORT": "032",
    "CONCEDE": "035",
    "RETREAT": "035",
    "CONSULT": "036",
}
THREATEN_FROM = {
    "SANCTION": ("relations", "131"),
    "COERCE": ("restrict", "132"),
    "ASSAULT": ("violence", "138"),
    "MOBILIZE": ("violence", "138"),
    "PROTEST": ("relations", "133"),
}

_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "pcomp", "attr"})
_SUBJECT_DEPS = ("nsubj", "csubj")
_SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
_VERBAL_TYPES = _SPEECH_ACTS | {"AGREE", "SUPPORT"}
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
_OBJECT_CONTROL = frozenset(
    {"urge", "ask", "order", "force", "persuade", "allow", "call", "press", "invite", "tell"}
)
_ACTOR_ENT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us"})
_LEADER_PARTICIPLES = frozenset({"lead", "back", "sponsor", "orchestrate", "sanction", "bring"})


@dataclass(frozen=True)
class Pattern:
    """One lexicon entry: a head word with required dependents, and what it codes."""

    head: str
    pos: str  # "v" (verb) or "n" (event noun)
    deps: tuple[str, ...]
    event: str
    mode: str | None
    cameo: str | None
    absorb: bool = False
    of_actor: bool = False
    copular: bool = False
    conf: float = 0.7
    text: str = ""
    where: str = ""
    dictionary: bool = False  # a row of a PETRARCH verb dictionary

    @property
    def key(self) -> tuple[str, str, tuple[str, ...]]:
        """Identity used to override a pattern from a later file."""
        return (self.head, self.pos, tuple(sorted(self.deps)))


def _read_text(name: str) -> str:
    return resources.files(RESOURCE_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def _user_text(path: str, what: str) -> str:
    try:
        return Path(path).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{what} file {path!r} cannot be read ({exc}); expected a UTF-8 text file "
            f"in the format of eventwire/resources/events/README.md"
        ) from exc


def _parse_word_set(line: str, loc: str, word_sets: dict[str, tuple[tuple[str, ...], ...]]) -> None:
    name, _, members = line.partition("=")
    name = name.strip().lower()
    if not re.fullmatch(r"&[a-z0-9_.-]+", name):
        raise ConfigError(f"{loc}: word set name {name!r}: expected '&name = word, two words, ...'")
    spelled = tuple(tuple(m.lower().split()) for m in members.split(","))
    if not spelled or not all(spelled):
        raise ConfigError(f"{loc}: word set {name}: expected comma-separated words after '='")
    word_sets[name] = spelled


def parse_lexicon(
    text: str,
    where: str,
    word_sets: dict[str, tuple[tuple[str, ...], ...]] | None = None,
    dictionary: bool = False,
) -> list[Pattern | tuple[str, str, tuple[str, ...]]]:
    """Parse lexicon text into patterns; a ``NONE`` row yields the key of a pattern to remove.

    ``&name = word, two words, ...`` rows define word sets (added to ``word_sets``, which
    may hold the sets of earlier files); ``&name`` as a row's head stands for each of its
    entries (first word the head, the rest words that must depend on it), as a required
    word for any one of them. ``dictionary`` marks the rows as a verb dictionary's.
    """
    out: list[Pattern | tuple[str, str, tuple[str, ...]]] = []
    sets = word_sets if word_sets is not None else {}
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        loc = f"{where}:{n}"
        if line.startswith("&") and "=" in line.split("|", 1)[0]:
            _parse_word_set(line, loc, sets)
            continue
        cols = [c.strip() for c in line.split("|")]
        if len(cols) < 2:
            raise ConfigError(
                f"{loc}: {raw.strip()!r} has no event column; expected "
                "'pattern | EVENT | mode | cameo | flags'"
            )
        cols += [""] * (5 - len(cols))
        words = cols[0].lower().split()
        if not words:
            raise ConfigError(f"{loc}: empty pattern; expected a head word first")
        head, pos = words[0], "v"
        if "/" in head:
            head, pos = head.rsplit("/", 1)
            if pos not in ("v", "n"):
                raise ConfigError(f"{loc}: {words[0]!r}: expected /v or /n after the head word")
        deps = tuple(words[1:])
        for w in deps:
            if w.startswith("&") and w not in sets:
                raise ConfigError(
                    f"{loc}: word set {w!r} is not defined above; expected "
                    f"a row '{w} = word, two words, ...' first"
                )
        heads: list[tuple[str, tuple[str, ...]]] = [(head, deps)]
        if head.startswith("&"):
            if head not in sets:
                raise ConfigError(
                    f"{loc}: word set {head!r} is not defined above; expected "
                    f"a row '{head} = word, two words, ...' first"
                )
            heads = [(m[0], tuple(dict.fromkeys(m[1:] + deps))) for m in sets[head]]
        event = cols[1].upper()
        if event == "NONE":
            out.extend((h, pos, tuple(sorted(d))) for h, d in heads)
            continue
        if event not in PLOVER_TYPES and event != NON_EVENT:
            raise ConfigError(
                f"{loc}: unknown event type {cols[1]!r}; expected one of "
                f"{', '.join(PLOVER_TYPES)}, NONE or {NON_EVENT}"
            )
        cameo = cols[3] or None
        if cameo is not None and not re.fullmatch(r"\d{2,4}", cameo):
            raise ConfigError(f"{loc}: CAMEO code {cameo!r}: expected 2 to 4 digits")
        flags = {f.strip() for f in cols[4].split(",") if f.strip()}
        conf = 0.7 if pos == "v" else 0.6
        for flag in list(flags):
            if flag.startswith("conf="):
                try:
                    conf = float(flag[5:])
                except ValueError:
                    raise ConfigError(f"{loc}: {flag!r}: expected conf=NUMBER") from None
                flags.discard(flag)
        unknown = flags - {"absorb", "of=actor", "copular"}
        if unknown:
            raise ConfigError(
                f"{loc}: unknown flag(s) {sorted(unknown)}; expected absorb, of=actor, "
                "copular, conf=N"
            )
        out.extend(
            Pattern(
                head=h,
                pos=pos,
                deps=d,
                event=event,
                mode=cols[2] or None,
                cameo=cameo,
                absorb="absorb" in flags,
                of_actor="of=actor" in flags,
                copular="copular" in flags,
                conf=conf,
                text=cols[0].strip() if h == head else " ".join((h, *d)),
                where=loc,
                dictionary=dictionary,
            )
            for h, d in heads
        )
    return out


def parse_grammar(text: str, where: str) -> dict[str, set[str]]:
    """Parse a grammar file: ``[section]`` headers, then words separated by blanks."""
    sections: dict[str, set[str]] = {}
    current: str | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, set())
            continue
        if current is None:
            raise ConfigError(f"{where}:{n}: words before any [section]; expected '[name]' first")
        sections[current].update(w.lower() for w in line.split())
    return sections


def parse_contexts(text: str, where: str) -> dict[tuple[str, ...], str]:
    """Parse context cues: ``word(s) | context`` per line."""
    cues: dict[tuple[str, ...], str] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        cols = [c.strip() for c in line.split("|")]
        if len(cols) != 2 or not cols[0] or not cols[1]:
            raise ConfigError(f"{where}:{n}: {raw.strip()!r}; expected 'word(s) | context'")
        cues[tuple(cols[0].lower().split())] = cols[1]
    return cues


@dataclass
class Lexicon:
    """Patterns indexed by (head lemma, pos), most specific first; grammar classes; cues."""

    patterns: dict[tuple[str, str], list[Pattern]]
    grammar: dict[str, frozenset[str]]
    contexts: dict[tuple[str, ...], str]
    #: word sets named in patterns: name -> first word of an entry -> the entries
    word_sets: dict[str, dict[str, list[tuple[str, ...]]]] = field(default_factory=dict)
    _pattern_words: dict[Pattern, frozenset[str]] = field(default_factory=dict, repr=False)

    def word_class(self, name: str) -> frozenset[str]:
        """The words of a grammar section (empty when the section is absent)."""
        return self.grammar.get(name, frozenset())

    def pattern_words(self, pat: Pattern) -> frozenset[str]:
        """Every word a pattern names besides its head, its word sets spelled out."""
        known = self._pattern_words.get(pat)
        if known is not None:
            return known
        out: set[str] = set()
        for d in pat.deps:
            if d.startswith("&"):
                out.update(w for es in self.word_sets[d].values() for e in es for w in e)
            else:
                out.add(d)
        self._pattern_words[pat] = frozenset(out)
        return self._pattern_words[pat]


#: Which rows of PETRARCH verb dictionaries are used (setting ``event_dictionary_patterns``).
DICTIONARY_PATTERNS = ("constrained", "fallback", "new_verbs", "all", "none")

_ParsedRows = tuple[
    tuple[Pattern | tuple[str, str, tuple[str, ...]], ...], dict[str, tuple[tuple[str, ...], ...]]
]


@functools.lru_cache(maxsize=16)
def _dictionary_rows(path: str | None, stamp: tuple[int, int] | None) -> _ParsedRows:
    """The rows of a verb dictionary, parsed once per process (``stamp``: file mtime, size).

    ``path`` None is the packaged conversion of CAMEO.2.0; a user's PETRARCH file is
    read and converted with the packaged CAMEO -> PLOVER table.
    """
    from ..dictionaries import petrarch_verbs

    sets: dict[str, tuple[tuple[str, ...], ...]] = {}
    if path is None:
        text, where = _read_text(petrarch_verbs.CONVERTED_FILE), petrarch_verbs.CONVERTED_FILE
    else:
        text, where = "\n".join(petrarch_verbs.convert_file(path).rows), f"{path} (converted)"
    return tuple(parse_lexicon(text, where, sets, dictionary=True)), sets


def _dictionary_sources(
    verb_dictionaries: Iterable[str], packaged: bool
) -> list[tuple[str | None, tuple[int, int] | None]]:
    out: list[tuple[str | None, tuple[int, int] | None]] = [(None, None)] if packaged else []
    for path in verb_dictionaries:
        try:
            st = Path(path).expanduser().stat()
        except OSError as exc:
            raise ConfigError(
                f"PETRARCH verb dictionary {path!r} cannot be read ({exc.strerror}); "
                "expected a file in the format of CAMEO.2.0.txt"
            ) from exc
        out.append((str(Path(path).expanduser()), (st.st_mtime_ns, st.st_size)))
    return out


def load_lexicon(
    extra_lexicons: Iterable[str] = (),
    extra_grammars: Iterable[str] = (),
    extra_contexts: Iterable[str] = (),
    verb_dictionaries: Iterable[str] = (),
    packaged_dictionary: bool = False,
    dictionary_patterns: str = "constrained",
) -> Lexicon:
    """Build the lexicon from the packaged files and the user's files (later files override).

    PETRARCH verb dictionaries (the packaged conversion of CAMEO.2.0 when
    ``packaged_dictionary``, then ``verb_dictionaries``) come first, so the hand-written
    lexicon and the user's lexicons override their rows; ``dictionary_patterns`` says
    which of their rows are used: ``constrained`` (verbs with the words a pattern
    requires, and the ``[---]`` rows), ``fallback`` (those, tried only where no
    hand-written pattern fits the word), ``new_verbs`` (those, for verbs the hand-written
    lexicon has no row for), ``all`` (bare verbs with their code too) or ``none``.
    """
    if dictionary_patterns not in DICTIONARY_PATTERNS:
        raise ConfigError(
            f"event_dictionary_patterns {dictionary_patterns!r}: expected one of "
            f"{', '.join(DICTIONARY_PATTERNS)}"
        )
    grammar: dict[str, set[str]] = parse_grammar(_read_text(GRAMMAR_FILE), GRAMMAR_FILE)
    for path in extra_grammars:
        for name, words in parse_grammar(_user_text(path, "event grammar"), path).items():
            grammar.setdefault(name, set()).update(words)
    by_key: dict[tuple[str, str, tuple[str, ...]], Pattern] = {}
    sets: dict[str, tuple[tuple[str, ...], ...]] = {}
    if dictionary_patterns != "none":
        speech, loose = grammar.get("speech", set()), grammar.get("preposition", set())
        for source, stamp in _dictionary_sources(verb_dictionaries, packaged_dictionary):
            rows, dsets = _dictionary_rows(source, stamp)
            sets.update(dsets)
            for item in rows:
                if not isinstance(item, Pattern):
                    by_key.pop(item, None)
                elif item.head in speech:
                    continue  # statements are read by the speech rules, not coded as events
                elif (
                    dictionary_patterns == "all"
                    or item.event == NON_EVENT
                    or any(d not in loose for d in item.deps)
                ):
                    by_key[item.key] = item
    from_dictionary = {id(p) for p in by_key.values()}
    sources = [(_read_text(LEXICON_FILE), LEXICON_FILE)]
    sources += [(_user_text(p, "event lexicon"), p) for p in extra_lexicons]
    for text, where in sources:
        for item in parse_lexicon(text, where, sets):
            if isinstance(item, Pattern):
                by_key[item.key] = item
            else:
                by_key.pop(item, None)
    hand_heads = {(p.head, p.pos) for p in by_key.values() if id(p) not in from_dictionary}
    light = grammar.get("light", set())
    index: dict[tuple[str, str], list[Pattern]] = {}
    for pat in by_key.values():
        if (
            dictionary_patterns == "new_verbs"
            and id(pat) in from_dictionary
            and (pat.head, pat.pos) in hand_heads
        ):
            continue  # the hand-written lexicon alone decides the verbs it knows
        if (
            id(pat) in from_dictionary
            and pat.head in light
            and any((d, "n") in hand_heads for d in pat.deps)
        ):
            continue  # "made a visit": the event noun's own entry codes a light verb's object
        index.setdefault((pat.head, pat.pos), []).append(pat)
    for pats in index.values():
        if dictionary_patterns == "fallback":
            # the hand-written patterns first: the dictionary speaks where none of them fits
            pats.sort(key=lambda p: (id(p) in from_dictionary, -len(p.deps)))
        else:
            # the most specific first; of two as specific, the hand-written one
            pats.sort(key=lambda p: (-len(p.deps), id(p) in from_dictionary))
    contexts = parse_contexts(_read_text(CONTEXTS_FILE), CONTEXTS_FILE)
    for path in extra_contexts:
        contexts.update(parse_contexts(_user_text(path, "event context"), path))
    used = {d for pats in index.values() for p in pats for d in p.deps if d.startswith("&")}
    word_sets: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for name in used:
        by_first = word_sets.setdefault(name, {})
        for entry in sets[name]:
            by_first.setdefault(entry[0], []).append(entry)
    return Lexicon(index, {k: frozenset(v) for k, v in grammar.items()}, contexts, word_sets)


# --------------------------------------------------------------------------------------
# Triggers
# --------------------------------------------------------------------------------------


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

    @property
    def is_noun(self) -> bool:
        return self.pat.pos == "n"


def _index(
    ctx: Context, name: str, records: list[Any], spans: Callable[[Any], list[tuple[int, int]]]
) -> SpanIndex:
    """The spans of ``records`` (with each one's position in the list), indexed once per
    article instead of scanned once per event."""
    return ctx.memo.once((_index, name, id(records), len(records)), lambda: _spans(records, spans))


def _spans(records: list[Any], spans: Callable[[Any], list[tuple[int, int]]]) -> SpanIndex:
    index = SpanIndex()
    for k, rec in enumerate(records):
        for s, e in spans(rec):
            index.add(s, e, k)
    return index


def _lemma(tok: Any) -> str:
    return str(tok.lemma_).lower()


def _dep_words(tok: Any) -> set[str]:
    """Words that can satisfy a pattern's extra words: dependents and their objects."""
    words: set[str] = set()

    def add(t: Any) -> None:
        words.add(_lemma(t))
        words.add(str(t.lower_))

    for c in tok.children:
        if c.dep_ in ("punct", "cc", "conj", "nsubj", "nsubjpass", "mark", "aux", "auxpass"):
            continue
        add(c)
        for g in c.children:
            if g.dep_ in ("pobj", "compound", "amod", "dobj", "prep", "prt", "nmod"):
                add(g)
                for gg in g.children:
                    if gg.dep_ in ("pobj", "compound"):
                        add(gg)
    # "go on strike", "put on alert": the head's own prepositional object counts too
    return words


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
        pats = lex.patterns.get(key)
        if not pats:
            continue
        for pat in pats:
            if not pat.deps:
                return pat
            if words is None:
                words = _dep_words(tok)
            if all(_has_word(w, words, lex) for w in pat.deps):
                return pat
    return None


def _has_word(dep: str, words: set[str], lex: Lexicon) -> bool:
    """A pattern's required word is among the words; a ``&set`` needs all of one entry."""
    if not dep.startswith("&"):
        return dep in words
    entries = lex.word_sets[dep]
    return any(all(x in words for x in e) for w in words for e in entries.get(w, ()))


# --------------------------------------------------------------------------------------
# Grammar helpers
# --------------------------------------------------------------------------------------


def _children(tok: Any, *deps: str) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


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
    while t.pos_ not in ("VERB", "AUX") and t.head is not t and hops < 6:
        t = t.head
        hops += 1
    return t


_QUANTITY = frozenset(
    "dozen hundred thousand million score ten tens number most some many all part few "
    "several majority handful".split()
)


def _core(tok: Any) -> Any:
    """The noun a quantity phrase is about: "dozens of protesters" -> protesters."""
    if _lemma(tok) in _QUANTITY or tok.pos_ == "NUM":
        for c in tok.children:
            if c.dep_ == "prep" and _lemma(c) == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return _core(p)
    return tok


def _actor_like(tok: Any, ctx: Context) -> bool:
    """Whether a noun phrase head can name an actor (an entity, a name, a group noun)."""
    tok = _core(tok)
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
    return _lemma(tok) in _ACTOR_NOUNS


# Common nouns that name actors (the actors annotator resolves them; this only tells
# an actor from a thing when no entity covers the phrase).
_ACTOR_NOUNS = frozenset(
    """government official minister president leader army troop soldier force police
    rebel guerrilla militant fighter militia group people citizen civilian student worker
    farmer demonstrator protester prisoner refugee opposition party parliament lawmaker
    ministry administration authority authorities court judge diplomat ambassador envoy
    delegation spokesman spokeswoman spokesperson member side country state nation regime
    agency organization organisation movement union chief commander officer negotiator
    king prince emir premier chancellor monarch junta cabinet senate congress coalition
    alliance faction insurgent terrorist bomber gunman gunmen militant peacekeeper observer
    inspector personnel unit navy aircraft bulldozer helicopter jet warplane child woman
    man youth resident villager inhabitant landowner national team council hostage detainee
    captive journalist reporter activist missionary immigrant migrant prisoner opponent
    supporter dissident leadership chairman secretary counterpart envoy mediator monitor
    delegate representative lawmaker legislator senator deputy mayor governor ruler
    dictator commission committee body bloc camp community tribe clan crowd mob""".split()
)


def _named(tok: Any, ctx: Context) -> bool:
    """Whether a phrase head names a resolved entity, a place or a proper name."""
    tok = _core(tok)
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


def _arg_tokens(head: Any) -> list[Any]:
    """The tokens of an argument phrase: the head and its dependents, not its conjuncts."""
    skip = {"conj", "cc", "punct", "relcl", "acl", "appos", "advcl", "preconj"}
    out = [head]
    stack = [c for c in head.children if c.dep_ not in skip]
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


# --------------------------------------------------------------------------------------
# The annotator
# --------------------------------------------------------------------------------------


@register("events")
class EventsAnnotator(Annotator):
    """Codes PLOVER events from the parse, with arguments resolved through the actors."""

    assigns = ("events",)
    requires = ("entities", "quotes", "token_entity", "actor_resolver")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.lex = load_lexicon(
            settings.get("event_lexicons", ()),
            settings.get("event_grammars", ()),
            settings.get("event_contexts", ()),
            verb_dictionaries=settings.get("event_dictionaries", ()),
            packaged_dictionary=settings.get("event_dictionary_packaged", True),
            dictionary_patterns=settings.get("event_dictionary_patterns", "new_verbs"),
        )
        lx = self.lex
        self.speech = lx.word_class("speech")
        self.light = lx.word_class("light")
        self.intent = lx.word_class("intent")
        self.intent_adj = lx.word_class("intent_adj")
        self.future = lx.word_class("future")
        self.hypothetical = lx.word_class("hypothetical")
        self.obligation = lx.word_class("obligation")
        self.conditional = lx.word_class("conditional")
        self.negating_verbs = lx.word_class("negating_verbs")
        self.stative = lx.word_class("stative")
        self.non_actor = lx.word_class("non_actor")
        self.stative_passive = lx.word_class("stative_passive")
        self.occurrence = lx.word_class("occurrence")
        self.natural_force = lx.word_class("natural_force")
        self.accident_cue = lx.word_class("accident_cue")
        self.accident_verb = lx.word_class("accident_verb")
        self.attack_cue = lx.word_class("attack_cue")
        self.verbal_target = lx.word_class("verbal_target")
        # context cues indexed by their first word, so a sentence is scanned once
        self._cue_index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, context in lx.contexts.items():
            if words and words[0] != "cameo":
                self._cue_index.setdefault(words[0], []).append((words, context))
        # the actors annotator's contract for argument phrases
        from .actors import actor_ref, unknown_name

        self._actor_ref = actor_ref
        self._unknown_name = unknown_name
        self._filter = None
        if settings.get("event_filter", True):
            from .event_filter import load_filter

            self._filter = load_filter(settings.get("event_filter_model") or None)
        floor = float(settings.get("event_min_probability", -1.0))
        self._min_p = floor if floor >= 0 else (self._filter.threshold if self._filter else 0.0)
        # per-article state lives in a thread-local, so one annotator serves many threads
        self._local = threading.local()

    # ---- per article ------------------------------------------------------------------

    def __call__(self, ctx: Context) -> None:
        self._local.ctx = ctx
        self._local.cues = {}
        doc = ctx.doc
        article_cues = self._article_contexts(doc)
        self._local.dateline_end = _dateline_end(doc.text)
        n = len(ctx.analysis.events)
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            for cand in self._sentence(sent, ctx):
                event = self._build(cand, sent, ctx, article_cues)
                if event is None or self._implausible(cand, event, sent) is not None:
                    continue
                if self._filter is not None and not self._judge(event, ctx):
                    continue
                n += 1
                event.id = f"ev{n}"
                ctx.analysis.events.append(event)

    def _implausible(self, cand: Candidate, event: Event, sent: Any) -> str | None:
        """Why a proposed event is not one (None if nothing speaks against it).

        A natural force or an accident is never the actor of a hostile act ("the quake
        killed", "the storm struck"), and a casualty verb with no named perpetrator in a
        sentence about an accident or a disaster, with no word of violence in it, reports
        no attack ("six were killed when the plant exploded").
        """
        if event.event not in HOSTILE | {"THREATEN"}:
            return None
        doc = cand.tok.doc

        def force(tok: Any) -> bool:
            return tok.pos_ in ("NOUN", "PROPN") and _lemma(tok) in self.natural_force

        for ref in event.actor:
            span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
            if span is not None and len(span) and force(span.root):
                return "natural force as actor"
        if any(force(c) for c in cand.tok.children if c.dep_ in _SUBJECT_DEPS):
            return "natural force as actor"
        if any(a.code for a in event.actor) and "actor country: location" not in (event.rule or ""):
            return None
        # this sentence and the one before; the trigger's own word is no accident cue
        start = sent.start
        if start > 0:
            start = doc[start - 1].sent.start
        accident = violence = False
        for t in doc[start : sent.end]:
            lemma = _lemma(t)
            if lemma in self.attack_cue:
                violence = True
            elif t.i != cand.tok.i and (
                (t.pos_ == "NOUN" and lemma in self.accident_cue)
                or (t.pos_ == "VERB" and lemma in self.accident_verb)
            ):
                accident = True
        if accident and not violence:
            return "accident or disaster"
        return None

    def _judge(self, event: Event, ctx: Context) -> bool:
        """The learned filter's word on a proposed event: its probability becomes the
        confidence; False drops it."""
        from .event_filter import features

        assert self._filter is not None
        p = self._filter.probability(features(event, ctx.doc, ctx.analysis))
        event.confidence = round(self._filter.confidence(event.confidence, p), 3)
        return p >= self._min_p

    # ---- triggers and rules for one sentence ------------------------------------------

    def _sentence(self, sent: Any, ctx: Context) -> list[Candidate]:
        cands: dict[int, Candidate] = {}
        for tok in sent:
            pat = _match(tok, self.lex)
            if pat is None or pat.event == NON_EVENT:
                continue
            if pat.pos == "v" and _lemma(tok) in self.speech and not pat.deps:
                continue
            cands[tok.i] = Candidate(tok, pat, pat.event, pat.mode, pat.cameo, [pat.text])
        for cand in cands.values():
            t = cand.tok
            if cand.event == "PROTEST" and cand.pat.pos == "v" and _lemma(t) == "protest":
                if _children(t, "ccomp", "dobj") or t.dep_ == "parataxis":
                    # "protested that …", "to protest the remarks": a verbal protest
                    cand.event, cand.mode, cand.cameo = "ACCUSE", "disapprove", "111"
                    cand.rules.append("verbal protest: ACCUSE")
            if cand.event == "ASSAULT" and cand.pat.pos == "v" and _lemma(t) == "attack":
                if self._verbal_attack(t, ctx):
                    # "attacked her record", "attacked Smith over the vote": criticism
                    cand.event, cand.mode, cand.cameo = "ACCUSE", "disapprove", "111"
                    cand.rules.append("verbal attack: ACCUSE")
            if cand.event == "PROTEST" and cand.pat.pos == "v" and _lemma(t) == "strike":
                if _children(t, "dobj"):
                    # "jets struck the depot": an attack; "workers struck": a labour strike
                    cand.event, cand.mode, cand.cameo = "ASSAULT", None, "190"
                    cand.rules.append("strike with an object: ASSAULT")
        # an event noun that a verb pattern already names ("imposed sanctions") is one event
        for i, cand in list(cands.items()):
            if cand.is_noun and cand.tok.head.i in cands and cand.tok.head.i != i:
                gov = cands[cand.tok.head.i]
                named = self.lex.pattern_words(gov.pat)
                if _lemma(cand.tok) in named or str(cand.tok.lower_) in named:
                    del cands[i]
        self._speech_demands(sent, cands)
        self._absorb(cands)
        out: list[Candidate] = []
        for cand in sorted(cands.values(), key=lambda c: c.tok.i):
            if cand.absorbed_by is not None:
                continue
            if not self._asserted(cand, cands):
                continue
            self._modality(cand)
            self._speaker(cand)
            out.append(cand)
        return out

    def _verbal_attack(self, verb: Any, ctx: Context) -> bool:
        """Whether "attack" is done in words: its object is a person (as the actors
        resolve it) or a thing said or decided, or it is "attacked X over/on/for" such a
        thing, with no weapon or armed force in sight."""
        if any(_lemma(t) in self.attack_cue - {"attack"} for t in verb.sent):
            return False

        def person(tok: Any) -> bool:
            ent = ctx.analysis.entity(ctx.token_entity.get(tok.i))
            return ent is not None and ent.kind == "person" and tok.ent_type_ == "PERSON"

        objs = _children(verb, "dobj")
        for p in _children(verb, "prep"):
            if _lemma(p) in ("over", "on", "for"):
                objs += _children(p, "pobj")
        for o in objs:
            if _lemma(o) in self.verbal_target or (o.dep_ == "dobj" and person(o)):
                return True
        return False

    def _speech_demands(self, sent: Any, cands: dict[int, Candidate]) -> None:
        """ "X said Y must do Z": a REQUEST by X on Y, in place of the reported act."""
        for tok in sent:
            if _lemma(tok) not in self.speech or tok.pos_ not in ("VERB", "AUX"):
                continue
            for comp in _children(tok, "ccomp"):
                auxes = _aux_lemmas(comp)
                has_to = any(
                    _lemma(c) == "have" and any(g.dep_ == "xcomp" for g in c.children)
                    for c in [comp]
                )
                if not (auxes & (self.obligation - {"have"})) and not has_to:
                    continue
                subj = _children(comp, *_SUBJECT_DEPS)
                if not subj:
                    continue
                base = cands.get(comp.i)
                pat = Pattern(
                    head=_lemma(tok),
                    pos="v",
                    deps=(),
                    event="REQUEST",
                    mode=None,
                    cameo="100",
                    conf=0.65,
                    text=f"{_lemma(tok)} + must",
                )
                cand = Candidate(tok, pat, "REQUEST", None, "100", ["speech+obligation"])
                cand.recipient_override = _conjuncts(subj[0])
                if base is not None:
                    base.absorbed_by = cand
                    cand.complement = base
                    cand.rules.append(f"absorbs {base.pat.text}")
                cands[tok.i] = cand

    def _absorb(self, cands: dict[int, Candidate]) -> None:
        """Let clause-taking triggers ("urged … to", "agreed to") take their complement event."""
        for cand in sorted(cands.values(), key=lambda c: -c.tok.i):
            if cand.absorbed_by is not None:
                continue
            head = cand.tok.head
            if cand.tok.dep_ == "ccomp" and _lemma(head) in self.speech:
                nouns = [cands.get(d.i) for d in _children(head, "dobj")]
                gov = next((n for n in nouns if n is not None and n.pat.absorb), None)
                if gov is not None and gov.complement is None:
                    cand.absorbed_by, gov.complement = gov, cand
                    gov.rules.append(f"absorbs {cand.pat.text}")
                    continue
            t = cand.tok
            path: list[str] = []
            hops = 0
            while t.head is not t and hops < 4:
                path.append(t.dep_)
                t = t.head
                hops += 1
                gov = cands.get(t.i)
                if gov is None or gov is cand:
                    if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("xcomp", "ccomp"):
                        break
                    continue
                if gov.pat.absorb and all(d in _COMPLEMENT_DEPS for d in path):
                    cand.absorbed_by = gov
                    if gov.complement is None:
                        gov.complement = cand
                        gov.rules.append(f"absorbs {cand.pat.text}")
                        if gov.event == "AGREE" and cand.event in _SPEECH_ACTS:
                            # "agree on the need to expel": a shared demand, not a pledge
                            gov.event, gov.mode, gov.cameo = cand.event, cand.mode, cand.cameo
                            gov.rules.append(f"shared {cand.event}")
                        elif (
                            gov.event == "AGREE"
                            and cand.event in HOSTILE
                            and _lemma(gov.tok) in self.intent
                        ):
                            # "vowed to jail her", "pledged to impose sanctions": a pledge
                            # of a hostile act is a threat
                            kind, code = THREATEN_FROM.get(cand.event, (None, "130"))
                            gov.event, gov.mode, gov.cameo = "THREATEN", kind, code
                            gov.rules.append(f"pledged {cand.event}: THREATEN")
                break

    def _asserted(self, cand: Candidate, cands: dict[int, Candidate]) -> bool:
        """Whether the trigger reports an event rather than naming one in passing."""
        tok = cand.tok
        if cand.rules and cand.rules[0] == "speech+obligation":
            return True
        if cand.is_noun:
            return self._noun_is_event(cand, cands)
        # A verb under an ordinary noun ("hesitation in expelling", "ways to expel") is
        # not asserted; under an event noun it was absorbed or stays a nominal detail.
        if tok.dep_ == "acl" and tok.tag_ == "VBG":
            return True
        if tok.dep_ == "relcl" and not _children(tok, *_SUBJECT_DEPS, *_PASSIVE_SUBJECT_DEPS):
            if tok.head.i not in cands and self._condition_above(tok) is not None:
                return True  # "other ways to expel them will be on the agenda if …"
            if tok.head.i not in cands and any(_lemma(a) == "to" for a in tok.children):
                return False
        t, hops = tok, 0
        while t.dep_ in ("pcomp", "acl", "prep", "pobj") and t.head is not t and hops < 4:
            t = t.head
            hops += 1
            if t.pos_ in ("NOUN", "PROPN", "PRON") and t.i not in cands:
                if tok.dep_ == "acl" and tok.tag_ == "VBN":
                    break  # "troops stationed in …" is a reduced relative: asserted
                return False
        return True

    def _noun_is_event(self, cand: Candidate, cands: dict[int, Candidate]) -> bool:
        tok, pat = cand.tok, cand.pat
        head = tok.head
        hl = _lemma(head)
        if tok.dep_ in ("dobj", "attr", "nsubjpass", "pobj") and hl in self.light:
            cand.rules.append(f"light verb {hl}")
            return True
        if tok.dep_ == "pobj" and head.head is not head and _lemma(head.head) in self.light:
            cand.rules.append(f"light verb {_lemma(head.head)}")
            return True
        if (
            tok.dep_ == "pobj"
            and _lemma(head) == "in"
            and head.head.pos_ in ("VERB", "AUX")
            and head.head.i not in cands
        ):
            cand.rules.append("adverbial 'in'")  # "kept its forces in defiance of …"
            return True
        if tok.dep_ in ("attr", "nsubj") and hl == "be" and _children(head, "expl"):
            cand.rules.append("existential")  # "there were clashes", "there was no attack"
            return True
        if tok.dep_ in ("nsubj", "nsubjpass") and hl in self.occurrence:
            cand.rules.append(f"subject of {hl}")  # "fighting erupted", "talks resumed"
            return True
        if tok.dep_ == "attr" and pat.copular and hl == "be":
            cand.rules.append("copular")
            return True
        if tok.dep_ in ("nsubj", "nsubjpass") and hl in self.stative and not pat.copular:
            if self._noun_agent(tok) is not None:
                cand.rules.append(f"subject of {hl}")
                return True
        if pat.absorb and self._noun_agent(tok) is not None:
            cand.rules.append("agentive noun")
            return True
        if self._noun_agent(tok) is not None and tok.dep_ in ("nsubj", "dobj", "pobj", "ROOT"):
            if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "NOUN":
                # under an ordinary noun only a marked agent makes it a reported event:
                # "the anniversary of the US-led invasion", not "a view on the expulsion"
                agent = self._noun_agent(tok)
                strong = agent is not None and (agent.dep_ == "poss" or agent.head is not tok)
                if head.head.i not in cands and not strong:
                    return False
            cand.rules.append("agentive noun")
            return True
        return False

    def _noun_agent(self, tok: Any) -> Any:
        """The actor named inside a noun phrase: possessor, "by", "-led", compound, nationality."""
        for c in tok.children:
            if c.dep_ == "poss":
                return c
        for c in tok.children:
            if c.dep_ == "prep" and _lemma(c) == "by":
                for p in _children(c, "pobj"):
                    return p
        for c in tok.children:
            if c.dep_ == "amod" and _lemma(c) in _LEADER_PARTICIPLES:
                for g in c.children:
                    if g.dep_ in ("npadvmod", "compound", "nmod") or g.pos_ == "PROPN":
                        return g
        for c in tok.children:
            if c.dep_ in ("compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE",)):
                return c
            if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"):
                return c
        return None

    # ---- modality ------------------------------------------------------------------

    def _modality(self, cand: Candidate) -> None:
        tok = cand.tok
        clause = _clause_head(tok) if cand.is_noun else tok
        auxes = _aux_lemmas(clause)
        negated = _is_negated(tok, self.lex) or _is_negated(clause, self.lex)
        intent = False
        conditional = None
        # governing intent verb or adjective: "plans to impose", "is willing to send"
        gov = clause
        hops = 0
        while gov.dep_ in ("xcomp", "ccomp", "conj") and gov.head is not gov and hops < 3:
            parent = gov.head
            pl = _lemma(parent)
            if gov.dep_ == "xcomp" and (pl in self.intent or pl in self.intent_adj):
                intent = True
                cand.rules.append(f"intent {pl}")
                auxes |= _aux_lemmas(parent)
                negated = negated or _is_negated(parent, self.lex)
                if parent.dep_ == "acomp":
                    auxes |= _aux_lemmas(parent.head)
                    negated = negated or _is_negated(parent.head, self.lex)
            elif gov.dep_ == "xcomp" and pl in self.negating_verbs:
                negated = True
                cand.rules.append(f"negated by {pl}")
            elif gov.dep_ == "ccomp" and pl == "deny":
                # "denied that the army had attacked": the denial scopes over the act
                negated = True
                cand.rules.append("negated by deny")
            elif gov.dep_ == "conj":
                auxes |= _aux_lemmas(parent)
            gov = parent
            hops += 1
        if tok.dep_ in ("dobj", "pcomp") and _lemma(tok.head) in ("deny",):
            negated = True
        # conditions: an "if"/"unless" clause on this clause or on one above it
        found = self._condition_above(clause)
        if found is not None:
            conditional, governing = found
            auxes |= _aux_lemmas(governing)
        in_condition = clause.dep_ == "advcl" and any(
            _lemma(m) in self.conditional for m in clause.children if m.dep_ == "mark"
        )
        future = bool(auxes & self.future) or ("going" in auxes)
        hypo = bool(auxes & (self.hypothetical - {"must", "should", "can"}))
        if "would" in auxes and not conditional and self._reported(clause):
            # "Iraq said it would allow …": the future of a reported statement
            future, hypo = True, bool(auxes & {"could", "might", "may"})
        ev = cand.event
        if conditional == "unless" or (conditional and (future or hypo) and ev in HOSTILE):
            self._to_threaten(cand, "condition")
            cand.aux.append("hypothetical")
        elif (future or "would" in auxes) and ev in HOSTILE and not negated:
            self._to_threaten(cand, "future")
        elif (intent or future) and negated and ev in (COOPERATIVE - {"AGREE"}):
            # "would not recognize", "is not willing to withdraw": a refusal, not a pledge
            cand.rules.append(f"refusal: REJECT {ev}")
            cand.event, cand.mode, cand.cameo = "REJECT", None, "120"
            negated = False
        elif intent or (future and ev in (COOPERATIVE - {"CONSULT", "AGREE"})):
            if ev in HOSTILE:
                self._to_threaten(cand, "intent")
            elif ev in COOPERATIVE and ev != "AGREE":
                cand.rules.append(f"intent: AGREE to {ev}")
                cand.cameo = AGREE_CAMEO.get(ev, "030")
                cand.event, cand.mode = "AGREE", None
            elif future:
                cand.aux.append("future")
        else:
            if future:
                cand.aux.append("future")
            if hypo or in_condition:
                cand.aux.append("hypothetical")
        if cand.event == "THREATEN" and "hypothetical" not in cand.aux:
            cand.aux.append("hypothetical")
        if negated:
            cand.aux.append("negation")
            cand.rules.append("negated")

    def _condition_below(self, tok: Any) -> tuple[str, Any] | None:
        """An "if"/"unless" clause in the complement of ``tok`` ("warned that … if …")."""
        for c in _children(tok, "ccomp", "xcomp"):
            for adv in _children(c, "advcl"):
                if {_lemma(m) for m in adv.children if m.dep_ == "mark"} & self.conditional:
                    return "if", c
        return None

    def _reported(self, clause: Any) -> bool:
        """Whether a clause is the complement of a speech verb ("said it would …")."""
        return clause.dep_ == "ccomp" and _lemma(clause.head) in self.speech

    def _condition_above(self, tok: Any) -> tuple[str, Any] | None:
        """The "if"/"unless" marking a clause that governs ``tok`` (not a condition itself)."""
        t, hops = tok, 0
        while hops < 5:
            for c in t.children:
                if c.dep_ != "advcl" or c is tok:
                    continue
                marks = {_lemma(m) for m in c.children if m.dep_ == "mark"}
                if marks & self.conditional:
                    return ("unless" if "unless" in marks else "if"), t
            if t.head is t or _lemma(t.head) in self.speech or t.dep_ == "advcl":
                return None
            t = t.head
            hops += 1
        return None

    def _to_threaten(self, cand: Candidate, why: str) -> None:
        mode, cameo = THREATEN_FROM.get(cand.event, (None, "130"))
        if cand.event == "COERCE" and cand.mode in ("restrict", "curfew", "ban"):
            mode = "restrict" if cand.mode != "ban" else "ban"
        cand.rules.append(f"{why}: THREATEN to {cand.event}")
        cand.event, cand.mode, cand.cameo = "THREATEN", mode, cameo

    def _speaker(self, cand: Candidate) -> None:
        """The subject of the speech verb that reports this event, if any."""
        t = _clause_head(cand.tok) if cand.is_noun else cand.tok
        hops = 0
        while hops < 5:
            for c in t.children:
                if c.dep_ in ("parataxis", "ccomp") and _lemma(c) in self.speech and c is not t:
                    subj = _children(c, *_SUBJECT_DEPS)
                    if subj:
                        cand.speaker = subj[0]
                        return
            if t.head is t:
                return
            if _lemma(t.head) in self.speech and t.dep_ in ("ccomp", "parataxis", "xcomp"):
                subj = _children(t.head, *_SUBJECT_DEPS)
                if subj:
                    cand.speaker = subj[0]
                return
            t = t.head
            hops += 1

    # ---- arguments ------------------------------------------------------------------

    def _can_be_argument(self, tok: Any) -> bool:
        """Times, numbers and abstract heads are never actors or recipients."""
        if _core(tok) is not tok or _lemma(tok) in _QUANTITY:
            return True  # "dozens of protesters", "thousands marched"
        if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY"):
            return False
        return _lemma(tok) not in self.non_actor

    def _subject(self, v: Any, depth: int = 0) -> list[Any]:
        """The actor heads of a verb: its subject, passive agent, or inherited subject."""
        if depth > 4:
            return []
        active = not any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in v.children) and any(
            c.dep_ in _SUBJECT_DEPS for c in v.children
        )
        for c in v.children:
            if c.dep_ == "agent" and not active:
                objs = _children(c, "pobj")
                if objs:
                    return _conjuncts(objs[0])
        if _lemma(v) in self.stative_passive:
            # "Israel is opposed to …", "Vietnam is committed to …": the subject acts
            for c in v.children:
                if c.dep_ in _PASSIVE_SUBJECT_DEPS:
                    return _conjuncts(c)
        dateline_end = getattr(self._local, "dateline_end", 0)
        for c in v.children:
            if c.dep_ in _SUBJECT_DEPS and c.idx >= dateline_end:
                if c.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
                    return _conjuncts(v.head)
                if str(c.lower_) in ("there",):
                    return []
                return _conjuncts(c)
        if any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in v.children):
            return []
        parent = v.head
        if parent is v:
            return []
        if v.dep_ == "xcomp":
            # object control: "urged the parliament to implement" -> the parliament acts
            objs = _children(parent, "dobj")
            if objs and _lemma(parent) in _OBJECT_CONTROL:
                return _conjuncts(objs[0])
            return self._subject(parent, depth + 1)
        if v.dep_ == "acomp" or (v.dep_ == "xcomp" and parent.pos_ == "ADJ"):
            return self._subject(parent, depth + 1)  # "France is ready to contribute"
        if v.dep_ in ("conj", "advcl", "ccomp", "pcomp", "acl"):
            if v.dep_ == "acl" and parent.pos_ in ("NOUN", "PROPN"):
                if v.tag_ == "VBN":
                    return []
                if parent.dep_ in ("dobj", "pobj") and not _actor_like(parent, self._local.ctx):
                    # "issued a declaration demanding …": the issuer demands
                    return self._subject(_clause_head(parent.head), depth + 1)
                return [parent]
            if v.dep_ == "pcomp":
                verb = _clause_head(parent)
                if _lemma(parent) in ("of", "for") and verb is parent.head:
                    objs = _children(verb, "dobj")
                    if objs and _actor_like(objs[0], self._local.ctx):
                        return _conjuncts(objs[0])  # "accused X of violating" -> X violated
                parent = verb
            return self._subject(parent, depth + 1)
        if v.dep_ == "relcl":
            return _conjuncts(parent)
        return []

    def _recipients(
        self, cand: Candidate, ctx: Context, actor_codes: frozenset[str] = frozenset()
    ) -> list[Any]:
        tok, pat = cand.tok, cand.pat
        if cand.recipient_override is not None:
            return cand.recipient_override
        options: list[Any] = []
        locative: set[int] = set()  # options from "in"/"at" phrases: where, not whom
        if cand.event == "REQUEST" and cand.complement is not None:
            # "its demand that Israel ease …": who is asked to act is addressed
            options += _children(cand.complement.tok, *_SUBJECT_DEPS)
        passive = _children(tok, *_PASSIVE_SUBJECT_DEPS)
        if passive and tok.pos_ in ("VERB", "AUX") and _lemma(tok) not in self.stative_passive:
            options.append(passive[0])
        for dat in _children(tok, "dative"):
            # "gave Tanzania a grant"; "providing intelligence to Macedonia" (dative "to")
            options += _children(dat, "pobj") if dat.pos_ == "ADP" else [dat]
        # the preposition named in the pattern first ("call on X", "withdraw from X")
        preps = [c for c in tok.children if c.dep_ in ("prep", "prt")]
        pat_words = self.lex.pattern_words(pat)
        named = [p for p in preps if _lemma(p) in pat_words]
        for p in named:
            for obj in _children(p, "pobj"):
                options.append(obj)
                # "reneged on his commitment to the Zambian people"
                for pp in _children(obj, "prep"):
                    if _lemma(pp) in ("to", "against", "with", "toward", "towards"):
                        options += _children(pp, "pobj")
        for d in _children(tok, "dobj"):
            if _lemma(d) in pat_words and _actor_like(d, ctx):
                options.append(d)  # "expelled the American diplomats": they are the recipient
                continue
            if _lemma(d) in pat_words or self._is_event_noun(d):
                # the object names the act, not the actor: look inside for who
                # ("rejected Iraq's proposal", "mounted its invasion of Lebanon")
                for inner in (self._noun_agent(d), self._of_object(d)):
                    if inner is not None:
                        options.append(inner)
                for p in _children(d, "prep"):
                    if _lemma(p) in ("to", "against", "with", "on", "for", "from"):
                        options += _children(p, "pobj")
                continue
            if _actor_like(d, ctx):
                options.append(d)
            else:
                of_obj = self._of_object(d)
                if of_obj is not None and _actor_like(of_obj, ctx):
                    options.append(of_obj)  # "allow the return of UN inspectors"
                owner = self._noun_agent(d)
                if owner is not None:
                    options.append(owner)
                else:
                    options.append(d)
        for prep_word in _RECIPIENT_PREPS:
            for p in preps:
                if _lemma(p) == prep_word and p not in named:
                    objs = _children(p, "pobj")
                    options += objs
                    if prep_word in _LOCATIVE:
                        locative.update(o.i for o in objs)
        # "provided intelligence to Macedonia", "threatened action against Russia"
        for d in _children(tok, "dobj"):
            for dd in [d, *d.conjuncts, _core(d)]:
                for p in _children(dd, "prep"):
                    if _lemma(p) in ("to", "against", "between", "for", "on", "with"):
                        options += _children(p, "pobj")
        # "calling on the US administration to cease": the clause subject is addressed
        for c in _children(tok, "ccomp", "xcomp"):
            options += _children(c, *_SUBJECT_DEPS)
        if cand.is_noun:
            options = self._noun_recipients(cand) + options
        options = [o for o in options if o.i != tok.i and self._can_be_argument(o)]
        good = [o for o in options if _actor_like(o, ctx) or self._place_country(o, ctx)]

        def rank(o: Any) -> tuple[int, int]:
            # a party named as object beats a place ("detained six militants in Jakarta");
            # a resolved other party beats the actor's own side ("offered its troops to
            # Lebanon's president"), and a name beats a common noun
            refs = self._refs([o], ctx)
            codes = {r.code for r in refs if r.code}
            tier = 1 if o.i in locative else 0
            if codes and not codes <= actor_codes:
                return (0, tier)
            if not codes and tier == 0:
                return (1, 0 if _named(o, ctx) else 1)
            return (2, tier) if codes else (3, tier)

        good.sort(key=rank)
        chosen = good[0] if good else None
        if chosen is None and not cand.is_noun:
            # "willing to send material to help defend Saudi Arabia": the purpose's object
            for c in _children(tok, "xcomp", "advcl"):
                if not any(_lemma(a) == "to" for a in c.children if a.dep_ == "aux"):
                    continue
                for obj in [
                    *_children(c, "dobj"),
                    *[g for x in _children(c, "xcomp", "ccomp") for g in _children(x, "dobj")],
                ]:
                    if obj.i != tok.i and _named(obj, ctx) and self._can_be_argument(obj):
                        return _conjuncts(obj)
        if chosen is None and cand.event == "THREATEN":
            # "warned that sanctions would follow if Iran continued": Iran is threatened
            found = self._condition_above(tok) or self._condition_below(tok)
            if found is not None:
                for adv in _children(found[1], "advcl"):
                    subj = _children(adv, *_SUBJECT_DEPS)
                    if subj and _actor_like(subj[0], ctx) and self._can_be_argument(subj[0]):
                        return _conjuncts(subj[0])
        if chosen is None and cand.pat.absorb and cand.complement is None:
            # "threatened to launch missiles at South Korea": the complement's target
            for c in _children(tok, "xcomp"):
                heads = [c, *_children(c, "dobj")]
                for h in heads:
                    for p in _children(h, "prep", "dative"):
                        if _lemma(p) in ("to", "at", "against", "on", "with"):
                            for obj in _children(p, "pobj"):
                                if _actor_like(obj, ctx) and self._can_be_argument(obj):
                                    return _conjuncts(obj)
        if chosen is None and cand.complement is not None:
            inner = self._recipients(cand.complement, ctx, actor_codes)
            if inner:
                return inner
        if chosen is None:
            return []
        return _conjuncts(chosen)

    def _noun_recipients(self, cand: Candidate) -> list[Any]:
        tok = cand.tok
        out: list[Any] = []
        agent = self._noun_agent(tok)
        for c in tok.children:
            if c.dep_ == "prep" and _lemma(c) in ("to", "against", "on", "with", "of", "in"):
                if _lemma(c) == "of" and cand.pat.of_actor:
                    continue
                out += _children(c, "pobj")
            if c.dep_ in ("compound", "nmod") and agent is not None and c is not agent:
                out.append(c)
        return out

    def _of_object(self, tok: Any) -> Any:
        for c in tok.children:
            if c.dep_ == "prep" and _lemma(c) == "of":
                for p in _children(c, "pobj"):
                    return p
        return None

    def _is_event_noun(self, tok: Any) -> bool:
        return tok.pos_ in ("NOUN", "PROPN") and (
            (_lemma(tok), "n") in self.lex.patterns or (str(tok.lower_), "n") in self.lex.patterns
        )

    def _actors(self, cand: Candidate, ctx: Context) -> list[Any]:
        if cand.actor_override is not None:
            return cand.actor_override
        tok = cand.tok
        if cand.is_noun:
            agent = self._noun_agent(tok)
            light = any(r.startswith("light verb") for r in cand.rules)
            if agent is None and cand.pat.of_actor and not light:
                agent = self._of_object(tok)  # "the visit of the chairman"
            if agent is not None:
                return _conjuncts(agent)
            clause = _clause_head(tok)
            if clause is not tok and tok.dep_ in ("dobj", "attr", "pobj", "nsubjpass"):
                if tok.dep_ == "attr" and cand.pat.copular:
                    return []
                return self._subject(clause)
            return []
        subj = self._subject(tok)
        return [s for s in subj if self._can_be_argument(s)]

    def _copular_recipient(self, cand: Candidate) -> list[Any]:
        """ "X's presence is a violation": the accused is who X's subject phrase names."""
        clause = cand.tok.head
        for s in _children(clause, *_SUBJECT_DEPS):
            inner = self._noun_agent(s) or self._of_object(s)
            return _conjuncts(inner if inner is not None else s)
        return []

    # ---- building the record ----------------------------------------------------------

    def _refs(
        self,
        heads: list[Any],
        ctx: Context,
        speaker: Any = None,
        visited: frozenset[int] = frozenset(),
    ) -> list[ActorRef]:
        """Actor references of ``heads``; a pronoun takes its antecedent's (``visited``:
        the pronouns already followed, so two pronouns that point at each other end)."""
        refs: list[ActorRef] = []
        seen: set[tuple[int, int]] = set()
        seen_entities: set[str] = set()
        dateline_end = getattr(self._local, "dateline_end", 0)
        for h in heads:
            if h.idx < dateline_end:
                continue  # a dateline names where the reporter is, never a party
            parts = self._split_adjectives(h)
            for span in parts:
                ref = self._actor_ref(ctx, span)
                if ref.code is None:
                    country = self._place_country_span(span, ctx) or self._inner_code(span, ctx)
                    if country:
                        ref.code = country
                if ref.code is None and h.pos_ == "PRON":
                    antecedent = speaker
                    if antecedent is None or antecedent.i == h.i:
                        antecedent = self._antecedent(h)
                    if (
                        antecedent is not None
                        and antecedent.i != h.i
                        and h.i not in visited
                        and antecedent.i not in visited
                    ):
                        return self._refs(_conjuncts(antecedent), ctx, visited=visited | {h.i})
                key = (ref.start, ref.end)
                if key in seen or (ref.entity and ref.entity in seen_entities):
                    continue
                seen.add(key)
                if ref.entity:
                    seen_entities.add(ref.entity)
                refs.append(ref)
        return refs

    def _location_refs(self, cand: Candidate, ctx: Context) -> list[ActorRef]:
        tok = cand.tok
        heads = [tok]
        if cand.is_noun and _clause_head(tok) is not tok:
            heads.append(_clause_head(tok))
        heads += _children(tok, "dobj")
        if cand.complement is not None:
            heads += [cand.complement.tok, *_children(cand.complement.tok, "dobj")]
        for h in heads:
            for p in _children(h, "prep"):
                if _lemma(p) not in _LOCATION_PREPS:
                    continue
                for obj in _children(p, "pobj"):
                    refs = [r for r in self._refs([obj], ctx) if r.code]
                    if refs:
                        return refs[:1]
        return []

    def _sentence_place(self, sent: Any, actor: list[ActorRef], ctx: Context) -> ActorRef | None:
        dateline_end = getattr(self._local, "dateline_end", 0)
        for place in ctx.analysis.places:
            if not place.country or not (sent.start_char <= place.start < sent.end_char):
                continue
            if place.start < dateline_end:
                continue  # the dateline says where the reporter is
            if any(a.start <= place.start and place.end <= a.end for a in actor):
                if not any(a.code is None for a in actor):
                    continue
            return ActorRef(place.text, place.start, place.end, code=place.country)
        return None

    def _inner_code(self, span: Any, ctx: Context) -> str | None:
        """The country of an entity named inside a phrase: "a town in central Iran" -> IRN."""
        for tok in span:
            ent_id = ctx.token_entity.get(tok.i)
            ent = ctx.analysis.entity(ent_id) if ent_id else None
            if ent is not None and ent.code:
                return ent.code
        return None

    def _antecedent(self, pron: Any) -> Any:
        """A pronoun's antecedent within the sentence: the nearest governing clause's subject."""
        t, hops = pron.head, 0
        while hops < 6:
            for s in _children(t, *_SUBJECT_DEPS):
                if s.pos_ != "PRON" and s.i < pron.i and not pron.is_ancestor(s):
                    return s
            if t.head is t:
                return None
            t, hops = t.head, hops + 1
        return None

    def _split_adjectives(self, head: Any) -> list[Any]:
        """ "Hungarian and Romanian officials": one phrase per coordinated nationality."""
        doc = head.doc
        toks = _arg_tokens(head)
        span = doc[min(t.i for t in toks) : max(t.i for t in toks) + 1]
        adjs = [c for c in head.children if c.dep_ == "amod" and c.conjuncts]
        if adjs:
            first = adjs[0]
            group = [first, *[c for c in first.conjuncts if c.pos_ in ("ADJ", "PROPN")]]
            if len(group) > 1:
                return [doc[t.i : t.i + 1] for t in sorted(group, key=lambda t: t.i)]
        return [span]

    def _place_country_span(self, span: Any, ctx: Context) -> str | None:
        places = ctx.analysis.places
        found = _index(ctx, "places", places, lambda p: [(p.start, p.end)] if p.country else [])
        hits = found.overlapping(span.start_char, span.end_char)
        return places[min(hits)].country if hits else None  # the first, as a scan found it

    def _place_country(self, tok: Any, ctx: Context) -> str | None:
        return self._place_country_span(tok.doc[tok.i : tok.i + 1], ctx)

    def _quote_for(self, start: int, end: int, ctx: Context) -> Any:
        quotes = ctx.analysis.quotes
        found = _index(ctx, "quotes", quotes, lambda q: [(c.start, c.end) for c in q.content])
        hits = found.containing(start, end)
        return quotes[min(hits)] if hits else None  # the first, as a scan found it

    def _build(
        self, cand: Candidate, sent: Any, ctx: Context, article_cues: list[str]
    ) -> Event | None:
        tok = cand.tok
        trigger = Span(tok.text, tok.idx, tok.idx + len(tok.text))
        quote = self._quote_for(trigger.start, trigger.end, ctx)
        actor_heads = self._actors(cand, ctx)
        speaker = cand.speaker
        if (
            not actor_heads
            and speaker is not None
            and cand.event
            in (
                "THREATEN",
                "ACCUSE",
                "REQUEST",
                "AGREE",
                "REJECT",
            )
        ):
            actor_heads = _conjuncts(speaker)
            cand.rules.append("actor: speaker")
        actor = self._refs(actor_heads, ctx, speaker)
        if (
            not actor
            and quote is not None
            and quote.speaker is not None
            and cand.event in _VERBAL_TYPES
        ):
            # the speaker of a quote is the actor of what the quote itself does (a demand,
            # an accusation), never of an act the quote only mentions
            actor = [
                ActorRef(
                    quote.speaker.text,
                    quote.speaker.start,
                    quote.speaker.end,
                    entity=quote.speaker.entity,
                )
            ]
            ent = ctx.analysis.entity(quote.speaker.entity)
            if ent is not None:
                actor[0].code, actor[0].sectors = ent.code, list(ent.sectors)
            cand.rules.append("actor: quote speaker")
        actor_codes = frozenset(a.code for a in actor if a.code)
        if cand.pat.copular and cand.tok.dep_ == "attr":
            recipient_heads = self._copular_recipient(cand)
        else:
            recipient_heads = self._recipients(cand, ctx, actor_codes)
        recipient = self._refs(recipient_heads, ctx, speaker)
        actor_spans = {(a.start, a.end) for a in actor}
        recipient = [r for r in recipient if (r.start, r.end) not in actor_spans]
        if not any(r.code for r in recipient):
            # no resolved addressee: where it happened tells whose it is
            # ("rioted at a jail in northern Israel", "evacuated the wounded from Gorazde")
            where = self._location_refs(cand, ctx)
            where = [r for r in where if (r.start, r.end) not in actor_spans]
            if where and recipient and any(_actor_like(h, ctx) for h in recipient_heads):
                # "detained six militants in Jakarta": the militants, of that country
                for r in recipient:
                    if not self._unknown_name(ctx, r):  # a name no dictionary knows: no guess
                        r.code = where[0].code
                cand.rules.append("recipient country: location")
            elif where:
                recipient = where
                cand.rules.append("recipient: location")
            elif not recipient and cand.event in _LOCAL_TYPES:
                # on-the-ground events with no party named: the place the sentence names
                place = self._sentence_place(sent, actor, ctx)
                if place is not None:
                    recipient = [place]
                    cand.rules.append("recipient: sentence place")
        if actor and not any(a.code for a in actor):
            # "prisoners rioted at a jail in Dili": unnamed people, of the place they act in
            where = [
                r for r in self._location_refs(cand, ctx) if (r.start, r.end) not in actor_spans
            ]
            for h in actor_heads if not where else []:
                # "a roadside bombing near the town of Samarra killed …"
                for p in _children(h, "prep"):
                    if _lemma(p) in _LOCATION_PREPS | {"near"}:
                        for obj in _children(p, "pobj"):
                            where += [r for r in self._refs([obj], ctx) if r.code]
            if where:
                for a in actor:
                    if not self._unknown_name(ctx, a):  # a name no dictionary knows: no guess
                        a.code = where[0].code
                cand.rules.append("actor country: location")
        if cand.pat.dictionary and not any(r.code or r.sectors for r in actor + recipient):
            # as PETRARCH codes: a dictionary pattern makes an event only between actors it
            # can name ("the statement needs clarification" is no one's request)
            return None
        context = self._contexts(sent, article_cues, cand.cameo)
        conf = self._confidence(cand, actor, recipient)
        return Event(
            id="",
            event=cand.event,
            trigger=trigger,
            sentence=Span(sent.text, sent.start_char, sent.end_char),
            mode=cand.mode,
            context=context,
            aux=list(dict.fromkeys(cand.aux)),
            actor=actor,
            recipient=recipient,
            cameo=cand.cameo,
            confidence=conf,
            rule="; ".join(dict.fromkeys(cand.rules)),
            quote=quote.id if quote is not None else None,
        )

    def _confidence(
        self, cand: Candidate, actor: list[ActorRef], recipient: list[ActorRef]
    ) -> float:
        conf = cand.pat.conf + 0.04 * len(cand.pat.deps)
        tok = cand.tok
        clause = _clause_head(tok) if cand.is_noun else tok
        dep = clause.dep_
        if dep == "ROOT" or (dep in ("ccomp", "conj") and clause.head.dep_ == "ROOT"):
            conf += 0.1
        elif dep in ("advcl", "relcl", "acl", "pcomp", "xcomp", "pobj", "amod"):
            conf -= 0.1
            purpose = any(_lemma(a) == "to" for a in clause.children if a.dep_ == "aux")
            if dep in ("advcl", "acl", "xcomp") and (purpose or clause.tag_ == "VBG"):
                conf -= 0.1  # "staged demonstrations to demand …": the demand is the aim
        if cand.is_noun and "light verb" not in " ".join(cand.rules):
            conf -= 0.05
        if cand.complement is not None:
            conf += 0.05
        if actor:
            conf += 0.1 if any(a.code for a in actor) else 0.05
        else:
            conf -= 0.1
        if recipient:
            conf += 0.05 if any(r.code for r in recipient) else 0.02
        if "negation" in cand.aux:
            conf -= 0.1
        if "hypothetical" in cand.aux and cand.event != "THREATEN":
            conf -= 0.1  # "if it is attacked": a condition, not an event
        if any(r.startswith(("intent:", "future:", "condition:")) for r in cand.rules):
            conf += 0.1  # a pledge or threat is what the sentence reports
        return round(min(0.99, max(0.05, conf)), 3)

    def _article_contexts(self, doc: Any) -> list[str]:
        counts: Counter[str] = Counter()
        for sent in doc.sents:
            counts.update(dict.fromkeys(self._cues(sent), 1))
        # most frequent first, ties in the order the article cues them: the same in every
        # process (a set's order depends on the interpreter's hash seed)
        return [c for c, n in counts.most_common(3) if n >= 2]

    def _cues(self, sent: Any) -> list[str]:
        """Contexts cued in a sentence, in cue order; computed once per sentence."""
        cache: dict[int, list[str]] = self._local.cues
        cached = cache.get(sent.start)
        if cached is not None:
            return cached
        seqs = ([_lemma(t) for t in sent], [str(t.lower_) for t in sent])
        hits: dict[tuple[str, ...], str] = {}
        for seq in seqs:
            for i, word in enumerate(seq):
                for words, context in self._cue_index.get(word, ()):
                    if tuple(seq[i : i + len(words)]) == words:
                        hits[words] = context
        found = [c for w, c in self.lex.contexts.items() if w in hits]
        cache[sent.start] = found
        return found

    def _contexts(self, sent: Any, article_cues: list[str], cameo: str | None) -> list[str]:
        found = list(dict.fromkeys(self._cues(sent)))
        if not found:
            found = list(article_cues)
        if cameo:
            for k in range(len(cameo), 1, -1):
                implied = self.lex.contexts.get(("cameo", cameo[:k]))
                if implied:
                    found = list(dict.fromkeys([implied, *found]))
                    break
        return found


def _dateline_end(text: str) -> int:
    """Where the article's dateline ("BAGHDAD, March 7 (Reuters) -") ends, else 0."""
    from ..ingest.dateline import parse

    found = parse(text[:300])
    return found.end if found is not None else 0


def explain(event: Event) -> str:
    """One line on why an event was coded: type/mode/cameo, rule, confidence, actor → recipient."""

    def side(refs: list[ActorRef]) -> str:
        if not refs:
            return "-"
        parts = []
        for r in refs:
            code = (r.code or "?") + ("/" + "/".join(r.sectors) if r.sectors else "")
            parts.append(f"{r.text} [{code}]")
        return " + ".join(parts)

    kind = event.event + (f"/{event.mode}" if event.mode else "")
    cameo = f" cameo {event.cameo}" if event.cameo else ""
    aux = f" ({', '.join(event.aux)})" if event.aux else ""
    return (
        f"{event.id} {kind}{cameo}{aux} trigger {event.trigger.text!r}: "
        f"{side(event.actor)} -> {side(event.recipient)}; "
        f"rule {event.rule or '-'}; confidence {event.confidence:.2f}"
    )
