"""event_place linking: landmarks, motion-only "to", topics and origins, the governing clause,
the dateline only for current acts done there, and the rule that chose each place."""

from __future__ import annotations

import pytest
from test_event_place_attach import (  # noqa: F401 (fixtures)
    code_event,
    event_place_annotator,
    places_only_coder,
)

from eventwire import Coder
from eventwire.annotators import Context
from eventwire.annotators.event_place import EventPlaceAnnotator, read_landmarks
from eventwire.annotators.event_place_learned import refusal
from eventwire.coder import make_article
from eventwire.errors import ConfigError
from eventwire.records import ActorRef, Event, Span


def _ref(text: str, word: str, code: str | None = None) -> ActorRef:
    i = text.index(word)
    return ActorRef(word, i, i + len(word), code=code)


def place_of(
    coder: Coder,
    annotator: EventPlaceAnnotator,
    text: str,
    trigger: str,
    actor: ActorRef | None = None,
    recipient: ActorRef | None = None,
    **fields: object,
) -> Event:
    """Code ``text``'s places, add one hand-built event on ``trigger``, run event_place."""
    art = make_article({"id": "t", "text": text, "date": "2023-03-08"})
    event, _ = code_event(
        coder,
        annotator,
        art,
        trigger,
        actor=[actor] if actor else [],
        recipient=[recipient] if recipient else [],
        **fields,
    )
    return event


@pytest.mark.parametrize(
    ("text", "trigger", "written", "city", "country"),
    [
        (
            "The prime minister visited the Kremlin on Monday.",
            "visited",
            "the Kremlin",
            "Moscow",
            "RUS",
        ),
        (
            "Senators met in a closed room in the Capitol.",
            "met",
            "the Capitol",
            "Washington",
            "USA",
        ),
        ("She will visit Capitol Hill on Thursday.", "visit", "Capitol Hill", "Washington", "USA"),
        (
            "The two leaders talked in the Oval Office.",
            "talked",
            "the Oval Office",
            "Washington",
            "USA",
        ),
        ("The envoys met at Downing Street on Tuesday.", "met", "Downing Street", "London", "GBR"),
    ],
)
def test_event_place_linking_landmark_resolves_to_its_city(
    places_coder, annotator, text, trigger, written, city, country
):
    ev = place_of(places_coder, annotator, text, trigger)
    loc = ev.location
    assert loc is not None and (loc.text, loc.name, loc.country, loc.feature) == (
        written,
        city,
        country,
        "site",
    )
    assert loc.lat is not None and ev.place_rule == f"clause: {written!r} (landmark in {city})"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a landmark used as a name before a noun is not where the act happened
        ("In a White House statement, the president condemned the test.", "condemned"),
        # another country's capitol is not the one in Washington
        ("Protesters rallied at the Texas Capitol against the bill.", "rallied"),
        # "to" places only motion: here its object is the one appealed to
        ("The envoy appealed to Iran to free the sailors.", "appealed"),
        # a topic is not a place
        ("The council imposed new sanctions on Iran.", "imposed"),
        # an origin is not a place
        ("A Texas-based group sued the agency.", "sued"),
    ],
)
def test_event_place_linking_not_a_place(places_coder, annotator, text, trigger):
    ev = place_of(places_coder, annotator, text, trigger)
    loc = ev.location
    assert loc is None or loc.name != "Washington"
    if "Texas Capitol" not in text:
        assert loc is None and (ev.place_rule or "").startswith("none")


def test_event_place_linking_motion_to_a_place(places_coder, annotator):
    ev = place_of(places_coder, annotator, "The envoy travelled to Iran last week.", "travelled")
    assert ev.location is not None and ev.location.text == "Iran"


def test_event_place_linking_recipient_placed_by_in(places_coder, annotator):
    text = "Leaders held a summit in China."
    ev = place_of(places_coder, annotator, text, "summit", recipient=_ref(text, "China", "CHN"))
    assert ev.location is not None and ev.location.text == "China"


def test_event_place_linking_recipient_is_not_the_place(places_coder, annotator):
    text = "The minister accused Iran of lying."
    ev = place_of(places_coder, annotator, text, "accused", recipient=_ref(text, "Iran", "IRN"))
    assert ev.location is None


def test_event_place_linking_governing_clause(places_coder, annotator):
    ev = place_of(places_coder, annotator, "Envoys met in Geneva to discuss the truce.", "discuss")
    assert ev.location is not None and ev.location.text == "Geneva"
    assert ev.place_rule == "governing clause: 'met' at 'Geneva'"


def test_event_place_linking_after_clause_is_not_governed(places_coder, annotator):
    text = "She spoke in Oslo after the rebels had seized the town."
    ev = place_of(places_coder, annotator, text, "seized")
    assert ev.location is None


