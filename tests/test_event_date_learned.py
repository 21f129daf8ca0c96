"""The learned event date chooser (annotator event_date_learned, issue 25), on sentences
written for these tests with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.annotators.event_date_learned import (
    Candidate,
    DateModel,
    candidates,
    choose,
    load_model,
    prepared_times,
    told_sentences,
)
from eventwire.errors import ConfigError

# a Monday
ARTICLE_DATE = "2024-03-11"


@pytest.fixture(scope="module")
def learned(coder):
    from eventwire import Coder

    return Coder({"event_date_learned": True})


@pytest.fixture(scope="module")
def rules_dates(coder):
    from eventwire import Coder

    return Coder({"event_date_learned": False})


def _events(c, text: str):
    return c.code(text, date=ARTICLE_DATE).events


def _choices(c, text: str) -> list[tuple[str | None, str]]:
    """The packaged model's date for each event of ``text`` among its candidates, and the
    candidate's source."""
    ctx = c.code_context(text, date=ARTICLE_DATE)
    times, roots, article_date = prepared_times(ctx)
    model = load_model()
    out = []
    for ev in ctx.analysis.events:
        best, _ = choose(model, candidates(ev, ctx.doc, times, roots, article_date))
        out.append((best.dated[0], best.source))
    return out


def test_a_weekday_in_the_clause_beats_the_article_date(learned):
    text = "On Friday, the foreign minister of Freedonia condemned the rebels."
    events = _events(learned, text)
    assert events
    assert all(ev.date == "2024-03-08" for ev in events), [(ev.date, ev.date_rule) for ev in events]
    chosen = _choices(learned, text)
    assert chosen and all(date == "2024-03-08" for date, _ in chosen), chosen


def test_an_act_in_a_past_year_of_a_former_official_keeps_that_year(learned):
    text = "The former defence minister of Freedonia signed an arms deal with Ruritania in 2009."
    events = _events(learned, text)
    assert events
    assert all(ev.date == "2009" for ev in events), [(ev.date, ev.date_rule) for ev in events]
    assert all(ev.date_precision == "year" for ev in events)
    assert all(ev.date_start == "2009-01-01" and ev.date_end == "2009-12-31" for ev in events)
    assert all(date == "2009" for date, _ in _choices(learned, text))


def test_the_setting_off_leaves_the_rules_choice(rules_dates):
    text = "On Friday, the foreign minister of Freedonia condemned the rebels."
    events = _events(rules_dates, text)
    assert events
    assert not any((ev.date_rule or "").startswith("learned") for ev in events)


def test_a_bad_model_file_is_a_config_error_naming_it(tmp_path):
    bad = tmp_path / "dates-model.json"
    bad.write_text('{"not weights": 1}', encoding="utf-8")
    with pytest.raises(ConfigError, match="dates-model.json"):
        load_model(str(bad))
    with pytest.raises(ConfigError, match="missing-model.json"):
        load_model(str(tmp_path / "missing-model.json"))


