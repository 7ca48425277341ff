"""Stamping local edits: which installation wrote a row, and when on the hybrid logical clock."""

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypedDict

from sqlalchemy import func
from sqlmodel import Session, select

from hexie_desktop.domain.clock import HybridClock, wall_clock_ms
from hexie_desktop.domain.clock_policy import WallState, present_ms, wall_state
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.roles import Role
from hexie_desktop.services.trust.identity import installation_row
from hexie_desktop.storage.tables import Installation


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

    def stamp_all(self, records: Sequence[dict[str, Any]]) -> None:
        """Stamp new row versions written together: the clock and its policy consulted once."""
        author_id = self.installation_id
        for record, hlc in zip(records, self.clock.tick_many(len(records)), strict=True):
            record["author_id"] = author_id
            record["hlc"] = hlc


@contextlib.contextmanager
def authoring(session: Session) -> Iterator[Author]:
    """Within a transaction: an Author whose clock is saved back when the block ends.

    The clock is persisted in the same transaction as the rows it stamped, so a crash can never
    leave rows stamped later than the clock remembers. Stamps never use a wall clock running far
    ahead of the latest bureau time seen (`domain.clock_policy`); a clerk's own edits under a
    plausible clock are bureau time, so they move that reference on.
    """
    row = installation_row(session)
    if row is None:
        raise UserError(
            "本机尚未设置身份。请先运行 hexie init --role inspector|clerk --name 姓名。"
        )
    bureau_ms = row.bureau_ms
    latest = 0

    def wall() -> int:
        nonlocal latest
        reading = wall_clock_ms()
        latest = max(latest, reading)
        return present_ms(reading, bureau_ms)

    # On a central store each clerk has a clock; an edit is stamped after every stamp already
    # there, whoever made it (writers take turns, so the maximum read here stays the maximum).
    latest_stamp = session.execute(select(func.max(Installation.clock))).scalar() or 0
    clock = HybridClock(last=max(row.clock, latest_stamp), wall_ms=wall)
    author = Author(row.id, row.role, clock)
    yield author
    row.clock = author.clock.last
    if row.role == Role.CLERK and latest and wall_state(latest, bureau_ms) is WallState.PLAUSIBLE:
        row.bureau_ms = max(bureau_ms, latest)
    session.add(row)
