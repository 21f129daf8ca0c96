"""PLACEHOLDER: the framing annotator (to be replaced by the real one)."""

from __future__ import annotations

from . import Annotator, Context, register


@register("framing")
class FramingAnnotator(Annotator):
    assigns = ("framing",)

    def __call__(self, ctx: Context) -> None:
        return None
