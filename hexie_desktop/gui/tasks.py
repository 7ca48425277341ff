"""The single writer: one worker thread runs service calls, the UI thread hears how they went.

A task is a plain function `work(progress, cancel)` that calls services; it never touches a widget.
Its result or error comes back to the UI thread through a queued signal. Every write of the window
runs here, so the UI thread never waits for SQLite's write lock. A task that wrote returns the
service's `Changed(value, changes)`: the screen that asked hears `value`, then every view hears
`changes` (the runner emits it; no screen says which tables a service changed).

Work that ends quickly shows nothing; after `BUSY_CURSOR_MS` the cursor turns busy and after `PROGRESS_DIALOG_MS` a
progress dialog with a cancel button appears, so short work never flashes a dialog.
"""

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar, overload

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import Shiboken

from hexie_desktop.gui.errors import known_error, show_internal_error, show_user_error
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.progress import Cancel, Progress, waiting_listener
from hexie_desktop.services.changes import Changed

log = logging.getLogger(__name__)

BUSY_CURSOR_MS = 300
PROGRESS_DIALOG_MS = 600
PROGRESS_STEPS = 1000

T = TypeVar("T")
Work = Callable[[Progress, Cancel], T]


@dataclass
class _Task:
    number: int
    title: str
    work: Work[Any]
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None
    inline: QWidget | None = None
    cancelled: threading.Event = field(default_factory=threading.Event)
    busy_timer: QTimer | None = None
    dialog_timer: QTimer | None = None
    dialog: QProgressDialog | None = None
    busy_cursor: bool = False
    fraction: float = 0.0
    message: str = ""


def _receiver_alive(callback: Callable[..., object]) -> bool:
    """False when the callback is a method of a widget deleted while its work ran.

    A screen or dialog may be closed (and deleted) before its work finishes; calling into it then
    would touch freed C++ objects and crash the application, so the result is dropped instead.
    """
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or Shiboken.isValid(owner)


