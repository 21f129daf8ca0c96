"""The SVG charts of the timeline and actor pages, as geometry the templates draw."""

from __future__ import annotations

import math
from typing import Any

from ..records import QUAD_NAMES
from .params import qs

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

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def period_label(period: str, interval: str, with_year: bool) -> str:
    """A bar's period as an axis label: 'Mar 2023', or '6 Mar' (with the year when asked)."""
    y, m, d = period[:4], int(period[5:7]), int(period[8:10])
    if interval == "month":
        return f"{MONTHS[m - 1]} {y}"
    label = f"{d} {MONTHS[m - 1]}"
    return f"{label} {y}" if with_year else label


def axis_ticks(
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
                "label": period_label(b["period"], interval, y != year),
            }
        )
        year = y
    return ticks


WIDTH, HEIGHT, PAD = 960, 260, 30  # the timeline chart's box and left margin, in pixels


def _columns(buckets: list[dict[str, Any]]) -> tuple[float, float]:
    """(step between bars, bar width) for one bar per bucket across the chart."""
    step = (WIDTH - PAD) / max(1, len(buckets))
    return step, max(1.0, step * 0.8)


def _bar(
    i: int, buckets: list[dict[str, Any]], parts: list[dict[str, Any]], base: dict[str, Any]
) -> dict[str, Any]:
    """The bar of the ``i``-th bucket, its parts stacked, linking to its events."""
    step, bar_w = _columns(buckets)
    b = buckets[i]
    return {
        "x": round(PAD + i * step, 2),
        "w": round(bar_w, 2),
        "period": b["period"],
        "total": b["total"],
        "parts": parts,
        "href": "/timeline?" + qs({**base, "period": b["period"]}) + "#drill",
    }


def _frame(data: dict[str, Any], bars: list[dict[str, Any]]) -> dict[str, Any]:
    """The chart's box, bars and axis ticks."""
    step, bar_w = _columns(data["buckets"])
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "bars": bars,
        "ticks": axis_ticks(data["buckets"], data["interval"], PAD, step, bar_w),
    }


def type_chart(data: dict[str, Any], by: str, base: dict[str, Any]) -> dict[str, Any]:
    """Stacked bars of the timeline as SVG geometry; a bar lists its period's events."""
    buckets = data["buckets"]
    top = max([b["total"] for b in buckets] or [1])
    colors = TYPE_COLORS if by == "type" else QUAD_COLORS
    order = list(TYPE_COLORS) if by == "type" else list(QUAD_COLORS)
    bars = []
    for i, b in enumerate(buckets):
        y = float(HEIGHT)
        parts = []
        keys = sorted(b["counts"], key=lambda k: order.index(k) if k in order else len(order))
        for k in keys:
            c = b["counts"][k]
            h = (HEIGHT - 10) * c / top
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
        bars.append(_bar(i, buckets, parts, base))
    return {
        **_frame(data, bars),
        "top": top,
        "legend": [(k, colors[k]) for k in order if any(k in b["counts"] for b in buckets)],
    }


def goldstein_chart(data: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    """Mean Goldstein score per period as bars up (cooperation) or down (conflict) from 0."""
    buckets = data["buckets"]
    mid = HEIGHT / 2
    bars = []
    for i, b in enumerate(buckets):
        g = b.get("goldstein")
        h = 0.0 if g is None else (mid - 5) * abs(g) / 10
        y = mid - h if (g or 0) >= 0 else mid
        color = "#4393c3" if (g or 0) >= 0 else "#d6604d"
        part = {
            "key": "goldstein",
            "label": "mean Goldstein" if g is not None else "no CAMEO codes",
            "count": g if g is not None else "–",
            "y": round(y, 2),
            "h": round(max(h, 0.5), 2),
            "color": color,
        }
        bars.append(_bar(i, buckets, [part], base))
    return {
        **_frame(data, bars),
        "top": "+10",
        "bottom": "−10",
        "zero": mid,
        "legend": [("cooperation (mean > 0)", "#4393c3"), ("conflict (mean < 0)", "#d6604d")],
    }


def actor_chart(summary: dict[str, Any]) -> dict[str, Any]:
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
