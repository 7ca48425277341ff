"""The one mapping from what the storage layer raised to what a person reads."""

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from hexie_desktop.faults import environment_fault
from hexie_desktop.paths import DataDir


def _sqlite(code: int) -> OperationalError:
    """A SQLite error as SQLAlchemy hands it on, wrapped round the driver's."""
    driver = sqlite3.OperationalError("from the driver")
    driver.sqlite_errorcode = code
    return OperationalError("UPDATE firm SET name = ?", {}, driver)


class _PostgresError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(sqlstate)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (_sqlite(13), "磁盘空间已满"),  # SQLITE_FULL
        (_sqlite(5), "数据库正被另一个和谐桌面程序使用"),  # SQLITE_BUSY
        (_sqlite(517), "数据库正被另一个和谐桌面程序使用"),  # SQLITE_BUSY_SNAPSHOT
        (_sqlite(8), "是只读的"),  # SQLITE_READONLY
        (_sqlite(778), "读写磁盘出错"),  # SQLITE_IOERR_WRITE on a disk with room
        (OSError(errno.ENOSPC, "No space left on device", "/media/u/x.pdf"), "磁盘空间已满"),
        (OSError(errno.EROFS, "Read-only file system", "/media/u/x.pdf"), "只读的磁盘"),
        (OSError(errno.EIO, "Input/output error", "/media/u/x.pdf"), "读写磁盘出错"),
        (_PostgresError("53100"), "服务器的磁盘空间已满"),
        (_PostgresError("55P03"), "数据库正被另一个和谐桌面程序使用"),
        # A snapshot read that writes (a merge's dry run) after another transaction did.
        (_PostgresError("40001"), "数据库正被另一个和谐桌面程序使用"),
    ],
)
def test_faults_of_the_environment_are_told_in_chinese(
    error: BaseException, words: str, tmp_path: Path
) -> None:
    fault = environment_fault(error, DataDir(tmp_path))
    assert fault is not None
    assert words in fault.message
    assert "\n" not in fault.message
    assert fault.exit_status == 2


def test_a_read_only_data_folder_names_the_folder(tmp_path: Path) -> None:
    inside = OSError(errno.EACCES, "Permission denied", str(tmp_path / "logs" / "hexie.log"))
    fault = environment_fault(inside, DataDir(tmp_path))
    assert fault is not None
    assert f"数据目录 {tmp_path} 是只读的" in fault.message


def test_a_fault_deep_in_the_chain_is_found(tmp_path: Path) -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as full:
            raise RuntimeError("while writing the report") from full
    except RuntimeError as outer:
        fault = environment_fault(outer, DataDir(tmp_path))
    assert fault is not None and "磁盘空间已满" in fault.message


@pytest.mark.parametrize(
    "bug", [ValueError("bad"), KeyError("x"), _sqlite(1), _sqlite(19), _PostgresError("23505")]
)
def test_a_bug_is_not_taken_for_the_environment(bug: BaseException, tmp_path: Path) -> None:
    assert environment_fault(bug, DataDir(tmp_path)) is None
