"""The SQLAlchemy engine, with the SQLite settings the durability promises depend on."""

import sqlite3
import time
from pathlib import Path
from typing import Any, cast

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.pool import ConnectionPoolEntry

from hexie_desktop.domain.errors import ServerUnreachable, UserError
from hexie_desktop.faults import BUSY_WAIT_SECONDS, database_busy
from hexie_desktop.paths import folder_writable
from hexie_desktop.progress import waiting_listener
from hexie_desktop.storage.audit_data import watch_changes
from hexie_desktop.storage.backup import read_only
from hexie_desktop.storage.server_lock import WRITER_LOCK

# How long a command waits for another program's write (a merge) before saying so.
BUSY_TIMEOUT_MS = BUSY_WAIT_SECONDS * 1000
# A city's database is some 60 MB; SQLite's default 2 MB page cache makes a list's joins re-read
# the same pages from the OS. 32 MB per connection keeps the lists' working set in memory.
CACHE_KIB = 32 * 1024
# The execution option of a unit of work that writes (`Store.transaction`): it begins IMMEDIATE.
WRITING = "hexie_writing"
_WAIT_STEP_MS = 500
CONNECT_TIMEOUT_S = 10
_SQLITE_BUSY = 5
_PG_LOCK_TIMEOUT = "55P03"


