"""The data folder's faults, through the command line as a user meets them: read-only, full,
an empty or cut-short database, leftovers of killed work, and who may read the files.

A read-only folder and a full disk are real file systems (a read-only bind mount and a small
tmpfs), so these tests need root's right to mount; without it they are skipped.
"""

import contextlib
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hexie_desktop.cli.main import main
from hexie_desktop.paths import DataDir
from hexie_desktop.services.store import open_store
from tests.sync_world import digest

QUARTER = "2026Q1"


def _cli(capsys: pytest.CaptureFixture[str], root: Path, *argv: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(root), *argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    root = tmp_path / "数据 目录"
    assert _cli(capsys, root, "init", "--role", "clerk", "--name", "王文员")[0] == 0
    assert _cli(capsys, root, "demo", "--firms", "6", "--compounds", "12", "--seed", "3")[0] == 0
    assert _cli(capsys, root, "evaluate", "--quarter", QUARTER)[0] == 0
    return root


def _mount(*argv: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *argv], capture_output=True, check=False).returncode == 0


@contextlib.contextmanager
def _mounted(target: Path) -> Iterator[None]:
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


def _state(root: Path) -> str:
    store = open_store(DataDir(root))
    try:
        return digest(store)
    finally:
        store.close()


def test_a_read_only_data_folder_serves_reading_and_refuses_writing_in_one_line(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _state(demo_dir)
    view = tmp_path / "只读"
    view.mkdir()
    if not _mount("--bind", str(demo_dir), str(view)):
        pytest.skip("cannot mount here")
    with _mounted(view):
        assert _mount("-o", "remount,ro,bind", str(view))
        for command in (
            ["db", "check"],
            ["scores", "--quarter", QUARTER, "--json"],
            ["report", "quarterly", "--quarter", QUARTER, "--out", str(tmp_path / "q.pdf")],
            ["db", "backup", str(tmp_path / "copy.sqlite3")],
        ):
            status, _, err = _cli(capsys, view, *command)
            assert status == 0, (command, err)
            assert "Traceback" not in err
            assert err.count("\n") <= 1  # the log that could not be opened, said once
        for command in (
            ["evaluate", "--quarter", QUARTER],
            ["quarter", "finalise", "--quarter", QUARTER],
        ):
            status, _, err = _cli(capsys, view, *command)
            assert status == 2, command
            assert "是只读的" in err.splitlines()[-1] and "内部错误" not in err
            assert err.count("\n") <= 2
    assert _state(demo_dir) == before


def test_a_full_disk_is_told_in_one_line_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=6m", "tmpfs", str(disk)):
        pytest.skip("cannot mount here")
    with _mounted(disk):
        root = disk / "data"
        assert _cli(capsys, root, "init", "--role", "clerk", "--name", "王文员")[0] == 0
        assert (
            _cli(capsys, root, "demo", "--firms", "6", "--compounds", "12", "--seed", "3")[0] == 0
        )
        before = _state(root)
        firm = _a_firm(root)
        filler = disk / "filler"
        # Unbuffered: a write the full disk cut short leaves nothing for close() to flush again.
        with filler.open("wb", buffering=0) as handle, contextlib.suppress(OSError):
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        for command in (
            ["evaluate", "--quarter", QUARTER],
            ["report", "firm", "--firm", firm, "--out", str(disk / "f.pdf")],
            ["db", "backup", str(disk / "b.sqlite3")],
            ["bundle", "export", "--master", "--out", str(disk)],
        ):
            status, _, err = _cli(capsys, root, *command)
            assert status == 2, (command, err)
            assert "Traceback" not in err and "内部错误" not in err
            assert "磁盘空间已满" in err.splitlines()[-1] and "释放" in err, err
            assert len(err.splitlines()) <= 2
        assert [p.name for p in disk.iterdir() if p.name not in ("data", "filler")] == []
        filler.unlink()
        assert _state(root) == before
        assert _cli(capsys, root, "evaluate", "--quarter", QUARTER)[0] == 0


def _a_firm(root: Path) -> str:
    import sqlite3  # noqa: PLC0415

    conn = sqlite3.connect(root / "hexie.sqlite3")
    try:
        return str(conn.execute("SELECT credit_code FROM firm LIMIT 1").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize("keep", [0, 5000])
def test_an_empty_or_cut_short_database_is_refused_naming_the_backups(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], keep: int
) -> None:
    backup = demo_dir / "backups" / "周一备份.sqlite3"
    assert _cli(capsys, demo_dir, "db", "backup", str(backup))[0] == 0
    database = demo_dir / "hexie.sqlite3"
    database.write_bytes(database.read_bytes()[:keep])
    for command in (["db", "check"], ["scores", "--quarter", QUARTER]):
        status, _, err = _cli(capsys, demo_dir, *command)
        assert status == 2
        [line] = err.splitlines()
        assert "已损坏" in line and "周一备份.sqlite3" in line and "hexie db restore" in line
    assert database.stat().st_size == keep
    status, out, err = _cli(capsys, demo_dir, "db", "restore", str(backup))
    assert status == 0, err
    assert "损坏的数据库文件已移到" in out
    status, out, _ = _cli(capsys, demo_dir, "db", "check")
    assert status == 0 and "健康" in out


CHILD = """
import sys, time
from pathlib import Path
from hexie_desktop.scratch import temporary_name
folder = Path(sys.argv[1])
(folder / temporary_name("hexie-export")).write_bytes(b"half a bundle")
spool = folder / temporary_name("hexie-spool", "")
spool.mkdir()
(spool / "inspection.jsonl").write_text("{}")
print("written", flush=True)
time.sleep(60)
"""


def test_leftovers_of_killed_work_are_removed_at_the_next_start_and_nothing_else(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    places = [demo_dir, demo_dir / "backups", demo_dir / "quarantine"]
    (demo_dir / "quarantine").mkdir(exist_ok=True)
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(places[1])], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "written"
        running = set(places[1].iterdir())
        # Another program's work in progress is left alone.
        assert _cli(capsys, demo_dir, "db", "check")[0] == 0
        assert set(places[1].iterdir()) == running
        child.kill()
    for folder in places:
        (folder / f".hexie.sqlite3~hexie{_dead_pid()}~0123abcd.partial").write_bytes(b"x")
    mine = demo_dir / "backups" / "我的.partial"
    mine.write_bytes(b"not ours")
    assert _cli(capsys, demo_dir, "db", "check")[0] == 0
    left = sorted(p.name for folder in places for p in folder.iterdir() if "~hexie" in p.name)
    assert left == []
    assert mine.exists()


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


def test_temporary_files_never_go_to_the_system_temporary_folder(
    demo_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_tmp))
    import tempfile  # noqa: PLC0415

    monkeypatch.setattr(tempfile, "tempdir", None)
    out = tmp_path / "stick"
    out.mkdir()
    assert _cli(capsys, demo_dir, "bundle", "export", "--master", "--out", str(out))[0] == 0
    # Verified through the quarantine copy (and skipped: a clerk's own bundle needs no merge).
    assert _cli(capsys, demo_dir, "bundle", "verify", str(out))[0] == 0
    assert _cli(capsys, demo_dir, "db", "backup", str(tmp_path / "b.sqlite3"))[0] == 0
    assert list(system_tmp.iterdir()) == []
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_data_folder_is_owner_only_and_a_saved_report_is_a_normal_document(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli(capsys, demo_dir, "db", "backup", str(demo_dir / "backups" / "b.sqlite3"))[0] == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    assert _cli(capsys, demo_dir, "bundle", "export", "--master", "--out", str(stick))[0] == 0
    pdf = tmp_path / "季度报告.pdf"
    assert (
        _cli(capsys, demo_dir, "report", "quarterly", "--quarter", QUARTER, "--out", str(pdf))[0]
        == 0
    )
    folders = [demo_dir, *(p for p in demo_dir.rglob("*") if p.is_dir())]
    files = [p for p in demo_dir.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"hexie.sqlite3", "hexie.log", "b.sqlite3"}
    assert {str(p): oct(_mode(p)) for p in folders if _mode(p) != 0o700} == {}
    assert {str(p): oct(_mode(p)) for p in files if _mode(p) != 0o600} == {}
    assert [oct(_mode(p)) for p in stick.iterdir()] == ["0o600"]
    mask = os.umask(0)
    os.umask(mask)
    assert _mode(pdf) == 0o666 & ~mask
