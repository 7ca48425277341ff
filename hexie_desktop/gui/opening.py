"""Opening the data behind a window already on screen: the database, then who works here.

The window shows before this module loads. Loading the database layer is most of a start's
time, and a window that appears at once, saying what it is doing, is what tells a user on an
old laptop that the app has started.
"""

import logging

from PySide6.QtWidgets import QDialog

from hexie_desktop.domain.errors import ServerUnreachable
from hexie_desktop.gui import server_unreachable
from hexie_desktop.gui.clock_warning import warn_about_clock
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.key_passphrase import unlock_at_start
from hexie_desktop.gui.main_window import MainWindow
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.paths import DataDir
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.clock_check import check_start_clock
from hexie_desktop.services.trust.identity import Identity, current_identity

log = logging.getLogger(__name__)


def open_context(
    window: MainWindow,
    data_dir: DataDir,
    url: str | None,
    *,
    settings: AppSettings,
    runner: TaskRunner,
    signals: AppSignals,
) -> ScreenContext | None:
    """What the window's screens work with, or None when a first start was cancelled or the
    clerk chose to quit at a server that does not answer.

    Raises UserError, with the database closed, when the database cannot be opened; a server
    that does not answer is first offered again or traded for the local database. The clock
    is checked before any screen exists, so a warning about it comes before any edit.
    """
    store = _open_store(window, data_dir, url)
    if store is None:
        return None
    try:
        identity = current_identity(store) or _first_start(store, runner, window)
    except BaseException:
        store.close()
        raise
    if identity is None:
        store.close()
        return None
    try:
        unlock_at_start(window, store)
        notice = check_start_clock(store)
    except BaseException:
        store.close()
        raise
    warn_about_clock(window, notice)
    return ScreenContext(store, runner, signals, settings, identity)


def _open_store(window: MainWindow, data_dir: DataDir, url: str | None) -> Store | None:
    """The store at `url`, or, when its server does not answer, what the clerk chooses instead:
    another try, the data folder's own database, or None to quit."""
    while True:
        try:
            return open_store(data_dir, url, progress=lambda _share, line: window.say_opening(line))
        except ServerUnreachable as error:
            log.info("database server not reachable at start: %s", error.where)
            choice = server_unreachable.ask(window, error.where)
            if choice is server_unreachable.ServerChoice.QUIT:
                return None
            if choice is server_unreachable.ServerChoice.LOCAL:
                url = None


def _first_start(store: Store, runner: TaskRunner, window: MainWindow) -> Identity | None:
    # Loaded only on a first start: every other start opens the window without it.
    from hexie_desktop.gui.first_start import FirstStartDialog  # noqa: PLC0415

    dialog = FirstStartDialog(store, runner, window)
    runner.set_window(dialog)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.identity
    finally:
        runner.set_window(window)
