"""Parts of a text that are layout, not prose, masked before the parse.

Scraped web articles and feed exports open with header lines such as
``TITLE: <headline> LINK: <url>``, and any text may hold a URL or an e-mail address. The
parser reads the labels as names or quote speakers ("TITLE" said …), glues "LINK" to the
name before it and makes the URL a party. ``mask`` returns the text with these parts
replaced by spaces, so that every character offset stays as it was:

- a header line is a line that starts with a label of ``resources/text/header_labels.txt``
  in capitals followed by a colon; its labels (every label of the line followed by a colon)
  are masked, and its values are kept, so that the headline after ``TITLE:`` is read as the
  article's first line (its headline);
- where a value is followed on the same line by another label, a full stop is put in the
  first masked character after it (unless it ends in a stop already), so that the parser
  ends the headline's sentence there and does not run it into the body;
- a URL (``http://``, ``https://``, ``www.``) or an e-mail address is masked wherever it
  is: it is never an actor, a recipient or a place.

Text without header lines, URLs or e-mail addresses is returned unchanged.
"""

from __future__ import annotations

import functools
import re

_STOPS = ".!?"
# a URL or an e-mail address; a stop or bracket right after one belongs to the sentence
_ADDRESS = re.compile(
    r"(?<![\w@/])(?:https?://|www\.)[^\s<>\"“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}'’\"”"


@functools.cache
def header_labels() -> frozenset[str]:
    """The labels of header lines (resources/text/header_labels.txt)."""
    from .resources import word_list

    return frozenset(word_list("text", "header_labels.txt"))


@functools.cache
def _label_pattern() -> re.Pattern[str]:
    names = "|".join(sorted((re.escape(w) for w in header_labels()), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})[ \t]*:(?!\d)[ \t]*")


def _header_spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) spans of the labels (with their colon and the spaces after it) of
    every header line of ``text``."""
    pattern = _label_pattern()
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        lead = len(line) - len(line.lstrip(" \t"))
        first = pattern.match(line, lead)
        if first is not None:
            spans.extend((pos + m.start(), pos + m.end()) for m in pattern.finditer(line, lead))
        pos += len(line)
    return spans


def _address_spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) spans of the URLs and e-mail addresses of ``text``."""
    out = []
    for m in _ADDRESS.finditer(text):
        end = m.start() + len(m.group(0).rstrip(_TRAILING))
        if end > m.start():
            out.append((m.start(), end))
    return out


def mask(text: str) -> str:
    """``text`` with its header labels, URLs and e-mail addresses replaced by spaces (and a
    stop after a header value followed by another label); the same length as ``text``."""
    labels = _header_spans(text)
    spans = sorted(labels + _address_spans(text))
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    for start, _ in labels:
        before = text[:start].rstrip(" \t")
        if before and not before.endswith("\n") and before[-1] not in _STOPS + ":":
            chars[len(before)] = "."
    return "".join(chars)
