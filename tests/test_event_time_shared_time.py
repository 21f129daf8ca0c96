"""A time that dates the trigger from the next clause (issue 25): the second of two verbs
with one object between them gives the first its time ("looted and burned a depot in
2015"). Invented sentences."""

from __future__ import annotations

from eventwire.annotators import token_at
from eventwire.annotators.event_time import _shared_time

ARTICLE_DATE = "2024-05-09"  # a Thursday


def _dates(coder, text: str) -> dict[str, tuple[str | None, str]]:
    events = coder.code_context(text, date=ARTICLE_DATE).analysis.events
    return {e.trigger.text: (e.date, (e.date_rule or "").split(":")[0]) for e in events}


def test_two_verbs_sharing_their_object_share_its_time(coder):
    dates = _dates(coder, "Militia fighters looted and burned the grain depot in 2015.")
    assert dates.get("looted") == ("2015", "clause")  # the rules' own date, not a learned one
    assert dates.get("burned") == ("2015", "clause")


def test_a_first_verb_with_its_own_object_keeps_its_own_date(coder):
    text = "The minister condemned the attack and promised an inquiry on Monday."
    ctx = coder.code_context(text, date=ARTICLE_DATE)
    tok = {t.text: t for t in ctx.doc}
    monday = next(t for t in ctx.analysis.times if t.text == "Monday")
    root = token_at(ctx.doc, monday.start, monday.end)
    assert not _shared_time(tok["condemned"], root)
    assert _shared_time(tok["promised"], root) is False  # its own clause: not "shared"
