"""Files written so that a crash, a full disk or a pulled USB stick never leaves half a file.

Write to a temporary name beside the target, flush and fsync, then rename over the final name:
a reader either sees the old file, or nothing, or the whole new one.
"""

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def _document_mode() -> int:
    """What `open()` would give a new file: rw for everyone, less the process's umask."""
    # The umask can only be read by setting it; set it straight back.
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_writer(target: Path, *, document: bool = False) -> Iterator[BinaryIO]:
    """Write `target` whole or not at all.

    The temporary file is owner-only, which is right for keys and the database's neighbours;
    `document=True` gives the finished file a document's usual permissions instead (a PDF or a
    spreadsheet saved for colleagues to open), as any other program saving there would.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".partial", dir=target.parent
    )
    temp = Path(temp_name)
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
