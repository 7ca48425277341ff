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
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

_MARK = re.compile(r"~hexie(\d+)~")
_STALE_SECONDS = 24 * 3600


def temporary_name(stem: str, suffix: str = ".partial") -> str:
    """A hidden name for a file being written, marked with this process's id."""
    return f".{stem}~hexie{os.getpid()}~{uuid.uuid4().hex[:12]}{suffix}"


_STILL_ACTIVE = 259
_ERROR_ACCESS_DENIED = 5
_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000


def _windows_process_running(pid: int) -> bool:
    """Ask Windows whether `pid` is a running process, without touching it."""
    import ctypes  # noqa: PLC0415  (Windows only)
    from ctypes import wintypes  # noqa: PLC0415

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        # Another user's process exists but may not be opened; any other refusal: no process.
        return bool(ctypes.get_last_error() == _ERROR_ACCESS_DENIED)  # type: ignore[attr-defined]
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == _STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def process_alive(
    pid: int,
    platform: str = sys.platform,
    *,
    windows_probe: Callable[[int], bool] = _windows_process_running,
) -> bool:
    """Whether the process `pid` still runs, asked in the way `platform` allows.

    POSIX answers `kill(pid, 0)` without sending anything. Windows has no such signal: there
    `os.kill(pid, 0)` sends Ctrl+C to that process group, and any other number terminates the
    process, so a leftover's writer is looked up with `OpenProcess` instead.
    """
    if pid == os.getpid():
        return True
    if platform == "win32":
        return windows_probe(pid)
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
    return not process_alive(int(found.group(1))) or age > _STALE_SECONDS


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
