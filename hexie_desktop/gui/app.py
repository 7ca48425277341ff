"""Starting the window: language, fonts, one window per data folder, then the data behind it.

The window is shown first, empty but for a line saying the data folder is being opened; only
then does the database layer load (`gui.opening`), and the window receives its sections.

`HEXIE_QUIT_AFTER_SHOW=1` prints `shown` once the window is painted and `ready` once its first
section is built and painted, then quits: how the start-up benchmark and the packaged-app smoke
test time a real start.
"""

import importlib
import logging
import os
import sys
import threading

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from hexie_desktop import __version__
from hexie_desktop.domain.errors import UserError
from hexie_desktop.gui import messages
from hexie_desktop.gui.badges import install_badges
from hexie_desktop.gui.collector import UiThreadCollector
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.errors import install_exception_hook
from hexie_desktop.gui.i18n import ensure_chinese_font, install_translators, prepare_system_locale
from hexie_desktop.gui.icons import install_icons
from hexie_desktop.gui.instance import lock_data_dir
from hexie_desktop.gui.main_window import MainWindow
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.settings import LANGUAGE, AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.paths import DataDir

log = logging.getLogger(__name__)

ENV_QUIT_AFTER_SHOW = "HEXIE_QUIT_AFTER_SHOW"
REFUSED = 2
EXPOSE_WAIT_MS = 500
EXPOSE_POLL_MS = 5
LOAD_POLL_MS = 10


def _application() -> QApplication:
    existing = QCoreApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Hexie Desktop")
    app.setOrganizationName("Hexie")
    app.setApplicationVersion(__version__)
    return app


def run_gui(data_dir: DataDir, url: str | None) -> int:
    """Open the window on `data_dir` (or the database at `url`); the exit status of the app."""
    settings = AppSettings(data_dir)
    prepare_system_locale(settings.get(LANGUAGE))
    app = _application()
    translators = install_translators(app, settings.get(LANGUAGE))
    try:
        ensure_chinese_font(app)
        install_icons(app)
        install_badges(app)
        install_exception_hook(data_dir)
        lock = lock_data_dir(data_dir)
        if lock is None:
            QMessageBox.warning(
                None, messages.app_title(), messages.another_window_running(str(data_dir.root))
            )
            return REFUSED
        try:
            return _run_window(app, data_dir, url, settings)
        finally:
            lock.unlock()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _run_window(
    app: QApplication, data_dir: DataDir, url: str | None, settings: AppSettings
) -> int:
    collector = UiThreadCollector(app)
    collector.start()
    signals = AppSignals()
    runner = TaskRunner(signals)
    window = MainWindow(settings, data_dir)
    runner.set_window(window)
    timing = bool(os.environ.get(ENV_QUIT_AFTER_SHOW))
    context: ScreenContext | None = None
    try:
        window.show()
        _paint_before_loading(app, window)
        _say(timing, "shown")
        # Loaded here, not at the top, and on a thread: this import is most of a start's time,
        # and the window keeps answering (menus, moving, closing) while it runs.
        import_while_answering(app, "hexie_desktop.gui.opening")
        if not window.isVisible():
            return 0
        from hexie_desktop.gui.opening import open_context  # noqa: PLC0415

        try:
            context = open_context(
                window, data_dir, url, settings=settings, runner=runner, signals=signals
            )
        except UserError as error:
            log.info("cannot open the database: %s", error.message)
            QMessageBox.critical(window, messages.cannot_open_database_title(), error.message)
            return REFUSED
        if context is None:
            return 0
        window.attach(context)
        app.processEvents()
        _say(timing, "ready")
        collector.settle()
        return 0 if timing else app.exec()
    finally:
        # Tasks still running finish (or are cancelled) before the database closes under them.
        runner.shutdown()
        window.hide()
        if context is not None:
            context.store.close()
        collector.stop()


def _paint_before_loading(app: QApplication, window: MainWindow) -> None:
    """Let the window reach the screen before the slow part, which processes no events.

    A window manager maps a new window when it gets round to it; until the window is exposed
    nothing painted shows, so wait for that, but never longer than EXPOSE_WAIT_MS.
    """
    deadline = QDeadlineTimer(EXPOSE_WAIT_MS)
    app.processEvents()
    handle = window.windowHandle()
    while handle is not None and not handle.isExposed() and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, EXPOSE_POLL_MS)
        QThread.msleep(EXPOSE_POLL_MS)
    app.processEvents()


def import_while_answering(app: QApplication, module: str) -> None:
    """Import `module` on a thread while the UI thread goes on handling events.

    The loader holds the interpreter most of the time, but the UI thread, waiting in `join`
    between rounds of events, gets it back at every switch interval, so a click or a close is
    answered within a few milliseconds instead of after the whole import.
    """
    failure: list[BaseException] = []

    def load() -> None:
        try:
            importlib.import_module(module)
        except BaseException as error:  # re-raised on the UI thread below
            failure.append(error)

    loader = threading.Thread(target=load, name="hexie-loader", daemon=True)
    loader.start()
    while loader.is_alive():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, LOAD_POLL_MS)
        loader.join(LOAD_POLL_MS / 1000)
    if failure:
        raise failure[0]


def _say(timing: bool, moment: str) -> None:
    if timing:
        print(moment, flush=True)
