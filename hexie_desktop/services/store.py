"""Opening the bureau's or the inspector's database, upgraded and ready for use cases."""

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from hexie_desktop.domain.errors import UserError
from hexie_desktop.paths import DataDir
from hexie_desktop.progress import Progress
from hexie_desktop.services.audit_trail import AuditTrail
from hexie_desktop.storage.engine import make_engine, sqlite_url
from hexie_desktop.storage.location import network_filesystem
from hexie_desktop.storage.schema_version import HEAD_REVISION, MigrationResult, stored_revision


@dataclass
class Store:
    """The database and the data folder beside it. Sessions come from here and nowhere else."""

    engine: Engine
    data_dir: DataDir
    migration: MigrationResult | None = None
    audit: AuditTrail = field(init=False)

    def __post_init__(self) -> None:
        self.audit = AuditTrail(self.data_dir)

    def session(self) -> Session:
        """A session whose commits seal their data changes into the audit chain."""
        session = Session(self.engine, expire_on_commit=False)
        self.audit.attach(session)
        return session

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole when the block ends, rolled back whole if it raises."""
        with self.session() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with self.session() as session:
            yield session

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


def open_store(
    data_dir: DataDir,
    url: str | None = None,
    *,
    upgrade: bool = True,
    progress: Progress | None = None,
) -> Store:
    """Open (creating if needed) the database; upgrade its schema after a backup.

    A SQLite database on a network share is refused: its locks do not hold there. `progress`
    hears of a schema to create or upgrade, the only slow part of opening.
    """
    if url is None:
        share = network_filesystem(data_dir.root)
        if share is not None:
            raise UserError(
                f"数据目录 {data_dir.root} 位于网络共享（{share}）上，SQLite 数据库放在那里可能损坏。"
                "请改用本机磁盘上的数据目录（--data-dir），多台电脑共用请使用服务器数据库（--db）。"
            )
    data_dir.ensure()
    engine = make_engine(url or sqlite_url(data_dir.database))
    try:
        migration = _bring_up_to_date(engine, data_dir, progress) if upgrade else None
    except DatabaseError as exc:
        # Locked, unwritable, or not a database at all (a damaged or foreign file).
        engine.dispose()
        raise UserError(
            f"无法打开数据库：{exc.orig}。请确认数据目录可写、磁盘未满，且没有其他程序占用它；"
            "如数据库文件已损坏，请把它移出数据目录，再用 hexie db restore 从备份恢复。"
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return Store(engine=engine, data_dir=data_dir, migration=migration)
