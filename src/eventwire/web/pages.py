"""The HTML pages: events, export, timeline, map, search, actors, network, articles, quotes."""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse, StreamingResponse

from .. import store_queries as queries
from ..errors import ApiError
from ..formats import gdelt, parquet, plover
from ..search import parts as search_parts
from ..store_queries import INTERVALS, Filters
from .charts import actor_chart, goldstein_chart, period_label, type_chart
from .downloads import attachment, csv_chunks, flat_row
from .handlers import Render
from .highlight import article_view
from .params import (
    ERRORS,
    MAX_PARAM,
    Con,
    Filt,
    Paging,
    Txt,
    Vw,
    choice_arg,
    date_arg,
    event_page,
    pages,
    qs,
    quote_args,
    search_words,
    text_arg,
)

EXPORT_FORMATS = ("csv", "plover-jsonl", "gdelt-csv")


def register_pages(app: FastAPI, render: Render, limits: Any) -> None:
    """Add the HTML pages (and the events export) to ``app``; ``limits.export`` bounds
    an export."""
    _event_pages(app, render, limits)
    _record_pages(app, render)


def _event_pages(app: FastAPI, render: Render, limits: Any) -> None:
    """The events table and its export, the timeline and the map."""

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> RedirectResponse:
        return RedirectResponse("/static/favicon.svg")

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/events")

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, flt: Filt, vw: Vw, pg: Paging, con: Con) -> HTMLResponse:
        page, per_page = pg
        total, items = event_page(con, flt, vw, page, per_page)
        return render(
            "events.html",
            flt=flt,
            view=vw,
            items=items,
            pager=pages(total, page, per_page),
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
        fmt = choice_arg("format", format, EXPORT_FORMATS)
        pairs = queries.export_pairs(con, flt, limits.export)
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
            body = csv_chunks((flat_row(parquet.row(a, e)) for a, e in pairs), None, ",")
            media, name = "text/csv", "eventwire-events.csv"
        return attachment(body, media, name)

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(
        flt: Filt,
        con: Con,
        interval: Annotated[str, Query(max_length=10)] = "month",
        by: Annotated[str, Query(max_length=10)] = "type",
        period: Annotated[str | None, Query(max_length=10)] = None,
    ) -> HTMLResponse:
        interval = choice_arg("interval", interval, INTERVALS) or "month"
        by = choice_arg("by", by, ("type", "quad", "goldstein")) or "type"
        chosen = date_arg("period", period)
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
                "label": period_label(chosen, interval, True),
                "total": queries.count_events(con, sub),
                "items": queries.list_events(con, sub, 50, 0),
                "href": "/events?" + qs(sub.query()),
            }
        base = {**flt.query(), "interval": interval, "by": by}
        return render(
            "timeline.html",
            flt=flt,
            data=data,
            chart=goldstein_chart(data, base) if by == "goldstein" else type_chart(data, by, base),
            interval=interval,
            by=by,
            notice=notice,
            drill=drill,
            nav="timeline",
        )

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(flt: Filt, con: Con) -> HTMLResponse:
        return render("map.html", flt=flt, nav="map")


def _record_pages(app: FastAPI, render: Render) -> None:
    """Search, actors and their network, articles, quotes and the API docs."""

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(con: Con, pg: Paging, q: Txt = None) -> HTMLResponse:
        page, per_page = pg
        words = text_arg("q", q)
        res = None
        if words:
            res = queries.search_store(con, search_words(words), per_page, (page - 1) * per_page)
        return render(
            "search.html",
            q=words or "",
            res=res,
            pager=pages(res["total"] if res else 0, page, per_page),
            params={"q": words} if words else {},
            parts=search_parts,
            nav="search",
        )

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(con: Con, pg: Paging, q: Txt = None, sort: Txt = None) -> HTMLResponse:
        page, per_page = pg
        words = text_arg("q", q)
        order = choice_arg("sort", sort, tuple(queries.ACTOR_SORTS)) or "-events"
        total, items = queries.actors(con, words, per_page, (page - 1) * per_page, order)
        return render(
            "actors.html",
            q=words or "",
            sort=order,
            items=items,
            pager=pages(total, page, per_page),
            params={k: v for k, v in (("q", words), ("sort", sort and order)) if v},
            nav="actors",
        )

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(flt: Filt, con: Con) -> HTMLResponse:
        return render("network.html", flt=flt, nav="network")

    @app.get("/actors/{key:path}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(key: Annotated[str, PathParam(max_length=MAX_PARAM)], con: Con) -> HTMLResponse:
        key = text_arg("key", key) or ""
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
            chart=actor_chart(summary),
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
        args = quote_args(speaker, q, kind, since, until)
        total, items = queries.search_quotes(con, *args, per_page, (page - 1) * per_page)
        form = dict(zip(("speaker", "q", "kind", "since", "until"), args, strict=True))
        return render(
            "quotes.html",
            items=items,
            form=form,
            params={k: v for k, v in form.items() if v},
            pager=pages(total, page, per_page),
            nav="quotes",
        )

    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> HTMLResponse:
        return render("docs.html", nav="docs")
