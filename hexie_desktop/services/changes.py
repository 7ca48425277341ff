"""What an operation changed, so that every view can decide whether to refresh.

Anki's pattern: a view never polls and an operation never reaches into views; the operation says
which tables it changed, and the window passes that on through one application signal.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    tables: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *tables: str) -> "Changes":
        return cls(frozenset(tables))

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.tables | other.tables)


EVERYTHING = Changes.of(
    "district", "street", "community", "compound", "firm", "contract", "standard", "policy"
)
