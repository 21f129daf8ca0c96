"""Material acts whose subject or count shows they are none: a price, share or count that
rises or falls ("shares rallied", "prices shot up"), inspectors who raid a plant, acts
counted over a share of cases (a statistic), animals rounded up or shot, an alert issued
for a disaster, police at an accident's scene, and a vehicle that kills. The same verbs
with parties still code. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest


def _types(coder: Any, text: str) -> list[str]:
    events = coder.code(text, date="2024-05-02").events
    return [e.event for e in events if "negation" not in e.aux]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a figure's rise or fall (class market)
        ("Steel stocks rallied in Seoul after the export data.", "PROTEST"),
        ("Rice prices have shot up across the delta since the monsoon failed.", "ASSAULT"),
        ("Dengue cases shot up in the port city during August.", "ASSAULT"),
        ("The lender's shares were battered in early trading on Thursday.", "ASSAULT"),
        ("Bond yields rallied as traders bet on a rate cut.", "PROTEST"),
        # inspectors inspect (class inspection)
        ("Food safety inspectors raided three bakeries in the old town.", "ASSAULT"),
        ("The warehouse was raided by customs inspectors seeking fake goods.", "ASSAULT"),
        # seizures by traffic or excise staff enforce a rule (class regulatory_service)
        ("Traffic police impounded 90 motorcycles in a drive against speeding.", "COERCE"),
        ("Traffic police seized 50 cars during a drive against drunk driving.", "COERCE"),
        ("Excise officials raided a depot and seized 300 litres of illicit liquor.", "COERCE"),
        # a statistic: acts counted over a share of cases (classes rate, counted_case)
        ("Arrests were made in only 30 percent of robbery cases, the report said.", "COERCE"),
        ("Officers made arrests in a third of the burglaries reported in the county.", "COERCE"),
        # animals rounded up, captured or shot (senses.tsv rows over class animal)
        ("The council will round up stray cattle on the highway next week.", "COERCE"),
        ("Wildlife officials captured a leopard that had strayed into the tea estate.", "ASSAULT"),
        ("Rangers shot a rabid dog near the school on Friday.", "ASSAULT"),
    ],
)
def test_event_precision_material_subjects_code_nothing(coder, text: str, kind: str) -> None:
    assert kind not in _types(coder, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Supporters of the opposition rallied in the capital on Sunday.", "PROTEST"),
        ("Gunmen shot up a roadside bar in the township, killing four.", "ASSAULT"),
        # a police raid is a search and seizure (PLOVER COERCE seize; event_police_raids)
        ("Police raided the militants' hideout before dawn.", "COERCE"),
        ("Police arrested 30 students in half an hour outside the ministry.", "COERCE"),
        ("In half of the districts, troops fired on the marchers.", "ASSAULT"),
        ("Soldiers shot two protesters near the square.", "ASSAULT"),
        ("Police rounded up dozens of opposition activists overnight.", "COERCE"),
        ("Police seized 50 cars belonging to the opposition leader.", "COERCE"),
        ("Traffic police beat up a motorcyclist at the junction.", "ASSAULT"),
        ("Troops seized the airport before dawn.", "COERCE"),
        # a trade's subject with an agent, or under a verb of restraint, is acted on
        ("Imports of Russian gas were banned by the European Union.", "COERCE"),
        ("Sales of arms to Israel were suspended by Britain.", "SANCTION"),
        ("Sales of fertiliser to the north were suspended by the government.", "SANCTION"),
    ],
)
def test_event_precision_material_subjects_parties_still_code(coder, text: str, kind: str) -> None:
    assert kind in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        # an alert issued in a disaster's report is no raised military alert
        "Heavy snow closed mountain passes in the north. The meteorological department "
        "issued an orange alert for three provinces.",
        "A cyclone is expected to make landfall on Friday. The disaster agency has issued "
        "a red alert for coastal districts.",
        # police at an accident's scene are no word of violence
        "Police and firefighters attended the scene after a coach overturned on the "
        "ring road. Eleven passengers were injured.",
        "Officers closed the bridge after two lorries collided in heavy rain. Four people "
        "were injured.",
        # a vehicle is never the actor of an attack
        "A runaway minibus ploughed into a market stall in the town centre, killing two traders.",
        "A speeding motorbike hit a pedestrian on the coast road, killing him instantly.",
    ],
)
def test_event_precision_material_subjects_disaster_report_no_violence(coder, text: str) -> None:
    violent = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "THREATEN"}
    assert not violent & set(_types(coder, text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The army issued an alert to all border units after the missile test.", "MOBILIZE"),
        (
            "Police attended the scene after two masked men shot at a taxi. The driver "
            "was wounded.",
            "ASSAULT",
        ),
    ],
)
def test_event_precision_material_subjects_violence_beside_still_codes(
    coder, text: str, kind: str
) -> None:
    assert kind in _types(coder, text)
