"""Where a SQLite data folder may safely live.

SQLite's locking is unreliable over network file systems (NFS, SMB/CIFS), and WAL mode does not
work there at all: two laptops writing one file on a share can corrupt it. A bureau that needs one
database for many machines runs PostgreSQL and points `--db` at it.

On Windows a share is reached by its UNC name (`\\\\server\\share\\…`, also written with forward
slashes or behind the `\\\\?\\UNC\\` prefix) or through a drive letter mapped to it (`Z:`), which
only Windows itself can tell from a local disk; elsewhere the mount table names the file system.
Each is decided by a pure function of the path's text, so both are tested on any machine.
"""

import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from hexie_desktop.paths import path_too_long

NETWORK_FILESYSTEMS = {
    "nfs": "NFS 网络文件系统",
    "nfs4": "NFS 网络文件系统",
    "cifs": "Windows 网络共享（SMB）",
    "smb3": "Windows 网络共享（SMB）",
    "smbfs": "Windows 网络共享（SMB）",
    "fuse.sshfs": "SSH 远程文件夹",
    "9p": "虚拟机共享文件夹",
    "afs": "AFS 网络文件系统",
    "ncpfs": "NetWare 网络文件系统",
    "davfs": "WebDAV 网络文件夹",
    "fuse.davfs2": "WebDAV 网络文件夹",
}
# The longest path the product creates inside a data folder (a backup's temporary name in
# `backups/`), in characters: a data folder must leave this much room under Windows' limit.
DEEPEST_INSIDE = 100
_DRIVE_REMOTE = 4
_EXTENDED_PREFIXES = (
    ("\\\\?\\UNC\\", "\\\\"),
    ("\\\\.\\UNC\\", "\\\\"),
    ("\\\\?\\", ""),
    ("\\\\.\\", ""),
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


def _windows_remote_drive(drive: str) -> bool:
    """Whether Windows reports the drive `drive` (`Z:\\`) as a network drive."""
    import ctypes  # noqa: PLC0415  (Windows only)

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return bool(kernel32.GetDriveTypeW(drive) == _DRIVE_REMOTE)


def windows_network_place(text: str, remote_drive: Callable[[str], bool]) -> str | None:
    """The network share a Windows path lies on, in words, or None for a local disk.

    `\\\\server\\share\\…` and `//server/share/…` are UNC names; `\\\\?\\UNC\\server\\share` is
    the same behind the long-path prefix, while `\\\\?\\C:\\…` is a local drive; a drive letter
    is a share when `remote_drive("Z:\\\\")` says so (Windows' drive type, asked by the caller).
    """
    path = text.replace("/", "\\")
    for prefix, replacement in _EXTENDED_PREFIXES:
        if path.upper().startswith(prefix.upper()):
            path = replacement + path[len(prefix) :]
            break
    if path.startswith("\\\\"):
        server, _, rest = path[2:].partition("\\")
        share = rest.split("\\", 1)[0]
        return f"网络共享 \\\\{server}\\{share}" if share else f"网络共享 \\\\{server}"
    drive = path[:2].upper()
    if len(drive) == 2 and drive[1] == ":" and drive[0].isascii() and drive[0].isalpha():
        if remote_drive(drive + "\\"):
            return f"映射的网络驱动器 {drive}"
    return None


def posix_network_place(resolved: str, mounts: Iterable[tuple[str, str]]) -> str | None:
    """The network file system the absolute, resolved path lies on, in words, or None: the
    deepest mount point containing it decides."""
    best, kind = "", None
    for mount_point, fs_type in mounts:
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, kind = mount_point, fs_type
    return NETWORK_FILESYSTEMS.get(kind or "")


def network_place(
    path: Path,
    *,
    platform: str = sys.platform,
    mounts: Iterable[tuple[str, str]] | None = None,
    remote_drive: Callable[[str], bool] | None = None,
) -> str | None:
    """The network share or file system `path` lies on, in words, or None for a local disk.

    On Windows both the path as given and as resolved are asked: Windows resolves a mapped
    drive to its UNC name.
    """
    if platform == "win32":
        lookup = remote_drive or _windows_remote_drive
        for text in (str(path), str(path.absolute()), str(path.resolve())):
            place = windows_network_place(text, lookup)
            if place is not None:
                return place
        return None
    return posix_network_place(str(path.resolve()), _mount_table() if mounts is None else mounts)


def data_folder_too_long(root: Path, platform: str = sys.platform) -> bool:
    """Whether the files the product keeps in `root` would pass Windows' path limit."""
    return path_too_long(root / ("x" * DEEPEST_INSIDE), platform)
