"""Faults of the environment, told apart from our bugs in one place.

A full disk, a read-only data folder, a database another program holds, a failing disk: none of
them is a bug, and a person can do something about each. `environment_fault` recognises them
from whatever the storage layer raised (SQLite's error codes, PostgreSQL's SQLSTATE, the
operating system's errno), however deep SQLAlchemy wrapped them, and says what to do in one
Chinese line. The CLI (`cli/main.py`) and the window (`gui/tasks.py`, `gui/errors.py`) both ask
it before they call anything a bug. It imports no database library, so asking costs nothing.
"""

import errno
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from hexie_desktop.domain.errors import UserError
from hexie_desktop.paths import WINDOWS_MAX_PATH, DataDir, folder_writable

BUSY_WAIT_SECONDS = 15
_NEARLY_FULL = 1024 * 1024

# SQLite's primary result codes (an extended code keeps its primary one in the low byte).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 5, 6, 8
_SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 13, 14
# PostgreSQL SQLSTATEs: disk full, lock not available, deadlock, read-only transaction.
_PG_FULL, _PG_BUSY, _PG_DEADLOCK, _PG_READ_ONLY = "53100", "55P03", "40P01", "25006"
# A snapshot read (`Store.reading`, REPEATABLE READ) that then writes, as a merge's dry run
# does, fails so when another transaction changed the same rows since: busy, try again.
_PG_SERIALIZATION = "40001"
# The server went away: connection failures (class 08) and an operator's shutdown or restart.
_PG_GONE = frozenset({"08000", "08003", "08006", "57P01", "57P02", "57P03"})
_PG_REFUSED_LOGIN = frozenset({"28000", "28P01"})


class EnvironmentFault(UserError):
    """The environment stopped the work; nothing of it was written (the transaction rolled back)."""


def _causes(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)  # SQLAlchemy's wrapper of a driver's error
        pending += [orig if isinstance(orig, BaseException) else None]
        pending += [current.__cause__, current.__context__]


def disk_full(place: Path) -> EnvironmentFault:
    return EnvironmentFault(
        f"磁盘空间已满（{place}），操作未完成，数据库中没有留下半截改动。请释放这块磁盘的空间后重试。"
    )


def read_only_folder(data_dir: DataDir) -> EnvironmentFault:
    return EnvironmentFault(
        f"数据目录 {data_dir.root} 是只读的，不能修改数据；查看、打印和导出仍可使用。"
        "要修改数据，请把数据目录放到可写的磁盘上，或取得它的写权限。"
    )


def database_busy() -> EnvironmentFault:
    return EnvironmentFault(
        f"数据库正被另一个和谐桌面程序使用（例如正在合并数据包），等待 {BUSY_WAIT_SECONDS} 秒后"
        "仍未空出，操作未能进行，数据库中没有留下半截改动。请等另一个程序完成后重试。"
    )


def file_in_use(target: Path) -> EnvironmentFault:
    """Windows kept refusing to replace `target`: another program has it open, or it may not be
    written at all. The new content was not saved under that name."""
    return EnvironmentFault(
        f"无法保存 {target}：该文件正被其他程序占用（如杀毒软件、Windows 搜索索引，或打开着它的"
        "阅读器、Excel），或没有写入权限。请关闭占用它的程序后重试，或换一个文件名。"
    )


def name_windows_refuses(place: Path) -> EnvironmentFault:
    """A file name Windows takes for a device, or alters (a trailing dot or space)."""
    return EnvironmentFault(
        f"Windows 不能使用文件名“{place.name}”：CON、PRN、AUX、NUL、COM1–COM9、LPT1–LPT9 是设备名"
        "（带扩展名也一样），文件名也不能以点或空格结尾。请换一个文件名。"
    )


def path_beyond_windows_limit(place: Path) -> EnvironmentFault:
    """Windows could not open `place`, or the temporary name it is first written under."""
    return EnvironmentFault(
        f"路径太长：{place}。Windows 只支持不超过 {WINDOWS_MAX_PATH} 个字符的路径"
        "（保存时文件名还要暂加约 30 个字符）。请选择层级更少的文件夹或更短的文件名。"
    )


def server_connection_lost() -> EnvironmentFault:
    return EnvironmentFault(
        "与数据库服务器的连接中断（服务器重启或网络断开），本次操作已整体撤销，服务器上没有留下半截改动。"
        "请确认服务器和网络正常后重新运行；已合并过的数据包会被认出，不会重复合并。"
    )


