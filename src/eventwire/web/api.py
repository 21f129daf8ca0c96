"""The JSON API: events, timeline, map, actors, articles, quotes, search, network."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import FastAPI, Query
from fastapi import Path as PathParam

from .. import store_queries as queries
from ..errors import ApiError
from ..store_queries import INTERVALS
from .downloads import attachment, csv_chunks
from .params import (
    ERRORS,
    MAX_PARAM,
    Con,
    Filt,
    Paging,
    Vw,
    choice_arg,
    event_page,
    page_meta,
    quote_args,
    search_words,
    text_arg,
)

QUOTE_COLUMNS = [
    "id", "article_id", "date", "kind", "speaker", "speaker_start", "speaker_end",
    "speaker_name", "speaker_code", "cue", "cue_start", "cue_end", "content", "content_spans",
    "source", "title",
]  # fmt: skip


def register_api(app: FastAPI, limits: Any) -> None:
    """Add the JSON API to ``app``; ``limits`` bounds the map, exports and network."""
    _event_api(app, limits)
    _record_api(app, limits)


def _event_api(app: FastAPI, limits: Any) -> None:
    """Events (mentions or corpus events), their timeline and their map."""

    @app.get("/api/events", tags=["events"], responses=ERRORS)
    def api_events(flt: Filt, vw: Vw, pg: Paging, con: Con) -> dict[str, Any]:
        """Events matching the filters, newest first (or by ``sort``), one page at a time.

        ``level=event`` lists corpus-level events instead: one per real-world event,
        clustered from its reports, with ``mentions``, ``sources`` and the ``reports``.
        """
        page, per_page = pg
        total, items = event_page(con, flt, vw, page, per_page)
        params = {**flt.query(), **vw.query()}
        return {**page_meta(total, page, per_page, params), "items": items}

    @app.get("/api/timeline", tags=["events"], responses=ERRORS)
    def api_timeline(
        flt: Filt,
        con: Con,
        interval: Annotated[str, Query(description="day, week or month")] = "month",
        by: Annotated[str, Query(description="type or quad")] = "type",
    ) -> dict[str, Any]:
        """Event counts per day, week or month, by event type or quad class, with each
        period's mean Goldstein score (``goldstein``, over events with a CAMEO code)."""
        interval = choice_arg("interval", interval, INTERVALS) or "month"
        by = choice_arg("by", by, ("type", "quad")) or "type"
        return queries.timeline(con, flt, interval, by)

    @app.get("/api/map", tags=["events"], responses=ERRORS)
    def api_map(flt: Filt, con: Con) -> dict[str, Any]:
        """Event locations with counts per place and type (at most 20,000 points)."""
        return queries.map_points(con, flt, limits.map_points)


def _record_api(app: FastAPI, limits: Any) -> None:
    """Actors and their network, articles, quotes and full-text search."""

    @app.get("/api/actors/{key:path}", tags=["actors"], responses=ERRORS)
    def api_actor(
        key: Annotated[str, PathParam(max_length=MAX_PARAM, description="code (IRQLEG) or name")],
        con: Con,
        pg: Paging,
    ) -> dict[str, Any]:
        """An actor's events as actor and recipient over time, counterparts, quotes."""
        key = text_arg("key", key) or ""
        if not key:
            raise ApiError(404, "not_found", "no actor key; expected /api/actors/{code or name}")
        page, per_page = pg
        summary = queries.actor_summary(con, key)
        nq, quotes = queries.search_quotes(
            con, key, None, None, None, None, per_page, (page - 1) * per_page
        )
        if not summary["events"]["actor"] and not summary["events"]["recipient"] and not nq:
            raise ApiError(404, "not_found", f"no events or quotes for actor {key!r}", "key")
        return {**summary, "quotes": {**page_meta(nq, page, per_page, {}), "items": quotes}}

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
        args = quote_args(speaker, q, kind, since, until)
        fmt = choice_arg("format", format, ("json", "csv", "jsonl")) or "json"
        if fmt != "json":
            rows = queries.quote_rows(con, args, limits.export)
            if fmt == "jsonl":
                body: Iterator[str] = (json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
                media, name = "application/x-ndjson", "eventwire-quotes.jsonl"
            else:
                flat = (
                    {**r, "content_spans": ";".join(f"{a}-{b}" for a, b in r["content_spans"])}
                    for r in rows
                )
                body = csv_chunks(flat, QUOTE_COLUMNS, ",")
                media, name = "text/csv", "eventwire-quotes.csv"
            return attachment(body, media, name)
        total, items = queries.search_quotes(con, *args, per_page, (page - 1) * per_page)
        params = dict(zip(("speaker", "q", "kind", "since", "until"), args, strict=True))
        return {
            **page_meta(total, page, per_page, {k: v for k, v in params.items() if v}),
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
        words = search_words(q)
        res = queries.search_store(con, words, per_page, (page - 1) * per_page)
        return {**page_meta(res["total"], page, per_page, {"q": words}), **res}

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
        words = text_arg("q", q)
        order = choice_arg("sort", sort, tuple(queries.ACTOR_SORTS)) or "-events"
        total, items = queries.actors(con, words, per_page, (page - 1) * per_page, order)
        params = {k: v for k, v in (("q", words), ("sort", sort and order)) if v}
        return {**page_meta(total, page, per_page, params), "items": items}

    @app.get("/api/network", tags=["actors"], responses=ERRORS)
    def api_network(
        flt: Filt,
        con: Con,
        max_edges: Annotated[
            int, Query(ge=1, le=5000, description="strongest links kept")
        ] = limits.network_edges,
    ) -> dict[str, Any]:
        """Who acts on whom: actor -> recipient links among the filtered events, with
        counts by PLOVER type (``edges``) and the actors they join (``nodes``)."""
        return queries.network(con, flt, max_edges)


def openapi_schema(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document, without FastAPI's 422: invalid parameters answer 400 in the
    one error shape."""
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
