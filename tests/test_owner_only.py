"""The private key and the data folder are owner-only: a mode on POSIX, an access list set with
`icacls` on Windows. The Windows branch is tested by the command it builds and runs."""

import stat
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from hexie_desktop import owner_only
from hexie_desktop.owner_only import (
    OwnerOnly,
    ProtectionError,
    owner_only_plan,
    protect,
    windows_account,
)
from hexie_desktop.paths import DataDir

WINDOWS_ENV = {"USERNAME": "李考评", "USERDOMAIN": "BUREAU", "SystemRoot": "C:\\WINDOWS"}
KEY = Path("C:\\Users\\李考评\\AppData\\Local\\hexie-desktop\\keys\\a.ed25519.pem")


def test_on_windows_a_file_gets_an_access_list_of_the_user_and_the_system() -> None:
    plan = owner_only_plan(KEY, "win32", WINDOWS_ENV)
    assert plan == OwnerOnly(
        command=(
            "C:\\WINDOWS\\System32\\icacls.exe",
            str(KEY),
            "/inheritance:r",
            "/grant:r",
            "BUREAU\\李考评:F",
            "*S-1-5-18:F",
            "/Q",
        )
    )


def test_on_windows_a_folder_passes_its_list_on_to_what_is_created_in_it() -> None:
    plan = owner_only_plan(KEY.parent, "win32", {"USERNAME": "li"}, folder=True)
    assert plan.mode is None and plan.command is not None
    assert plan.command[0] == "C:\\Windows\\System32\\icacls.exe"  # never looked up on PATH
    assert plan.command[4:6] == ("li:(OI)(CI)F", "*S-1-5-18:(OI)(CI)F")


def test_on_posix_the_plan_is_a_mode() -> None:
    assert owner_only_plan(KEY, "linux", WINDOWS_ENV) == OwnerOnly(mode=0o600)
    assert owner_only_plan(KEY, "linux", {}, folder=True) == OwnerOnly(mode=0o700)


def test_without_a_user_name_windows_is_refused_in_words() -> None:
    with pytest.raises(ProtectionError, match="USERNAME"):
        windows_account({"USERDOMAIN": "BUREAU"})


class Recorder:
    def __init__(self, returncode: int = 0) -> None:
        self.commands: list[list[str]] = []
        self.returncode = returncode

    def __call__(self, command: Sequence[str]) -> subprocess.CompletedProcess[bytes]:
        self.commands.append(list(command))
        return subprocess.CompletedProcess(list(command), self.returncode, b"", b"")


def test_protect_runs_the_windows_command_and_changes_no_mode(tmp_path: Path) -> None:
    key = tmp_path / "key.pem"
    key.write_bytes(b"secret")
    key.chmod(0o644)
    ran = Recorder()
    protect(key, platform="win32", env=WINDOWS_ENV, run=ran)
    assert ran.commands == [list(owner_only_plan(key, "win32", WINDOWS_ENV).command or ())]
    assert stat.S_IMODE(key.stat().st_mode) == 0o644


def test_a_refused_icacls_is_one_line_naming_the_file(tmp_path: Path) -> None:
    key = tmp_path / "key.pem"
    with pytest.raises(ProtectionError, match="仅本人可读") as refused:
        protect(key, platform="win32", env=WINDOWS_ENV, run=Recorder(returncode=1332))
    assert str(key) in refused.value.message and "1332" not in refused.value.message

    def missing(_command: Sequence[str]) -> subprocess.CompletedProcess[bytes]:
        raise FileNotFoundError(2, "No such file")

    with pytest.raises(ProtectionError, match=r"icacls\.exe"):
        protect(key, platform="win32", env=WINDOWS_ENV, run=missing)


def test_on_posix_protect_sets_the_mode(tmp_path: Path) -> None:
    key = tmp_path / "key.pem"
    key.write_bytes(b"secret")
    key.chmod(0o644)
    protect(key, platform="linux", run=Recorder())
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_a_new_windows_data_folder_is_protected_once_and_its_folders_inherit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    protected: list[tuple[Path, bool]] = []

    def record(path: Path, *, folder: bool = False, platform: str = "") -> None:
        assert platform == "win32"
        protected.append((path, folder))

    monkeypatch.setattr(owner_only, "protect", record)
    data = DataDir(tmp_path / "数据")
    data.ensure(platform="win32")
    assert protected == [(data.root, True)]
    assert data.keys.is_dir() and data.logs.is_dir()
    # Started again with its database: nothing to do. A folder removed since is protected anew.
    data.database.write_bytes(b"")
    data.keys.rmdir()
    protected.clear()
    data.ensure(platform="win32")
    assert protected == [(data.keys, True)]


def test_an_existing_windows_folder_is_protected_at_its_first_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    protected: list[Path] = []
    monkeypatch.setattr(owner_only, "protect", lambda path, **_kw: protected.append(path))
    DataDir(tmp_path).ensure(platform="win32")
    assert protected == [tmp_path]
