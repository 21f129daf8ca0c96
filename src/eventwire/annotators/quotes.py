"""PLACEHOLDER: the quotes annotator (to be replaced by the real one)."""

from __future__ import annotations

from . import Annotator, Context, register


@register("quotes")
class QuotesAnnotator(Annotator):
    assigns = ("quotes",)

    def __call__(self, ctx: Context) -> None:
        return None
