import json

from helpers import sample_analysis

from eventwire.records import Analysis


def test_records_roundtrip_json_is_lossless():
    a = sample_analysis()
    again = Analysis.from_json(a.to_json(), text=a.article.text)
    assert again == a
    assert json.loads(again.to_json()) == json.loads(a.to_json())


def test_records_offsets_point_at_their_text():
    a = sample_analysis()
    text = a.article.text
    spans = [m for e in a.entities for m in e.mentions] + a.times + a.places
    spans += [a.events[0].trigger, *a.events[0].actor, *a.events[0].recipient]
    for s in spans:
        assert text[s.start : s.end] == s.text


def test_records_json_contract_field_names():
    d = sample_analysis().to_dict()
    assert set(d["article"]) >= {"id", "date", "title", "source", "url", "language"}
    assert set(d["entities"][0]) >= {"id", "name", "code", "sectors", "kind", "mentions"}
    assert set(d["entities"][0]["mentions"][0]) >= {"text", "start", "end"}
    ev = d["events"][0]
    assert set(ev) >= {
        "id",
        "event",
        "mode",
        "context",
        "aux",
        "actor",
        "recipient",
        "date",
        "location",
        "cameo",
        "trigger",
        "sentence",
        "confidence",
    }
    assert set(ev["actor"][0]) >= {"entity", "code", "sectors", "text", "start", "end"}
    q = d["quotes"][0]
    assert set(q) >= {"id", "kind", "speaker", "cue", "content"}
    assert set(q["speaker"]) >= {"text", "start", "end", "entity"}
    assert set(d["times"][0]) >= {"text", "start", "end", "type", "value"}
    assert set(d["places"][0]) >= {
        "text",
        "start",
        "end",
        "name",
        "lat",
        "lon",
        "country",
        "geonameid",
        "feature",
    }
    assert set(d["claims"][0]) >= {"kind", "text", "start", "end"}