class TaskRunner(QObject):
    """Runs tasks one at a time, in the order given, off the UI thread."""

    _progressed = Signal(int, float, str)
    _finished = Signal(int)

    def __init__(self, signals: AppSignals, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = signals
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hexie-writer")
        self._numbers = itertools.count(1)
        self._tasks: dict[int, _Task] = {}
        self._outcomes: dict[int, tuple[object, BaseException | None]] = {}
        self._window: QWidget | None = None
        self._progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    def set_window(self, window: QWidget | None) -> None:
        """The window that progress and error dialogs belong to."""
        self._window = window

    @property
    def signals(self) -> AppSignals:
        """The application signals this runner emits every task's change-set through."""
        return self._signals

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    @overload
    def run(
        self,
        work: Work[Changed[T]],
        *,
        title: str,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        inline: QWidget | None = None,
    ) -> None: ...

    @overload
    def run(
        self,
        work: Work[T],
        *,
        title: str,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        inline: QWidget | None = None,
    ) -> None: ...

    def run(
        self,
        work: Work[Any],
        *,
        title: str,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        inline: QWidget | None = None,
    ) -> None:
        """Queue `work`; `on_success(result)` runs on the UI thread, then views hear its changes.

        When the work returns a service's `Changed`, `on_success` gets its value and the
        change-set is emitted through `operation_did_execute`; other results (reads) pass as
        they are and change nothing.

        A `UserError` or a fault of the environment (full disk, busy database) is shown as its
        message; anything else is logged with its traceback and reported as an internal error.
        `on_failure` runs after that, for a screen to restore itself. While the work waits for
        another program's hold on the database, its progress dialog says so.

        `inline` is the window of an edit that shows its own state (the sheet's 保存中…): such work
        gets no busy cursor and no progress dialog, however long it waits behind other work, and
        its errors are shown over that window.
        """
        task = _Task(next(self._numbers), title, work, on_success, on_failure, inline)
        self._tasks[task.number] = task
        if inline is None:
            task.busy_timer = self._single_shot(BUSY_CURSOR_MS, lambda: self._show_busy(task))
            task.dialog_timer = self._single_shot(
                PROGRESS_DIALOG_MS, lambda: self._show_dialog(task)
            )
        self._executor.submit(self._execute, task.number)

    def shutdown(self) -> None:
        """Ask running work to stop and wait for the worker, so the database closes cleanly.

        Work still queued runs too, told to stop: long work gives up at its first check, and an
        edit typed just before closing is stored rather than lost.
        """
        for task in self._tasks.values():
            task.cancelled.set()
        self._executor.shutdown(wait=True)

    def _single_shot(self, delay_ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        timer.start(delay_ms)
        return timer

    def _execute(self, number: int) -> None:
        """Run task `number` on the worker, holding nothing of it once it reports.

        What a task's work captured (often the screen that asked for it) must be released on the
        UI thread: a Qt object whose last reference goes away here would be destroyed on the
        worker, where Qt cannot stop its timers, and the UI thread would later fire a timer of a
        freed object. So the work, its result and its error are dropped here before the UI thread
        hears of them, and reach it through `_outcomes`.
        """
        work = self._tasks[number].work
        done = [0.0]

        def progress(fraction: float, message: str) -> None:
            done[0] = fraction
            self._progressed.emit(number, fraction, message)

        listening = waiting_listener.set(lambda message: progress(done[0], message))
        outcome: tuple[object, BaseException | None]
        try:
            outcome = (work(progress, self._tasks[number].cancelled.is_set), None)
        except BaseException as error:  # every failure, even an interrupt, is reported
            outcome = (None, error)
        finally:
            waiting_listener.reset(listening)
        del work
        self._outcomes[number] = outcome
        del outcome
        self._finished.emit(number)

    def _show_busy(self, task: _Task) -> None:
        if task.number in self._tasks:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            task.busy_cursor = True

    def _show_dialog(self, task: _Task) -> None:
        if task.number not in self._tasks:
            return
        dialog = QProgressDialog(task.message or task.title, self.tr("Cancel"), 0, PROGRESS_STEPS)
        dialog.setParent(self._window, dialog.windowFlags())
        dialog.setWindowTitle(task.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(round(task.fraction * PROGRESS_STEPS))
        dialog.canceled.connect(task.cancelled.set)
        dialog.show()
        task.dialog = dialog

    def _on_progress(self, number: int, fraction: float, message: str) -> None:
        task = self._tasks.get(number)
        if task is None:
            return
        task.fraction, task.message = max(0.0, min(1.0, fraction)), message
        if task.dialog is not None:
            task.dialog.setValue(round(task.fraction * PROGRESS_STEPS))
            if message:
                task.dialog.setLabelText(message)

    def _on_finished(self, number: int) -> None:
        task = self._tasks.pop(number)
        result, error = self._outcomes.pop(number)
        for timer in (task.busy_timer, task.dialog_timer):
            if timer is not None:
                timer.stop()
                timer.deleteLater()
        if task.busy_cursor:
            QGuiApplication.restoreOverrideCursor()
        if task.dialog is not None:
            task.dialog.close()
            task.dialog.deleteLater()
        if error is None:
            changed = result if isinstance(result, Changed) else None
            value = result if changed is None else changed.value
            if task.on_success is not None and _receiver_alive(task.on_success):
                task.on_success(value)
            if changed is not None:
                self._signals.operation_did_execute.emit(changed.changes)
            return
        window = self._window
        if task.inline is not None and Shiboken.isValid(task.inline):
            window = task.inline
        known = known_error(error)
        if known is not None:
            log.info("%s: %s", task.title, known.message)
            show_user_error(window, task.title, known.message)
        else:
            log.error("task %r failed", task.title, exc_info=error)
            show_internal_error(window)
        if task.on_failure is not None and _receiver_alive(task.on_failure):
            task.on_failure(error)
