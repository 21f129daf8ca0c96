"""PLACEHOLDER: the event_time annotator (to be replaced by the real one)."""

from __future__ import annotations

from . import Annotator, Context, register


@register("event_time")
class EventTimeAnnotator(Annotator):
    assigns = ("event_time",)

    def __call__(self, ctx: Context) -> None:
        return None
