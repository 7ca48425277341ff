"""Files written so that a crash, a full disk or a pulled USB stick never leaves half a file.

Write to a temporary name beside the target, flush and fsync, then rename over the final name:
a reader either sees the old file, or nothing, or the whole new one.
"""

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from hexie_desktop.scratch import temporary_name

OWNER_ONLY = 0o600


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


@contextlib.contextmanager
def atomic_writer(target: Path, *, document: bool = False) -> Iterator[BinaryIO]:
    """Write `target` whole or not at all; owner-only, unless it is a `document` for people.

    Everything in the data folder, and bundles, hold residents' personal data and are created
    for the owner alone; a PDF the user saved somewhere to print or send gets the permissions
    any other document of theirs would.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.parent / temporary_name(target.name)
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
        os.replace(temp, target)
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
