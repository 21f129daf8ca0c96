"""Harm by nature or accident is no attack; violent political acts still are.

Measured on our own breadth check (tests/data/disaster/, invented sentences in the
phrasings of wire news): disaster, accident and crime look-alike sentences must code no
violent act, violent political acts must code one, and the rates are pinned in
tests/floors/disaster.json.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data" / "disaster"
FLOORS = json.loads((Path(__file__).parent / "floors" / "disaster.json").read_text())
VIOLENT = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN"})

# sentences the rules do not yet read right: strict, so a fix shows up as a failure to
# move the sentence out of this list
KNOWN_COERCED = {
    # "jet" is a word of violence ("jets struck the depot")
    "All 132 people on board were killed when the passenger jet crashed into a hillside.",
}
KNOWN_COERCED_SNIPPETS = {
    # an explosion with no accident word beside it may be a bomb's
    "A powerful explosion tore through a chemical warehouse at the port. The blast was "
    "heard 20 kilometres away. Officials said 14 people were killed and the cause was "
    "being investigated.",
    # an arrest of a pronoun ("he has been arrested") is not traced to the owner it names
    "An explosion at an illegal fireworks factory killed nine people on Saturday. "
    "Police said the owner had been storing explosives in a residential area. He has "
    "been arrested.",
    # an explosion with no accident word beside it may be a bomb's
    "A powerful explosion hit a gas station in the capital, killing 12 people and "
    "injuring dozens. Witnesses said a tanker was unloading fuel when the blast "
    "occurred. The cause of the explosion is being investigated.",
    # gas that "built up" is read as a military build-up
    "The toll from the mine blast rose to 23 on Wednesday. Rescuers said methane had "
    "built up in the shaft. The mining company's chief executive was summoned by "
    "police.",
}
KNOWN_COERCED_HELD_OUT: set[str] = set()
# the regional-press snippets' check half still coded with a violent act (seen once, when
# the check half was measured after the material-acts rules; no rule was made from them)
KNOWN_COERCED_REGIONAL_PRESS = {
    # excise raids and liquor seized after a hooch tragedy read as a raid and a seizure
    "The toll in the hooch tragedy in Saran rose to 19 on Thursday. Excise officials "
    "raided several villages and seized 600 litres of country liquor. Doctors said "
    "several patients had lost their eyesight.",
}
KNOWN_MISSED_HELD_OUT = {
    "Gunmen on motorbikes sprayed a crowded cafe with bullets, leaving 9 people dead.",
}
KNOWN_MISSED: set[str] = set()


def _sentences(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


QUIET = _sentences("no-violence.txt")
VIOLENCE = _sentences("violence.txt")
QUIET_SNIPPETS = _sentences("snippets-no-violence.txt")
VIOLENCE_SNIPPETS = _sentences("snippets-violence.txt")
QUIET_REGIONAL_SNIPPETS = _sentences("snippets-regional-no-violence.txt")
QUIET_HELD_OUT = _sentences("held-out-no-violence.txt")
VIOLENCE_HELD_OUT = _sentences("held-out-violence.txt")
# written before any rule of the disaster stop of issue 16 (README.md there)
QUIET_HELD_OUT_SNIPPETS = _sentences("held-out-snippets-no-violence.txt")
VIOLENCE_HELD_OUT_SNIPPETS = _sentences("held-out-snippets-violence.txt")
# written before any rule of the material-acts stop of issues 24 and 16 (README.md there)
QUIET_REGIONAL_PRESS = _sentences("regional-press-no-violence.txt")
VIOLENCE_REGIONAL_PRESS = _sentences("regional-press-violence.txt")
# written before any rule of issue 16's halves stop (README.md there); only the tune
# half's snippets are tested one by one: the check half is scored, never read
QUIET_FRESH_PRESS = _sentences("fresh-press-no-violence.txt")
VIOLENCE_FRESH_PRESS = _sentences("fresh-press-violence.txt")
# a second batch written after the stop's rule and used to make none
QUIET_FRESH_PRESS_2 = _sentences("fresh-press-no-violence-2.txt")
# a third batch written before any rule of the disaster5 stop and used to make none there;
# the material5 stop read both halves and made rules from their misses by class
QUIET_FRESH_PRESS_3 = _sentences("fresh-press-3-no-violence.txt")
VIOLENCE_FRESH_PRESS_3 = _sentences("fresh-press-3-violence.txt")
# a fourth batch in a mix of regions and registers, written before any rule of the
# material5 stop: rules were made from the tune half's misses only; the check half is
# scored, never tested one by one or read
QUIET_FRESH_PRESS_4 = _sentences("fresh-press-4-no-violence.txt")
VIOLENCE_FRESH_PRESS_4 = _sentences("fresh-press-4-violence.txt")
# (the disaster7 stop then read the check half too and made rules from its misses by
# class: both halves are tested one by one)
# a fifth batch in the phrasings of Southeast and Central Asian, Eastern European, Pacific,
# Caribbean, Nordic, East and West African press and of six wires, written before any rule
# of the disaster7 stop and measured once: held out, both halves scored only, never read
QUIET_FRESH_PRESS_5 = _sentences("fresh-press-5-no-violence.txt")
VIOLENCE_FRESH_PRESS_5 = _sentences("fresh-press-5-violence.txt")

# a casualty that is the predicate of a toll verb's object ("leaving four injured") is
# the act of the toll verb's subject: a vehicle's crash, no attack (written for the rule)
TOLL_PREDICATE_QUIET = [
    "A speeding truck rammed a row of parked scooters, leaving three bystanders injured.",
    "A private bus hit a tractor near the flyover, leaving eleven passengers injured.",
    "A speeding car rammed into a tractor, leaving four injured.",
    "A runaway lorry mowed down pedestrians at the weekly market, leaving two dead and "
    "nine injured.",
    "A tram struck a delivery van in the city centre, leaving both drivers wounded.",
]
TOLL_PREDICATE_VIOLENCE = [
    "Militants attacked the checkpoint at dawn, leaving two policemen injured.",
    "A gunman opened fire in the mall, leaving six shoppers wounded.",
    "The army shelled the village, leaving eleven civilians injured.",
]

# the disaster7 stop's classes (written for the rules): animals rounded up in the passive,
# explosions at works (mills, refineries), forces fighting a fire beside its toll, and
# falls at work ("killed when a beam fell")
MATERIAL7_QUIET = [
    "A trailer of pigs jack-knifed on the bypass. Officers shut two lanes while the pigs "
    "were rounded up.",
    "Stray cattle were rounded up by council staff after they wandered onto the runway.",
    "A dust explosion at a flour mill set the main silo ablaze.",
    "A blast at an oil refinery killed two contractors on Tuesday.",
    "A grass fire forced the evacuation of two villages. Firefighters and army helicopters "
    "fought the flames until dawn. Eleven homes were destroyed.",
    "A scaffolder was killed when a steel beam fell from the crane.",
    "A window cleaner was killed after he fell from the ninth floor of an office block.",
    "A porter was injured when he slipped on the icy platform.",
]
MATERIAL7_VIOLENCE = [
    "Police said scores of opposition supporters were rounded up overnight.",
    "A bomb blast at a sugar mill killed six guards.",
    "Troops stormed the village at dawn. Eleven homes were destroyed.",
    "Two soldiers were killed when their convoy fell into an ambush.",
    "Three guards were killed when militants fell upon the camp.",
]


@cache
def _violent_events(coder: Any, text: str) -> tuple[str, ...]:
    events = coder.code(text, date="2024-03-08").events
    return tuple(
        f"{e.event} '{e.trigger.text}'"
        for e in events
        if e.event in VIOLENT and "negation" not in e.aux
    )


def _marked(texts: list[str], known: set[str]) -> list[Any]:
    return [
        pytest.param(t, marks=pytest.mark.xfail(strict=True, reason="known miss"))
        if t in known
        else t
        for t in texts
    ]


def test_event_constructions_disasters_data_is_broad() -> None:
    assert len(QUIET) >= 150 and len(VIOLENCE) >= 80
    assert len(QUIET_HELD_OUT_SNIPPETS) + len(VIOLENCE_HELD_OUT_SNIPPETS) >= 60
    assert len(set(QUIET)) == len(QUIET) and len(set(VIOLENCE)) == len(VIOLENCE)
    assert KNOWN_COERCED <= set(QUIET) and KNOWN_MISSED <= set(VIOLENCE)
    assert KNOWN_COERCED_SNIPPETS <= set(QUIET_SNIPPETS) | set(QUIET_REGIONAL_SNIPPETS)
    assert KNOWN_COERCED_HELD_OUT <= set(QUIET_HELD_OUT)
    assert KNOWN_MISSED_HELD_OUT <= set(VIOLENCE_HELD_OUT)
    assert len(QUIET_REGIONAL_PRESS) + len(VIOLENCE_REGIONAL_PRESS) >= 40
    assert KNOWN_COERCED_REGIONAL_PRESS <= set(QUIET_REGIONAL_PRESS)


@pytest.mark.parametrize("text", _marked(QUIET, KNOWN_COERCED))
def test_event_constructions_disasters_no_violent_act(coder, text: str) -> None:
    assert _violent_events(coder, text) == ()


@pytest.mark.parametrize("text", _marked(VIOLENCE, KNOWN_MISSED))
def test_event_constructions_disasters_violent_act_coded(coder, text: str) -> None:
    assert _violent_events(coder, text) != ()


@pytest.mark.parametrize(
    "text", _marked(QUIET_SNIPPETS + QUIET_REGIONAL_SNIPPETS, KNOWN_COERCED_SNIPPETS)
)
def test_event_constructions_disasters_snippet_no_violent_act(coder, text: str) -> None:
    assert _violent_events(coder, text) == ()


@pytest.mark.parametrize("text", VIOLENCE_SNIPPETS)
def test_event_constructions_disasters_snippet_violent_act_coded(coder, text: str) -> None:
    assert _violent_events(coder, text) != ()


@pytest.mark.parametrize("text", _marked(QUIET_HELD_OUT, KNOWN_COERCED_HELD_OUT))
def test_event_constructions_disasters_held_out_no_violent_act(coder, text: str) -> None:
    assert _violent_events(coder, text) == ()


@pytest.mark.parametrize("text", _marked(VIOLENCE_HELD_OUT, KNOWN_MISSED_HELD_OUT))
def test_event_constructions_disasters_held_out_violent_act_coded(coder, text: str) -> None:
    assert _violent_events(coder, text) != ()


@pytest.mark.parametrize("text", QUIET_HELD_OUT_SNIPPETS)
def test_event_constructions_disasters_held_out_snippet_no_violent_act(coder, text: str) -> None:
    assert _violent_events(coder, text) == ()


@pytest.mark.parametrize("text", VIOLENCE_HELD_OUT_SNIPPETS)
def test_event_constructions_disasters_held_out_snippet_violent_act_coded(coder, text: str) -> None:
    assert _violent_events(coder, text) != ()


@pytest.mark.parametrize(
    ("quiet", "violence", "floors"),
    [
        (QUIET, VIOLENCE, FLOORS["sentences"]),
        (QUIET_SNIPPETS, VIOLENCE_SNIPPETS, FLOORS["snippets"]),
        (QUIET_HELD_OUT, VIOLENCE_HELD_OUT, FLOORS["held_out"]),
        (QUIET_HELD_OUT_SNIPPETS, VIOLENCE_HELD_OUT_SNIPPETS, FLOORS["held_out_snippets"]),
    ],
    ids=["sentences", "snippets", "held_out", "held_out_snippets"],
)
def test_event_constructions_disasters_floors(
    coder, quiet: list[str], violence: list[str], floors: dict[str, float]
) -> None:
    coerced = sum(bool(_violent_events(coder, t)) for t in quiet)
    found = sum(bool(_violent_events(coder, t)) for t in violence)
    measured = {
        "clean": round(1 - coerced / len(quiet), 3),
        "recall": round(found / len(violence), 3),
        "precision": round(found / (found + coerced), 3),
    }
    for key, value in measured.items():
        assert value >= floors[key], (key, measured)


def test_event_constructions_disasters_regional_snippets_floor(coder) -> None:
    coerced = sum(bool(_violent_events(coder, t)) for t in QUIET_REGIONAL_SNIPPETS)
    clean = round(1 - coerced / len(QUIET_REGIONAL_SNIPPETS), 3)
    assert clean >= FLOORS["regional_snippets"]["clean"], clean


@pytest.mark.parametrize("text", _marked(QUIET_REGIONAL_PRESS, KNOWN_COERCED_REGIONAL_PRESS))
def test_event_constructions_disasters_regional_press_no_violent_act(coder, text: str) -> None:
    assert _violent_events(coder, text) == ()


@pytest.mark.parametrize("text", VIOLENCE_REGIONAL_PRESS)
def test_event_constructions_disasters_regional_press_violent_act_coded(coder, text: str) -> None:
    assert _violent_events(coder, text) != ()


@pytest.mark.parametrize("which", ["tune", "check"])
def test_event_constructions_disasters_regional_press_floors(coder, which: str) -> None:
    """Each hash half of the regional-press snippets (``evaluation.split.half`` of the
    text) keeps its floor: rules were made from the tune half's misses only."""
    _assert_batch_floors(
        coder, "regional_press", QUIET_REGIONAL_PRESS, VIOLENCE_REGIONAL_PRESS, which
    )


