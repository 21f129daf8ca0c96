"""A word of violence that only names who reports ("..., police said", "according to
police") is no cue of an attack: an accident report attributed to the police stays an
accident; police who act are still a cue. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of

VIOLENT = ("ASSAULT", "COERCE")


@pytest.mark.parametrize(
    "text",
    [
        "A boiler exploded at a paper mill. Four workers were killed, police said.",
        "A boiler exploded at a paper mill. Four workers were killed, according to police.",
        "A ferry capsized in the estuary. Eleven passengers were killed, police officials said.",
        "Six workers were killed in a blaze at a textile factory, police said.",
        "Police said nine people were injured in a stampede at the stadium.",
    ],
)
def test_event_precision_speech_source_is_no_violence_cue(coder, text: str) -> None:
    assert [e.event for e in events_of(coder, text) if e.event in VIOLENT] == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a paper mill. Four workers were killed, police said.",
        "A boiler exploded at a paper mill. Four workers were killed when police opened fire.",
        "Nine people were injured when police fired on a crowd near the stadium.",
    ],
)
def test_event_precision_speech_source_violence_still_coded(coder, text: str) -> None:
    assert [e.event for e in events_of(coder, text) if e.event in VIOLENT]
