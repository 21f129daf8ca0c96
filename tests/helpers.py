"""Hand-built records for tests that need no parse."""

from __future__ import annotations

import dataclasses
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from eventwire import records as rec

TEXT = "Iraqi lawmakers urged the government on Tuesday to expel US troops from Baghdad."


def span_of(text: str, sub: str, start: int = 0) -> rec.Span:
    """The span of the first ``sub`` in ``text`` from ``start`` on."""
    i = text.index(sub, start)
    return rec.Span(sub, i, i + len(sub))


def sample_analysis(
    article_id: str = "a1", text: str = TEXT, date: str = "2023-03-08"
) -> rec.Analysis:
    """A small, fully populated Analysis whose offsets are true to ``text``."""
    art = rec.Article(
        id=article_id, text=text, date=date, title="T", source="Outlet", url="https://example.org/a"
    )
    law = span_of(text, "Iraqi lawmakers")
    gov = span_of(text, "the government")
    place = span_of(text, "Baghdad")
    ents = [
        rec.Entity(
            "e1",
            "Iraqi lawmakers",
            "IRQ",
            ["LEG"],
            "group",
            [rec.Mention(law.text, law.start, law.end, "nominal", 0)],
        ),
        rec.Entity(
            "e2",
            "government",
            "IRQ",
            ["GOV"],
            "organization",
            [rec.Mention(gov.text, gov.start, gov.end, "nominal", 0)],
        ),
    ]
    loc = rec.Place(
        place.text, place.start, place.end, "Baghdad", 33.34, 44.40, "IRQ", 98182, "city"
    )
    ev = rec.Event(
        id="ev1",
        event="REQUEST",
        trigger=span_of(text, "urged"),
        sentence=rec.Span(text, 0, len(text)),
        mode=None,
        context=["military"],
        aux=[],
        actor=[rec.ActorRef(law.text, law.start, law.end, "e1", "IRQ", ["LEG"])],
        recipient=[rec.ActorRef(gov.text, gov.start, gov.end, "e2", "IRQ", ["GOV"])],
        date="2023-03-07",
        date_origin="text",
        location=loc,
        cameo="10",
        confidence=0.9,
        rule="urge+to",
    )
    tues = span_of(text, "Tuesday")
    return rec.Analysis(
        article=art,
        entities=ents,
        events=[ev],
        quotes=[
            rec.Quote(
                "q1",
                "indirect",
                [span_of(text, "to expel US troops from Baghdad")],
                rec.Speaker(law.text, law.start, law.end, "e1"),
                span_of(text, "urged"),
            )
        ],
        times=[rec.TimeValue(tues.text, tues.start, tues.end, "DATE", "2023-03-07")],
        places=[loc],
        claims=[rec.Claim("unattributed", text, 0, len(text))],
    )


def dated_analysis(article_id: str = "a1") -> rec.Analysis:
    """``sample_analysis`` with its event dated to a month (precision, period and rule) and
    its place given by a qualifier: every schema-2 event column filled."""
    a = sample_analysis(article_id)
    ev = a.events[0]
    assert ev.location is not None
    a.events[0] = dataclasses.replace(
        ev,
        date="2023-02",
        date_precision="month",
        date_start="2023-02-01",
        date_end="2023-02-28",
        date_rule="clause: 'last month'",
        place_rule="clause: 'in Baghdad'",
        location=dataclasses.replace(ev.location, basis="qualifier"),
    )
    return a


#: A user's actor dictionary (PETRARCH format) of invented people: one who held an office
#: and then another, one whose role changed between countries, and one who shares the
#: first one's surname.
INVENTED_ACTORS = """\
TOMAS_VELKARO_
\t[MDAGOV 100315-150601]
\t[MDAELI]
IRINA_BASARAB_
\t[ROUGOV 080101-120101]
\t[MDALEG 120101-200101]
ANDREI_VELKARO_
\t[MDALEG 050101-200101]
"""


def coder_with_actors(folder: Path, actors: str) -> Any:
    """A Coder that reads ``actors`` (PETRARCH actor-dictionary text) as a user's dictionary."""
    from eventwire import Coder

    path = folder / "user.actors.txt"
    path.write_text(actors, encoding="utf-8")
    return Coder({"petrarch_dictionaries": [str(path)]})


def context_through(
    coder: Any, text: str, date: str, last: str = "actors", article_id: str = "t"
) -> Any:
    """The annotation context after ``coder``'s annotators have run up to and including ``last``."""
    from eventwire.annotators import Context

    art = rec.Article(id=article_id, text=text, date=date)
    doc = coder.nlp(text)
    ctx = Context(article=art, doc=doc, analysis=rec.Analysis(article=art), settings=coder.settings)
    for ann in coder.annotators:
        ann(ctx)
        if ann.name == last:
            break
    return ctx