def test_a_bad_model_file_stops_the_coder(tmp_path, coder):
    from eventwire import Coder

    bad = tmp_path / "broken.json"
    bad.write_text("not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="broken.json"):
        Coder({"event_date_learned": True, "event_date_learned_model": str(bad)})


def _cands() -> list[Candidate]:
    rules = Candidate("rules", ("2024-03-11", "day", "2024-03-11", "2024-03-11"), "", ["rules"])
    other = Candidate("timex", ("2024-03-08", "day", "2024-03-08", "2024-03-08"), "", ["timex"])
    return [rules, other]


def test_the_rules_keep_their_date_unless_beaten_by_the_margin():
    # softmax shares: about 0.52 against 0.48, a lead under the margin
    close = DateModel({"timex": 0.1}, margin=0.3)
    assert choose(close, _cands())[0].source == "rules"
    clear = DateModel({"timex": 2.0}, margin=0.3)
    best, share = choose(clear, _cands())
    assert best.source == "timex" and share > 0.8


def test_a_fallback_date_yields_to_the_model_without_the_margin():
    model = DateModel({"timex": 0.1}, margin=0.3, fallback_margin=0.0)
    # the rules' date came from the text: a lead under the margin leaves it
    assert choose(model, _cands())[0].source == "rules"
    # the rules only fell back to the article date: the model's best stands
    fallback = _cands()
    fallback[0].rules_fallback = True
    assert choose(model, fallback)[0].source == "timex"
    # the mark is the rules' candidate's, not a feature: the scores are those of the model
    assert [c.feats for c in fallback] == [c.feats for c in _cands()]


def test_only_an_event_nothing_dates_is_marked_as_a_fallback(rules_dates):
    marks = {}
    for text in (
        "The mayor of Ostravia condemned the port tax.",
        "In 2019, the harbour board rejected the port tax.",
    ):
        ctx = rules_dates.code_context(text, date=ARTICLE_DATE)
        times, roots, article_date = prepared_times(ctx)
        for ev in ctx.analysis.events:
            cands = candidates(ev, ctx.doc, times, roots, article_date)
            marks[ev.trigger.text] = cands[0].rules_fallback
            assert not any(c.rules_fallback for c in cands[1:])
            assert not any("fallback" in f for c in cands for f in c.feats)
    assert marks.get("rejected") is False, marks
    assert marks.get("condemned") is True, marks


def test_a_model_file_without_a_fallback_margin_uses_its_margin(tmp_path):
    path = tmp_path / "old.json"
    path.write_text('{"weights": {"timex": 1.0}, "margin": 0.3}', encoding="utf-8")
    assert load_model(str(path)).fallback_margin == 0.3


def test_the_packaged_model_loads():
    model = load_model()
    assert model.weights and 0.0 <= model.margin < 1.0


def _groups() -> list:
    # three invented events: (article id, [(features, label, date)], gold has a date, the
    # rules' date is a fallback)
    return [
        [
            "a1",
            [[["rules", "chosen"], 0, "2024-03-11"], [["timex", "attach=clause"], 1, "2024-03-08"]],
            True,
            False,
        ],
        [
            "a2",
            [[["rules", "chosen"], 1, "2024-03"], [["article_eve"], 0, "2024-03-10"]],
            True,
            False,
        ],
        ["a3", [[["rules", "chosen"], 0, "2024-03-11"], [["unknown"], 1, None]], False, True],
    ]


def test_training_on_a_tiny_fixture_is_deterministic(tmp_path):
    from eventwire.training import write_cache
    from eventwire.training.event_dates import ROWS_KEY, main

    rows = tmp_path / "rows.json"
    write_cache(rows, [Path("none")], _groups(), ROWS_KEY)
    outs = []
    for n in (1, 2):
        out = tmp_path / f"model{n}.json"
        args = [
            "--labels",
            "none",
            "--rows",
            str(rows),
            "--out",
            str(out),
            "--undated",
            "1",
            "--half",
            "all",
        ]
        assert main([*args, "--l2", "1"]) == 0
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1]
    model = load_model(str(tmp_path / "model1.json"))
    assert model.score(["timex", "attach=clause"]) > model.score(["rules", "chosen"])


def test_the_cross_validated_fallback_margin_takes_the_larger_on_a_tie():
    from eventwire.training.event_dates import best_margin

    assert best_margin({0.0: 170, 0.05: 172, 0.1: 172, 0.3: 160}) == 0.1
    assert best_margin({0.0: 175, 0.1: 172}) == 0.0


def test_the_trainer_chooses_the_fallback_margin_by_cross_validation(tmp_path):
    import json

    from eventwire.evaluation.split import half
    from eventwire.training import write_cache
    from eventwire.training.event_dates import ROWS_KEY, main

    groups = [[f"t{n}", *g[1:]] for n, g in enumerate(_groups() * 4)]
    groups = [g for g in groups if half(g[0]) == "tune"]
    rows = tmp_path / "rows.json"
    write_cache(rows, [Path("none")], groups, ROWS_KEY)
    out = tmp_path / "model.json"
    args = ["--labels", "none", "--rows", str(rows), "--out", str(out), "--half", "tune"]
    assert main([*args, "--undated", "1", "--cv-fallback-margins", "0.2", "0.6"]) == 0
    # both margins get as many events right here: the tie goes to the larger
    assert json.loads(out.read_text(encoding="utf-8"))["fallback_margin"] == 0.6


