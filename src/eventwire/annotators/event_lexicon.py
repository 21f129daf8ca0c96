"""The event lexicon: patterns, grammar word classes and context cues, read from data files.

The packaged files live in ``resources/events/`` (format in its README.md): the
hand-written ``lexicon.txt``, the word classes of ``grammar.txt`` that the event rules
read, the context cues of ``contexts.txt``, and the packaged conversion of the PETRARCH
CAMEO verb dictionary. A user's files of the same formats extend or override them
(settings ``event_lexicons``, ``event_grammars``, ``event_contexts``,
``event_dictionaries``). Everything here is parsed once per annotator, and a verb
dictionary once per process.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..dictionaries.petrarch_verbs import NON_EVENT
from ..errors import ConfigError
from ..records import PLOVER_TYPES

RESOURCE_PACKAGE = "eventwire.resources.events"
LEXICON_FILE = "lexicon.txt"
GRAMMAR_FILE = "grammar.txt"
CONTEXTS_FILE = "contexts.txt"


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
    party: bool = False  # codes only with an actor or recipient that names a party
    idiom: bool = False  # one phrase of the verb: the dictionary keeps its other uses
    undergone: bool = False  # the verb's subject undergoes the act ("faced criticism")
    object_head: bool = False  # the row's words must head the verb's object, not modify it
    doer: bool = False  # codes only with an actor that names a party

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
        known = {"absorb", "of=actor", "copular", "party", "doer", "idiom", "undergone", "object"}
        unknown = flags - known
        if unknown:
            raise ConfigError(
                f"{loc}: unknown flag(s) {sorted(unknown)}; expected absorb, of=actor, "
                "copular, party, doer, idiom, undergone, object, conf=N"
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
                party="party" in flags,
                idiom="idiom" in flags,
                undergone="undergone" in flags,
                object_head="object" in flags,
                doer="doer" in flags,
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


class PatternIndex:
    """The patterns of one head in their order of precedence, each filed under one plain
    word it needs among its dependents (a pattern that names only word sets, or none, is
    filed under none), so that the words around a trigger pick out the few patterns
    that can fit it instead of trying all of a head's patterns (a common verb of a
    PETRARCH dictionary has over a hundred)."""

    def __init__(self, pats: list[Pattern]) -> None:
        self.pats = pats
        self.size = len(pats)
        self.most_deps = max(len(p.deps) for p in pats)
        self.by_word: dict[str, list[int]] = {}
        unfiled: list[int] = []
        for k, pat in enumerate(pats):
            word = next((d for d in pat.deps if not d.startswith("&")), None)
            if word is None:
                unfiled.append(k)
            else:
                self.by_word.setdefault(word, []).append(k)
        self.unfiled = tuple(unfiled)

    def candidates(self, words: set[str]) -> list[int]:
        """The positions, in order, of the patterns whose filed word is among ``words``
        and of those filed under none: no other pattern can fit these words."""
        found = set(self.unfiled)
        for w in words:
            hit = self.by_word.get(w)
            if hit is not None:
                found.update(hit)
        return sorted(found)


@dataclass
class Lexicon:
    """Patterns indexed by (head lemma, pos), most specific first; grammar classes; cues."""

    patterns: dict[tuple[str, str], list[Pattern]]
    grammar: dict[str, frozenset[str]]
    contexts: dict[tuple[str, ...], str]
    #: word sets named in patterns: name -> first word of an entry -> the entries
    word_sets: dict[str, dict[str, list[tuple[str, ...]]]] = field(default_factory=dict)
    _pattern_words: dict[Pattern, frozenset[str]] = field(default_factory=dict, repr=False)
    _indexes: dict[tuple[str, str], PatternIndex] = field(default_factory=dict, repr=False)

    def index(self, key: tuple[str, str]) -> PatternIndex | None:
        """The patterns of a (head, pos) key indexed by the word each needs, built on
        first use (None when the head has no pattern)."""
        pats = self.patterns.get(key)
        if not pats:
            return None
        known = self._indexes.get(key)
        if known is not None and known.pats is pats and known.size == len(pats):
            return known
        self._indexes[key] = PatternIndex(pats)
        return self._indexes[key]

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


@functools.lru_cache(maxsize=1)
def _packaged_grammar() -> dict[str, frozenset[str]]:
    """The packaged grammar's word classes, read once per process."""
    parsed = parse_grammar(_read_text(GRAMMAR_FILE), GRAMMAR_FILE)
    return {name: frozenset(words) for name, words in parsed.items()}


def grammar_class(name: str) -> frozenset[str]:
    """The words of a class of the packaged grammar, for annotators that read no lexicon
    (empty when the class is absent)."""
    return _packaged_grammar().get(name, frozenset())


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
    grammar = {name: set(words) for name, words in _packaged_grammar().items()}
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
    # a row flagged `idiom` names one phrase of a verb without making the verb one the
    # hand-written lexicon knows: the dictionary's patterns still code its other uses
    hand_heads = {
        (p.head, p.pos) for p in by_key.values() if id(p) not in from_dictionary and not p.idiom
    }
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
