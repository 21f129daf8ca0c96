"""place_local: a local story's town places its local actors' unplaced acts of the story
day; a clause that is no coded event ("the governor walked through … in Orlando") still sets
the scene for its actor's next acts."""

from __future__ import annotations

import pytest
from helpers import event_by_trigger

from eventwire import Coder
from eventwire.annotators.place_local import read_local
from eventwire.errors import ConfigError
from eventwire.records import Analysis

_LEAD = "A man attacked a parked car in Springfield on Monday. "
_WALK = "In Orlando on Monday, the governor walked through a flooded street. "


def _code(coder: Coder, text: str) -> Analysis:
    return coder.code(text, date="2024-05-06", id="local")


@pytest.mark.parametrize(
    ("text", "trigger", "place", "rule"),
    [
        # the police of a local crime story act in its town
        (
            _LEAD + "Police officers arrested the suspect on Monday.",
            "arrested",
            "Springfield",
            "local story:",
        ),
        # the lead names the town: a local body's town, a clause's place, a dateline
        # after a byline
        (
            "The Springfield mayor spoke to reporters on Monday. "
            "Police officers arrested a suspect on Monday.",
            "arrested",
            "Springfield",
            "local story: the lead's Springfield mayor",
        ),
        (
            "Fire damaged a warehouse in Springfield on Monday. "
            "Police officers arrested a suspect on Monday.",
            "arrested",
            "Springfield",
            "local story: the lead's in",
        ),
        (
            "By Ann Writer. SPRINGFIELD (Reuters) - Fire damaged a warehouse on Monday. "
            "Police officers arrested a suspect on Monday.",
            "arrested",
            "SPRINGFIELD",
            "local story: dateline",
        ),
        # a scene set by a clause that is no event: the governor's walk
        (_WALK + "She met the families of the victims.", "met", "Orlando", "scene:"),
        (_WALK + "She criticized the utility company.", "criticized", "Orlando", "scene:"),
        (
            "On Monday the governor stood in Orlando beside the mayor. "
            "She criticized the utility company.",
            "criticized",
            "Orlando",
            "scene:",
        ),
    ],
)
def test_place_local_story_places(
    rules_only: Coder, text: str, trigger: str, place: str, rule: str
) -> None:
    # the place rule is the subject: events are taken before the learned filter
    event = event_by_trigger(_code(rules_only, text), trigger)
    assert event.location is not None and event.location.text == place
    assert (event.place_rule or "").startswith(rule)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a foreign government's act is not the town's, however the town was named
        (
            "The Springfield mayor spoke to reporters on Monday. "
            "The French government condemned the decision on Monday.",
            "condemned",
        ),
        # a foreign government's act is not the town's
        (
            _LEAD + "Police officers arrested the suspect on Monday. "
            "The Russian government condemned the attack on Monday.",
            "condemned",
        ),
        # a named figure with an office of their own may act anywhere
        (
            _LEAD + "Police officers arrested the suspect on Monday. "
            "Senator Hal Brenner criticized the police on Monday.",
            "criticized",
        ),
        # another day's act
        (_LEAD + "Police officers arrested the suspect in 2019.", "arrested"),
        # a country is no local story's town
        (
            "A man attacked a parked car in France on Monday. "
            "Police officers arrested the suspect on Monday.",
            "arrested",
        ),
        # the walk's scene is the governor's, not another actor's
        (_WALK + "The senator criticized the utility company.", "criticized"),
        # nor the governor's act of another year
        (_WALK + "She criticized the utility company in 2019.", "criticized"),
    ],
)
def test_place_local_story_not_placed(coder: Coder, text: str, trigger: str) -> None:
    event = event_by_trigger(_code(coder, text), trigger)
    assert event.location is None, event.place_rule


def test_place_local_story_rules_file() -> None:
    rules = read_local()
    assert (
        "COP" in rules["sector"] and "council" in rules["word"] and "federal" in rules["national"]
    )
    with pytest.raises(ConfigError, match="line 1: kind 'town'"):
        read_local("town\tSpringfield\n")


def test_place_local_story_person_known_only_by_pronoun(coder: Coder) -> None:
    """A person the story names only by common nouns and pronouns ("the suspect" … "he")
    acts in the story's town even with no country code."""
    text = (
        "Police in Toledo arrested a man on Monday after a fight outside a bar. The driver "
        "confronted the suspect, at which time he threw a can at her, striking her arm."
    )
    event = event_by_trigger(_code(coder, text), "striking")
    assert event.location is not None and event.location.text == "Toledo"
    assert (event.place_rule or "").startswith("local story:")
