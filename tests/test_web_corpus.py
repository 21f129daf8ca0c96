"""A small hand-built store for the web tests (no parse), and tests of the article highlighting.

``web_analyses()`` gives three articles: the helpers' sample (a REQUEST in Baghdad),
an air strike near Erbil with a quote, and a hostile article whose every text field
carries markup that would run script if it reached a page unescaped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import sample_analysis, span_of

from eventwire import records as rec
from eventwire.store import Store
from eventwire.web.highlight import Mark, article_view, marks, segments

HOSTILE_ID = "evil/<b>1</b>"
PWN = "window.__pwned=1"


def strike_analysis() -> rec.Analysis:
    """US forces strike near Erbil (ASSAULT/air, USAMIL -> IRQREB), with a Pentagon quote."""
    text = (
        "US forces struck militants near Erbil on Friday.\n"
        '"We acted in self-defence," the Pentagon said.'
    )
    art = rec.Article(
        "a2", text, "2023-04-15", "Strike near Erbil", "Wire Service", "https://ex.org/2"
    )
    us, mil, pent = (span_of(text, w) for w in ("US forces", "militants", "the Pentagon"))
    erbil, friday = span_of(text, "Erbil"), span_of(text, "Friday")
    loc = rec.Place("Erbil", erbil.start, erbil.end, "Erbil", 36.19, 44.01, "IRQ", 95446, "city")
    ev = rec.Event(
        id="ev1",
        event="ASSAULT",
        trigger=span_of(text, "struck"),
        sentence=span_of(text, "US forces struck militants near Erbil on Friday."),
        mode="air",
        context=["military"],
        actor=[rec.ActorRef(us.text, us.start, us.end, "e1", "USA", ["MIL"])],
        recipient=[rec.ActorRef(mil.text, mil.start, mil.end, "e2", "IRQ", ["REB"])],
        date="2023-04-14",
        date_origin="text",
        location=loc,
        cameo="195",
        confidence=0.8,
    )
    ev2 = rec.Event(
        id="ev2",
        event="THREATEN",
        trigger=span_of(text, "acted"),
        sentence=span_of(text, '"We acted in self-defence," the Pentagon said.'),
        aux=["historical"],
        actor=[rec.ActorRef(pent.text, pent.start, pent.end, "e3", "USA", ["MIL"])],
        date="2023-04-14",
        date_origin="anchor",
        cameo="130",
    )
    quote = rec.Quote(
        "q1",
        "direct",
        [span_of(text, "We acted in self-defence,")],
        rec.Speaker(pent.text, pent.start, pent.end, "e3"),
        span_of(text, "said"),
    )
    ents = [
        rec.Entity(
            "e1", "US forces", "USA", ["MIL"], "organization", [rec.Mention(*vars(us).values())]
        ),
        rec.Entity("e2", "militants", "IRQ", ["REB"], "group", [rec.Mention(*vars(mil).values())]),
        rec.Entity(
            "e3", "Pentagon", "USA", ["MIL"], "organization", [rec.Mention(*vars(pent).values())]
        ),
    ]
    return rec.Analysis(
        art,
        ents,
        [ev, ev2],
        [quote],
        [rec.TimeValue("Friday", friday.start, friday.end, "DATE", "2023-04-14")],
        [loc],
        [],
    )


def hostile_analysis() -> rec.Analysis:
    """An article whose text and metadata are full of markup and script."""
    text = (
        f"Rebels <script>{PWN};alert(1)</script> attacked "
        f'<img src=x onerror="{PWN};alert(2)"> soldiers in Mosul & fled.\n'
        f'"<svg onload={PWN}>We will return</svg>," the commander </b>said.'
    )
    art = rec.Article(
        HOSTILE_ID,
        text,
        "2023-05-01",
        f"<script>{PWN}</script>Hostile title",
        f'<img src=x onerror="{PWN}">Outlet',
        f"javascript:{PWN}",
    )
    reb, sol = span_of(text, "Rebels"), span_of(text, "soldiers")
    img = span_of(text, f'<img src=x onerror="{PWN};alert(2)">')
    mosul = span_of(text, "Mosul")
    boss = span_of(text, "the commander")
    loc = rec.Place(
        mosul.text, mosul.start, mosul.end, f"<img src=x onerror={PWN}>Mosul", 36.34, 43.13, "IRQ"
    )
    ev = rec.Event(
        id="ev1",
        event="ASSAULT",
        trigger=span_of(text, "attacked"),
        sentence=rec.Span(text.split("\n")[0], 0, len(text.split("\n")[0])),
        mode=f"<script>{PWN}</script>",
        context=[f"<i onmouseover={PWN}>x</i>"],
        actor=[rec.ActorRef(reb.text, reb.start, reb.end, "e1", "IRQ", ["REB"])],
        recipient=[rec.ActorRef(img.text, img.start, img.end, "e2", "IRQ", ["MIL"])],
        date="2023-05-01",
        location=loc,
    )
    content = span_of(text, f"<svg onload={PWN}>We will return</svg>,")
    ents = [
        rec.Entity(
            "e1",
            f"<script>{PWN}</script>Rebels",
            "IRQ",
            ["REB"],
            "group",
            [rec.Mention(reb.text, reb.start, reb.end)],
        ),
        rec.Entity(
            "e2", sol.text, "IRQ", ["MIL"], "group", [rec.Mention(img.text, img.start, img.end)]
        ),
        rec.Entity(
            "e3",
            f"<img src=x onerror={PWN}>",
            None,
            [],
            "person",
            [rec.Mention(*vars(boss).values())],
        ),
    ]
    return rec.Analysis(
        art,
        ents,
        [ev],
        [
            rec.Quote(
                "q1", "direct", [content], rec.Speaker(boss.text, boss.start, boss.end, "e3"), None
            )
        ],
        [],
        [loc],
        [rec.Claim("loaded", img.text, img.start, img.end, f"<script>{PWN}</script>")],
    )


def web_analyses() -> list[rec.Analysis]:
    """The three articles of the web tests' store."""
    return [sample_analysis("a1"), strike_analysis(), hostile_analysis()]


