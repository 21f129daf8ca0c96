"""PLACEHOLDER: the times annotator (to be replaced by the real one)."""

from __future__ import annotations

from . import Annotator, Context, register


@register("times")
class TimesAnnotator(Annotator):
    assigns = ("times",)

    def __call__(self, ctx: Context) -> None:
        return None
