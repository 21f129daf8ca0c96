"""event_place: a place in an "after"/"since" phrase is another act's; "the state" and "the
city" name again the last state or town; a fronted place frames an "after …ing" phrase;
the place that hosts an act is where it happens."""

from __future__ import annotations

import pytest
from test_event_place_attach import (  # noqa: F401 (fixtures)
    code_event,
    event_place_annotator,
    places_only_coder,
)

from eventwire.annotators.event_place import EventPlaceAnnotator
from eventwire.coder import make_article
from eventwire.records import ActorRef, Event


def _place(coder, annotator: EventPlaceAnnotator, text: str, trigger: str) -> Event:
    art = make_article({"id": "t", "text": text, "date": "2023-03-08"})
    event, _ = code_event(coder, annotator, art, trigger)
    return event


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Donors pledged money after her strong showing in Nevada.", "pledged"),
        ("Thousands have signed up since his win in the Michigan primary.", "signed"),
        ("The union endorsed him before the debate in Denver.", "endorsed"),
        ("Members will keep protesting until the vote in Albany.", "protesting"),
        ("The party has raised funds since the convention in Philadelphia.", "raised"),
    ],
)
def test_event_place_time_phrase_place_is_another_acts(
    places_coder, annotator, text: str, trigger: str
) -> None:
    assert _place(places_coder, annotator, text, trigger).location is None


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        pytest.param(
            "Volunteers from Georgia called voters. The campaign opened ten offices in the state.",
            "opened",
            "Georgia",
            marks=pytest.mark.xfail(
                strict=True, reason="a lone 'Georgia' resolves to the country, not the state"
            ),
        ),
        (
            "The governor of Ontario spoke on Monday. Nurses marched across the province.",
            "marched",
            "Ontario",
        ),
        (
            "The mayor of Tulsa resigned. Officers arrested four men in the city on Friday.",
            "arrested",
            "Tulsa",
        ),
        (
            "Flooding hit Nebraska. Farmers met with officials throughout this state.",
            "met",
            "Nebraska",
        ),
        (
            "A fire closed a school in Fresno. Parents rallied outside the town hall in the town.",
            "rallied",
            "Fresno",
        ),
    ],
)
def test_event_place_the_state_names_the_last_state(
    places_coder, annotator, text: str, trigger: str, name: str
) -> None:
    ev = _place(places_coder, annotator, text, trigger)
    assert ev.location is not None and ev.location.name == name
    assert ev.place_rule.startswith("clause:")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Texas declared a state of emergency in the state of Oaxaca.", "declared"),
        ("Officials in Ohio said the Islamic State threatened a city in Iraq.", "said"),
        ("Iowa farmers met in a state park.", "met"),
        ("The president met the visitors in the state dining room.", "met"),
    ],
)
def test_event_place_the_state_needs_a_bare_noun(
    places_coder, annotator, text: str, trigger: str
) -> None:
    ev = _place(places_coder, annotator, text, trigger)
    assert ev.location is None or ev.location.text != "state"


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        (
            "In Denver, after meeting with union leaders, the governor announced a plan.",
            "meeting",
            "Denver",
        ),
        (
            "At a rally in Tulsa on Saturday, before criticizing the press, Trump praised police.",
            "criticizing",
            "Tulsa",
        ),
        (
            "In Nairobi, after talking with the opposition, the envoy urged calm.",
            "talking",
            "Nairobi",
        ),
        (
            "In Lagos, before visiting the port, the minister signed a deal.",
            "visiting",
            "Lagos",
        ),
        (
            "In Quito on Tuesday, after denouncing the ruling, the president met the judges.",
            "denouncing",
            "Quito",
        ),
    ],
)
def test_event_place_fronted_place_frames_an_after_phrase(
    places_coder, annotator, text: str, trigger: str, name: str
) -> None:
    ev = _place(places_coder, annotator, text, trigger)
    assert ev.location is not None and ev.location.name == name
    assert ev.place_rule.startswith("frame:")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("She spoke in Oslo after meeting the rebels.", "meeting"),
        ("In Oslo, after the rebels had met the envoy, she spoke.", "met"),
    ],
)
def test_event_place_no_frame_after_the_verb_or_with_a_subject(
    places_coder, annotator, text: str, trigger: str
) -> None:
    assert _place(places_coder, annotator, text, trigger).location is None


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("Qatar hosted talks between the rebels and the government.", "hosted", "Qatar"),
        ("Qatar hosted talks between the rebels and the government.", "talks", "Qatar"),
        ("The peace conference was hosted by Norway last week.", "conference", "Norway"),
        ("Ohio will host the next debate between the candidates.", "host", "Ohio"),
        ("Singapore, which hosted the summit, paid for security.", "hosted", "Singapore"),
        (
            "Vienna played host to negotiations between Iran and the powers.",
            "negotiations",
            "Vienna",
        ),
    ],
)
def test_event_place_the_host_place(
    places_coder, annotator, text: str, trigger: str, name: str
) -> None:
    ev = _place(places_coder, annotator, text, trigger)
    assert ev.location is not None and ev.location.name == name
    assert ev.place_rule.startswith("host:")


