"""No name means two things: a class or public top-level function is defined in one module.

Two `ScoreBand`s or two `read_sheet`s make a reader (and an import completion) pick the wrong
one; the same thing defined twice drifts apart. Either import the one definition or name each
for what it is.
"""

import ast
from collections import defaultdict
from pathlib import Path

import hexie_desktop

ROOT = Path(hexie_desktop.__file__).resolve().parent
# Alembic's revision scripts each define upgrade() and downgrade(), as Alembic requires.
SKIPPED_FOLDERS = (ROOT / "storage" / "migrations" / "versions",)
# Each command module's `register(commands)` is the one hook cli/main.py calls on every module
# it lists: a protocol, not two things under one name.
PROTOCOL_NAMES = frozenset({"register"})


def _definitions() -> dict[str, list[str]]:
    """Name → the modules defining it; a module's `@overload` signatures count as one."""
    where: dict[str, list[str]] = defaultdict(list)
    for path in sorted(ROOT.rglob("*.py")):
        if any(path.is_relative_to(folder) for folder in SKIPPED_FOLDERS):
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) or (
                isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                and not node.name.startswith("_")
            ):
                module = str(path.relative_to(ROOT))
                if module not in where[node.name]:
                    where[node.name].append(module)
    return where


def test_no_class_or_public_function_is_defined_twice() -> None:
    twice = {
        name: modules
        for name, modules in _definitions().items()
        if len(modules) > 1 and name not in PROTOCOL_NAMES
    }
    assert twice == {}


def test_the_exceptions_are_still_needed() -> None:
    """An exception nobody needs any more is removed, so the list only shrinks."""
    definitions = _definitions()
    assert all(len(definitions[name]) > 1 for name in PROTOCOL_NAMES)
