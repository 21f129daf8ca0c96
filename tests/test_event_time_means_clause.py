"""An act told in a "by V-ing" clause of means, or in what that clause declares, is done
at the time of the act it serves ("surprised them a week ago by declaring she would
oppose it"); "by" before a noun phrase is still a bound ("by Friday")."""

import pytest

from eventwire.annotators.event_time import read_means

# 2016-05-12 is a Thursday.
CASES = [
    (
        "The senator, who two days ago stunned party leaders by announcing she would oppose "
        "the bill, met them on Thursday.",
        "oppose",
        "2016-05-10",
    ),
    (
        "The governor met the mayor, who a week ago surprised him by saying she would not "
        "back his budget.",
        "back",
        "2016-05-05",  # a week back: the day it names
    ),
]


@pytest.mark.parametrize(("text", "trigger", "date"), CASES)
def test_event_time_means_clause_takes_the_served_acts_date(rules_only, text, trigger, date):
    # the date rule is the subject: the learned filter, which may drop a reported
    # intention in a relative clause, is left out
    analysis = rules_only.code(text, date="2016-05-12")
    dates = {e.trigger.text: e.date for e in analysis.events}
    assert dates.get(trigger) == date


def test_event_time_means_words_are_read_from_the_data_file():
    assert "by" in read_means()
    assert read_means("means\tvia\n") == frozenset({"via"})