@pytest.mark.parametrize("text", TOLL_PREDICATE_QUIET)
def test_event_constructions_disasters_toll_predicate_no_violent_act(coder, text: str) -> None:
    assert _violent_events(coder, text) == ()


@pytest.mark.parametrize("text", TOLL_PREDICATE_VIOLENCE)
def test_event_constructions_disasters_toll_predicate_violent_act_coded(coder, text: str) -> None:
    assert _violent_events(coder, text) != ()


def _tune(texts: list[str]) -> list[str]:
    from eventwire.evaluation.split import half

    return [t for t in texts if half(t) == "tune"]


@pytest.mark.parametrize("text", _tune(QUIET_FRESH_PRESS))
def test_event_constructions_disasters_fresh_press_no_violent_act(coder, text: str) -> None:
    assert _violent_events(coder, text) == ()


@pytest.mark.parametrize("text", _tune(VIOLENCE_FRESH_PRESS))
def test_event_constructions_disasters_fresh_press_violent_act_coded(coder, text: str) -> None:
    assert _violent_events(coder, text) != ()


@pytest.mark.parametrize("which", ["tune", "check"])
def test_event_constructions_disasters_fresh_press_floors(coder, which: str) -> None:
    """Each hash half of the fresh regional-press snippets keeps its floor; the check
    half is scored only (its snippets are never tested, printed or read one by one)."""
    from eventwire.evaluation.split import half

    assert len(QUIET_FRESH_PRESS) + len(VIOLENCE_FRESH_PRESS) >= 40
    quiet = [t for t in QUIET_FRESH_PRESS if half(t) == which]
    violence = [t for t in VIOLENCE_FRESH_PRESS if half(t) == which]
    coerced = sum(bool(_violent_events(coder, t)) for t in quiet)
    found = sum(bool(_violent_events(coder, t)) for t in violence)
    measured = {
        "clean": round(1 - coerced / len(quiet), 3),
        "recall": round(found / len(violence), 3),
        "precision": round(found / (found + coerced), 3),
    }
    for key, value in measured.items():
        assert value >= FLOORS["fresh_press"][which][key], (key, measured)


