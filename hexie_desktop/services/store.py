"""Opening the bureau's or the inspector's database, upgraded and ready for use cases."""

import contextlib
import functools
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from hexie_desktop.domain.errors import UserError
from hexie_desktop.faults import environment_fault
from hexie_desktop.paths import DataDir, folder_writable
from hexie_desktop.progress import Progress
from hexie_desktop.scratch import remove_leftovers
from hexie_desktop.services.audit.trail import AuditTrail
from hexie_desktop.storage.damage import incomplete_database
from hexie_desktop.storage.engine import (
    WRITING,
    is_sqlite,
    make_engine,
    server_unreachable,
    sqlite_url,
    where,
)
from hexie_desktop.storage.installations import OWN, key_holders
from hexie_desktop.storage.keyring import KeyRing
from hexie_desktop.storage.location import data_folder_too_long, network_place
from hexie_desktop.storage.schema_version import HEAD_REVISION, MigrationResult, stored_revision

SNAPSHOT_ISOLATION = "REPEATABLE READ"
log = logging.getLogger(__name__)


@dataclass
class Store:
    """The database and the data folder beside it. Sessions come from here and nowhere else."""

    engine: Engine
    data_dir: DataDir
    migration: MigrationResult | None = None
    audit: AuditTrail = field(init=False)
    # This session's private key, unlocked at most once (storage/keyring.py).
    keys: KeyRing = field(init=False)

    def __post_init__(self) -> None:
        self.keys = KeyRing()
        self.audit = AuditTrail(self.data_dir, self.keys)

    def _sealing(self, session: Session) -> Session:
        """The session, its commits sealing their data changes into the audit chain."""
        self.audit.attach(session)
        if not is_sqlite(self.engine):
            # One central store, several clerks: this workstation acts as its own identity.
            session.info[OWN] = key_holders(self.data_dir)
        return session

    @functools.cached_property
    def _writer(self) -> Engine:
        return self.engine.execution_options(**{WRITING: True})

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole when the block ends, rolled back whole if it raises.

        On SQLite it holds the write lock from its first statement (see `storage/engine.py`).
        """
        with self.writing() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def writing(self) -> Iterator[Session]:
        """A session for a caller that begins and ends its own writing transactions."""
        with self._sealing(Session(self._writer, expire_on_commit=False)) as session:
            yield session

    @functools.cached_property
    def _reader(self) -> Engine:
        # SQLite's own isolation is already a snapshot (below); PostgreSQL's default, READ
        # COMMITTED, would let each statement see what other transactions committed meanwhile.
        if is_sqlite(self.engine):
            return self.engine
        return self.engine.execution_options(isolation_level=SNAPSHOT_ISOLATION)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """One read: every statement in the session sees the same snapshot of the database.

        A view reads what it shows in one such session, so that its numbers agree with each
        other even while a merge commits. On SQLite (WAL) the transaction is begun before the
        first statement and its snapshot is taken by that statement; on PostgreSQL it runs at
        REPEATABLE READ, whose snapshot is likewise taken by the first statement.
        """
        with self._sealing(Session(self._reader, expire_on_commit=False)) as session:
            yield session

    @property
    def server(self) -> str | None:
        """The central store's address as a person reads it (never a password); None on a
        laptop's own database."""
        return None if is_sqlite(self.engine) else where(self.engine.url)

    def close(self) -> None:
        self.engine.dispose()


def _bring_up_to_date(
    engine: Engine, data_dir: DataDir, progress: Progress | None
) -> MigrationResult:
    current = stored_revision(engine)
    if current == HEAD_REVISION:
        return MigrationResult(current, current, None)
    if progress is not None:
        # A city's database takes seconds to copy and re-index: say why the start is slower.
        progress(0.0, "正在创建数据库…" if current is None else "正在备份数据库并升级数据结构…")
    # Alembic loads only when the schema must change (or be refused): most starts skip it.
    from hexie_desktop.storage.migrate import upgrade_database  # noqa: PLC0415

    return upgrade_database(engine, data_dir.backups)


class IncompleteDatabaseError(UserError):
    """The database file is empty or cut short; restoring a backup is the way on."""


def _refuse_incomplete(data_dir: DataDir) -> None:
    problem = incomplete_database(data_dir.database)
    if problem is None:
        return
    backups = sorted(data_dir.backups.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime)
    if backups:
        named = "、".join(p.name for p in reversed(backups[-3:]))
        where = (
            f"可从 {data_dir.backups} 中的备份恢复（最新的：{named}），"
            f"运行 hexie db restore {backups[-1]}"
        )
    else:
        where = f"{data_dir.backups} 中没有备份；如有别处的备份，运行 hexie db restore 备份文件"
    raise IncompleteDatabaseError(
        f"数据库文件 {data_dir.database} 已损坏：{problem}。为免把它当作新数据库，已停止打开。{where}。"
    )


def _refuse_location(data_dir: DataDir) -> None:
    share = network_place(data_dir.root)
    if share is not None:
        raise UserError(
            f"数据目录 {data_dir.root} 位于{share}上，SQLite 数据库放在那里可能损坏。"
            "请改用本机磁盘上的数据目录（--data-dir），多台电脑共用请使用服务器数据库（--db）。"
        )
    if data_folder_too_long(data_dir.root):
        raise UserError(
            f"数据目录 {data_dir.root} 的路径太长：Windows 只支持不超过 259 个字符的路径，"
            "数据目录中的文件还要再长约 100 个字符。请把数据目录放到层级更少的文件夹（--data-dir）。"
        )


def open_store(
    data_dir: DataDir,
    url: str | None = None,
    *,
    upgrade: bool = True,
    progress: Progress | None = None,
) -> Store:
    """Open (creating if needed) the database; upgrade its schema after a backup.

    A SQLite database on a network share is refused: its locks do not hold there; so is a data
    folder too deep for Windows to open the files kept in it. `progress` hears of a schema to
    create or upgrade, the only slow part of opening.
    """
    if url is None:
        _refuse_location(data_dir)
        _refuse_incomplete(data_dir)
    data_dir.ensure()
    if folder_writable(data_dir.root):
        remove_leftovers(data_dir.temporary_folders())
    engine = make_engine(url or sqlite_url(data_dir.database))
    try:
        migration = _bring_up_to_date(engine, data_dir, progress) if upgrade else None
    except DatabaseError as exc:
        engine.dispose()
        fault = environment_fault(exc, data_dir)
        if fault is not None:
            raise fault from exc
        if url is not None:
            # The driver's own words (English) are for the bureau's IT, in the log.
            log.warning("database server not reachable: %s", exc.orig)
            raise server_unreachable(engine.url) from exc
        # Not a database at all (a damaged or foreign file).
        raise UserError(
            f"无法打开数据库：{exc.orig}。请确认数据目录可写、磁盘未满，且没有其他程序占用它；"
            "如数据库文件已损坏，请把它移出数据目录，再用 hexie db restore 从备份恢复。"
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    if url is None:
        _owner_only(data_dir.database)
    return Store(engine=engine, data_dir=data_dir, migration=migration)


def _owner_only(database: Path) -> None:
    """The database and its WAL and shared-memory files, readable by their owner alone."""
    for path in (
        database,
        database.with_name(database.name + "-wal"),
        database.with_name(database.name + "-shm"),
    ):
        if path.exists() and os.access(path, os.W_OK) and path.stat().st_mode & 0o077:
            path.chmod(0o600)
