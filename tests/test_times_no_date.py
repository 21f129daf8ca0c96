"""Without an article date, relative expressions are never guessed (but weekdays and days
against a full date the text states)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He spoke on Tuesday.", "Tuesday", "XXXX-WXX-2"),
        ("They met yesterday.", "yesterday", None),
        ("They met last week.", "last week", None),
        ("Talks resume March 12.", "March 12", "XXXX-03-12"),
        ("It ended in 2014.", "2014", "2014"),  # explicit dates stay resolved
        ("It ended in December 2021.", "December 2021", "2021-12"),
    ],
)
def test_times_no_date_leaves_relative_unresolved(tagger, nlp, text, span, value):
    times = {t.text: t for t in tagger.tag(text, nlp(text), None)[0]}
    assert times[span].value == value


def test_times_no_date_coder_warns(coder):
    analysis = coder.code("The army withdrew yesterday.")
    assert any("no article date" in w for w in analysis.warnings)
    assert [t.value for t in analysis.times] == [None]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("BAGHDAD, March 8, 2023 (AP) — Lawmakers met yesterday.", "2023-03-08"),
        ("Published 8 March 2023\nLawmakers met yesterday.", "2023-03-08"),
        ("2023-03-08 — Lawmakers met yesterday.", "2023-03-08"),
    ],
)
def test_times_no_date_reads_dateline(coder, text, date):
    analysis = coder.code(text)
    times = {t.text: t.value for t in analysis.times}
    assert times["yesterday"] == "2023-03-07"
    assert any(date in w and "dateline" in w for w in analysis.warnings)
    assert not any(w.startswith("no article date:") for w in analysis.warnings)


@pytest.mark.parametrize(
    "head",
    [
        "https://news.example.org/world/2023/03/08/ferry-fares-rise/",
        "https://www.example.com/news/2023/mar/08/ferry-fares-rise-123/",
        "http://example.net/ferry-fares-rise-2023-03-08",
        "https://example.org/article/?nid=20230308-500123",
    ],
)
def test_times_no_date_reads_date_in_page_address(coder, head):
    analysis = coder.code(f"Ferry fares to rise {head}\nLawmakers met yesterday.")
    assert {t.value for t in analysis.times if t.text == "yesterday"} == {"2023-03-07"}
    assert any("2023-03-08" in w and "address" in w for w in analysis.warnings)


@pytest.mark.parametrize(
    "head",
    [
        "https://news.example.org/world/2023/03/ferry-fares-rise/",  # no day
        "https://example.org/article/story/123456789/",  # a page number
        "https://example.org/2023/02/30/ferry/",  # no such day
    ],
)
def test_times_no_date_address_without_full_date(coder, head):
    analysis = coder.code(f"Ferry fares to rise {head}\nLawmakers met yesterday.")
    assert {t.value for t in analysis.times if t.text == "yesterday"} == {None}


def test_times_no_date_address_only_at_head(coder):
    text = "Lawmakers met yesterday. " * 20 + "See https://example.org/2023/03/08/ferry/."
    analysis = coder.code(text)
    assert {t.value for t in analysis.times if t.text == "yesterday"} == {None}


def test_times_no_date_dateline_only_at_head(coder):
    text = "Lawmakers met yesterday. " * 12 + "The law dates from March 8, 2001."
    analysis = coder.code(text)
    assert {t.value for t in analysis.times if t.text == "yesterday"} == {None}


def test_times_no_date_sentence_date_is_not_a_dateline(coder):
    analysis = coder.code("On March 12, 1999, NATO admitted Poland. Officials met yesterday.")
    assert {t.value for t in analysis.times if t.text == "yesterday"} == {None}


@pytest.mark.parametrize(
    "text",
    [
        # a stamp sentence after the headline's, its date first and then a time
        "Ferry fares to rise next year. Friday 2 May 2031, 18:20 GMT. Lawmakers met yesterday.",
        # a stamp line with its time first, below the headline
        "Ferry fares to rise\n18:20 GMT, Friday 2 May 2031\nLawmakers met yesterday.",
        # a stamp word, then only time words before the date
        "Ferry fares to rise\nhttps://example.org/ferry-fares/\n"
        "Posted 7.40pm GMT on Friday, 2 May 2031. Lawmakers met yesterday.",
        "Ferry fares to rise\nUpdated on 2 May 2031 at 07:40\nLawmakers met yesterday.",
        # a stamp, then a separator before the lead's text
        "Ferry fares to rise\n2 May 2031 | Lawmakers met yesterday.",
        "Ferry fares to rise\nFriday 2 May 2031: Lawmakers met yesterday.",
    ],
)
def test_times_no_date_reads_stamp_below_headline(coder, text):
    analysis = coder.code(text)
    assert {t.value for t in analysis.times if t.text == "yesterday"} == {"2031-05-01"}


@pytest.mark.parametrize(
    "text",
    [
        # a stamp word opening a sentence whose date is not the stamp's
        "Ferry fares to rise\nUpdated tallies issued on 2 May 2031 show a fall. "
        "Lawmakers met yesterday.",
        "Ferry fares to rise\nPublished accounts from 2 May 2031 say the ferry ran late. "
        "Lawmakers met yesterday.",
        # a weekday and date opening a sentence that goes on with its verb
        "Ferry fares to rise\nFriday, 2 May 2031 was when the old fares ended. "
        "Lawmakers met yesterday.",
        "Ferry fares to rise\n18:20 GMT, Friday 2 May 2031 saw the first ferry leave. "
        "Lawmakers met yesterday.",
    ],
)
def test_times_no_date_sentence_is_no_stamp(coder, text):
    analysis = coder.code(text)
    assert {t.value for t in analysis.times if t.text == "yesterday"} == {None}


@pytest.mark.parametrize(
    "text",
    [
        # a date in a sentence of the lead is the past, not a stamp
        "Ferry fares to rise\nThe board set the new fares on 2 May 2031. Lawmakers met yesterday.",
        # a stamp below the opening characters is not the article's
        "Ferry fares to rise\n" + "Lawmakers met yesterday. " * 18 + "Posted 2 May 2031.",
    ],
)
def test_times_no_date_no_stamp(coder, text):
    analysis = coder.code(text)
    assert {t.value for t in analysis.times if t.text == "yesterday"} == {None}


def test_times_no_date_weekday_resolves_against_text_date(coder):
    # no date, no dateline or stamp: the text's latest full date is the reference
    analysis = coder.code(
        "Ministers of the coastal union met in the port city. On March 3, 2019, the ministry "
        "published the new ferry rules. On Tuesday, the harbour workers' union rejected them."
    )
    times = {t.text: t.value for t in analysis.times}
    assert times["Tuesday"] == "2019-02-26"
    assert times["March 3, 2019"] == "2019-03-03"
    assert any("inferred" in w and "2019-03-03" in w for w in analysis.warnings)
    assert not any(w.startswith("no article date:") for w in analysis.warnings)


def test_times_no_date_day_without_year_takes_text_year(coder):
    analysis = coder.code(
        "The regional council approved the budget on 12 June 2024. It meets again on June 20."
    )
    assert {t.value for t in analysis.times if t.text == "June 20"} == {"2024-06-20"}


def test_times_no_date_text_date_leaves_yesterday_alone(coder):
    # only weekdays and days without a year take the inferred date
    analysis = coder.code(
        "The governor signed the order on 4 May 2027. Lawmakers criticised it yesterday."
    )
    assert {t.value for t in analysis.times if t.text == "yesterday"} == {None}


def test_times_no_date_history_years_are_no_text_date(coder):
    # the near miss: a text whose only dates are years of its history has no reference day
    analysis = coder.code(
        "The party was founded in 1989 and first won power in 2004. "
        "On Tuesday its leader accused the cabinet of waste."
    )
    assert {t.value for t in analysis.times if t.text == "Tuesday"} == {"XXXX-WXX-2"}
    assert any(w.startswith("no article date:") for w in analysis.warnings)


def test_times_no_date_future_date_is_no_reference(coder):
    # a date the text schedules ("will be held on") is no "now": the weekday takes the
    # latest date the text tells as done
    analysis = coder.code(
        "The guild approved its new charter on 9 April 2031. Its annual fair will be held "
        "on 20 September 2031. On Thursday, the guild picked a treasurer."
    )
    assert {t.value for t in analysis.times if t.text == "Thursday"} == {"2031-04-03"}


@pytest.mark.parametrize(
    "text",
    [
        "Harbour dues go up\nSee also: https://example.org/archive/2021-06-14-old-notice.pdf\n"
        "Pilots met yesterday.",
        "Pilots met yesterday, a notice (https://example.org/2021/06/14/n/) says.",
    ],
)
def test_times_no_date_ignores_address_cited_in_the_text(coder, text):
    """Only the page's own address, opening or ending the first line, dates the article."""
    analysis = coder.code(text)
    assert {t.value for t in analysis.times if t.text == "yesterday"} == {None}


def test_times_no_date_reads_full_month_name_in_page_address(coder):
    analysis = coder.code(
        "https://example.org/news/2021/september/14/harbour-dues/\nPilots met yesterday."
    )
    assert {t.value for t in analysis.times if t.text == "yesterday"} == {"2021-09-13"}


def test_times_no_date_address_cut_at_the_stamp_limit_is_no_page_address(tagger):
    """A long first line is one sentence: an address inside it that happens to sit at the
    ``STAMP_CHARS`` cut is cited, not the page's own address (review27d)."""
    from eventwire.annotators.times import STAMP_CHARS, link_date

    opening = "The ferry board weighed fares for the winter timetable and more. " * 6
    cited = "https://ferries.example.net/2019/11/03/fare-table"
    line = opening[: STAMP_CHARS - len(cited) - 1] + " " + cited + " " + opening
    assert line.index(cited) + len(cited) == STAMP_CHARS
    assert link_date(line + "\nCrews met yesterday.", tagger.lexicon) is None
    assert link_date(cited + " " + opening, tagger.lexicon) == "2019-11-03"
