"""The FastAPI application: server-rendered pages and the JSON API over one store.

Pages (HTML): ``/events`` (table, filters in the URL, pagination, export),
``/events/export``, ``/timeline``, ``/map``, ``/actors/{key}``, ``/articles/{id}``,
``/quotes`` and ``/api/docs`` (Swagger UI, served from bundled files).
API (JSON): ``/api/events``, ``/api/timeline``, ``/api/map``, ``/api/actors/{key}``,
``/api/articles/{id}``, ``/api/quotes``, ``/api/openapi.json``.

Every API error has one shape, ``{"error": {"status", "code", "message", "param"}}``;
pages show the same message on an HTML error page with the same status.
The database is opened read-only; each request gets its own DuckDB cursor.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import store_queries as queries
from ..formats import PLOVER_QUAD, csvsafe, gdelt, parquet, plover
from ..records import AUX_MODES, PLOVER_TYPES, QUOTE_KINDS
from ..search import parts as search_parts
from ..search import query_terms
from ..store_queries import INTERVALS, QUAD_NAMES, Filters
from .guard import RequestGuard
from .highlight import KINDS, article_view
from .live import LiveStore

HERE = Path(__file__).resolve().parent
MAX_PARAM = 200  # characters in any one query parameter
MAX_QUERY_STRING = 4096  # bytes in a whole query string
MAX_PER_PAGE = 500
MAX_PAGE = 100_000
MAP_POINTS = 20_000
EXPORT_LIMIT = 100_000
EXPORT_FORMATS = ("csv", "plover-jsonl", "gdelt-csv")
QUOTE_COLUMNS = [
    "id", "article_id", "date", "kind", "speaker", "speaker_start", "speaker_end",
    "speaker_name", "speaker_code", "cue", "cue_start", "cue_end", "content", "content_spans",
    "source", "title",
]  # fmt: skip
NETWORK_EDGES = 300

# One colour per PLOVER type, hue by quad class: greens cooperate in words, blues in
# deeds, ambers conflict in words, reds in deeds.
TYPE_COLORS: dict[str, str] = {
    "AGREE": "#1b7837", "CONSULT": "#5aae61", "SUPPORT": "#a6dba0", "CONCEDE": "#7fbf7b",
    "COOPERATE": "#2166ac", "AID": "#4393c3", "RETREAT": "#92c5de",
    "REQUEST": "#fdb863", "ACCUSE": "#e08214", "REJECT": "#b35806", "THREATEN": "#8c510a",
    "PROTEST": "#f4a582", "SANCTION": "#d6604d", "MOBILIZE": "#b2182b", "COERCE": "#67001f",
    "ASSAULT": "#40004b",
}  # fmt: skip
QUAD_COLORS: dict[str, str] = {"1": "#5aae61", "2": "#4393c3", "3": "#e08214", "4": "#b2182b"}

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_TOKEN = re.compile(r"^[a-z_][a-z0-9_\-]*$")


class ApiError(Exception):
    """An error reported to the client in the one error shape."""

    def __init__(self, status: int, code: str, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.param = param

    def body(self) -> dict[str, Any]:
        """The JSON error body."""
        return {
            "error": {
                "status": self.status,
                "code": self.code,
                "message": self.message,
                "param": self.param,
            }
        }


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


def _bad(param: str, message: str) -> ApiError:
    return ApiError(400, "bad_parameter", f"{param}: {message}", param)


def _text(param: str, value: str | None) -> str | None:
    """A free-text parameter: blank means unset; bounded length; no control characters."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if len(value) > MAX_PARAM:
        raise _bad(param, f"at most {MAX_PARAM} characters, got {len(value)}")
    if any(ord(ch) < 32 for ch in value):
        raise _bad(param, "control characters are not allowed")
    return value


