"""One window per data folder: two writers on one database would fight over every change."""

from PySide6.QtCore import QLockFile

from hexie_desktop.paths import DataDir, folder_writable

LOCK_FILE = "window.lock"
LOCK_WAIT_MS = 200


def lock_data_dir(data_dir: DataDir) -> QLockFile | None:
    """The held lock of this data folder, or None when another window holds it.

    A lock left by a crashed window is stale (its process is gone) and Qt takes it over; age alone
    must not make it stale, since a window may stay open for days.
    """
    data_dir.root.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir.root / LOCK_FILE))
    if not folder_writable(data_dir.root):
        # A read-only folder cannot hold the lock file, nor be written by any window: every
        # window on it only reads, and two readers need no lock between them.
        return lock
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(LOCK_WAIT_MS) else None
