"""Ctrl+Z on the inspection sheet: each edit remembered as the indicator was before it.

Every edit is stored at once, so undoing is another edit that puts the old score, deductions and
note back (and is audited like any other); it is not a rollback of the database.
"""

from dataclasses import dataclass
from typing import Any

from hexie_desktop.services.fieldwork.sheet_view import IndicatorRow

UNDO_DEPTH = 100


@dataclass(frozen=True)
class Before:
    indicator_id: str
    code: str
    score: float | None
    deductions: tuple[dict[str, Any], ...]
    note: str


class SheetUndo:
    """The sheet's edits, newest last, as far back as UNDO_DEPTH."""

    def __init__(self) -> None:
        self._done: list[Before] = []

    def record(self, indicator: IndicatorRow) -> None:
        self._done.append(
            Before(
                indicator.id,
                indicator.code,
                indicator.score,
                tuple({"code": d.code, "count": d.count} for d in indicator.deductions),
                indicator.note,
            )
        )
        del self._done[:-UNDO_DEPTH]

    def take(self) -> Before | None:
        return self._done.pop() if self._done else None

    def __bool__(self) -> bool:
        return bool(self._done)
