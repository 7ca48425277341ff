"""What every synced row carries, so that bundles can merge rows from many installations."""

from sqlalchemy import BigInteger
from sqlmodel import Field, SQLModel

from hexie_desktop.domain.ids import uuid7


class Synced(SQLModel):
    """Columns shared by every table that travels in bundles.

    `hlc` orders competing versions of a row (last writer wins on `(hlc, author_id)`), `author_id`
    names the installation that wrote this version, and `deleted` makes a delete a tombstone that
    travels like any other edit instead of a row that silently disappears.
    """

    id: str = Field(default_factory=uuid7, primary_key=True, max_length=36)
    author_id: str = Field(max_length=36, index=True)
    hlc: int = Field(sa_type=BigInteger, index=True)
    deleted: bool = Field(default=False)


def enum_check(column: str, values: tuple[str, ...]) -> str:
    """SQL for a CHECK constraint that keeps `column` within `values` (portable, no native enums)."""
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"
