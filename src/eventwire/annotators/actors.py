"""PLACEHOLDER: the actors annotator (to be replaced by the real one).

Contract for other annotators: ``actor_ref(ctx, span)`` returns the ActorRef for an
argument phrase (a spaCy Span): the entity whose mention covers its tokens (via
``ctx.token_entity``), else whatever the phrase itself resolves to; code None when
unknown.
"""

from __future__ import annotations

from typing import Any

from ..records import ActorRef
from . import Annotator, Context, register


def actor_ref(ctx: Context, span: Any) -> ActorRef:
    """The ActorRef for an argument phrase (spaCy Span)."""
    ref = ActorRef(text=span.text, start=span.start_char, end=span.end_char)
    for tok in [span.root, *span]:
        ent_id = ctx.token_entity.get(tok.i)
        if ent_id is not None:
            ent = ctx.analysis.entity(ent_id)
            if ent is not None:
                ref.entity, ref.code, ref.sectors = ent.id, ent.code, list(ent.sectors)
            break
    return ref


@register("actors")
class ActorsAnnotator(Annotator):
    assigns = ("entities",)

    def __call__(self, ctx: Context) -> None:
        return None