DATELINE = "BAGHDAD, March 7 (Reuters) - "


@pytest.mark.parametrize(
    ("body", "actor", "code", "fields", "placed"),
    [
        ("Iraqi lawmakers urged calm.", "Iraqi lawmakers", "IRQ", {}, True),
        # an act by another country's actor is not placed where the reporter is
        ("Iranian officials urged calm.", "Iranian officials", "IRN", {}, False),
        # nor a historical, future or background act
        ("Iraqi lawmakers urged calm.", "Iraqi lawmakers", "IRQ", {"aux": ["historical"]}, False),
        ("Iraqi lawmakers urged calm.", "Iraqi lawmakers", "IRQ", {"aux": ["future"]}, False),
        (
            "Iraqi lawmakers urged calm.",
            "Iraqi lawmakers",
            "IRQ",
            {"date_rule": "background: perfect 'had urged'"},
            False,
        ),
        # nor an act dated weeks before the article
        ("Iraqi lawmakers urged calm.", "Iraqi lawmakers", "IRQ", {"date": "2023-02-01"}, False),
        # a joint actor coded as one foreign country but naming the dateline's own
        (
            "The ministers of Jordan and Iraq urged calm.",
            "The ministers of Jordan and Iraq",
            "JOR",
            {},
            True,
        ),
    ],
)
def test_event_place_linking_dateline_only_for_acts_done_there(
    places_coder, annotator, body, actor, code, fields, placed
):
    text = DATELINE + body
    ev = place_of(places_coder, annotator, text, "urged", actor=_ref(text, actor, code), **fields)
    if placed:
        assert ev.location is not None and ev.location.name == "Baghdad"
        assert ev.place_rule == "dateline: 'BAGHDAD'"
    else:
        assert ev.location is None and "dateline not used" in (ev.place_rule or "")
        assert refusal(ev.place_rule) == "dateline"  # what the learned chooser keeps


def test_event_place_linking_landmarks_file():
    rows = read_landmarks()
    assert ("Kremlin", "Moscow", "RUS", []) in rows
    with pytest.raises(ConfigError, match="landmarks.tsv, line 1"):
        read_landmarks("Kremlin\tMoscow\tRussia\n")


@pytest.mark.parametrize(
    ("second", "placed"),
    [
        # the visitor's act on the day of the visit, a sentence on
        ("She met President Ghani on Monday.", True),
        # an act of another day is not placed by the visit
        ("She had met President Ghani in 2019.", False),
    ],
)
def test_event_place_linking_visitor_acts_where_the_visit_took_them(coder, second, placed):
    text = f"The Indian foreign minister visited Kabul on Monday. {second}"
    analysis = coder.code(text, date="2023-03-08")
    (met,) = [e for e in analysis.events if e.trigger.text == "met"]
    if placed:
        assert met.location is not None and met.location.text == "Kabul"
        assert (met.place_rule or "").startswith("visit: 'visited' to 'Kabul'")
    else:
        assert met.location is None


def test_event_place_linking_explain_shows_why(coder):
    from eventwire.formats.table import event_lines

    analysis = coder.code("Envoys met in Geneva on Monday to discuss the truce.", date="2023-03-08")
    lines = "\n".join(event_lines(((analysis, e) for e in analysis.events), explain=True))
    assert "    date: clause: 'Monday'" in lines
    assert "    place: clause: 'Geneva'" in lines
    plain = "\n".join(event_lines((analysis, e) for e in analysis.events))
    assert "place: " not in plain


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a material act at home: the actor's country
        ("Kenyan police detained Kenyan activists.", "detained", "KEN"),
        # whose recipient may be abroad: no guess
        ("Kenyan police detained the activists.", "detained", None),
        # an army's strike happens where its target is, which the text must say
        ("The Russian army struck the city overnight.", "struck", None),
        # a verbal act names no place of its own
        ("Kenyan police accused the activists of lying.", "accused", None),
        # an act on another country's people happens where the text says, not at home
        ("Kenyan police detained Ugandan traders.", "detained", None),
        # with no recipient, nothing tells where a resignation was
        ("The Kenyan interior minister resigned on Monday.", "resigned", None),
        # but a weapons test with none is the actor's own, at home
        ("North Korea conducted a nuclear test on Friday.", "test", "PRK"),
    ],
)
def test_event_place_linking_actor_country_for_material_acts(coder, text, trigger, country):
    analysis = coder.code(text, date="2023-03-08")
    (ev,) = [e for e in analysis.events if e.trigger.text == trigger]
    if country is None:
        assert ev.location is None
    else:
        assert ev.location is not None and ev.location.country == country
        assert (ev.place_rule or "").startswith("actor's country")


