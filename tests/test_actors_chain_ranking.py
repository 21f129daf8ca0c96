"""One person, one code per article: a chain keeps the best-founded code of its mentions.

The ranking is tested on hand-built resolutions and chain states (no parse needed)."""

from __future__ import annotations

import pytest

from eventwire.annotators.actor_coding.entities import EntityLinker
from eventwire.annotators.actor_coding.structures import Resolution, _EntityState, code_rank
from eventwire.records import Entity

# best first: a dated role holding on the date, a dictionary entry, the mention's own words,
# a namesake in the field's large dictionaries, coreference, the text's one country
RANKED = [
    Resolution(code="AAA", code_from="head", dated=True),
    Resolution(code="AAA", code_from="head"),
    Resolution(code="AAA", code_from="modifier"),
    Resolution(code="AAA", code_from="head", kind="person", field_dictionary=True),
    Resolution(code="AAA", code_from="coref"),
    Resolution(code="AAA", code_from="context"),
    Resolution(code=None, code_from="head"),
]


def test_actors_chain_ranking_order():
    ranks = [code_rank(r) for r in RANKED]
    assert ranks == sorted(ranks, reverse=True)
    assert len(set(ranks)) == len(ranks)
    assert ranks[-1] == 0


@pytest.mark.parametrize("how", ["modifier", "appos", "attach", "attach-in"])
def test_actors_chain_ranking_own_words_are_composed(how):
    assert code_rank(Resolution(code="AAA", code_from=how)) == code_rank(RANKED[2])


def _chain(first: Resolution) -> _EntityState:
    ent = Entity(id="e1", name="Tamsin Holloway", code=first.code, sectors=list(first.sectors))
    return _EntityState(ent, None, rank=code_rank(first))


@pytest.mark.parametrize(
    ("first", "later", "code"),
    [
        # the text's one country first, then the mention's own words: the words win
        (
            Resolution(code="AAA", code_from="context"),
            Resolution(code="BBB", code_from="appos"),
            "BBB",
        ),
        # a namesake's entry never overrides a country the text itself wrote
        (
            Resolution(code="AAA", code_from="modifier"),
            Resolution(code="BBB", code_from="head", kind="person", field_dictionary=True),
            "AAA",
        ),
        # a dated role holding on the date beats an undated row
        (
            Resolution(code="AAA", code_from="head"),
            Resolution(code="BBB", code_from="head", dated=True, sectors=["GOV"]),
            "BBB",
        ),
        # equal evidence: the first code stays (the chain is never split)
        (Resolution(code="AAA", code_from="head"), Resolution(code="BBB", code_from="head"), "AAA"),
        # no code yet: the later mention's fills it
        (Resolution(code=None), Resolution(code="BBB", code_from="coref"), "BBB"),
    ],
)
def test_actors_chain_ranking_merge_keeps_best(first, later, code):
    st = _chain(first)
    EntityLinker._merge_res(EntityLinker.__new__(EntityLinker), st, later)
    assert st.entity.code == code
    assert st.rank == max(code_rank(first), code_rank(later))


def test_actors_chain_ranking_takes_the_better_codes_sectors():
    st = _chain(Resolution(code="AAA", sectors=["CVL"], code_from="context"))
    later = Resolution(code="BBB", sectors=["GOV"], code_from="head", source="mine.tsv:X")
    EntityLinker._merge_res(EntityLinker.__new__(EntityLinker), st, later)
    assert (st.entity.code, st.entity.sectors, st.entity.source) == ("BBB", ["GOV"], "mine.tsv:X")