def test_within_reach_counts_dated_events_with_a_right_candidate():
    from eventwire.training.event_dates import within_reach

    groups = _groups()
    groups.append(
        ["a4", [[["rules", "chosen"], 0, "2024-03-11"], [["unknown"], 0, None]], True, False]
    )
    # a1 and a2 have a right candidate, a4 none; a3's gold has no date and is not counted
    assert within_reach(groups) == (2, 3)


def test_a_learned_date_sets_its_precision_range_modes_and_rule():
    from eventwire.annotators.event_date_learned import apply
    from eventwire.records import Event, Span

    ev = Event(
        id="ev1",
        event="ACCUSE",
        trigger=Span(text="condemned", start=0, end=9),
        sentence=Span(text="condemned", start=0, end=9),
        date=ARTICLE_DATE,
        date_origin="article",
        date_rule="article date: nothing in the text dates the event",
        date_precision="day",
        date_start=ARTICLE_DATE,
        date_end=ARTICLE_DATE,
    )
    year = Candidate("timex", ("2009", "year", "2009-01-01", "2009-12-31"), "in 2009")
    apply(ev, year, 0.7, ARTICLE_DATE)
    assert (ev.date, ev.date_precision, ev.date_start, ev.date_end) == (
        "2009",
        "year",
        "2009-01-01",
        "2009-12-31",
    )
    assert ev.date_origin == "text" and "historical" in ev.aux
    # why: the learned choice and the rules' reason it overrode (``--explain``)
    learned = (
        "learned: timex 'in 2009' (p=0.70); over rules: article date: nothing in the text "
        "dates the event"
    )
    assert ev.date_rule == learned
    rules = Candidate("rules", ("2009", "year", "2009-01-01", "2009-12-31"))
    apply(ev, rules, 0.9, ARTICLE_DATE)
    assert ev.date_rule == learned


def test_an_act_not_done_yet_is_never_dated_before_the_article():
    from eventwire.annotators.event_date_learned import possible
    from eventwire.records import Event, Span

    ev = Event(id="e", event="THREATEN", trigger=Span("warned", 0, 6), sentence=Span("", 0, 9))
    rules = Candidate("rules", ("2024-05-07", "day", "2024-05-07", "2024-05-07"))
    past = Candidate("prev", ("2023-12", "month", "2023-12-01", "2023-12-31"))
    later = Candidate("timex", ("2024-06", "month", "2024-06-01", "2024-06-30"))
    cands = [rules, past, later]
    assert possible(ev, cands, "2024-05-07") == cands  # a done act may take any of them
    ev.aux = ["hypothetical"]
    assert possible(ev, cands, "2024-05-07") == [rules, later]
    ev.aux = ["future"]
    assert possible(ev, cands, "2024-05-07") == [rules, later]
    assert possible(ev, cands, None) == cands  # no article date: nothing to compare with


def test_an_intention_or_a_would_clause_keeps_the_rules_date(coder):
    """Acts still to come that the rules leave undated or date by the story's day are not
    given a date of the sentence before (with the learned choice on)."""
    from eventwire import Coder

    learned = Coder({"event_date_learned": True})
    texts = (
        "In 2019 the two states fought a short war. Freedonia wants to sign a treaty with "
        "its neighbour.",
        "Last year the army shelled the town. The minister said the army would withdraw "
        "from the region.",
    )
    for text in texts:
        on = learned.code_context(text, date="2024-05-07").analysis.events
        off = coder.code_context(text, date="2024-05-07").analysis.events
        assert [(e.trigger.text, e.date) for e in on] == [(e.trigger.text, e.date) for e in off]
        assert all("historical" not in e.aux for e in on if e.trigger.text in ("sign", "withdraw"))


def test_a_year_that_dates_a_thing_is_no_date_of_the_act(coder):
    """'the 2020 resolution' dates the resolution, not the urging: no candidate."""
    from eventwire.annotators import token_at
    from eventwire.annotators.event_date_learned import _dates_a_thing

    text = "The minister urged the parliament to implement the 2020 resolution on Tuesday."
    ctx = coder.code_context(text, date="2024-05-09")
    urged = next(e for e in ctx.analysis.events if e.trigger.text == "urged")
    trig = token_at(ctx.doc, urged.trigger.start, urged.trigger.end)
    roots = {t.text: token_at(ctx.doc, t.start, t.end) for t in ctx.analysis.times}
    assert _dates_a_thing(roots["2020"], trig)
    assert not _dates_a_thing(roots["Tuesday"], trig)
    assert urged.date == "2024-05-07"  # the Tuesday before the Thursday article


