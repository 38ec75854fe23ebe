"""No NLP module binds the same module-level name twice.

A second `_NAME = …` further down a rule module silently replaces the first for every function (functions read the
last binding when they run), while module-level expressions between the two read the first: a rule written against one
word list then runs with another. This happened four times in nlp/ before it was caught by byte-for-byte dumps.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

NLP_DIR = Path(__file__).resolve().parents[2] / "nlp"
# rebound on purpose: the same pattern recompiled into its faster grouped form
DELIBERATE = {("relevance.py", "_DISRUPTION")}


def _module_bindings(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", sorted(NLP_DIR.rglob("*.py")), ids=lambda p: str(p.relative_to(NLP_DIR)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    bindings = _module_bindings(ast.parse(path.read_text(encoding="utf-8")))
    twice = sorted(n for n, count in bindings.items() if count > 1 and (path.name, n) not in DELIBERATE)
    assert twice == [], f"{path.name} binds {twice} more than once: give each its own name"


def test_the_check_reads_the_rule_modules() -> None:
    assert (NLP_DIR / "ai_findings.py").is_file() and (NLP_DIR / "causes.py").is_file()


def test_the_check_sees_a_second_binding() -> None:
    tree = ast.parse("_WORDS = frozenset('a b'.split())\ndef f():\n    return 'a' in _WORDS\n_WORDS = frozenset('c'.split())\n")
    assert _module_bindings(tree)["_WORDS"] == 2
