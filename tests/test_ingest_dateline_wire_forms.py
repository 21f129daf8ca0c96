"""The wire services' dateline forms: parsed, never an actor, the place of acts done there."""

from __future__ import annotations

import pytest

from eventwire import code
from eventwire.ingest.dateline import lead_end, parse


@pytest.mark.parametrize(
    ("text", "place", "agency", "month", "day"),
    [
        ("(NEW YORK) — Firefighters put out a blaze", "NEW YORK", None, None, None),
        ("(SAN DIEGO) -- Council members voted", "SAN DIEGO", None, None, None),
        ("NEW YORK (AP) — Stocks fell", "NEW YORK", "AP", None, None),
        ("WASHINGTON — Lawmakers returned", "WASHINGTON", None, None, None),
        ("LONDON, March 3 (Reuters) - Shares rose", "LONDON", "Reuters", 3, 3),
        ("CHICAGO, Oct. 2, 2023 /PRNewswire/ -- Acme Corp. said", "CHICAGO", "PRNewswire", 10, 2),
        ("MOSCOW, June 9. /TASS/. The ministry said", "MOSCOW", "TASS", 6, 9),
        ("MUMBAI, Feb 11 (PTI) The state government said", "MUMBAI", "PTI", 2, 11),
        ("LIMA, Peru (AP) _ Miners marched", "LIMA", "AP", None, None),
        ("TOKYO, Sept.14 (Kyodo) - The cabinet met", "TOKYO", "Kyodo", 9, 14),
    ],
)  # fmt: skip
def test_ingest_dateline_wire_forms_parsed(text, place, agency, month, day):
    dl = parse(text)
    assert dl is not None
    assert (dl.place, dl.agency, dl.month, dl.day) == (place, agency, month, day)
    assert text[dl.start : dl.start + len(place)] == place


@pytest.mark.parametrize(
    "text",
    [
        "NATO (North Atlantic) members met",  # a gloss in parentheses, no dash, no agency
        "The Karama (Dignity) Front said",
        "(ABOUT US) Our newsroom",  # upper case in parentheses with no dash after it
        "(CNN) — Officials said",  # an agency alone names no place
    ],
)
def test_ingest_dateline_wire_forms_not_a_place(text):
    assert parse(text) is None


@pytest.mark.parametrize(
    ("text", "end_word"),
    [
        ("(CNN) — Officials said", "Officials"),
        ("(Reuters) - Officials said", "Officials"),
        ("(NEW YORK) — Officials said", "Officials"),
        ("Officials (AP) said", None),
    ],
)
def test_ingest_dateline_lead_end(text, end_word):
    end = lead_end(text)
    assert end == (text.index(end_word) if end_word else 0)


@pytest.mark.parametrize(
    "text",
    [
        "(NEW YORK) — Police detained three people outside a bank on Tuesday.",
        "NEW YORK (AP) — Police detained three people outside a bank on Tuesday.",
        "SAN FRANCISCO, March 5 (Reuters) - Police detained three people on Tuesday.",
        "NEW DELHI, March 5 (IANS) Police detained three people on Tuesday.",
        "HONG KONG, March 5 /PRNewswire/ -- Police detained three people on Tuesday.",
        "(CNN) — Police detained three people outside a bank on Tuesday.",
    ],
)
def test_ingest_dateline_never_an_actor(text):
    analysis = code(text, date="2024-03-05")
    head = text[: text.index("Police")]
    for entity in analysis.entities:
        for mention in entity.mentions:
            assert mention.start >= len(head), f"{mention.text!r} from the dateline is an actor"
    for event in analysis.events:
        for ref in event.actor + event.recipient:
            assert ref.start >= len(head)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("(NEW YORK) — Police detained three people outside a bank on Tuesday.", "New York City"),
        ("CHICAGO, March 5 /PRNewswire/ -- Police detained three people on Tuesday.", "Chicago"),
    ],
)
def test_ingest_dateline_places_acts_done_there(text, city):
    analysis = code(text, date="2024-03-05")
    assert [e.event for e in analysis.events] == ["COERCE"]
    location = analysis.events[0].location
    assert location is not None and location.name == city


@pytest.mark.parametrize(
    "text",
    [
        "Senators reject the budget deal\n\nWASHINGTON (AP) — Senators rejected the deal.",
        "Rebels free hostages\n\nKABUL, March 5 (Reuters) - Rebels freed two hostages.",
    ],
)
def test_ingest_dateline_heading_before_keeps_actors(text):
    analysis = code(text, date="2024-03-05")
    first = text.split()[0]
    assert any(m.start == 0 for e in analysis.entities for m in e.mentions), first
