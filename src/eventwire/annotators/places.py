"""PLACEHOLDER: the places annotator (to be replaced by the real one)."""

from __future__ import annotations

from . import Annotator, Context, register


@register("places")
class PlacesAnnotator(Annotator):
    assigns = ("places",)

    def __call__(self, ctx: Context) -> None:
        return None
