"""A SQLite data folder on a network share is refused before anything is written there, whether
the share is a Linux mount, a UNC name or a drive letter Windows maps to one."""

from pathlib import Path

import pytest

from hexie_desktop.domain.errors import UserError
from hexie_desktop.paths import DataDir
from hexie_desktop.services import store as store_module
from hexie_desktop.services.store import open_store
from hexie_desktop.storage.location import (
    data_folder_too_long,
    network_place,
    posix_network_place,
    windows_network_place,
)

MOUNTS = [
    ("/", "ext4"),
    ("/mnt/bureau", "cifs"),
    ("/mnt/bureau/local", "ext4"),
    ("/srv/nfs", "nfs4"),
]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/li/hexie", None),
        ("/mnt/bureau/hexie", "Windows 网络共享（SMB）"),
        ("/mnt/bureau", "Windows 网络共享（SMB）"),
        ("/mnt/bureau/local/hexie", None),
        ("/mnt/bureaux/hexie", None),
        ("/srv/nfs/a/b", "NFS 网络文件系统"),
    ],
)
def test_the_deepest_mount_decides(path: str, expected: str | None) -> None:
    assert posix_network_place(path, MOUNTS) == expected
    assert network_place(Path(path), platform="linux", mounts=MOUNTS) == expected


def _mapped(*drives: str) -> list[str]:
    return [f"{d}:\\" for d in drives]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\\\\server\\share\\hexie", "网络共享 \\\\server\\share"),
        ("//server/share/hexie", "网络共享 \\\\server\\share"),
        ("\\\\?\\UNC\\server\\share\\hexie", "网络共享 \\\\server\\share"),
        ("\\\\10.0.0.5\\数据", "网络共享 \\\\10.0.0.5\\数据"),
        ("Z:\\hexie", "映射的网络驱动器 Z:"),
        ("z:/hexie", "映射的网络驱动器 Z:"),
        ("\\\\?\\Z:\\hexie", "映射的网络驱动器 Z:"),
        ("C:\\Users\\李\\AppData\\Local\\hexie-desktop", None),
        ("\\\\?\\C:\\hexie", None),
        ("D:hexie", None),
    ],
)
def test_windows_shares_are_seen_by_name_and_by_mapped_drive(
    text: str, expected: str | None
) -> None:
    asked: list[str] = []

    def remote(drive: str) -> bool:
        asked.append(drive)
        return drive in _mapped("Z")

    assert windows_network_place(text, remote) == expected
    assert all(drive.endswith(":\\") and drive[0].isupper() for drive in asked)


def test_on_windows_the_drive_lookup_is_asked_and_unc_needs_none() -> None:
    assert network_place(
        Path("Z:/hexie"), platform="win32", remote_drive=lambda d: d == "Z:\\"
    ) == ("映射的网络驱动器 Z:")
    # The same text on Linux is a folder named "Z:" of the current directory: a local disk.
    assert network_place(Path("Z:/hexie"), platform="linux", mounts=[("/", "ext4")]) is None
    assert network_place(
        Path("//server/share/hexie"), platform="win32", remote_drive=lambda d: d == "Y:\\"
    ) == ("网络共享 \\\\server\\share")


def test_a_data_folder_must_leave_room_for_its_files_on_windows(tmp_path: Path) -> None:
    deep = tmp_path / ("层" * (259 - len(str(tmp_path)) - 50))
    assert data_folder_too_long(deep, "win32")
    assert not data_folder_too_long(deep, "linux")
    assert not data_folder_too_long(tmp_path, "win32")


def test_open_store_refuses_a_share_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "on-share"
    monkeypatch.setattr(store_module, "network_place", lambda _path: "映射的网络驱动器 Z:")
    with pytest.raises(UserError, match="位于映射的网络驱动器 Z:上"):
        open_store(DataDir(folder))
    assert not folder.exists()


def test_open_store_refuses_a_data_folder_too_deep_for_windows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "deep"
    monkeypatch.setattr(store_module, "data_folder_too_long", lambda _root: True)
    with pytest.raises(UserError, match="路径太长"):
        open_store(DataDir(folder))
    assert not folder.exists()
