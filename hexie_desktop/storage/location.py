"""Where a SQLite file may safely live.

SQLite's locking is unreliable over network file systems (NFS, SMB/CIFS), and WAL mode does not
work there at all: two laptops writing one file on a share can corrupt it. A bureau that needs one
database for many machines runs PostgreSQL and points `--db` at it.
"""

import sys
from collections.abc import Iterable
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "fuse.sshfs",
        "9p",
        "afs",
        "ncpfs",
        "davfs",
        "fuse.davfs2",
    }
)


def _mount_table() -> list[tuple[str, str]]:
    try:
        text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((fields[1].replace("\\040", " "), fields[2]))
    return mounts


_DRIVE_REMOTE = 4


def _windows_remote_drive(path: Path) -> str | None:
    """A mapped network drive (Z: → \\\\server\\share) reports DRIVE_REMOTE."""
    if sys.platform != "win32":
        return None
    import ctypes  # noqa: PLC0415  (Windows only)

    drive = path.resolve().anchor
    return "SMB" if ctypes.windll.kernel32.GetDriveTypeW(drive) == _DRIVE_REMOTE else None


def network_filesystem(path: Path, mounts: Iterable[tuple[str, str]] | None = None) -> str | None:
    """The network file system `path` lies on (its type, or "UNC"), or None for a local disk."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "UNC"
    if sys.platform == "win32":
        return _windows_remote_drive(path)
    resolved = str(path.resolve())
    best, kind = "", None
    for mount_point, fs_type in _mount_table() if mounts is None else mounts:
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, kind = mount_point, fs_type
    return kind if kind in NETWORK_FILESYSTEMS else None
