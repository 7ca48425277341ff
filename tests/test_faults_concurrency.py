"""Two programs at one database, or one killed part way.

The second program waits, then says so in one line or finds the work done; what a killed one
leaves behind is removed at the next start.

A merge holds the database's write lock from its start. A child process merges a bundle and
stops part way (it waits for a gate file, as a long merge would still be working); meanwhile
this process runs the commands a clerk would start in a second window.
"""

import json
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from hexie_desktop.cli.main import main
from hexie_desktop.paths import DataDir
from hexie_desktop.services.bundles.exchange import export_bundle
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import init_identity
from tests.pg_server import running_server, server_binaries
from tests.sync_world import digest, enrol, field_work, new_store, seed_master, ship_master

ROOT = Path(__file__).resolve().parent.parent
CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from hexie_desktop.paths import DataDir
    from hexie_desktop.services.bundles.exchange import merge_bundles
    from hexie_desktop.services.store import open_store

    root, url, bundle, gate = sys.argv[1:5]
    paused = False

    def progress(fraction, message):
        global paused
        if fraction >= 0.6 and not paused:
            paused = True
            print("paused", flush=True)
            while not Path(gate).exists():
                time.sleep(0.05)

    store = open_store(DataDir(Path(root)), url or None)
    [result] = merge_bundles(store, [Path(bundle)], progress=progress).value
    print(result.status, flush=True)
    """
)


def _bundle(clerk: Store, tmp_path: Path) -> Path:
    """An inspector's bundle of two inspections, for `clerk` to merge."""
    master = seed_master(clerk)
    inspector = new_store(tmp_path, "inspector", "inspector")
    try:
        enrol(clerk, inspector, tmp_path)
        ship_master(clerk, inspector, tmp_path / "master")
        field_work(inspector, master, compound=0)
        field_work(inspector, master, compound=1)
        outbox = tmp_path / "outbox"
        outbox.mkdir()
        return export_bundle(inspector, outbox).value.path
    finally:
        inspector.close()


class _PausedMerge:
    """A merge of `bundle` by another process, stopped part way until `release`."""

    def __init__(self, store: Store, url: str, bundle: Path, gate: Path) -> None:
        self.gate = gate
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        argv = [str(store.data_dir.root), url, str(bundle), str(gate)]
        self.child = subprocess.Popen(
            [sys.executable, "-c", CHILD, *argv], stdout=subprocess.PIPE, text=True, env=env
        )
        assert self.child.stdout is not None
        assert self.child.stdout.readline().strip() == "paused"

    def release(self) -> str:
        self.gate.touch()
        assert self.child.stdout is not None
        status = self.child.stdout.readline().strip()
        self.child.wait(timeout=60)
        return status

    def kill(self) -> None:
        self.child.kill()
        self.child.wait(timeout=60)
        assert self.child.stdout is not None
        self.child.stdout.close()


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def sqlite_clerk(tmp_path: Path) -> Iterator[Store]:
    clerk = new_store(tmp_path, "clerk", "clerk")
    yield clerk
    clerk.close()