@pytest.mark.parametrize(
    ("body", "trigger", "why"),
    [
        # an act not done yet has no place but one its own text names
        ("Iraqi lawmakers must approve the budget.", "approve", "'must'"),
        ("Iraqi lawmakers would approve the budget.", "approve", "'would'"),
        ("Iraqi lawmakers plan to approve the budget.", "approve", "'to approve'"),
        ("Iraqi lawmakers approved the budget.", "approved", None),
    ],
)
def test_event_place_linking_unrealised_acts_take_no_dateline(
    places_coder, annotator, body, trigger, why
):
    text = DATELINE + body
    actor = _ref(text, "Iraqi lawmakers", "IRQ")
    ev = place_of(places_coder, annotator, text, trigger, actor=actor)
    if why is None:
        assert ev.place_rule == "dateline: 'BAGHDAD'"
        assert refusal(ev.place_rule) == "-"
    else:
        assert ev.location is None
        assert ev.place_rule is not None and ev.place_rule.endswith(f"not done yet ({why})")
        assert refusal(ev.place_rule) == "unrealised"  # what the learned chooser keeps


def test_event_place_linking_hypothetical_act_takes_no_dateline(places_coder, annotator):
    text = DATELINE + "Iraqi lawmakers urged calm."
    actor = _ref(text, "Iraqi lawmakers", "IRQ")
    ev = place_of(places_coder, annotator, text, "urged", actor=actor, aux=["hypothetical"])
    assert ev.location is None and (ev.place_rule or "").endswith("a hypothetical act")
    assert refusal(ev.place_rule) == "unrealised"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a participle that shares the act's subject tells where the actor was
        ("Speaking in Denver, the senator accused the governor of lying.", "accused", "Denver"),
        ("Campaigning in Nairobi, the candidate criticised the new tax.", "criticised", "Nairobi"),
        # not one with its own subject or marker ("after leaving Nairobi": elsewhere)
        ("After leaving Nairobi, the envoy praised the new government.", "praised", None),
        ("With troops massing in Ukraine, the envoy praised the talks.", "praised", None),
    ],
)
def test_event_place_linking_participle_adjunct(places_coder, annotator, text, trigger, place):
    ev = place_of(places_coder, annotator, text, trigger)
    if place is None:
        assert ev.location is None
    else:
        assert ev.location is not None and ev.location.name == place
        assert (ev.place_rule or "").startswith("adjunct: ")


@pytest.mark.parametrize(
    ("text", "trigger", "place", "rule"),
    [
        (
            "A toddler was hurt when a stranger attacked the family car in Pasadena.",
            "hurt",
            "Pasadena",
            "occasion: 'when' clause at 'Pasadena'",
        ),
        (
            "The senator criticised the governor while campaigning in Toledo.",
            "criticised",
            "Toledo",
            "occasion: 'while' clause at 'Toledo'",
        ),
        # "after" is a bound, not an occasion: the main act may be elsewhere
        (
            "The envoy protested after the rebels had seized a depot in Aleppo.",
            "protested",
            None,
            None,
        ),
    ],
)
def test_event_place_linking_occasion_clause(places_coder, annotator, text, trigger, place, rule):
    ev = place_of(places_coder, annotator, text, trigger)
    assert (ev.location.text if ev.location else None) == place
    if rule is not None:
        assert ev.place_rule == rule


@pytest.mark.parametrize(
    ("body", "actors", "placed"),
    [
        # a joint act with an actor of the dateline's country may be done where the reporter is
        (
            "Iraqi and Iranian ministers signed a water accord.",
            [("Iraqi", "IRQ"), ("Iranian ministers", "IRN")],
            True,
        ),
        # an act of foreigners alone is not
        (
            "Syrian and Iranian ministers signed a water accord.",
            [("Syrian", "SYR"), ("Iranian ministers", "IRN")],
            False,
        ),
    ],
)
def test_event_place_linking_dateline_joint_act(places_coder, annotator, body, actors, placed):
    text = DATELINE + body
    art = make_article({"id": "t", "text": text, "date": "2023-03-08"})
    ev, _ = code_event(
        places_coder,
        annotator,
        art,
        "signed",
        actor=[_ref(text, word, code) for word, code in actors],
        recipient=[],
    )
    assert (ev.location is not None and ev.location.name == "Baghdad") is placed


