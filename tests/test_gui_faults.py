"""Faults in the window: a busy database shows that it waits, then one message; a full disk is a
message, not an internal error; an empty database file is refused at start, naming the backups."""

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot
from sqlmodel import select

from hexie_desktop.gui import app as gui_app
from hexie_desktop.gui import errors
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.paths import DataDir
from hexie_desktop.progress import Cancel, Progress
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import Installation


@pytest.fixture
def known_faults(data_dir: DataDir, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's start installs the hook that also tells the environment's faults apart."""
    monkeypatch.setattr("sys.excepthook", sys.excepthook)
    errors.install_exception_hook(data_dir)


def _labels() -> list[str]:
    return [w.labelText() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]


@pytest.mark.usefixtures("known_faults")
def test_a_busy_database_shows_the_wait_then_one_message(
    qtbot: QtBot,
    runner: TaskRunner,
    clerk_store: Store,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("hexie_desktop.storage.engine.BUSY_WAIT_SECONDS", 3)
    holder = sqlite3.connect(clerk_store.data_dir.database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    failures: list[BaseException] = []

    def rename(_progress: Progress, _cancel: Cancel) -> None:
        with clerk_store.transaction() as session:
            row = session.exec(select(Installation)).one()
            row.name = "另一个名字"

    try:
        runner.run(rename, title="修改名称", on_failure=failures.append)
        qtbot.waitUntil(lambda: any("正在等待" in label for label in _labels()), timeout=5000)
        qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    finally:
        holder.rollback()
        holder.close()
    [message] = warnings
    assert "数据库正被另一个和谐桌面程序使用" in message


@pytest.mark.usefixtures("known_faults")
def test_a_full_disk_in_a_task_is_a_message_not_an_internal_error(
    qtbot: QtBot, runner: TaskRunner, warnings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_internal_error", lambda _parent: shown.append("bug"))
    failures: list[BaseException] = []

    def full(_progress: Progress, _cancel: Cancel) -> None:
        raise OSError(28, "No space left on device", "/media/stick/报告.pdf")

    runner.run(full, title="生成报告", on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert shown == []
    [message] = warnings
    assert "磁盘空间已满（/media/stick/报告.pdf）" in message and "释放" in message


def test_an_empty_database_file_is_refused_at_start_naming_the_backups(
    data_dir: DataDir, clerk_store: Store, warnings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.excepthook", sys.excepthook)
    backup = data_dir.backups / "hexie-before-merge-20261130.sqlite3"
    backup.write_bytes(b"")
    clerk_store.close()
    Path(data_dir.database).write_bytes(b"")
    assert gui_app.run_gui(data_dir, None) == 2
    [message] = warnings
    assert "文件是空的" in message and backup.name in message and "hexie db restore" in message
    assert data_dir.database.stat().st_size == 0
