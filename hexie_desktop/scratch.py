"""Temporary files: named as ours, kept inside the data folder (or the target's own folder), and
removed at the next start when the program that made them is gone.

A killed export, merge or backup cannot clean up after itself. Every temporary name carries the
marker `~hexie<pid>~` of the process writing it, so a later start removes exactly the leftovers
of processes no longer running (or older than a day, in case a process id was reused), and
never a file of ours still being written, nor anything that is not ours.
"""

import os
import re
import shutil
import time
import uuid
from pathlib import Path

_MARK = re.compile(r"~hexie(\d+)~")
_STALE_SECONDS = 24 * 3600


def temporary_name(stem: str, suffix: str = ".partial") -> str:
    """A hidden name for a file being written, marked with this process's id."""
    return f".{stem}~hexie{os.getpid()}~{uuid.uuid4().hex[:12]}{suffix}"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_leftover(path: Path, now: float | None = None) -> bool:
    """True for a temporary file of ours whose writer has gone."""
    found = _MARK.search(path.name)
    if found is None:
        return False
    try:
        age = (now or time.time()) - path.lstat().st_mtime
    except FileNotFoundError:
        return False
    return not _alive(int(found.group(1))) or age > _STALE_SECONDS


def remove_leftovers(folders: list[Path]) -> list[Path]:
    """Remove our stale temporary files and folders directly inside `folders`; returns them."""
    removed = []
    for folder in folders:
        try:
            entries = list(folder.iterdir())
        except (FileNotFoundError, NotADirectoryError):
            continue
        for entry in entries:
            if not is_leftover(entry):
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed.append(entry)
    return removed
