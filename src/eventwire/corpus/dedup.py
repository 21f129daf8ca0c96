"""Near-duplicate articles: the same wire story carried by many outlets, recognised once.

Syndicated copies differ from the wire original in small ways: another headline, a
byline, a paragraph cut from the end, a sentence added, a word changed for house
style. Counting each copy would count its events many times. ``Deduplicator``
recognises a copy of an article it has already seen:

1. **exact**: the same text once case, punctuation and spacing are set aside;
2. **near**: MinHash signatures over word 5-gram shingles (``PERMUTATIONS`` hash
   functions); candidates come from LSH bands of the signature and from long
   sentences two texts share word for word, and a candidate is a copy when the
   estimated Jaccard similarity of the shingle sets is at least ``similarity`` or the
   shorter text is contained in the longer one to at least ``containment`` (a cut copy).

Distinct stories on the same event (two agencies' own reports, a follow-up that
repeats a background paragraph) share far fewer shingles and are kept apart.

The first article seen is the canonical one; every later copy points to it
(``Match.of``), so a store keeps one article with all its sources. The index is in
memory; ``signature`` and ``add_signature`` let a store persist and reload it.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..records import Article

PERMUTATIONS = 126
ROWS_PER_BAND = 3  # 42 bands: a pair with Jaccard 0.45 becomes a candidate 98% of the time
SHINGLE = 5
SIMILARITY = 0.5
CONTAINMENT = 0.6
MIN_SHINGLES = 20  # a text shorter than this is too short to call a copy by containment
MIN_SENTENCE_WORDS = 10  # shorter sentences recur across distinct stories ("He said...")

_EMPTY = np.uint64(1 << 32)  # above every hash value: the signature of a text with no words
_rng = np.random.default_rng(20240307)  # fixed: signatures must be comparable across runs
# Multiply-shift hashing: h(x) = ((a*x + b) mod 2**64) >> 32 with a odd; the uint64
# arithmetic wraps mod 2**64 by itself.
_A = _rng.integers(0, 1 << 63, size=PERMUTATIONS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_B = _rng.integers(0, 1 << 63, size=PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n+")


def words(text: str) -> list[str]:
    """The text's words, case-folded and accent-stripped, for comparison only."""
    norm = unicodedata.normalize("NFKD", text.casefold())
    norm = "".join(c for c in norm if not unicodedata.combining(c))
    return _WORD.findall(norm)


def _h32(s: str) -> int:
    return int.from_bytes(
        hashlib.blake2b(s.encode("utf-8", "surrogatepass"), digest_size=4).digest()
    )


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """32-bit hashes of the text's word k-grams (the whole text when it is shorter)."""
    w = words(text)
    if not w:
        return set()
    if len(w) < k:
        return {_h32(" ".join(w))}
    return {_h32(" ".join(w[i : i + k])) for i in range(len(w) - k + 1)}


def signature(text: str) -> tuple[np.ndarray, int]:
    """The MinHash signature of the text's shingles and the number of shingles."""
    sh = shingles(text)
    if not sh:
        return np.full(PERMUTATIONS, _EMPTY, dtype=np.uint64), 0
    x = np.fromiter(sh, dtype=np.uint64, count=len(sh))
    with np.errstate(over="ignore"):
        hashed = (np.outer(_A, x) + _B[:, None]) >> np.uint64(32)
    return hashed.min(axis=1), len(sh)


def exact_key(text: str) -> str:
    """A key equal for texts that differ only in case, punctuation and spacing."""
    return hashlib.sha1(" ".join(words(text)).encode("utf-8", "surrogatepass")).hexdigest()


def _sentence_keys(text: str) -> set[str]:
    keys = set()
    for sent in _SENTENCE.split(text):
        w = words(sent)
        if len(w) >= MIN_SENTENCE_WORDS:
            keys.add(hashlib.sha1(" ".join(w).encode("utf-8", "surrogatepass")).hexdigest()[:16])
    return keys


@dataclass
class Match:
    """A copy found: which earlier article it copies and how alike they are."""

    of: str  # the canonical article's id
    kind: str  # exact | near
    similarity: float  # estimated Jaccard similarity of the shingle sets
    containment: float  # estimated share of the shorter text's shingles found in the other


