"""The packaged data files, and the one loader every module reads them with.

Knowledge (word lists, patterns, tables) lives in files under this folder, each
opening with ``#`` comment lines that say where its entries come from. Three shapes:

- ``read_text("quotes", "cues.tsv")``: a file's text, for formats a module parses itself;
- ``word_list("quotes", "cue_nouns.txt")``: one entry a line (words of an entry are
  kept together, case as written), ``#`` comments and blank lines skipped;
- ``word_sets("quotes", "words.txt")``: named lists in one file, each opened by a
  ``[name]`` line, its entries separated by white space or lines;
- ``table("ontology", "case2021-plover.tsv", columns=3)``: the tab-separated rows of a
  table, each with at least ``columns`` cells.

A missing or malformed file is a ``ResourceError`` naming the file and what was expected.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from ..errors import ConfigError, ResourceError

PACKAGE = "eventwire.resources"


def read_text(*parts: str) -> str:
    """The text of the packaged file ``resources/<parts...>``."""
    ref = resources.files(PACKAGE).joinpath(*parts)
    try:
        return ref.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(
            f"packaged data file resources/{'/'.join(parts)} cannot be read ({exc}); "
            "reinstall eventwire"
        ) from exc


def file_names(folder: str, suffix: str) -> list[str]:
    """The names of the packaged files in ``resources/<folder>`` ending in ``suffix``, sorted."""
    try:
        return sorted(
            f.name
            for f in resources.files(PACKAGE).joinpath(folder).iterdir()
            if f.name.endswith(suffix)
        )
    except OSError as exc:  # pragma: no cover - broken install
        raise ResourceError(
            f"packaged data folder resources/{folder} cannot be read ({exc}); reinstall eventwire"
        ) from exc


def read_user_file(path: str | Path, kind: str, folder: str) -> str:
    """The text of a user's data file named in a setting; a ConfigError naming the file and
    the format expected (``resources/<folder>/README.md``) when it cannot be read."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{kind} {str(path)!r} cannot be read ({exc}); expected a UTF-8 TSV file as "
            f"described in resources/{folder}/README.md"
        ) from exc


def _content(line: str) -> str:
    return "" if line.lstrip().startswith("#") else line.strip()


@functools.cache
def word_list(*parts: str) -> tuple[str, ...]:
    """The entries of a one-entry-a-line packaged file, in file order."""
    return tuple(
        " ".join(entry.split())
        for line in read_text(*parts).splitlines()
        if (entry := _content(line))
    )


def table(*parts: str, columns: int) -> list[list[str]]:
    """The tab-separated rows of a packaged table (cells stripped), each checked to have at
    least ``columns`` cells; ``#`` comments and blank lines skipped."""
    rows = []
    for n, line in enumerate(read_text(*parts).splitlines(), 1):
        if not _content(line):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < columns:
            raise ResourceError(
                f"resources/{'/'.join(parts)}, line {n}: {line!r} has {len(cells)} "
                f"tab-separated cells; expected {columns}"
            )
        rows.append(cells)
    return rows


@functools.cache
def word_sets(*parts: str) -> dict[str, frozenset[str]]:
    """The named lists of a packaged file of ``[name]`` sections."""
    return parse_word_sets(read_text(*parts), f"resources/{'/'.join(parts)}")


def parse_word_sets(text: str, where: str) -> dict[str, frozenset[str]]:
    """The named lists of ``text`` (the ``word_sets`` format); ``where`` names it in errors."""
    sets: dict[str, set[str]] = {}
    current: set[str] | None = None
    for n, line in enumerate(text.splitlines(), 1):
        content = _content(line)
        if not content:
            continue
        if content.startswith("[") and content.endswith("]"):
            name = content[1:-1].strip()
            if not name or name in sets:
                raise ResourceError(
                    f"{where}, line {n}: {line!r} is an empty or repeated list name; "
                    "expected '[name]' with a name of its own"
                )
            current = sets[name] = set()
        elif current is None:
            raise ResourceError(
                f"{where}, line {n}: {line!r} stands before any list; "
                "expected a '[name]' line first"
            )
        else:
            current.update(content.split())
    return {name: frozenset(words) for name, words in sets.items()}


def words(parts: tuple[str, ...], name: str) -> frozenset[str]:
    """The list ``name`` of the packaged sectioned file ``parts``."""
    sets = word_sets(*parts)
    try:
        return sets[name]
    except KeyError:
        raise ResourceError(
            f"resources/{'/'.join(parts)} has no list [{name}]; it has {', '.join(sorted(sets))}"
        ) from None
