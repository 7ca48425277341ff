"""Bundles of an older record schema are upgraded as they are read, and nobody forgets to say so.

The guard tests fail when the synced tables change shape without a new schema version and its
record upgrade, when a migration after the first release touches a synced table without naming
itself in an upgrade, or when no kept release's bundles carry an older schema version that the
upgrades claim to read.
"""

import ast
import hashlib
import json
import zipfile
from pathlib import Path

from hexie_desktop.storage.migrate import MIGRATIONS_DIR
from hexie_desktop.storage.tables import SYNCED_TABLES
from hexie_desktop.sync.record_upgrades import (
    FIRST_SCHEMA_VERSION,
    SCHEMA_VERSION,
    UPGRADES,
    Upgrade,
    added_columns,
    upgrader,
)
from hexie_desktop.sync.schema import TABLES

COMPAT = Path(__file__).parent / "compat"
# The synced records' layout per schema version, as `_layout()` hashes it. A new version gets a
# new line; an old line never changes, since bundles of that version exist on inspectors' laptops.
LAYOUTS = {1: "e6a746ee60217e83b7afc80ea70b46b6d8510bc8ed1e2bb4186e4e3bf917b47e"}
# The last revision of release 0.1.0; every later revision that touches a synced table must be
# named by an upgrade.
FIRST_RELEASE_HEAD = "0003"


def _layout() -> str:
    layout = repr(
        [
            (n, [(c.name, repr(c.type), bool(c.nullable)) for c in s.table.columns])
            for n, s in TABLES.items()
        ]
    )
    return hashlib.sha256(layout.encode()).hexdigest()


def test_the_synced_layout_is_the_one_its_schema_version_names() -> None:
    assert _layout() == LAYOUTS.get(SCHEMA_VERSION), (
        "The synced tables changed shape. Raise the schema version by adding an Upgrade to "
        "sync/record_upgrades.py (with the defaults an older sender implies), add the new "
        "layout's hash to LAYOUTS, and make sure the last release's fixtures exist in tests/compat."
    )


def test_every_older_version_has_exactly_one_upgrade_in_order() -> None:
    assert [u.from_version for u in UPGRADES] == list(range(FIRST_SCHEMA_VERSION, SCHEMA_VERSION))
    assert set(LAYOUTS) == set(range(FIRST_SCHEMA_VERSION, SCHEMA_VERSION + 1))


def _revision_files() -> list[Path]:
    return sorted((MIGRATIONS_DIR / "versions").glob("0*.py"))


# Alembic operations that change what a row holds; indexes and constraints leave it as it is.
_COLUMN_CHANGES = frozenset(
    {"add_column", "drop_column", "alter_column", "create_table", "drop_table", "rename_table"}
)


def _changes_columns(node: ast.AST) -> bool:
    return any(
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr in _COLUMN_CHANGES
        for call in ast.walk(node)
    )


def _table_named(call: ast.Call, synced: set[str]) -> str | None:
    first = call.args[0] if call.args else None
    if isinstance(first, ast.Constant) and first.value in synced:
        return str(first.value)
    return None


def _touched_tables(source: str) -> set[str]:
    """The synced tables whose columns the migration's code changes."""
    synced = {str(model.__tablename__) for model in SYNCED_TABLES}
    touched: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        table = _table_named(node, synced)
        if table is None:
            continue
        if node.func.attr in _COLUMN_CHANGES:
            touched.add(table)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.With) and _changes_columns(node):
            for item in node.items:
                call = item.context_expr
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "batch_alter_table"
                ):
                    table = _table_named(call, synced)
                    if table is not None:
                        touched.add(table)
    return touched


def test_every_migration_that_touches_a_synced_table_has_an_upgrade() -> None:
    named = {u.migration: u.tables for u in UPGRADES}
    for path in _revision_files():
        revision = path.stem.split("_")[0]
        if revision <= FIRST_RELEASE_HEAD:
            continue
        touched = _touched_tables(path.read_text(encoding="utf-8"))
        if touched:
            assert path.stem in named, f"{path.name} changes {sorted(touched)}: add its Upgrade"
            assert touched <= named[path.stem], f"{path.name}: its Upgrade leaves out tables"


def _bundle_schema_versions() -> set[int]:
    versions = set()
    for bundle in COMPAT.glob("*/bundles/*.hexie"):
        with zipfile.ZipFile(bundle) as archive:
            versions.add(json.loads(archive.read("manifest.json"))["schema_version"])
    return versions


def test_every_older_schema_version_is_read_from_a_kept_release() -> None:
    assert set(range(FIRST_SCHEMA_VERSION, SCHEMA_VERSION)) <= _bundle_schema_versions() | {
        SCHEMA_VERSION
    }
    assert FIRST_SCHEMA_VERSION in _bundle_schema_versions()


def test_the_guard_sees_a_migration_that_changes_a_synced_tables_columns() -> None:
    source = 'op.add_column("inspection", sa.Column("weather", sa.String(20)))'
    assert _touched_tables(source) == {"inspection"}
    batch = (
        'with op.batch_alter_table("complaint") as batch_op:\n'
        '    batch_op.alter_column("content", type_=sa.String(4000))\n'
    )
    assert _touched_tables(batch) == {"complaint"}
    assert _touched_tables('op.add_column("bundlelog", sa.Column("x", sa.Integer()))') == set()
    assert _touched_tables('op.create_index("ix_c", "complaint", ["received_at"])') == set()
    indexing = (
        'with op.batch_alter_table("complaint") as batch_op:\n'
        '    batch_op.create_index("ix_c", ["received_at"])\n'
    )
    assert _touched_tables(indexing) == set()


# A worked example of two successive upgrades, as two migrations would add them.
_TWO = (
    Upgrade(
        1, "0007_weather", frozenset({"inspection"}), added_columns({"inspection": {"weather": ""}})
    ),
    Upgrade(
        2,
        "0008_ticket_handler",
        frozenset({"complaint", "inspection"}),
        added_columns({"complaint": {"handler_id": None}, "inspection": {"weather": "晴"}}),
    ),
)


def test_a_current_record_is_left_alone() -> None:
    assert upgrader(3, _TWO) is None
    assert upgrader(SCHEMA_VERSION) is None


def test_an_old_record_passes_every_later_upgrade_in_order() -> None:
    upgrade = upgrader(1, _TWO)
    assert upgrade is not None
    assert upgrade("inspection", {"id": "a"}) == {"id": "a", "weather": ""}
    assert upgrade("complaint", {"id": "b"}) == {"id": "b", "handler_id": None}
    assert upgrade("firm", {"id": "c"}) == {"id": "c"}


def test_a_record_of_the_middle_version_takes_only_the_later_upgrade() -> None:
    upgrade = upgrader(2, _TWO)
    assert upgrade is not None
    assert upgrade("inspection", {"id": "a"}) == {"id": "a", "weather": "晴"}
    assert upgrade("inspection", {"id": "a", "weather": "雨"}) == {"id": "a", "weather": "雨"}
