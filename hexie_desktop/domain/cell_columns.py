"""Checking a whole spreadsheet column at once, as `cell_values` checks one cell.

A city's register is a quarter of a million cells. Read cell by cell through a chain of small
functions, the checks cost more than reading the workbook; read column by column they cost a
loop each: text cells, nearly all of them clean, take a short fast path, and columns whose
values repeat (districts, yes/no, dates, the firm codes a compounds sheet names over and over)
check each distinct value once. The outcome is exactly that of `read_cell` on every cell.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from hexie_desktop.domain.cell_values import (
    CellError,
    CellValue,
    clean_text,
    invisible_characters,
    text_of,
)

_NEEDS_CLEANING = "\u200b\u200c\u200d\u2060\ufeff#"
"""Characters that `clean_text` reads specially at the ends of a text: invisible ones, and the
`#` of Excel's error values."""

Convert = Callable[[CellValue], Any]


def read_cell(value: CellValue, convert: Convert) -> tuple[Any, str | None]:
    """One cell: its value (None for "not given") and the message when it cannot be read.

    Text is cleaned before it is converted and empty text is "not given"; converters read text
    through `clean_text`, so the cleaned text reads the same.
    """
    if value is None:
        return None, None
    try:
        if isinstance(value, str):
            value = clean_text(value)
            if not value:
                return None, None
        return convert(value), None
    except CellError as exc:
        return None, str(exc)


@dataclass
class CheckedColumn:
    """A column's values by position (None: not given or unreadable), with the failures and
    warnings of the few positions that have one."""

    values: list[Any]
    failures: dict[int, str] = field(default_factory=dict)
    warnings: dict[int, str] = field(default_factory=dict)


ColumnCheck = Callable[[Sequence[CellValue]], CheckedColumn]


def text_column(max_length: int) -> ColumnCheck:
    """Text of at most `max_length` characters (`text_of`)."""

    def convert(value: CellValue) -> str:
        return text_of(value, max_length)

    def check(cells: Sequence[CellValue]) -> CheckedColumn:
        if set(map(type, cells)) <= {str}:
            # The whole column in a few passes that run in C: a column of text with nothing to
            # clean beyond the spaces at either end, and nothing too long, reads as its text.
            texts = list(map(str.strip, cast(Sequence[str], cells)))
            joined = "\n".join(texts)
            if max(map(len, texts), default=0) <= max_length and not any(
                ch in joined for ch in _NEEDS_CLEANING
            ):
                return CheckedColumn([text or None for text in texts])
        values: list[Any] = []
        failures: dict[int, str] = {}
        for position, value in enumerate(cells):
            if isinstance(value, str):
                text = value.strip()
                if (
                    text
                    and text[0] not in _NEEDS_CLEANING
                    and text[-1] not in _NEEDS_CLEANING
                    and len(text) <= max_length
                ):
                    values.append(text)
                    continue
            result, failure = read_cell(value, convert)
            values.append(result)
            if failure is not None:
                failures[position] = failure
        return CheckedColumn(values, failures)

    return check


def _distinct_reads(
    cells: Sequence[CellValue], convert: Convert
) -> tuple[list[tuple[type, CellValue]], dict[tuple[type, CellValue], tuple[Any, str | None]]]:
    # Keyed by type too: 1, 1.0 and True are equal keys but not the same cell.
    keys = list(zip(map(type, cells), cells, strict=True))
    return keys, {key: read_cell(key[1], convert) for key in set(keys)}


def repeated_column(convert: Convert) -> ColumnCheck:
    """Any conversion, each distinct cell value read once (for columns whose values repeat)."""

    def check(cells: Sequence[CellValue]) -> CheckedColumn:
        keys, reads = _distinct_reads(cells, convert)
        values = {key: value for key, (value, _failure) in reads.items()}
        column = CheckedColumn(list(map(values.__getitem__, keys)))
        failing = {key: failure for key, (_v, failure) in reads.items() if failure is not None}
        if failing:
            column.failures = {p: failing[k] for p, k in enumerate(keys) if k in failing}
        return column

    return check


def invisible_warning(hidden: list[str]) -> str:
    return f"含有看不见的字符（{'、'.join(hidden)}），已去掉后读取；原表中的这个单元格最好重新输入"


def code_column(convert: Convert) -> ColumnCheck:
    """Codes (`repeated_column`), warning of the invisible characters a cell carries."""
    read = repeated_column(convert)

    def check(cells: Sequence[CellValue]) -> CheckedColumn:
        column = read(cells)
        hidden = {
            value: invisible_warning(found)
            for value in set(cells)
            if isinstance(value, str) and (found := invisible_characters(value))
        }
        if hidden:
            column.warnings = {
                p: hidden[v] for p, v in enumerate(cells) if isinstance(v, str) and v in hidden
            }
        return column

    return check


def required(check: ColumnCheck) -> ColumnCheck:
    """A column every row must fill: a cell not given fails, unless it already failed."""

    def checked(cells: Sequence[CellValue]) -> CheckedColumn:
        column = check(cells)
        if None in column.values:
            for position, value in enumerate(column.values):
                if value is None and position not in column.failures:
                    column.failures[position] = "不能为空"
        return column

    return checked
