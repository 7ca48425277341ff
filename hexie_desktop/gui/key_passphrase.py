"""Asking for the private key's passphrase: once when the window opens, and when setting one.

The window's work runs on a worker thread that must never show a dialog, so a sealed key is
unlocked here, on the GUI thread, before the first screen; the session then keeps it.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from hexie_desktop.domain.errors import UserError
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.passphrase import key_is_sealed, protect_key, unlock_key

ATTEMPTS = 3


def _ask(parent: QWidget | None, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


def unlock_at_start(parent: QWidget | None, store: Store) -> bool:
    """Ask for the passphrase of a sealed key (up to three tries); False if left locked."""
    if not key_is_sealed(store):
        return True
    label = QCoreApplication.translate(
        "KeyPassphrase",
        "This computer's private key is protected by a passphrase. Enter it once for this "
        "session (signing, exporting and opening bundles need it):",
    )
    for _attempt in range(ATTEMPTS):
        answer = _ask(
            parent, QCoreApplication.translate("KeyPassphrase", "Unlock the private key"), label
        )
        if answer is None:
            return False
        try:
            unlock_key(store, answer)
        except UserError:
            label = QCoreApplication.translate(
                "KeyPassphrase",
                "Wrong passphrase. Enter the passphrase of this computer's private key:",
            )
            continue
        return True
    return False


def choose_passphrase(context: ScreenContext, parent: QWidget, done: Callable[[], None]) -> None:
    """Ask for a new passphrase twice, then seal the key with it on the worker."""
    first = _ask(
        parent,
        QCoreApplication.translate("KeyPassphrase", "Protect the private key"),
        QCoreApplication.translate(
            "KeyPassphrase",
            "A new passphrase for this computer's private key (at least 8 characters). It is "
            "asked once per session; it cannot be recovered if forgotten:",
        ),
    )
    if first is None:
        return
    second = _ask(
        parent,
        QCoreApplication.translate("KeyPassphrase", "Protect the private key"),
        QCoreApplication.translate("KeyPassphrase", "The same passphrase again:"),
    )
    if second is None:
        return
    if first != second:
        raise UserError(
            QCoreApplication.translate(
                "KeyPassphrase", "The two passphrases differ; nothing was changed."
            )
        )
    store = context.store
    context.runner.run(
        lambda _progress, _cancel: protect_key(store, first),
        title=QCoreApplication.translate("KeyPassphrase", "Protect the private key"),
        on_success=lambda _result: done(),
    )


def protected_text() -> str:
    return QCoreApplication.translate(
        "KeyPassphrase",
        "The private key is now protected by the passphrase; it is asked once per session.",
    )
