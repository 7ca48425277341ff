"""Starting the window: language, fonts, one window per data folder, the database, first start.

`HEXIE_QUIT_AFTER_SHOW=1` makes the window quit as soon as it is first shown, printing
`shown` on stdout: how the start-up benchmark and the packaged-app smoke test time a real start.
"""

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from hexie_desktop import __version__
from hexie_desktop.domain.errors import UserError
from hexie_desktop.gui import messages
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.errors import install_exception_hook
from hexie_desktop.gui.i18n import ensure_chinese_font, install_translators
from hexie_desktop.gui.instance import lock_data_dir
from hexie_desktop.gui.main_window import MainWindow
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.settings import LANGUAGE, AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.paths import DataDir
from hexie_desktop.services.identity import Identity, current_identity
from hexie_desktop.services.store import Store, open_store

log = logging.getLogger(__name__)

ENV_QUIT_AFTER_SHOW = "HEXIE_QUIT_AFTER_SHOW"
REFUSED = 2


def _application() -> QApplication:
    existing = QCoreApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Hexie Desktop")
    app.setOrganizationName("Hexie")
    app.setApplicationVersion(__version__)
    return app


def run_gui(data_dir: DataDir, url: str | None) -> int:
    """Open the window on `data_dir` (or the database at `url`); the exit status of the app."""
    app = _application()
    settings = AppSettings(data_dir)
    translators = install_translators(app, settings.get(LANGUAGE))
    try:
        ensure_chinese_font(app)
        install_exception_hook(data_dir)
        lock = lock_data_dir(data_dir)
        if lock is None:
            QMessageBox.warning(
                None, messages.app_title(), messages.another_window_running(str(data_dir.root))
            )
            return REFUSED
        try:
            try:
                store = open_store(data_dir, url)
            except UserError as error:
                log.info("cannot open the database: %s", error.message)
                QMessageBox.critical(None, messages.cannot_open_database_title(), error.message)
                return REFUSED
            try:
                return _run_window(app, store, settings)
            finally:
                store.close()
        finally:
            lock.unlock()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _run_window(app: QApplication, store: Store, settings: AppSettings) -> int:
    signals = AppSignals()
    runner = TaskRunner(signals)
    try:
        identity = current_identity(store) or _first_start(store, runner)
        if identity is None:
            return 0
        window = MainWindow(ScreenContext(store, runner, signals, settings, identity))
        runner.set_window(window)
        window.show()
        if os.environ.get(ENV_QUIT_AFTER_SHOW):
            QTimer.singleShot(0, lambda: _report_shown(app))
        return app.exec()
    finally:
        runner.shutdown()


def _first_start(store: Store, runner: TaskRunner) -> Identity | None:
    # Loaded only on a first start: every other start opens the window without it.
    from hexie_desktop.gui.first_start import FirstStartDialog  # noqa: PLC0415

    dialog = FirstStartDialog(store, runner)
    runner.set_window(dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.identity


def _report_shown(app: QApplication) -> None:
    print("shown", flush=True)
    app.quit()