def _date(param: str, value: str | None) -> str | None:
    value = _text(param, value)
    if value is None:
        return None
    if not _DATE.match(value):
        raise _bad(param, f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    try:
        y, m, d = (value.split("-") + ["01", "01"])[:3]
        _dt.date(int(y), int(m), int(d))
    except ValueError:
        raise _bad(param, f"{value!r} is not a real date") from None
    return value


def _choice(param: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    value = _text(param, value)
    if value is None:
        return None
    if value not in choices:
        raise _bad(param, f"expected one of {', '.join(choices)}, got {value!r}")
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
        for t in (_text("type", raw) or "").upper().split(","):
            t = t.strip()
            if not t:
                continue
            if t not in PLOVER_TYPES:
                raise _bad("type", f"expected a PLOVER type ({', '.join(PLOVER_TYPES)}), got {t!r}")
            if t not in types:
                types.append(t)
    conf = None
    raw_conf = _text("min_confidence", min_confidence)
    if raw_conf is not None:
        try:
            conf = float(raw_conf)
        except ValueError:
            raise _bad(
                "min_confidence", f"expected a number from 0 to 1, got {raw_conf!r}"
            ) from None
        if not (math.isfinite(conf) and 0.0 <= conf <= 1.0):
            raise _bad("min_confidence", f"expected a number from 0 to 1, got {raw_conf!r}")
    auxes = [a for a in (_choice("aux", a, (*AUX_MODES, "none")) for a in aux or []) if a]
    quad_n = None
    if _text("quad", quad):
        if quad.strip() not in ("1", "2", "3", "4"):  # type: ignore[union-attr]
            raise _bad("quad", f"expected 1, 2, 3 or 4, got {quad!r}")
        quad_n = int(quad.strip())  # type: ignore[union-attr]
    ctry = _text("country", country)
    if ctry is not None:
        ctry = ctry.upper()
        if not _COUNTRY.match(ctry):
            raise _bad("country", f"expected an ISO 3166 alpha-3 code such as IRQ, got {ctry!r}")
    box = None
    raw_box = _text("bbox", bbox)
    if raw_box is not None:
        try:
            w, s, e, n = (float(v) for v in raw_box.split(","))
        except ValueError:
            raise _bad("bbox", f"expected west,south,east,north numbers, got {raw_box!r}") from None
        if not all(math.isfinite(v) for v in (w, s, e, n)) or not (
            -180 <= w <= e <= 180 and -90 <= s <= n <= 90
        ):
            raise _bad(
                "bbox", "expected -180 <= west <= east <= 180 and -90 <= south <= north <= 90"
            )
        box = (w, s, e, n)
    flt = Filters(
        since=_date("since", since),
        until=_date("until", until),
        type=types,
        quad=quad_n,
        mode=_text("mode", mode),
        context=_text("context", context),
        aux=auxes,
        actor=_text("actor", actor),
        recipient=_text("recipient", recipient),
        country=ctry,
        location=_text("location", location),
        source=_text("source", source),
        q=_text("q", q),
        article=_text("article", article),
        bbox=box,
        min_confidence=conf,
    )
    if flt.since and flt.until and flt.since[: len(flt.until)] > flt.until:
        raise _bad("until", f"until ({flt.until}) is before since ({flt.since})")
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
    lvl = _choice("level", level, ("mention", "event")) or "mention"
    sorts = tuple(queries.CORPUS_SORTS if lvl == "event" else queries.SORTS)
    return View(_choice("sort", sort, sorts) or "-date", lvl, min_mentions)


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


def _qs(params: dict[str, Any]) -> str:
    return urlencode(params, doseq=True)


def _pages(total: int, page: int, per_page: int) -> dict[str, Any]:
    last = max(1, math.ceil(total / per_page))
    return {
        "page": page,
        "per_page": per_page,
        "total": total,
        "pages": last,
        "first": (page - 1) * per_page + 1 if total else 0,
        "last_item": min(total, page * per_page),
    }


def _sentence_parts(item: dict[str, Any]) -> tuple[str, str, str]:
    """The event's sentence cut around its trigger (for bolding it), offsets permitting."""
    sent = item["sentence"]["text"] or ""
    s0, t0, t1 = item["sentence"]["start"], item["trigger"]["start"], item["trigger"]["end"]
    if None not in (s0, t0, t1):
        a, b = t0 - s0, t1 - s0
        if 0 <= a < b <= len(sent):
            return sent[:a], sent[a:b], sent[b:]
    return sent, "", ""


def _code(ref: dict[str, Any]) -> str:
    return (ref.get("code") or "") + "".join(ref.get("sectors") or [])


def create_app(db: str | Path, allow_hosts: Iterable[str] = ()) -> FastAPI:
    """The web application over the store at ``db`` (opened read-only), answering requests
    for the loopback host names and ``allow_hosts`` (see ``web.guard``)."""
    from ..store import Store

    Store(db, read_only=True, lock_timeout=30.0).close()  # a clear error for a bad file

    def build(path: str) -> tuple[Any, dict[str, Any]]:
        con = queries.open_db(path)
        return con, {"facets": queries.facets(con)}

    live = LiveStore(str(db), build)
    app = FastAPI(
        title="eventwire",
        summary="Coded political events, their actors, quotes and sources, over HTTP.",
        description=(
            "Read-only JSON API over an eventwire store. Every list is paginated "
            "(`page`, `per_page`). Every error has one shape: "
            '`{"error": {"status": 400, "code": "bad_parameter", "message": "...", '
            '"param": "since"}}`.'
        ),
        version="1",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.live = live
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=True,  # every template, whatever its file name
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        type_colors=TYPE_COLORS,
        quad_colors=QUAD_COLORS,
        quad_names=QUAD_NAMES,
        plover_types=PLOVER_TYPES,
        plover_quad=PLOVER_QUAD,
        aux_modes=AUX_MODES,
        quote_kinds=QUOTE_KINDS,
        kinds=KINDS,
        qs=_qs,
        code=_code,
        sentence_parts=_sentence_parts,
        db_name=Path(str(db)).name,
    )
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def render(name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        ctx.setdefault("facets", live.current.facts["facets"])
        return HTMLResponse(env.get_template(name).render(**ctx), status_code=status)

    # --- errors, limits and headers ----------------------------------------------

    def _error_response(request: Request, err: ApiError) -> Response:
        if request.url.path.startswith("/api/") or request.url.path.endswith("/export"):
            return JSONResponse(err.body(), status_code=err.status)
        return render("error.html", status=err.status, error=err)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return _error_response(request, exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        loc = [str(x) for x in first.get("loc", []) if x not in ("query", "path")]
        param = loc[0] if loc else None
        msg = first.get("msg", "invalid value")
        return _error_response(request, ApiError(400, "bad_parameter", f"{param}: {msg}", param))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        msg = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and msg == "Not Found":
            msg = f"no such page: {request.url.path}"
        return _error_response(request, ApiError(exc.status_code, code, msg))

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:
        err = ApiError(500, "internal_error", f"internal error ({type(exc).__name__})")
        return _error_response(request, err)

    @app.middleware("http")
    async def _guard(request: Request, call_next: Any) -> Response:
        if len(request.url.query.encode()) > MAX_QUERY_STRING:
            err = ApiError(414, "query_too_long", f"query string over {MAX_QUERY_STRING} bytes")
            return JSONResponse(err.body(), status_code=414)
        if request.method not in ("GET", "HEAD"):
            err = ApiError(405, "method_not_allowed", "this server is read-only: GET only")
            return JSONResponse(err.body(), status_code=405)
        response: Response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    # --- pages ---------------------------------------------------------------------

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> RedirectResponse:
        return RedirectResponse("/static/favicon.svg")

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/events")

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, flt: Filt, vw: Vw, pg: Paging, con: Con) -> HTMLResponse:
        page, per_page = pg
        total, items = _events(con, flt, vw, page, per_page)
        return render(
            "events.html",
            flt=flt,
            view=vw,
            items=items,
            pager=_pages(total, page, per_page),
            nav="events",
        )

    @app.get("/events/export", tags=["events"], responses=ERRORS)
    def export(
        flt: Filt,
        con: Con,
        format: Annotated[
            str, Query(description="csv, plover-jsonl or gdelt-csv (tab-separated)")
        ] = "csv",
        header: Annotated[
            bool, Query(description="gdelt-csv: the column names first (GDELT files have none)")
        ] = False,
    ) -> StreamingResponse:
        """The events of the current filter as CSV, PLOVER JSONL or GDELT CSV (bounded)."""
        fmt = _choice("format", format, EXPORT_FORMATS)
        pairs = queries.export_pairs(con, flt, EXPORT_LIMIT)
        if fmt == "plover-jsonl":
            today = _dt.date.today().isoformat()
            body: Iterator[str] = (
                json.dumps(plover.event_record(a, e, today), ensure_ascii=False) + "\n"
                for a, e in pairs
            )
            media, name = "application/x-ndjson", "eventwire-events.plover.jsonl"
        elif fmt == "gdelt-csv":
            body = gdelt.lines((gdelt.row(a, e) for a, e in pairs), header)
            media, name = "text/tab-separated-values", "eventwire-events.gdelt.csv"
        else:
            body = _csv((_flat(parquet.row(a, e)) for a, e in pairs), None, ",")
            media, name = "text/csv", "eventwire-events.csv"
        return StreamingResponse(
            body,
            media_type=f"{media}; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(
        flt: Filt,
        con: Con,
        interval: Annotated[str, Query(max_length=10)] = "month",
        by: Annotated[str, Query(max_length=10)] = "type",
        period: Annotated[str | None, Query(max_length=10)] = None,
    ) -> HTMLResponse:
        interval = _choice("interval", interval, INTERVALS) or "month"
        by = _choice("by", by, ("type", "quad", "goldstein")) or "type"
        chosen = _date("period", period)
        data = queries.timeline(con, flt, interval, "quad" if by == "quad" else "type")
        notice = None
        # thousands of bars help nobody: step up to a coarser interval
        while len(data["buckets"]) > 400 and interval != "month":
            coarser = INTERVALS[INTERVALS.index(interval) + 1]
            notice = f"{len(data['buckets'])} {interval}s are too many bars: shown by {coarser}"
            interval = coarser
            data = queries.timeline(con, flt, interval, "quad" if by == "quad" else "type")
        drill = None
        if chosen:
            # the events of one bar, listed under the chart
            since, until = queries.period_range(chosen, interval)
            sub = replace(flt, since=since, until=until)
            drill = {
                "period": chosen,
                "label": _period_label(chosen, interval, True),
                "total": queries.count_events(con, sub),
                "items": queries.list_events(con, sub, 50, 0),
                "href": "/events?" + _qs(sub.query()),
            }
        base = {**flt.query(), "interval": interval, "by": by}
        return render(
            "timeline.html",
            flt=flt,
            data=data,
            chart=_goldstein_chart(data, base) if by == "goldstein" else _chart(data, by, base),
            interval=interval,
            by=by,
            notice=notice,
            drill=drill,
            nav="timeline",
        )

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(flt: Filt, con: Con) -> HTMLResponse:
        return render("map.html", flt=flt, nav="map")

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(con: Con, pg: Paging, q: Txt = None) -> HTMLResponse:
        page, per_page = pg
        words = _text("q", q)
        res = None
        if words:
            res = queries.search_store(con, _search_words(words), per_page, (page - 1) * per_page)
        return render(
            "search.html",
            q=words or "",
            res=res,
            pager=_pages(res["total"] if res else 0, page, per_page),
            params={"q": words} if words else {},
            parts=search_parts,
            nav="search",
        )

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(con: Con, pg: Paging, q: Txt = None, sort: Txt = None) -> HTMLResponse:
        page, per_page = pg
        words = _text("q", q)
        order = _choice("sort", sort, tuple(queries.ACTOR_SORTS)) or "-events"
        total, items = queries.actors(con, words, per_page, (page - 1) * per_page, order)
        return render(
            "actors.html",
            q=words or "",
            sort=order,
            items=items,
            pager=_pages(total, page, per_page),
            params={k: v for k, v in (("q", words), ("sort", sort and order)) if v},
            nav="actors",
        )

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(flt: Filt, con: Con) -> HTMLResponse:
        return render("network.html", flt=flt, nav="network")

    @app.get("/actors/{key:path}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(key: Annotated[str, PathParam(max_length=MAX_PARAM)], con: Con) -> HTMLResponse:
        key = _text("key", key) or ""
        summary = queries.actor_summary(con, key)
        if not summary["events"]["actor"] and not summary["events"]["recipient"]:
            _, quotes_ = queries.search_quotes(con, key, None, None, None, None, 1, 0)
            if not quotes_:
                raise ApiError(404, "not_found", f"no events or quotes for actor {key!r}", "key")
        as_actor = queries.list_events(con, Filters(actor=key), 20, 0)
        as_recipient = queries.list_events(con, Filters(recipient=key), 20, 0)
        nq, quotes = queries.search_quotes(con, key, None, None, None, None, 20, 0)
        return render(
            "actor.html",
            key=key,
            s=summary,
            chart=_actor_chart(summary),
            as_actor=as_actor,
            as_recipient=as_recipient,
            quotes=quotes,
            n_quotes=nq,
            nav="actors",
        )

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(
        article_id: Annotated[str, PathParam(max_length=MAX_PARAM * 2)], con: Con
    ) -> HTMLResponse:
        analysis = queries.article_analysis(con, article_id)
        if analysis is None:
            raise ApiError(404, "not_found", f"no article with id {article_id!r}", "article_id")
        return render(
            "article.html",
            a=analysis,
            view=article_view(analysis),
            copies=queries.article_copies(con, article_id),
            nav="articles",
        )

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes_page(
        con: Con,
        pg: Paging,
        speaker: Txt = None,
        q: Txt = None,
        kind: Txt = None,
        since: Txt = None,
        until: Txt = None,
    ) -> HTMLResponse:
        page, per_page = pg
        args = _quote_args(speaker, q, kind, since, until)
        total, items = queries.search_quotes(con, *args, per_page, (page - 1) * per_page)
        form = dict(zip(("speaker", "q", "kind", "since", "until"), args, strict=True))
        return render(
            "quotes.html",
            items=items,
            form=form,
            params={k: v for k, v in form.items() if v},
            pager=_pages(total, page, per_page),
            nav="quotes",
        )

    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> HTMLResponse:
        return render("docs.html", nav="docs")

    # --- JSON API ------------------------------------------------------------------

    @app.get("/api/events", tags=["events"], responses=ERRORS)
    def api_events(flt: Filt, vw: Vw, pg: Paging, con: Con) -> dict[str, Any]:
        """Events matching the filters, newest first (or by ``sort``), one page at a time.

        ``level=event`` lists corpus-level events instead: one per real-world event,
        clustered from its reports, with ``mentions``, ``sources`` and the ``reports``.
        """
        page, per_page = pg
        total, items = _events(con, flt, vw, page, per_page)
        params = {**flt.query(), **vw.query()}
        return {**_page_meta(total, page, per_page, params), "items": items}

    @app.get("/api/timeline", tags=["events"], responses=ERRORS)
    def api_timeline(
        flt: Filt,
        con: Con,
        interval: Annotated[str, Query(description="day, week or month")] = "month",
        by: Annotated[str, Query(description="type or quad")] = "type",
    ) -> dict[str, Any]:
        """Event counts per day, week or month, by event type or quad class, with each
        period's mean Goldstein score (``goldstein``, over events with a CAMEO code)."""
        interval = _choice("interval", interval, INTERVALS) or "month"
        by = _choice("by", by, ("type", "quad")) or "type"
        return queries.timeline(con, flt, interval, by)

    @app.get("/api/map", tags=["events"], responses=ERRORS)
    def api_map(flt: Filt, con: Con) -> dict[str, Any]:
        """Event locations with counts per place and type (at most 20,000 points)."""
        return queries.map_points(con, flt, MAP_POINTS)

    @app.get("/api/actors/{key:path}", tags=["actors"], responses=ERRORS)
    def api_actor(
        key: Annotated[str, PathParam(max_length=MAX_PARAM, description="code (IRQLEG) or name")],
        con: Con,
        pg: Paging,
    ) -> dict[str, Any]:
        """An actor's events as actor and recipient over time, counterparts, quotes."""
        key = _text("key", key) or ""
        if not key:
            raise ApiError(404, "not_found", "no actor key; expected /api/actors/{code or name}")
        page, per_page = pg
        summary = queries.actor_summary(con, key)
        nq, quotes = queries.search_quotes(
            con, key, None, None, None, None, per_page, (page - 1) * per_page
        )
        if not summary["events"]["actor"] and not summary["events"]["recipient"] and not nq:
            raise ApiError(404, "not_found", f"no events or quotes for actor {key!r}", "key")
        return {**summary, "quotes": {**_page_meta(nq, page, per_page, {}), "items": quotes}}

    @app.get("/api/articles/{article_id:path}", tags=["articles"], responses=ERRORS)
    def api_article(
        article_id: Annotated[str, PathParam(max_length=MAX_PARAM * 2)], con: Con
    ) -> dict[str, Any]:
        """One article with all its records (the JSON contract, text included)."""
        analysis = queries.article_analysis(con, article_id)
        if analysis is None:
            raise ApiError(404, "not_found", f"no article with id {article_id!r}", "article_id")
        return analysis.to_dict(include_text=True)

    @app.get("/api/quotes", tags=["quotes"], responses=ERRORS)
    def api_quotes(
        con: Con,
        pg: Paging,
        speaker: Annotated[
            str | None, Query(description="speaker code prefix or words of the name")
        ] = None,
        q: Annotated[str | None, Query(description="words in what was said")] = None,
        kind: Annotated[str | None, Query(description="direct, indirect or mixed")] = None,
        since: Annotated[str | None, Query(description="earliest article date")] = None,
        until: Annotated[str | None, Query(description="latest article date")] = None,
        format: Annotated[
            str | None,
            Query(description="json (default, paginated), or csv / jsonl: every match, a file"),
        ] = None,
    ) -> Any:
        """Who said what: quotes by speaker and by words; ``format=csv|jsonl`` exports them
        (speaker, resolved speaker code, cue, content, kind, article and offsets)."""
        page, per_page = pg
        args = _quote_args(speaker, q, kind, since, until)
        fmt = _choice("format", format, ("json", "csv", "jsonl")) or "json"
        if fmt != "json":
            rows = queries.quote_rows(con, args, EXPORT_LIMIT)
            if fmt == "jsonl":
                body: Iterator[str] = (json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
                media, name = "application/x-ndjson", "eventwire-quotes.jsonl"
            else:
                flat = (
                    {**r, "content_spans": ";".join(f"{a}-{b}" for a, b in r["content_spans"])}
                    for r in rows
                )
                body = _csv(flat, QUOTE_COLUMNS, ",")
                media, name = "text/csv", "eventwire-quotes.csv"
            return StreamingResponse(
                body,
                media_type=f"{media}; charset=utf-8",
                headers={"Content-Disposition": f'attachment; filename="{name}"'},
            )
        total, items = queries.search_quotes(con, *args, per_page, (page - 1) * per_page)
        params = dict(zip(("speaker", "q", "kind", "since", "until"), args, strict=True))
        return {
            **_page_meta(total, page, per_page, {k: v for k, v in params.items() if v}),
            "items": items,
        }

    @app.get("/api/search", tags=["search"], responses=ERRORS)
    def api_search(
        con: Con,
        pg: Paging,
        q: Annotated[
            str | None, Query(description="words, all of which a result holds (any order)")
        ] = None,
    ) -> dict[str, Any]:
        """Full-text search over article titles and text, quotes and actor names.

        Articles holding every word, best first, each with a ``snippet`` (text and the
        ``highlights`` offsets in it), and those articles' events whose sentence holds
        every word."""
        page, per_page = pg
        words = _search_words(q)
        res = queries.search_store(con, words, per_page, (page - 1) * per_page)
        return {**_page_meta(res["total"], page, per_page, {"q": words}), **res}

    @app.get("/api/actors", tags=["actors"], responses=ERRORS)
    def api_actors(
        con: Con,
        pg: Paging,
        q: Annotated[str | None, Query(description="code prefix (USA) or words of a name")] = None,
        sort: Annotated[
            str | None, Query(description="-events (default), events, code, -code, name, -name")
        ] = None,
    ) -> dict[str, Any]:
        """Actor codes with their commonest name and event counts (as actor, recipient)."""
        page, per_page = pg
        words = _text("q", q)
        order = _choice("sort", sort, tuple(queries.ACTOR_SORTS)) or "-events"
        total, items = queries.actors(con, words, per_page, (page - 1) * per_page, order)
        params = {k: v for k, v in (("q", words), ("sort", sort and order)) if v}
        return {**_page_meta(total, page, per_page, params), "items": items}

    @app.get("/api/network", tags=["actors"], responses=ERRORS)
    def api_network(
        flt: Filt,
        con: Con,
        max_edges: Annotated[
            int, Query(ge=1, le=5000, description="strongest links kept")
        ] = NETWORK_EDGES,
    ) -> dict[str, Any]:
        """Who acts on whom: actor -> recipient links among the filtered events, with
        counts by PLOVER type (``edges``) and the actors they join (``nodes``)."""
        return queries.network(con, flt, max_edges)

    def openapi() -> dict[str, Any]:
        # invalid parameters answer 400 in the one error shape, never FastAPI's 422
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            spec = get_openapi(
                title=app.title,
                version=app.version,
                summary=app.summary,
                description=app.description,
                routes=app.routes,
            )
            for item in spec.get("paths", {}).values():
                for op in item.values():
                    op.get("responses", {}).pop("422", None)
            for name in ("HTTPValidationError", "ValidationError"):
                spec.get("components", {}).get("schemas", {}).pop(name, None)
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(RequestGuard, allow_hosts=tuple(allow_hosts))  # outermost: first
    return app


def _search_words(q: str | None) -> str:
    """A search query with at least one word to look for (400 otherwise)."""
    words = _text("q", q)
    if not words or not query_terms(words):
        raise _bad("q", f"expected words to search for (letters or digits), got {q!r}")
    return words


def _events(
    con: Any, flt: Filters, vw: View, page: int, per_page: int
) -> tuple[int, list[dict[str, Any]]]:
    """(total, one page) of event mentions or, with level=event, of corpus events."""
    offset = (page - 1) * per_page
    if vw.level == "event":
        return queries.corpus_events(con, flt, per_page, offset, vw.sort, vw.min_mentions)
    total = queries.count_events(con, flt)
    return total, queries.list_events(con, flt, per_page, offset, vw.sort)


def _quote_args(
    speaker: str | None, q: str | None, kind: str | None, since: str | None, until: str | None
) -> tuple[str | None, str | None, str | None, str | None, str | None]:
    return (
        _text("speaker", speaker),
        _text("q", q),
        _choice("kind", kind, QUOTE_KINDS),
        _date("since", since),
        _date("until", until),
    )


def _page_meta(total: int, page: int, per_page: int, params: dict[str, Any]) -> dict[str, Any]:
    pages = max(1, math.ceil(total / per_page))
    nxt = None
    if page < pages:
        nxt = "?" + _qs({**params, "page": page + 1, "per_page": per_page})
    return {"total": total, "page": page, "per_page": per_page, "pages": pages, "next": nxt}


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row made CSV-ready: lists joined with ';'."""
    return {k: ";".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}


def _csv(rows: Iterator[dict[str, Any]], columns: list[str] | None, delim: str) -> Iterator[str]:
    """Stream rows as CSV text in chunks, header first."""
    buf = io.StringIO()
    writer: csv.DictWriter[str] | None = None
    n = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(
                buf, fieldnames=columns or list(row), delimiter=delim, lineterminator="\n"
            )
            writer.writeheader()
        writer.writerow(csvsafe.row(row))  # no cell a spreadsheet would run as a formula
        n += 1
        if n % 500 == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    if writer is None and columns:
        csv.writer(buf, delimiter=delim, lineterminator="\n").writerow(columns)
    yield buf.getvalue()


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _period_label(period: str, interval: str, with_year: bool) -> str:
    """A bar's period as an axis label: 'Mar 2023', or '6 Mar' (with the year when asked)."""
    y, m, d = period[:4], int(period[5:7]), int(period[8:10])
    if interval == "month":
        return f"{MONTHS[m - 1]} {y}"
    label = f"{d} {MONTHS[m - 1]}"
    return f"{label} {y}" if with_year else label


def _ticks(
    buckets: list[dict[str, Any]], interval: str, pad: float, step: float, bar_w: float
) -> list[dict[str, Any]]:
    """Readable axis labels: at most about ten, the year shown where it changes."""
    n = len(buckets)
    every = max(1, math.ceil(n / (10 if interval == "month" else 8)))
    ticks, year = [], None
    for i, b in enumerate(buckets):
        if i % every:
            continue
        y = b["period"][:4]
        ticks.append(
            {
                "x": round(pad + i * step + bar_w / 2, 2),
                "label": _period_label(b["period"], interval, y != year),
            }
        )
        year = y
    return ticks


def _chart(data: dict[str, Any], by: str, base: dict[str, Any]) -> dict[str, Any]:
    """Stacked bars of the timeline as SVG geometry; a bar lists its period's events."""
    width, height, pad = 960, 260, 30
    buckets = data["buckets"]
    n = max(1, len(buckets))
    top = max([b["total"] for b in buckets] or [1])
    step = (width - pad) / n
    bar_w = max(1.0, step * 0.8)
    colors = TYPE_COLORS if by == "type" else QUAD_COLORS
    order = list(TYPE_COLORS) if by == "type" else list(QUAD_COLORS)
    bars = []
    for i, b in enumerate(buckets):
        x = pad + i * step
        y = float(height)
        parts = []
        keys = sorted(b["counts"], key=lambda k: order.index(k) if k in order else len(order))
        for k in keys:
            c = b["counts"][k]
            h = (height - 10) * c / top
            y -= h
            parts.append(
                {
                    "key": k,
                    "label": k if by == "type" else QUAD_NAMES.get(int(k), k) if k.isdigit() else k,
                    "count": c,
                    "y": round(y, 2),
                    "h": round(h, 2),
                    "color": colors.get(k, "#888"),
                }
            )
        bars.append(
            {
                "x": round(x, 2),
                "w": round(bar_w, 2),
                "period": b["period"],
                "total": b["total"],
                "parts": parts,
                "href": "/timeline?" + _qs({**base, "period": b["period"]}) + "#drill",
            }
        )
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "ticks": _ticks(buckets, data["interval"], pad, step, bar_w),
        "top": top,
        "legend": [(k, colors[k]) for k in order if any(k in b["counts"] for b in buckets)],
    }


def _goldstein_chart(data: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    """Mean Goldstein score per period as bars up (cooperation) or down (conflict) from 0."""
    width, height, pad = 960, 260, 30
    buckets = data["buckets"]
    n = max(1, len(buckets))
    step = (width - pad) / n
    bar_w = max(1.0, step * 0.8)
    mid = height / 2
    bars = []
    for i, b in enumerate(buckets):
        g = b.get("goldstein")
        h = 0.0 if g is None else (mid - 5) * abs(g) / 10
        y = mid - h if (g or 0) >= 0 else mid
        color = "#4393c3" if (g or 0) >= 0 else "#d6604d"
        bars.append(
            {
                "x": round(pad + i * step, 2),
                "w": round(bar_w, 2),
                "period": b["period"],
                "total": b["total"],
                "parts": [
                    {
                        "key": "goldstein",
                        "label": "mean Goldstein" if g is not None else "no CAMEO codes",
                        "count": g if g is not None else "–",
                        "y": round(y, 2),
                        "h": round(max(h, 0.5), 2),
                        "color": color,
                    }
                ],
                "href": "/timeline?" + _qs({**base, "period": b["period"]}) + "#drill",
            }
        )
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "ticks": _ticks(buckets, data["interval"], pad, step, bar_w),
        "top": "+10",
        "bottom": "−10",
        "zero": mid,
        "legend": [("cooperation (mean > 0)", "#4393c3"), ("conflict (mean < 0)", "#d6604d")],
    }


def _actor_chart(summary: dict[str, Any]) -> dict[str, Any]:
    """Paired bars per month: events as actor and as recipient."""
    width, height, pad = 960, 160, 10
    rows = summary["over_time"]
    n = max(1, len(rows))
    top = max([max(r["actor"], r["recipient"]) for r in rows] or [1]) or 1
    step = (width - pad) / n
    w = max(1.0, step * 0.4)
    bars = []
    for i, r in enumerate(rows):
        x = pad + i * step
        for j, role in enumerate(("actor", "recipient")):
            h = (height - 10) * r[role] / top
            bars.append(
                {
                    "x": round(x + j * w, 2),
                    "y": round(height - h, 2),
                    "w": round(w, 2),
                    "h": round(h, 2),
                    "role": role,
                    "count": r[role],
                    "period": r["period"],
                }
            )
    every = max(1, math.ceil(n / 12))
    ticks = [
        {"x": round(pad + i * step, 2), "label": r["period"][:7]}
        for i, r in enumerate(rows)
        if i % every == 0
    ]
    return {"width": width, "height": height, "bars": bars, "ticks": ticks}
