"""Contexts of an event: the one its CAMEO code implies, then the cue words of its
sentence (``resources/events/contexts.txt``), else the cues the article repeats."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

from . import doc_sents
from .event_grammar import lexical_view
from .event_lexicon import Lexicon


class ContextCues:
    """PLOVER contexts from cue words, scanned once per sentence."""

    def __init__(self, lex: Lexicon, local: threading.local) -> None:
        self.lex = lex
        self._local = local  # the article being coded (its sentences' cues)
        # context cues indexed by their first word, so a sentence is scanned once
        self._cue_index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, context in lex.contexts.items():
            if words and words[0] != "cameo":
                self._cue_index.setdefault(words[0], []).append((words, context))

    def article(self, doc: Any) -> list[str]:
        counts: Counter[str] = Counter()
        for sent in doc_sents(doc):
            counts.update(dict.fromkeys(self.sentence(sent), 1))
        # most frequent first, ties in the order the article cues them: the same in every
        # process (a set's order depends on the interpreter's hash seed)
        return [c for c, n in counts.most_common(3) if n >= 2]

    def sentence(self, sent: Any) -> list[str]:
        """Contexts cued in a sentence, in cue order; computed once per sentence."""
        cache: dict[int, list[str]] = self._local.cues
        cached = cache.get(sent.start)
        if cached is not None:
            return cached
        view = lexical_view(sent.doc)
        seqs = (view.lemma[sent.start : sent.end], view.lower[sent.start : sent.end])
        hits: dict[tuple[str, ...], str] = {}
        for seq in seqs:
            for i, word in enumerate(seq):
                for words, context in self._cue_index.get(word, ()):
                    if tuple(seq[i : i + len(words)]) == words:
                        hits[words] = context
        found = [c for w, c in self.lex.contexts.items() if w in hits] if hits else []
        cache[sent.start] = found
        return found

    def for_event(self, sent: Any, article_cues: list[str], cameo: str | None) -> list[str]:
        found = list(dict.fromkeys(self.sentence(sent)))
        if not found:
            found = list(article_cues)
        if cameo:
            for k in range(len(cameo), 1, -1):
                implied = self.lex.contexts.get(("cameo", cameo[:k]))
                if implied:
                    found = list(dict.fromkeys([implied, *found]))
                    break
        return found
