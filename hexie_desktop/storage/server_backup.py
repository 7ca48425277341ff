"""Backups of a PostgreSQL central store through the server's own tools, `pg_dump` and
`pg_restore`: a consistent snapshot while clerks keep working, in PostgreSQL's custom format.

The tools are looked for on PATH, then beside an installed server's binaries. They are given
the connection without its password (that goes in their environment, never on a command line
that `ps` shows); a libpq service file and password file serve them as they serve the product.
"""

import contextlib
import glob
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, text
from sqlalchemy.exc import ProgrammingError

from hexie_desktop.scratch import remove_leftovers, temporary_name
from hexie_desktop.storage.backup import BackupError, timestamped_name

DUMP_SUFFIX = ".dump"
# Where installers put the client tools when they are not on PATH (Debian, RHEL, Windows, macOS).
_TOOL_FOLDERS = (
    "/usr/lib/postgresql/*/bin",
    "/usr/pgsql-*/bin",
    "C:/Program Files/PostgreSQL/*/bin",
    "/Applications/Postgres.app/Contents/Versions/*/bin",
    "/opt/homebrew/opt/postgresql@*/bin",
)


def _version(folder: str) -> tuple[int, ...]:
    digits = "".join(c if c.isdigit() else " " for c in folder).split()
    return tuple(int(d) for d in digits)


def server_tool(name: str) -> Path:
    """`pg_dump` or `pg_restore`: on PATH, else the newest beside a server's binaries."""
    found = shutil.which(name)
    if found:
        return Path(found)
    folders = sorted(
        (f for pattern in _TOOL_FOLDERS for f in glob.glob(pattern)), key=_version, reverse=True
    )
    for folder in folders:
        for candidate in (Path(folder) / name, Path(folder) / f"{name}.exe"):
            if candidate.is_file():
                return candidate
    raise BackupError(
        f"找不到 PostgreSQL 的 {name} 工具，服务器数据库无法备份或恢复。请在这台电脑上安装与服务器"
        "同一主版本（或更新）的 PostgreSQL 客户端工具，并把它的 bin 文件夹加入 PATH。"
    )


def _libpq(url: URL) -> tuple[str, dict[str, str]]:
    """The connection as libpq's tools take it: a URI without the password, and their env."""
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    uri = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    return uri, env


def _run(argv: list[str], env: dict[str, str], failure: str) -> str:
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        said = done.stderr.strip().splitlines()
        detail = said[-1] if said else f"退出码 {done.returncode}"
        if "version mismatch" in detail:
            detail = (
                "客户端工具的版本比服务器旧，请安装与服务器同一主版本或更新的 PostgreSQL 客户端"
            )
        raise BackupError(f"{failure}（{detail}）")
    return done.stdout


def dump_name(reason: str) -> str:
    """A backup archive's file name: what it was taken before, and when."""
    return timestamped_name(reason).removesuffix(".sqlite3") + DUMP_SUFFIX


def dump_database(url: URL, target: Path) -> Path:
    """A snapshot of the database at `target`, renamed into place once it reads back whole."""
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers([target.parent])
    partial = target.with_name(temporary_name(target.name))
    # Owner-only before pg_dump writes a row into it: a backup holds every record.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    uri, env = _libpq(url)
    try:
        _run(
            [str(server_tool("pg_dump")), "--format=custom", f"--file={partial}", uri],
            env,
            "备份服务器数据库失败，请检查与服务器的连接和目标磁盘空间",
        )
        list_archive(partial)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def list_archive(path: Path) -> str:
    """The archive's table of contents; refuses a file that is not a whole `pg_dump` archive."""
    return _run(
        [str(server_tool("pg_restore")), "--list", str(path)],
        dict(os.environ),
        f"{path} 不是完整的服务器数据库备份，数据库未作修改",
    )


def restore_into(url: URL, archive: Path, *, replace: bool) -> None:
    """Load `archive` into the database at `url`, in one transaction: all of it or none.

    `replace` drops the objects the archive holds before it recreates them (the live store).
    """
    uri, env = _libpq(url)
    options = ["--clean", "--if-exists"] if replace else []
    _run(
        [
            str(server_tool("pg_restore")),
            "--single-transaction",
            "--exit-on-error",
            "--no-owner",
            *options,
            f"--dbname={uri}",
            str(archive),
        ],
        env,
        "恢复服务器数据库失败，数据库未作修改",
    )


@contextlib.contextmanager
def scratch_database(engine: Engine) -> Iterator[URL]:
    """An empty database beside the live one, dropped afterwards: where a backup is tried."""
    name = f"{engine.url.database}_restore_check_{os.getpid()}"
    admin = create_engine(engine.url, isolation_level="AUTOCOMMIT")
    try:
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        except ProgrammingError as refused:
            raise BackupError(
                "恢复前须在服务器上建一个临时数据库来检查备份，但服务器不允许这个用户建库。"
                "请服务器管理员给该用户 CREATEDB 权限（见 docs/central-store.md），数据库未作修改。"
            ) from refused
        try:
            yield engine.url.set(database=name)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
