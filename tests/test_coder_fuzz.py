"""The Coder returns an Analysis for any text, or raises only eventwire's input errors."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.errors import InputError
from eventwire.records import Analysis

PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "'",
        "‘",
        "’",
        " said ",
        " Iraq ",
        " on Tuesday ",
        " the ministry ",
        "\n",
        "\n\n",
        " (",
        ") ",
        " — ",
        ".",
        " US forces ",
        " 2020 ",
        " condemned ",
        "He ",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.one_of(st.text(max_size=40), PIECES), max_size=25).map("".join))
def test_coder_arbitrary_unicode_gives_analysis_or_input_error(coder, text):
    try:
        result = coder.code(text, date="2023-03-08", id="fuzz")
    except InputError:
        return
    assert isinstance(result, Analysis)
    for rec in [
        *result.times,
        *result.places,
        *result.claims,
        *(m for e in result.entities for m in e.mentions),
    ]:
        assert 0 <= rec.start <= rec.end <= len(text)
        assert text[rec.start : rec.end] == rec.text


def test_coder_lone_surrogate_is_an_article_error(coder):
    # json.loads('"\\ud800"') yields such a string: a JSONL line can carry one.
    import pytest

    from eventwire.errors import ArticleError

    with pytest.raises(ArticleError, match="surrogate"):
        coder.code("Iraq said \ud800 on Tuesday.", date="2023-03-08", id="bad")