class Deduplicator:
    """An in-memory index of the articles seen; ``add`` says whether a new one is a copy."""

    def __init__(self, similarity: float = SIMILARITY, containment: float = CONTAINMENT) -> None:
        self.similarity = similarity
        self.containment = containment
        self._exact: dict[str, str] = {}
        self._sigs: dict[str, np.ndarray] = {}
        self._sizes: dict[str, int] = {}
        self._bands: dict[tuple[int, bytes], list[str]] = defaultdict(list)
        self._sentences: dict[str, list[str]] = defaultdict(list)
        self._canonical: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def canonical(self, article_id: str) -> str:
        """The id of the canonical article of ``article_id``'s group (itself when first seen)."""
        return self._canonical.get(article_id, article_id)

    def find(self, text: str, article_id: str | None = None) -> Match | None:
        """The earlier article ``text`` copies (never ``article_id`` itself), or None."""
        key = exact_key(text)
        if key in self._exact and self.canonical(self._exact[key]) != article_id:
            return Match(self.canonical(self._exact[key]), "exact", 1.0, 1.0)
        sig, size = signature(text)
        return self._near(sig, size, _sentence_keys(text), article_id)

    def _near(
        self, sig: np.ndarray, size: int, sents: set[str], article_id: str | None = None
    ) -> Match | None:
        if size == 0:
            return None
        cands: set[str] = set()
        for band, key in self._band_keys(sig):
            cands.update(self._bands.get((band, key), ()))
        for s in sents:
            cands.update(self._sentences.get(s, ()))
        best: Match | None = None
        for cid in cands:
            if cid not in self._sigs:
                continue  # forgotten
            if article_id is not None and self.canonical(cid) == article_id:
                continue  # an article stored before in another version is not its own copy
            other, osize = self._sigs[cid], self._sizes[cid]
            jac = float(np.mean(sig == other))
            inter = jac * (size + osize) / (1.0 + jac)
            small = min(size, osize)
            cont = min(1.0, inter / small) if small else 0.0
            is_copy = jac >= self.similarity or (small >= MIN_SHINGLES and cont >= self.containment)
            if is_copy and (best is None or (jac, cont) > (best.similarity, best.containment)):
                best = Match(self.canonical(cid), "near", round(jac, 3), round(cont, 3))
        return best

    @staticmethod
    def _band_keys(sig: np.ndarray) -> Iterator[tuple[int, bytes]]:
        for b in range(PERMUTATIONS // ROWS_PER_BAND):
            yield b, sig[b * ROWS_PER_BAND : (b + 1) * ROWS_PER_BAND].tobytes()

    def add(self, article_id: str, text: str) -> Match | None:
        """Index an article; returns the Match when it copies one seen before."""
        return self._add(article_id, *_parts(text))

    def _add(
        self, article_id: str, key: str, sig: np.ndarray, size: int, sents: set[str]
    ) -> Match | None:
        if key in self._exact and self.canonical(self._exact[key]) != article_id:
            exact = Match(self.canonical(self._exact[key]), "exact", 1.0, 1.0)
            self._canonical[article_id] = exact.of
            return exact
        match: Match | None = self._near(sig, size, sents, article_id)
        if match is not None:
            self._canonical[article_id] = match.of
        # Copies are indexed too (pointing to their canonical article): a later copy may be
        # closer to another copy (cut the same way) than to the original.
        self._index(article_id, key, sig, size, sents)
        return match

    def forget(self, article_id: str) -> None:
        """Drop an article from the index (it was never stored: its coding failed)."""
        self._sigs.pop(article_id, None)
        self._sizes.pop(article_id, None)
        self._canonical.pop(article_id, None)
        for key in [k for k, v in self._exact.items() if v == article_id]:
            del self._exact[key]

    def add_signature(
        self,
        article_id: str,
        key: str,
        sig: Sequence[int] | np.ndarray,
        size: int,
        sents: Iterable[str],
        canonical: str | None = None,
    ) -> None:
        """Index a stored article from its saved exact key, signature, size and sentence keys."""
        if canonical and canonical != article_id:
            self._canonical[article_id] = canonical
        self._index(article_id, key, np.asarray(sig, dtype=np.uint64), size, set(sents))

    def _index(
        self, article_id: str, key: str, sig: np.ndarray, size: int, sents: set[str]
    ) -> None:
        self._exact.setdefault(key, article_id)
        self._sigs[article_id] = sig
        self._sizes[article_id] = size
        for bk in self._band_keys(sig):
            self._bands[bk].append(article_id)
        for s in sents:
            self._sentences[s].append(article_id)


def _parts(text: str) -> tuple[str, np.ndarray, int, set[str]]:
    """Exact key, MinHash signature, shingle count and sentence keys of one text."""
    sig, size = signature(text)
    return exact_key(text), sig, size, _sentence_keys(text)


def _saved(key: str, sig: np.ndarray, size: int, sents: set[str]) -> dict[str, object]:
    return {
        "key": key,
        "signature": [int(v) for v in sig],
        "size": size,
        "sentences": sorted(sents),
    }


def fingerprint(text: str) -> dict[str, object]:
    """What a store saves to rebuild the index: exact key, signature, size, sentence keys."""
    return _saved(*_parts(text))


def group(articles: Iterable[Article], dedup: Deduplicator | None = None) -> dict[str, list[str]]:
    """Canonical id -> ids of all its copies (itself first), for a batch of articles."""
    d = dedup or Deduplicator()
    groups: dict[str, list[str]] = {}
    for art in articles:
        match = d.add(art.id, art.text)
        groups.setdefault(match.of if match else art.id, []).append(art.id)
    return groups


# --- keeping the index in the event store --------------------------------------------------

SCHEMA = """
CREATE TABLE IF NOT EXISTS article_sources (
    article_id VARCHAR, copy_id VARCHAR, kind VARCHAR, similarity DOUBLE, containment DOUBLE,
    title VARCHAR, source VARCHAR, url VARCHAR, date VARCHAR, seen_at TIMESTAMP,
    PRIMARY KEY (article_id, copy_id));
CREATE TABLE IF NOT EXISTS article_fingerprints (
    article_id VARCHAR PRIMARY KEY, canonical VARCHAR, key VARCHAR, signature UBIGINT[],
    size INTEGER, sentences VARCHAR[]);
"""


Statement = tuple[str, list[Any]]


class StoredDeduplicator(Deduplicator):
    """A Deduplicator whose index lives in the event store's DuckDB connection.

    Two tables, next to the store's own: ``article_sources`` (one row per outlet that
    carried a stored article: the article itself, kind ``original``, and each copy,
    kind ``exact`` or ``near``, with its title, source, URL and date) and
    ``article_fingerprints`` (what rebuilds the index at the next run). Writing the
    same copy again replaces its row, so ingesting twice leaves the same counts.

    ``check`` indexes an article in memory only; its rows wait (``pending``) for the
    transaction that stores the article they belong to (the article itself, or the
    original a copy points to), so a run killed before that commit leaves no
    fingerprint of an article that was never stored, and the next run codes it and
    its copies afresh. ``flush`` writes them at once, for use without a Store.
    """

    def __init__(
        self, con: Any, similarity: float = SIMILARITY, containment: float = CONTAINMENT
    ) -> None:
        super().__init__(similarity, containment)
        self.con = con
        con.execute(SCHEMA)
        rows = con.execute(
            "SELECT article_id, canonical, key, signature, size, sentences "
            "FROM article_fingerprints"
        ).fetchall()
        # owner (the article whose storing makes them true) -> copy id -> its rows
        self._pending: dict[str, dict[str, list[Statement]]] = {}
        self._stored: set[str] = set()
        for aid, canonical, key, sig, size, sents in rows:
            self.add_signature(aid, key, sig, size, sents or [], canonical)
            self._stored.add(canonical or aid)

    def check(self, art: Article) -> Match | None:
        """Index ``art``; the Match when it is a copy of an article seen before. Its rows
        (fingerprint, source) wait in ``pending`` for the store's transaction."""
        parts = _parts(art.text)
        match = self._add(art.id, *parts)
        fp = _saved(*parts)
        owner = match.of if match else art.id
        now = _dt.datetime.now(_dt.UTC).replace(tzinfo=None)
        fingerprint_row: Statement = (
            "INSERT OR REPLACE INTO article_fingerprints VALUES (?, ?, ?, ?, ?, ?)",
            [art.id, owner, fp["key"], fp["signature"], fp["size"], fp["sentences"]],
        )
        source_row: Statement = (
            "INSERT OR REPLACE INTO article_sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                owner,
                art.id,
                match.kind if match else "original",
                match.similarity if match else 1.0,
                match.containment if match else 1.0,
                art.title,
                art.source,
                art.url,
                art.date,
                now,
            ],
        )
        self._pending.setdefault(owner, {})[art.id] = [fingerprint_row, source_row]
        return match

    def pending(self, article_ids: Iterable[str]) -> list[Statement]:
        """The rows to write in the transaction that stores these articles: their own,
        their copies', and those of copies of articles stored before (taken out of
        ``pending``; call ``stored`` once that transaction commits)."""
        owners = [*article_ids, *(o for o in self._pending if o in self._stored)]
        out: list[Statement] = []
        for owner in dict.fromkeys(owners):
            for rows in self._pending.pop(owner, {}).values():
                out.extend(rows)
        return out

    def stored(self, article_ids: Iterable[str]) -> None:
        """Note that these articles were committed to the store."""
        self._stored.update(article_ids)

    def flush(self) -> None:
        """Write every pending row now (rows of articles stored by other means)."""
        owners = list(self._pending)
        for sql, params in self.pending(owners):
            self.con.execute(sql, params)
        self.stored(owners)

    def forget(self, article_id: str) -> None:
        """Drop an article that was not stored (its coding failed) from the index, its
        pending rows and those of its copies (which the next run then codes), and the
        tables."""
        super().forget(article_id)
        self._pending.pop(article_id, None)
        for copies in self._pending.values():
            copies.pop(article_id, None)
        self.con.execute("DELETE FROM article_fingerprints WHERE article_id = ?", [article_id])
        self.con.execute("DELETE FROM article_sources WHERE copy_id = ?", [article_id])
