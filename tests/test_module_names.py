"""No module of rasad assigns one top-level name twice: the second assignment silently
shadows the first, and rules written against the first list stop working (session 9
found THREATEN's "تشكل تهديدا" rule dead behind a second, shorter _DEEMED)."""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import rasad

SOURCE = Path(rasad.__file__).parent


def _top_level_names(tree: ast.Module) -> collections.Counter:
    names: collections.Counter = collections.Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_no_top_level_name_is_defined_twice():
    twice = {}
    for path in sorted(SOURCE.rglob("*.py")):
        names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
        repeated = sorted(n for n, count in names.items() if count > 1)
        if repeated:
            twice[str(path.relative_to(SOURCE))] = repeated
    assert not twice, twice


def test_the_check_sees_a_repeated_name():
    tree = ast.parse("A = 1\nB = 2\nA = {3}\n")
    assert _top_level_names(tree)["A"] == 2
