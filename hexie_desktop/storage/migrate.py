"""Schema migrations: numbered Alembic revisions, applied on start after a verified backup.

A database written by a newer Hexie is refused rather than opened, because this version cannot
know what the newer schema means.
"""

from pathlib import Path

from alembic.command import upgrade
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from hexie_desktop.domain.errors import UserError
from hexie_desktop.storage.backup import backup_sqlite, timestamped_name
from hexie_desktop.storage.engine import is_sqlite
from hexie_desktop.storage.schema_version import MigrationResult, stored_revision
from hexie_desktop.storage.server_backup import dump_database, dump_name

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNewError(UserError):
    """The database was written by a newer version of Hexie Desktop."""


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_database(
    engine: Engine, backup_dir: Path | None, target: str = "head"
) -> MigrationResult:
    """Bring the schema to `target`; back up first when an existing database changes."""
    before = stored_revision(engine)
    if before is not None and before not in known_revisions():
        raise DatabaseTooNewError(
            f"数据库版本（{before}）比本程序新，请升级和谐桌面后再打开。数据库未作任何修改。"
        )
    goal = head_revision() if target == "head" else target
    if before == goal:
        return MigrationResult(before, goal, None)
    backup = None
    if backup_dir is not None and _has_tables(engine):
        reason = f"before-{goal[:12]}"
        if is_sqlite(engine):
            database = engine.url.database
            assert database is not None
            backup = backup_sqlite(Path(database), backup_dir / timestamped_name(reason))
        else:
            # A central store's schema changes for every clerk at once: a verified pg_dump
            # archive first, or no upgrade (without the client tools, the line says to add them).
            backup = dump_database(engine.url, backup_dir / dump_name(reason))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        upgrade(config, target)
    return MigrationResult(before, goal, backup)


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())
