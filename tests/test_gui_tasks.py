"""The task runner: results and errors reach the UI thread, and the app survives both kinds."""

import logging
import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from hexie_desktop.domain.errors import UserError
from hexie_desktop.gui import errors
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.paths import DataDir
from hexie_desktop.progress import Cancel, Progress
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.storage.tables import Compound, Firm


@pytest.fixture
def signals() -> AppSignals:
    return AppSignals()


@pytest.fixture
def runner(signals: AppSignals) -> Iterator[TaskRunner]:
    task_runner = TaskRunner(signals)
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes are the edge of the world here: record them instead of blocking on them."""
    shown: list[tuple[str, str]] = []
    for kind in ("warning", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            staticmethod(lambda _parent, _title, text, kind=kind: shown.append((kind, text))),
        )
    return shown


def test_result_and_changes_arrive_on_the_ui_thread(
    qtbot: QtBot, runner: TaskRunner, signals: AppSignals
) -> None:
    threads: list[str] = []
    results: list[int] = []

    def work(progress: Progress, cancel: Cancel) -> Changed[int]:
        threads.append(threading.current_thread().name)
        progress(0.5, "half")
        return Changed(42 if not cancel() else 0, Changes.of(Compound))

    with qtbot.waitSignal(signals.operation_did_execute) as changed:
        runner.run(work, title="t", on_success=results.append)
    assert results == [42]
    assert changed.args == [Changes.of(Compound)]
    assert threads[0].startswith("hexie-writer")
    assert not runner.busy


def test_a_user_error_in_a_task_is_shown_and_the_app_goes_on(
    qtbot: QtBot, runner: TaskRunner, signals: AppSignals, dialogs: list[tuple[str, str]]
) -> None:
    failures: list[BaseException] = []

    def refuse(_progress: Progress, _cancel: Cancel) -> None:
        raise UserError("数据包已损坏，请重新导出。")

    runner.run(refuse, title="导入", on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert dialogs == [("warning", "数据包已损坏，请重新导出。")]

    results: list[str] = []
    runner.run(lambda _p, _c: "still alive", title="next", on_success=results.append)
    qtbot.waitUntil(lambda: bool(results))
    assert results == ["still alive"]


def test_a_bug_in_a_task_is_logged_and_reported_once(
    qtbot: QtBot,
    runner: TaskRunner,
    dialogs: list[tuple[str, str]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    failures: list[BaseException] = []

    def broken(_progress: Progress, _cancel: Cancel) -> None:
        raise ZeroDivisionError("bug")

    with caplog.at_level(logging.ERROR):
        runner.run(broken, title="计算", on_failure=failures.append)
        qtbot.waitUntil(lambda: bool(failures))
    assert [kind for kind, _ in dialogs] == ["critical"]
    assert "ZeroDivisionError" in caplog.text


def test_slow_work_shows_progress_and_can_be_cancelled(qtbot: QtBot, runner: TaskRunner) -> None:
    started = threading.Event()
    outcome: list[str] = []

    def slow(progress: Progress, cancel: Cancel) -> str:
        started.set()
        while not cancel():
            progress(0.25, "working")
            threading.Event().wait(0.02)
        return "cancelled"

    runner.run(slow, title="慢", on_success=outcome.append)
    qtbot.waitUntil(lambda: any(task.dialog is not None for task in runner._tasks.values()))
    dialog = next(iter(runner._tasks.values())).dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.labelText() == "working")
    assert dialog.value() == 250
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outcome == ["cancelled"])
    assert started.is_set()


def test_the_exception_hook_logs_and_shows_one_dialog(
    data_dir: DataDir,
    dialogs: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr("sys.excepthook", None)
    errors.install_exception_hook(data_dir)
    import sys  # noqa: PLC0415

    try:
        raise ValueError("unexpected")
    except ValueError as error:
        with caplog.at_level(logging.CRITICAL):
            sys.excepthook(type(error), error, error.__traceback__)
    assert [kind for kind, _ in dialogs] == ["critical"]
    assert "hexie.log" in dialogs[0][1]
    assert "ValueError: unexpected" in caplog.text


class _Receiver(QPushButton):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[int] = []

    def take(self, value: int) -> None:
        self.setText(str(value))
        self.results.append(value)


def test_a_result_for_a_widget_deleted_meanwhile_is_dropped(
    qtbot: QtBot, runner: TaskRunner, signals: AppSignals
) -> None:
    receiver = _Receiver()
    started, release = threading.Event(), threading.Event()

    def work(_progress: Progress, _cancel: Cancel) -> Changed[int]:
        started.set()
        release.wait(5)
        return Changed(7, Changes.of(Firm))

    with qtbot.waitSignal(signals.operation_did_execute):
        runner.run(work, title="t", on_success=receiver.take)
        started.wait(5)
        receiver.deleteLater()
        qtbot.waitUntil(lambda: not Shiboken.isValid(receiver))
        release.set()
    assert not runner.busy


@pytest.mark.parametrize("fails", [False, True])
def test_what_a_task_captured_is_destroyed_on_the_ui_thread(
    qtbot: QtBot, runner: TaskRunner, dialogs: list[tuple[str, str]], fails: bool
) -> None:
    """A Qt object freed on the worker would leave its timers behind and crash the UI thread.

    Switching threads as often as possible gives the worker every chance to be the last holder.
    """
    destroyed_on: list[str] = []
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(100):
            owner = QObject()
            QTimer(owner).start(60_000)
            owner.destroyed.connect(lambda: destroyed_on.append(threading.current_thread().name))

            def work(_progress: Progress, _cancel: Cancel, owner: QObject = owner) -> str:
                if fails:
                    raise UserError("无法完成")
                return owner.objectName()

            runner.run(work, title="t")
            del owner, work
            qtbot.wait(1)
        qtbot.waitUntil(lambda: len(destroyed_on) == 100)
    finally:
        sys.setswitchinterval(interval)
    assert set(destroyed_on) == {threading.main_thread().name}