@pytest.mark.parametrize(
    ("body", "trigger", "placed"),
    [
        ("Iraqi police accused the gang of extortion.", "accused", True),
        ("Iraqi police detained two smugglers.", "detained", True),
        ("Two smugglers were detained by Iraqi police.", "detained", True),
        ("Iraqi police detained two smugglers and seized their boat.", "seized", True),
        # a standing state or a participle naming a thing is nothing done where the reporter is
        ("The former mayor is accused of taking bribes.", "accused", False),
        ("Two guards are charged with fraud.", "charged", False),
        ("Police arrested two men over killings blamed on the gang.", "blamed", False),
        # a noun, a participle or an infinitive names an act the reporter need not be near
        ("Iraqi police defended the detention of two smugglers.", "detention", False),
        ("The ministry approved the sale, giving the army new rifles.", "giving", False),
        ("Lawmakers objected to being required to testify.", "required", False),
    ],
)
def test_event_place_linking_dateline_only_for_finite_acts(
    places_coder, annotator, body, trigger, placed
):
    ev = place_of(places_coder, annotator, DATELINE + body, trigger)
    assert (ev.location is not None and ev.location.name == "Baghdad") is placed


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW (AP)_ Two ministers signed a grain accord Friday.",
        "MOSCOW (AP) - Two ministers signed a grain accord Friday.",
    ],
)
def test_event_place_linking_wire_dash_dateline(places_coder, annotator, text):
    # old AP wire copy writes the dateline's dash as "_"
    ev = place_of(places_coder, annotator, text, "signed")
    assert ev.location is not None and ev.location.name == "Moscow"
    assert ev.place_rule == "dateline: 'MOSCOW'"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a place inside what the act is about locates that, not the act
        ("He renewed his calls for surveillance of mosques in the United States.", "calls", None),
        # a place the act happens in is kept
        ("The senator made calls for calm in Ohio.", "calls", "Ohio"),
        ("Protesters demonstrated against the dam in Lyon.", "demonstrated", "Lyon"),
    ],
)
def test_event_place_linking_topic_is_not_the_place(places_coder, annotator, text, trigger, place):
    ev = place_of(places_coder, annotator, text, trigger)
    assert (ev.location.text if ev.location else None) == place


@pytest.mark.parametrize(
    ("text", "head", "whom", "trigger", "place"),
    [
        # Lyon names whom the farmer shouted at, not where: neither act takes it
        (
            "The farmer shouted at his Lyon cousins on Sunday, accusing them of theft.",
            "shouted",
            "his Lyon cousins",
            "accusing",
            None,
        ),
        # a recipient that is itself a place ("from Cuba") still places the clause's acts
        (
            "The navy withdrew its ships from Cuba in 1962 but redeployed them in 1970.",
            "withdrew",
            "Cuba",
            "redeployed",
            "Cuba",
        ),
    ],
)
def test_event_place_linking_governing_act_recipient(
    places_coder, annotator, text, head, whom, trigger, place
):
    art = make_article({"id": "t", "text": text, "date": "2023-03-08"})
    doc = places_coder.nlp(text)
    analysis = places_coder.annotate(art, doc)

    def event(eid: str, word: str, recipient: list[ActorRef]) -> Event:
        at = text.index(word)
        return Event(
            eid, "ACCUSE", Span(word, at, at + len(word)), Span(text, 0, len(text)),
            recipient=recipient,
        )  # fmt: skip

    governing = event("ev1", head, [_ref(text, whom)])
    governed = event("ev2", trigger, [_ref(text, "them")])
    analysis.events = [governing, governed]
    annotator(Context(article=art, doc=doc, analysis=analysis, settings=places_coder.settings))
    assert (governed.location.text if governed.location else None) == place


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        # where the actor is said to be is where it acted
        ("Police in Austin, Texas, detained three men.", "Police in Austin, Texas,", "Austin"),
        ("Officials at the Kremlin rejected the offer.", "Officials at the Kremlin", "the Kremlin"),
        # where it comes from is not
        ("Envoys from Canada rejected the offer.", "Envoys from Canada", None),
    ],
)
def test_event_place_linking_actor_is_somewhere(places_coder, annotator, text, actor, place):
    trigger = "detained" if "detained" in text else "rejected"
    ev = place_of(places_coder, annotator, text, trigger, actor=_ref(text, actor))
    assert (ev.location.text if ev.location else None) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a speaker the text places spoke there, and their next acts that day were there too
        (
            "Foreign Minister Ana Silva said in Lisbon on Thursday that talks must resume. "
            "Silva also criticised the blockade.",
            "criticised",
            "Lisbon",
        ),
        # not an act of another day
        (
            "Foreign Minister Ana Silva said in Lisbon on Thursday that talks must resume. "
            "Silva had criticised the blockade in 2019.",
            "criticised",
            None,
        ),
    ],
)
def test_event_place_linking_speaker_place(coder, text, trigger, place):
    events = coder.code(text, date="2023-03-10").events
    (ev,) = [e for e in events if e.trigger.text == trigger]
    assert (ev.location.text if ev.location else None) == place
