"""The learned event place chooser (``event_place_learned``): it keeps an act's own place,
does not take the dateline for an act the sentence places elsewhere, lets the rules'
refusals that the guidelines make stand (an unrealised act, a refused dateline, an origin
in the actor's phrase, a verbal act's target), refuses a bad model file by name, leaves
the rules' choice when off, and trains deterministically with its NONE offset and rules'
bonus chosen out of fold under the where-none cap."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_event_place_attach import code_event

from eventwire import Coder
from eventwire.annotators.event_place import EventPlaceAnnotator
from eventwire.annotators.event_place_learned import REFUSALS, refusal, vetoed
from eventwire.coder import make_article
from eventwire.errors import ConfigError
from eventwire.records import ActorRef
from eventwire.settings import Settings
from eventwire.training.event_places import (
    OFFSETS,
    RULE_BONUSES,
    RULE_FEATURES,
    _with_offset,
    choose_offset,
    fit_choice,
    measure,
)


@pytest.fixture(scope="module")
def learned(places_coder: Coder) -> EventPlaceAnnotator:
    return EventPlaceAnnotator(Settings({"event_place_learned": True}))


def _place(
    coder: Coder, annotator: EventPlaceAnnotator, text: str, trigger: str, kind: str, **fields
):
    art = make_article({"id": "t", "text": text, "date": "2023-03-08"})
    event, _ = code_event(coder, annotator, art, trigger, kind=kind, **fields)
    return event


def test_killed_in_a_country_is_placed_there(places_coder, learned):
    text = "Four soldiers were killed in Somalia on Tuesday, the army said."
    event = _place(places_coder, learned, text, "killed", "ASSAULT")
    assert event.location is not None and event.location.country == "SOM"
    # the rules' place stands, with their reason alone
    assert event.place_rule.startswith("clause: ") and "learned" not in event.place_rule


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "actor"),
    [
        # an act not done yet keeps no place, the dateline's least of all
        (
            "ACCRA (Reuters) - Ghanaian lawmakers must approve the budget before June.",
            "approve",
            "SUPPORT",
            "Ghanaian lawmakers",
        ),
        # the origin in the actor's phrase is not where the act was done
        (
            "A Lagos-based rights group sued the transport agency on Monday.",
            "sued",
            "ACCUSE",
            "A Lagos-based rights group",
        ),
    ],
)
def test_the_rules_refusals_stand(places_coder, learned, text, trigger, kind, actor):
    start = text.index(actor)
    ref = ActorRef(actor, start, start + len(actor))
    event = _place(places_coder, learned, text, trigger, kind, actor=[ref])
    assert event.location is None, event.place_rule


def test_a_verbal_acts_target_is_vetoed_but_a_material_acts_is_not():
    base = ["type=X", "level=city", "src=sentence", "in_recipient"]
    assert vetoed([*base, "class=verbal"]) and not vetoed([*base, "class=material"])
    assert vetoed(["src=sentence", "in_actor", "class=material"])
    assert not vetoed(["src=rule", "src=sentence", "in_actor"])  # the rules chose it
    assert vetoed(["src=dateline", "refused=dateline"]) and not vetoed(["src=dateline"])
    assert vetoed(["src=before", "refused=unrealised"]) and not vetoed(["none"])


@pytest.mark.parametrize(("words", "kind"), sorted(REFUSALS.items()))
def test_each_refusal_reason_maps_to_its_refusal(words, kind):
    # the rules write these words (event_place imports them): a reworded reason changes here
    assert refusal(f"none: no place in the event's clause; {words} (why)") == kind
    assert refusal(f"none: {words}") == kind
    assert refusal(f"dateline: {words}") == "-"  # a place the rules gave is no refusal


def test_refusal_reads_the_rules_reason():
    assert refusal("none: no place in the event's clause; an act not done yet ('must')") == (
        "unrealised"
    )
    assert refusal("none: no place in the event's clause; a hypothetical act") == "unrealised"
    why = "none: no place in the event's clause; dateline not used (a historical or future act)"
    assert refusal(why) == "dateline"
    assert refusal("none: no place in the event's clause") == "-"
    assert refusal("dateline: 'KUMASI'") == "-" and refusal(None) == "-"


def test_dateline_is_not_the_place_of_an_act_placed_elsewhere(places_coder, learned):
    text = (
        "NAIROBI, March 8 (Reuters) - Gunmen attacked a market in Mogadishu on Tuesday, "
        "killing six people, police said."
    )
    event = _place(places_coder, learned, text, "attacked", "ASSAULT")
    assert event.location is not None
    assert event.location.name == "Mogadishu"


def test_off_leaves_the_rules_choice(places_coder):
    annotator = EventPlaceAnnotator(Settings({"event_place_learned": False}))
    assert annotator.chooser is None
    text = "Four soldiers were killed in Somalia on Tuesday, the army said."
    event = _place(places_coder, annotator, text, "killed", "ASSAULT")
    assert event.place_rule and not event.place_rule.startswith("learned")


@pytest.mark.parametrize("content", [None, "not json", '{"weights": 3}'])
def test_a_bad_model_file_is_a_config_error_naming_it(tmp_path: Path, content: str | None):
    path = tmp_path / "places-model.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="places-model.json"):
        EventPlaceAnnotator(Settings({"event_place_learned": True, "event_place_model": str(path)}))


def _fixture_rows() -> tuple[list, list]:
    """Three invented articles' candidates: a place linked to the trigger is right, the
    dateline is right for none of them, NONE is right where the gold gives no place."""
    rows, groups = [], []
    number = 0
    for aid in ("a1", "a2", "a3", "a4", "a5", "a6"):
        for has_place in (True, False):
            groups.append((aid, number, has_place, 1))
            rows.append((aid, number, ["none", "none&class=material"], int(not has_place)))
            rows.append((aid, number, ["src=dateline", "level=city"], 0))
            rows.append(
                (aid, number, ["src=sentence", "link=trigger", "level=country"], int(has_place))
            )
            number += 1
    return rows, groups


def test_training_on_a_tiny_fixture_is_deterministic():
    rows, groups = _fixture_rows()
    first = fit_choice(rows, l2=1.0, min_count=1)
    again = fit_choice(rows, l2=1.0, min_count=1)
    assert json.dumps(first, sort_keys=True) == json.dumps(again, sort_keys=True)
    assert first["weights"]["link=trigger"] > 0 > first["weights"]["src=dateline"]
    assert choose_offset(rows, groups, 1.0, 1) == choose_offset(rows, groups, 1.0, 1)
    rules = measure(rows, groups, None)
    assert rules["place_right_n"] == "0/6" and rules["place_where_none_n"] == "6/6"


def test_the_offsets_are_chosen_under_the_where_none_cap():
    rows, groups = _fixture_rows()
    (offset, bonus), table = choose_offset(rows, groups, 1.0, 1, folds=2, max_where_none=0.5)
    assert offset in OFFSETS and bonus in RULE_BONUSES
    assert len(table) == len(OFFSETS) * len(RULE_BONUSES)
    chosen = next(t for t in table if (t["offset"], t["rule_bonus"]) == (offset, bonus))
    assert chosen["place_where_none"] <= 0.5
    allowed = [t for t in table if t["place_where_none"] <= 0.5]
    assert chosen["net"] == max(t["net"] for t in allowed)


def test_the_rules_bonus_is_added_to_their_choice():
    model = {"bias": 0.0, "weights": {"none": 0.5, "src=rule": 0.25}}
    moved = _with_offset(model, -0.5, 0.25)
    assert moved["weights"]["none"] == 0.0
    assert all(moved["weights"][f] == model["weights"].get(f, 0.0) + 0.25 for f in RULE_FEATURES)
    assert _with_offset(model, 0.0) == model
