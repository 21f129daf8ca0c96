"""The foundation's acceptance check: the seed article through the CLI, as JSON."""

import json

import pytest

from eventwire.cli import main


@pytest.fixture(scope="module")
def out():
    import contextlib
    import io

    from conftest import EXAMPLES

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = main(["code", str(EXAMPLES / "seed-article.jsonl"), "--format", "json"])
    assert rc == 0
    return json.loads(buf.getvalue())


def _entity_of(out, text):
    for ent in out["entities"]:
        # a mention may carry its title: "Fatah Alliance lawmaker Karim Aliwi"
        if any(m["text"] == text or m["text"].endswith(" " + text) for m in ent["mentions"]):
            return ent
    raise AssertionError(f"no entity has a mention {text!r}")


def _has(ent, code, sector):
    return ent["code"] == code and sector in ent["sectors"]


@pytest.mark.parametrize(
    "mention, code, sector",
    [
        ("Karim Aliwi", "IRQ", "LEG"),
        ("Lloyd Austin", "USA", "GOV"),
        ("Mark Milley", "USA", "MIL"),
        ("Syrian Foreign Ministry", "SYR", "GOV"),
        ("Washington", "USA", "GOV"),
    ],
)
def test_seed_must_actors(out, mention, code, sector):
    ent = [e for e in out["entities"] if any(mention in m["text"] for m in e["mentions"])]
    assert ent, f"no entity mentions {mention!r}"
    assert any(_has(e, code, sector) for e in ent), ent


def test_seed_the_alliance_is_an_iraqi_legislative_actor(out):
    ents = [e for e in out["entities"] if any("Alliance" in m["text"] for m in e["mentions"])]
    assert any(_has(e, "IRQ", "LEG") for e in ents)


def test_seed_us_troops_are_usa_mil(out):
    for text in ("US forces", "US troops", "American forces"):
        ents = [e for e in out["entities"] if any(text in m["text"] for m in e["mentions"])]
        assert ents and all(_has(e, "USA", "MIL") for e in ents), (text, ents)


def _events(out, type_, actor_sub):
    return [
        e
        for e in out["events"]
        if e["event"] == type_ and any(actor_sub in a["text"] for a in e["actor"])
    ]


def _actor_mentions(out, ev):
    texts = []
    for a in ev["actor"]:
        texts.append(a["text"])
        ent = next((x for x in out["entities"] if x["id"] == a["entity"]), None)
        if ent:
            texts += [m["text"] for m in ent["mentions"]]
    return " | ".join(texts)


@pytest.mark.parametrize("who", ["Austin", "Milley"])
def test_seed_visits_are_consult_visit(out, who):
    hits = [e for e in out["events"] if e["event"] == "CONSULT" and who in _actor_mentions(out, e)]
    assert hits, [(e["event"], _actor_mentions(out, e)) for e in out["events"]]
    assert any(e["mode"] == "visit" for e in hits)


def test_seed_alliance_request(out):
    hits = [
        e
        for e in out["events"]
        if e["event"] == "REQUEST" and "Alliance" in _actor_mentions(out, e)
    ]
    assert hits


def test_seed_ministry_accuse(out):
    hits = [
        e for e in out["events"] if e["event"] == "ACCUSE" and "Ministry" in _actor_mentions(out, e)
    ]
    assert hits and any(e["actor"][0]["code"] == "SYR" for e in hits)


def test_seed_aliwi_direct_quotes(out):
    aliwi = _entity_of(out, "Karim Aliwi")
    direct = [
        q
        for q in out["quotes"]
        if q["kind"] == "direct" and q["speaker"] and q["speaker"]["entity"] == aliwi["id"]
    ]
    assert len(direct) >= 3


def test_seed_on_tuesday_is_march_7(out):
    assert any(t["text"].endswith("Tuesday") and t["value"] == "2023-03-07" for t in out["times"])
