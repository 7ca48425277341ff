"""Keeping the database healthy: integrity check, consistent backup, restore."""

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, text
from sqlmodel import SQLModel, select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.paths import DataDir
from hexie_desktop.services.audit.check import AuditReport, note_restore, verify_audit
from hexie_desktop.services.store import Store
from hexie_desktop.storage.backup import backup_sqlite, read_only, timestamped_name
from hexie_desktop.storage.engine import is_sqlite
from hexie_desktop.storage.files import replace_file
from hexie_desktop.storage.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    upgrade_database,
)
from hexie_desktop.storage.server_check import check_server


@dataclass
class CheckReport:
    integrity: str
    foreign_key_violations: int
    schema_revision: str | None
    schema_current: bool
    audit: AuditReport
    row_counts: dict[str, int] = field(default_factory=dict)

    @property
    def audit_broken_at(self) -> int | None:
        return self.audit.first_seq

    @property
    def healthy(self) -> bool:
        return (
            self.integrity == "ok"
            and self.foreign_key_violations == 0
            and self.schema_current
            and self.audit.intact
        )


def check_database(store: Store) -> CheckReport:
    """Everything that can be checked without trusting the data: pages, keys, schema, and the
    audit chain with the data it covers and its signed checkpoints."""
    revision = current_revision(store.engine)
    with store.reading() as session:
        if is_sqlite(store.engine):
            integrity = str(session.execute(text("PRAGMA integrity_check")).scalar_one())
            violations = len(session.execute(text("PRAGMA foreign_key_check")).all())
        else:
            server = check_server(session)
            integrity, violations = server.integrity, server.orphan_rows
        counts = {
            name: int(session.execute(select(func.count()).select_from(table)).scalar_one())
            for name, table in sorted(SQLModel.metadata.tables.items())
        }
    audit = verify_audit(store)
    return CheckReport(integrity, violations, revision, revision == head_revision(), audit, counts)


def _require_sqlite(store: Store) -> Path:
    if not is_sqlite(store.engine) or not store.engine.url.database:
        raise UserError("服务器数据库请用其自带的备份工具（如 pg_dump）备份和恢复。")
    return Path(store.engine.url.database)


def backup_database(store: Store, target: Path) -> Path:
    """A consistent copy of the live database at `target`, verified before it takes that name."""
    source = _require_sqlite(store)
    if target.exists() and target.is_dir():
        target = target / timestamped_name("backup")
    return backup_sqlite(source, target)


def _validate_backup(source: Path) -> None:
    if not source.is_file():
        raise UserError(f"备份文件不存在：{source}")
    try:
        conn = read_only(source)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise UserError(f"{source} 不是和谐桌面的数据库备份（{exc}），数据库未作修改。") from exc
    if verdict != "ok":
        raise UserError(f"备份文件已损坏（{verdict}），数据库未作修改。")
    if revision is None or revision[0] not in known_revisions():
        raise UserError("备份来自更新版本的和谐桌面，请升级程序后再恢复。数据库未作修改。")


def restore_database(store: Store, source: Path) -> Path:
    """Replace the live database with a verified backup; the current one is backed up first.

    Returns the path of the safety backup of what was replaced, so a wrong restore can be undone.
    """
    live = _require_sqlite(store)
    _validate_backup(source)
    safety = backup_sqlite(live, store.data_dir.backups / timestamped_name("before-restore"))
    store.engine.dispose()
    src = read_only(source)
    try:
        dst = sqlite3.connect(live)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    upgrade_database(store.engine, None)
    note_restore(store)
    return safety


def restore_over_damaged(data_dir: DataDir, source: Path) -> Path:
    """Put a verified backup in place of a database file that is empty or cut short.

    The damaged file cannot be backed up (it is not a whole database), so it is moved into
    `backups/` as it is, for support to look at; returns where it went.
    """
    _validate_backup(source)
    live = data_dir.database
    kept = data_dir.backups / (timestamped_name("damaged") + ".damaged")
    data_dir.backups.mkdir(parents=True, exist_ok=True)
    replace_file(live, kept)
    for suffix in ("-wal", "-shm"):
        live.with_name(live.name + suffix).unlink(missing_ok=True)
    backup_sqlite(source, live)
    return kept
