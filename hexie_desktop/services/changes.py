"""What an operation changed, so that every view can decide whether to refresh.

Anki's pattern (`OpChanges`): a view never polls and an operation never reaches into views. Every
service that writes returns `Changed(value, changes)`: what the caller asked for, and the tables
it wrote, named by their table classes. The window's task runner hands `value` to the screen that
asked and passes `changes` on through one application signal; each view refreshes when the
change-set names a table it shows. Nothing but the service that wrote says what was written.

The table classes are only named for the type checker here: the window's task runner imports this
module before the database layer is loaded, and start-up must stay light.
"""

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from sqlmodel import SQLModel

    Table = type[SQLModel]

T = TypeVar("T")
U = TypeVar("U")


@dataclass(frozen=True)
class Changes:
    tables: "frozenset[Table]" = field(default_factory=frozenset)

    @classmethod
    def of(cls, *tables: "Table") -> "Changes":
        return cls(frozenset(tables))

    def touches(self, *tables: "Table") -> bool:
        return not self.tables.isdisjoint(tables)

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.tables | other.tables)


@dataclass(frozen=True)
class Changed(Generic[T]):
    """A service's result together with the change-set of what it wrote."""

    value: T
    changes: Changes

    def carrying(self, value: U) -> "Changed[U]":
        """The same change-set with another value: for work that reads again after it wrote."""
        return Changed(value, self.changes)
