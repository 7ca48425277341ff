"""Schema migrations: head matches the models, data survives every upgrade, newer is refused.

The per-revision test is generic: for every revision it builds the schema of the revision before,
puts one synthetic row in every table, upgrades to head and checks every value is still there,
so a new revision is covered the moment it is added.
"""

import datetime as dt
import hashlib
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import Script, ScriptDirectory
from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Engine,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    and_,
    inspect,
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

import hexie_desktop.storage.tables  # noqa: F401  (registers every table on the metadata)
from hexie_desktop.domain.errors import UserError
from hexie_desktop.paths import DataDir
from hexie_desktop.services.store import open_store
from hexie_desktop.storage.engine import make_engine
from hexie_desktop.storage.migrate import (
    DatabaseTooNewError,
    alembic_config,
    current_revision,
    head_revision,
    upgrade_database,
)
from hexie_desktop.storage.schema_version import HEAD_REVISION

_ENUM_CHECK = re.compile(r"(\w+)\s+IN\s*\(\s*'([^']*)'")


def _revisions() -> list[Script]:
    return list(ScriptDirectory.from_config(alembic_config()).walk_revisions())


def _with_parent() -> list[Script]:
    return [s for s in _revisions() if isinstance(s.down_revision, str)]


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = make_engine(f"sqlite:///{tmp_path / 'hexie.sqlite3'}")
    yield made
    made.dispose()


def _enum_values(engine: Engine, table: str) -> dict[str, str]:
    checks = inspect(engine).get_check_constraints(table)
    return {m.group(1): m.group(2) for c in checks for m in _ENUM_CHECK.finditer(c["sqltext"])}


_SYNTHETIC: tuple[tuple[type, tuple[Any, ...]], ...] = (
    (Boolean, (False, False, True)),
    (Integer, (1, 0, 2026)),
    (Float, (1.0, 0.0, 50.0)),
    (DateTime, (dt.datetime(2026, 1, 2, 3, 4, 5),) * 3),
    (Date, (dt.date(2026, 1, 2),) * 3),
    (JSON, ({}, [], {})),
    (LargeBinary, (b"", b"\x00" * 20, b"x")),
)


def _value(column: Any, variant: int, enums: dict[str, str], parents: dict[str, Any]) -> Any:
    """A value for `column`; variants differ where a CHECK may need another (0, a quarter …)."""
    if column.foreign_keys:
        target = next(iter(column.foreign_keys)).column
        return parents[target.table.name][target.name]
    if column.name in enums:
        return enums[column.name]
    for kind, values in _SYNTHETIC:
        if isinstance(column.type, kind):
            return values[variant]
    if isinstance(column.type, String):
        length = column.type.length or 64
        return ("7" * min(length, 64), "2026Q1"[:length], "x")[variant]
    raise AssertionError(
        f"no synthetic value for {column.table.name}.{column.name}: {column.type!r}"
    )


def fill_every_table(engine: Engine) -> dict[str, dict[str, Any]]:
    """One row in every table of the current schema, satisfying its keys and CHECK constraints."""
    meta = MetaData()
    meta.reflect(engine)
    tables = [t for t in meta.sorted_tables if t.name != "alembic_version"]
    enums = {t.name: _enum_values(engine, t.name) for t in tables}
    inserted: dict[str, dict[str, Any]] = {}
    with engine.begin() as conn:
        for table in tables:
            for variant in range(3):
                row = {
                    c.name: _value(c, variant, enums[table.name], inserted) for c in table.columns
                }
                try:
                    with conn.begin_nested():
                        conn.execute(table.insert(), row)
                except IntegrityError:
                    continue
                inserted[table.name] = row
                break
            else:
                raise AssertionError(f"cannot make a synthetic row for table {table.name}")
    return inserted


