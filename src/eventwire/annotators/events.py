"""PLACEHOLDER: the events annotator (to be replaced by the real one)."""

from __future__ import annotations

from . import Annotator, Context, register


@register("events")
class EventsAnnotator(Annotator):
    assigns = ("events",)

    def __call__(self, ctx: Context) -> None:
        return None
