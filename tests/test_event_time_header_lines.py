"""A header line is not part of the story: its date is not the story day of the paragraph
under it, and the lead is counted from the first sentence of prose."""

import pytest

BODY = (
    "The state water board made a sensible ruling Sunday in deciding that the dam must be "
    "drained for repairs. The ruling will anger lake-front owners, but the board chairman "
    "made it clear that the board had followed the law. Moreover, by setting a Feb. 20 "
    "deadline, the board allowed the owners time to appeal the ruling in court."
)
HEADERS = [
    "The Daily Ledger says in an editorial on Monday, Feb. 3:\n\n",
    "The Daily Ledger argued in a column on Monday, Feb. 3:\n\n",
    "The Daily Ledger says in an editorial on Monday, Feb. 3: &QL;\n\n",
]


@pytest.mark.parametrize("header", HEADERS)
def test_event_time_header_line_date_is_not_the_next_paragraphs_story_day(coder, header):
    analysis = coder.code(header + BODY, date="2020-02-03")
    dates = {e.trigger.text: e.date for e in analysis.events}
    assert dates.get("allowed") == "2020-02-02"  # the Sunday of the ruling


LEADS = [
    "BYLINE: Ann Reed.\n\nBEST WEEK FOR FARMERS.\n\nThe high court sided with them on water "
    "rights. Kind of. On Thursday, a split court failed to rule on the state's appeal.",
    "CAPITAL NOTES\n\nTHE WEEK IN REVIEW\n\nThe high court sided with them on water rights. "
    "Kind of. On Thursday, a split court failed to rule on the state's appeal.",
]


@pytest.mark.parametrize("text", LEADS)
def test_event_time_lead_is_counted_after_header_lines(coder, text):
    analysis = coder.code(text, date="2020-02-03")
    dates = {e.trigger.text: e.date for e in analysis.events}
    assert dates.get("sided") == "2020-01-30"  # the Thursday the lead goes on to name