def _disk_error(place: Path) -> EnvironmentFault:
    """An I/O error; on a disk without free space (SQLite then cannot even make its WAL files),
    the disk being full is the cause to tell."""
    if _free_bytes(place) < _NEARLY_FULL:
        return disk_full(place)
    return EnvironmentFault(
        f"读写磁盘出错（{place}），操作未完成，数据库中没有留下半截改动。请检查磁盘或存储设备后重试。"
    )


def environment_fault(error: BaseException, data_dir: DataDir) -> EnvironmentFault | None:
    """The one-line message for `error` if the environment caused it; None for a bug."""
    for cause in _causes(error):
        if isinstance(cause, EnvironmentFault):
            return cause
        if isinstance(cause, sqlite3.Error):
            found = _sqlite_fault(cause, data_dir)
        elif isinstance(cause, OSError):
            found = file_fault(cause, data_dir)
        elif getattr(cause, "connection_invalidated", False):
            # SQLAlchemy's verdict on a driver error: the connection is gone, not the request.
            found = server_connection_lost()
        else:
            found = _postgres_fault(getattr(cause, "sqlstate", None), data_dir)
        if found is not None:
            return found
    return None


def _sqlite_fault(error: sqlite3.Error, data_dir: DataDir) -> EnvironmentFault | None:
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary == _SQLITE_FULL:
        return disk_full(data_dir.root)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return database_busy()
    if primary == _SQLITE_READONLY or (
        primary == _SQLITE_CANTOPEN and not folder_writable(data_dir.root)
    ):
        return read_only_folder(data_dir)
    if primary == _SQLITE_IOERR:
        return _disk_error(data_dir.root)
    return None


def _postgres_fault(sqlstate: object, data_dir: DataDir) -> EnvironmentFault | None:
    if sqlstate == _PG_FULL:
        return EnvironmentFault(
            "数据库服务器的磁盘空间已满，操作未完成，数据库中没有留下半截改动。请联系服务器管理员释放空间后重试。"
        )
    if sqlstate in (_PG_BUSY, _PG_DEADLOCK, _PG_SERIALIZATION):
        return database_busy()
    if sqlstate == _PG_READ_ONLY:
        return read_only_folder(data_dir)
    if sqlstate in _PG_GONE:
        return server_connection_lost()
    if sqlstate in _PG_REFUSED_LOGIN:
        return EnvironmentFault(
            "数据库服务器拒绝了登录（用户名或密码不对，或没有连接权限）。请核对 libpq 服务文件和"
            "密码文件中的用户与密码，或请服务器管理员开通权限（见 docs/central-store.md）。"
        )
    return None


def file_fault(error: OSError, data_dir: DataDir) -> EnvironmentFault:
    """Every error of a file operation is the environment's; which one decides the words."""
    place = Path(error.filename) if error.filename else data_dir.root
    inside = place.resolve().is_relative_to(data_dir.root.resolve())
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return disk_full(place)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM) and inside:
        return read_only_folder(data_dir)
    if error.errno == errno.EROFS:
        return EnvironmentFault(f"{place} 位于只读的磁盘上，无法写入。请换一个可写的位置。")
    if error.errno == errno.EIO:
        return _disk_error(place)
    return EnvironmentFault(
        f"无法写入或读取 {place}：{os_reason(error)}。请检查路径和权限，或换一个位置。"
    )


_OS_REASONS = {
    errno.ENOSPC: "磁盘已满",
    errno.EDQUOT: "磁盘配额已满",
    errno.EROFS: "磁盘是只读的",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.ENOENT: "路径不存在",
    errno.EEXIST: "路径中已有同名的文件",
    errno.ENOTDIR: "路径中有一段是文件而不是文件夹",
    errno.EISDIR: "这是一个文件夹",
    errno.ENAMETOOLONG: "文件名太长",
    errno.EIO: "磁盘读写出错",
}


def os_reason(error: BaseException | None) -> str:
    """What the operating system said, in Chinese words (its own are English)."""
    code = error.errno if isinstance(error, OSError) else None
    return _OS_REASONS.get(code or 0, "操作系统拒绝了这次读写")


def _free_bytes(place: Path) -> int:
    for candidate in (place, *place.parents):
        if candidate.exists():
            return shutil.disk_usage(candidate).free
    return _NEARLY_FULL
