"""The request parameters of the pages and the API: validated, with one error shape.

Each parameter is checked where it enters (``event_filters``, ``paging``, ``event_view``,
the ``*_arg`` helpers); a bad one raises ``ApiError`` (400, the parameter named), which
the handlers in ``web.handlers`` turn into the one JSON error body or the HTML error page.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, Query, Request
from pydantic import BaseModel, Field

from .. import store_queries as queries
from ..errors import ApiError
from ..records import AUX_MODES, PLOVER_TYPES, QUOTE_KINDS
from ..search import query_terms
from ..store_queries import Filters

MAX_PARAM = 200  # characters in any one query parameter
MAX_PER_PAGE = 500
MAX_PAGE = 100_000

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")


class ErrorDetail(BaseModel):
    """What went wrong."""

    status: int = Field(description="the HTTP status, repeated", examples=[400])
    code: str = Field(
        description="bad_parameter, bad_host, not_found, method_not_allowed, query_too_long, "
        "uri_too_long, internal_error",
        examples=["bad_parameter"],
    )
    message: str = Field(
        description="the offending value and what was expected",
        examples=["since: expected YYYY, YYYY-MM or YYYY-MM-DD, got 'yesterday'"],
    )
    param: str | None = Field(description="the query or path parameter at fault, if any")


class ErrorBody(BaseModel):
    """The one shape of every API error."""

    error: ErrorDetail


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "a parameter is invalid (named in `param`)"},
    404: {"model": ErrorBody, "description": "no such record"},
}


def bad_arg(param: str, message: str) -> ApiError:
    return ApiError(400, "bad_parameter", f"{param}: {message}", param)


def text_arg(param: str, value: str | None) -> str | None:
    """A free-text parameter: blank means unset; bounded length; no control characters."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if len(value) > MAX_PARAM:
        raise bad_arg(param, f"at most {MAX_PARAM} characters, got {len(value)}")
    if any(ord(ch) < 32 for ch in value):
        raise bad_arg(param, "control characters are not allowed")
    return value