@pytest.mark.parametrize("which", ["tune", "check"])
def test_event_constructions_disasters_fresh_press_2_floor(coder, which: str) -> None:
    """The second batch's halves keep their clean floors (scored only, never read)."""
    from eventwire.evaluation.split import half

    quiet = [t for t in QUIET_FRESH_PRESS_2 if half(t) == which]
    clean = round(1 - sum(bool(_violent_events(coder, t)) for t in quiet) / len(quiet), 3)
    assert clean >= FLOORS["fresh_press_2"][which]["clean"], clean


@pytest.mark.parametrize("which", ["tune", "check"])
def test_event_constructions_disasters_fresh_press_3_floors(coder, which: str) -> None:
    """The third batch's halves keep their floors (read by the material5 stop)."""
    _assert_batch_floors(coder, "fresh_press_3", QUIET_FRESH_PRESS_3, VIOLENCE_FRESH_PRESS_3, which)


@pytest.mark.parametrize("which", ["tune", "check"])
def test_event_constructions_disasters_fresh_press_4_floors(coder, which: str) -> None:
    """The fourth batch's halves keep their floors (both read by the disaster7 stop)."""
    _assert_batch_floors(coder, "fresh_press_4", QUIET_FRESH_PRESS_4, VIOLENCE_FRESH_PRESS_4, which)


