"""Showing failures: a user's or the environment's in plain words, our own bugs logged and reported.

Qt calls `sys.excepthook` for an exception escaping a slot and then carries on, so a hook that logs
and shows one dialog keeps the window alive after a bug instead of losing the user's work.
"""

import logging
import sys
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

from hexie_desktop.domain.errors import UserError
from hexie_desktop.faults import environment_fault
from hexie_desktop.gui import messages
from hexie_desktop.paths import DataDir

log = logging.getLogger(__name__)

_LOG_NAME = "hexie.log"


class _Reporter:
    """Keeps at most one internal-error dialog open: a bug repeating in a loop must not bury the user."""

    def __init__(self) -> None:
        self.log_file = ""
        self.data_dir: DataDir | None = None
        self.showing = False


_reporter = _Reporter()


def known_error(error: BaseException) -> UserError | None:
    """The user's or the environment's fault as a message to show; None for a bug."""
    if isinstance(error, UserError):
        return error
    if _reporter.data_dir is None:
        return None
    return environment_fault(error, _reporter.data_dir)


def show_user_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def show_internal_error(parent: QWidget | None) -> None:
    if _reporter.showing:
        return
    _reporter.showing = True
    try:
        QMessageBox.critical(
            parent, messages.internal_error_title(), messages.internal_error(_reporter.log_file)
        )
    finally:
        _reporter.showing = False


def _excepthook(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    known = known_error(error)
    if known is not None:
        show_user_error(None, messages.app_title(), known.message)
        return
    log.critical("unexpected error", exc_info=(kind, error, traceback))
    show_internal_error(None)


def install_exception_hook(data_dir: DataDir) -> None:
    """Route uncaught exceptions on the UI thread to the log and one dialog."""
    _reporter.log_file = str(data_dir.logs / _LOG_NAME)
    _reporter.data_dir = data_dir
    sys.excepthook = _excepthook
