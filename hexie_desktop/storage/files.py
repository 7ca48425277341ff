"""Files written so that a crash, a full disk or a pulled USB stick never leaves half a file.

Write to a temporary name beside the target, flush and fsync, then rename over the final name:
a reader either sees the old file, or nothing, or the whole new one.

On Windows a rename over a file fails while another program has it open without sharing it for
deletion, and antivirus scanners and the search indexer open every new file for a moment: the
rename is tried again for a few seconds before the user is told which file is held.
"""

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from hexie_desktop import faults
from hexie_desktop.paths import path_too_long, windows_refuses_name
from hexie_desktop.scratch import temporary_name

OWNER_ONLY = 0o600
# Seconds between tries of a rename Windows refused: about three seconds in all, long enough
# for a scan of a new file, short enough that a file a user keeps open is named promptly.
WINDOWS_REPLACE_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6)


def replace_delays(platform: str) -> tuple[float, ...]:
    """How long to wait before each new try of a refused rename on `platform` (`sys.platform`).

    On POSIX a rename over an open file always succeeds, so a refusal is a real permission
    problem and trying again would only delay its message.
    """
    return WINDOWS_REPLACE_DELAYS if platform == "win32" else ()


def replace_file(
    source: Path,
    target: Path,
    *,
    platform: str = sys.platform,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """`os.replace(source, target)`, tried again while Windows says another program holds one.

    Windows reports a file held open (a sharing violation) and a denied access both as
    `PermissionError`; when the tries run out the user hears that the file is held, or not
    writable, and by which name. A target Windows could not open is refused first.
    """
    refuse_long_path(target, platform)
    refuse_device_name(target, platform)
    for delay in (*replace_delays(platform), None):
        try:
            os.replace(source, target)
        except PermissionError as error:
            if not replace_delays(platform):
                raise
            if delay is None:
                raise faults.file_in_use(target) from error
            sleep(delay)
        else:
            return


def document_mode() -> int:
    """The permissions the user's umask gives a new document (0644 under the usual 022)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _document_mode() -> int:
    """What `open()` would give a new file: rw for everyone, less the process's umask."""
    # The umask can only be read by setting it; set it straight back.
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def refuse_long_path(
    path: Path, platform: str = sys.platform, *, shown: Path | None = None
) -> None:
    """Refuse, in one line naming `shown` (default: `path`), a file `platform` could not open."""
    if path_too_long(path, platform):
        raise faults.path_beyond_windows_limit(shown or path)


def refuse_device_name(path: Path, platform: str = sys.platform) -> None:
    """Refuse, in one line, a file name Windows takes for a device or alters (`CON.pdf`, `a.`)."""
    if platform == "win32" and windows_refuses_name(path.name):
        raise faults.name_windows_refuses(path)


@contextlib.contextmanager
def atomic_writer(target: Path, *, document: bool = False) -> Iterator[BinaryIO]:
    """Write `target` whole or not at all; owner-only, unless it is a `document` for people.

    Everything in the data folder, and bundles, hold residents' personal data and are created
    for the owner alone; a PDF the user saved somewhere to print or send gets the permissions
    any other document of theirs would.
    """
    temp = target.parent / temporary_name(target.name)
    refuse_long_path(temp, shown=target)
    refuse_device_name(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, OWNER_ONLY)
    if document:
        os.chmod(temp, document_mode())
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            if document and os.name == "posix":
                os.fchmod(handle.fileno(), _document_mode())
            os.fsync(handle.fileno())
        replace_file(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_directory(target.parent)


def write_atomic(target: Path, data: bytes, *, document: bool = False) -> None:
    with atomic_writer(target, document=document) as handle:
        handle.write(data)


def _fsync_directory(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open a directory and needs no call.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
