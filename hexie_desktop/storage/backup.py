"""Consistent copies of a live SQLite database, through SQLite's online backup API."""

import datetime as dt
import os
import sqlite3
from pathlib import Path

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.errors import UserError
from hexie_desktop.paths import folder_writable
from hexie_desktop.scratch import remove_leftovers, temporary_name
from hexie_desktop.storage.files import refuse_long_path, replace_file


class BackupError(UserError):
    """The backup could not be written or does not verify; the message is for the user."""


def read_only(path: Path, *, any_thread: bool = False) -> sqlite3.Connection:
    """A read-only connection to the SQLite file at `path`.

    The path is percent-encoded into the URI: written raw, a `#` or `?` in a folder name would cut
    the path short and open (or create) a different file. In a folder we cannot write (a
    read-only disk or share) SQLite cannot make the shared-memory file a WAL database needs even
    to be read, so the file is opened as immutable: nobody can be changing it there either.
    """
    options = "mode=ro" if folder_writable(path.parent) else "mode=ro&immutable=1"
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?{options}", uri=True, check_same_thread=not any_thread
    )


def _integrity(path: Path) -> str:
    """SQLite's `quick_check` of the copy: every page read, every b-tree's structure checked.

    What goes wrong in writing a copy (a short write, a bad sector, a full disk) breaks pages,
    which this finds. It leaves out `integrity_check`'s matching of every index entry against its
    row, which a page-by-page copy cannot make wrong and `db check` still does: on five years of
    a city (6.4 GB) that took 35 s of the backup a merge waits for, this takes 7 s.
    """
    conn = read_only(path)
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    finally:
        conn.close()


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy `source` to `target` while other connections may be writing, then verify the copy.

    The copy is written beside the target and renamed into place only once it verifies, so a full
    disk or a pulled stick never leaves a file with the final name that is not a whole backup.
    """
    partial = target.with_name(temporary_name(target.name))
    refuse_long_path(partial, shown=target)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers([target.parent])
    # Created owner-only before SQLite writes a page into it: a backup holds every record.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    src = read_only(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"备份失败：{exc}。请检查目标磁盘空间和写入权限。") from exc
    finally:
        src.close()
    verdict = _integrity(partial)
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise BackupError(f"备份文件校验失败（{verdict}），未保存。")
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    replace_file(partial, target)
    return target


def timestamped_name(reason: str, now: dt.datetime | None = None) -> str:
    """`hexie-<reason>-<bureau's date and time>.sqlite3`: the name a clerk picks a backup by."""
    stamp = (now or bureau_time.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"hexie-{reason}-{stamp}.sqlite3"
