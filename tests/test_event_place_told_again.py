"""event_place: a town named on the act's noun, a topic under a placing preposition, a job
that describes someone, a statement's venue told in another sentence, an act told again in
the next sentence, a town's body, a part of a placed group, a local crime story's earlier
crimes and a quoted threat or refusal."""

from __future__ import annotations

import pytest
from helpers import event_by_trigger

from eventwire import Coder
from eventwire.annotators.event_place import read_rules
from eventwire.records import Event


def _event(coder: Coder, text: str, trigger: str, date: str = "2024-05-07") -> Event:
    """The last event on ``trigger`` in ``text`` (a Tuesday's article by default)."""
    analysis = coder.code(text, date=date, id="told-again")
    return max(
        (e for e in analysis.events if e.trigger.text == trigger), key=lambda e: e.trigger.start
    )


@pytest.mark.parametrize(
    ("text", "trigger", "place", "rule"),
    [
        # a town named on the act's noun is where it happened, though the actor takes it in
        (
            "Police are still hunting the gunmen behind the Denver shooting.",
            "shooting",
            "Denver",
            "clause:",
        ),
        # a planned statement, and the venue where the text says it will be made
        (
            "Senator Ana Ruiz will call for more flood aid on Tuesday, her campaign said. The "
            "plan costs $2 billion. Ruiz plans to make her proposal at a town hall in Ames, Iowa.",
            "call",
            "Ames",
            "venue:",
        ),
        # a clause of speaking that names the statement's own day
        (
            "Senator Ana Ruiz will call for more flood aid on Tuesday. The plan costs $2 billion. "
            "As Ruiz said on Tuesday at the debate in Ames, the state needs help.",
            "call",
            "Ames",
            "venue:",
        ),
        # the same charge told again in the next sentence
        (
            "Ana Ruiz was accused in an indictment filed in federal court in Denver of stealing "
            "$2 million. Ruiz was charged with three counts of wire fraud, the indictment said.",
            "charged",
            "Denver",
            "restated:",
        ),
        # a town's body acts in its town, on the story's day or long before
        (
            "Senator Ana Ruiz spoke about crime on Monday. She cited a case from 2019, when "
            "Dayton police arrested three men.",
            "arrested",
            "Dayton",
            "town body:",
        ),
        # some of the people said to be somewhere were there too
        (
            "Some of the protesters in Lyon threw stones at the police on Monday.",
            "threw",
            "Lyon",
            "actor:",
        ),
        # a local crime story's earlier crimes and arrests happened in its dateline town
        (
            "DAYTON, Ohio — Police arrested a man on Monday in the shooting of a store clerk. "
            "A spokesman said that of six men who had been shot last year, suspects had been "
            "arrested in only two cases.",
            "shot",
            "DAYTON",
            "local story:",
        ),
        (
            "DAYTON, Ohio — Police arrested a man on Monday in the shooting of a store clerk. "
            "A spokesman said that of six men who had been shot last year, suspects had been "
            "arrested in only two cases.",
            "arrested",
            "DAYTON",
            "local story:",
        ),
        # a quoted threat or refusal is made when it is said, where the speaker spoke
        (
            "In Lima, the trade ministry said on Monday that Peru did not want a trade war. "
            '"Peru will fight back firmly against any new tariffs," the ministry said in a '
            "statement.",
            "fight",
            "Lima",
            "speaker:",
        ),
        (
            'LIMA, Peru (AP) — "We will not cooperate with the federal agents in any way," '
            "the mayor told a news conference on Monday.",
            "cooperate",
            "LIMA",
            "dateline:",
        ),
        # the place through a placing preposition on the recipient stays
        (
            "The minister reached out to officials in Tehran on Monday.",
            "reached",
            "Tehran",
            "clause:",
        ),
    ],
)
def test_event_place_told_again_placed(
    coder: Coder, text: str, trigger: str, place: str, rule: str
) -> None:
    event = _event(coder, text, trigger)
    assert event.location is not None and event.location.text == place
    assert (event.place_rule or "").startswith(rule)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a country named on the act's noun is its actor, not its place
        ("Investigators blamed the Russian strikes on the army.", "strikes"),
        # what the recipient is told about, under "to …": a topic
        ("The governor reached out to the senator on Burma in 2009.", "reached"),
        # a job that describes someone named is an employer, not where the act was
        (
            "Ana Ruiz, an aide at the State Department who told her staff to delete the files, "
            "resigned.",
            "told",
        ),
        ("Ana Ruiz, a spokeswoman at the Kremlin who denied the report, resigned.", "denied"),
        # a speaker may speak in several places on one day: a stand with no day of its own
        # is no venue of the day's other statements
        (
            "Senator Ana Ruiz accused the governor of neglect on Tuesday. The plan costs $2 "
            "billion. Rain fell all day. The roads were closed. At a rally in Ames, Ruiz said "
            "the state needed help.",
            "accused",
        ),
        # words inside quotation marks are the speaker's, not a report of where anyone spoke
        (
            "Senator Ana Ruiz will call for more flood aid on Tuesday. The plan costs $2 "
            'billion. "As Ruiz said on Tuesday at the debate in Ames, we need help," Lee said.',
            "call",
        ),
        # a country's police act anywhere in it; a town's mayor speaks wherever the text says
        ("The Kenyan police detained two activists on Monday.", "detained"),
        (
            "Senator Ana Ruiz spoke about crime on Monday. She cited a case from 2019, when "
            "the Dayton mayor criticized the police chief.",
            "criticized",
        ),
        # not an earlier act of a story that is no local crime story
        (
            "MOSCOW — The foreign minister met his Chinese counterpart on Monday. Two "
            "diplomats had been arrested last year, he said.",
            "arrested",
        ),
        # a statement still to come, not quoted, has happened nowhere yet
        ("LIMA, Peru (AP) — The mayor will urge the council to reject the plan next week.", "urge"),
        # a charge of another day is another act
        (
            "Ana Ruiz was accused in an indictment filed in federal court in Denver on Monday "
            "of stealing $2 million. In March, Ruiz was charged with three counts of wire fraud.",
            "charged",
        ),
    ],
)
def test_event_place_told_again_not_placed(coder: Coder, text: str, trigger: str) -> None:
    assert _event(coder, text, trigger).location is None


def test_event_place_told_again_venue_nouns() -> None:
    venues = read_rules()["venue"]
    assert {"speech", "proposal", "remarks"} <= venues and "visit" not in venues


def test_event_place_told_again_first_event_unchanged(coder: Coder) -> None:
    # the act that places the charge keeps its own clause's place
    analysis = coder.code(
        "Ana Ruiz was accused in an indictment filed in federal court in Denver of stealing "
        "$2 million. Ruiz was charged with three counts of wire fraud, the indictment said.",
        date="2024-05-07",
        id="told-again",
    )
    first = event_by_trigger(analysis, "accused")
    assert first.location is not None and (first.place_rule or "").startswith("clause:")
