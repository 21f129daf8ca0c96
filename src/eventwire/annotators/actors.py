"""PLACEHOLDER: the actors annotator (to be replaced by the real one)."""

from __future__ import annotations

from . import Annotator, Context, register


@register("actors")
class ActorsAnnotator(Annotator):
    assigns = ("actors",)

    def __call__(self, ctx: Context) -> None:
        return None