def date_arg(param: str, value: str | None) -> str | None:
    value = text_arg(param, value)
    if value is None:
        return None
    if not _DATE.match(value):
        raise bad_arg(param, f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    try:
        y, m, d = (value.split("-") + ["01", "01"])[:3]
        _dt.date(int(y), int(m), int(d))
    except ValueError:
        raise bad_arg(param, f"{value!r} is not a real date") from None
    return value


def choice_arg(param: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    value = text_arg(param, value)
    if value is None:
        return None
    if value not in choices:
        raise bad_arg(param, f"expected one of {', '.join(choices)}, got {value!r}")
    return value


Txt = Annotated[str | None, Query(max_length=MAX_PARAM * 2)]


def event_filters(
    since: Annotated[str | None, Query(description="earliest date, YYYY[-MM[-DD]]")] = None,
    until: Annotated[str | None, Query(description="latest date, YYYY[-MM[-DD]]")] = None,
    type: Annotated[
        list[str] | None,
        Query(description="PLOVER event type; several: repeat, or comma-separate (ASSAULT,COERCE)"),
    ] = None,
    quad: Annotated[
        str | None, Query(description="PLOVER quad class, 1-4 (verbal/material coop/conflict)")
    ] = None,
    mode: Annotated[str | None, Query(description="PLOVER mode, e.g. air, protest")] = None,
    context: Annotated[str | None, Query(description="PLOVER context, e.g. military")] = None,
    aux: Annotated[
        list[str] | None,
        Query(
            description="aux mode the event has (historical, future, hypothetical, "
            "negation) or 'none' for plain assertions; repeat for several"
        ),
    ] = None,  # fmt: skip
    actor: Annotated[
        str | None, Query(description="actor code prefix (USA, IRQLEG) or words of its name")
    ] = None,
    recipient: Annotated[
        str | None, Query(description="recipient code prefix or words of its name")
    ] = None,
    country: Annotated[
        str | None, Query(description="ISO 3166 alpha-3 country of the event location")
    ] = None,
    location: Annotated[str | None, Query(description="words of the location name")] = None,
    source: Annotated[str | None, Query(description="words of the source outlet")] = None,
    q: Annotated[str | None, Query(description="words in the event's sentence")] = None,
    article: Annotated[str | None, Query(description="article id")] = None,
    bbox: Annotated[
        str | None, Query(description="west,south,east,north in degrees (event location)")
    ] = None,
    min_confidence: Annotated[
        str | None, Query(description="lowest coding confidence, 0 to 1 (e.g. 0.8)")
    ] = None,
) -> Filters:
    """The event filters of a request, validated (400 with the parameter named)."""
    types: list[str] = []
    for raw in type or []:
        for t in (text_arg("type", raw) or "").upper().split(","):
            t = t.strip()
            if not t:
                continue
            if t not in PLOVER_TYPES:
                raise bad_arg(
                    "type", f"expected a PLOVER type ({', '.join(PLOVER_TYPES)}), got {t!r}"
                )
            if t not in types:
                types.append(t)
    conf = None
    raw_conf = text_arg("min_confidence", min_confidence)
    if raw_conf is not None:
        try:
            conf = float(raw_conf)
        except ValueError:
            raise bad_arg(
                "min_confidence", f"expected a number from 0 to 1, got {raw_conf!r}"
            ) from None
        if not (math.isfinite(conf) and 0.0 <= conf <= 1.0):
            raise bad_arg("min_confidence", f"expected a number from 0 to 1, got {raw_conf!r}")
    auxes = [a for a in (choice_arg("aux", a, (*AUX_MODES, "none")) for a in aux or []) if a]
    quad_n = None
    if text_arg("quad", quad):
        if quad.strip() not in ("1", "2", "3", "4"):  # type: ignore[union-attr]
            raise bad_arg("quad", f"expected 1, 2, 3 or 4, got {quad!r}")
        quad_n = int(quad.strip())  # type: ignore[union-attr]
    ctry = text_arg("country", country)
    if ctry is not None:
        ctry = ctry.upper()
        if not _COUNTRY.match(ctry):
            raise bad_arg("country", f"expected an ISO 3166 alpha-3 code such as IRQ, got {ctry!r}")
    box = None
    raw_box = text_arg("bbox", bbox)
    if raw_box is not None:
        try:
            w, s, e, n = (float(v) for v in raw_box.split(","))
        except ValueError:
            raise bad_arg(
                "bbox", f"expected west,south,east,north numbers, got {raw_box!r}"
            ) from None
        if not all(math.isfinite(v) for v in (w, s, e, n)) or not (
            -180 <= w <= e <= 180 and -90 <= s <= n <= 90
        ):
            raise bad_arg(
                "bbox", "expected -180 <= west <= east <= 180 and -90 <= south <= north <= 90"
            )
        box = (w, s, e, n)
    flt = Filters(
        since=date_arg("since", since),
        until=date_arg("until", until),
        type=types,
        quad=quad_n,
        mode=text_arg("mode", mode),
        context=text_arg("context", context),
        aux=auxes,
        actor=text_arg("actor", actor),
        recipient=text_arg("recipient", recipient),
        country=ctry,
        location=text_arg("location", location),
        source=text_arg("source", source),
        q=text_arg("q", q),
        article=text_arg("article", article),
        bbox=box,
        min_confidence=conf,
    )
    if flt.since and flt.until and flt.since[: len(flt.until)] > flt.until:
        raise bad_arg("until", f"until ({flt.until}) is before since ({flt.since})")
    return flt


def paging(
    page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="page number, from 1")] = 1,
    per_page: Annotated[
        int, Query(ge=1, le=MAX_PER_PAGE, description=f"items per page, at most {MAX_PER_PAGE}")
    ] = 50,
) -> tuple[int, int]:
    """(page, per_page), validated."""
    return page, per_page


