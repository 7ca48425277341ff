"""What an operation changed, and the one application signal that tells every view.

Anki's pattern: a view never polls and an operation never reaches into views; the operation says
which tables it changed, and each view decides whether that concerns it.
"""

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Changes:
    tables: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *tables: str) -> "Changes":
        return cls(frozenset(tables))

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)


EVERYTHING = Changes.of(
    "district", "street", "community", "compound", "firm", "contract", "standard", "policy"
)


class AppSignals(QObject):
    """Signals of the application as a whole; one instance, handed to every screen."""

    operation_did_execute = Signal(object)  # Changes