def test_event_place_a_host_person_is_no_place(places_coder, annotator) -> None:
    text = "The president hosted the Japanese prime minister on Monday."
    assert _place(places_coder, annotator, text, "hosted").location is None


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("The senator told a crowd in Dubuque that the mayor lied.", "told", "Dubuque"),
        ("The candidate warned supporters in Reno that taxes would rise.", "warned", "Reno"),
        ("She accused her rival before an audience in Akron.", "accused", "Akron"),
        ("The governor told reporters in Boise that he rejected the bill.", "told", "Boise"),
        ("He urged students at a college in Omaha to vote early.", "urged", "Omaha"),
    ],
)
def test_event_place_statement_to_an_audience_there(
    places_coder, annotator, text: str, trigger: str, name: str
) -> None:
    art = make_article({"id": "t", "text": text, "date": "2023-03-08"})
    ev, _ = code_event(places_coder, annotator, art, trigger, kind="ACCUSE")
    assert ev.location is not None and ev.location.name == name


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The minister condemned the raids in Gaza.", "condemned"),
        ("The senator criticized officials in Moscow.", "criticized"),
    ],
)
def test_event_place_statement_topic_is_no_audience(
    places_coder, annotator, text: str, trigger: str
) -> None:
    art = make_article({"id": "t", "text": text, "date": "2023-03-08"})
    ev, _ = code_event(places_coder, annotator, art, trigger, kind="ACCUSE")
    assert ev.location is None


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "name"),
    [
        (
            "During a visit to Kenya, the president urged leaders to fight graft.",
            "urged",
            "REQUEST",
            "Kenya",
        ),
        ("On a trip to Ohio, the senator accused the mayor of lying.", "accused", "ACCUSE", "Ohio"),
        pytest.param(
            "During her tour of Peru, the envoy praised the new law.",
            "praised",
            "SUPPORT",
            "Peru",
            marks=pytest.mark.xfail(strict=True, reason="'tour of': only 'to' ends a trip"),
        ),
        (
            "During his trip to Poland last week, the minister signed a pact.",
            "signed",
            "AGREE",
            "Poland",
        ),
        ("The premier, during a visit to Ghana, pledged more aid.", "pledged", "AID", "Ghana"),
    ],
)
def test_event_place_during_a_trip_there(
    places_coder, annotator, text: str, trigger: str, kind: str, name: str
) -> None:
    art = make_article({"id": "t", "text": text, "date": "2023-03-08"})
    ev, _ = code_event(places_coder, annotator, art, trigger, kind=kind)
    assert ev.location is not None and ev.location.name == name


def test_event_place_on_a_trip_after_the_act_is_a_topic(places_coder, annotator) -> None:
    art = make_article(
        {"id": "t", "text": "Critics attacked the mayor on his trip to Cuba.", "date": "2023-03-08"}
    )
    ev, _ = code_event(places_coder, annotator, art, "attacked", kind="ACCUSE")
    assert ev.location is None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "DENVER (AP) - The governor on Monday blasted the utility in a speech, accusing it "
            "of price gouging.",
            "accusing",
            "Denver",
        ),
        (
            "AUSTIN, Texas - The mayor criticized the county at a news conference on Monday "
            "while praising the firefighters.",
            "praising",
            "Austin",
        ),
        (
            "Union leaders met the ministers in Lisbon on Monday, urging them to raise wages.",
            "urging",
            "Lisbon",
        ),
        (
            "The senator condemned the strike at a rally in Dayton on Friday, calling it reckless.",
            "calling",
            "Dayton",
        ),
        (
            "OTTAWA (Reuters) - The premier on Monday met the union leaders, urging them to end "
            "the strike.",
            "urging",
            "Ottawa",
        ),
    ],
)
def test_event_place_participle_shares_its_acts_place(
    coder, text: str, trigger: str, place: str
) -> None:
    analysis = coder.code(text, date="2024-05-06", id="participle")
    ev = next(e for e in analysis.events if e.trigger.text == trigger)
    assert ev.location is not None and ev.location.name == place