@pytest.mark.parametrize("text", QUIET_FRESH_PRESS_4)
def test_event_constructions_disasters_fresh_press_4_no_violent_act(coder, text: str) -> None:
    assert _violent_events(coder, text) == ()


@pytest.mark.parametrize("text", VIOLENCE_FRESH_PRESS_4)
def test_event_constructions_disasters_fresh_press_4_violent_act_coded(coder, text: str) -> None:
    assert _violent_events(coder, text) != ()


@pytest.mark.parametrize("which", ["tune", "check"])
def test_event_constructions_disasters_fresh_press_5_floors(coder, which: str) -> None:
    """The fifth batch's halves keep their floors; both are held out, scored only (their
    snippets are never tested, printed or read one by one)."""
    _assert_batch_floors(coder, "fresh_press_5", QUIET_FRESH_PRESS_5, VIOLENCE_FRESH_PRESS_5, which)


@pytest.mark.parametrize("text", MATERIAL7_QUIET)
def test_event_constructions_disasters_material7_no_violent_act(coder, text: str) -> None:
    assert _violent_events(coder, text) == ()


@pytest.mark.parametrize("text", MATERIAL7_VIOLENCE)
def test_event_constructions_disasters_material7_violent_act_coded(coder, text: str) -> None:
    assert _violent_events(coder, text) != ()


def _assert_batch_floors(
    coder: Any, name: str, all_quiet: list[str], all_violence: list[str], which: str
) -> None:
    """One batch's half keeps its floors of clean, recall and precision."""
    from eventwire.evaluation.split import half

    assert len(all_quiet) >= 30 and len(all_violence) >= 15
    quiet = [t for t in all_quiet if half(t) == which]
    violence = [t for t in all_violence if half(t) == which]
    coerced = sum(bool(_violent_events(coder, t)) for t in quiet)
    found = sum(bool(_violent_events(coder, t)) for t in violence)
    measured = {
        "clean": round(1 - coerced / len(quiet), 3),
        "recall": round(found / len(violence), 3),
        "precision": round(found / (found + coerced), 3),
    }
    for key, value in measured.items():
        assert value >= FLOORS[name][which][key], (key, measured)
