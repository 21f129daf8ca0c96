"""An article dated at the calendar's edge is coded; dates past the edge stay unresolved."""

import re

import pytest

TEXT = "Troops left the border town yesterday. Envoys will return next week and again next month."


@pytest.mark.parametrize(
    ("date", "unresolved"),
    [("0001-01-01", "yesterday"), ("9999-12-31", "next week"), ("9999-12-31", "next month")],
)
def test_times_calendar_edge_article_is_coded_with_a_warning(coder, date, unresolved):
    analysis = coder.code(TEXT, date=date, id="edge")
    assert not analysis.annotator_failures()
    values = {t.text: t.value for t in analysis.times}
    assert values[unresolved] is None
    assert any(repr(unresolved) in w and "outside the calendar" in w for w in analysis.warnings)
    for value in values.values():
        assert value is None or re.match(r"\d{4}", value), value


def test_times_calendar_edge_values_keep_four_digit_years(coder):
    analysis = coder.code(TEXT, date="0001-01-01", id="edge")
    values = {t.text: t.value for t in analysis.times}
    assert values["next week"] == "0001-W02"
    assert values["next month"] == "0001-02"