def test_an_act_reported_in_the_past_may_take_the_time_of_its_saying(coder):
    """'said in March that it would halt …': the would-clause is reported, told in
    the past; the time its sentence gives the saying stays a candidate, a time of the
    sentence before does not."""
    from eventwire.annotators import token_at
    from eventwire.annotators.event_date_learned import possible, told_in_the_past

    text = (
        "Last year the army shelled the town. The ministry said in March that it "
        "would halt the program and reject the offer."
    )
    ctx = coder.code_context(text, date="2024-05-07")
    times, roots, article_date = prepared_times(ctx)
    tok = {t.text: t for t in ctx.doc}
    assert told_in_the_past(tok["halt"])
    assert not told_in_the_past(tok["said"])
    for ev in ctx.analysis.events:
        trig = token_at(ctx.doc, ev.trigger.start, ev.trigger.end)
        if ev.trigger.text not in ("halt", "reject") or not told_in_the_past(trig):
            continue
        kept = possible(ev, candidates(ev, ctx.doc, times, roots, article_date), article_date, trig)
        dates = {(c.source, c.dated[0]) for c in kept}
        assert ("timex", "2024-03") in dates
        assert ("prev", "2023") not in dates


def test_only_a_verb_of_saying_in_the_past_reports_an_act(coder):
    """A clause under a past verb that says nothing (a landing, not an announcement) is not
    reported: its act keeps no time of that verb's sentence as a told date."""
    from eventwire.annotators.event_date_learned import told_in_the_past

    doc = coder.nlp("The woman who will chair the panel landed on Friday.")
    tok = {t.text: t for t in doc}
    assert not told_in_the_past(tok["chair"])
    doc = coder.nlp("On Friday the agency announced that it would chair the panel.")
    tok = {t.text: t for t in doc}
    assert told_in_the_past(tok["chair"])


def test_a_date_named_where_the_same_story_is_told_shares_its_words(rules_dates):
    """A date of another sentence carries how many story words (nouns, names) that
    sentence shares with the event's: the date of the same story told earlier."""
    first = "Gunmen attacked the Ruritanian embassy in Zenda on March 2. Markets were calm. "
    for last, want in (
        ("The prime minister of Ruritania condemned the embassy attack in Zenda.", "2"),
        ("The opposition leader criticized the prime minister.", "0"),
    ):
        ctx = rules_dates.code_context(first + last, date="2024-03-11")
        times, roots, article_date = prepared_times(ctx)
        ev = ctx.analysis.events[-1]
        doc = [
            c
            for c in candidates(ev, ctx.doc, times, roots, article_date)
            if c.source == "doc" and c.dated[0] == "2024-03-02"
        ]
        assert len(doc) == 1, ev.trigger.text
        assert f"doc|shared={want}" in doc[0].feats, [f for f in doc[0].feats if "shared" in f]


def test_a_date_named_beside_an_act_of_the_same_type_is_marked(rules_dates):
    """A date named in a sentence that tells an act of the event's own type (the same kind
    of act, told earlier) is marked ``same_type_there``; one named beside another kind of
    act is not."""
    text = (
        "The foreign minister of Freedonia condemned the rebels on March 2. "
        "Markets were calm. Trade talks resumed on March 5. "
        "The Freedonian president also condemned the rebels."
    )
    ctx = rules_dates.code_context(text, date="2024-03-11")
    times, roots, article_date = prepared_times(ctx)
    last = ctx.analysis.events[-1]
    assert last.event == "ACCUSE", [(e.trigger.text, e.event) for e in ctx.analysis.events]
    told = told_sentences(ctx.doc, ctx.analysis.events)
    feats = {
        c.dated[0]: c.feats
        for c in candidates(last, ctx.doc, times, roots, article_date, told)
        if c.source == "doc"
    }
    assert "same_type_there" in feats["2024-03-02"]
    assert "same_type_there" not in feats.get("2024-03-05", [])