def test_a_busy_database_waits_then_says_so_in_one_line(
    sqlite_clerk: Store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bundle = _bundle(sqlite_clerk, tmp_path)
    other = export_bundle(sqlite_clerk, tmp_path / "outbox", master=True).value.path
    monkeypatch.setattr("hexie_desktop.storage.engine.BUSY_WAIT_SECONDS", 1)
    merging = _PausedMerge(sqlite_clerk, "", bundle, tmp_path / "gate")
    try:
        before = digest(sqlite_clerk)
        clerk = ["--data-dir", str(sqlite_clerk.data_dir.root)]
        for command in (
            ["evaluate", "--quarter", "2026Q3"],
            ["bundle", "merge", str(other)],
            ["quarter", "finalise", "--quarter", "2026Q3"],
        ):
            status, _, err = _cli(capsys, *clerk, *command)
            assert status == 2, command
            assert err.count("\n") == 1, err
            assert "数据库正被另一个和谐桌面程序使用" in err
            assert "内部错误" not in err
        assert digest(sqlite_clerk) == before
    finally:
        merging.kill()


def _second_merge_is_a_duplicate(
    clerk: Store, url: str, bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    merging = _PausedMerge(clerk, url, bundle, tmp_path / "gate")
    argv = ["--data-dir", str(clerk.data_dir.root), *(["--db", url] if url else [])]
    outcome: list[tuple[int, str, str]] = []
    second = threading.Thread(
        target=lambda: outcome.append(_cli(capsys, *argv, "bundle", "merge", str(bundle), "--json"))
    )
    try:
        second.start()
        # The second merge is under way (waiting, or verifying) when the first goes on.
        second.join(timeout=1.0)
        assert merging.release() == "applied"
    finally:
        second.join(timeout=60)
        merging.kill()
    [(status, out, err)] = outcome
    assert status == 0, err
    [entry] = json.loads(out)["bundles"]
    assert entry["status"] == "duplicate"
    assert "内部错误" not in err


def test_the_same_bundle_merged_twice_at_once_on_sqlite_is_a_duplicate(
    sqlite_clerk: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = _bundle(sqlite_clerk, tmp_path)
    _second_merge_is_a_duplicate(sqlite_clerk, "", bundle, tmp_path, capsys)


@pytest.mark.skipif(server_binaries() is None, reason="no PostgreSQL server binaries")
def test_the_same_bundle_merged_twice_at_once_on_postgres_is_a_duplicate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with running_server() as url:
        clerk = open_store(DataDir(tmp_path / "clerk"), url)
        try:
            init_identity(clerk, "clerk", "王文员")
            bundle = _bundle(clerk, tmp_path)
            _second_merge_is_a_duplicate(clerk, url, bundle, tmp_path, capsys)
        finally:
            clerk.close()


KILLED = textwrap.dedent(
    """
    import os, sys, time
    from hexie_desktop.cli.main import main

    def stop(*_args):
        print("paused", flush=True)
        time.sleep(60)

    os.replace = stop  # every file is whole under its temporary name, not yet renamed
    main(sys.argv[1:])
    """
)


def _killed_at_the_rename(*argv: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(
        [sys.executable, "-c", KILLED, *argv], stdout=subprocess.PIPE, text=True, env=env
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "paused"
        child.kill()


def _temporary(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if "~hexie" in p.name)


def test_what_killed_work_leaves_is_removed_at_the_next_start(
    sqlite_clerk: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = _bundle(sqlite_clerk, tmp_path)
    root = sqlite_clerk.data_dir.root
    clerk = ["--data-dir", str(root)]
    stick = tmp_path / "stick"
    stick.mkdir()
    elsewhere = tmp_path / "备份盘"
    elsewhere.mkdir()
    before = digest(sqlite_clerk)

    _killed_at_the_rename(*clerk, "bundle", "merge", str(bundle))
    left = _temporary(root)
    assert any(name.endswith(".hexie") for name in left)  # the quarantine copy
    assert any(name.endswith(".partial") for name in left)  # the safety backup
    _killed_at_the_rename(*clerk, "db", "backup", str(elsewhere / "周一.sqlite3"))
    assert digest(sqlite_clerk) == before
    # Killed at its rename, an export has used its number (kept beside the key).
    _killed_at_the_rename(*clerk, "bundle", "export", "--master", "--out", str(stick))
    assert _temporary(stick) and _temporary(elsewhere)

    assert _cli(capsys, *clerk, "db", "check")[0] == 0
    assert _temporary(root) == []
    assert _cli(capsys, *clerk, "bundle", "export", "--master", "--out", str(stick))[0] == 0
    assert _temporary(stick) == []
    assert _cli(capsys, *clerk, "db", "backup", str(elsewhere / "周一.sqlite3"))[0] == 0
    assert _temporary(elsewhere) == []
    status, out, _ = _cli(capsys, *clerk, "bundle", "merge", str(bundle), "--json")
    assert status == 0 and json.loads(out)["bundles"][0]["status"] == "applied"
