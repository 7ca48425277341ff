"""The layering holds: only the GUI touches Qt, and the domain is pure Python.

Checked two ways: by importing every module of the core in a fresh interpreter and looking at
what got loaded, and by reading the domain's import statements, which also catches imports
hidden inside functions.
"""

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import hexie_desktop

ROOT = Path(hexie_desktop.__file__).resolve().parent
CORE_PACKAGES = ("domain", "storage", "services", "sync", "reports", "cli")
# Alembic loads these itself, inside a migration context; importing them alone is meaningless.
ALEMBIC_SCRIPTS = (
    "hexie_desktop.storage.migrations.env",
    "hexie_desktop.storage.migrations.versions.",
)

_PROBE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    packages, skipped = json.loads(sys.argv[1]), tuple(json.loads(sys.argv[2]))
    imported = []
    for name in packages:
        package = importlib.import_module(name)
        imported.append(name)
        for info in pkgutil.walk_packages(package.__path__, name + "."):
            if info.name.startswith(skipped) or info.name in skipped:
                continue
            importlib.import_module(info.name)
            imported.append(info.name)
    print(json.dumps({"imported": imported, "loaded": sorted(sys.modules)}))
    """
)


def _probe(packages: list[str]) -> dict[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(packages), json.dumps(list(ALEMBIC_SCRIPTS))],
        cwd=ROOT.parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_core_imports_no_qt() -> None:
    result = _probe([f"hexie_desktop.{p}" for p in CORE_PACKAGES])
    assert len(result["imported"]) > len(CORE_PACKAGES)
    assert "hexie_desktop.cli.main" in result["imported"]
    qt = [
        m for m in result["loaded"] if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")
    ]
    assert qt == []
    gui = [m for m in result["loaded"] if m.startswith("hexie_desktop.gui")]
    assert gui == []


def test_the_domain_loads_no_database_and_nothing_outside_itself() -> None:
    result = _probe(["hexie_desktop.domain"])
    ours = [m for m in result["loaded"] if m.startswith("hexie_desktop.")]
    assert [m for m in ours if not m.startswith("hexie_desktop.domain")] == []
    for forbidden in ("sqlalchemy", "sqlmodel", "alembic", "PySide6", "openpyxl", "reportlab"):
        assert forbidden not in result["loaded"], forbidden


def _domain_files() -> list[Path]:
    return sorted((ROOT / "domain").rglob("*.py"))


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = ".".join(
                    path.relative_to(ROOT.parent).with_suffix("").parts[: -node.level]
                )
                found.append((node.lineno, f"{package}.{node.module or ''}".rstrip(".")))
            elif node.module:
                found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("path", _domain_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_domain_modules_import_only_the_standard_library_and_the_domain(path: Path) -> None:
    offending = [
        f"line {line}: {module}"
        for line, module in _imports(path)
        if not (
            module == "hexie_desktop.domain"
            or module.startswith("hexie_desktop.domain.")
            or module.split(".")[0] in sys.stdlib_module_names
        )
    ]
    assert offending == []


def _declared_changes(path: Path) -> list[str]:
    """Where a GUI module says which tables were changed, instead of passing on the service's."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            found += [
                f"line {node.lineno}: imports {alias.name}"
                for alias in node.names
                if alias.name.endswith("_CHANGES") or alias.name == "EVERYTHING"
            ]
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            found += [
                f"line {node.lineno}: defines {target.id}"
                for target in targets
                if isinstance(target, ast.Name) and target.id.endswith("_CHANGES")
            ]
        elif isinstance(node, ast.Call):
            called = ast.unparse(node.func)
            if called in ("Changes", "Changes.of", "Changed"):
                found.append(f"line {node.lineno}: builds {called}(…)")
            if called.endswith("operation_did_execute.emit") and path.name != "tasks.py":
                found.append(f"line {node.lineno}: emits a change-set by hand")
            found += [
                f"line {node.lineno}: passes changes= to {called}"
                for keyword in node.keywords
                if keyword.arg == "changes"
            ]
    return found


@pytest.mark.parametrize(
    "path", sorted((ROOT / "gui").glob("*.py")), ids=lambda p: str(p.relative_to(ROOT))
)
def test_no_screen_declares_what_a_service_changed(path: Path) -> None:
    """Services return `Changed(value, changes)` and the task runner emits the change-set: a
    screen that named the tables itself would drift from what the service really writes."""
    assert _declared_changes(path) == []
