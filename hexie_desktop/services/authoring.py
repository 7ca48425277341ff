"""Stamping local edits: which installation wrote a row, and when on the hybrid logical clock."""

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypedDict

from sqlmodel import Session

from hexie_desktop.domain.clock import HybridClock
from hexie_desktop.domain.errors import UserError
from hexie_desktop.services.identity import installation_row


class Stamp(TypedDict):
    author_id: str
    hlc: int


@dataclass
class Author:
    """The installation writing in the current transaction, with its clock."""

    installation_id: str
    role: str
    clock: HybridClock

    def stamp(self) -> Stamp:
        """The sync columns of a newly written row version."""
        return Stamp(author_id=self.installation_id, hlc=self.clock.tick())


@contextlib.contextmanager
def authoring(session: Session) -> Iterator[Author]:
    """Within a transaction: an Author whose clock is saved back when the block ends.

    The clock is persisted in the same transaction as the rows it stamped, so a crash can never
    leave rows stamped later than the clock remembers.
    """
    row = installation_row(session)
    if row is None:
        raise UserError(
            "本机尚未设置身份。请先运行 hexie init --role inspector|clerk --name 姓名。"
        )
    author = Author(row.id, row.role, HybridClock(last=row.clock))
    yield author
    row.clock = author.clock.last
    session.add(row)
