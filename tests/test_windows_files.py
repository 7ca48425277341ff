"""What differs for files on Windows, decided by pure functions and tested for both platforms here:
a rename refused while a scanner holds a file, paths past 259 characters, device names and
trailing dots in the names the product writes, asking whether a process runs, the data folder."""

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hexie_desktop import paths, scratch
from hexie_desktop.faults import EnvironmentFault
from hexie_desktop.paths import (
    WINDOWS_RESERVED_NAMES,
    default_data_dir,
    path_too_long,
    safe_file_name,
    windows_reserved,
)
from hexie_desktop.services.bundles.exchange import default_bundle_name
from hexie_desktop.services.export.request import ExportRequest
from hexie_desktop.storage import files
from hexie_desktop.storage.files import atomic_writer, replace_file

REAL_REPLACE = os.replace


class HeldFor:
    """`os.replace` refused `times` times, as Windows refuses a file a scanner holds open."""

    def __init__(self, times: int) -> None:
        self.left = times
        self.tries = 0

    def __call__(self, source: str | Path, target: str | Path) -> None:
        self.tries += 1
        if self.left:
            self.left -= 1
            raise PermissionError(errno.EACCES, "The process cannot access the file", str(target))
        REAL_REPLACE(source, target)


def test_on_windows_a_held_file_is_tried_again_with_growing_waits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, target = tmp_path / "new", tmp_path / "报告.pdf"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    held = HeldFor(3)
    monkeypatch.setattr(os, "replace", held)
    waits: list[float] = []
    replace_file(source, target, platform="win32", sleep=waits.append)
    assert target.read_bytes() == b"new" and not source.exists()
    assert waits == [0.05, 0.1, 0.2] and held.tries == 4


def test_on_windows_a_file_held_throughout_ends_in_one_chinese_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, target = tmp_path / "new", tmp_path / "报告.pdf"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "replace", HeldFor(100))
    waits: list[float] = []
    with pytest.raises(EnvironmentFault, match="正被其他程序占用") as refused:
        replace_file(source, target, platform="win32", sleep=waits.append)
    assert str(target) in refused.value.message
    assert waits == list(files.WINDOWS_REPLACE_DELAYS)
    assert sum(waits) < 4  # a held file is named within seconds, not minutes
    assert target.read_bytes() == b"old"


def test_on_posix_a_refused_rename_is_a_real_permission_problem_said_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "new"
    source.write_bytes(b"new")
    held = HeldFor(1)
    monkeypatch.setattr(os, "replace", held)
    waits: list[float] = []
    with pytest.raises(PermissionError):
        replace_file(source, tmp_path / "x", platform="linux", sleep=waits.append)
    assert waits == [] and held.tries == 1


def test_an_atomic_write_held_throughout_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "replace_delays", lambda _platform: (0.0,))
    monkeypatch.setattr(os, "replace", HeldFor(100))
    target = tmp_path / "recent.json"
    with pytest.raises(EnvironmentFault), atomic_writer(target) as handle:
        handle.write(b"{}")
    assert list(tmp_path.iterdir()) == []


def test_paths_past_259_characters_are_refused_on_windows_only(tmp_path: Path) -> None:
    room = 259 - len(str(tmp_path)) - 1
    fits, too_long = tmp_path / ("报" * room), tmp_path / ("报" * (room + 1))
    assert not path_too_long(fits, "win32")
    assert path_too_long(too_long, "win32")
    assert not path_too_long(too_long, "linux")
    # Windows counts UTF-16 units: a character outside the BMP takes two.
    assert path_too_long(tmp_path / ("𠀀" * (room // 2 + 1)), "win32")


def test_an_atomic_write_refuses_a_long_path_before_writing_and_names_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "path_too_long", lambda *_args: True)
    target = tmp_path / "sub" / "报告.pdf"
    with pytest.raises(EnvironmentFault, match="路径太长") as refused, atomic_writer(target):
        pass
    assert str(target) in refused.value.message and "~hexie" not in refused.value.message
    assert list(tmp_path.iterdir()) == []


def test_every_device_name_is_made_safe() -> None:
    for name in WINDOWS_RESERVED_NAMES:
        assert windows_reserved(name.lower() + ".pdf")
        assert safe_file_name(name, "x") == f"{name}_"


@pytest.mark.parametrize(
    "name",
    ["CON", "con", "Nul.txt", "aux.tar.gz", "COM1", "lpt9.pdf", "COM¹", "CONOUT$", "PRN .txt"],
)
def test_device_names_are_recognised(name: str) -> None:
    assert windows_reserved(name)
    assert not windows_reserved(safe_file_name(name, "x"))


@pytest.mark.parametrize("name", ["CONSOLE", "COM10", "NULL.txt", "李考评", "COM", "x.CON"])
def test_names_that_only_look_like_devices_are_kept(name: str) -> None:
    assert not windows_reserved(name)
    assert safe_file_name(name, "x") == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("李考评", "李考评"),
        ("张三.", "张三"),
        ("张三 . ", "张三"),
        (".hidden", "hidden"),
        ('a/b\\c:d*e?f"g<h>i|j', "a_b_c_d_e_f_g_h_i_j"),
        ("王\t五\n", "王_五"),
        ("nul", "nul_"),
        ("COM0", "COM0_"),
        ("con.txt", "con_.txt"),
        ("...", "备用"),
        ("", "备用"),
    ],
)
def test_safe_file_name_worked_examples(text: str, expected: str) -> None:
    assert safe_file_name(text, "备用") == expected


