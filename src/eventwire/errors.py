"""eventwire's one exception tree.

Every error eventwire raises on purpose is an ``EventwireError``; the CLI turns
each into a message and an exit code, the batch paths report and skip them.

    EventwireError
    ├── InputError                 bad input: says which input and what was expected
    │   ├── ArticleError           an article that cannot be coded (empty, too long, bad date)
    │   └── SourceError            a file, line or record that cannot be read (not UTF-8, not JSON)
    ├── ConfigError                an unknown setting, a bad value, a malformed data file
    │   └── AnnotatorOrderError    an annotator placed before one whose results it requires
    ├── ResourceError              a packaged resource or model that is missing or broken
    ├── StoreError                 the event store cannot be opened, read or written
    └── EvaluationError            gold data that cannot be read
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""

    exit_code = 1


class InputError(EventwireError):
    """Input that is not what eventwire expects; the message names it and the expectation."""

    exit_code = 2


class ArticleError(InputError):
    """An article that cannot be coded: empty text, text too long, bad date."""


class SourceError(InputError):
    """A source (file, line, record) that cannot be read."""


class ConfigError(EventwireError):
    """An unknown setting, a bad setting value, or a malformed data file."""

    exit_code = 2


class AnnotatorOrderError(ConfigError):
    """An annotator that requires what no annotator before it assigns (the ``annotators``
    setting lists them out of order, or leaves one out)."""


class ResourceError(EventwireError):
    """A packaged resource or model that is missing or broken."""

    exit_code = 3


class StoreError(EventwireError):
    """The event store cannot be opened, read or written."""

    exit_code = 4


class EvaluationError(EventwireError):
    """Gold data that cannot be read."""

    exit_code = 2


__all__ = [
    "AnnotatorOrderError",
    "ArticleError",
    "ConfigError",
    "EvaluationError",
    "EventwireError",
    "InputError",
    "ResourceError",
    "SourceError",
    "StoreError",
]
