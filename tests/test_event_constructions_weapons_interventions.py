"""Attacks told by the weapon that hit, by a bomb in a relative clause, by armed
intervention and by an attack noun told as taking place (issue 24): a weapon (``&arms``)
as the subject of a verb of hitting (grammar class ``weapon_hit``, read before the verb's
own lexicon row) or of landing on premises or people (``weapon_landing``) or, through its
relative pronoun, of a verb of exploding; intervening marked as armed or done in a
country or a war (classes ``intervention``, ``intervention_mark``,
``armed_conflict``); an act noun as the subject of "take place" (class
``occurrence_object``) or described by a relative clause of occurrence; an act noun whose
"on"/"against" phrase names the premises or people it was aimed at (class
``attack_target`` and its companions; not a politician, a thing said or an idea).
Sentences written for these tests; the near misses run without the learned filter, so
that the filter cannot hide a rule that fires."""

from __future__ import annotations

import pytest
from helpers import events_of


def _events(coder, text: str) -> list[str]:
    return [e.event for e in events_of(coder, text) if "negation" not in e.aux]


@pytest.mark.parametrize(
    "text",
    [
        # a weapon as the subject of a verb of hitting
        "A bullet hit the shopkeeper in the shoulder outside his store.",
        "Two shells struck near the clinic's gate.",
        # ... before the verb's own row, which reads "slam" as criticism
        "A mortar shell slammed into the roof of the fuel depot at dawn.",
        # a weapon that landed on premises or people
        "A petrol bomb landed in the courtyard of the party office.",
        # ... the subject of the verb it is a conjunct of
        "A bullet bounced off the fence and hit the guard in the leg.",
        # a bomb in a relative clause: the relative pronoun's noun is the subject
        "Investigators examined the bomb that exploded beside the court house.",
        # armed intervention: in a country, in a war, or marked as armed
        "The alliance decided to intervene in Chad in 2011.",
        "Ruritanian troops intervened militarily in the neighbouring state in 2011.",
        "The foreign minister defended the Ruritanian intervention in the civil war.",
        "Critics questioned the military intervention by the Ruritanian army.",
        # an attack noun told as taking place, or described by a clause of occurrence
        "According to witnesses, the shooting took place outside the bakery.",
        "Farmers fled the valley in which an army offensive was taking place.",
        "The ambush, which happened before dawn, was the third on the road this month.",
        # an attack noun that names the premises or people it was aimed at
        "The governor toured the town a week after the attacks on the police station there.",
        "The minister visited survivors of the attacks on two village schools.",
    ],
)
def test_weapon_and_intervention_codes_assault(rules_only, text: str) -> None:
    assert "ASSAULT" in _events(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        # a word of arms that only modifies the subject: no weapon hit anyone
        "Gun violence hit a record level in the county last year.",
        # a storm or a price that hits is no attack
        "The storm hit the coast late on Sunday.",
        "Higher fuel prices hit farmers across the region.",
        # a rocket that lands at a base after a flight has hit nothing
        "A test rocket landed at the launch base after a brief flight.",
        # intervening in a market, a case, a dispute, a city or a province is no armed act
        "The central bank intervened in the currency market on Monday.",
        "The judge intervened in the case before the hearing.",
        "The mayor intervened in the dispute between the two unions.",
        "The senator accused the agency of intervention in the election.",
        "The mayor intervened in Springfield to end the bus drivers' walkout.",
        "Ruritania intervened in Geneva to stall the fishing quota talks.",
        # an attack noun aimed at a politician, a thing said or an idea may be in words
        "Donors drew up plans for a costly assault against the front-runner.",
        "Her television spots made a sharp attack on her opponent's budget.",
        "Several bloggers wrote that the new syllabus was an assault on free inquiry.",
        "The union leader denounced the attacks on workers' pensions.",
        # ... or at a word that often names a target in words (a web post, a party's
        # line, a field of study)
        "The columnist shrugged off the attacks on his latest post.",
        "Commentators mocked the attacks on the official line of the cabinet.",
        "Few scholars welcomed the attacks on the whole field of rural sociology.",
        # an attack noun a relative clause only describes is a topic, not a report
        "The ambush, which the novel describes at length, is the book's best chapter.",
    ],
)
def test_weapon_and_intervention_near_misses(rules_only, text: str) -> None:
    assert "ASSAULT" not in _events(rules_only, text)
