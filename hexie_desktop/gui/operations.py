"""The one application signal that tells every view what an operation changed."""

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """Signals of the application as a whole; one instance, handed to every screen."""

    operation_did_execute = Signal(object)  # services.changes.Changes
