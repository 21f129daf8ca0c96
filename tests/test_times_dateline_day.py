"""times: an article without a date whose page address gives its year and month
(".../2031/05/story/") and whose dateline gives month and day without a year ("ARDENIA,
May 2 –") is dated to that day; not where the months differ, the month-day is in a sentence
of the text, or the address has no year and month."""

from __future__ import annotations

import pytest

from eventwire.annotators.times import head_date

LINK = "TITLE: Talks in Ruritania LINK: https://news.example.com/news/2031/05/talks-in-ruritania/"


@pytest.mark.parametrize(
    "body",
    [
        "ARDENIA, Ruritania, May 2 – The rebels said they would talk.",
        "A photo of the hall. By ARDENIA, Ruritania, May 2 – The rebels said they would talk.",
        "ARDENIA (Wire) May 2nd: The rebels said they would talk.",
        "ARDENIA, 2 May | The rebels said they would talk.",
    ],
)
def test_times_dateline_day_in_the_month_of_the_address(tagger, body):
    assert head_date(LINK + "\n" + body, tagger)[0] == "2031-05-02"


@pytest.mark.parametrize(
    ("link", "body"),
    [
        (LINK, "ARDENIA, Apr 2 – The rebels said they would talk."),  # another month
        (LINK, "The rebels met on May 2 – a day after the vote."),  # a sentence, no dateline
        (LINK, "ARDENIA, May 2 the rebels said they would talk."),  # no separator after it
        (LINK.replace("2031/05/", ""), "ARDENIA, May 2 – The rebels said they would talk."),
    ],
)
def test_times_dateline_day_not_read(tagger, link, body):
    assert head_date(link + "\n" + body, tagger)[0] is None


def test_times_dateline_day_with_the_month_named_in_the_address(tagger):
    link = LINK.replace("2031/05/", "2031/may/")
    assert head_date(link + "\nARDENIA, May 2 – The rebels said.", tagger)[0] == "2031-05-02"


def test_times_dateline_day_resolves_the_weekdays(coder):
    text = LINK + "\nARDENIA, May 2 – The minister accused the rebels on Tuesday."
    analysis = coder.code(text)
    assert {t.value for t in analysis.times if t.text == "Tuesday"} == {"2031-04-29"}
