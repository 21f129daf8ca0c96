"""The house's structure rules, checked over src/eventwire (issue 21).

- no class over 400 lines, no function over 120 (a long one is split by responsibility);
- annotators hand results to each other through typed Context fields, never a
  string-keyed store (``ctx.data[...]``);
- every annotator declares what it requires and assigns, and an annotator module
  touches only the hand-off fields its annotator declares.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import re
from pathlib import Path

import pytest

from eventwire import annotators
from eventwire.annotators import HANDOFFS, Annotator, Context

SRC = Path(__file__).resolve().parents[1] / "src" / "eventwire"
MAX_CLASS = 400
MAX_FUNCTION = 120


def _sources() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def _oversized() -> dict[str, int]:
    """'path::Qualified.name' -> lines, for every class and function over its limit."""
    found: dict[str, int] = {}

    def walk(node: ast.AST, rel: str, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                assert child.end_lineno is not None
                size = child.end_lineno - child.lineno + 1
                limit = MAX_CLASS if isinstance(child, ast.ClassDef) else MAX_FUNCTION
                name = prefix + child.name
                if size > limit:
                    found[f"{rel}::{name}"] = size
                walk(child, rel, name + ".")
            else:
                walk(child, rel, prefix)

    for path in _sources():
        walk(ast.parse(path.read_text(encoding="utf-8")), path.relative_to(SRC).as_posix(), "")
    return found


def test_structure_sizes_within_limits():
    over = _oversized()
    assert not over, (
        f"classes over {MAX_CLASS} or functions over {MAX_FUNCTION} lines (split them by "
        f"responsibility): {over}"
    )


# ctx.data["..."], ctx.data.get(...), self.ctx.data: the string-keyed store that the typed
# Context fields replaced
_STRING_KEYED = re.compile(r"\bctx\.data\b|\bContext\([^)]*\bdata=")


@pytest.mark.parametrize("path", _sources(), ids=lambda p: p.relative_to(SRC).as_posix())
def test_structure_no_string_keyed_context(path):
    hits = [
        f"{path.name}:{n}: {line.strip()}"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _STRING_KEYED.search(line)
    ]
    assert not hits, hits


def test_structure_context_fields_are_typed():
    for f in dataclasses.fields(Context):
        assert f.name != "data"
        assert not str(f.type).startswith(("dict[str", "Mapping[str", "Any")), (f.name, f.type)


def _annotator_modules() -> dict[str, list[type[Annotator]]]:
    for name in annotators.BUILTIN:
        annotators.get(name)
    by_module: dict[str, list[type[Annotator]]] = {}
    for cls in annotators.REGISTRY.values():
        if cls.__module__.startswith("eventwire."):
            by_module.setdefault(cls.__module__, []).append(cls)
    return by_module


@pytest.mark.parametrize("name", sorted(annotators.BUILTIN))
def test_structure_annotator_declares_contract(name):
    cls = annotators.get(name)
    source = ast.parse(Path(importlib.import_module(cls.__module__).__file__).read_text())
    body = next(
        n for n in ast.walk(source) if isinstance(n, ast.ClassDef) and n.name == cls.__name__
    )
    declared = {
        t.id
        for n in body.body
        if isinstance(n, (ast.Assign, ast.AnnAssign))
        for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
        if isinstance(t, ast.Name)
    }
    assert {"requires", "assigns"} <= declared, f"{cls.__name__} declares {sorted(declared)}"
    assert cls.assigns


@pytest.mark.parametrize("module", sorted(_annotator_modules()))
def test_structure_handoffs_go_through_declarations(module):
    classes = _annotator_modules()[module]
    declared = {d for cls in classes for d in (*cls.requires, *cls.assigns)}
    path = Path(importlib.import_module(module).__file__)
    used = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in HANDOFFS:
            base = node.value
            if (isinstance(base, ast.Name) and base.id == "ctx") or (
                isinstance(base, ast.Attribute) and base.attr == "ctx"
            ):
                used.add(node.attr)
    assert used <= declared, f"{module} reads or writes {sorted(used - declared)} undeclared"


def test_structure_one_exception_tree():
    from eventwire import errors

    strays = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                isinstance(b, ast.Name) and (b.id.endswith(("Error", "Exception")))
                for b in node.bases
            ):
                if path.name != "errors.py":
                    strays.append(f"{path.relative_to(SRC)}::{node.name}")
    assert not strays, f"exception classes outside errors.py: {strays}"
    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, Exception)]
    for cls in classes:
        assert issubclass(cls, errors.EventwireError), cls
        drawn = re.search(rf"^\s+(?:[│├└─ ]+)?{cls.__name__}\b", errors.__doc__, re.M)
        assert drawn, f"{cls.__name__} is not drawn in errors.py's tree"


def _imported_modules(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.update(a.asname or a.name for a in node.names)
    return names


# A private name (_name) is shared within its own package (a module split into a package
# of modules, ``from .part import _helper``), never reached from another package
# (``from ..other import _helper``, ``from eventwire.x import _helper``, ``module._helper``).
@pytest.mark.parametrize("path", _sources(), ids=lambda p: p.relative_to(SRC).as_posix())
def test_structure_no_private_reads_across_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = _imported_modules(tree) - {"os", "sys"}  # os._exit, sys._getframe
    reads = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.level != 1
            and node.level + ((node.module or "").startswith("eventwire"))
        ):
            reads += [f"from {node.module} import {a.name}" for a in node.names if _private(a.name)]
        elif (
            isinstance(node, ast.Attribute)
            and _private(node.attr)
            and isinstance(node.value, ast.Name)
            and node.value.id in imported
        ):
            reads.append(f"line {node.lineno}: {ast.unparse(node)}")
    assert not reads, reads


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


# Knowledge in data (issue 21, item 4): a module-level collection of this many lowercase
# words or phrases or more is a word list, and word lists belong in resources/ files. The
# parser's labels (spaCy's glossary: dependency labels, POS tags, entity labels) are not
# counted. Names listed here are closed classes tied to a rule, or identifiers (commands,
# formats, field names) that happen to be words; each says which.
MAX_CODE_WORDS = 8
CODE_WORD_LISTS = {
    # the names of event_place's own rules, as Event.place_rule writes them (no knowledge)
    "annotators/place_local.py::TEXT_RULES": "event_place rule names",
    # closed grammatical classes read by one rule each (the rule is the knowledge)
    "annotators/event_filter.py::_PRONOUNS": "personal and demonstrative pronouns",
    "annotators/event_grammar.py::_PRONOUNS": "personal pronouns",
    "annotators/event_grammar.py::_RECIPIENT_PREPS": "prepositions that introduce a recipient",
    "annotators/event_grammar.py::_LOCATION_PREPS": "prepositions that introduce a place",
    # identifiers: names of commands, formats, fields, kinds of clue or entry
    "annotators/place_resolution.py::BASES": "names of the resolution clues",
    "annotators/event_place.py::_KINDS": "kinds of entry in resources/geo/event_place.tsv",
    "annotators/timex/lexicon.py::KINDS": "section names of the time lexicon",
    "annotators/event_time.py::_WORD_KINDS": "kinds of entry in resources/time/event_time.tsv",
    "cli.py::COMMANDS": "command names",
    "gazetteer.py::FEATURES": "gazetteer feature classes",
    "ingest/__init__.py::FORMATS": "source format names",
    "ingest/tabular.py::FIELDS": "column names",
    "web/api.py::QUOTE_COLUMNS": "column names",
}
_WORD = re.compile(r"[a-z]+(?: [a-z]+)*")


def _literal_strings(value: ast.expr) -> list[str]:
    """The string items of a set/list/tuple/dict literal, or of frozenset(...) over one."""
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and len(value.args) == 1:
        if value.func.id in ("frozenset", "set", "tuple", "list"):
            value = value.args[0]
    items: list[ast.expr | None] = []
    if isinstance(value, (ast.Set, ast.List, ast.Tuple)):
        items = list(value.elts)
    elif isinstance(value, ast.Dict):
        items = list(value.keys)
    return [e.value for e in items if isinstance(e, ast.Constant) and isinstance(e.value, str)]


def _code_word_lists() -> dict[str, int]:
    """'path::NAME' -> words, for each module- or class-level word list in the source."""
    glossary = set(pytest.importorskip("spacy.glossary").GLOSSARY)
    found = {}
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bodies = [tree.body] + [n.body for n in tree.body if isinstance(n, ast.ClassDef)]
        for node in (n for body in bodies for n in body):
            if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
                continue
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            words = [
                s for s in _literal_strings(node.value) if _WORD.fullmatch(s) and s not in glossary
            ]
            if len(words) >= MAX_CODE_WORDS:
                found[f"{path.relative_to(SRC).as_posix()}::{ast.unparse(target)}"] = len(words)
    return found


def test_structure_word_lists_live_in_resources():
    found = _code_word_lists()
    strays = {name: n for name, n in found.items() if name not in CODE_WORD_LISTS}
    assert not strays, (
        f"word lists written in code (move them to a resources/ file with a note on where "
        f"their entries come from, read through eventwire.resources): {strays}"
    )
    assert set(CODE_WORD_LISTS) <= set(found), (
        f"allowed word lists no longer in the code (drop them from CODE_WORD_LISTS): "
        f"{sorted(set(CODE_WORD_LISTS) - set(found))}"
    )


@pytest.mark.parametrize(
    ("source", "caught"),
    [
        ('WORDS = frozenset({"riot", "march", "rally", "sit in", "strike", "boycott", '
         '"picket", "vigil"})', True),
        ('WORDS = ("riot", "march", "rally", "strike", "boycott", "picket", "vigil")', False),
        ('DEPS = {"nsubj", "dobj", "pobj", "prep", "amod", "compound", "conj", "advcl"}', False),
        ('CODES = ["GOV", "MIL", "REB", "OPP", "LEG", "JUD", "COP", "SPY"]', False),
    ],
)  # fmt: skip
def test_structure_word_list_rule_sees_word_lists(source, caught, tmp_path, monkeypatch):
    (tmp_path / "mod.py").write_text(source + "\n", encoding="utf-8")
    monkeypatch.setitem(globals(), "SRC", tmp_path)
    assert bool(_code_word_lists()) is caught
