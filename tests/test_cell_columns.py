"""A column checked at once reads exactly as its cells read one by one."""

import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from hexie_desktop.domain.cell_columns import (
    CheckedColumn,
    code_column,
    invisible_warning,
    read_cell,
    repeated_column,
    required,
    text_column,
)
from hexie_desktop.domain.cell_values import (
    CellValue,
    date_of,
    invisible_characters,
    text_of,
    yes_no,
)

TRICKY_TEXT = [
    "",
    "  ",
    "翠苑一区",
    " 翠苑一区 ",
    "三号楼#302",
    "#N/A",
    " #REF! ",
    "\u200b西湖区",
    "西湖区\ufeff",
    "西\u200b湖区",
    "甲" * 8,
    "是",
    "N",
    "2024/1/31",
    "a\tb",
]
cells = st.one_of(
    st.none(),
    st.sampled_from(TRICKY_TEXT),
    st.text(max_size=9),
    st.integers(-2, 50_000),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-5, max_value=50_000),
    st.booleans(),
    st.dates(min_value=dt.date(1890, 1, 1), max_value=dt.date(2110, 1, 1)),
    st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=3)),
)
columns = st.lists(cells, max_size=30)


def one_by_one(values: list[CellValue], convert: Callable[[CellValue], Any]) -> CheckedColumn:
    column = CheckedColumn([])
    for position, value in enumerate(values):
        result, failure = read_cell(value, convert)
        column.values.append(result)
        if failure is not None:
            column.failures[position] = failure
    return column


def typed(column: CheckedColumn) -> list[tuple[type, Any]]:
    """Values with their types: True and 1 are equal, but not the same reading."""
    return [(type(v), v) for v in column.values]


@given(columns, st.integers(1, 10))
def test_a_text_column_reads_as_its_cells(values: list[CellValue], limit: int) -> None:
    checked = text_column(limit)(values)
    expected = one_by_one(values, lambda v: text_of(v, limit))
    assert typed(checked) == typed(expected)
    assert checked.failures == expected.failures


@given(columns, st.sampled_from([yes_no, date_of]))
def test_a_repeated_column_reads_as_its_cells(
    values: list[CellValue], convert: Callable[[CellValue], Any]
) -> None:
    checked = repeated_column(convert)(values)
    expected = one_by_one(values, convert)
    assert typed(checked) == typed(expected)
    assert checked.failures == expected.failures


@given(columns)
def test_a_code_column_warns_of_each_cell_with_invisible_characters(
    values: list[CellValue],
) -> None:
    checked = code_column(str)(values)
    assert checked.warnings == {
        position: invisible_warning(invisible_characters(value))
        for position, value in enumerate(values)
        if isinstance(value, str) and invisible_characters(value)
    }


@given(columns)
def test_a_required_cell_not_given_fails_once(values: list[CellValue]) -> None:
    checked = required(text_column(4))(values)
    plain = text_column(4)(values)
    for position, value in enumerate(plain.values):
        if position in plain.failures:
            assert checked.failures[position] == plain.failures[position]
        elif value is None:
            assert checked.failures[position] == "不能为空"
        else:
            assert position not in checked.failures
