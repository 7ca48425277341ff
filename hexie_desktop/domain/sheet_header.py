"""Finding the header row of a clerk's spreadsheet and which column holds which field.

Clerks name their columns in many ways (统一社会信用代码, 信用代码, 社会信用代码 …), mark required
ones with `*`, add units in brackets (户数（户）) and often put a title row above the header. The
header is the first of the top rows that names every required column; its own row number is kept
so that every error can point at the spreadsheet row the clerk sees.
"""

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from hexie_desktop.domain.cell_values import CellValue
from hexie_desktop.domain.errors import UserError

HEADER_SEARCH_ROWS = 10
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]|【[^】]*】")
_MARKS = re.compile(r"[\s*＊:：_\-]")

NumberedRow = tuple[int, Sequence[CellValue]]
"""A spreadsheet row with its 1-based row number, as the clerk's program shows it."""


class HeaderError(UserError):
    """The file has no usable header row; nothing can be read from it."""


@dataclass(frozen=True)
class Column:
    field: str
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = False

    def names(self) -> set[str]:
        return {header_key(name) for name in (self.label, self.field, *self.aliases)}


@dataclass(frozen=True)
class Header:
    row: int
    positions: dict[str, int]
    """field → 0-based column index"""
    labels: dict[str, str]
    """field → the header text as written in the file"""


def header_key(text: str) -> str:
    """The comparable form of a header: full-width folded, brackets, marks and case dropped."""
    folded = unicodedata.normalize("NFKC", text)
    return _MARKS.sub("", _BRACKETED.sub("", folded)).casefold()


def _shown(cell: CellValue) -> str:
    """A header as one line: a header typed over two lines (Alt+Enter) is joined by a space."""
    return " ".join(cell.split()) if isinstance(cell, str) else ""


def _match_row(cells: Sequence[CellValue], columns: Sequence[Column]) -> dict[str, list[int]]:
    lookup = {name: column.field for column in columns for name in column.names()}
    found: dict[str, list[int]] = {}
    for index, cell in enumerate(cells):
        if not isinstance(cell, str):
            continue
        field = lookup.get(header_key(cell))
        if field is not None:
            found.setdefault(field, []).append(index)
    return found


def locate_header(rows: Sequence[NumberedRow], columns: Sequence[Column], what: str) -> Header:
    """The header among the first rows; refuse a file that has none, naming what is missing."""
    if not rows:
        raise HeaderError(f"{what}表格是空的：没有找到表头和数据。")
    required = [c for c in columns if c.required]
    best: tuple[int, NumberedRow, dict[str, list[int]]] | None = None
    for number, cells in rows[:HEADER_SEARCH_ROWS]:
        found = _match_row(cells, columns)
        score = sum(1 for c in required if c.field in found)
        if best is None or score > best[0]:
            best = (score, (number, cells), found)
        if score == len(required):
            break
    assert best is not None
    _, (number, cells), found = best
    missing = [c.label for c in required if c.field not in found]
    if missing:
        seen = [_shown(c) for c in cells if _shown(c)]
        listed = "、".join(f"“{h}”" for h in seen) if seen else "（无）"
        raise HeaderError(
            f"{what}表格缺少必填列：{'、'.join(missing)}。"
            f"在第 {number} 行找到的表头为：{listed}。请确认选对了工作表，并在表头行写明这些列名"
            "（hexie import template 可生成带说明的模板）。"
        )
    labels = {c.field: c.label for c in columns}
    for field, indexes in found.items():
        if len(indexes) > 1:
            names = "、".join(f"“{_shown(cells[i])}”" for i in indexes)
            raise HeaderError(
                f"第 {number} 行的列 {names} 都表示“{labels[field]}”，请只保留其中一列。"
            )
    return Header(
        row=number,
        positions={field: indexes[0] for field, indexes in found.items()},
        labels={field: _shown(cells[indexes[0]]) for field, indexes in found.items()},
    )
