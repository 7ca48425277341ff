"""Keeping the database healthy: integrity check, consistent backup, restore."""

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, text
from sqlmodel import Session, SQLModel, select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.paths import DataDir
from hexie_desktop.services.audit.check import AuditReport, note_restore, verify_audit
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit import first_broken_link
from hexie_desktop.storage.backup import backup_sqlite, read_only, timestamped_name
from hexie_desktop.storage.engine import is_sqlite, make_engine
from hexie_desktop.storage.files import replace_file
from hexie_desktop.storage.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    upgrade_database,
)
from hexie_desktop.storage.server_backup import (
    dump_database,
    dump_name,
    list_archive,
    restore_into,
    scratch_database,
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
    on_server = not is_sqlite(store.engine)
    if target.exists() and target.is_dir():
        target = target / (dump_name("backup") if on_server else timestamped_name("backup"))
    if on_server:
        return dump_database(store.engine.url, target)
    return backup_sqlite(_require_sqlite(store), target)


def _validate_dump(store: Store, source: Path) -> None:
    """The archive restored into a scratch database and checked there, as a SQLite backup is
    checked before it replaces anything: whole, of a schema this version knows, rules kept,
    audit chain intact."""
    if not source.is_file():
        raise UserError(f"备份文件不存在：{source}")
    list_archive(source)
    with scratch_database(store.engine) as scratch:
        restore_into(scratch, source, replace=False)
        engine = make_engine(scratch.render_as_string(hide_password=False))
        try:
            revision = current_revision(engine)
            if revision is None or revision not in known_revisions():
                raise UserError("备份来自更新版本的和谐桌面，请升级程序后再恢复。数据库未作修改。")
            with Session(engine) as session:
                server = check_server(session)
                broken_at = first_broken_link(session)
        finally:
            engine.dispose()
    if server.integrity != "ok" or server.orphan_rows:
        raise UserError(f"备份中的数据违反规则（{server.integrity}），数据库未作修改。")
    if broken_at is not None:
        raise UserError(f"备份中的审计链在第 {broken_at} 条断开，数据库未作修改。")


def _restore_server(store: Store, source: Path) -> Path:
    _validate_dump(store, source)
    safety = dump_database(store.engine.url, store.data_dir.backups / dump_name("before-restore"))
    store.engine.dispose()
    restore_into(store.engine.url, source, replace=True)
    upgrade_database(store.engine, None)
    note_restore(store)
    return safety


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
    if not is_sqlite(store.engine):
        return _restore_server(store, source)
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