@dataclass
class View:
    """How a list of events is shown: sort order, level (mention or event), mention floor."""

    sort: str = "-date"
    level: str = "mention"
    min_mentions: int = 1

    def query(self) -> dict[str, Any]:
        """The non-default parts as URL query parameters."""
        out: dict[str, Any] = {}
        if self.sort != "-date":
            out["sort"] = self.sort
        if self.level != "mention":
            out["level"] = self.level
        if self.min_mentions != 1:
            out["min_mentions"] = self.min_mentions
        return out


def event_view(
    sort: Annotated[
        str | None,
        Query(
            description="date, -date (default, newest first), confidence, -confidence, "
            "goldstein, -goldstein; with level=event also mentions, -mentions"
        ),
    ] = None,
    level: Annotated[
        str | None,
        Query(description="mention (default: one row per report) or event (clustered events)"),
    ] = None,
    min_mentions: Annotated[
        int, Query(ge=1, le=1_000_000, description="with level=event: fewest reports")
    ] = 1,
) -> View:
    """The view options of an events request, validated."""
    lvl = choice_arg("level", level, ("mention", "event")) or "mention"
    sorts = tuple(queries.CORPUS_SORTS if lvl == "event" else queries.SORTS)
    return View(choice_arg("sort", sort, sorts) or "-date", lvl, min_mentions)


def cursor(request: Request) -> Iterator[Any]:
    """A DuckDB cursor of its own for one request, over the store's current snapshot."""
    cur = queries.cursor(request.app.state.live.get().con)
    try:
        yield cur
    finally:
        cur.close()


Filt = Annotated[Filters, Depends(event_filters)]
Vw = Annotated[View, Depends(event_view)]
Con = Annotated[Any, Depends(cursor)]
Paging = Annotated[tuple[int, int], Depends(paging)]


def qs(params: dict[str, Any]) -> str:
    return urlencode(params, doseq=True)


def pages(total: int, page: int, per_page: int) -> dict[str, Any]:
    last = max(1, math.ceil(total / per_page))
    return {
        "page": page,
        "per_page": per_page,
        "total": total,
        "pages": last,
        "first": (page - 1) * per_page + 1 if total else 0,
        "last_item": min(total, page * per_page),
    }


def search_words(q: str | None) -> str:
    """A search query with at least one word to look for (400 otherwise)."""
    words = text_arg("q", q)
    if not words or not query_terms(words):
        raise bad_arg("q", f"expected words to search for (letters or digits), got {q!r}")
    return words


def event_page(
    con: Any, flt: Filters, vw: View, page: int, per_page: int
) -> tuple[int, list[dict[str, Any]]]:
    """(total, one page) of event mentions or, with level=event, of corpus events."""
    offset = (page - 1) * per_page
    if vw.level == "event":
        return queries.corpus_events(con, flt, per_page, offset, vw.sort, vw.min_mentions)
    total = queries.count_events(con, flt)
    return total, queries.list_events(con, flt, per_page, offset, vw.sort)


def quote_args(
    speaker: str | None, q: str | None, kind: str | None, since: str | None, until: str | None
) -> tuple[str | None, str | None, str | None, str | None, str | None]:
    return (
        text_arg("speaker", speaker),
        text_arg("q", q),
        choice_arg("kind", kind, QUOTE_KINDS),
        date_arg("since", since),
        date_arg("until", until),
    )


def page_meta(total: int, page: int, per_page: int, params: dict[str, Any]) -> dict[str, Any]:
    pages = max(1, math.ceil(total / per_page))
    nxt = None
    if page < pages:
        nxt = "?" + qs({**params, "page": page + 1, "per_page": per_page})
    return {"total": total, "page": page, "per_page": per_page, "pages": pages, "next": nxt}
