"""event_place_stand: a speaker's statement told a few sentences before the text says
where the speaker spoke ("… told a rally in Denver") was made there; not another
speaker's, not one before a stand still to come, not one too far before. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _accusation(coder: Coder, text: str):
    events = coder.code(text, date="2024-05-07", id="stand").events
    return next(e for e in events if e.event == "ACCUSE" and e.trigger.start < 80)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ana Lopez attacked her rival's budget on Monday, saying it would close "
        'schools.\n\n"We will not let them close our schools," Governor Ana Lopez told a '
        "rally in Denver.",
        "Senator Mark Hale accused the mayor of hiding the report on Monday.\n\nThe report "
        "shows rising crime.\n\nHale told reporters at the statehouse in Denver that the mayor "
        "had misled voters.",
    ],
)
def test_statement_is_placed_at_the_stand_told_after(coder: Coder, text: str) -> None:
    event = _accusation(coder, text)
    assert event.location is not None and event.location.name == "Denver", event.place_rule
    assert "told after" in event.place_rule


@pytest.mark.parametrize(
    "stand",
    [
        # a stand still to come
        "Senator Mark Hale will tell reporters in Denver next week that the mayor misled voters.",
        # another speaker's stand
        "Governor Ana Lopez told reporters in Denver that the mayor had misled voters.",
        # a stand five sentences after the statement
        "The city has six districts.\n\nEach has a council.\n\nThe councils meet monthly."
        "\n\nHale told reporters at the statehouse in Denver that the mayor had misled voters.",
    ],
)
def test_statement_is_not_placed_at_this_stand(coder: Coder, stand: str) -> None:
    text = (
        "Senator Mark Hale accused the mayor of hiding the report on Monday.\n\nThe report "
        "shows rising crime.\n\n" + stand
    )
    event = _accusation(coder, text)
    assert event.location is None, event.place_rule
