"""PLACEHOLDER: the event_place annotator (to be replaced by the real one)."""

from __future__ import annotations

from . import Annotator, Context, register


@register("event_place")
class EventPlaceAnnotator(Annotator):
    assigns = ("event_place",)

    def __call__(self, ctx: Context) -> None:
        return None
