"""event_lead: a lead's act with no place takes the place the next sentence gives an act of
one of its actors on the same day. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import event_by_trigger

from eventwire import Coder

HEAD = "Leader calms allies.\n\n"
LEAD = "President Maria Lopez urged the allies on Wednesday to stay calm. "


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (HEAD + LEAD + "Lopez met students in Hanoi on Wednesday.", "Hanoi"),
        # another person's act in the next sentence
        (HEAD + LEAD + "The trade minister met students in Hanoi on Wednesday.", None),
        # an act of another day
        (HEAD + LEAD + "Lopez met students in Hanoi in 2019.", None),
        # not the next sentence
        (HEAD + LEAD + "Markets rose. Lopez met students in Hanoi on Wednesday.", None),
    ],
)
def test_event_lead_place_from_next_sentence(coder: Coder, text: str, place: str | None) -> None:
    analysis = coder.code(text, date="2024-05-08", id="lead")
    event = event_by_trigger(analysis, "urged")
    assert (event.location.text if event.location else None) == place
    if place:
        assert (event.place_rule or "").startswith("lead:")


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "The foreign ministers gathered in Lima on Monday for a regional summit. "
            "At the summit, Chile accused Peru of breaking the fishing treaty.",
            "accused",
            "Lima",
        ),
        (
            "Leaders met in Nairobi on Monday for the trade summit. During the summit, the "
            "Kenyan president urged his neighbours to cut tariffs.",
            "urged",
            "Nairobi",
        ),
        (
            "The committee held a hearing on Capitol Hill on Tuesday. At the hearing, the "
            "senator accused the director of hiding the leaks.",
            "accused",
            "Capitol Hill",
        ),
        # the place hangs from the occasion's noun, whose own verb is no act told as done
        (
            "The minister's speech at the summit in Accra drew applause. At the summit, "
            "Ghana accused Togo of closing the border.",
            "accused",
            "Accra",
        ),
        # an indefinite occasion is another one
        (
            "The foreign ministers gathered in Lima on Monday for a regional summit. "
            "At a summit, Chile accused Peru of breaking the fishing treaty.",
            "accused",
            None,
        ),
        # another occasion than the one placed
        (
            "The foreign ministers gathered in Lima on Monday for a regional summit. "
            "At the hearing, Chile accused Peru of breaking the fishing treaty.",
            "accused",
            None,
        ),
    ],
)
def test_event_lead_occasion_named_again(
    coder: Coder, text: str, trigger: str, place: str | None
) -> None:
    event = event_by_trigger(coder.code(text, date="2024-05-06", id="occasion"), trigger)
    assert (event.location.text if event.location else None) == place
    if place:
        assert (event.place_rule or "").startswith("occasion:")


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # the lead tells the headline's act again, by the same word, with its place
        ("The quarrel led to a meeting at a library in Fresno on Thursday.", "Fresno"),
        # another act of the lead places nothing of the headline's
        ("The quarrel led to a protest at a library in Fresno on Thursday.", None),
    ],
)
def test_event_lead_headline_told_again(coder: Coder, lead: str, place: str | None) -> None:
    text = (
        "Secret Meeting Of Rival Mayors.\n\nThe two mayors have traded barbs since spring. " + lead
    )
    analysis = coder.code(text, date="2016-06-11", id="headline")
    event = event_by_trigger(analysis, "Meeting")
    assert (event.location.text if event.location else None) == place
    if place:
        assert (event.place_rule or "").startswith("headline:")


@pytest.mark.xfail(
    strict=True,
    reason=(
        "known loss of the Title-Case re-read: an event noun serving as a headline "
        "verb's subject ('Meeting ... Draws') loses its event once the line is read again "
        "in lower case, as the noun rules code no event noun that a verb governs as nsubj"
    ),
)
def test_event_lead_headline_event_noun_subject_of_headline_verb(coder: Coder) -> None:
    text = (
        "Secret Meeting Of Rival Mayors Draws Criticism.\n\n"
        "The two mayors have traded barbs since spring. "
        "The quarrel led to a meeting at a library in Fresno on Thursday."
    )
    analysis = coder.code(text, date="2016-06-11", id="headline")
    meetings = [e for e in analysis.events if e.trigger.text == "Meeting"]
    assert [e.event for e in meetings] == ["CONSULT"]
    place = meetings[0].location
    assert (place.text if place else None) == "Fresno"
    assert (meetings[0].place_rule or "").startswith("headline:")