@given(st.text())
def test_any_text_gives_a_name_every_file_system_takes(text: str) -> None:
    name = safe_file_name(text, "hexie")
    assert name and name == name.strip(". ") and not name.startswith("_")
    # The one `_` left at the end is the mark that keeps a device name off the device.
    assert not name.endswith("_") or windows_reserved(name.removesuffix("_"))
    assert not windows_reserved(name)
    assert not any(c in name for c in '\\/:*?"<>|') and name.isprintable()
    assert len(name.encode("utf-8")) <= paths.MAX_NAME_PART_BYTES
    assert safe_file_name(name, "hexie") == name


def test_the_names_the_product_writes_are_safe_everywhere() -> None:
    bundle = default_bundle_name("CON.", "inspector", "ab" * 32, quarters=["2026Q1"])
    assert bundle == "CON_-2026Q1-abababab.hexie"
    assert default_bundle_name("  ", "master", "cd" * 32).startswith("hexie-")
    firm = default_bundle_name(
        "某某物业服务有限公司" * 10, "inspector", "ef" * 32, quarters=["2026Q1"]
    )
    assert len(firm.encode("utf-8")) < 200
    assert ExportRequest("grading", year=2026).suggested_name() == "2026年度和谐社区等级评定.xlsx"


def test_on_windows_no_signal_is_sent_to_ask_whether_a_process_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def never(*_args: object) -> None:
        raise AssertionError("os.kill interrupts or ends a process on Windows")

    monkeypatch.setattr(os, "kill", never)
    asked: list[int] = []

    def probe(pid: int) -> bool:
        asked.append(pid)
        return pid == 4242

    assert scratch.process_alive(4242, "win32", windows_probe=probe)
    assert not scratch.process_alive(4243, "win32", windows_probe=probe)
    assert scratch.process_alive(os.getpid(), "win32", windows_probe=probe)
    assert asked == [4242, 4243]


def test_on_posix_a_process_is_asked_with_signal_zero() -> None:
    assert scratch.process_alive(os.getpid(), "linux")
    assert scratch.process_alive(1, "linux")  # init runs (not ours: permission refused or not)
    assert not scratch.process_alive(2**22 + 12345, "linux")


def test_the_windows_data_folder_is_the_local_application_data(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    local = "C:\\Users\\李考评\\AppData\\Local"
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    # platformdirs' documented override of the shell's answer, which only Windows can give.
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", local)
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", "C:\\Users\\李考评\\AppData\\Roaming")
    folder = str(default_data_dir("win32"))
    assert folder.startswith(local) and folder.endswith("hexie-desktop")
    assert "Roaming" not in folder
    assert default_data_dir("linux").name == "hexie-desktop"


def test_the_bureau_time_zone_is_known_without_a_system_time_zone_database() -> None:
    """Windows has no IANA database; the tzdata package stands in, as on a minimal Linux."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from hexie_desktop.domain import bureau_time; print(bureau_time.today())",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONTZPATH": ""},  # no system database, as on Windows
        cwd=Path(__file__).resolve().parent.parent,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()[:2] == "20"


@pytest.mark.parametrize("name", ["CON.pdf", "nul", "报告.", "报告 ", "com1.xlsx"])
def test_a_name_windows_would_take_for_a_device_or_alter_is_refused_there(
    tmp_path: Path, name: str
) -> None:
    source = tmp_path / "new"
    source.write_bytes(b"new")
    with pytest.raises(EnvironmentFault, match="不能使用文件名") as refused:
        replace_file(source, tmp_path / name, platform="win32")
    assert name in refused.value.message and source.exists()
    replace_file(source, tmp_path / name, platform="linux")  # a Linux file system keeps it
    assert (tmp_path / name).read_bytes() == b"new"