def build_db(path: Path) -> Path:
    """Write the web tests' store to ``path``."""
    with Store(path) as store:
        store.write(web_analyses())
    return path


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("web") / "corpus.duckdb")


def test_web_corpus_offsets_are_true() -> None:
    for analysis in web_analyses():
        text = analysis.article.text
        for m in marks(analysis):
            assert 0 <= m.start < m.end <= len(text), (analysis.article.id, m)


def test_web_corpus_round_trips_through_store(corpus_db: Path) -> None:
    with Store(corpus_db, read_only=True) as store:
        ids = [a.article.id for a in store.analyses()]
    assert sorted(ids) == sorted(a.article.id for a in web_analyses())


@pytest.mark.parametrize(
    ("text", "items", "expected"),
    [
        ("abc", [], [("abc", [])]),
        ("abcdef", [Mark("actor", 0, 3, "e1", "A")], [("abc", ["actor"]), ("def", [])]),
        (
            "abcdef",
            [Mark("quote", 0, 6, "q1", "Q"), Mark("event", 2, 4, "ev1", "E")],
            [("ab", ["quote"]), ("cd", ["quote", "event"]), ("ef", ["quote"])],
        ),
        # offsets outside the text (a corrupt record) are dropped, not a crash
        ("abc", [Mark("time", 2, 9, "t0", "T"), Mark("place", -1, 1, "p0", "P")], [("abc", [])]),
        ("", [Mark("actor", 0, 0, "e1", "A")], []),
    ],
)
def test_web_highlight_segments(text: str, items: list[Mark], expected: list) -> None:
    got = [(s.text, s.kinds) for s in segments(text, items) if s.text or expected]
    assert got == expected
    assert "".join(s.text for s in segments(text, items)) == text


def test_web_highlight_labels_carry_codes() -> None:
    view = article_view(sample_analysis())
    by_text = {s.text: s for s in view["segments"]}
    assert "IRQ LEG" in by_text["Iraqi lawmakers"].title
    assert "REQUEST" in by_text["urged"].title and "cameo 10" in by_text["urged"].title
    assert view["counts"]["event"] == 1 and view["counts"]["time"] == 1
