"""Dates written with a month's short form and its full stop run into the day ("Sept.11"),
and the other short-form orders ("Sept. 11th", "11 Sept."): read as the day they name
(article date 2023-03-08)."""

from __future__ import annotations

import pytest

DATE = "2023-03-08"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Inspectors arrived on Sept.11 and stayed a week.", "Sept.11", "2022-09-11"),
        ("Talks resume Jan.5 in the capital.", "Jan.5", "2023-01-05"),
        ("The strike began on Oct.7, 2021, at dawn.", "Oct.7, 2021", "2021-10-07"),
        ("The port reopened Feb.3rd after repairs.", "Feb.3rd", "2023-02-03"),
        ("Ballots were counted on Nov.14.", "Nov.14", "2022-11-14"),
        ("The hearing ran Dec.4-6 last year.", "Dec.4", "2022-12-04"),
        ("The ship docked on Sept. 11th.", "Sept. 11th", "2022-09-11"),
        ("The ship docked on 11 Sept.", "11 Sept.", "2022-09-11"),
        ("The ship docked on 11 Sept. 2019 at night.", "11 Sept. 2019", "2019-09-11"),
    ],
)
def test_times_month_dot_day_read(tagger, nlp, text, span, value):
    times = tagger.tag(text, nlp(text), DATE)[0]
    found = {(t.text, t.value) for t in times}
    assert (span, value) in found, f"{text!r}: got {sorted(found)}"


@pytest.mark.parametrize(
    "text",
    [
        "Version No.12 of the plan was shelved.",  # an abbreviation that is not a month
        "She met Jan.Smith's lawyer.",  # no digit after the stop
    ],
)
def test_times_month_dot_day_not_read(tagger, nlp, text):
    times = tagger.tag(text, nlp(text), DATE)[0]
    assert not [t for t in times if t.type == "DATE"], [t.text for t in times]
