"""Language identification, offline, with py3langid (its model ships inside the package).

eventwire codes English only for now; ``check`` tells the readers which articles to
skip, with a reason that names the language found. Short or letter-poor texts are
not judged (a guess there is noise), so they keep the language their source declared.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

# Below this many letters the identifier's answer is not worth skipping an article for.
MIN_LETTERS = 40
# An article is skipped only when the identifier is this sure it is another language.
MIN_PROBABILITY = 0.9
_SAMPLE_CHARS = 4000  # the first few paragraphs decide; identification cost stays flat

_LOCK = threading.Lock()
_IDENTIFIER: Any = None


def _identifier() -> Any:
    global _IDENTIFIER
    with _LOCK:
        if _IDENTIFIER is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _IDENTIFIER


@dataclass
class Guess:
    """The language found (ISO 639-1) and the identifier's probability; None when not judged."""

    language: str | None
    probability: float


def detect(text: str) -> Guess:
    """The language of ``text``, or ``Guess(None, 0.0)`` for text too short to judge."""
    sample = text[:_SAMPLE_CHARS]
    if len(re.findall(r"[^\W\d_]", sample)) < MIN_LETTERS:
        return Guess(None, 0.0)
    lang, prob = _identifier().classify(sample)
    return Guess(str(lang), float(prob))


def check(text: str, languages: tuple[str, ...] = ("en",)) -> tuple[str | None, str | None]:
    """``(language, reason)``: reason is None when the article is to be coded, else why not."""
    guess = detect(text)
    if guess.language is None or guess.probability < MIN_PROBABILITY:
        return None, None
    if guess.language in languages:
        return guess.language, None
    wanted = ", ".join(languages)
    return guess.language, (
        f"language {guess.language!r} (probability {guess.probability:.2f}); "
        f"eventwire codes {wanted} only"
    )
