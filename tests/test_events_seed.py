"""The seed article's "must" events (../shared/examples/seed-article.facts.md)."""

from __future__ import annotations

import pytest

from eventwire.annotators.events import explain


def _find(analysis, etype, trigger=None, in_sentence=None, mode=None):
    out = []
    for e in analysis.events:
        if e.event != etype:
            continue
        if trigger and e.trigger.text.lower() != trigger:
            continue
        if in_sentence and in_sentence not in e.sentence.text:
            continue
        if mode and e.mode != mode:
            continue
        out.append(e)
    assert out, f"no {etype} {trigger or ''}: " + "\n".join(explain(e) for e in analysis.events)
    return max(out, key=lambda e: e.confidence)


def _text(refs) -> str:
    return " | ".join(r.text for r in refs)


def _codes(refs) -> set[str]:
    return {r.code for r in refs if r.code}


@pytest.fixture(scope="module")
def resolved(seed_analysis) -> bool:
    """Whether the actors annotator resolves codes (the placeholder resolves none)."""
    return any(e.code for e in seed_analysis.entities)


def test_events_seed_alliance_demands_expulsion(seed_analysis, resolved):
    ev = _find(seed_analysis, "REQUEST", in_sentence="need to expel")
    assert ev.actor and "American troops" in _text(ev.recipient)
    assert "military" in ev.context
    if resolved:
        assert "IRQ" in _codes(ev.actor) and "USA" in _codes(ev.recipient)


def test_events_seed_aliwi_threatens_hypothetically(seed_analysis, resolved):
    ev = _find(seed_analysis, "THREATEN", in_sentence="if this is not done")
    assert "hypothetical" in ev.aux
    assert "Aliwi" in _text(ev.actor) and "Americans" in _text(ev.recipient)
    if resolved:
        assert _codes(ev.actor) == {"IRQ"} and _codes(ev.recipient) == {"USA"}


def test_events_seed_aliwi_urges_parliament(seed_analysis, resolved):
    ev = _find(seed_analysis, "REQUEST", trigger="urged")
    assert "parliament" in _text(ev.recipient)
    if resolved:
        assert _codes(ev.actor) == {"IRQ"} and _codes(ev.recipient) == {"IRQ"}


def test_events_seed_presence_is_accused(seed_analysis, resolved):
    ev = _find(seed_analysis, "ACCUSE", in_sentence="continued presence")
    assert "American forces" in _text(ev.recipient)
    if seed_analysis.quotes:
        assert ev.quote is not None and ev.actor
    if resolved:
        assert _codes(ev.recipient) == {"USA"}


@pytest.mark.parametrize(("who", "place"), [("Austin", "Baghdad"), ("Milley", "Syria")])
def test_events_seed_visits(seed_analysis, resolved, who, place):
    # the visitor by name, or by the entity whose mentions name him
    ids = {ent.id for ent in seed_analysis.entities if any(who in m.text for m in ent.mentions)}
    visits = [
        e
        for e in seed_analysis.events
        if e.event == "CONSULT"
        and e.mode == "visit"
        and (who in _text(e.actor) or any(a.entity in ids for a in e.actor))
    ]
    assert visits, [explain(e) for e in seed_analysis.events]
    assert all(e.cameo == "042" for e in visits)
    assert any(place in _text(e.recipient) for e in visits)
    if resolved:
        assert all(_codes(e.actor) <= {"USA"} for e in visits)


def test_events_seed_ministry_condemns(seed_analysis, resolved):
    ev = _find(seed_analysis, "ACCUSE", trigger="condemned", mode="disapprove")
    assert ev.cameo == "111"
    assert "Syrian Foreign Ministry" in _text(ev.actor)
    assert "American" in _text(ev.recipient)
    if resolved:
        assert _codes(ev.actor) == {"SYR"} and "USA" in _codes(ev.recipient)


def test_events_seed_ministry_calls_on_us_administration(seed_analysis, resolved):
    ev = _find(seed_analysis, "REQUEST", trigger="calling")
    assert "ministry" in _text(ev.actor)
    assert "US administration" in _text(ev.recipient)
    if resolved:
        assert _codes(ev.actor) == {"SYR"} and _codes(ev.recipient) == {"USA"}


def test_events_seed_no_event_from_negated_hesitation(seed_analysis):
    bad = [e for e in seed_analysis.events if "no negligence or hesitation" in e.sentence.text]
    assert bad == [], [explain(e) for e in bad]


def test_events_seed_ids_unique(seed_analysis):
    ids = [e.id for e in seed_analysis.events]
    assert len(ids) == len(set(ids)) and all(i.startswith("ev") for i in ids)


@pytest.mark.parametrize(
    ("etype", "trigger"),
    [
        ("ASSAULT", "invasion"),
        ("RETREAT", "withdrew"),
        ("MOBILIZE", "redeployed"),
        ("REQUEST", "required"),
        ("ASSAULT", "assassination"),
        ("RETREAT", "end"),
    ],
)
def test_events_seed_background_events(seed_analysis, etype, trigger):
    """The "should" events of the article's background paragraphs."""
    ev = _find(seed_analysis, etype, trigger=trigger)
    assert ev.actor
