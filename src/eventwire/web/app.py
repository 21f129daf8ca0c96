"""The FastAPI application: server-rendered pages and the JSON API over one store.

Pages (HTML): ``/events`` (table, filters in the URL, pagination, export),
``/events/export``, ``/timeline``, ``/map``, ``/actors/{key}``, ``/articles/{id}``,
``/quotes`` and ``/api/docs`` (Swagger UI, served from bundled files).
API (JSON): ``/api/events``, ``/api/timeline``, ``/api/map``, ``/api/actors/{key}``,
``/api/articles/{id}``, ``/api/quotes``, ``/api/openapi.json``.

Every API error has one shape, ``{"error": {"status", "code", "message", "param"}}``;
pages show the same message on an HTML error page with the same status.
The database is opened read-only; each request gets its own DuckDB cursor.

``create_app`` assembles the parts, each in its own module, in the order a request
meets them: ``guard`` (host names), ``handlers`` (limits, headers, the error shape),
``params`` (each parameter validated), ``pages`` and ``api`` (the routes, by area),
which call the store's queries (``eventwire.store_queries``) and draw with ``charts``,
``highlight`` and ``downloads``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader

from .. import store_queries as queries
from ..formats import PLOVER_QUAD
from ..records import AUX_MODES, PLOVER_TYPES, QUAD_NAMES, QUOTE_KINDS
from .api import openapi_schema, register_api
from .charts import QUAD_COLORS, TYPE_COLORS
from .guard import RequestGuard
from .handlers import register_handlers
from .highlight import KINDS
from .live import LiveStore
from .pages import register_pages
from .params import ApiError, qs

__all__ = ["ApiError", "create_app"]

HERE = Path(__file__).resolve().parent
MAP_POINTS = 20_000
EXPORT_LIMIT = 100_000
NETWORK_EDGES = 300


class Limits:
    """The bounds on what one request returns, read from this module when asked (so a
    test, or an embedding application, may change them)."""

    @property
    def map_points(self) -> int:
        """Most points the map API returns."""
        return MAP_POINTS

    @property
    def export(self) -> int:
        """Most events or quotes one download holds."""
        return EXPORT_LIMIT

    @property
    def network_edges(self) -> int:
        """Strongest actor links the network API keeps by default."""
        return NETWORK_EDGES


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


def _snapshot(path: str) -> tuple[Any, dict[str, Any]]:
    """A connection over a snapshot of the store, and the facts its pages show."""
    con = queries.open_db(path)
    return con, {"facets": queries.facets(con)}


def _templates(db: str | Path) -> Environment:
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
        qs=qs,
        code=_code,
        sentence_parts=_sentence_parts,
        db_name=Path(str(db)).name,
    )
    return env


def create_app(db: str | Path, allow_hosts: Iterable[str] = ()) -> FastAPI:
    """The web application over the store at ``db`` (opened read-only), answering requests
    for the loopback host names and ``allow_hosts`` (see ``web.guard``)."""
    from ..store import Store

    Store(db, read_only=True, lock_timeout=30.0).close()  # a clear error for a bad file
    live = LiveStore(str(db), _snapshot)
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
    env = _templates(db)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def render(name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        ctx.setdefault("facets", live.current.facts["facets"])
        return HTMLResponse(env.get_template(name).render(**ctx), status_code=status)

    limits = Limits()
    register_handlers(app, render)
    register_pages(app, render, limits)
    register_api(app, limits)
    app.openapi = lambda: openapi_schema(app)  # type: ignore[method-assign]
    app.add_middleware(RequestGuard, allow_hosts=tuple(allow_hosts))  # outermost: first
    return app
