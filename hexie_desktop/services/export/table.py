"""One exported table: a title, typed columns and rows, independent of the file format.

Columns carry their type so that a writer can keep numbers as numbers (two decimals), dates as
dates and text as text; the values are exactly those the matching `--json` document holds.
"""

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from enum import Enum

ExportValue = str | int | float | bool | dt.date | dt.datetime | None

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes Excel, WPS or LibreOffice read a typed or pasted text as a formula (OWASP CSV
injection); a text cell starting with one of these is neutralised by every writer."""


class Kind(Enum):
    TEXT = "text"
    NUMBER = "number"
    """two decimals, as the JSON and the printed reports round them"""
    INTEGER = "integer"
    DATE = "date"
    DATETIME = "datetime"
    """in the bureau's time, as the window shows it"""
    YES_NO = "yes_no"


@dataclass(frozen=True)
class ExportColumn:
    label: str
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class ExportTable:
    """What one export holds; `title` and `status` go in the spreadsheet's title row."""

    title: str
    subject: str
    status: str
    code: str
    columns: tuple[ExportColumn, ...]
    rows: list[tuple[ExportValue, ...]] = field(default_factory=list)
    sheet_name: str = "Sheet1"

    def title_line(self) -> str:
        parts = [self.title, self.subject, self.status]
        if self.code:
            parts.append(f"校验码 {self.code}")
        return "　".join(p for p in parts if p)


def starts_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: Chinese and full-width characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def shown(value: ExportValue, kind: Kind) -> str:
    """The text of a cell as a person reads it: CSV cells, and column widths in .xlsx."""
    if value is None:
        return ""
    if kind is Kind.YES_NO or isinstance(value, bool):
        return "是" if value else "否"
    if kind is Kind.NUMBER and isinstance(value, int | float):
        return f"{value:.2f}"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def column_widths(table: ExportTable, sample: int = 2000, widest: int = 60) -> list[int]:
    """A width per column fitting its header and its longest value (among the first rows)."""
    widths = [display_width(c.label) + 2 for c in table.columns]
    for row in table.rows[:sample]:
        for index, (value, column) in enumerate(zip(row, table.columns, strict=True)):
            widths[index] = max(widths[index], display_width(shown(value, column.kind)) + 2)
    return [min(max(w, 6), widest) for w in widths]
