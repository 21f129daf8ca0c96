"""Named lawmakers coded from the party tag the article writes after their name.

US papers write a member of Congress or of a state legislature with a tag of party and
state after the name: "Sen. Ann Lee (D-Ore.) said …", "Rep. Tom Hale, R-Texas, voted …".
The tag says the country and the office (``party_tag`` in ``resources/actors/words.tsv``);
a person no dictionary codes takes them, and with the person's chain every later mention
("Hale", "he") does. A person already coded keeps the code, and a title's sector beats
the tag's (a "Gov." written with a tag stays GOV).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .words import PARTY_TAGS

if TYPE_CHECKING:
    from ...records import Entity

#: the kinds of entity a tagged name may have been given: a person's, or an organisation's
#: or none where the tagger misread a rare name
_TAGGABLE = frozenset({"person", "organization", "unknown"})

#: the tag right after a name: an opening bracket or comma, the party's letter, a hyphen
#: and a state written as capitalised words or a dotted abbreviation ("Ohio", "N.Y.",
#: "New Mex."), closed by a bracket or comma
_TAG = re.compile(
    r"\s*[(,]\s*(?P<party>[A-Z])\s?[-\u2013]\s?"
    r"(?P<state>[A-Z][A-Za-z]*\.?(?:\s?[A-Z][A-Za-z]*\.?){0,2})\s*[),]"
)


def party_tag(text: str, end: int) -> tuple[str, list[str]] | None:
    """The (country, sectors) of the party tag that starts right after offset ``end`` of
    ``text`` (a name's end); None where no tag follows or its letter is no party's."""
    m = _TAG.match(text, end)
    if m is None:
        return None
    return PARTY_TAGS.get(m.group("party"))


def _tagged(entity: Entity, text: str) -> tuple[str, list[str]] | None:
    """The tag after one of the person's names, if any."""
    for m in entity.mentions:
        if m.kind == "name":
            tag = party_tag(text, m.end)
            if tag is not None:
                return tag
    return None


def code_party_tags(entities: Iterable[Entity], text: str) -> None:
    """Give each uncoded person or organisation the article names with a party tag the
    tag's country, and its sectors where it has none; the tag makes it a person (the tagger
    may read a rare name as an organisation's). Reads and writes the entities."""
    for entity in entities:
        if entity.kind not in _TAGGABLE or entity.code is not None:
            continue
        tag = _tagged(entity, text)
        if tag is None:
            continue
        entity.kind = "person"
        entity.code = tag[0]
        if not entity.sectors:
            entity.sectors = list(tag[1])
        entity.source = "party tag"
