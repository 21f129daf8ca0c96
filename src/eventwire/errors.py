"""eventwire's one exception tree.

Every error eventwire raises on purpose is an ``EventwireError``; the CLI turns
each into a message and an exit code, the batch paths report and skip them.

    EventwireError
    ├── InputError                 bad input: says which input and what was expected
    │   ├── ArticleError           an article that cannot be coded (empty, too long, bad date)
    │   └── SourceError            a file, line or record that cannot be read (not UTF-8, not JSON)
    │       ├── Skipped            an article deliberately not coded (another language, a copy)
    │       └── AddressRefused     a fetch to a non-public address (also an OSError, for sockets)
    ├── ConfigError                an unknown setting, a bad value, a malformed data file
    │   └── AnnotatorOrderError    an annotator placed before one whose results it requires
    ├── ResourceError              a packaged resource or model that is missing or broken
    ├── StoreError                 the event store cannot be opened, read or written
    ├── EvaluationError            gold data that cannot be read
    └── ApiError                   a web API request answered with an error (status, code)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .records import Article


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

    @classmethod
    def unreadable(cls, where: str, exc: OSError) -> SourceError:
        """The error for the file ``where`` that could not be opened or read (``exc``)."""
        if isinstance(exc, FileNotFoundError):
            return cls(f"{where}: no such file")
        if isinstance(exc, IsADirectoryError):
            return cls(f"{where}: is a directory; expected a file")
        return cls(f"{where}: cannot be read ({exc.strerror})")


class Skipped(SourceError):
    """An article deliberately not coded (another language, a duplicate); ``reason`` counts it."""

    def __init__(self, message: str, reason: str, article: Article | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.article = article


class AddressRefused(SourceError, OSError):
    """A connection to a non-public address that the Fetcher will not make (an OSError too,
    so that it travels through the socket and URL layers like a refused connection)."""


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


class ApiError(EventwireError):
    """A web API request answered with an error, in the API's one error shape."""

    def __init__(self, status: int, code: str, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.param = param

    def body(self) -> dict[str, Any]:
        """The JSON error body."""
        return {
            "error": {
                "status": self.status,
                "code": self.code,
                "message": self.message,
                "param": self.param,
            }
        }


__all__ = [
    "AddressRefused",
    "ApiError",
    "AnnotatorOrderError",
    "ArticleError",
    "ConfigError",
    "EvaluationError",
    "EventwireError",
    "InputError",
    "ResourceError",
    "Skipped",
    "SourceError",
    "StoreError",
]