def snapshot(engine: Engine, filled: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    meta = MetaData()
    meta.reflect(engine)
    rows = {}
    with engine.connect() as conn:
        for name, values in filled.items():
            table: Table = meta.tables[name]
            keys = [table.c[c.name] == values[c.name] for c in table.primary_key.columns]
            row = conn.execute(select(table).where(and_(*keys))).mappings().one()
            rows[name] = {k: row[k] for k in values}
    return rows


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_upgrade_from_empty_creates_every_table_of_the_models(engine: Engine) -> None:
    result = upgrade_database(engine, None)
    assert (result.from_revision, result.to_revision) == (None, head_revision())
    inspector = inspect(engine)
    assert set(inspector.get_table_names()) == set(SQLModel.metadata.tables) | {"alembic_version"}
    for name, table in SQLModel.metadata.tables.items():
        found = {c["name"]: c["nullable"] for c in inspector.get_columns(name)}
        expected = {c.name: c.nullable for c in table.columns}
        assert found == expected, name
        primary = inspector.get_pk_constraint(name)["constrained_columns"]
        assert set(primary) == {c.name for c in table.primary_key.columns}, name
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_synthetic_rows_fit_every_table_at_head(engine: Engine) -> None:
    """The generator the per-revision test relies on can fill the whole current schema."""
    upgrade_database(engine, None)
    filled = fill_every_table(engine)
    assert set(filled) == set(SQLModel.metadata.tables)
    again = upgrade_database(engine, None)
    assert not again.changed
    assert snapshot(engine, filled) == snapshot(engine, filled)


@pytest.mark.parametrize("revision", _with_parent(), ids=lambda s: s.revision)
def test_rows_survive_upgrade_from_the_previous_revision(
    engine: Engine, tmp_path: Path, revision: Script
) -> None:
    assert isinstance(revision.down_revision, str)
    upgrade_database(engine, None, target=revision.down_revision)
    assert current_revision(engine) == revision.down_revision
    filled = fill_every_table(engine)
    before = snapshot(engine, filled)

    result = upgrade_database(engine, tmp_path / "backups")

    assert current_revision(engine) == head_revision()
    assert snapshot(engine, filled) == before
    assert result.backup is not None and result.backup.is_file()
    assert _integrity(result.backup) == "ok"
    conn = sqlite3.connect(result.backup)
    try:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    assert version == revision.down_revision


def test_the_quick_start_check_knows_the_newest_revision() -> None:
    assert HEAD_REVISION == head_revision()


def test_every_revision_chain_reaches_head() -> None:
    revisions = _revisions()
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert heads == [head_revision()], "the migrations must not branch"
    assert sum(1 for s in revisions if s.down_revision is None) == 1


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_newer_database_is_refused_and_left_untouched(data_dir: DataDir, journal: str) -> None:
    """Also in rollback-journal mode (a copied backup): opening must not switch it to WAL."""
    open_store(data_dir).close()
    conn = sqlite3.connect(data_dir.database)
    conn.execute(f"PRAGMA journal_mode={journal}")
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = _digest(data_dir.database)

    with pytest.raises(DatabaseTooNewError) as caught:
        open_store(data_dir)

    assert "9999_from_the_future" in caught.value.message
    assert caught.value.exit_status == 2
    assert _digest(data_dir.database) == before
    assert not list(data_dir.backups.iterdir())


def test_a_backup_is_taken_before_upgrading_a_non_empty_database(data_dir: DataDir) -> None:
    data_dir.ensure()
    conn = sqlite3.connect(data_dir.database)
    conn.execute("CREATE TABLE note (body TEXT)")
    conn.execute("INSERT INTO note VALUES ('kept')")
    conn.commit()
    conn.close()

    store = open_store(data_dir)
    store.close()

    assert store.migration is not None and store.migration.backup is not None
    backup = store.migration.backup
    assert backup.parent == data_dir.backups
    assert _integrity(backup) == "ok"
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("SELECT body FROM note").fetchall() == [("kept",)]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert tables == {"note"}


def test_no_backup_for_a_fresh_database(data_dir: DataDir) -> None:
    store = open_store(data_dir)
    store.close()
    assert store.migration is not None
    assert store.migration.backup is None
    assert not list(data_dir.backups.iterdir())


def test_opening_says_when_it_creates_the_database_and_is_silent_after(
    data_dir: DataDir,
) -> None:
    said: list[str] = []

    def hear(_share: float, line: str) -> None:
        said.append(line)

    open_store(data_dir, progress=hear).close()
    assert said == ["正在创建数据库…"]
    said.clear()
    open_store(data_dir, progress=hear).close()
    assert said == []


def test_opening_an_older_database_says_it_backs_up_and_upgrades(tmp_path: Path) -> None:
    older = DataDir(tmp_path / "older")
    older.ensure()
    engine = make_engine(f"sqlite:///{older.database}")
    try:
        upgrade_database(engine, None, target="0001")
    finally:
        engine.dispose()
    said: list[str] = []
    store = open_store(older, progress=lambda _share, line: said.append(line))
    store.close()
    assert said == ["正在备份数据库并升级数据结构…"]
    assert store.migration is not None and store.migration.from_revision == "0001"


def test_a_failing_upgrade_leaves_the_old_schema_whole(data_dir: DataDir) -> None:
    data_dir.ensure()
    conn = sqlite3.connect(data_dir.database)
    conn.execute("CREATE TABLE firm (legacy TEXT)")
    conn.commit()
    conn.close()

    with pytest.raises(UserError):
        open_store(data_dir)

    conn = sqlite3.connect(data_dir.database)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert tables == {"firm"}, "a migration is all or nothing"


def test_a_file_that_is_not_a_database_is_a_user_error(data_dir: DataDir) -> None:
    data_dir.ensure()
    data_dir.database.write_bytes(bytes(range(256)) * 32)
    with pytest.raises(UserError, match="无法打开数据库"):
        open_store(data_dir)