def _configure_sqlite(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    # WAL lets the GUI read while the single writer works; synchronous=FULL is what makes
    # "merged" mean "survives a power cut"; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    # The audit's notes of changed rows (storage/audit_data.py) live in a temporary table.
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()
    # pysqlite would otherwise open transactions on its own terms and commit before DDL; taking
    # over BEGIN gives real transactions, so a migration or a merge is all or nothing.
    dbapi_connection.isolation_level = None


def _begin_sqlite(conn: Any) -> None:
    watch_changes(conn.connection.dbapi_connection)
    if conn.get_execution_options().get(WRITING):
        _begin_immediate(conn.connection.dbapi_connection)
    else:
        conn.exec_driver_sql("BEGIN")


def _begin_immediate(raw: sqlite3.Connection) -> None:
    """Take the write lock before the work starts, waiting for another writer up to the timeout.

    A transaction that first reads and then writes would otherwise fail at once, without
    waiting, when another program committed in between (SQLite cannot upgrade a stale read).
    While it waits, whoever listens (the window's progress dialog) hears so every half second.
    """
    deadline = time.monotonic() + BUSY_WAIT_SECONDS
    started = time.monotonic()
    raw.execute(f"PRAGMA busy_timeout={_WAIT_STEP_MS}")
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                busy = (getattr(error, "sqlite_errorcode", 0) & 0xFF) == _SQLITE_BUSY
                if not busy or time.monotonic() >= deadline:
                    raise
                listener = waiting_listener.get()
                if listener is not None:
                    waited = int(time.monotonic() - started)
                    listener(
                        f"数据库正被另一个程序使用，正在等待（已等待 {waited} 秒，"
                        f"最多 {BUSY_WAIT_SECONDS} 秒）…"
                    )
            else:
                return
    finally:
        raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _begin_server(conn: Any) -> None:
    """On a server, a writing unit of work first takes the bureau's one writer lock.

    The same rule as SQLite's single writer, kept by the server for every clerk's workstation:
    a merge reads which rows exist and then writes them, finalising reads the quarter and then
    closes it, and the installation's clock is read and advanced, so two writers at once could
    each act on what the other is about to change. Readers (lists, reports) never wait for it.
    The lock is the transaction's own (`pg_advisory_xact_lock`), so a crashed workstation or a
    cut connection cannot leave it held. Clerks queue for it in the server's lock queue, in
    half-second waits so that the window hears of a long one; the one who waited longest among
    those queued gets it next, not whoever asks first after it is freed.
    """
    if not conn.get_execution_options().get(WRITING):
        return
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute("SELECT current_setting('lock_timeout')")
        setting = cursor.fetchone()
        usual = "0" if setting is None else str(setting[0])
        started = time.monotonic()
        while not _queued_for_writer(cursor):
            waited = time.monotonic() - started
            if waited >= BUSY_WAIT_SECONDS:
                raise database_busy()
            listener = waiting_listener.get()
            if listener is not None:
                listener(
                    f"数据库正被另一位工作人员写入，正在等待（已等待 {int(waited)} 秒，"
                    f"最多 {BUSY_WAIT_SECONDS} 秒）…"
                )
        cursor.execute("SELECT set_config('lock_timeout', %s, true)", (usual,))
    finally:
        cursor.close()


def _queued_for_writer(cursor: Any) -> bool:
    """Wait in the queue for the writer lock for one step; False if it is still held."""
    cursor.execute("SAVEPOINT hexie_writer")
    try:
        cursor.execute("SELECT set_config('lock_timeout', %s, true)", (f"{_WAIT_STEP_MS}ms",))
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
    except Exception as error:
        if getattr(error, "sqlstate", None) != _PG_LOCK_TIMEOUT:
            raise
        cursor.execute("ROLLBACK TO SAVEPOINT hexie_writer")
        return False
    cursor.execute("RELEASE SAVEPOINT hexie_writer")
    return True


def sqlite_url(database: Path) -> str:
    # Escaped, so that a folder name containing "?", "#" or "%" still names this file.
    return URL.create("sqlite", database=str(database)).render_as_string(hide_password=False)


def where(url: URL) -> str:
    """A server's address as a person reads it: user, host and database, never the password."""
    host = url.host or str(url.query.get("host", "")) or "本机"
    service = url.query.get("service")
    named = f"服务 {service}" if service else f"{host} 上的数据库 {url.database or ''}"
    return f"{named}（用户 {url.username}）" if url.username else named


def server_unreachable(url: URL) -> ServerUnreachable:
    """The server did not answer or would not let us in: what to check, not the driver's words."""
    return ServerUnreachable(
        f"无法连接数据库服务器：{where(url)}。请确认服务器已开启、网络连通，"
        "连接设置（libpq 服务文件 pg_service.conf 与密码文件 .pgpass）正确；"
        "暂时连不上时，可不加 --db 使用本机数据库继续工作，之后用数据包与中心库交换。",
        where(url),
    )


def _server_engine(url: str) -> Engine:
    # libpq waits for an address that never answers as long as the system lets it (minutes);
    # a clerk is told after CONNECT_TIMEOUT_S unless the address sets its own `connect_timeout`.
    try:
        address = make_url(url)
        timed = (
            address.drivername == "postgresql+psycopg" and "connect_timeout" not in address.query
        )
        timeout = {"connect_timeout": CONNECT_TIMEOUT_S} if timed else {}
        return create_engine(address, pool_pre_ping=True, connect_args=timeout)
    except ModuleNotFoundError as missing:
        raise UserError(
            f"缺少连接该数据库所需的驱动（{missing.name}）。和谐桌面自带 PostgreSQL 驱动，"
            "请使用 postgresql+psycopg://… 形式的地址，或重新安装和谐桌面。"
        ) from missing
    except (ArgumentError, NoSuchModuleError) as bad:
        raise UserError(
            "数据库地址无法识别。请写成 postgresql+psycopg://用户@主机/数据库，"
            "或 postgresql+psycopg:///?service=服务名（见 docs/central-store.md）。"
        ) from bad


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL, a busy timeout, foreign keys and full sync."""
    if not url.startswith("sqlite"):
        server = _server_engine(url)
        if server.dialect.name == "postgresql":
            event.listen(cast(Any, server), "begin", _begin_server)
        return server
    database = make_url(url).database
    if database and Path(database).is_file() and not folder_writable(Path(database).parent):
        # A read-only data folder still serves every command that only reads.
        engine = create_engine(url, creator=lambda: read_only(Path(database), any_thread=True))
    else:
        engine = create_engine(url, connect_args={"check_same_thread": False})
    engine_any: Any = engine
    event.listen(engine_any, "connect", _configure_sqlite)
    event.listen(engine_any, "begin", _begin_sqlite)
    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
