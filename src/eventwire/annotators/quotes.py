"""Quotes: who said what, verbatim (direct), in paraphrase (indirect) or both (mixed).

The annotator reads the shared parse and the cue lexicon (``resources/quotes/cues.tsv``
plus the files in the ``cue_lexicons`` setting) and adds ``Quote`` records:

1. **Quotation marks** are paired per paragraph (straight, curly, guillemets, two
   apostrophes ``''``). A mark left open closes at the end of its paragraph, so an
   unbalanced quote never swallows the rest of the article; a quote left open whose
   next paragraph opens a quote again runs on (the newspaper convention for quotes
   over several paragraphs).
2. **Cues** are verbs whose lemma is in the lexicon (``say``, ``tell``, ``accuse`` …),
   verb + particle (``call on``), prepositions (``according to``) and nouns with a
   complement (``cue_nouns.txt``: "his criticism about …", "the claim that …"). Each cue's
   *parse content* is its clausal complement (``ccomp``: "said (that) …"), or for
   speech verbs without one the phrase after the verb ("accused Y of …", "called on Y
   to …"); content after the cue runs on to the end of the sentence (stopping before
   the next cue and its source). Its *source* is its subject (climbing from "saying",
   "adding", "by criticizing", "likely to describe" and conjoined verbs to the
   governing verb's subject; "who" in "X, who …, said"; the noun a participle
   modifies, "polls showing …"); a passive cue without "by X" has none. "In the poll,
   …" names the record as the source; "TRUMP: …" lines name a transcript's speaker.
3. **Direct quotes** attach to the nearest cue next to them in the same paragraph
   ("“…,” Ortega said." / "Ortega said: “…”" / "“…,” he said, “…”"), to a cue ending
   the previous paragraph with a colon, to a dash attribution ("… — Commissioner X"),
   or continue the quote before them (the next paragraph of the same speech). A
   quote with no attribution stays unattributed (framing may call it a scare quote).
4. **Headlines**: "Poll: Sanders Leads in Iowa" (a short name, a colon, the claim) and
   title-case lines whose verb the tagger took for a name ("Mayor Backs New Budget").
5. **The attribution model** (``resources/quotes/model.json``, loaded on first use; see
   the README there and ``eventwire.training.quotes``) judges every candidate above, and
   candidates the rules alone would not keep: verbs and adjectives outside the lexicon
   with a clause or a *to*-infinitive ("has sworn that …", "is confident that …") and
   any verb's object ("took swipes at Bush"). A logistic regression over the candidate's
   features (rule, cue lemma and parse, neighbours, source, content shape) keeps those
   whose probability reaches the model's threshold.
6. A cue whose content lies inside another attribution's content is dropped: an
   attribution is recorded once, at its outermost level.

Content spans follow PolNeAR's conventions: "that" belongs to the content, and so does
the subject of a passive cue without "by X" or of *seem*/*appear* ("Trump is expected
to win": "Trump" and "to win", no source); the sentence's final period and the comma
before a trailing "he said" do not, quotation marks do; "“…,” he said. “…”" is one
attribution with two content spans.

Speakers resolve to entities through ``eventwire.annotators.actors.actor_ref``; a
pronoun the actor annotator left unresolved takes the entity of the latest resolved
speaker before it.

Handed to later annotators (typed fields of the ``Context``, see ``assigns``):

- ``quote_regions``: character spans of every paired quotation (marks included),
  attributed or not;
- ``quote_tokens``: for each quote id, the token ranges ``[start, end)`` of its
  content (events inside them are reported speech), and the tokens of its cue and
  source words;
- ``quote_candidates``: with ``record`` on (the training command), every candidate's
  features.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ConfigError, ResourceError
from ..records import Quote, Span, Speaker
from ..resources import read_text, read_user_file, word_list
from ..resources import words as packaged_words
from . import Annotator, Context, QuoteTokens, SpanIndex, doc_tokens, register
from .actor_coding.quoted import relink_quoted_pronouns

CUE_CLASSES = ("speech", "clause", "belief", "evidence", "quote", "prep")


def _words(name: str) -> frozenset[str]:
    return packaged_words(("quotes", "words.txt"), name)


OPEN_MARKS = "“«„‟"
CLOSE_MARKS = "”»"
STRAIGHT = '"'
DASHES = "—–"
SENT_END = {".", "!", "?"}
# Word lists (resources/quotes/words.txt says what each holds and where it comes from).
PRONOUNS = _words("pronouns")
RECORD_NOUNS = _words("record_nouns")
ACTS = _words("acts")
RAISING = _words("raising")
NOUN_PREPS = _words("noun_preps")
LINE_LABELS = _words("line_labels")
# Dependency labels of a speech verb's right-hand phrase that make up its content
# when it has no clause ("accused Y of Z", "called on Y to Z", "described X as Y").
OBJECT_DEPS = {"dobj", "dative", "xcomp", "prep", "oprd", "acomp", "attr", "obj", "pobj"}
CLAUSE_DEPS = {"ccomp"}
SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Dependencies a cue's source search climbs to the governing word's subject.
CLIMB_DEPS = {"advcl", "conj", "xcomp", "pcomp", "prep", "acomp"}
# Longest stretch (tokens) between a quote and its cue for them to belong together.
MAX_GAP_AFTER = 24
MAX_GAP_BEFORE = 22
# "Source: content" at the start of a line (headlines); the source is a short name.
_COLON_LINE = re.compile(r"\s*([A-Z][\w.’'&-]*(?:[ \t]+[\w.’'&-]+){0,5})[ \t]*:(?!\d)[ \t]*")
_SENT_BOUNDARY = re.compile(r"[.!?]+[”\"’»)]*(?=\s+[“\"‘«(]?[A-Z0-9])")
# Words that end in a period without ending a sentence ("Mr. Smith", "U.S. Rep."): the
# listed abbreviations, a single capital and initialisms.
_ABBREV = re.compile(
    r"^(?:[A-Z]|"
    + "|".join(sorted(map(re.escape, _words("abbreviations"))))
    + r"|[A-Z]\.[A-Z]|[A-Z]\.[A-Z]\.[A-Z])\.$"
)


def _strip_comment(line: str) -> str:
    return "" if line.lstrip().startswith("#") else line.rstrip("\n\r")


def load_cues(paths: Iterable[str | Path] = ()) -> dict[str, str]:
    """The cue lexicon: the packaged ``cues.tsv`` then each extra file (later entries win)."""
    cues: dict[str, str] = {}
    _parse_cues(read_text("quotes", "cues.tsv"), "cues.tsv (packaged)", cues)
    for path in paths:
        _parse_cues(read_user_file(path, "cue lexicon", "quotes"), str(path), cues)
    return cues


#: the cue classes of verbs that say or announce (not think, show or go on)
SAYING_CLASSES = frozenset({"speech", "clause"})


@functools.cache
def saying_verbs() -> frozenset[str]:
    """The one-word verbs of saying and announcing of the packaged cue lexicon (its
    ``speech`` and ``clause`` cues: "say", "announce", "unveil" …), for annotators that
    read no quotes."""
    return frozenset(
        cue for cue, cls in load_cues().items() if cls in SAYING_CLASSES and " " not in cue
    )


def load_nouns() -> frozenset[str]:
    """The packaged cue nouns (``cue_nouns.txt``: one lemma a line, ``#`` comments)."""
    return frozenset(w.lower() for w in word_list("quotes", "cue_nouns.txt"))


def _parse_cues(text: str, where: str, into: dict[str, str]) -> None:
    for n, raw in enumerate(text.splitlines(), 1):
        line = _strip_comment(raw)
        if not line.strip():
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 2 or not cols[0] or cols[1] not in CUE_CLASSES:
            raise ConfigError(
                f"{where}, line {n}: {raw!r} is not 'CUE<TAB>CLASS'; expected CLASS one of "
                f"{', '.join(CUE_CLASSES)}"
            )
        into[" ".join(cols[0].lower().split())] = cols[1]


def outermost(items: list[tuple[int, list[tuple[int, int]]]]) -> list[int]:
    """Indices of the (cue char, content spans) items kept at their outermost level.

    Longest content first; an item whose cue lies inside a kept one's content, or whose
    content lies inside a kept one's, is dropped.
    """
    order = sorted(range(len(items)), key=lambda k: -sum(e - s for s, e in items[k][1]))
    kept: list[int] = []
    spans, extents = SpanIndex(), SpanIndex()  # the kept ones' content spans, whole extents
    for k in order:
        cue_char, content = items[k]
        first, last = content[0][0], content[-1][1]
        if not spans.holds(cue_char) and not extents.contains(first, last):
            kept.append(k)
            for s, e in content:
                spans.add(s, e)
            extents.add(first, last)
    return kept


def _word_shape(tok: Any, keep: tuple[str, ...]) -> str:
    """A neighbour word as a feature: punctuation and the parts of speech in ``keep`` as
    themselves, other words as their part of speech."""
    if tok is None:
        return "<edge>"
    return tok.lower_ if not tok.is_alpha or tok.pos_ in keep else tok.pos_


def _bucket(n: int) -> str:
    """A length as a coarse bin: 0, 1, 2, 3-4, 5-8, 9-16, 17-32, 33+."""
    for top, name in ((0, "0"), (1, "1"), (2, "2"), (4, "3-4"), (8, "5-8"), (16, "9-16")):
        if n <= top:
            return name
    return "17-32" if n <= 32 else "33+"


class AttributionModel:
    """A logistic regression over candidate features (``model.json``); see
    ``eventwire.training.quotes`` for how it is trained.

    ``{"bias": b, "threshold": t, "extra_threshold": x, "weights": {feature: w}}``: a
    candidate is kept when the sigmoid of ``b`` plus its features' weights reaches ``t``
    (``x`` for the candidates outside the rules, ``origin`` "extra…").
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.bias = float(data["bias"])
        self.threshold = float(data["threshold"])
        self.extra_threshold = float(data.get("extra_threshold", self.threshold))
        self.weights: dict[str, float] = {k: float(v) for k, v in data["weights"].items()}

    @classmethod
    def load(cls, path: str | Path | None = None) -> AttributionModel | None:
        """The packaged model (or the file at ``path``); None when there is none."""
        try:
            if path is None:
                ref = resources.files("eventwire") / "resources" / "quotes" / "model.json"
                if not ref.is_file():
                    return None
                raw = ref.read_text(encoding="utf-8")
            else:
                raw = Path(path).read_text(encoding="utf-8")
            return cls(json.loads(raw))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ResourceError(f"quote attribution model {path or 'model.json'}: {exc}") from exc

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keeps(self, features: Iterable[str], extra: bool = False) -> bool:
        """Whether a candidate is an attribution (``extra``: one only the model proposes)."""
        return self.probability(features) >= (self.extra_threshold if extra else self.threshold)


# --- quotation marks --------------------------------------------------------------------


@dataclass
class Region:
    """A stretch of text inside quotation marks (marks included)."""

    start: int
    end: int
    closed: bool = True
    runs_on: bool = False  # left open at a paragraph end, the next paragraph reopens


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines of ``text`` (a newline always ends a paragraph)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _straight_opens(text: str, i: int, is_open: bool, width: int = 1) -> bool:
    """Whether a straight mark at ``i`` (``width`` characters) opens a quotation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if before.isspace() or before in "([{—–-:/" or i == 0:
        return not (after.isspace() and is_open)
    if after.isspace() or after in ".,;:!?)]}—–-":
        return False
    return not is_open


def _double_apostrophes(text: str, start: int, end: int) -> set[int]:
    """Starts of the two-apostrophe marks (``''``) in ``text[start:end]``.

    Typewriter-style copy (the New York Times' archive among others) writes a double
    quotation mark as two apostrophes, opening and closing alike; they pair like a
    straight ``"``. In a run of three, the single quote nested inside is the apostrophe
    next to the quoted words (``''It is 'odd','''``: the last two close the quotation).
    """
    out: set[int] = set()
    for m in re.finditer(r"'{2,4}", text[start:end]):
        a, n = start + m.start(), len(m.group(0))
        if n == 2:
            out.add(a)
        elif n == 3:
            after = text[a + 3] if a + 3 < len(text) else " "
            out.add(a if after.isalnum() else a + 1)
        else:
            out.update((a, a + 2))
    return out


def find_regions(text: str) -> list[Region]:
    """Pair the quotation marks of ``text`` into regions; never crosses a paragraph end."""
    regions: list[Region] = []
    for p_start, p_end in _paragraphs(text):
        open_at: int | None = None
        doubles = _double_apostrophes(text, p_start, p_end)
        i = p_start - 1
        while i + 1 < p_end:
            i += 1
            ch = text[i]
            width = 1
            if i in doubles:
                ch, width = STRAIGHT, 2
            if (
                ch in OPEN_MARKS
                and open_at is not None
                and i > p_start
                and not text[i - 1].isspace()
                and (i + 1 >= p_end or text[i + 1].isspace() or text[i + 1] in ".,;:!?")
            ):
                # "“Apparently not,“ he said": an opening mark typed where a closing one belongs
                regions.append(Region(open_at, i + 1))
                open_at = None
                continue
            if ch in OPEN_MARKS or (
                ch == STRAIGHT and _straight_opens(text, i, open_at is not None, width)
            ):
                if open_at is not None:
                    if ch == STRAIGHT:
                        # A straight mark that looks like an opener while open closes it.
                        regions.append(Region(open_at, i + width))
                        open_at = None
                        i += width - 1
                        continue
                    # A new opening mark while one is open: the first was never closed.
                    regions.append(Region(open_at, _rstrip(text, open_at, i), closed=False))
                open_at = i
            elif ch in CLOSE_MARKS or ch == STRAIGHT:
                if open_at is not None:
                    regions.append(Region(open_at, i + width))
                    open_at = None
                # A closing mark with nothing open is a stray: ignored.
            i += width - 1
        if open_at is not None:
            end = _rstrip(text, open_at, p_end)
            if end - open_at > 1:
                nxt = text[p_end:].lstrip()
                regions.append(
                    Region(
                        open_at,
                        end,
                        closed=False,
                        runs_on=_opens_quote(nxt),
                    )
                )
    return regions


def _opens_quote(s: str) -> bool:
    """Whether ``s`` starts with a quotation mark."""
    return bool(s) and (s[0] in OPEN_MARKS + STRAIGHT or s.startswith("''"))


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


# --- the annotator ----------------------------------------------------------------------


@dataclass
class _Attribution:
    cue: list[int]  # token indices of the cue words
    cls: str
    source: tuple[int, int] | None = None  # token range [start, end)
    source_ref: tuple[int, int] | None = None  # tokens that name the speaker ("who" → its head)
    content: list[tuple[int, int]] = field(default_factory=list)  # char spans
    regions: list[int] = field(default_factory=list)  # indices into the region list
    dash: tuple[int, int] | None = None  # char span of a dash cue
    origin: str = ""  # which rule found it (a feature of the attribution model)

    @property
    def anchor(self) -> int:
        return self.cue[0] if self.cue else -1


@register("quotes")
class QuotesAnnotator(Annotator):
    """Direct, indirect and mixed attributions with their speaker, cue and content."""

    # also corrects the links of pronouns inside quotations (entities, token_entity)
    assigns = ("quotes", "quote_regions", "quote_tokens", "quote_candidates")
    requires = ("entities", "token_entity", "actor_resolver")

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.cues = load_cues(settings["cue_lexicons"])
        self.nouns = load_nouns()
        # Two-word verb cues by their verb ("call" → {"on": "speech", "for": …}).
        self.phrasal: dict[str, dict[str, str]] = {}
        self.preps: dict[str, str] = {}
        for cue, cls in self.cues.items():
            words = cue.split()
            if cls == "prep":
                self.preps[cue] = cls
            elif len(words) == 2:
                self.phrasal.setdefault(words[0], {})[words[1]] = cls

        # the attribution model, loaded on first use; ``record`` (the training command)
        # keeps every candidate's features in ``ctx.quote_candidates``
        self._model: AttributionModel | None = None
        self._model_loaded = False
        self.record = False

    @property
    def model(self) -> AttributionModel | None:
        if not self._model_loaded:
            self._model = AttributionModel.load()
            self._model_loaded = True
        return self._model

    @model.setter
    def model(self, value: AttributionModel | None) -> None:
        self._model, self._model_loaded = value, True

    def __call__(self, ctx: Context) -> None:
        _Run(self, ctx).run()
        # a quoted "he" is not the speaker, a quoted "we" is (actor_coding/quoted.py)
        relink_quoted_pronouns(ctx)


# cue token -> its attribution; cue token -> the tokens [s, e) its parse content spans;
# the attribution of a cue found, or None
_ByCue = dict[int, _Attribution]
_Clauses = dict[int, tuple[int, int] | None]
_Cue = _Attribution | None


class _Layout:
    """Where things are in one article's text: paragraphs, sentences, quotation regions,
    tokens; the spans the other layers cut are trimmed and clamped here."""

    def __init__(self, ann: QuotesAnnotator, ctx: Context) -> None:
        self.ann = ann
        self.ctx = ctx
        self.doc = ctx.doc
        self.text: str = ctx.article.text
        self.regions = find_regions(self.text)
        self.reg_starts = [r.start for r in self.regions]
        self.tok_starts = [t.idx for t in doc_tokens(self.doc)]
        self.paras = _paragraphs(self.text)
        self.para_starts = [p[0] for p in self.paras]
        self.bounds = self._boundaries()

    def _boundaries(self) -> list[int]:
        """Sentence ends by punctuation and line breaks (not inside quotations).

        The parser's sentences sometimes run over a quotation's closing mark; content
        taken from the parse is clamped to the segment of its cue.
        """
        out = [0]
        for m in _SENT_BOUNDARY.finditer(self.text):
            pos = m.end()
            k = self.region_of(pos - 1)
            if k is not None and self.regions[k].end > pos:
                continue
            word = self.text[max(0, m.start() - 5) : m.start() + 1].split()[-1:] or [""]
            if _ABBREV.search(word[0]):
                continue
            out.append(pos)
        out.extend(p[1] for p in self.paras)
        out.append(len(self.text))
        return sorted(set(out))

    def segment(self, char: int) -> tuple[int, int]:
        """The sentence-like stretch around ``char`` (see ``_boundaries``)."""
        k = bisect.bisect_right(self.bounds, char)
        return self.bounds[k - 1], self.bounds[min(k, len(self.bounds) - 1)]

    def clamp(self, char_span: tuple[int, int], cue_char: int) -> tuple[int, int]:
        """``char_span`` cut to the segment of the cue at ``cue_char``."""
        lo, hi = self.segment(cue_char)
        return self.trim(max(char_span[0], lo), min(char_span[1], hi))

    def region_of(self, char: int) -> int | None:
        """Index of the region containing ``char``, or None."""
        k = bisect.bisect_right(self.reg_starts, char) - 1
        if k >= 0 and self.regions[k].start <= char < self.regions[k].end:
            return k
        return None

    def para_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, char) - 1)

    def tok_at(self, char: int) -> int:
        """Index of the token at or after ``char``."""
        return min(bisect.bisect_left(self.tok_starts, char), len(self.doc) - 1)

    def tok_in(self, char: int) -> int:
        """Index of the token that contains ``char`` (or the last one before it)."""
        return max(0, bisect.bisect_right(self.tok_starts, char) - 1)

    def char_span(self, s: int, e: int) -> tuple[int, int]:
        """Characters of tokens [s, e), trimmed of the punctuation that frames a clause."""
        start, end = self.doc[s].idx, self.doc[e - 1].idx + len(self.doc[e - 1])
        return self.trim(start, end)

    def trim(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",;:—–-("):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-.("):
            end -= 1
        # Keep the closing mark of a quote that ends the content, with what it closes.
        k = self.region_of(end) if end < len(text) else None
        if k is not None and self.regions[k].end - end <= 2:
            end = self.regions[k].end  # ” or '' (``_double_apostrophes``)
        return start, end

    def _trim_np(self, span: tuple[int, int]) -> tuple[int, int]:
        s, e = span
        while e > s + 1 and self.doc[e - 1].is_punct:
            e -= 1
        while s < e - 1 and self.doc[s].is_punct:
            s += 1
        return s, e

    def _first_region(self, char: int) -> int:
        """Index of the first region that ends after ``char``."""
        return max(0, bisect.bisect_right(self.reg_starts, char) - 1)

    def cue_char(self, att: _Attribution) -> int:
        return self.doc[att.anchor].idx if att.cue else att.content[0][0]

    def _regions_from(self, start: int, end: int) -> Iterator[Any]:
        """The regions that start in [start, end), in order (by bisection, not a scan)."""
        k = bisect.bisect_left(self.reg_starts, start)
        while k < len(self.regions) and self.regions[k].start < end:
            yield self.regions[k]
            k += 1

    def kind(self, att: _Attribution) -> str:
        if att.regions and all(
            any(r.start == s and r.end == e for r in self._regions_from(s, s + 1))
            for s, e in att.content
        ):
            return "direct"
        for s, e in att.content:
            if any(s <= r.start and r.end <= e for r in self._regions_from(s, e)):
                return "mixed"
        return "indirect"


class _CueGrammar(_Layout):
    """A cue's parts from the parse: its class, its source (the subject, or the subject a
    raising verb lends), and its content (a clause, a phrase, up to the sentence's end)."""

    def cue_class(self, tok: Any) -> tuple[str, list[int]] | None:
        """The cue class and cue tokens if ``tok`` is a cue verb (else None)."""
        if tok.pos_ not in ("VERB", "AUX") or self.region_of(tok.idx) is not None:
            return None
        lemma = tok.lemma_.lower()
        phr = self.ann.phrasal.get(lemma)
        if phr:
            for child in tok.children:
                if child.dep_ in ("prt", "prep") and child.lower_ in phr and child.i > tok.i:
                    return phr[child.lower_], [tok.i, child.i]
        cls = self.ann.cues.get(lemma)
        if cls is None or cls == "prep":
            return None
        if tok.pos_ == "AUX" and tok.dep_ == "aux":
            return None
        return cls, [tok.i]

    def subject(self, verb: Any) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """Source tokens of a cue verb, and the tokens that name the speaker."""
        v = verb
        for _ in range(6):
            for child in v.children:
                if child.dep_ == "agent":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            span = (pobj.left_edge.i, pobj.right_edge.i + 1)
                            return span, span
            for child in v.children:
                if child.dep_ == "nsubjpass" and v == verb:
                    # "Trump is expected to win": a passive cue without "by X" names no
                    # source (its subject is what the content is about)
                    return None, None
                if child.dep_ in SUBJ_DEPS:
                    span = (child.left_edge.i, child.right_edge.i + 1)
                    span = self._trim_np(span)
                    if child.lower_ in ("who", "that", "which") and v.dep_ == "relcl":
                        head = v.head
                        return span, self._trim_np((head.left_edge.i, head.i + 1))
                    return span, span
            # "polls showing …", "groups backing Clinton": a participle speaks for its noun
            if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN") and v.head.i < v.i:
                span = self._trim_np((v.head.left_edge.i, v.head.i + 1))
                return span, span
            # "…, saying …", "said … and added …": the governing verb's subject speaks.
            # "responded by tweeting …", "is likely to describe …": through the preposition
            # or the adjective to the verb whose subject acts.
            if v.dep_ in CLIMB_DEPS and v.head.i != v.i:
                v = v.head
                continue
            break
        return None, None

    def parse_content(self, verb: Any, cls: str, cue: list[int]) -> tuple[int, int] | None:
        """Tokens [s, e) of what the cue verb attributes, from the parse alone."""
        lo, hi = self.segment(verb.idx)
        clause = [
            c
            for c in verb.children
            if c.dep_ in CLAUSE_DEPS and c.i not in cue and lo <= c.idx < hi
        ]
        if clause:
            c = clause[-1] if len(clause) > 1 and clause[-1].i > verb.i else clause[0]
            start = c.left_edge.i
            if c.i > verb.i:
                # "knew it was possible, …, that she could lose": two clauses, one content
                start = min(d.left_edge.i for d in clause if d.i > verb.i)
                # "says no matter what …, “…”": modifiers between cue and clause belong to it
                for child in verb.children:
                    if max(cue) < child.i < start and child.dep_ in (
                        "advmod",
                        "neg",
                        "advcl",
                        "mark",
                    ):
                        start = min(start, child.left_edge.i)
            return start, c.right_edge.i + 1
        if cls == "evidence":
            # "polls show Clinton with a lead": what a record shows is all that follows
            return self._right_phrase(verb, cue)
        if cls in ("belief", "clause"):
            # "seems to …", "asked Kasich to lay out …": a to-infinitive carries content
            xc = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
            if xc:
                return self._right_phrase(verb, cue)
            return None
        if cls == "quote":
            return None
        return self._right_phrase(verb, cue)

    def _right_phrase(self, verb: Any, cue: list[int]) -> tuple[int, int] | None:
        parts = []
        lo, hi = self.segment(verb.idx)
        kids = list(verb.children)
        for extra in cue[1:]:  # "called on Y to Z": Y hangs from the particle
            kids.extend(c for c in self.doc[extra].children if c.dep_ == "pobj")
        for child in kids:
            if not lo <= child.idx < hi:
                continue  # the parser ran over a sentence end
            if child.i <= max(cue) or child.dep_ not in OBJECT_DEPS:
                continue
            parts.append((child.left_edge.i, child.right_edge.i + 1))
        if not parts:
            return None
        s = min(p[0] for p in parts)
        e = max(p[1] for p in parts)
        if verb.lemma_.lower() == "tell" and len(parts) == 1:
            return None  # "told reporters": an addressee, no content
        return s, e

    def _to_sentence_end(
        self, p: tuple[int, int], i: int, by_cue: dict[int, _Attribution]
    ) -> tuple[int, int]:
        """Content after its cue runs on to the end of the sentence.

        "supports his amendments to expand immigration", "urged the candidate to dig in,
        and in a more focused way, …": what the parse hangs elsewhere still belongs to
        the attributed content; it stops before the next cue and its source.
        """
        s, e = p
        if s <= i:
            return p
        sent = self.doc[i].sent
        _lo, hi = self.segment(self.doc[i].idx)
        end = e
        while end < sent.end and self.doc[end].idx < hi:
            t = self.doc[end]
            if end in by_cue or t.text in SENT_END or t.text == ";":
                break
            end += 1
        if end < sent.end and end in by_cue:
            src = by_cue[end].source
            if src is not None and e <= src[0] < end:
                end = src[0]
            else:
                return p
        while end > e and (self.doc[end - 1].is_punct or self.doc[end - 1].dep_ == "cc"):
            end -= 1
        return s, max(e, end)

    def raised_subject(self, verb: Any, p: tuple[int, int]) -> tuple[int, int] | None:
        """'Trump is expected to win', 'voters appear to be moving': the subject of a
        passive cue without "by X" (or of *seem*, *appear*) is part of what is attributed
        (PolNeAR's convention); the char span of that subject, or None."""
        if p[0] <= verb.i or any(c.dep_ == "agent" for c in verb.children):
            return None
        if not any(c.dep_ in ("xcomp", "oprd") and c.i > verb.i for c in verb.children):
            return None
        deps = ("nsubjpass",) if verb.lemma_.lower() not in RAISING else ("nsubjpass", "nsubj")
        subj = [c for c in verb.children if c.dep_ in deps and c.i < verb.i]
        if not subj or subj[0].lower_ in ("who", "that", "which"):
            return None
        s, e = self.char_span(subj[0].left_edge.i, subj[0].right_edge.i + 1)
        lo, _hi = self.segment(verb.idx)
        return (s, e) if lo <= s < e else None

    def parenthetical(self, i: int, att: _Attribution) -> list[tuple[int, int]]:
        """'X, the survey shows, is …' / '…, Stone says.': the sentence around an aside cue."""
        if att.source is None:
            return []
        s_tok = min(att.source[0], i)
        e_tok = max(att.source[1], max(att.cue) + 1)
        # the aside is set off by commas (or ends the sentence) and has nothing after the cue
        nxt = self.doc[e_tok] if e_tok < len(self.doc) else None
        prv = self.doc[s_tok - 1] if s_tok > 0 else None
        if prv is None or prv.text not in (",", "—", "–"):
            return []
        if nxt is not None and nxt.text not in (",", ".", "—", "–", "!", "?"):
            return []
        lo, hi = self.segment(self.doc[i].idx)
        left = self.trim(lo, prv.idx)
        right = self.trim(nxt.idx + 1, hi) if nxt is not None and nxt.text == "," else (0, 0)
        out = [sp for sp in (left, right) if sp[1] - sp[0] > 1]
        if not out or sum(len(re.findall(r"\w+", self.text[a:b])) for a, b in out) < 3:
            return []
        return out

    def _content_from_regions(self, att: _Attribution, p: tuple[int, int] | None) -> None:
        regs = [self.regions[k] for k in att.regions]
        if p is not None:
            ps, pe = self.clamp(self.char_span(*p), self.doc[att.anchor].idx)
            first = regs[0]
            outside = sum(
                1 for t in self.doc[p[0] : p[1]] if not t.is_punct and self.region_of(t.idx) is None
            )
            # "said that the plan was “a failure”": the clause, quote and all (mixed).
            if outside >= 1 and ps < first.end and first.start < pe:
                att.content = [(min(ps, first.start), max(pe, first.end))]
                att.content += [(r.start, r.end) for r in regs[1:]]
                return
        first = regs[0]
        lo, _hi = self.segment(first.start)
        lead = self.text[lo : first.start]
        cue_char = self.doc[att.anchor].idx if att.cue else -1
        if cue_char > first.end and re.search(r"\w", lead) and not lead.rstrip().endswith(":"):
            # "the convoy was “an open provocation …” on the border, the ministry said":
            # the quotation sits inside the clause the cue reports (mixed).
            stop = cue_char
            if att.source is not None:
                stop = min(stop, self.doc[att.source[0]].idx)
            cs, ce = self.trim(lo, stop)
            if ce > first.end:
                att.content = [(cs, ce)] + [(r.start, r.end) for r in regs[1:] if r.start >= ce]
                return
        att.content = [(r.start, r.end) for r in regs]


class _RegionAttachment(_CueGrammar):
    """Quotations attached to the cue that introduces them, in its sentence or the ones
    around it, and the quotations that continue an attributed one."""

    def attach_region(
        self,
        k: int,
        reg: Region,
        by_cue: dict[int, _Attribution],
        pc: dict[int, tuple[int, int] | None],
    ) -> _Attribution | None:
        """The attribution a quotation belongs to, from the cue next to it."""
        doc = self.doc
        if len(doc) == 0:
            return None
        para = self.paras[self.para_of(reg.start)]
        # After: "“…,” Ortega said." / "“…,” said Ortega, …" / "“…” \n He said."
        i = self.tok_at(reg.end)
        steps = 0
        while i < len(doc) and steps < MAX_GAP_AFTER and doc[i].idx < para[1]:
            t = doc[i]
            if self.region_of(t.idx) is not None:
                break
            att = self._speech_cue_at(i, reg, by_cue, pc)
            if att is not None:
                return att
            if t.text in SENT_END or t.text == ";":
                break
            i += 1
            steps += 1
        # Before: "Ortega said: “…”" / "“…,” he said, “…”"
        i = self.tok_at(reg.start) - 1
        steps = 0
        while i >= 0 and steps < MAX_GAP_BEFORE and doc[i].idx >= para[0]:
            t = doc[i]
            if t.text in SENT_END and self.region_of(t.idx) is None:
                break
            att = self._speech_cue_at(i, reg, by_cue, pc)
            if att is not None:
                return att
            if self.region_of(t.idx) is not None:
                i = self.tok_at(self.regions[self.region_of(t.idx) or 0].start) - 1
                steps += 1
                continue
            i -= 1
            steps += 1
        # A cue that ends the previous paragraph with a colon: "He said:\n\n“…”"
        pk = self.para_of(reg.start)
        if self.text[para[0] : reg.start].strip() == "" and pk > 0:
            prev = pk - 1
            while prev > 0 and not self.text[slice(*self.paras[prev])].strip():
                prev -= 1
            ps, pe = self.paras[prev]
            if self.text[ps:pe].rstrip().endswith(":"):
                j = self.tok_at(pe) - 1
                while j >= 0 and doc[j].idx >= ps:
                    att = by_cue.get(j)
                    if att is not None and att.cls in ("speech", "clause", "quote"):
                        return att
                    if doc[j].text in SENT_END:
                        break
                    j -= 1
        return None

    def _speech_cue_at(self, i: int, reg: Region, by_cue: _ByCue, pc: _Clauses) -> _Cue:
        """The attribution of a cue of speech at token ``i`` that quotation ``reg`` fits."""
        att = by_cue.get(i)
        if att is not None and att.cls in ("speech", "clause", "quote") and self._fits(i, reg, pc):
            return att
        return None

    def _fits(self, i: int, reg: Region, pc: dict[int, tuple[int, int] | None]) -> bool:
        """Whether the cue's own clause leaves room for this quotation to be its content."""
        p = pc.get(i)
        if p is None:
            return True
        s, e = self.clamp(self.char_span(*p), self.doc[i].idx)
        if e <= s:
            return True  # the parse's clause lies beyond the cue's sentence: no clause here
        # Its clause overlaps the quotation (the parse may make the quote its ccomp).
        if s < reg.end and reg.start < e:
            return True
        # "“…,” he said, “…”": the parse took the other quotation as the clause.
        k = self.region_of(s)
        return k is not None and self.regions[k].end >= e

    def continues(
        self,
        j: int,
        nxt: int,
        att: _Attribution,
        by_cue: dict[int, _Attribution],
        pc: dict[int, tuple[int, int] | None],
    ) -> bool:
        """Whether quotation ``nxt`` goes on with the speech of quotation ``j``."""
        a, b = self.regions[j], self.regions[nxt]
        if a.runs_on and self.para_of(b.start) == self.para_of(a.end) + 1:
            return True
        # "“…,” he said. Meantime “…,” Green said.": the next quotation has a cue of its own
        own = self.attach_region(nxt, b, by_cue, pc)
        if own is not None and own is not att:
            return False
        # Only the attribution itself may stand between them ("“…,” he said, “…”").
        if self.para_of(b.start) == self.para_of(a.start):
            cue_s = self.doc[att.anchor].idx if att.cue else -1
            if a.end <= cue_s < b.start:
                # "“…,” Woodward told the Post on Monday. “…”": the attribution is one
                # clause (no verb but the cue's) and one sentence at most.
                ts, te = self.tok_at(a.end), self.tok_in(b.start - 1) + 1
                src = range(*att.source) if att.source else range(0)
                rest = [t for t in self.doc[ts:te] if t.i not in src and t.i not in att.cue]
                verbs = [t for t in rest if t.pos_ == "VERB" and t.dep_ != "amod"]
                ends = sum(t.text in SENT_END or t.text == ";" for t in rest)
                if not verbs and ends <= 1 and sum(t.is_alpha for t in rest) <= 8:
                    return True
                # "“…,” Rubio said, in response to a question about …. “…”": a longer
                # attribution sentence, when the next quotation opens the next sentence and
                # no other cue stands in between.
                between = self.text[a.end : b.start].rstrip()
                return (
                    ends == 1 and between[-1:] in SENT_END and not any(t.i in by_cue for t in rest)
                )
            return False
        # A new paragraph that only holds a quotation, right after the attributed one.
        nb = self.paras[self.para_of(b.start)]
        if self.para_of(b.start) != self.para_of(a.end) + 1 and not all(
            not self.text[slice(*self.paras[p])].strip()
            for p in range(self.para_of(a.end) + 1, self.para_of(b.start))
        ):
            return False
        para_text = self.text[nb[0] : nb[1]].strip()
        if not _opens_quote(para_text):
            return False
        if self.text[b.end : nb[1]].strip(' .,;:!?”"') != "":
            return False  # the paragraph goes on with words of its own (maybe its own cue)
        # and the attributed quotation ended its own paragraph
        na = self.paras[self.para_of(a.end)]
        tail = self.text[a.end : na[1]]
        if re.search(r"\w", tail):
            cue_s = self.doc[att.anchor].idx if att.cue else -1
            if not (a.end <= cue_s < na[1]):
                return False
        return b.end - b.start > 20


class _Constructions(_RegionAttachment):
    """Attributions without a cue verb's clause: noun cues ("the claim that"), prepositions
    ("according to"), dashes, headline verbs and colon lines ("Minister: ...")."""

    def noun_cues(self, atts: list[_Attribution], by_cue: dict[int, _Attribution]) -> None:
        """'his criticism of X', 'the claim that …', 'her vow to …': a noun of saying or
        thinking (``cue_nouns.txt``) with a complement; its source is the possessor, or
        the subject of the verb the noun is the object of ("X voiced criticism of Y")."""
        nouns = self.ann.nouns
        for tok in doc_tokens(self.doc):
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
                continue
            if self.region_of(tok.idx) is not None:
                continue
            cue = [tok.i]
            span: tuple[int, int] | None = None
            for c in tok.children:
                if c.i < tok.i:
                    continue
                if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX"):
                    span = (c.left_edge.i, c.right_edge.i + 1)
                elif c.dep_ == "prep" and c.lower_ in NOUN_PREPS:
                    pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                    if pobj:
                        cue.append(c.i)
                        span = (pobj[0].left_edge.i, pobj[0].right_edge.i + 1)
                if span is not None:
                    break
            if span is None:
                continue
            cs, ce = self.clamp(self.char_span(*span), tok.idx)
            if ce - cs <= 1:
                continue
            src: tuple[int, int] | None = None
            ref: tuple[int, int] | None = None
            poss = [c for c in tok.children if c.dep_ == "poss"]
            if poss:
                src = ref = self._trim_np((poss[0].left_edge.i, poss[0].i + 1))
            elif tok.dep_ == "dobj" and tok.head.i not in by_cue:
                src, ref = self.subject(tok.head)
            att = _Attribution(cue=cue, cls="noun", source=src, source_ref=ref, origin="noun")
            att.content = [(cs, ce)]
            atts.append(att)

    def prep_cues(self, atts: list[_Attribution]) -> None:
        """'according to X, …' and 'in a poll by X, …': the phrase's noun is the source,
        the content the clause the phrase modifies."""
        for tok in doc_tokens(self.doc):
            if self.region_of(tok.idx) is not None:
                continue
            if tok.lower_ == "according":
                to = [c for c in tok.children if c.lower_ == "to"]
                if not to:
                    continue
                pobj = [c for c in to[0].children if c.dep_ == "pobj"]
                if pobj:
                    self._prep_attribution(atts, tok, [tok.i, to[0].i], pobj[0])
            elif tok.lower_ == "in" and tok.dep_ == "prep":
                # "In the survey, likely voters …", "Trump leads …, in the poll"
                pobj = [c for c in tok.children if c.dep_ == "pobj"]
                if pobj and pobj[0].lemma_.lower() in RECORD_NOUNS:
                    self._prep_attribution(atts, tok, [tok.i], pobj[0])

    def _prep_attribution(
        self, atts: list[_Attribution], tok: Any, cue: list[int], pobj: Any
    ) -> None:
        src = (pobj.left_edge.i, pobj.right_edge.i + 1)
        head = tok.head
        while head.dep_ not in ("ROOT", "ccomp") and head.head.i != head.i:
            head = head.head
        phrase = (tok.left_edge.i, max(tok.right_edge.i + 1, src[1]))
        sent = tok.sent
        s, e = head.left_edge.i, head.right_edge.i + 1
        s, e = max(s, sent.start), min(e, sent.end)
        # The content is the clause minus the phrase.
        if phrase[0] <= s + 1:
            s = phrase[1]
        elif phrase[1] >= e - 1:
            e = phrase[0]
        if e <= s:
            return
        cs, ce = self.clamp(self.char_span(s, e), tok.idx)
        if ce - cs <= 1:
            return
        atts.append(
            _Attribution(
                cue=cue, cls="prep", source=src, source_ref=src, content=[(cs, ce)], origin="prep"
            )
        )

    def dash_attributions(self, claimed: set[int]) -> list[_Attribution]:
        """'“…” — Commissioner X': a quotation signed with a dash and a name."""
        out = []
        for k, reg in enumerate(self.regions):
            if k in claimed:
                continue
            para = self.paras[self.para_of(reg.start)]
            m = re.match(r"\s*([—–―]|--)\s*", self.text[reg.end : para[1]])
            if not m:
                continue
            s = reg.end + m.end()
            tail = self.text[s : para[1]]
            if not tail or not tail[0].isupper() or len(tail.split()) > 8:
                continue
            ts, te = self.tok_at(s), self.tok_in(para[1] - 1) + 1
            if te <= ts or any(t.pos_ == "VERB" for t in self.doc[ts:te]):
                continue
            ts, te_ = self._trim_np((ts, te))
            att = _Attribution(
                cue=[], cls="speech", source=(ts, te_), source_ref=(ts, te_), origin="dash"
            )
            dash_start = reg.end + (len(m.group(0)) - len(m.group(0).lstrip()))
            att.dash = (dash_start, dash_start + len(m.group(1)))
            att.regions = [k]
            att.content = [(reg.start, reg.end)]
            claimed.add(k)
            out.append(att)
        return out

    def headline_verbs(self) -> list[_Attribution]:
        """'Pence Endorses Paul Ryan': a title-case line whose verb the tagger took for a name."""
        out: list[_Attribution] = []
        for ps, pe in self.paras:
            words = self.text[ps:pe].split()
            if len(words) < 3 or sum(w[:1].isupper() for w in words) < 0.8 * len(words):
                continue
            if ":" in self.text[ps:pe]:
                continue  # left to the colon rule
            ts, te = self.tok_at(ps), self.tok_in(pe - 1) + 1
            for t in self.doc[ts + 1 : min(te - 1, ts + 7)]:
                if t.pos_ not in ("PROPN", "NOUN", "VERB") or not t.text[:1].isupper():
                    continue
                low = t.lower_
                forms = (low[:-2], low[:-1]) if low.endswith("es") else (low[:-1],)
                cls = next(
                    (self.ann.cues[f] for f in forms if low.endswith("s") and f in self.ann.cues),
                    None,
                )
                if cls not in ("speech", "clause", "evidence"):
                    continue
                cs, ce = self.trim(t.idx + len(t), pe)
                if ce - cs < 4:
                    break
                att = _Attribution(
                    cue=[t.i], cls=cls, source=(ts, t.i), source_ref=(ts, t.i), origin="headline"
                )
                att.content = [(cs, ce)]
                out.append(att)
                break
        return out

    def colon_lines(self) -> list[_Attribution]:
        """Headline attribution: 'Poll: Sanders Leads in Iowa', 'Kasich: “We will win”'."""
        out = []
        for ps, pe in self.paras:
            line = self.text[ps:pe]
            m = _COLON_LINE.match(line)
            if not m or not line[m.end() :].strip():
                continue
            name = m.group(1)
            if name.isupper() and len(name.split()) < 2 and name.rstrip(".") in LINE_LABELS:
                continue  # "UPDATE:", "WATCH:"; a transcript's "TRUMP:" or "Q:" speaks
            cs, ce = self.trim(ps + m.end(), pe)
            if ce - cs < 8:
                continue
            ts, te = self.tok_at(ps), self.tok_in(ps + len(m.group(1)) - 1) + 1
            if te <= ts or any(t.pos_ in ("VERB", "AUX") for t in self.doc[ts:te]):
                continue
            if not any(t.pos_ in ("PROPN", "NOUN") for t in self.doc[ts:te]):
                continue
            colon = ps + line.index(":", len(m.group(1)))
            att = _Attribution(
                cue=[], cls="speech", source=(ts, te), source_ref=(ts, te), origin="colon"
            )
            att.dash = (colon, colon + 1)
            att.content = [(cs, ce)]
            out.append(att)
        return out


class _Candidates(_Constructions):
    """What the attribution model reads: candidates beyond the lexicon, each one's features
    and its relations to the others."""

    def extra_candidates(self, by_cue: dict[int, _Attribution]) -> list[_Attribution]:
        """Verbs and adjectives outside the lexicon with a clause or a to-infinitive.

        "Clinton has insisted that …", "is confident that …", "plans to …": candidates
        only the attribution model may keep (``origin`` "extra").
        """
        out = []
        for tok in doc_tokens(self.doc):
            if tok.pos_ in ("VERB", "AUX"):
                if tok.dep_ in ("aux", "auxpass"):
                    continue
            elif tok.pos_ != "ADJ":
                continue
            known = by_cue.get(tok.i)
            if known is not None and (known.content or known.regions):
                continue
            if self.region_of(tok.idx) is not None:
                continue
            lo, hi = self.segment(tok.idx)
            deps = {c.dep_ for c in tok.children if lo <= c.idx < hi}
            lemma = tok.lemma_.lower()
            origin = "extra"
            if known is not None:
                # a lexicon cue whose class found no content ("said goodbye"): its object
                p = self._right_phrase(tok, known.cue) if tok.pos_ == "VERB" else None
                origin = "extra_obj"
            elif "ccomp" in deps:
                p = self.parse_content(tok, "clause", [tok.i])
            elif "xcomp" in deps and tok.pos_ == "VERB":
                p = self.parse_content(tok, "belief", [tok.i])
            elif tok.pos_ == "VERB" and deps & {"dobj", "prep"} and lemma not in ACTS:
                # "took aim at the mayor", "softens her tone": any verb's object; not
                # a cue noun's verb ("renewed support for …": the noun is the cue)
                if any(
                    c.dep_ == "dobj" and c.lemma_.lower() in self.ann.nouns for c in tok.children
                ):
                    continue
                p = self._right_phrase(tok, [tok.i])
                origin = "extra_obj"
            else:
                continue
            if p is None:
                continue
            p = self._to_sentence_end(p, tok.i, by_cue)
            s, e = self.clamp(self.char_span(*p), tok.idx)
            if e - s <= 1:
                continue
            if known is not None:
                att = _Attribution(
                    cue=known.cue, cls=known.cls, source=known.source, source_ref=known.source_ref
                )
            else:
                src, ref = self.subject(tok)
                att = _Attribution(cue=[tok.i], cls="extra", source=src, source_ref=ref)
            att.content = [(s, e)]
            att.origin = origin
            out.append(att)
        return out

    def features(self, att: _Attribution) -> list[str]:
        """What the attribution model sees of a candidate: its rule, cue, source and content."""
        doc = self.doc
        f = [f"cls={att.cls}", f"origin={att.origin}", f"kind={self.kind(att)}"]
        lemma = ""
        if att.cue:
            t = doc[att.anchor]
            lemma = " ".join(doc[i].lemma_.lower() for i in att.cue)
            f += [
                f"lemma={lemma}",
                f"tag={t.tag_}",
                f"dep={t.dep_}",
                f"lemma|dep={lemma}|{t.dep_}",
                f"lemma|origin={lemma}|{att.origin}",
                f"head={t.head.pos_}",
                f"cls|dep={att.cls}|{t.dep_}",
            ]
            for c in t.children:
                f.append(f"child={c.dep_}")
                f.append(f"lemma|child={lemma}|{c.dep_}")
                if c.dep_ in ("aux", "neg", "auxpass"):
                    f.append(f"aux={c.lower_}")
                elif c.dep_ == "xcomp":
                    f.append(f"xcomp={c.lemma_.lower()}")
            prev = doc[t.i - 1] if t.i > 0 else None
            nxt = doc[max(att.cue) + 1] if max(att.cue) + 1 < len(doc) else None
            f += [
                f"prev={_word_shape(prev, ())}",
                f"next={_word_shape(nxt, ('ADP', 'SCONJ', 'PART'))}",
                f"head_lemma={t.head.lemma_.lower() if t.dep_ != 'ROOT' else '<root>'}",
            ]
            cue_char = t.idx
        else:
            f.append("lemma=")
            cue_char = att.dash[0] if att.dash else att.content[0][0]
        if att.source is not None:
            src = doc[att.source[0] : att.source[1]]
            root = src.root
            f += [
                "source",
                f"src_pos={root.pos_}",
                f"src_ent={root.ent_type_}",
                f"src_len={_bucket(len(src))}",
                f"src_lemma={root.lemma_.lower() if root.pos_ in ('PRON', 'NOUN') else root.pos_}",
                f"origin|src_ent={att.origin}|{root.ent_type_ or root.pos_}",
            ]
            if lemma:
                f.append(f"lemma|source={lemma}|{root.pos_}")
        else:
            f.append("no_source")
        cs, ce = att.content[0][0], att.content[-1][1]
        words = sum(len(re.findall(r"\w+", self.text[s:e])) for s, e in att.content)
        f += [
            f"len={_bucket(words)}",
            f"origin|len={att.origin}|{_bucket(words)}",
            f"spans={min(len(att.content), 3)}",
            f"side={'after' if cs >= cue_char else 'before'}",
            f"first={self.text[cs:ce].split()[0].lower() if self.text[cs:ce].split() else ''}",
        ]
        if self.para_of(cue_char) == 0:
            f.append("first_para")
        if any(r.end <= ce for r in self._regions_from(cs, ce)):
            f.append("quoted_inside")
        ct = self.tok_at(cs)
        if ct < len(doc):
            f.append(f"c_pos={doc[ct].pos_}")
            f.append(f"c_dep={doc[ct].dep_}")
        if "?" in self.text[cs:ce]:
            f.append("question")
        return f

    def relations(self, atts: list[_Attribution]) -> list[list[str]]:
        """Features of each candidate among the others: "nested" (its cue inside a rule
        candidate's content), "nested_extra" (inside a model-only candidate's), "nests"
        (another's cue inside its content), "shared" (another candidate from its cue)."""
        cues = [self.cue_char(a) for a in atts]
        order = sorted(range(len(atts)), key=lambda k: cues[k])
        sorted_cues = [cues[k] for k in order]
        nested: list[str | None] = [None] * len(atts)
        nests = [False] * len(atts)
        for j, other in enumerate(atts):
            for s, e in other.content:
                lo = bisect.bisect_left(sorted_cues, s)
                hi = bisect.bisect_left(sorted_cues, e)
                for k in order[lo:hi]:
                    if k == j:
                        continue
                    nests[j] = True
                    if cues[k] != cues[j] and nested[k] != "nested":
                        nested[k] = "nested_extra" if other.origin.startswith("extra") else "nested"
        count: dict[int, int] = {}
        for c in cues:
            count[c] = count.get(c, 0) + 1
        out = []
        for k in range(len(atts)):
            tag = nested[k]
            f = [tag] if tag is not None else []
            if nests[k]:
                f.append("nests")
            if count[cues[k]] > 1:
                f.append("shared")
            out.append(f)
        return out

    def describe(self, att: _Attribution, rel: list[str]) -> dict[str, Any]:
        """A candidate as the training command records it (features and char spans)."""
        out: dict[str, Any] = {"features": self.features(att) + rel, "content": list(att.content)}
        if att.source is not None:
            out["source"] = [self.char_span(*att.source)]
        if att.cue:
            last = self.doc[max(att.cue)]
            out["cue"] = [(self.doc[min(att.cue)].idx, last.idx + len(last))]
        elif att.dash:
            out["cue"] = [att.dash]
        out["cue_char"] = self.cue_char(att)
        return out


class _Run(_Candidates):
    """The work for one article (keeps the annotator itself stateless): the pass over the
    cues and constructions, then the records."""

    def run(self) -> None:
        atts: list[_Attribution] = []
        by_cue: dict[int, _Attribution] = {}
        pc: dict[int, tuple[int, int] | None] = {}
        for tok in doc_tokens(self.doc):
            found = self.cue_class(tok)
            if found is None:
                continue
            cls, cue = found
            src, ref = self.subject(tok)
            att = _Attribution(cue=cue, cls=cls, source=src, source_ref=ref)
            pc[tok.i] = self.parse_content(tok, cls, cue)
            by_cue[tok.i] = att
        self.prep_cues(atts)
        self.noun_cues(atts, by_cue)

        claimed: set[int] = set()
        for k, reg in enumerate(self.regions):
            if k in claimed:
                continue
            owner = self.attach_region(k, reg, by_cue, pc)
            if owner is None:
                continue
            owner.regions.append(k)
            claimed.add(k)
            # runs on over paragraphs, and "“…,” he said, “…”" continuations
            j = k
            while j + 1 < len(self.regions) and self.continues(j, j + 1, owner, by_cue, pc):
                j += 1
                owner.regions.append(j)
                claimed.add(j)

        for i, att in by_cue.items():
            p = pc.get(i)
            if att.regions:
                if p is not None:
                    p = self._to_sentence_end(p, i, by_cue)
                self._content_from_regions(att, p)
                att.origin = "quote"
                atts.append(att)
            elif p is not None and att.cls != "quote":
                p = self._to_sentence_end(p, i, by_cue)
                s, e = self.clamp(self.char_span(*p), self.doc[i].idx)
                if e - s > 1:
                    att.content = [(s, e)]
                    raised = self.raised_subject(self.doc[i], p)
                    if raised is not None:
                        att.content.insert(0, raised)
                        att.source = att.source_ref = None
                    att.origin = "verb"
                    atts.append(att)
            elif p is None and att.cls in ("speech", "clause", "evidence"):
                aside = self.parenthetical(i, att)
                if aside:
                    att.content = aside
                    att.origin = "aside"
                    atts.append(att)
        atts.extend(self.dash_attributions(claimed))
        atts.extend(self.colon_lines())
        atts.extend(self.headline_verbs())
        model = self.ann.model
        if model is not None or self.ann.record:
            atts.extend(self.extra_candidates(by_cue))
        atts = [a for a in atts if a.content]
        if self.ann.record:
            rel = self.relations(atts)
            self.ctx.quote_candidates = [
                self.describe(a, r) for a, r in zip(atts, rel, strict=True)
            ]
            atts = [a for a in atts if not a.origin.startswith("extra")]
        elif model is not None:
            rel = self.relations(atts)
            atts = [
                a
                for a, r in zip(atts, rel, strict=True)
                if model.keeps(self.features(a) + r, a.origin.startswith("extra"))
            ]
        self.emit(self.outermost(atts))

    def outermost(self, atts: list[_Attribution]) -> list[_Attribution]:
        """Drop attributions whose cue lies inside another one's content, and duplicates."""
        atts = [a for a in atts if a.content]
        keep = outermost([(self.cue_char(a), a.content) for a in atts])
        return sorted((atts[k] for k in keep), key=lambda a: a.content[0][0])

    def emit(self, atts: list[_Attribution]) -> None:
        from .actors import actor_ref  # actors may be replaced; resolve at call time

        ctx = self.ctx
        content_tokens: dict[str, list[tuple[int, int]]] = {}
        cue_tokens: dict[int, str] = {}
        source_tokens: dict[int, str] = {}
        last_entity: str | None = None
        for n, att in enumerate(atts, 1):
            qid = f"q{n}"
            speaker = None
            if att.source is not None:
                s, e = att.source
                span = self.doc[s:e]
                rs, re_ = att.source_ref or att.source
                ref = actor_ref(ctx, self.doc[rs:re_])
                entity = ref.entity
                if entity is None and span.root.lower_ in PRONOUNS:
                    entity = last_entity
                speaker = Speaker(
                    text=span.text, start=span.start_char, end=span.end_char, entity=entity
                )
                if entity is not None:
                    last_entity = entity
                for i in range(s, e):
                    source_tokens[i] = qid
            cue = None
            if att.cue:
                cs = self.doc[min(att.cue)].idx
                last = self.doc[max(att.cue)]
                ce = last.idx + len(last)
                cue = Span(text=self.text[cs:ce], start=cs, end=ce)
                for i in att.cue:
                    cue_tokens[i] = qid
            elif att.dash:
                cue = Span(
                    text=self.text[att.dash[0] : att.dash[1]], start=att.dash[0], end=att.dash[1]
                )
            content = [Span(text=self.text[s:e], start=s, end=e) for s, e in att.content]
            ctx.analysis.quotes.append(
                Quote(id=qid, kind=self.kind(att), content=content, speaker=speaker, cue=cue)
            )
            content_tokens[qid] = [
                (self.tok_in(s), self.tok_in(e - 1) + 1) for s, e in att.content if e > s
            ]
        ctx.quote_regions = [(r.start, r.end) for r in self.regions]
        ctx.quote_tokens = QuoteTokens(content_tokens, cue_tokens, source_tokens)
