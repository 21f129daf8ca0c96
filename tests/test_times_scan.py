"""The fast candidate scan (lower-cased text, no IGNORECASE) finds what the rules find."""

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.annotators.times import TimeTagger, load_lexicon

TAGGER = TimeTagger(load_lexicon(()))

PHRASES = [
    "May 5, 2020",
    "last week",
    "3 days ago",
    "at 5 p.m. EST",
    "Monday morning",
    "the first quarter of 2019",
    "early March",
    "the 1990s",
    "two years",
    "İstanbul",
    "Christmas Eve",
    "mid-2021",
    "nineteen eighty-four",
    "next Tuesday",
    "said",
    "K",
]


def reference(text: str) -> list[tuple[int, int, str]]:
    """Every rule's own (case-insensitive) pattern run over the original text."""
    out = []
    for name, pattern, _fn in TAGGER.grammar.rules:
        out += [(m.start(), m.end(), name) for m in pattern.finditer(text) if m.end() > m.start()]
    return sorted(out)


def fast(text: str) -> list[tuple[int, int, str]]:
    return sorted((c.start, c.end, c.rule) for c in TAGGER.candidates(text))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(PHRASES), st.sampled_from(["lower", "upper", "title", "keep"])),
        min_size=1,
        max_size=8,
    )
)
def test_fast_scan_equals_the_rules(parts: list[tuple[str, str]]) -> None:
    text = " ".join(p if case == "keep" else getattr(p, case)() for p, case in parts)
    assert fast(text) == reference(text)


def test_offsets_survive_characters_whose_lower_case_is_longer() -> None:
    text = "İİ On MAY 5, 2020 AT 5 PM, three DAYS AGO"
    assert fast(text) == reference(text)
    assert any(rule == "mdy" for _s, _e, rule in fast(text))