def web_client(db: Path) -> Any:
    """A TestClient over the web app on the store at ``db``; a server error answers 500."""
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    return TestClient(create_app(db), base_url="http://localhost", raise_server_exceptions=False)


def item_ids(body: dict[str, Any]) -> list[str]:
    """The ids of a JSON listing's items, in order."""
    return [e["id"] for e in body["items"]]


def floor_items(path: Any) -> list[tuple[str, float]]:
    """The (measure, floor) pairs of a floors file; keys starting with ``_`` are notes."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [(k, v) for k, v in data.items() if not k.startswith("_")]


def check_floor(report: dict[str, Any], name: str, floor: float) -> None:
    """Assert a report's measure (a dotted path) meets its floor, or stays under a
    ``ceiling:`` for error measures."""
    value: Any = report
    for part in name.removeprefix("ceiling:").split("."):
        value = value[part]
    if name.startswith("ceiling:"):
        assert value <= floor, f"{name} rose to {value} (ceiling {floor})"
    else:
        assert value >= floor, f"{name} fell to {value} (floor {floor})"


@contextmanager
def serve_app(app: Any) -> Iterator[str]:
    """Run a web app under uvicorn in a thread on a free loopback port; yields its URL."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def places_by_text(coder: Any, text: str) -> dict[str, Any]:
    """The places a Coder finds in ``text``, by their text as written."""
    return {p.text: p for p in coder.code(text).places}


def place_found(coder: Any, text: str, name: str) -> rec.Place:
    """The place a Coder finds in ``text`` written as ``name``; the test fails, listing the
    places found, where there is none."""
    found = places_by_text(coder, text)
    assert name in found, found
    return found[name]


def events_of(coder: Any, text: str, date: str = "2024-03-08") -> list[rec.Event]:
    """The events a Coder codes in ``text``, an article of ``date``."""
    return coder.code(text, date=date).events


def coded_over(coder: Any, text: str, event: str, word: str) -> bool:
    """Whether an event of the type has a trigger that overlaps the word (its first
    occurrence in ``text``, an article of 2024-03-08), whatever span the coder gives the
    trigger."""
    start = text.index(word)
    end = start + len(word)
    return any(
        e.event == event and e.trigger.start < end and start < e.trigger.end
        for e in events_of(coder, text)
    )


def event_by_trigger(analysis: rec.Analysis, trigger: str) -> rec.Event:
    """The first event of ``analysis`` whose trigger is the word ``trigger``."""
    return next(e for e in analysis.events if e.trigger.text == trigger)


def event_place_text(coder: Any, text: str, trigger: str, article_id: str = "t") -> str | None:
    """The place text of the first event whose trigger is ``trigger`` in ``text`` (an article
    of 2024-05-06), or None when the event has no place."""
    event = event_by_trigger(coder.code(text, date="2024-05-06", id=article_id), trigger)
    return event.location.text if event.location else None


def event_of(coder: Any, text: str, kind: str, date: str = "2024-03-08") -> rec.Event:
    """The first event of type ``kind`` a Coder codes in ``text`` (StopIteration if none)."""
    return next(e for e in events_of(coder, text, date) if e.event == kind)


def dated_events(
    tagger: Any,
    nlp: Any,
    text: str,
    triggers: list[str],
    date: str,
    kind: str = "ACCUSE",
    *,
    last: bool = False,
) -> list[rec.Event]:
    """Events of type ``kind`` on the words ``triggers`` of ``text`` (the first time each
    is written; the last with ``last``), each in its own sentence, dated by
    ``event_time.date_events`` as in an article of ``date``: the dating without the rest
    of the coder."""
    from eventwire.annotators.event_time import date_events

    doc = nlp(text)
    times, signals = tagger.tag(text, doc, date)
    events = []
    for i, word in enumerate(triggers):
        start = text.rindex(word) if last else text.index(word)
        sent = doc.char_span(start, start + len(word), alignment_mode="expand").sent
        events.append(
            rec.Event(
                id=f"ev{i}",
                event=kind,
                trigger=rec.Span(word, start, start + len(word)),
                sentence=rec.Span(sent.text, sent.start_char, sent.end_char),
            )
        )
    date_events(events, times, doc, date, signals)
    return events


def dated(
    tagger: Any,
    nlp: Any,
    text: str,
    trigger: str,
    date: str,
    kind: str = "ACCUSE",
    *,
    last: bool = False,
) -> rec.Event:
    """The one event of ``dated_events`` on the word ``trigger``."""
    return dated_events(tagger, nlp, text, [trigger], date, kind, last=last)[0]


def ref_texts(refs: Any) -> str:
    """The texts of an event's actor or recipient references, joined by spaces."""
    return " ".join(r.text for r in refs)