def test_event_place_participle_after_a_bound_keeps_none(coder) -> None:
    text = "DENVER (AP) - The governor on Monday blasted the utility after visiting its plant."
    analysis = coder.code(text, date="2024-05-06", id="participle")
    assert all(e.location is None for e in analysis.events if e.trigger.text == "visiting")


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "name"),
    [
        (
            "For years the senator was the loudest voice in Ottawa in support of the pipeline.",
            "support",
            "SUPPORT",
            "Ottawa",
        ),
        (
            "The bishop remained a familiar figure in Glasgow in support of the miners.",
            "support",
            "SUPPORT",
            "Glasgow",
        ),
        (
            "The actor was a regular speaker at the Capitol in support of the veterans' bill.",
            "support",
            "SUPPORT",
            "Washington",
        ),
        (
            "Nurses rallied outside a hospital in Leeds in support of the strike.",
            "support",
            "SUPPORT",
            "Leeds",
        ),
        ("Farmers gathered in Lyon in protest at the new tax.", "protest", "PROTEST", "Lyon"),
        (
            "Students marched through Boston in support of their teachers.",
            "support",
            "SUPPORT",
            "Boston",
        ),
        (
            "Crowds stood in Nairobi in solidarity with the striking doctors.",
            "solidarity",
            "SUPPORT",
            "Nairobi",
        ),
    ],
)
def test_event_place_in_support_of_takes_its_clauses_place(
    places_coder, annotator, text: str, trigger: str, kind: str, name: str
) -> None:
    art = make_article({"id": "t", "text": text, "date": "2023-03-08"})
    ev, _ = code_event(places_coder, annotator, art, trigger, kind=kind)
    assert ev.location is not None and ev.location.name == name


def test_event_place_in_the_protest_is_no_support_phrase(places_coder, annotator) -> None:
    text = "Police in Lyon arrested a man who took part in the protest against the tax."
    art = make_article({"id": "t", "text": text, "date": "2023-03-08"})
    ev, _ = code_event(places_coder, annotator, art, "protest", kind="PROTEST")
    assert ev.location is None


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "name"),
    [
        ("Kansas voters rejected the amendment on Tuesday.", "rejected", "REJECT", "Kansas"),
        ("Ohio's electorate turned down the school levy.", "turned", "REJECT", "Ohio"),
        ("Nevada caucusgoers backed the governor by a wide margin.", "backed", "SUPPORT", "Nevada"),
        ("Most Denver voters endorsed the measure.", "endorsed", "SUPPORT", "Denver"),
        ("Many Maine voters embraced the new ballot rules.", "embraced", "SUPPORT", "Maine"),
    ],
)
def test_event_place_voters_of_a_state(
    places_coder, annotator, text: str, trigger: str, kind: str, name: str
) -> None:
    art = make_article({"id": "t", "text": text, "date": "2023-03-08"})
    actor = text[: text.index(" " + trigger)]
    ref = ActorRef(actor, 0, len(actor), code="USA")
    ev, _ = code_event(places_coder, annotator, art, trigger, kind=kind, actor=[ref])
    assert ev.location is not None and ev.location.name == name


def test_event_place_voters_of_a_country_no_place(places_coder, annotator) -> None:
    text = "American voters rejected the deal."
    art = make_article({"id": "t", "text": text, "date": "2023-03-08"})
    ref = ActorRef("American voters", 0, 15, code="USA")
    ev, _ = code_event(places_coder, annotator, art, "rejected", kind="REJECT", actor=[ref])
    assert ev.location is None


def test_event_place_host_place_told_again(coder) -> None:
    text = (
        "Kenya hosted talks with Sudan on Monday. Kenya met with Sudan on Monday, officials said."
    )
    analysis = coder.code(text, date="2024-05-06", id="host")
    met = next(e for e in analysis.events if e.trigger.text == "met")
    assert met.location is not None and met.location.name == "Kenya"
    assert met.place_rule.startswith("restated:")


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "In Nairobi on Monday, the president signed the bill, and the opposition leader "
            "condemned it.",
            "condemned",
            "Nairobi",
        ),
        (
            "At a summit in Lima on Monday, Peru pledged aid, but Chile rejected the proposal.",
            "rejected",
            "Lima",
        ),
        (
            "In Manila on Monday, police arrested two activists and the mayor defended the raid.",
            "defended",
            "Manila",
        ),
        (
            "In Cairo on Monday, the foreign minister met his Jordanian counterpart and the two "
            "men agreed to hold talks.",
            "agreed",
            "Cairo",
        ),
    ],
)
def test_event_place_fronted_place_frames_a_joined_clause(
    coder, text: str, trigger: str, place: str
) -> None:
    analysis = coder.code(text, date="2016-02-15", id="frame")
    ev = next(e for e in analysis.events if e.trigger.text == trigger)
    assert ev.location is not None and ev.location.name == place
    assert ev.place_rule.startswith("frame:")


def test_event_place_joined_clause_after_a_late_place_is_not_framed(coder) -> None:
    text = "The president signed the bill in Nairobi, and the opposition leader condemned it."
    analysis = coder.code(text, date="2016-02-15", id="frame")
    ev = next(e for e in analysis.events if e.trigger.text == "condemned")
    assert not (ev.place_rule or "").startswith("frame:")
