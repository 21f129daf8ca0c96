"""benchmarks/events_oof.py: the events filter scored out of fold on the training articles."""

from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT

from eventwire.training.events import Rows


def _load():
    path = ROOT / "benchmarks" / "events_oof.py"
    spec = importlib.util.spec_from_file_location("events_oof", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["events_oof"] = module
    spec.loader.exec_module(module)
    return module


oof = _load()


def test_the_kind_of_an_article_is_its_source_and_its_id():
    assert oof.kind({"id": "usa-today_2016-01-01_x"}) == "train news"
    assert oof.kind({"id": "tbaq-APW1", "source": "tbaq"}) == "own wire"
    assert oof.kind({"id": "gwn-7", "source": "gwn"}) == "own web"
    assert oof.kind({"id": "politico_2016-02-02_y", "source": "polnear-train"}) == "own politics"


def test_a_fold_keeps_its_articles_rows_and_every_synthetic_lede():
    rows = Rows()
    rows.sentences = [("a", ["s1"], 1), ("b", ["s2"], 0), ("a", ["s3"], 0)]
    rows.events = [("a", ["f"], 1, 0.5), ("b", ["g"], 0, 0.5), ("a", ["h"], 0, 0.4)]
    rows.extra = [(0, 1), (1, 0), (2, 0)]
    rows.events.append(("ngec-3", ["k"], 1, 0.9))
    rows.extra.append((-1, 0))
    part = oof.subset(rows, {"a"})
    assert [s[1] for s in part.sentences] == [["s1"], ["s3"]]
    assert [e[1] for e in part.events] == [["f"], ["h"], ["k"]]
    # each event still points at its own sentence in the new list
    assert part.extra == [(0, 1), (1, 0), (-1, 0)]
    assert not oof.subset(rows, set()).sentences
