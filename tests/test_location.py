"""A SQLite data folder on a network share is refused before anything is written there."""

from pathlib import Path

import pytest

from hexie_desktop.domain.errors import UserError
from hexie_desktop.paths import DataDir
from hexie_desktop.services import store as store_module
from hexie_desktop.services.store import open_store
from hexie_desktop.storage.location import network_filesystem

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
        ("/mnt/bureau/hexie", "cifs"),
        ("/mnt/bureau", "cifs"),
        ("/mnt/bureau/local/hexie", None),
        ("/mnt/bureaux/hexie", None),
        ("/srv/nfs/a/b", "nfs4"),
    ],
)
def test_the_deepest_mount_decides(path: str, expected: str | None) -> None:
    assert network_filesystem(Path(path), MOUNTS) == expected


def test_unc_paths_are_network_shares() -> None:
    assert network_filesystem(Path("//server/share/hexie"), []) == "UNC"


def test_open_store_refuses_a_share_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "on-share"
    monkeypatch.setattr(store_module, "network_filesystem", lambda _path: "nfs4")
    with pytest.raises(UserError, match="网络共享"):
        open_store(DataDir(folder))
    assert not folder.exists()
