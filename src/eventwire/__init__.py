"""eventwire: news articles in, coded political event data out.

>>> from eventwire import Coder
>>> analysis = Coder().code(text, date="2023-03-08")
>>> [e.event for e in analysis.events]
"""

from __future__ import annotations

from typing import Any

from .coder import Coder, make_article
from .errors import (
    AnnotatorOrderError,
    ArticleError,
    ConfigError,
    EvaluationError,
    EventwireError,
    InputError,
    ResourceError,
    SourceError,
    StoreError,
)
from .records import (
    ActorRef,
    Analysis,
    Article,
    Claim,
    Entity,
    Event,
    Mention,
    Place,
    Quote,
    Span,
    Speaker,
    TimeValue,
)
from .settings import Settings

__version__ = "0.1.0"

_DEFAULT: Coder | None = None


def code(text: str, date: Any = None, **meta: Any) -> Analysis:
    """Code one article with a default Coder (built on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Coder()
    return _DEFAULT.code(text, date=date, **meta)


__all__ = [
    "ActorRef",
    "Analysis",
    "AnnotatorOrderError",
    "Article",
    "ArticleError",
    "Claim",
    "Coder",
    "ConfigError",
    "Entity",
    "EvaluationError",
    "Event",
    "EventwireError",
    "InputError",
    "Mention",
    "Place",
    "Quote",
    "ResourceError",
    "Settings",
    "SourceError",
    "Span",
    "Speaker",
    "StoreError",
    "TimeValue",
    "code",
    "make_article",
]
