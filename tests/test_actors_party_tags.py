"""Lawmakers coded from the party tag after their name.

- A person no dictionary codes, written with the tag of party and state that US papers
  put after a lawmaker's name ("(D-Ore.)", ", R-Texas,"), is a US lawmaker (USA, LEG); a
  later surname or pronoun of the same person keeps the code; a title's own sector stays;
  a bracket that is no party tag codes nothing.

All names are invented."""

from __future__ import annotations

import pytest

from eventwire.annotators.actor_coding.party_tags import code_party_tags, party_tag
from eventwire.records import Entity, Mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" (D-Ore.) said", ("USA", ["LEG"])),
        (", R-Texas, voted", ("USA", ["LEG"])),
        (" (I-Vt.)", ("USA", ["LEG"])),
        (" (R-N.Y.) said", ("USA", ["LEG"])),
        (" (pictured) said", None),
        (" (AP) said", None),
        (", 54, said", None),
        (" (X-Ore.) said", None),
    ],
)
def test_party_tag_reads_the_tag_after_a_name(text: str, expected) -> None:
    assert party_tag("Ann Lee" + text, len("Ann Lee")) == expected


def _actors(coder, text: str) -> list[tuple[str, str | None, list[str]]]:
    events = coder.code(text, date="2020-05-01").events
    return [(a.text, a.code, a.sectors) for e in events for a in e.actor]


def test_party_tag_codes_the_person_and_the_chain(coder) -> None:
    actors = _actors(
        coder,
        "Karen Walsh (D-Ore.) criticized the spending plan. "
        "Walsh accused the agency of hiding losses. She also condemned the delay.",
    )
    coded = {text: (code, sectors) for text, code, sectors in actors}
    assert coded.get("Walsh") == ("USA", ["LEG"]), actors
    assert coded.get("She") == ("USA", ["LEG"]), actors


def test_party_tag_keeps_a_title_sector() -> None:
    text = "Dale Fenwick (R-Utah) criticized the ruling."
    person = Entity(
        "e1",
        "Dale Fenwick",
        sectors=["GOV"],
        kind="person",
        mentions=[Mention("Dale Fenwick", 0, 12)],
    )
    code_party_tags([person], text)
    assert (person.code, person.sectors) == ("USA", ["GOV"])


def test_no_party_tag_no_code(coder) -> None:
    ctx = coder.code_context("Dale Fenwick (pictured) criticized the ruling.", date="2020-05-01")
    person = next(e for e in ctx.analysis.entities if e.kind == "person")
    assert person.code is None
