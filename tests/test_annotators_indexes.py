"""The indexes that replaced whole-article scans give what the scans gave."""

from __future__ import annotations

import pytest

from eventwire.annotators import actors, event_time, token_at
from eventwire.coder import make_article
from eventwire.records import Analysis, Article, Entity

TEXTS = [
    "Police in Calgary arrested two men on Monday after a protest outside the Canadian "
    "embassy. Officials in Ottawa condemned the attack on Tuesday.\n\nThe ministry in "
    "Nairobi said Kenyan troops had left Mombasa a week before the talks. Two days after "
    "the vote, protesters marched in Mombasa again.",
    "German and French ministers met in Lyon on 3 March 2021. They agreed to send aid to "
    "refugees fleeing the war in Liberia.\n\nOn Friday the rebels attacked a convoy near "
    "Monrovia, the army said, and the government in Paris promised an inquiry.",
]


@pytest.fixture(scope="module", params=range(len(TEXTS)))
def coded(request, coder):
    art = make_article(TEXTS[request.param], date="2021-03-10")
    doc = coder.nlp(art.text)
    return art, doc, coder.context(art, doc)


def test_annotators_indexes_place_tokens_match_a_scan(coded):
    _art, doc, ctx = coded
    hits = ctx.memo.once((actors.ActorsAnnotator.hits, doc), list)  # what the annotator found
    assert hits
    hit_at = {i: h for h in hits for i in range(h.start, h.end)}
    for limit in (hit_at, {}):  # every hit (the article) and none (a phrase of its own)
        scanned: dict[int, str] = {}
        for place in ctx.analysis.places:
            if not place.country or place.feature == "country":
                continue
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is not None and not any(t.i in limit for t in span):
                for t in span:
                    scanned[t.i] = place.country
        assert scanned or limit  # the texts name cities
        place_at = actors._PlaceAt(actors._place_tokens(ctx), limit)
        assert dict(place_at) == scanned
        assert all(place_at.get(i) == scanned.get(i) for i in range(len(doc)))


def test_annotators_indexes_event_times_match_a_scan(coded):
    _art, doc, ctx = coded
    times = ctx.analysis.times
    roots = [token_at(doc, t.start, t.end) for t in times]
    near = event_time._Near(doc, times, roots)
    assert ctx.analysis.events
    for ev in ctx.analysis.events:
        trig = token_at(doc, ev.trigger.start, ev.trigger.end)
        assert event_time._attached_time(ev, trig, *near.around(ev, trig)) == (
            event_time._attached_time(ev, trig, times, roots)
        )


def test_annotators_indexes_entity_lookup_follows_the_list():
    a = Analysis(article=Article(id="x", text="t"))
    a.entities = [Entity(id=f"e{k}", name=str(k)) for k in range(5)]
    assert a.entity("e3") is a.entities[3] and a.entity("e9") is None and a.entity(None) is None
    a.entities.append(Entity(id="e9", name="late"))
    assert a.entity("e9") is a.entities[-1]
    a.entities = a.entities[:2]
    assert a.entity("e3") is None and a.entity("e1") is a.entities[1]
    a.entities[1].id = "e7"  # renamed in place
    assert a.entity("e7") is a.entities[1]
