"""spaCy tokens are compared by value, never by identity.

spaCy builds a new ``Token`` object on every access, so ``tok.head is tok`` is never true
(not even at the sentence root) and ``c is not tok`` always is: a climb that stops at the
root by identity never stops there, and an exclusion by identity excludes nothing.
``Token.__eq__`` compares the document and the index, which is what is meant.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import spacy.tokens

SRC = Path(__file__).resolve().parents[1] / "src" / "eventwire"

#: attributes of a spaCy Token that return a (new) Token object
_TOKEN_ATTRS = {"head", "left_edge", "right_edge", "root"}


#: variable names the annotators give tokens: ``head is trigger`` with ``head`` bound by a
#: loop over a set of tokens compares two objects that are never the same
_TOKEN_NAMES = {"tok", "token", "head", "trigger", "verb", "noun", "prep", "child"}


def _token_like(node: ast.expr) -> bool:
    """An expression that yields a fresh Token: ``x.head``, ``x.left_edge``, a variable named
    for a token (``trigger``), or a call of a helper named for a head (``_clause_head(tok)``)."""
    if isinstance(node, ast.Attribute) and node.attr in _TOKEN_ATTRS:
        return True
    if isinstance(node, ast.Name) and node.id in _TOKEN_NAMES:
        return True
    if isinstance(node, ast.Call):
        fn = node.func
        name = (
            fn.id if isinstance(fn, ast.Name) else fn.attr if isinstance(fn, ast.Attribute) else ""
        )
        return name.endswith("head") or name == "core"
    return False


def _identity_comparisons(source: str, name: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        for i, op in enumerate(node.ops):
            pair = operands[i], operands[i + 1]
            if any(isinstance(o, ast.Constant) for o in pair):
                continue  # "tok is None"
            if isinstance(op, (ast.Is, ast.IsNot)) and any(_token_like(o) for o in pair):
                found.append(f"{name}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_structure_token_identity_never_compared() -> None:
    found = [
        hit
        for p in sorted(SRC.rglob("*.py"))
        for hit in _identity_comparisons(p.read_text(encoding="utf-8"), str(p.relative_to(SRC)))
    ]
    assert not found, "tokens compared by identity (use == / !=):\n" + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        "if t.head is t: pass",
        "x = _clause_head(tok) is not tok",
        "y = node is node.head",
        "z = [c for c in kids if head is trigger]",
    ],
)
def test_structure_token_identity_pattern_is_caught(source: str) -> None:
    assert _identity_comparisons(source, "probe.py")


def test_structure_token_identity_premise() -> None:
    """The premise: a root's head is equal to it but not the same object."""
    doc = spacy.tokens.Doc(
        spacy.blank("en").vocab, words=["it", "rains"], heads=[1, 1], deps=["nsubj", "ROOT"]
    )
    root = doc[1]
    assert root.head == root
    assert root.head is not root
